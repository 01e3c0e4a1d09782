/** indicator-below-target: the unit's result, in the period, does not meet the target. */
import type { Rule } from './rule';
import { targetInWords, meets } from '../indicators';
import { factExcerpt, formatFact } from './rule';
import { DESCRIPTIONS } from '../codes';

export const indicatorBelowTarget: Rule = {
  meta: {
    code: 'indicator-below-target', severity: 'warning', needs: ['facts'],
    description: DESCRIPTIONS['indicator-below-target'],
  },
  run(ctx) {
    for (const ind of ctx.pack.indicators) {
      const j = ctx.judged.get(ind.id);
      if (!j || !ctx.applies(ind) || meets(ind.target, j.fact.value, ind.direction, j.fact.quantity)) continue;
      const q = j.fact;
      // (what should fall is "còn" so much, not "đạt" it: "Số xã còn dưới 15 tiêu chí …: còn 2 xã", "Tỷ lệ hộ nghèo: còn 4,2%")
      ctx.report({
        indicator: ind.id, section: ind.section, paragraph: q.paragraph, excerpt: factExcerpt(q),
        message: { vi: `${ind.label}: ${ind.direction === 'lower' ? 'còn' : 'đạt'} ${formatFact(q)}, chưa đạt mục tiêu ${targetInWords(ind.target, ind.unit, 'vi')}.`, en: `${ind.label}: ${formatFact(q, 'en')} does not meet the target of ${targetInWords(ind.target, ind.unit, 'en')}.` },
        // (… where the report already says "chưa đạt" beside the figure, the advice is what is left to do — session 44's walk-through, item 6)
        suggestion: q.claim === 'not-met'
          ? { vi: 'Báo cáo đã ghi "chưa đạt": nêu nguyên nhân và giải pháp (nếu chưa có).', en: 'The report already says not met: give the causes and remedies, if not yet given.' }
          : { vi: 'Đánh giá rõ "chưa đạt", nêu nguyên nhân và giải pháp.', en: 'State it as not met, with causes and remedies.' },
      });
    }
  },
};
