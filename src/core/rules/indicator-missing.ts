/** indicator-missing: an indicator the report must give is never given as the unit's own result. */
import type { Rule } from './rule';
import { targetInWords } from '../indicators';
import { DESCRIPTIONS } from '../codes';

export const indicatorMissing: Rule = {
  meta: {
    code: 'indicator-missing', severity: 'warning', needs: ['facts'],
    description: DESCRIPTIONS['indicator-missing'],
  },
  run(ctx) {
    for (const ind of ctx.pack.indicators) {
      if (!ind.mustQuote || !ctx.applies(ind) || ctx.judged.has(ind.id)) continue;
      // (where the report's level is not known, only an indicator every level of the pack must give is asked for: a province's count
      // of districts is no commune's to give)
      if (!ctx.level && !ctx.pack.levels.every((l) => ind.levels.includes(l))) continue;
      ctx.report({
        indicator: ind.id, section: ind.section,
        message: { vi: `Không thấy số liệu chỉ tiêu "${ind.label}" (mục tiêu ${targetInWords(ind.target, ind.unit, 'vi')}).`, en: `No figure for indicator "${ind.label}" (target ${targetInWords(ind.target, ind.unit, 'en')}).` },
        suggestion: { vi: 'Nêu kết quả thực hiện chỉ tiêu này.', en: 'Report the achieved value of this indicator.' },
      });
    }
  },
};
