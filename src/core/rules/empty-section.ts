/** empty-section: the heading is there, nothing of substance follows it. */
import type { Rule } from './rule';
import { sectionLabel } from './rule';
import { excerpt } from '../text';

export const emptySection: Rule = {
  meta: {
    code: 'empty-section', severity: 'error', needs: ['outline', 'text'],
    description: { vi: 'Có đề mục nhưng không có nội dung', en: 'Heading present but nothing of substance follows' },
  },
  run(ctx) {
    for (const m of ctx.matches) {
      if (!m.heading || !ctx.empty.has(m.flat)) continue;
      // report the outermost empty section: a part whose items are all empty is one finding
      let p = m.flat.parent;
      while (p && !ctx.empty.has(p)) p = p.parent;
      if (p) continue;
      // (named by the writer's own heading, as the other points and the section's group name it, which can be searched for in Word — not the
      // outline's title beside it, "7. Tiếp tục phát huy … NTM" under "7. Phát huy … nông thôn mới" — walk45, item 9)
      const label = excerpt(m.heading.raw.trim(), 120) || sectionLabel(m.flat.section);
      ctx.report({
        section: m.flat.section.id, paragraph: m.heading.paragraph, excerpt: excerpt(m.heading.raw),
        message: { vi: `Mục "${label}" chưa có nội dung.`, en: `Item "${label}" has no content.` },
        suggestion: { vi: 'Viết nội dung cho mục này hoặc ghi rõ lý do không có.', en: 'Write this item, or state why there is nothing to report.' },
      });
    }
  },
};
