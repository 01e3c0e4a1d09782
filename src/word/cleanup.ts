/**
 * "Gỡ phần khung chưa viết": remove what insertions added that nobody has
 * typed into, and nothing else. What an insertion added is known by its tags
 * (guidance controls decuong:g:…) and by the insertion mark every inserted
 * paragraph ends with (marker.ts); "not typed into" means its text is still
 * exactly what was inserted. Removed:
 *  - guidance still as inserted (its control with it);
 *  - danh mục tables whose rows below the header are empty, with their caption;
 *  - headings with nothing under them: up to the next heading of their level
 *    or above, only blank lines and parts removed here;
 *  - the header block and the appendix list, each only when every line of it
 *    is untouched; the blank line that closes an insertion at the cursor.
 * Text the writer typed — in a control, under a heading, in a table — is
 * never removed, and neither is a heading of the writer's that happens to
 * read like the pack's (it carries no mark).
 */
import type { Level, Pack } from '../packs/schema';
import { LEVELS } from '../packs/levels';
import { DEFAULT_GUIDANCE, parseTag, skeletonBlocks } from '../core/skeleton';
import { INDICATOR_CAPTION, filledCells } from '../core/indicator-table';
import { flatten, findHeadings } from '../core/structure';
import { normalize } from '../core/text';
import type { CleanupOutcome } from '../core/port';
import type { WContext } from './api';
import { readDocument, type ReadResult } from './read';
import { hasMark, stripMark } from './marker';

interface Expected {
  headings: Set<string>;
  guidance: Set<string>;
  captions: Set<string>;
  /** Whole header blocks and appendix lists, their lines joined by "\n". */
  blocks: Set<string>;
  lines: Set<string>;
  /** Normalised guidance of each section, by tag. */
  byTag: Map<string, string>;
  /** What an indicator table's rows hold as inserted (labels, units, targets). */
  filled: Set<string>;
}

function expected(packs: Pack[]): Expected {
  const e: Expected = { headings: new Set(), guidance: new Set([DEFAULT_GUIDANCE]), captions: new Set([INDICATOR_CAPTION]), blocks: new Set(), lines: new Set(), byTag: new Map(), filled: filledCells(packs) };
  const levels: Array<Level | undefined> = [undefined, ...LEVELS];
  for (const pack of packs) {
    for (const f of flatten(pack)) e.byTag.set(`decuong:g:${pack.id}:${f.section.id}`, normalize(f.section.guidance ?? DEFAULT_GUIDANCE));
    for (const level of levels) {
      const blocks = skeletonBlocks(pack, { level, header: true });
      for (const b of blocks) {
        if (b.kind === 'heading') e.headings.add(b.text);
        else if (b.kind === 'guidance') for (const l of b.text.split('\n')) e.guidance.add(l);
        else if (b.kind === 'table') e.captions.add(b.title);
      }
      for (const role of ['header', 'appendix'] as const) {
        const lines = blocks.flatMap((b) => (b.kind === 'para' && (role === 'appendix') === (b.role === 'appendix') ? b.text.split('\n') : []));
        if (!lines.length) continue;
        e.blocks.add(lines.join('\n'));
        for (const l of lines) e.lines.add(l);
      }
    }
  }
  return e;
}

type Removal = { kind: 'paragraph' | 'control' | 'table'; at: number };

interface Plan {
  read: ReadResult;
  removals: Removal[];
  outcome: CleanupOutcome;
}

