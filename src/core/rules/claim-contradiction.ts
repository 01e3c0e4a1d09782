/** claim-contradiction: "đạt/vượt mục tiêu" or "chưa đạt" written next to a result that says the opposite. */
import type { Rule } from './rule';
import { targetInWords, meets } from '../indicators';
import { factExcerpt, formatFact } from './rule';
import { contradictedPlanClaims } from '../plan-claims';
import { namedClaims } from '../named-claims';
import { contradictedEarlierPlans, type PlanFigure } from '../earlier-plans';
import { criteriaClaims } from '../criteria-table';
import { criterionLineClaims } from '../criterion-lines';
import { placeMentions } from '../scope';
import { excerptAround, lowerFirst } from '../text';
import { CH, paragraphChars } from '../chars';
import { DESCRIPTIONS } from '../codes';
import { NOUN_MARK } from '../totals-common';
import type { Quantity } from '../quantities';

/** Where the plan a claim is read against was given, as its message says. */
const SAME_SENTENCE = { vi: 'nêu trong cùng câu', en: 'given in the same sentence' };
/** A figure as the reviewer reads it: a count of a noun no unit names is said with its noun ("21 mã số", "9/14 xóm"), not bare. */
const said = (q: Quantity): string => (q.unit.startsWith(NOUN_MARK) && !q.raw.includes(q.unit.slice(NOUN_MARK.length)) ? `${q.raw} ${q.unit.slice(NOUN_MARK.length)}` : q.raw);
const SENTENCE_BEFORE = { vi: 'nêu ở câu trước', en: 'set out in the sentence before' };
const STATED_EARLIER = { vi: 'nêu trước đó', en: 'stated earlier' };

