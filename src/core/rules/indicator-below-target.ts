/** indicator-below-target: the unit's result, in the period, does not meet the target. */
import type { Rule } from './rule';
import { targetInWords, meets } from '../indicators';
import { factExcerpt, formatFact, sourceParts } from './rule';
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
      // (the target as people say it — none left is "không còn xã dưới 15 tiêu chí", not "0 xã" — and whose and for when: a mid-term figure is
      // held against a target of 2025, which the district answers with the year — walk60, item 8)
      const none = ind.target.comparator === 'exactly' && ind.target.value === 0 && /^Số\s/u.test(ind.label);
      const aim = {
        vi: none ? `không còn ${ind.label.slice(3).replace(/^(\S+)\s+còn\s+/u, '$1 ')}` : targetInWords(ind.target, ind.unit, 'vi'),
        en: none ? 'none left' : targetInWords(ind.target, ind.unit, 'en'),
      };
      // ("tối thiểu 38 xã đến năm 2025 của Chương trình hành động thực hiện NQ 16-NQ/TU (mục I.2.1)")
      const { doc, where: at } = sourceParts(ind.source ?? '');
      const where = at.replace(/\s*\(\s*[Đđ]ến\s+năm\s+\d{4}\s*\)/u, '').trim();
      const whose = `${ind.year ? ` đến năm ${ind.year}` : ''}${doc ? ` của ${doc}${where ? ` (${where})` : ''}` : ''}`;
      const whoseEn = `${ind.year ? ` by ${ind.year}` : ''}${doc ? ` set by ${doc}${where ? ` (${where})` : ''}` : ''}`;
      // (a target due after the period: what is asked is whether it will be met in time)
      // (… by the year's end: the Kết luận's period ends 30/6/2025, its targets "đến năm 2025" still open — review of walk60's change)
      const due = ind.year !== undefined && `${ind.year}-12-31` > ctx.pack.period.to ? ind.year : undefined;
      // (what should fall is "còn" so much, not "đạt" it: "Số xã còn dưới 15 tiêu chí …: còn 2 xã", "Tỷ lệ hộ nghèo: còn 4,2%")
      ctx.report({
        indicator: ind.id, section: ind.section, paragraph: q.paragraph, excerpt: factExcerpt(q),
        message: {
          vi: `${ind.label}: ${ind.direction === 'lower' ? 'còn' : 'đạt'} ${formatFact(q)}, chưa đạt mục tiêu ${aim.vi}${whose}.`,
          en: `${ind.label}: ${formatFact(q, 'en')} does not meet the target of ${aim.en}${whoseEn}.`,
        },
        // (… where the report already says "chưa đạt" beside the figure, the advice is what is left to do — session 44's walk-through, item 6)
        suggestion: q.claim === 'not-met'
          ? { vi: 'Báo cáo đã ghi "chưa đạt": nêu nguyên nhân và giải pháp (nếu chưa có).', en: 'The report already says not met: give the causes and remedies, if not yet given.' }
          : due
          ? { vi: `Đánh giá rõ mức chưa đạt và khả năng hoàn thành mục tiêu đến năm ${due}, nêu nguyên nhân và giải pháp.`, en: `State how far it falls short and whether the ${due} target will be met, with causes and remedies.` }
          : { vi: 'Đánh giá rõ "chưa đạt", nêu nguyên nhân và giải pháp.', en: 'State it as not met, with causes and remedies.' },
      });
    }
  },
};
