/** Structure rules: missing-section, empty-section, section-order. */
import type { Rule } from './rule';
import { excerpt } from '../text';
import { label } from './label';


export const missingSection: Rule = {
  code: 'missing-section',
  severity: 'error',
  description: { vi: 'Mục bắt buộc của đề cương không có trong báo cáo', en: 'A required outline item is not in the report' },
  run(ctx) {
    const missing = ctx.matches.filter((m) => !m.heading && m.flat.applies && m.flat.section.required);
    const missingSet = new Set(missing.map((m) => m.flat));
    return missing
      // when a whole part is missing, report the part, not each of its items
      .filter((m) => !(m.flat.parent && missingSet.has(m.flat.parent) && !ctx.matches.some((x) => x.heading && isUnder(x.flat, m.flat.parent!))))
      .map((m) => ({
        code: 'missing-section' as const,
        severity: 'error' as const,
        section: m.flat.section.id,
        message: { vi: `Thiếu mục "${label(m.flat.section.number, m.flat.section.title)}".`, en: `Missing item "${label(m.flat.section.number, m.flat.section.title)}".` },
        suggestion: { vi: 'Thêm mục này đúng vị trí theo đề cương.', en: 'Add this item at its place in the outline.' },
      }));
  },
};

function isUnder(f: { parent?: unknown }, anc: unknown): boolean {
  for (let p = f.parent as { parent?: unknown } | undefined; p; p = p.parent as { parent?: unknown } | undefined) if (p === anc) return true;
  return false;
}

export const emptySection: Rule = {
  code: 'empty-section',
  severity: 'error',
  description: { vi: 'Có đề mục nhưng không có nội dung', en: 'Heading present but nothing of substance follows' },
  run(ctx) {
    return ctx.matches
      .filter((m) => m.heading && ctx.empty.has(m.flat))
      .map((m) => ({
        code: 'empty-section' as const,
        severity: 'error' as const,
        section: m.flat.section.id,
        paragraph: m.heading!.paragraph,
        excerpt: excerpt(m.heading!.raw),
        message: { vi: `Mục "${label(m.flat.section.number, m.flat.section.title)}" chưa có nội dung.`, en: `Item "${label(m.flat.section.number, m.flat.section.title)}" has no content.` },
        suggestion: { vi: 'Viết nội dung cho mục này hoặc ghi rõ lý do không có.', en: 'Write this item, or state why there is nothing to report.' },
      }));
  },
};

export const sectionOrder: Rule = {
  code: 'section-order',
  severity: 'warning',
  description: { vi: 'Mục nằm sai thứ tự so với đề cương', en: 'Item out of the outline order' },
  run(ctx) {
    return ctx.matches
      .filter((m) => m.heading && ctx.outOfOrder.has(m.flat))
      .map((m) => ({
        code: 'section-order' as const,
        severity: 'warning' as const,
        section: m.flat.section.id,
        paragraph: m.heading!.paragraph,
        excerpt: excerpt(m.heading!.raw),
        message: { vi: `Mục "${label(m.flat.section.number, m.flat.section.title)}" nằm sai thứ tự đề cương.`, en: `Item "${label(m.flat.section.number, m.flat.section.title)}" is out of the outline order.` },
        suggestion: { vi: 'Chuyển mục về đúng vị trí trong đề cương.', en: 'Move the item to its place in the outline.' },
      }));
  },
};
