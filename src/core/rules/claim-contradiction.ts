/** claim-contradiction: "đạt/vượt mục tiêu" or "chưa đạt" written next to a result that says the opposite. */
import type { Rule } from './rule';
import { describeTarget, meets } from '../indicators';
import { factExcerpt, formatFact } from './rule';

export const claimContradiction: Rule = {
  meta: {
    code: 'claim-contradiction', severity: 'error', needs: ['facts'],
    description: { vi: 'Lời đánh giá "đạt/vượt/chưa đạt" trái với con số', en: 'The wording contradicts the number' },
  },
  run(ctx) {
    for (const q of ctx.facts) {
      const ind = q.indicator;
      if (q.role !== 'result' || !q.claim || !ctx.applies(ind)) continue;
      const ok = meets(ind.target, q.value, ind.direction, q.quantity);
      if ((q.claim === 'met') === ok) continue;
      const said = q.claimText ?? '';
      ctx.report({
        indicator: ind.id, section: ind.section, paragraph: q.paragraph, excerpt: factExcerpt(q),
        message: q.claim === 'met'
          ? { vi: `Ghi "${said}" nhưng ${ind.label.toLowerCase()} ${formatFact(q)} chưa đạt mục tiêu ${describeTarget(ind.target, ind.unit, 'vi')}.`, en: `Says "${said}" but ${formatFact(q)} does not meet the target ${describeTarget(ind.target, ind.unit, 'en')}.` }
          : { vi: `Ghi "${said}" nhưng ${formatFact(q)} đã đạt mục tiêu ${describeTarget(ind.target, ind.unit, 'vi')}.`, en: `Says "${said}" but ${formatFact(q)} meets the target ${describeTarget(ind.target, ind.unit, 'en')}.` },
        suggestion: { vi: 'Sửa lời đánh giá cho khớp với số liệu.', en: 'Make the wording agree with the figure.' },
      });
    }
  },
};
