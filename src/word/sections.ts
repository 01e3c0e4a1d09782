/**
 * Insert outline items where they belong (placement.ts): after their preceding
 * sibling's content, before their next sibling — the placement of "Thêm mục
 * này", for one item or every missing one. All places are computed on one
 * read; the new paragraphs are anchored on the paragraphs that read returned
 * (Word keeps those proxies on their paragraphs while others are inserted),
 * items sharing a place go in outline order.
 */
import type { Level, Pack } from '../packs/schema';
import { sectionBlocks, type SkeletonBlock } from '../core/skeleton';
import { placeSection } from '../core/placement';
import { flatten } from '../core/structure';
import type { WContext } from './api';
import type { Anchor } from './cursor';
import { readDocument } from './read';
import { insertRuns } from './insert';

export interface SectionsInserted {
  cancelled?: boolean;
  sections: number;
  paragraphs: number;
  unframed: number;
  syncs: number;
}

export async function insertSections(context: WContext, pack: Pack, ids: string[], level?: Level, onProgress?: (done: number, total: number) => void | boolean): Promise<SectionsInserted> {
  const read = await readDocument(context);
  const flat = flatten(pack, level);
  const runs: Array<{ anchor: Anchor; blocks: SkeletonBlock[]; leaveList: boolean; order: number }> = [];
  for (const id of ids) {
    const f = flat.find((x) => x.section.id === id);
    const place = f && placeSection(read.model, pack, id, level);
    if (!f || !place) continue;
    const blocks = sectionBlocks(pack, f.section, f.depth, level).map((b) =>
      b.kind === 'heading' ? { ...b, level: Math.min(9, place.level + (b.level - (f.depth + 1))) } : b);
    if (!blocks.length) continue;
    const target = place.before !== undefined ? read.items[place.before] : undefined;
    runs.push({
      anchor: target ? { before: target } : { end: context.document.body },
      blocks,
      leaveList: target ? !!read.model.paragraphs[place.before!].isList : false,
      order: f.order,
    });
  }
  runs.sort((a, b) => a.order - b.order);
  if (!runs.length) return { sections: 0, paragraphs: 0, unframed: 0, syncs: read.syncs };
  const r = await insertRuns(context, runs, onProgress);
  return { sections: runs.length, paragraphs: r.paragraphs, unframed: r.unframed, syncs: read.syncs + r.syncs, ...(r.cancelled ? { cancelled: true } : {}) };
}
