/** missing-section: a required item of the outline is not in the report. */
import type { Rule } from './rule';
import { sectionLabel } from './rule';
import { isUnder } from '../structure';

export const missingSection: Rule = {
  meta: {
    code: 'missing-section', severity: 'error', needs: ['outline'],
    description: { vi: 'Mục bắt buộc của đề cương không có trong báo cáo', en: 'A required outline item is not in the report' },
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
      ctx.report({
        section: m.flat.section.id,
        message: { vi: `Thiếu mục "${label}".`, en: `Missing item "${label}".` },
        suggestion: { vi: 'Thêm mục này đúng vị trí theo đề cương.', en: 'Add this item at its place in the outline.' },
      });
    }
  },
};
