/** section-order: an item stands out of the outline's order among its siblings. */
import type { Rule } from './rule';
import { headingName, sectionLabel } from './rule';
import { excerpt, normalize } from '../text';
import { DESCRIPTIONS } from '../codes';

export const sectionOrder: Rule = {
  meta: {
    code: 'section-order', severity: 'warning', needs: ['outline'],
    description: DESCRIPTIONS['section-order'],
  },
  run(ctx) {
    for (const m of ctx.matches) {
      if (!m.heading || !ctx.outOfOrder.has(m.flat)) continue;
      // a part moved with its items is one finding: the part's
      let up = m.flat.parent;
      while (up && !ctx.outOfOrder.has(up)) up = up.parent;
      if (up) continue;
      const label = sectionLabel(m.flat.section);
      // where it belongs: after the item the outline puts before it, or before the one it puts after it, named by the writer's heading
      // where there is one, so it can be found ("II. ĐÁNH GIÁ CHUNG" told only "move it to its place" — session 39's walk-through, point 22)
      const siblings = ctx.matches.filter((x) => x.flat.parent === m.flat.parent);
      const at = siblings.indexOf(m);
      // (… the neighbour it is on the wrong side of: an item the outline puts before it but the writer after it, else one the outline puts
      // after it but the writer before it — "Chuyển mục về sau mục I" for a III already after I misled: review of session 41's walk-through)
      const own = m.heading.paragraph;
      const shown = (x: typeof m) => !!x.heading && x.heading !== m.heading;
      const earlier = siblings.slice(0, at).reverse().filter(shown);
      const later = siblings.slice(at + 1).filter(shown);
      const writtenAfter = earlier.find((x) => x.heading!.paragraph > own);
      const writtenBefore = later.find((x) => x.heading!.paragraph < own);
      const before = writtenAfter ?? (writtenBefore ? undefined : earlier[0]);
      const after = writtenBefore ?? later[0];
      const name = (x: typeof m) => headingName(x.heading!);
      // (the neighbour is the writer's, said so: "mục "2.2. …" của báo cáo" beside the outline's "mục 2.2" in the message named two items by
      // one number — session 43's walk-through, item 2)
      const where = before ? { vi: `Chuyển mục về sau mục ${name(before)} của báo cáo, theo thứ tự của đề cương.`, en: `Move the item after the report's ${name(before)}, as the outline orders them.` }
        : after ? { vi: `Chuyển mục về trước mục ${name(after)} của báo cáo, theo thứ tự của đề cương.`, en: `Move the item before the report's ${name(after)}, as the outline orders them.` }
        : { vi: 'Chuyển mục về đúng vị trí trong đề cương.', en: 'Move the item to its place in the outline.' };
      ctx.report({
        section: m.flat.section.id, paragraph: m.heading.paragraph, excerpt: excerpt(m.heading.raw),
        // (the item by the writer's own heading, the outline's number after it: "Mục "6. …"" for an item the document numbers 7, beside a
        // writer's "6. …" named in the advice, made one number mean two items — session 42's walk-through, item 1)
        // (an outline item with no number is named by its title in quotes: "(mục "Đề xuất phương hướng …" của đề cương)")
        // (… and none where the outline's item has no number and the writer's heading says its title: the bracket only said it again —
        // session 43's walk-through, item 2)
        message: outlineSaid(m.flat.section.number, label, m.heading.raw)
          ? { vi: `Mục ${name(m)} nằm sai thứ tự đề cương (trong đề cương là mục ${m.flat.section.number || `"${label}"`}).`, en: `Item ${name(m)} is out of the outline order (in the outline, item ${m.flat.section.number || `"${label}"`}).` }
          : { vi: `Mục ${name(m)} nằm sai thứ tự đề cương.`, en: `Item ${name(m)} is out of the outline order.` },
        suggestion: where,
      });
    }
  },
};

/** Whether the outline's item needs saying beside the writer's heading: it has a number, or the heading words its title otherwise. */
function outlineSaid(number: string, label: string, heading: string): boolean {
  // (the heading's own number or letter, as written, before its words: "IV. KIẾN NGHỊ, ĐỀ XUẤT" says the title "Kiến nghị, đề xuất" — the
  // bracket would only say it again, and so would "2.6" after "2.6. Kết quả …" — walk46, item 9)
  const lead = /^\s*((?:[IVXLCDM]+|\d+(?:\.\d+)*|[a-zđ]))[.)]\s*/iu.exec(heading);
  if (number) return !lead || lead[1].replace(/\.$/u, '') !== number.replace(/[.)]+$/u, '');
  const words = (t: string) => normalize(t).trim();
  return words(heading.slice(lead?.[0].length ?? 0)) !== words(label);
}
