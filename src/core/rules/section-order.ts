/** section-order: an item stands out of the outline's order among its siblings. */
import type { Rule } from './rule';
import { sectionLabel } from './rule';
import { excerpt } from '../text';

export const sectionOrder: Rule = {
  meta: {
    code: 'section-order', severity: 'warning', needs: ['outline'],
    description: { vi: 'Mục nằm sai thứ tự so với đề cương', en: 'Item out of the outline order' },
  },
  run(ctx) {
    for (const m of ctx.matches) {
      if (!m.heading || !ctx.outOfOrder.has(m.flat)) continue;
      // a part moved with its items is one finding: the part's
      let up = m.flat.parent;
      while (up && !ctx.outOfOrder.has(up)) up = up.parent;
      if (up) continue;
      const label = sectionLabel(m.flat.section);
      ctx.report({
        section: m.flat.section.id, paragraph: m.heading.paragraph, excerpt: excerpt(m.heading.raw),
        message: { vi: `Mục "${label}" nằm sai thứ tự đề cương.`, en: `Item "${label}" is out of the outline order.` },
        suggestion: { vi: 'Chuyển mục về đúng vị trí trong đề cương.', en: 'Move the item to its place in the outline.' },
      });
    }
  },
};
