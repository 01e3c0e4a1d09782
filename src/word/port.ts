/** The task pane's DocumentPort over Word.run: the one place the adapter meets the real Office.js. */
import type { DocumentPort } from '../core/port';
import type { WContext, WordRun } from './api';
import { readDocument } from './read';
import { insertBlocks, insertSection } from './insert';
import { goTo } from './navigate';
import { addMarks, removeMarks } from './marks';
import { removeUntouchedGuidance } from './cleanup';

export function wordPort(run: WordRun, opts: { comments: boolean; onChange?: DocumentPort['onChange'] }): DocumentPort {
  return {
    comments: opts.comments,
    read: () => run(async (ctx) => (await readDocument(ctx)).model),
    insertSkeleton: (blocks, where, onProgress) => run(async (ctx) => (await insertBlocks(ctx, blocks, where, onProgress)).paragraphs),
    insertSection: (pack, id, level) => run(async (ctx) => !!(await insertSection(ctx, pack, id, level))),
    goTo: (t) => run((ctx) => goTo(ctx, t)),
    addMarks: (marks) => run((ctx) => addMarks(ctx, marks, opts.comments)),
    removeMarks: () => run((ctx) => removeMarks(ctx, opts.comments)),
    removeUntouchedGuidance: (packs) => run((ctx) => removeUntouchedGuidance(ctx, packs)),
    onChange: opts.onChange,
  };
}

/** The port for the Word the task pane runs in (global Word and Office from office.js). */
export function officeWordPort(): DocumentPort {
  const W = (globalThis as unknown as { Word: { run: (cb: (ctx: unknown) => Promise<unknown>) => Promise<unknown> } }).Word;
  const O = (globalThis as unknown as { Office: typeof Office }).Office;
  const run: WordRun = (batch) => W.run((ctx) => batch(ctx as WContext)) as Promise<never>;
  const comments = !!O?.context?.requirements?.isSetSupported?.('WordApi', '1.4');
  return wordPort(run, {
    comments,
    onChange: (cb) => {
      // selection changes follow typing: a cheap signal for "the document may have changed"
      const doc = O?.context?.document;
      if (!doc?.addHandlerAsync) return () => {};
      doc.addHandlerAsync(O.EventType.DocumentSelectionChanged, cb);
      return () => doc.removeHandlerAsync(O.EventType.DocumentSelectionChanged, { handler: cb });
    },
  });
}