function plan(read: ReadResult, e: Expected): Plan {
  const { raw, model } = read;
  const n = raw.length;
  const paras = model.paragraphs;
  const text = (i: number) => stripMark(raw[i]).trim();
  const ours = (i: number, set: Set<string>) => hasMark(raw[i]) && !paras[i].cell && set.has(text(i));
  const gone = new Set<number>();
  const removals: Removal[] = [];
  const outcome: CleanupOutcome = { headings: 0, tables: 0, guidance: 0, lines: 0 };
  const gtag = (i: number) => paras[i].tags?.find((t) => parseTag(t)?.kind === 'g');

  // guidance: a tagged control whose text is still the guidance, or marked plain guidance lines
  for (let i = 0; i < n; i++) {
    const tag = gtag(i);
    if (tag) {
      let j = i;
      while (j + 1 < n && gtag(j + 1) === tag) j++;
      const run = Array.from({ length: j - i + 1 }, (_, k) => i + k);
      const asInserted = run.every((k) => ours(k, e.guidance)) || normalize(run.map((k) => stripMark(raw[k])).join('\n')) === e.byTag.get(tag);
      if (asInserted) {
        removals.push({ kind: 'control', at: i });
        run.forEach((k) => gone.add(k));
        outcome.guidance++;
      }
      i = j;
    } else if (ours(i, e.guidance)) {
      removals.push({ kind: 'paragraph', at: i });
      gone.add(i);
      if (!(i > 0 && gone.has(i - 1) && !gtag(i - 1) && ours(i - 1, e.guidance))) outcome.guidance++;
    }
  }
  // empty danh mục tables after their untouched caption
  const tables = new Map<number, number[]>();
  paras.forEach((p, i) => { if (p.cell) tables.set(p.cell.table, [...(tables.get(p.cell.table) ?? []), i]); });
  for (const cells of tables.values()) {
    const cap = cells[0] - 1;
    if (cap < 0 || !ours(cap, e.captions)) continue;
    // rows below the header empty, or holding only what the template filled in (an indicator table's targets)
    const prefilled = text(cap) === INDICATOR_CAPTION;
    if (cells.some((i) => paras[i].cell!.row > 0 && text(i) !== '' && !(prefilled && paras[i].cell!.cell < 3 && e.filled.has(text(i))))) continue;
    removals.push({ kind: 'table', at: cells[0] }, { kind: 'paragraph', at: cap });
    [cap, ...cells].forEach((i) => gone.add(i));
    outcome.tables++;
  }
  // header blocks and appendix lists, whole and untouched
  const barrier = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (!ours(i, e.lines)) continue;
    let j = i;
    while (j + 1 < n && ours(j + 1, e.lines)) j++;
    for (let k = i; k <= j; k++) barrier.add(k);
    const run = Array.from({ length: j - i + 1 }, (_, k) => i + k);
    if (e.blocks.has(run.map(text).join('\n'))) {
      for (const k of run) {
        removals.push({ kind: 'paragraph', at: k });
        gone.add(k);
      }
      outcome.lines += run.length;
    }
    i = j;
  }
  // the blank line closing an insertion at the cursor
  for (let i = 0; i < n; i++) {
    if (!paras[i].cell && hasMark(raw[i]) && text(i) === '') {
      removals.push({ kind: 'paragraph', at: i });
      gone.add(i);
      barrier.add(i);
    }
  }
  // headings with nothing under them, the innermost first
  const headings = findHeadings(model);
  for (let h = headings.length - 1; h >= 0; h--) {
    const at = headings[h].paragraph;
    if (!ours(at, e.headings) || paras[at].styleLevel === undefined) continue;
    const end = headings.slice(h + 1).find((x) => x.level <= headings[h].level)?.paragraph ?? n;
    let empty = true;
    for (let j = at + 1; j < end && empty && !barrier.has(j); j++) empty = gone.has(j) || (!paras[j].cell && text(j) === '');
    if (!empty) continue;
    removals.push({ kind: 'paragraph', at });
    gone.add(at);
    outcome.headings++;
  }
  removals.sort((a, b) => b.at - a.at);
  return { read, removals, outcome };
}

function queue(context: WContext, read: ReadResult, r: Removal) {
  const p = read.items[r.at];
  if (r.kind === 'paragraph') p.delete();
  else if (r.kind === 'control') p.parentContentControlOrNullObject.delete(false);
  else p.parentTableOrNullObject.delete();
}

export async function removeUnwritten(context: WContext, packs: Pack[]): Promise<CleanupOutcome & { syncs: number; failed: number }> {
  const e = expected(packs);
  const first = plan(await readDocument(context), e);
  let syncs = first.read.syncs;
  for (const r of first.removals) queue(context, first.read, r);
  try {
    await context.sync();
    return { ...first.outcome, syncs: syncs + 1, failed: 0 };
  } catch {
    syncs++;
  }
  // a removal was refused: what is left, one at a time (the plan is made again on the document as it is now)
  const again = plan(await readDocument(context), e);
  syncs += again.read.syncs;
  let failed = 0;
  for (const r of again.removals) {
    queue(context, again.read, r);
    try {
      await context.sync();
    } catch {
      failed++;
    }
    syncs++;
  }
  const o = first.outcome;
  return { ...o, syncs, failed };
}
