/** Indicator rules: indicator-missing, indicator-below-target, target-misquoted, claim-contradiction. */
import type { Rule, CheckContext } from './rule';
import type { Indicator } from '../../packs/schema';
import { describeTarget, firstAchieved, meets, sameTarget, type Quote } from '../indicators';
import { formatVn } from '../numbers';
import { excerpt } from '../text';

export const applicable = (ctx: CheckContext, ind: Indicator) => !ctx.level || ind.levels.includes(ctx.level);
const fmt = (q: Quote) => {
  const u = q.indicator.unit;
  const d = q.quantity?.decimals ?? 1;
  return `${formatVn(q.value, q.quantity?.kind === 'fraction' && u === '%' ? 1 : d)}${u === '%' || u === '%/năm' ? u : ' ' + u}`;
};

export const indicatorMissing: Rule = {
  code: 'indicator-missing',
  severity: 'warning',
  description: { vi: 'Chỉ tiêu phải nêu nhưng không thấy trong báo cáo', en: 'An indicator the report must quote never appears' },
  run(ctx) {
    return ctx.pack.indicators
      .filter((ind) => ind.mustQuote && applicable(ctx, ind) && !ctx.quotes.some((q) => q.indicator.id === ind.id && q.kind === 'achieved'))
      .map((ind) => ({
        code: 'indicator-missing' as const, severity: 'warning' as const, indicator: ind.id, section: ind.section,
        message: { vi: `Không thấy số liệu chỉ tiêu "${ind.label}" (mục tiêu ${describeTarget(ind.target, ind.unit, 'vi')}).`, en: `No figure for indicator "${ind.label}" (target ${describeTarget(ind.target, ind.unit, 'en')}).` },
        suggestion: { vi: 'Nêu kết quả thực hiện chỉ tiêu này.', en: 'Report the achieved value of this indicator.' },
      }));
  },
};

export const indicatorBelowTarget: Rule = {
  code: 'indicator-below-target',
  severity: 'warning',
  description: { vi: 'Kết quả chưa đạt mục tiêu', en: 'The achieved value does not meet the target' },
  run(ctx) {
    const out: ReturnType<Rule['run']> = [];
    for (const ind of ctx.pack.indicators) {
      if (!applicable(ctx, ind)) continue;
      const q = firstAchieved(ctx.quotes, ind.id);
      if (!q || meets(ind.target, q.value, ind.direction, q.quantity)) continue;
      out.push({
        code: 'indicator-below-target', severity: 'warning', indicator: ind.id, section: ind.section, paragraph: q.paragraph, excerpt: excerpt(q.text),
        message: { vi: `${ind.label}: đạt ${fmt(q)}, chưa đạt mục tiêu ${describeTarget(ind.target, ind.unit, 'vi')}.`, en: `${ind.label}: ${fmt(q)} does not meet the target ${describeTarget(ind.target, ind.unit, 'en')}.` },
        suggestion: { vi: 'Đánh giá rõ "chưa đạt", nêu nguyên nhân và giải pháp.', en: 'State it as not met, with causes and remedies.' },
      });
    }
    return out;
  },
};

export const targetMisquoted: Rule = {
  code: 'target-misquoted',
  severity: 'error',
  description: { vi: 'Trích dẫn mục tiêu khác với văn bản gốc', en: 'The report quotes a target that differs from the source' },
  run(ctx) {
    const out: ReturnType<Rule['run']> = [];
    const seen = new Set<string>();
    for (const q of ctx.quotes) {
      const ind = q.indicator;
      if (q.kind !== 'target' || q.laterYear || !applicable(ctx, ind) || sameTarget(ind.target, q)) continue;
      // a proposal to raise a target ("đề xuất điều chỉnh tăng chỉ tiêu ... lên 45 xã") is not a misquote
      if (/điều chỉnh|đề xuất|đề nghị|nâng lên|tăng lên|lên \d/iu.test(q.text)) continue;
      // district and commune plans set their own targets: only a province report restates the pack's
      if (ctx.level && ctx.level !== 'tinh' && !q.fromTable && !/nghị quyết|chương trình hành động/iu.test(q.text)) continue;
      const key = `${ind.id}:${q.paragraph}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        code: 'target-misquoted', severity: 'error', indicator: ind.id, section: ind.section, paragraph: q.paragraph, excerpt: excerpt(q.text),
        message: { vi: `Mục tiêu "${ind.label}" ghi ${fmt(q)}, văn bản gốc là ${describeTarget(ind.target, ind.unit, 'vi')}.`, en: `Target of "${ind.label}" quoted as ${fmt(q)}; the source says ${describeTarget(ind.target, ind.unit, 'en')}.` },
        suggestion: { vi: 'Sửa theo mục tiêu của văn bản gốc.', en: 'Quote the target as in the source.' },
      });
    }
    return out;
  },
};

export const claimContradiction: Rule = {
  code: 'claim-contradiction',
  severity: 'error',
  description: { vi: 'Lời đánh giá "đạt/vượt/chưa đạt" trái với con số', en: 'The wording contradicts the number' },
  run(ctx) {
    const out: ReturnType<Rule['run']> = [];
    for (const q of ctx.quotes) {
      const ind = q.indicator;
      if (q.kind !== 'achieved' || !q.claim || q.laterYear || !applicable(ctx, ind)) continue;
      const ok = meets(ind.target, q.value, ind.direction, q.quantity);
      if ((q.claim === 'positive' && ok) || (q.claim === 'negative' && !ok)) continue;
      const said = q.claimText ?? '';
      out.push({
        code: 'claim-contradiction', severity: 'error', indicator: ind.id, section: ind.section, paragraph: q.paragraph, excerpt: excerpt(q.text),
        message: q.claim === 'positive'
          ? { vi: `Ghi "${said}" nhưng ${ind.label.toLowerCase()} ${fmt(q)} chưa đạt mục tiêu ${describeTarget(ind.target, ind.unit, 'vi')}.`, en: `Says "${said}" but ${fmt(q)} does not meet the target ${describeTarget(ind.target, ind.unit, 'en')}.` }
          : { vi: `Ghi "${said}" nhưng ${fmt(q)} đã đạt mục tiêu ${describeTarget(ind.target, ind.unit, 'vi')}.`, en: `Says "${said}" but ${fmt(q)} meets the target ${describeTarget(ind.target, ind.unit, 'en')}.` },
        suggestion: { vi: 'Sửa lời đánh giá cho khớp với số liệu.', en: 'Make the wording agree with the figure.' },
      });
    }
    return out;
  },
};
