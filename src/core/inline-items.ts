/**
 * Required items written inline in their parent's text, not set off as headings: "Về quy hoạch: … Về hạ tầng: …" run into
 * the paragraphs under "2.4. Đánh giá mức độ thực hiện 11 nội dung thành phần". They are read after the alignment, only inside
 * the matched parent (anywhere else such topics would be taken for items they are not), each label held to the alignment's
 * similarity, and an item found so is there: no missing-section for it.
 */
import type { DocModel } from './model';
import { alignTokens, Scorer, topicsWithin, type FlatSection, type Heading, type SectionMatch } from './structure';

/** How well an inline topic must fit an item: lower than a heading's, as only the parent's own text is searched. */
const INLINE_FIT = 0.35;
/** More labels than this under one item are no list of its children. */
const MAX_TOPICS = 60;

export function inlineItems(doc: DocModel, matches: SectionMatch[], spanOf: (m: SectionMatch) => [number, number] | null): Set<FlatSection> {
  const out = new Set<FlatSection>();
  const missing = matches.filter((m) => !m.heading && m.flat.applies && m.flat.parent);
  if (!missing.length) return out;
  const byFlat = new Map(matches.map((m) => [m.flat, m]));
  const parents = new Set(missing.map((m) => m.flat.parent!));
  let scorer: Scorer | undefined;
  for (const parent of parents) {
    const pm = byFlat.get(parent);
    const span = pm?.heading ? spanOf(pm) : null;
    if (!span) continue;
    // the parent's own text: from its heading to its first matched child (or its end)
    const firstChild = matches.filter((m) => m.heading && m.flat.parent === parent).map((m) => m.heading!.paragraph).sort((a, b) => a - b)[0];
    const end = Math.min(span[1], firstChild ?? span[1]);
    const topics: Heading[] = [];
    for (let i = span[0]; i < end; i++) {
      const p = doc.paragraphs[i];
      if (p && !p.cell && p.styleLevel === undefined && i !== pm!.heading!.paragraph) topics.push(...topicsWithin(p.text, i));
    }
    // (a parent's items are a dozen or so: many more labels are no list of them, and would cost labels × items)
    if (!topics.length || topics.length > MAX_TOPICS) continue;
    const children = missing.filter((m) => m.flat.parent === parent).map((m) => m.flat);
    scorer ??= new Scorer(matches.map((m) => m.flat));
    const used = new Set<Heading>();
    for (const c of children) {
      let best: Heading | undefined;
      let fit = INLINE_FIT;
      for (const t of topics) {
        if (used.has(t)) continue;
        const s = scorer.score(c.section, t, alignTokens(t.title));
        if (s >= fit) [best, fit] = [t, s];
      }
      if (best) {
        used.add(best);
        out.add(c);
      }
    }
  }
  return out;
}
