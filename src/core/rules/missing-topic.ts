/** missing-topic: a section that must cover topics (the 06 chương trình chuyên đề) never mentions one of them. */
import type { Rule } from './rule';
import { writtenLabel } from './rule';
import { containsNormalized, normalize } from '../text';
import { DESCRIPTIONS } from '../codes';

export const missingTopic: Rule = {
  meta: {
    code: 'missing-topic', severity: 'warning', needs: ['outline', 'text'],
    description: DESCRIPTIONS['missing-topic'],
  },
  run(ctx) {
    for (const m of ctx.matches) {
      const span = ctx.spanOf(m);
      if (!span || !m.flat.applies || !m.flat.section.topics.length || ctx.empty.has(m.flat)) continue;
      const text = normalize(ctx.doc.paragraphs.slice(span[0] - 1, span[1]).map((p) => p.text).join(' \n '));
      const topics = m.flat.section.topics;
      for (const topic of topics) {
        const own = topic.keywords.map((k) => normalize(k));
        // a word of this topic inside a longer phrase of another's is the other's: "tổ công nghệ số" is chuyển đổi số, not
        // khoa học công nghệ
        const longer = topics.filter((t) => t !== topic).flatMap((t) => t.keywords.map((k) => normalize(k))).filter((k) => own.some((o) => o !== k && containsNormalized(k, o)));
        const hay = longer.reduce((t, k) => (containsNormalized(t, k) ? blankWord(t, k) : t), text);
        if (own.some((k) => containsNormalized(hay, k))) continue;
        ctx.report({
          section: m.flat.section.id, paragraph: m.heading!.paragraph, subject: topic.label,
          message: { vi: `Mục "${writtenLabel(m.flat.section, m.heading)}" chưa đề cập: ${topic.label}.`, en: `Item "${writtenLabel(m.flat.section, m.heading)}" does not mention: ${topic.label}.` },
          suggestion: { vi: 'Bổ sung đánh giá nội dung này.', en: 'Add an assessment of this topic.' },
        });
      }
    }
  },
};

/** The text with each whole-word occurrence of a normalised phrase blanked. */
function blankWord(text: string, k: string): string {
  return text.replace(new RegExp(`(?<![a-z0-9])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`, 'g'), ' '.repeat(k.length));
}
