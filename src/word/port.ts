/** The task pane's DocumentPort over Word.run: the one place the adapter meets the real Office.js. */
import type { DocSettings, DocumentPort } from '../core/port';
import { officeSettings } from './settings';
import type { WContext, WordRun } from './api';
import { readDocument, type ReadOptions } from './read';
import { insertRuns } from './insert';
import { cursorAnchor, type Anchor } from './cursor';
import { insertSections } from './sections';
import { planInsertion } from './plan';
import { goTo } from './navigate';
import { addMarks, removeMarks } from './marks';
import { removeUnwritten } from './cleanup';
import { queue } from './queue';
import { paragraphEvents, selectionEvents, withoutEchoes, QUIET_MS, type ChangeSource } from './events';
import { WordRefusal } from './errors';
import { cursorPlace } from './where';
import { indicatorTableBlock } from '../core/indicator-table';

export interface PortOptions {
  comments: boolean;
  /** Where change events come from (none: no automatic re-check). */
  changes?: (q: ReturnType<typeof queue>) => ChangeSource | undefined;
  /** Events within this long of the add-in's own change are its echo. */
  quietMs?: number;
  /** The clock the echo window is measured by (Date.now; a hand-moved one in tests). */
  now?: () => number;
  read?: ReadOptions;
  /** Where selection-change events come from (none: the pane does not follow the cursor). */
  selections?: ChangeSource;
  /** The document's settings (Office's `document.settings`; an in-memory store in tests). */
  settings?: DocSettings;
  /** The document's address (Office's `document.url`: a path or a URL; empty or null for a document never saved). */
  url?: () => string | null | undefined;
}

/**
 * The document's file name from its address, for the report's "Tệp:" and the HTML's name: the last part of a path or a URL, decoded
 * ("C:\\Báo cáo\\bao-cao-huyen.docx", "https://…/Shared%20Documents/bao-cao-huyen.docx?web=1" → "bao-cao-huyen.docx"); "Word" where the
 * document was never saved (session 44's walk-through, item 7: the pane's HTML said "Tệp: Word").
 */
export function documentName(url: string | null | undefined): string {
  const last = (url ?? '').split(/[?#]/u)[0].split(/[\\/]/u).filter(Boolean).pop();
  if (!last) return 'Word';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function wordPort(run: WordRun, opts: PortOptions): DocumentPort {
  const q = queue(run, opts.now);
  let working = false;
  /** One insertion or removal at a time, whatever the task pane does meanwhile. */
  const exclusive = async <T>(batch: (ctx: WContext) => Promise<T>): Promise<T> => {
    if (working) throw new WordRefusal('busy');
    working = true;
    try {
      return await q.run(batch, true);
    } finally {
      working = false;
    }
  };
  const source = opts.changes?.(q);
  return {
    comments: opts.comments,
    settings: opts.settings,
    read: () => q.run(async (ctx) => {
      const r = await readDocument(ctx, opts.read);
      return { ...r.model, source: documentName(opts.url?.()), reading: { roundTrips: r.syncs, paragraphs: r.model.paragraphs.length, notes: r.notes } };
    }),
    planInsert: (pack, level) => q.run(async (ctx) => planInsertion((await readDocument(ctx, opts.read)).model, pack, level)),
    insertSkeleton: (blocks, where, onProgress) => exclusive(async (ctx) => {
      let anchor: Anchor = { end: ctx.document.body };
      let list = false;
      const tail = [];
      if (where === 'cursor') {
        const c = await cursorAnchor(ctx);
        anchor = c.anchor;
        list = c.list;
        // a blank, marked line closes the outline: what follows is not under its last heading
        tail.push({ kind: 'para' as const, role: 'closing' as const, text: '' });
      }
      const r = await insertRuns(ctx, [{ anchor, blocks: [...blocks, ...tail], leaveList: list }], onProgress);
      return { paragraphs: r.cancelled ? r.paragraphs : r.paragraphs - tail.length, unframed: r.unframed, ...(r.cancelled ? { cancelled: true } : {}) };
    }),
    insertMissing: (pack, ids, level, onProgress) => exclusive(async (ctx) => {
      const r = await insertSections(ctx, pack, ids, level, onProgress);
      return { paragraphs: r.paragraphs, sections: r.sections, unframed: r.unframed, ...(r.cancelled ? { cancelled: true } : {}) };
    }),
    insertSection: (pack, id, level) => exclusive(async (ctx) => (await insertSections(ctx, pack, [id], level)).sections > 0),
    insertIndicatorTable: (pack, id, level) => exclusive(async (ctx) => {
      const block = indicatorTableBlock(pack, id, level);
      if (!block) return false;
      const c = await cursorAnchor(ctx);
      await insertRuns(ctx, [{ anchor: c.anchor, blocks: [block], leaveList: c.list }]);
      return true;
    }),
    goTo: (t) => q.run(async (ctx) => (await goTo(ctx, t)).ok, true),
    addMarks: (marks) => exclusive(async (ctx) => {
      const r = await addMarks(ctx, marks, opts.comments);
      return { marked: r.marked, failed: r.failed, comments: r.comments };
    }),
    removeMarks: () => exclusive((ctx) => removeMarks(ctx, opts.comments)),
    removeUnwritten: (packs) => exclusive(async (ctx) => {
      const r = await removeUnwritten(ctx, packs);
      return { headings: r.headings, tables: r.tables, guidance: r.guidance, lines: r.lines };
    }),
    busy: () => working,
    whereIs: () => (working ? Promise.resolve(null) : q.run(async (ctx) => {
      const c = await cursorPlace(ctx);
      return c && { paragraph: c.paragraph, text: c.text };
    })),
    onSelection: opts.selections,
    onChange: source ? withoutEchoes(source, q, opts.quietMs ?? QUIET_MS, opts.now) : undefined,
  };
}

/** The port for the Word the task pane runs in (global Word and Office from office.js). */
export function officeWordPort(): DocumentPort {
  const W = (globalThis as unknown as { Word: { run: (cb: (ctx: unknown) => Promise<unknown>) => Promise<unknown> } }).Word;
  const O = (globalThis as unknown as { Office: typeof Office }).Office;
  const run: WordRun = (batch) => W.run((ctx) => batch(ctx as WContext)) as Promise<never>;
  const supports = (v: string) => !!O?.context?.requirements?.isSetSupported?.('WordApi', v);
  return wordPort(run, {
    comments: supports('1.4'),
    settings: officeSettings(O?.context?.document?.settings as unknown as Parameters<typeof officeSettings>[0]),
    url: () => O?.context?.document?.url,
    selections: typeof (O?.context?.document as { addHandlerAsync?: unknown } | undefined)?.addHandlerAsync === 'function'
      ? selectionEvents(O.context.document as unknown as Parameters<typeof selectionEvents>[0], O.EventType.DocumentSelectionChanged)
      : undefined,
    changes: (q) => {
      if (supports('1.6')) return paragraphEvents(q);
      const doc = O?.context?.document as unknown as Parameters<typeof selectionEvents>[0] | undefined;
      return typeof doc?.addHandlerAsync === 'function' ? selectionEvents(doc, O.EventType.DocumentSelectionChanged) : undefined;
    },
  });
}