export const claimContradiction: Rule = {
  meta: {
    code: 'claim-contradiction', severity: 'error', needs: ['facts'],
    description: DESCRIPTIONS['claim-contradiction'],
  },
  run(ctx) {
    const reported = new Set<number>();
    for (const q of ctx.facts) {
      const ind = q.indicator;
      if (q.role !== 'result' || !q.claim || !ctx.applies(ind)) continue;
      const ok = meets(ind.target, q.value, ind.direction, q.quantity);
      if ((q.claim === 'met') === ok) continue;
      const said = q.claimText ?? '';
      reported.add(q.paragraph);
      ctx.report({
        indicator: ind.id, section: ind.section, paragraph: q.paragraph, excerpt: factExcerpt(q, q.claimText),
        message: q.claim === 'met'
          ? { vi: `Ghi "${said}" nhưng ${lowerFirst(ind.label)} ${formatFact(q)} chưa đạt mục tiêu ${targetInWords(ind.target, ind.unit, 'vi')}.`, en: `Says "${said}" but ${formatFact(q, 'en')} does not meet the target of ${targetInWords(ind.target, ind.unit, 'en')}.` }
          : { vi: `Ghi "${said}" nhưng ${formatFact(q)} đã đạt mục tiêu ${targetInWords(ind.target, ind.unit, 'vi')}.`, en: `Says "${said}" but ${formatFact(q, 'en')} meets the target of ${targetInWords(ind.target, ind.unit, 'en')}.` },
        suggestion: { vi: 'Sửa lời đánh giá cho khớp với số liệu.', en: 'Make the wording agree with the figure.' },
      });
    }
    // a verdict in a table of criteria that gives each row's norm ("… ≥ 90% | 87,5% | Đạt"), against that norm; a row already
    // judged on a pack's indicator is not said twice
    for (const c of criteriaClaims(ctx.doc)) {
      if (reported.has(c.paragraph)) continue;
      // (a row of a pack's indicator whose verdict agrees with the pack's target is right, its target column the misquote: "Xã đạt
      // chuẩn nông thôn mới nâng cao | xã | 6 | 18 | 16 | Vượt" where the plan says 15 — target-misquoted says so)
      if (c.against === 'target') {
        const own = ctx.facts.find((f) => f.paragraph === c.paragraph && f.role === 'result' && ctx.applies(f.indicator));
        if (own && meets(own.indicator.target, own.value, own.indicator.direction, own.quantity) === (c.claim === 'met')) continue;
      }
      reported.add(c.paragraph);
      ctx.report({
        paragraph: c.paragraph, excerpt: c.excerpt,
        message: c.merged
          ? { vi: `Ghi "${c.verdict}" ở ô gộp cho ${c.merged} dòng nhưng mọi dòng đều đạt yêu cầu nêu cùng dòng (dòng đầu: ${c.result}, yêu cầu ${c.bound}).`, en: `Says "${c.verdict}" in a cell merged over ${c.merged} rows but every row meets the requirement given in it (the first: ${c.result}, required ${c.bound}).` }
          : c.against === 'target'
          ? c.claim === 'met'
            ? { vi: `Ghi "${c.verdict}" nhưng kết quả ${c.result} thấp hơn ${c.plan ? 'kế hoạch' : 'mục tiêu'} ${c.bound} nêu cùng dòng.`, en: `Says "${c.verdict}" but the result ${c.result} is below the ${c.plan ? 'plan' : 'target'} ${c.bound} given in the same row.` }
            : { vi: `Ghi "${c.verdict}" nhưng kết quả ${c.result} đã đạt ${c.plan ? 'kế hoạch' : 'mục tiêu'} ${c.bound} nêu cùng dòng.`, en: `Says "${c.verdict}" but the result ${c.result} meets the ${c.plan ? 'plan' : 'target'} ${c.bound} given in the same row.` }
          : c.claim === 'met'
          ? { vi: `Ghi "${c.verdict}" nhưng kết quả ${c.result} không đạt yêu cầu ${c.bound} nêu cùng dòng.`, en: `Says "${c.verdict}" but the result ${c.result} does not meet the requirement ${c.bound} given in the same row.` }
          : { vi: `Ghi "${c.verdict}" nhưng kết quả ${c.result} đã đạt yêu cầu ${c.bound} nêu cùng dòng.`, en: `Says "${c.verdict}" but the result ${c.result} meets the requirement ${c.bound} given in the same row.` },
        suggestion: { vi: 'Sửa lời đánh giá cho khớp với số liệu.', en: 'Make the wording agree with the figure.' },
      });
    }
    // a criterion said met in a line of prose whose own figure falls short of the norm given beside it ("- Tiêu chí số 14 về Y tế: đạt;
    // tỷ lệ … 93,6% (…), yêu cầu ≥ 95%"), not in a section about the period to come
    for (const p of ctx.doc.paragraphs) {
      if (p.cell || reported.has(p.index) || ctx.future.has(p.index)) continue;
      const [c] = criterionLineClaims(p.text);
      if (!c) continue;
      reported.add(p.index);
      ctx.report({
        paragraph: p.index, excerpt: excerptAround(p.text, c.verdictAt, Math.max(160, c.boundAt + c.bound.length - c.verdictAt + 40), c.boundAt + c.bound.length),
        message: { vi: `Ghi "${c.verdict}" nhưng kết quả ${c.result.raw} không đạt yêu cầu ${c.bound} nêu cùng dòng.`, en: `Says "${c.verdict}" but the result ${c.result.raw} does not meet the requirement ${c.bound} given in the same line.` },
        suggestion: { vi: 'Sửa lời đánh giá cho khớp với số liệu.', en: 'Make the wording agree with the figure.' },
      });
    }
    // a claim said of indicators by name, with no figure ("tỉnh đã hoàn thành vượt mục tiêu về số xã đạt chuẩn NTM nâng cao, xã NTM
    // kiểu mẫu"), against the result the report gives for each (a paragraph without a target's word is passed over by its flags)
    const { flags } = paragraphChars(ctx.doc);
    for (let i = 0; i < flags.length; i++) {
      if (flags[i] & CH.CELL || !(flags[i] & (CH.I_T | CH.UC_T)) || ctx.future.has(i)) continue;
      const p = ctx.doc.paragraphs[i];
      if (reported.has(p.index)) continue;
      for (const c of namedClaims(p.text, ctx.pack.indicators, (before) => placeMentions(before, ctx.unit).some((m) => m.part || !m.own))) {
        const j = ctx.judged.get(c.indicator.id);
        if (!j || !ctx.applies(c.indicator) || (j.fact.paragraph === p.index && !c.subject)) continue;
        const ind = c.indicator;
        if ((c.claim === 'met') === meets(ind.target, j.fact.value, ind.direction, j.fact.quantity)) continue;
        reported.add(p.index);
        ctx.report({
          indicator: ind.id, section: ind.section, paragraph: p.index, excerpt: excerptAround(p.text, c.at),
          message: c.claim === 'met'
            ? { vi: `Ghi "${c.claimText}" về ${lowerFirst(ind.label)} nhưng báo cáo nêu ${formatFact(j.fact)}, chưa đạt mục tiêu ${targetInWords(ind.target, ind.unit, 'vi')}.`, en: `Says "${c.claimText}" of ${lowerFirst(ind.label)} but the report gives ${formatFact(j.fact, 'en')}, short of the target of ${targetInWords(ind.target, ind.unit, 'en')}.` }
            : { vi: `Ghi "${c.claimText}" về ${lowerFirst(ind.label)} nhưng báo cáo nêu ${formatFact(j.fact)}, đã đạt mục tiêu ${targetInWords(ind.target, ind.unit, 'vi')}.`, en: `Says "${c.claimText}" of ${lowerFirst(ind.label)} but the report gives ${formatFact(j.fact, 'en')}, which meets the target of ${targetInWords(ind.target, ind.unit, 'en')}.` },
          suggestion: { vi: 'Sửa lời đánh giá cho khớp với số liệu.', en: 'Make the wording agree with the figure.' },
        });
        break;
      }
    }
    // a claim about the unit's own plan, against the plan's figure in the same sentence ("Kế hoạch … đăng ký 04 xã; kết quả
    // có 03 xã …, vượt kế hoạch năm"): no indicator of the pack needed
    // (a plan claim is judged on two figures and says "kế hoạch", "chỉ tiêu" or "mục tiêu", or gives a bound ("đạt yêu cầu … (≥ 95%)"):
    // a paragraph without a digit and one of those,
    // or in a table cell, is passed over by its flags)
    // … and, where the sentence gives no plan, against the plan stated before it (the plans read so far, in document order)
    const plans: PlanFigure[] = [];
    for (let i = 0; i < flags.length; i++) {
      const f = flags[i];
      if ((f & (CH.DIGIT | CH.CELL)) !== CH.DIGIT || !(f & (CH.OAC | CH.I_T | CH.UC_T | CH.BOUND))) continue;
      const p = ctx.doc.paragraphs[i];
      if (ctx.future.has(i)) continue;
      // (the plans a paragraph states are gathered even where it was judged already)
      const earlier = contradictedEarlierPlans(p.text, plans);
      if (reported.has(p.index)) continue;
      const here = contradictedPlanClaims(p.text);
      // (the excerpt runs from the result to the claim: both are what the reviewer must see)
      for (const c of here.length ? here : earlier) {
        const where = !here.length ? STATED_EARLIER : c.planBefore ? SENTENCE_BEFORE : SAME_SENTENCE;
        // (the plan named in the writer's word — "chỉ tiêu", "mục tiêu", else "kế hoạch" — and the excerpt from the plan's figure where it
        // stands before the result in the sentence, so that what makes it a plan is seen: walk48, item 5)
        const word = /chỉ tiêu/iu.test(c.claimText) ? { vi: 'chỉ tiêu', en: 'target' } : /mục tiêu/iu.test(c.claimText) ? { vi: 'mục tiêu', en: 'target' } : { vi: 'kế hoạch', en: 'plan' };
        // (… and, the window opening before that, still the words after the claim as before: the label a reviewer's note quotes may run on
        // past it, "hoàn thành chỉ tiêu kế hoạch năm 2023" — vi04, a regression of the first form of this, found on rereading)
        const planFirst = here.length > 0 && !c.planBefore && c.plan.start < c.result.start;
        const from = planFirst ? Math.max(0, c.plan.start - 40) : c.result.start;
        const claimEnd = c.claimAt + c.claimText.length;
        ctx.report({
          paragraph: p.index, excerpt: excerptAround(p.text, c.offset + from, Math.max(160, claimEnd - from + 80), c.offset + claimEnd + (planFirst ? 68 : 0)),
          message: c.claim === 'met'
            ? c.ceiling
              ? { vi: `Ghi "${c.claimText}" nhưng kết quả ${said(c.result)} chưa xuống tới mức ${word.vi} ${c.plan.qualifier === 'below' ? 'dưới ' : ''}${said(c.plan)} ${where.vi}.`, en: `Says "${c.claimText}" but the result ${said(c.result)} is not down to the ${word.en} of ${c.plan.qualifier === 'below' ? 'under ' : ''}${said(c.plan)} ${where.en}.` }
              : { vi: `Ghi "${c.claimText}" nhưng kết quả ${said(c.result)} thấp hơn ${word.vi} ${said(c.plan)} ${where.vi}.`, en: `Says "${c.claimText}" but the result ${said(c.result)} is below the ${word.en} of ${said(c.plan)} ${where.en}.` }
            : { vi: `Ghi "${c.claimText}" nhưng kết quả ${said(c.result)} đã đạt ${word.vi} ${said(c.plan)} ${where.vi}.`, en: `Says "${c.claimText}" but the result ${said(c.result)} meets the ${word.en} of ${said(c.plan)} ${where.en}.` },
          suggestion: { vi: 'Sửa lời đánh giá cho khớp với số liệu.', en: 'Make the wording agree with the figure.' },
        });
      }
    }
  },
};
