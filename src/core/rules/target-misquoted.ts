/**
 * target-misquoted: the report states the plan's target for an indicator with another value.
 * Not a misquote: a proposal to change the target, the 2030 orientation, and — in a district's or
 * commune's report — a target not attributed to the plan (their own plans set their own targets); at any level,
 * a target of the unit's own plan named as such ("Kế hoạch năm 2025 của ngành là … 62,5%"). A province's department is held to the
 * province's targets, those judged only at the province's level included.
 */
import type { Rule } from './rule';
import { targetInWords, sameTarget } from '../indicators';
import { factExcerpt, formatFact, sourceName } from './rule';
import { DESCRIPTIONS } from '../codes';

export const targetMisquoted: Rule = {
  meta: {
    code: 'target-misquoted', severity: 'error', needs: ['facts'],
    description: DESCRIPTIONS['target-misquoted'],
  },
  run(ctx) {
    const seen = new Set<string>();
    for (const q of ctx.facts) {
      const ind = q.indicator;
      // (a province's department quotes the province's targets: one judged only at the province's level is still the plan's target —
      // "Kết luận đề ra mục tiêu … có tối thiểu 75 xã đạt chuẩn NTM nâng cao, 20 xã đạt chuẩn NTM kiểu mẫu" in a Sở's report)
      // (… and so is a lower level's report that quotes the plan's target for the whole province: "Kết luận xác định mục tiêu …: toàn tỉnh
      // có tối thiểu 70 xã đạt chuẩn NTM nâng cao")
      // (… said to be the plan's: "Sở được giao chỉ tiêu …" is the department's own share, "mỗi huyện có ít nhất 01 xã …" the nation's)
      const provinces = ind.levels.includes('tinh') && ((ctx.level === 'so-nganh' && !!q.attributed) || !!q.wholeProvince);
      if (q.role !== 'target' || q.laterYear || q.proposal || q.own || !(ctx.applies(ind) || provinces) || sameTarget(ind.target, q)) continue;
      if (ctx.level && ctx.level !== 'tinh' && ctx.level !== 'so-nganh' && !q.attributed) continue;
      const key = `${ind.id}:${q.paragraph}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // (the document that sets it, named as the pack names it: "Chương trình hành động thực hiện NQ 16-NQ/TU, mục I.2.1" — "văn bản gốc"
      // left a reader asking which, session 39's walk-through)
      const source = ind.source ? sourceName(ind.source) : undefined;
      const says = source ? { vi: `nhưng ${source} ghi`, en: `${source} says` } : { vi: 'văn bản gốc là', en: 'the source says' };
      ctx.report({
        indicator: ind.id, section: ind.section, paragraph: q.paragraph, excerpt: factExcerpt(q),
        message: { vi: `Mục tiêu "${ind.label}" ghi ${formatFact(q)}, ${says.vi} ${targetInWords(ind.target, ind.unit, 'vi')}.`, en: `Target of "${ind.label}" quoted as ${formatFact(q, 'en')}; ${says.en} ${targetInWords(ind.target, ind.unit, 'en')}.` },
        suggestion: source ? { vi: `Sửa theo ${source}.`, en: `Quote the target as in ${source}.` } : { vi: 'Sửa theo mục tiêu của văn bản gốc.', en: 'Quote the target as in the source.' },
      });
    }
  },
};
