/** missing-section: a required item of the outline is not in the report. */
import type { Rule } from './rule';
import { headingName, sectionLabel } from './rule';
import { isUnder } from '../structure';
import { DESCRIPTIONS } from '../codes';

export const missingSection: Rule = {
  meta: {
    code: 'missing-section', severity: 'error', needs: ['outline'],
    description: DESCRIPTIONS['missing-section'],
  },
  run(ctx) {
    // (an item written inline in its parent's text, "Về quy hoạch: …", is there: ctx.inline)
    const missing = ctx.matches.filter((m) => !m.heading && m.flat.applies && m.flat.section.required && !ctx.inline.has(m.flat));
    const missingSet = new Set(missing.map((m) => m.flat));
    for (const m of missing) {
      // when a whole part is missing, report the part, not each of its items
      const parent = m.flat.parent;
      if (parent && missingSet.has(parent) && !ctx.matches.some((x) => x.heading && isUnder(x.flat, parent))) continue;
      const label = sectionLabel(m.flat.section);
      // where it goes, by the writer's headings around it, which can be searched for: after the item the outline puts before it that
      // is written, before the next one written, or inside its parent — "đúng vị trí theo đề cương" assumed the outline open beside the
      // report (session 41's walk-through, item 3)
      const siblings = ctx.matches.filter((x) => x.flat.parent === m.flat.parent);
      const at = siblings.indexOf(m);
      const before = siblings.slice(0, at).reverse().find((x) => x.heading);
      const after = siblings.slice(at + 1).find((x) => x.heading);
      const up = parent ? ctx.matches.find((x) => x.flat === parent && x.heading) : undefined;
      const name = (x: (typeof ctx.matches)[number]) => headingName(x.heading!);
      const suggestion = before
        ? { vi: `Thêm mục này sau mục ${name(before)}${after ? `, trước mục ${name(after)}` : ''}, theo thứ tự của đề cương.`, en: `Add this item after ${name(before)}${after ? `, before ${name(after)}` : ''}, as the outline orders them.` }
        : after ? { vi: `Thêm mục này trước mục ${name(after)}, theo thứ tự của đề cương.`, en: `Add this item before ${name(after)}, as the outline orders them.` }
        : up ? { vi: `Thêm mục này trong mục ${name(up)}.`, en: `Add this item under ${name(up)}.` }
        : { vi: 'Thêm mục này đúng vị trí theo đề cương.', en: 'Add this item at its place in the outline.' };
      ctx.report({
        section: m.flat.section.id,
        message: { vi: `Thiếu mục "${label}".`, en: `Missing item "${label}".` },
        suggestion,
      });
    }
  },
};
