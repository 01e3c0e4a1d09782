/** missing-topic: a section that must cover topics (the 06 chương trình chuyên đề) never mentions one of them. */
import type { Rule } from './rule';
import { sectionLabel } from './rule';
import { containsNormalized, normalize } from '../text';

export const missingTopic: Rule = {
  meta: {
    code: 'missing-topic', severity: 'warning', needs: ['outline', 'text'],
    description: { vi: 'Mục phải đề cập một nội dung nhưng không nhắc đến', en: 'A section that must cover a topic never mentions it' },
  },
  run(ctx) {
    for (const m of ctx.matches) {
      const span = ctx.spanOf(m);
      if (!span || !m.flat.applies || !m.flat.section.topics.length || ctx.empty.has(m.flat)) continue;
      const text = normalize(ctx.doc.paragraphs.slice(span[0] - 1, span[1]).map((p) => p.text).join(' \n '));
      for (const topic of m.flat.section.topics) {
        if (topic.keywords.some((k) => containsNormalized(text, normalize(k)))) continue;
        ctx.report({
          section: m.flat.section.id, paragraph: m.heading!.paragraph,
          message: { vi: `Mục "${sectionLabel(m.flat.section)}" chưa đề cập: ${topic.label}.`, en: `Item "${sectionLabel(m.flat.section)}" does not mention: ${topic.label}.` },
          suggestion: { vi: 'Bổ sung đánh giá nội dung này.', en: 'Add an assessment of this topic.' },
        });
      }
    }
  },
};
