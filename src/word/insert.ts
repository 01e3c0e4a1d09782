/**
 * Write skeleton blocks into the open document, in two phases:
 *  1. every paragraph and table, anchored on paragraphs and tables only
 *     (never on a content control: ContentControl.insertParagraph is
 *     NotAllowed on the web, office-js#53); each new paragraph gets its style
 *     and direct formatting set, so that it takes none from the paragraph it
 *     follows (bold, centring, its list: office-js#72), and ends with the
 *     insertion mark (marker.ts);
 *  2. the guidance framed in tagged content controls (frames.ts), each frame
 *     able to fail alone and leave plain, marked, still-removable text.
 * Nothing existing is replaced or moved. Word has no undo grouping for
 * add-ins (office-js#1827): cleanup.ts removes what was not written into.
 */
import type { SkeletonBlock } from '../core/skeleton';
import type { WContext, WParagraph } from './api';
import type { Anchor } from './cursor';
import { frameGuidance, type Guidance } from './frames';
import { MARK } from './marker';

/** Blocks per batch: a sync between batches keeps Word responsive and drives the progress bar. */
export const BATCH = 40;

export interface Placed {
  /** Stopped by the writer between batches. */
  cancelled?: boolean;
  paragraphs: number;
  guidance: Guidance[];
  syncs: number;
}

/** The first paragraph goes where the anchor says; each next one after the paragraph or table before it. */
function add(at: Anchor, text: string): WParagraph {
  if ('after' in at) return at.after.insertParagraph(text, 'After');
  if ('before' in at) return at.before.insertParagraph(text, 'Before');
  if ('beforeTable' in at) return at.beforeTable.insertParagraph(text, 'Before');
  return at.end.insertParagraph(text, 'End');
}

/** Style and direct formatting of a new paragraph, all set (none taken from its neighbour). */
function format(p: WParagraph, style: string, o: { bold?: boolean; italic?: boolean; align: WParagraph['alignment'] }, leaveList: boolean) {
  p.styleBuiltIn = style;
  if (leaveList) p.detachFromList();
  p.alignment = o.align;
  p.font.bold = o.bold ?? false;
  p.font.italic = o.italic ?? false;
  p.font.underline = 'None';
}

/**
 * Queue one block after `at`; returns where the next one goes. `leaveList`:
 * the first paragraph follows a list item and must leave its list.
 */
function put(b: SkeletonBlock, at: Anchor, out: Placed, leaveList: boolean): Anchor {
  switch (b.kind) {
    case 'heading': {
      const p = add(at, b.text + MARK);
      format(p, `Heading${Math.min(Math.max(b.level, 1), 9)}`, { bold: true, align: 'Left' }, leaveList);
      out.paragraphs++;
      return { after: p };
    }
    case 'para': {
      let next = at;
      b.text.split('\n').forEach((line, i) => {
        const p = add(next, line + MARK);
        format(p, 'Normal', { bold: b.bold, align: b.center ? 'Centered' : 'Left' }, leaveList && i === 0);
        out.paragraphs++;
        next = { after: p };
      });
      return next;
    }
    case 'guidance': {
      const lines = b.text.split('\n');
      let p = add(at, lines[0] + MARK);
      format(p, 'Normal', { align: 'Justified' }, leaveList);
      const firstLine = p;
      for (const line of lines.slice(1)) {
        p = add({ after: p }, line + MARK);
        format(p, 'Normal', { align: 'Justified' }, false);
      }
      out.guidance.push({ first: firstLine, last: p, tag: b.tag });
      out.paragraphs += lines.length;
      return { after: p };
    }
    case 'table': {
      const caption = add(at, b.title + MARK);
      format(caption, 'Normal', { italic: true, align: 'Left' }, leaveList);
      const values = [b.header, ...(b.values ?? Array.from({ length: b.rows }, () => b.header.map(() => '')))];
      const table = caption.insertTable(values.length, b.header.length, 'After', values);
      // not applied on Windows desktop (office-js#6411): the header row is still the first row
      table.headerRowCount = 1;
      out.paragraphs += 1 + values.length * b.header.length;
      return { after: table };
    }
  }
}

export interface Inserted {
  cancelled?: boolean;
  paragraphs: number;
  unframed: number;
  syncs: number;
}

/** Both phases for the given runs. */
export async function insertRuns(context: WContext, runs: Array<{ anchor: Anchor; blocks: SkeletonBlock[]; leaveList?: boolean }>, onProgress?: (done: number, total: number) => void | boolean): Promise<Inserted> {
  const placed = await placeBlocks(context, runs, onProgress);
  const framed = await frameGuidance(context, placed.guidance);
  return { paragraphs: placed.paragraphs, unframed: framed.unframed, syncs: placed.syncs + framed.syncs, ...(placed.cancelled ? { cancelled: true } : {}) };
}

/** Phase 1: every block in order from its run's anchor, syncing every BATCH blocks; `onProgress(done, total)` after each sync. */
export async function placeBlocks(context: WContext, runs: Array<{ anchor: Anchor; blocks: SkeletonBlock[]; leaveList?: boolean }>, onProgress?: (done: number, total: number) => void | boolean): Promise<Placed> {
  const out: Placed = { paragraphs: 0, guidance: [], syncs: 0 };
  const total = runs.reduce((n, r) => n + r.blocks.length, 0);
  let done = 0;
  let queued = 0;
  for (const run of runs) {
    let at = run.anchor;
    for (let i = 0; i < run.blocks.length; i++) {
      at = put(run.blocks[i], at, out, !!run.leaveList && i === 0);
      done++;
      if (++queued >= BATCH) {
        await context.sync();
        out.syncs++;
        queued = 0;
        // the writer may stop between batches: what is in stays (marked, removable)
        if (onProgress?.(done, total) === false && done < total) return { ...out, cancelled: true };
      }
    }
  }
  if (queued || !out.syncs) {
    await context.sync();
    out.syncs++;
    onProgress?.(done, total);
  }
  return out;
}
