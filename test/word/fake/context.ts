/**
 * The request context of the in-memory Word, with Office.js's batch
 * semantics: loads and changes are queued and run in order at sync(); the
 * first command that fails stops the batch and rejects the sync — the changes
 * queued before it stay made, the loads of that batch are lost (the
 * OfficeExtension.Error example: "the second batch inserts the third and
 * fourth paragraphs but fails to insert the fifth"). Every sync is counted.
 */
import { FakeDocument, type FakePara } from './document';
import { OfficeError } from './failures';
import { mainBody, selectionRange, type FakeBody } from './body';
import type { Staged } from './proxy';

interface Batch {
  /** A paragraph was appended to the body in this batch (#409). */
  appended: boolean;
  added: FakePara[];
  changed: FakePara[];
  deleted: FakePara[];
  selected: boolean;
}

type Queued = { kind: 'load'; run: () => Staged } | { kind: 'op'; name: string; write: boolean; run: () => void };

export class FakeContext {
  private pending: Queued[] = [];
  batch: Batch = { appended: false, added: [], changed: [], deleted: [], selected: false };
  /** Syncs this context has run (an *OrNullObject's isNullObject is known after one). */
  synced = 0;
  selectedText?: string;
  private body?: FakeBody;
  constructor(readonly doc: FakeDocument) {}

  queueLoad(run: () => Staged) {
    this.pending.push({ kind: 'load', run });
  }
  /** A command; `write` ones are recorded in doc.writes when they succeed. */
  queueOp(name: string, run: () => void, write = true) {
    this.pending.push({ kind: 'op', name, write, run });
  }

  async sync(): Promise<void> {
    const d = this.doc;
    d.syncs++;
    const todo = this.pending;
    this.pending = [];
    this.batch = { appended: false, added: [], changed: [], deleted: [], selected: false };
    const staged: Staged[] = [];
    let failure: unknown;
    try {
      for (const q of todo) {
        if (q.kind === 'load') staged.push(q.run());
        else {
          q.run();
          if (q.write) d.writes.push(q.name);
        }
      }
      const bytes = staged.reduce((n, s) => n + s.bytes, 0);
      if (d.failures.payloadLimit !== undefined && bytes > d.failures.payloadLimit)
        throw new OfficeError('GeneralException', `The response is too large (${bytes} bytes; Word on the web limits payloads)`);
    } catch (e) {
      failure = e;
    }
    this.synced++;
    const b = this.batch;
    d.emit('paragraphAdded', b.added);
    d.emit('paragraphChanged', b.changed.filter((p) => !b.added.includes(p)));
    d.emit('paragraphDeleted', b.deleted);
    if (b.selected) d.emitSelection();
    if (failure) throw failure instanceof OfficeError ? failure : new OfficeError('GeneralException', String((failure as Error)?.message ?? failure));
    for (const s of staged) s.commit();
  }

  get document() {
    const ctx = this;
    return {
      get body() {
        return (ctx.body ??= mainBody(ctx));
      },
      getSelection() {
        return selectionRange(ctx);
      },
      // WordApi 1.6 paragraph events
      onParagraphAdded: ctx.event('paragraphAdded'),
      onParagraphChanged: ctx.event('paragraphChanged'),
      onParagraphDeleted: ctx.event('paragraphDeleted'),
    };
  }

  private event(type: 'paragraphAdded' | 'paragraphChanged' | 'paragraphDeleted') {
    const ctx = this;
    return {
      add(handler: (e: unknown) => unknown) {
        const l = (e: { type: string }) => { if (e.type === type) void handler(e); };
        ctx.queueOp(`add ${type} handler`, () => ctx.doc.paragraphListeners.add(l), false);
        return {
          context: ctx,
          remove() {
            ctx.queueOp(`remove ${type} handler`, () => ctx.doc.paragraphListeners.delete(l), false);
          },
        };
      },
    };
  }
}

/**
 * Word.run over a fake document: a fresh request context per batch function,
 * as in Office.js. With `concurrentRun` on, a run started while another is in
 * progress fails (#1225).
 */
export function fakeRun(doc: FakeDocument) {
  return async <T>(batch: (ctx: never) => Promise<T>): Promise<T> => {
    if (doc.failures.concurrentRun && doc.runs > 0) throw new OfficeError('GeneralException', 'Wait until the previous call completes.');
    doc.runs++;
    try {
      return await batch(new FakeContext(doc) as never);
    } finally {
      doc.runs--;
    }
  };
}
