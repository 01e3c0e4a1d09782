/**
 * Where a missing section belongs in a document: after the span of its
 * preceding sibling, before its next sibling, or at the end of its parent.
 * Pure: the Word adapter and tests both use it.
 */
import type { Level, Pack } from '../packs/schema';
import type { DocModel } from './model';
import { alignOutline, closingParagraph, findHeadings, flatten, type FlatSection } from './structure';

export interface Placement {
  /** Insert before this paragraph; undefined means at the end of the body (before the closing lines). */
  before?: number;
  /** Heading level to use (1 = Heading 1). */
  level: number;
}

export function placeSection(doc: DocModel, pack: Pack, sectionId: string, level?: Level): Placement | undefined {
  const all = findHeadings(doc);
  const { matches } = alignOutline(pack, all, level, doc);
  // a run-in heading or a plain numbered line is a heading only when it is one of the pack's items
  const matched = new Set(matches.map((m) => m.heading));
  const headings = all.filter((h) => (h.runIn === undefined && !h.weak) || matched.has(h));
  const target = flatten(pack, level).find((f) => f.section.id === sectionId);
  if (!target) return undefined;
  const at = (f: FlatSection) => matches.find((m) => m.flat.section.id === f.section.id)?.heading;
  const siblings = matches.map((m) => m.flat).filter((f) => f.parent?.section.id === target.parent?.section.id && f.depth === target.depth);
  const i = siblings.findIndex((f) => f.section.id === sectionId);
  const end = closingParagraph(doc, headings.filter((h) => matched.has(h)));
  /** First heading after `from` at `lvl` or above: where a span that starts at `from` ends. */
  const spanEnd = (from: number, lvl: number) => headings.find((h) => h.paragraph > from && h.level <= lvl)?.paragraph ?? end;
  const depthLevel = target.depth + 1;

  const next = siblings.slice(i + 1).map(at).find((h) => h);
  const prev = siblings.slice(0, i).reverse().map(at).find((h) => h);
  if (prev) {
    const stop = spanEnd(prev.paragraph, prev.level);
    const before = next && (stop === undefined || next.paragraph < stop) ? next.paragraph : stop;
    return { before, level: prev.level };
  }
  if (next) return { before: next.paragraph, level: next.level };
  const parent = target.parent && at(target.parent);
  if (parent) return { before: spanEnd(parent.paragraph, parent.level), level: Math.min(parent.level + 1, 9) };
  return { before: end, level: depthLevel };
}
