/**
 * The "document may have changed" signal for the automatic re-check: Word's
 * paragraph events where WordApi 1.6 is present (onParagraphAdded, Changed,
 * Deleted), the selection-change event of the common API otherwise (it
 * follows typing, but does not fire in some cases: office-js#2964, #2473).
 * Events the add-in causes itself (inserting, removing, marking, selecting a
 * finding) arrive a moment after its batch: those within `quietMs` of one are
 * dropped.
 */
import type { WContext } from './api';
import type { Queue } from './queue';

/** Subscribe; returns the unsubscribe. */
export type ChangeSource = (cb: () => void) => () => void;

/** How long after the add-in's own change an event is taken as its echo. */
export const QUIET_MS = 1000;

/** WordApi 1.6 paragraph events, registered (and removed) through the queue. */
export function paragraphEvents(q: Queue): ChangeSource {
  return (cb) => {
    type Reg = { remove(): void; context?: { sync(): Promise<void> } };
    let regs: Reg[] = [];
    const added = q.run(async (ctx: WContext) => {
      const d = ctx.document;
      regs = [d.onParagraphAdded, d.onParagraphChanged, d.onParagraphDeleted].filter((h) => !!h).map((h) => h!.add(() => cb()) as Reg);
      await ctx.sync();
    });
    return () => {
      void added.then(() => q.run(async () => {
        regs.forEach((r) => r.remove());
        await regs[0]?.context?.sync();
      })).catch(() => undefined);
    };
  };
}

/** The common API's DocumentSelectionChanged (Office.context.document). */
export function selectionEvents(doc: { addHandlerAsync(type: unknown, handler: () => void): void; removeHandlerAsync(type: unknown, options: { handler: () => void }): void }, type: unknown): ChangeSource {
  return (cb) => {
    const handler = () => cb();
    doc.addHandlerAsync(type, handler);
    return () => doc.removeHandlerAsync(type, { handler });
  };
}

/** Drop the events that echo the add-in's own changes. */
export function withoutEchoes(source: ChangeSource, q: Queue, quietMs = QUIET_MS, now: () => number = Date.now): ChangeSource {
  return (cb) => source(() => {
    if (q.changing() || now() - q.lastChange() < quietMs) return;
    cb();
  });
}
