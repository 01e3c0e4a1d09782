/**
 * What "Chèn đề cương" should do to the document as it is. A finished report
 * must not receive the whole outline again: when the document already holds
 * part of the pack's outline, only the missing items are offered, each to be
 * inserted at its place; the whole outline goes only into an empty document,
 * or on the writer's explicit choice. Pure (over the model the reader gives).
 */
import type { Level, Pack } from '../packs/schema';
import type { DocModel } from '../core/model';
import type { InsertPlan } from '../core/port';
import { analyse } from '../core/analysis';
import { headingText } from '../core/skeleton';
import { isUnder, type FlatSection } from '../core/structure';

/**
 * The outline items to insert so that no required item is missing: the
 * outermost missing ones (a missing part comes with its items), as the
 * missing-section rule reports them. A missing part whose items are partly
 * there is left to the writer (inserting it would repeat those items).
 */
export function missingItems(doc: DocModel, pack: Pack, level?: Level): { present: number; missing: FlatSection[]; level?: Level } {
  const a = analyse(doc, pack, { level });
  const matched = a.matches.filter((m) => m.heading && m.flat.applies).map((m) => m.flat);
  const missing = a.matches.filter((m) => !m.heading && m.flat.applies && m.flat.section.required).map((m) => m.flat);
  const set = new Set(missing);
  const covered = (f: FlatSection) => matched.some((x) => isUnder(x, f));
  const out = missing.filter((f) => {
    if (covered(f)) return false;
    // inside a missing part that comes whole: inserted with it
    for (let p = f.parent; p; p = p.parent) if (set.has(p) && !covered(p)) return false;
    return true;
  });
  return { present: matched.length, missing: out, level: a.level as Level | undefined };
}

export function planInsertion(doc: DocModel, pack: Pack, level?: Level): InsertPlan {
  if (!doc.paragraphs.some((p) => p.text.trim())) return { kind: 'empty' };
  const found = missingItems(doc, pack, level);
  if (!found.present) return { kind: 'unrelated' };
  if (!found.missing.length) return { kind: 'complete', present: found.present };
  return {
    kind: 'partial', present: found.present, missing: found.missing.map((f) => ({ id: f.section.id, label: headingText(f.section) })),
    ...(found.level ? { level: found.level } : {}),
  };
}
