/**
 * Write skeleton blocks into the open document: after the paragraph holding
 * the cursor, or at the end. Nothing existing is replaced or moved: every
 * block is a new paragraph inserted after the previous one. Word has no undo
 * grouping for add-ins (office-js#1827), so the untouched parts can be
 * removed again by their tags (cleanup.ts).
 */
import type { Level, Pack } from '../packs/schema';
import { sectionBlocks, type SkeletonBlock } from '../core/skeleton';
import { placeSection } from '../core/placement';
import { flatten } from '../core/structure';
import type { WContext, WParagraph } from './api';
import { readDocument } from './read';

interface Anchor {
  insertParagraph(text: string, loc: 'After'): WParagraph;
}

/** Blocks per batch: a sync between batches keeps Word responsive and drives the progress bar. */
export const BATCH = 40;

export type Where = 'cursor' | 'end';

export interface InsertResult {
  paragraphs: number;
  syncs: number;
}

function startAnchor(context: WContext, where: Where): Anchor {
  if (where === 'end') {
    const body = context.document.body;
    return { insertParagraph: (text) => body.insertParagraph(text, 'End') };
  }
  // after the paragraph that holds the cursor: the user's paragraph is never split or replaced
  const cur = context.document.getSelection().paragraphs.getLast();
  return { insertParagraph: (text) => cur.insertParagraph(text, 'After') };
}

/** Queue one block after `anchor`; returns the new anchor. */
function put(b: SkeletonBlock, anchor: Anchor, count: { n: number }): Anchor {
  switch (b.kind) {
    case 'heading': {
      const p = anchor.insertParagraph(b.text, 'After');
      p.styleBuiltIn = `Heading${Math.min(Math.max(b.level, 1), 9)}`;
      count.n++;
      return p;
    }
    case 'para': {
      const made: WParagraph[] = [];
      let at: Anchor = anchor;
      for (const line of b.text.split('\n')) {
        const p = at.insertParagraph(line, 'After');
        p.styleBuiltIn = 'Normal';
        if (b.center) p.alignment = 'Centered';
        if (b.bold) p.font.bold = true;
        made.push(p);
        at = p;
      }
      count.n += made.length;
      return at;
    }
    case 'guidance': {
      // the guidance, as real text inside a tagged rich-text content control (placeholderText cannot be set on the web)
      const lines = b.text.split('\n');
      const first = anchor.insertParagraph(lines[0], 'After');
      first.styleBuiltIn = 'Normal';
      let last = first;
      for (const line of lines.slice(1)) {
        last = last.insertParagraph(line, 'After');
        last.styleBuiltIn = 'Normal';
      }
      const range = lines.length > 1 ? first.getRange('Whole').expandTo(last.getRange('Whole')) : first.getRange('Whole');
      const cc = range.insertContentControl();
      cc.tag = b.tag;
      cc.title = 'Hướng dẫn — gõ đè lên để viết';
      cc.appearance = 'BoundingBox';
      cc.color = '#0F6CBD';
      count.n += lines.length;
      return cc;
    }
    case 'table': {
      const caption = anchor.insertParagraph(b.title, 'After');
      caption.styleBuiltIn = 'Normal';
      caption.font.italic = true;
      const values = [b.header, ...Array.from({ length: b.rows }, () => b.header.map(() => ''))];
      const table = caption.insertTable(values.length, b.header.length, 'After', values);
      table.headerRowCount = 1;
      count.n += 1 + values.length * b.header.length;
      return table;
    }
  }
}

/** Insert blocks, syncing every BATCH blocks; `onProgress(done, total)` after each sync. */
export async function insertBlocks(
  context: WContext, blocks: SkeletonBlock[], where: Where | { before: WParagraph } | { end: true }, onProgress?: (done: number, total: number) => void,
): Promise<InsertResult> {
  let anchor: Anchor;
  if (typeof where === 'string') anchor = startAnchor(context, where);
  else if ('before' in where) {
    // only the first block is placed before the target; each next block goes after the previous one
    const target = where.before;
    anchor = { insertParagraph: (text) => target.insertParagraph(text, 'Before') };
  } else anchor = startAnchor(context, 'end');
  const count = { n: 0 };
  let syncs = 0;
  for (let i = 0; i < blocks.length; i++) {
    anchor = put(blocks[i], anchor, count);
    if ((i + 1) % BATCH === 0 || i === blocks.length - 1) {
      await context.sync();
      syncs++;
      onProgress?.(i + 1, blocks.length);
    }
  }
  return { paragraphs: count.n, syncs };
}

/**
 * Insert one missing section (with its children) where it belongs: after its
 * preceding sibling's content, before its next sibling.
 */
export async function insertSection(context: WContext, pack: Pack, sectionId: string, level?: Level): Promise<InsertResult | undefined> {
  const read = await readDocument(context);
  const place = placeSection(read.model, pack, sectionId, level);
  const flat = flatten(pack, level).find((f) => f.section.id === sectionId);
  if (!place || !flat) return undefined;
  const blocks = sectionBlocks(pack, flat.section, flat.depth, level).map((b) =>
    b.kind === 'heading' ? { ...b, level: Math.min(9, place.level + (b.level - (flat.depth + 1))) } : b);
  const where = place.before !== undefined ? { before: read.items[place.before] } : ({ end: true } as const);
  const r = await insertBlocks(context, blocks, where);
  return { paragraphs: r.paragraphs, syncs: r.syncs + read.syncs };
}
