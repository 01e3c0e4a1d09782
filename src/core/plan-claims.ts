/**
 * Claims about the unit's own plan, read against the plan's figure given in the same sentence: "Kế hoạch năm 2023 của
 * huyện đăng ký 04 xã đạt chuẩn nông thôn mới nâng cao; kết quả năm 2023 có 03 xã được công nhận …, vượt kế hoạch năm."
 * says the plan was exceeded while 3 < 4. No pack indicator is needed: the plan and the result are both in the sentence.
 * Read only when the sentence leaves no doubt: one plan figure and one result figure of the same unit before the claim,
 * about something that should rise (not poor households, accidents, debt).
 */
import { ACTION_LEAD, BREAKDOWN, MONEY_IN_MILLIONS, BOUND_CLAIM_MET, BOUND_CLAIM_NOT_MET, COMPARED_WITH, DIFFERENCE_WORDS, LOWER_BETTER, OWN_PLAN, PLAN_CLAIM_MET, PLAN_CLAIM_NOT_MET, PLAN_CLAIM_OTHER, PLAN_FIGURE_LEAD, PLAN_WORDS, RESULT_FIGURE_LEAD } from './lexicon';
import { extractQuantities, sentences, type Quantity } from './quantities';
import type { Matcher, PhraseHit } from './lexicon/phrases';
import { shareAgrees } from './numbers';
import { withNoun } from './totals';
import { NOUN_MARK } from './totals-common';
import { blankBrackets, normalize } from './text';
import { LEVEL_BEFORE, OPENS_ON_TARGET, PLAN_KINDS, QUOTA_SET_OUT, SUBJECT_SET_OUT, RECOGNISED_AFTER, TARGET_SET_OUT, documentsBlanked, YEARS_PLAN_AFTER, JUDGED_AGAINST_BEFORE, POINTS_BACK } from './lexicon/patterns';

export interface PlanClaim {
  claim: 'met' | 'not-met';
  claimText: string;
  plan: Quantity;
  result: Quantity;
  /** Where the sentence starts in the paragraph's text (the quantities' positions are the sentence's). */
  offset: number;
  /** Where the claim starts in the sentence. */
  claimAt: number;
  /** The plan is a ceiling (something that should fall): the result is above it, not below. */
  ceiling?: boolean;
  /** The plan was set out in the sentence before the claim's, not in its own. */
  planBefore?: boolean;
}

/** Words of money paid out or spent right before its figure: "giải ngân được", "đã giải ngân", "thực hiện giải ngân". */
const DISBURSED = /(?<![\p{L}])giải ngân(?:\s+(?:được|đạt|là))?\s*$/iu;

/** A plan named by its kind of document: "Nghị quyết", "Kế hoạch", "Kết luận", "Chương trình", "Đề án", "Quyết định" (lexicon: plan kinds). */
const PLAN_KIND_NAMED = new RegExp(String.raw`(?<![\p{L}])(?:${PLAN_KINDS})(?![\p{L}])`, 'iu');

/** The role the nearest lead word before a figure gives it, within its clause (after the last ";"). */
export function roleOf(sentence: string, q: Quantity): 'plan' | 'result' | undefined {
  const before = sentence.slice(0, q.start);
  const plan = PLAN_FIGURE_LEAD.findLast(before);
  const result = RESULT_FIGURE_LEAD.findLast(before);
  // (a lead of an earlier clause does not reach past ";")
  const clause = before.lastIndexOf(';');
  // (the lead that ends nearest the figure; a plan's lead holding a result's word wins: "Kế hoạch … đề ra có 02 xã")
  // (a quota set out, with the time it is due at most, right before the figure: "… đề ra chỉ tiêu đến cuối năm 2023 có 100% số xã" —
  // nwy03; no other words between, "đặt ra chỉ tiêu cao nhưng huyện đã có 12 xã" is a result — review-50b C7, C11, C12)
  if (QUOTA_SET_OUT.test(before.slice(clause + 1))) return 'plan';
  const p = plan && plan.start > clause ? plan.end : -1;
  const r = result && result.start > clause ? result.end : -1;
  if (p < 0 && r < 0) return undefined;
  // (a clause that opens on "Mục tiêu" and sets out its figure is the plan's, whatever "có" or "đạt" stands between: "Mục tiêu Quyết
  // định số … đề ra đến cuối năm 2023 có 155 xã" — lexicon: target-set-out; not one on "chỉ tiêu", which may name a criterion's
  // indicator: "Theo kết quả rà soát, chỉ tiêu thu nhập có 16 xã đạt" — review-31b C13)
  // (… only where nothing between "Mục tiêu" and the figure says it was reached or starts another clause: "Mục tiêu … đã đạt, đến nay …
  // có 09 xã", "Mục tiêu đến năm 2025 có 10 xã …, đến 30/6/2024 đã có 08 xã", "Mục tiêu 1 về …, … có 09 xã" — review-42 R4, R6, R9, R14, R15)
  // (… nor where it names another owner right after it or a result, "Mục tiêu của tỉnh …" — not the issuer of a plan named, "Mục tiêu Kế
  // hoạch số 45/KH-UBND của UBND huyện …" — "… và kết quả có 03 xã", or the figure is followed by what was
  // recognised, "… năm 2023 có 01 xã được công nhận là xã Tân Hòa" — review-42c R2, R6, R8, R14, R17)
  const own = before.slice(clause + 1);
  const lead = p < r ? OPENS_ON_TARGET.exec(own) : null;
  const reachedBetween = !!lead && /^\s*(?:\d|của(?![\p{L}]))|,|(?<![\p{L}])(?:đã|đến nay|hiện nay|kết quả|thực hiện)(?![\p{L}])/iu.test(own.slice(lead[0].length));
  if (lead && !reachedBetween && !RECOGNISED_AFTER.test(sentence.slice(q.end, q.end + 60)) && TARGET_SET_OUT.test(own)) return 'plan';
  return p >= r ? 'plan' : 'result';
}

/** Whether q is the share, in brackets, of the fraction before it: "04/8 thôn được công nhận (đạt 50% số thôn)". */
export function shareAfter(s: string, prev: Quantity | undefined, q: Quantity): boolean {
  return !!prev && prev.kind === 'fraction' && q.kind === 'percent' && /^[^();]*\(\s*(?:đạt|chiếm|bằng)?\s*$/u.test(s.slice(prev.end, q.start));
}

/**
 * The first claim of a set in a sentence that no figure follows: "đạt chỉ tiêu 19.1" names a criterion's indicator, "vượt chỉ tiêu 03
 * xã" a margin — the claim on the plan may come after ("… 190/193 xã đạt (98,4%), hoàn thành chỉ tiêu đề ra" — nwy03).
 */
function claimIn(set: Matcher, s: string): PhraseHit | null {
  for (let from = 0; from < s.length; ) {
    const h = set.find(s.slice(from));
    if (!h) return null;
    const hit = { phrase: h.phrase, start: h.start + from, end: h.end + from };
    if (!/^\s*(?:số\s*)?\d/u.test(s.slice(hit.end))) return hit;
    from = hit.end;
  }
  return null;
}


/** A fraction's share: said in brackets right after it, "190/193 xã đạt (98,4%)", or else made from it. */
function shareOf(s: string, fraction: Quantity, next: Quantity | undefined): Quantity | undefined {
  if (next && shareAfter(s, fraction, next)) return next;
  if (!fraction.num || !fraction.den || !fraction.den.value) return undefined;
  // (the exact share, its words rounded to one decimal: 1.799/2.000 is short of 90% — review-50b A11)
  const value = (fraction.num.value / fraction.den.value) * 100;
  return { kind: 'percent', value, decimals: 1, unit: '%', raw: `${(Math.round(value * 10) / 10).toFixed(1).replace('.', ',')}%`, start: fraction.start, end: fraction.end };
}

/** Whether a figure of the sentence is a level reached: its few words before end in "còn", "xuống", "dưới". */
const levelReached = (s: string, q: Quantity) => LEVEL_BEFORE.test(s.slice(Math.max(0, q.start - 12), q.start));

/** The plan claims of a paragraph that the figures before them contradict. */
export function contradictedPlanClaims(text: string): PlanClaim[] {
  if (!PLAN_CLAIM_MET.test(text) && !PLAN_CLAIM_NOT_MET.test(text) && !BOUND_CLAIM_MET.test(text) && !BOUND_CLAIM_NOT_MET.test(text)) return [];
  const out: PlanClaim[] = [];
  let offset = 0;
  // the plan's figures a sentence sets out on their own, for the sentence after it ("… đề ra chỉ tiêu: đến năm 2023 có 60% hộ …, trong đó
  // 50% số hộ …. Kết quả năm 2023 có 412/785 hộ đăng ký (52,5%), vượt chỉ tiêu đề ra; … 236/412 hộ (57,3%), vượt chỉ tiêu.")
  let setOut: SetOut | undefined;
  for (const s0 of sentences(text)) {
    const at = text.indexOf(s0, offset);
    offset = at + s0.length;
    // (a document's number and date are words, no figures: "đạt mục tiêu đề ra tại Kế hoạch số 145/KH-UBND ngày 15/3/2022 của UBND tỉnh (90%)")
    const s = documentsBlanked(s0);
    const met = claimIn(PLAN_CLAIM_MET, s);
    const notMet = claimIn(PLAN_CLAIM_NOT_MET, s);
    const hit = met && notMet ? undefined : met ?? notMet;
    const before = setOut;
    setOut = !met && !notMet ? plansSetOut(s) : undefined;
    if (before && hit) {
      const pairs = resultsInOrder(s, before.plans.length, before.plans[0].kind === 'number' ? before.plans[0].unit : undefined);
      // (each result of what its plan counts, by their words — no other plan's nearer: "… 236/412 hộ đạt danh hiệu các cấp (57,3%), vượt
      // chỉ tiêu; 412/663 hộ … đăng ký thi đua (62,1%)" gives the results in the other order than the plans)
      // (… and each claim of the plans set out, not of the year's: "đạt chỉ tiêu kế hoạch năm")
      if (pairs && pairs.every((r, k) => r.result.kind === before.plans[k].kind && (!/mục tiêu/iu.test(r.hit.phrase) || before.own) && !yearsPlan(s.slice(r.hit.end, r.hit.end + 24), before.text)) && pairedByWords(pairs.map((r) => r.words), before.words) && (!before.share || shareOfPlanSetOut(s, pairs[0], before))) {
        for (const [k, r] of pairs.entries()) {
          const plan = before.plans[k];
          const claimMet = !!PLAN_CLAIM_MET.find(r.hit.phrase);
          // (of something that should fall the plan is a ceiling: "tỷ lệ hộ nghèo còn 1,2%, vượt chỉ tiêu đề ra" against 1,5%)
          const ceiling = LOWER_BETTER.test(r.words) || LOWER_BETTER.test(before.words[k]);
          const reached = ceiling ? r.result.value <= plan.value : r.result.value >= plan.value;
          if (reached !== claimMet) out.push({ claim: claimMet ? 'met' : 'not-met', claimText: r.hit.phrase, plan, result: r.result, offset: at, claimAt: r.hit.start, planBefore: true, ...(ceiling ? { ceiling: true } : {}) });
        }
        continue;
      }
    }
    if (!met && !notMet) {
      const bound = boundClaim(s);
      if (bound) out.push({ ...bound, offset: at });
      continue;
    }
    // ("đạt chỉ tiêu 17.1", "đạt chỉ tiêu số 4": a numbered indicator of the criteria, not a quota)
    // (of something that should fall the plan is a ceiling: read only where both figures are levels reached, "Nghị quyết … đề ra đến năm
    // 2025 giảm còn dưới 2%; … tỷ lệ hộ nghèo của xã còn 2,35%, đạt chỉ tiêu Nghị quyết")
    // (… read in the claim's own clause: "tỷ lệ hộ nghèo còn 3,12%; tỷ lệ hộ dân … nước sạch đạt 86,4%, hoàn thành chỉ tiêu … (90%)" speaks of
    // clean water, which should rise, whatever the clause before it)
    // (… unless that clause names no rate of its own: "Số hộ nghèo … kế hoạch là 120 hộ; thực hiện còn 95 hộ, vượt kế hoạch")
    const claimClause = hit ? s.slice(blankBrackets(s.slice(0, hit.start)).lastIndexOf(';') + 1, hit.end + 80) : '';
    let lower = !!hit && (LOWER_BETTER.test(claimClause) || (LOWER_BETTER.test(s) && !/(?<![\p{L}])t[ỷỉ] lệ(?![\p{L}])/iu.test(claimClause)));
    if (!hit || /^\s*(?:số\s*)?\d/u.test(s.slice(hit.end))) continue;
    // (a fraction counts its part, "04/8 thôn" is 4 thôn; its share in brackets after it, "(đạt 50% số thôn)", is no figure of its own)
    // (a count of a noun the quantities know no unit for takes the noun: "phê duyệt 12 dự án …; kết quả đã phê duyệt 09 dự án";
    // a year takes none)
    const raw = extractQuantities(s.slice(0, hit.start));
    const qs: Array<Quantity & { share?: Quantity }> = raw
      // (… and so does a fraction's: "11/30 bản đạt chuẩn" counts bản, against "12 bản đạt chuẩn")
      .map((q, i) => ({ ...(q.decimals === 0 && q.value >= 1900 && q.value <= 2100 ? q : q.kind === 'fraction' && !q.unit ? { ...q, unit: withNoun({ ...q, kind: 'number' }, s).unit } : withNoun(q, s)), at: i }))
      .filter((q, i, all) => ((q.kind === 'number' || q.kind === 'percent') && q.unit && !shareAfter(s, all[i - 1], q)) || (q.kind === 'fraction' && q.num && q.unit))
      // (… its share kept beside it, said in brackets or made from it: a plan given as a share is met or not by that — "đề ra chỉ tiêu … có
      // 100% số xã đạt …; kết quả … có 190/193 xã đạt (98,4%), hoàn thành chỉ tiêu đề ra" — nwy03)
      .map((q) => (q.kind === 'fraction' ? { ...q, kind: 'number' as const, value: q.num!.value, share: shareOf(s, raw[q.at], raw[q.at + 1]) } : q));
    // (… and, in the claim's own sentence, a figure after the thing a plan set out is of: "đề ra chỉ tiêu thu nhập bình quân đầu người đạt 65
    // triệu đồng/năm vào năm 2025; năm 2025 … đạt 61,8 triệu đồng, vượt chỉ tiêu Nghị quyết đề ra" — walk55; lexicon: subject-set-out; not
    // read for plans of other sentences, whose owner the claim may not share — review-55b S13, review-55c B1–B13)
    const aimed = new Set(qs.filter((q) => SUBJECT_SET_OUT.test(s.slice(s.lastIndexOf(';', q.start) + 1, q.start))));
    const roles = qs.map((q) => (aimed.has(q) ? 'plan' : roleOf(s, q)));
    let plans = qs.filter((_, i) => roles[i] === 'plan');
    let results = qs.filter((_, i) => roles[i] === 'result');
    // … or the plan's figure right after the claim, the result the count before it: "14/20 thôn … đạt chuẩn NTM (70,0%), vượt kế
    // hoạch huyện giao là 15 thôn"
    const after = planAfter(s, hit.end);
    // (several plans in the bracket after the claim are the several results' before it, in their order: "12 xã … nâng cao và 05 xã
    // … kiểu mẫu, vượt chỉ tiêu Nghị quyết Đại hội … đề ra (10 xã nâng cao, 04 xã kiểu mẫu)")
    const listed = after ? plansInBracket(s, after) : [];
    if (listed.length >= 2) {
      const befores = countsBefore(s, hit.start, after!.unit).slice(-listed.length);
      if (befores.length !== listed.length || roleOf(s, befores[0]) === 'plan') continue;
      // (each pair of the same kind, by the words after the plan's figure: "10 xã nâng cao" with "12 xã đạt chuẩn … nâng cao", not
      // with "05 xã … kiểu mẫu" written first)
      const kindOf = (q: Quantity) => normalize(s.slice(q.end, q.end + 30).split(/[,;)]/u)[0]).split(' ').filter(Boolean).slice(0, 2).join(' ');
      if (!befores.every((b, k) => { const kind = kindOf(listed[k]); return !!kind && normalize(s.slice(b.end, b.end + 60).split(/[,;]|\svà\s/u)[0]).includes(kind); })) continue;
      const i = befores.findIndex((b, k) => (b.value >= listed[k].value) !== (hit === met));
      if (i >= 0) out.push({ claim: hit === met ? 'met' : 'not-met', claimText: s.slice(hit.start, hit.end), plan: listed[i], result: befores[i], offset: at, claimAt: hit.start });
      continue;
    }
    if (after) {
      // (a plan counted by a noun is the result's of the same words — "(20 mã số vùng trồng)" not of "06 mã số cơ sở đóng gói" said last —
      // and of no part after "trong đó", whose whole the claim may be of: "29 mã số …, trong đó năm 2023 cấp mới 05 mã số, vượt kế hoạch …
      // (25 mã số)" — review-55b P1, P4, P7)
      const before = after.unit.startsWith(NOUN_MARK) ? nounResult(s, hit.start, after) : countBefore(s, hit.start, after.unit);
      if (before && roleOf(s, before) !== 'plan') [plans, results] = [[after], [before]];
    }
    // (… of something that should fall, two levels reached: the first in a clause that names the plan, the second in the claim's own
    // clause — "… đề ra đến năm 2025 giảm còn dưới 2%; … của xã còn 2,35%, đạt chỉ tiêu Nghị quyết")
    if (lower && (!plans.length || !results.length)) {
      const levels = qs.filter((q) => q.kind === 'percent' && levelReached(s, q));
      const own = s.lastIndexOf(';', hit.start);
      const lead = levels.length === 2 ? s.slice(s.lastIndexOf(';', levels[0].start) + 1, levels[0].start) : '';
      // (… each of the same subject: "tỷ lệ hộ cận nghèo còn 3,2%" is no level of the poor households the plan speaks of)
      const near = (q: Quantity) => /cận nghèo/iu.test(s.slice(s.lastIndexOf(';', q.start) + 1, q.start));
      if (levels.length === 2 && levels[0].end <= own && levels[1].start > own && (PLAN_FIGURE_LEAD.find(lead) || /(?<![\p{L}])đề ra(?![\p{L}])/u.test(lead)) && near(levels[0]) === near(levels[1])) [plans, results] = [[levels[0]], [levels[1]]];
    }
    // (… or money paid out of what was allocated, said as a fraction right before the claim: "giải ngân được 142.380/165.200 triệu đồng,
    // hoàn thành kế hoạch vốn được giao" — the whole is the plan; a count's whole is all of its places, no plan)
    if (!plans.length && !after) {
      const paid = qs.filter((q) => q.den && /đồng/u.test(q.unit) && q.end <= hit.start).pop();
      if (paid && /^[\s,]*(?:\(\s*(?:đạt\s+)?[\d.,]+\s*%\s*\)[\s,]*)?$/u.test(s.slice(paid.end, hit.start)) && DISBURSED.test(s.slice(Math.max(0, paid.start - 40), paid.start)))
        [plans, results] = [[{ ...paid, value: paid.den!.value, decimals: paid.den!.decimals, raw: `${s.slice(paid.start, paid.end).split('/').pop()!.trim()}` }], [paid]];
    }
    // (several plans and results over the sentence's ";": the claim's own clause holds its pair — "về đường giao thông, kế hoạch … 6,5 km,
    // đã thực hiện 7,28 km …; về thủy lợi, kế hoạch … 12,5 km …, đã thực hiện 9,80 km, vượt kế hoạch đề ra")
    const own = s.lastIndexOf(';', hit.start) + 1;
    if (own > 0 && (plans.length > 1 || results.length > 1)) {
      const [p1, r1] = [plans.filter((q) => q.start >= own), results.filter((q) => q.start >= own)];
      if (p1.length === 1 && r1.length === 1) [plans, results] = [p1, r1];
    }
    // (a plan given as a share of the things the result counts, "100% số xã", against that result's share)
    if (plans.length === 1 && plans[0].kind === 'percent' && results.length === 1) {
      const share = (results[0] as Quantity & { share?: Quantity }).share;
      const noun = results[0].unit.replace(NOUN_MARK, '');
      if (share && new RegExp(`^\\s*(?:số\\s+)?(?:các\\s+)?${noun}(?![\\p{L}])`, 'iu').test(s.slice(plans[0].end, plans[0].end + 30))) results = [{ ...share, unit: plans[0].unit }];
    }
    // (a plan of another unit is another plan's: "Kế hoạch … của 03 xã đề ra 05 thôn …; … có 04 thôn …, vượt kế hoạch đề ra")
    if (results.length === 1 && plans.length > 1) plans = plans.filter((p) => p.unit === results[0].unit);
    // (… and a figure of another unit among the results is no result of the plan: "42 sản phẩm … từ 3 sao trở lên" against "60 sản phẩm")
    if (plans.length === 1 && results.length > 1) results = results.filter((r) => r.unit === plans[0].unit);
    if (plans.length !== 1 || results.length !== 1 || plans[0].unit !== results[0].unit) continue;
    let [plan, result] = [plans[0], results[0]];
    // (a plan the writer already judged the result against, "cao hơn mục tiêu Nghị quyết số 16-NQ/TU (49%)", is no plan of a claim set
    // against it after "nhưng": "…, nhưng chưa đạt chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện … (55%)" is of the plan after it, or of one
    // the sentence does not give — session 61, nzo01)
    // (… unless the claim points back to it, "nhưng chưa đạt chỉ tiêu nêu trên" — review-61b A10; the plan after it may stand in a bracket
    // further on, "chưa hoàn thành kế hoạch vốn sau điều chỉnh, bổ sung (45.000 triệu đồng)" — A8)
    if (plan.end < hit.start && result.end <= plan.start && /(?<![\p{L}])(?:nhưng|song|tuy nhiên)(?![\p{L}])/iu.test(s.slice(plan.end, hit.start)) && JUDGED_AGAINST_BEFORE.test(s.slice(result.end, plan.start)) && !POINTS_BACK.test(s.slice(hit.end, hit.end + 40))) {
      const later = after ?? bracketPlanAfter(s, hit.end, result.unit);
      if (!later || later.unit !== result.unit) continue;
      plan = later;
    }
    // (… such a plan is held only against a level of its time: not what was added, "năm 2023 có thêm 03 xã", not an estimate said after
    // it, "…, ước đến hết năm hoàn thành", and not a claim on a year its clause does not name, "đạt chỉ tiêu kế hoạch năm 2023" after "đến
    // năm 2025" — review-55c A14)
    if (aimed.has(plan)) {
      const planClause = s.slice(s.lastIndexOf(';', plan.start) + 1, plan.end + 40);
      const claimYears: string[] = s.slice(hit.end, hit.end + 40).split(/[;.,]/u)[0].match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? [];
      if (/(?<![\p{L}])thêm\s*$/iu.test(s.slice(Math.max(0, result.start - 12), result.start)) || /(?<![\p{L}])(?:ước|dự kiến|dự báo)(?![\p{L}])/iu.test(s.slice(result.end, hit.start)) || claimYears.some((y) => !planClause.includes(y))) continue;
    }
    // (… but a result that counts what was done, a verb of doing right before it, rises whatever the sentence is about: "Hỗ trợ nhà ở, đất
    // ở … cho hộ nghèo …: … giao hỗ trợ nhà ở cho 1.120 hộ; kết quả đã hỗ trợ 1.046/1.120 hộ (đạt 93,39%), hoàn thành vượt kế hoạch đề
    // ra" — nxg04; not "thực hiện còn 95 hộ", a level reached)
    // (… only where the plan too is an amount of doing, "giao hỗ trợ nhà ở cho 1.120 hộ", no level set as a ceiling, and the verb is no
    // "thực hiện", which says "actual" of any figure: "kế hoạch giao là 3,5%; thực hiện 3,12%, hoàn thành kế hoạch" is a level of the
    // poor — review-51c A1, A3, A7, A9, A11, A12, A15, A16, A18)
    if (lower && !LOWER_BETTER.test(claimClause) && result.kind !== 'percent' && plan.kind !== 'percent') {
      const doneBy = (q: Quantity, words: number) => {
        const lead = s.slice(s.lastIndexOf(';', q.start) + 1, q.start);
        const act = ACTION_LEAD.findLast(lead);
        const gap = act ? lead.slice(act.end) : '';
        return !!act && !/^thực hiện$/iu.test(act.phrase) && gap.trim().split(/\s+/u).filter(Boolean).length <= words && !/[,;:]|(?<![\p{L}])(?:còn|xuống|dưới|không quá|tối đa)(?![\p{L}])/iu.test(gap);
      };
      if (doneBy(result, 1) && doneBy(plan, 4)) lower = false;
    }
    // (a claim on one year's plan is none on a plan of other years: "Mục tiêu đến năm 2025 có 12 xã …, đến nay đã có 10 xã …, hoàn thành
    // kế hoạch năm 2023 đề ra" — review-42 R8)
    const yearClaimed = /^\s*(?:năm\s+)?((?:19|20)\d\d)(?!\d)/u.exec(s.slice(hit.end, hit.end + 16))?.[1];
    const planClause = s.slice(s.lastIndexOf(';', plan.start) + 1, plan.end);
    const planYears: string[] = planClause.match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? [];
    if (yearClaimed && plan.end < hit.start && planYears.length && !planYears.includes(yearClaimed)) continue;
    // (… and a claim on the year's plan, "hoàn thành kế hoạch năm", "vượt kế hoạch năm nay", none on a target at a horizon, "Mục tiêu đến năm
    // 2025 có 12 xã", "giai đoạn 2021-2025" — review-42c R3, R4, R17)
    if (!yearClaimed && plan.end < hit.start && /kế hoạch\s+năm(?!\s*(?:19|20)\d\d)/iu.test(s.slice(hit.start, hit.end + 12)) && /(?<![\p{L}])(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d\d|giai đoạn/iu.test(planClause)) continue;
    // a claim on a "mục tiêu" is the unit's own plan's only when that plan is named between the claim and its figure ("vượt mục
    // tiêu Nghị quyết Đại hội Đảng bộ tỉnh … (60% số xã)"); the pack's own targets are the indicators' rules'
    // (… or named before the plan's figure that the sentence sets out first: "Nghị quyết Đại hội Đảng bộ huyện … đề ra mục tiêu đến năm
    // 2020 có 12/16 xã …; đến 30/6/2019 huyện đã có 10/16 xã …, hoàn thành vượt mục tiêu Nghị quyết đề ra")
    // (… or any plan named by its kind between the claim and its figure alone in a bracket: "đạt 89,6%, đạt mục tiêu đề ra tại Nghị quyết
    // số 16-NQ/TU ngày 12/10/2021 của Tỉnh ủy (90%)", "(mục tiêu 90%)", "(≥ 90%)" — a paragraph the indicators' rules judged already is not read again, below)
    // (a claim of falling short only by the plan's own words: its bracket may hold the gap, "thấp hơn mục tiêu Nghị quyết đề ra (3,2%)")
    const namedInBracket = hit === met && plan.start > hit.end && PLAN_KIND_NAMED.test(s.slice(hit.end, plan.start)) && /\(\s*(?:(?:mục tiêu|chỉ tiêu)(?:\s+là)?\s*:?\s*)?(?:≥|>=|tối thiểu|ít nhất|từ)?\s*$/iu.test(s.slice(hit.end, plan.start));
    // (… the claim said of the result right before it, nothing between but a comma: not "(38/56 thôn, đạt 67,9%), cao hơn bình quân chung
    // của tỉnh (78,4%) và vượt mục tiêu Nghị quyết đề ra đến năm 2025 (85%)", whose result is further back)
    // (… a level reached, "còn 38,5%", is of something that should fall, whose plan is a ceiling: not read so)
    // (… or the target the sentence opens on, set out before its result, the claim on it naming no other: "Mục tiêu đến hết năm 2023 của 03
    // xã cũ là 12 bản …; kết quả có 11/30 bản …, hoàn thành vượt mục tiêu đề ra" — lexicon: target-set-out)
    const setOutFirst = plan.end < result.start && TARGET_SET_OUT.test(s.slice(s.lastIndexOf(';', plan.start) + 1, plan.start)) && /^\s*(?:(?:đã\s+)?(?:đề ra|đặt ra)\s*)?(?:[.,;)]|$)/u.test(s.slice(hit.end));
    if (/mục tiêu/iu.test(hit.phrase) && !setOutFirst && !(namedInBracket && /^\s*,?\s*$/u.test(s.slice(result.end, hit.start)) && !levelReached(s, result)) && !(plan.start > hit.end && OWN_PLAN.test(s.slice(hit.end, plan.start))) && !(plan.end < result.start && OWN_PLAN.test(s.slice(0, plan.start)))) continue;
    // the claim must be the result's: right after its clause, with no other subject ("…, các chỉ tiêu còn lại đều vượt kế
    // hoạch"), no forecast ("…, dự kiến đến cuối năm hoàn thành kế hoạch") and no second clause between
    // (the plan's own bracket between them is the plan, no forecast: "36 sản phẩm OCOP (kế hoạch năm 2023 là 40 sản phẩm), vượt kế hoạch")
    let between = s.slice(result.end, hit.start);
    if (plan.start > result.end && plan.end < hit.start) {
      const open = s.lastIndexOf('(', plan.start);
      const close = s.indexOf(')', plan.end);
      // (… only right before the claim, "…), vượt kế hoạch" — "…), ước cả năm hoàn thành kế hoạch" claims the year's estimate — and of the
      // claim's year, if it names one: "(kế hoạch năm 2024 là 50 sản phẩm), vượt kế hoạch năm 2023" is of another year)
      const planYear = /(?:19|20)\d\d/u.exec(s.slice(open, close))?.[0];
      const claimYear = /^\s*(?:năm\s+)?((?:19|20)\d\d)/u.exec(s.slice(hit.end, hit.end + 16))?.[1];
      // (a plan in the bracket of other years than the one the claim names is none of its plan: "28 sản phẩm … (mục tiêu đến năm 2025 là 60
      // sản phẩm), hoàn thành kế hoạch năm 2023" — not a span that holds that year, "(kế hoạch giai đoạn 2021-2025 là 10 xã), hoàn thành kế
      // hoạch năm 2025" — review-39b C17, review-39d R27, R28)
      const bracketYears: string[] = s.slice(open, close).match(/(?<!\d)(?:19|20)\d\d(?!\d)/gu) ?? [];
      if (open > result.end && close >= 0 && close < hit.start && claimYear && bracketYears.length && !bracketYears.includes(claimYear)) continue;
      if (open > result.end && close >= 0 && close < hit.start && !s.slice(open, plan.start).includes(')') && /^[\s,;]*$/u.test(s.slice(close + 1, hit.start)) && !(planYear && claimYear && planYear !== claimYear)) between = s.slice(result.end, open) + s.slice(close + 1, hit.start);
    }
    // (the whole's own parts after it are the whole's, no other subject: "354 sản phẩm …, gồm 284 sản phẩm 3 sao và 70 sản phẩm 4 sao, vượt
    // kế hoạch …")
    const parts = BREAKDOWN.find(between);
    if (parts) {
      const qs = extractQuantities(between.slice(parts.end)).filter((q) => q.unit === result.unit && q.kind === 'number');
      if (qs.length >= 2 && Math.abs(qs.reduce((a, q) => a + q.value, 0) - result.value) < 1e-9) between = between.slice(0, parts.start) + between.slice(parts.end + qs[qs.length - 1].end);
    }
    // (… nor another subject set apart, "riêng chỉ tiêu xã nâng cao đã vượt …", nor a claim on the way to it, "đạt mục tiêu theo lộ trình")
    // (an aside in brackets between them is the result's own: "14 thôn … (năm 2021: 03 thôn; năm 2022: 05 thôn), vượt kế hoạch …")
    const bare = blankBrackets(between);
    if (bare.includes(';') || bare.trim().split(/\s+/).length > 15 || PLAN_WORDS.test(between) || PLAN_CLAIM_OTHER.test(between) || /(?<![\p{L}])riêng(?![\p{L}])/iu.test(between) || /^[^,;.]{0,30}(?:lộ trình|tiến độ)/iu.test(s.slice(hit.end))) continue;
    if (lower && (plan.kind !== 'percent' || result.kind !== 'percent' || !levelReached(s, plan) || !levelReached(s, result))) continue;
    // (a result said to be under the ceiling too meets it: "giảm xuống dưới 3%" against "còn dưới 3%")
    const reached = !lower ? result.value >= plan.value : plan.qualifier === 'below' && result.qualifier !== 'below' ? result.value < plan.value : result.value <= plan.value;
    if (reached === (hit === met)) continue;
    out.push({ claim: hit === met ? 'met' : 'not-met', claimText: s.slice(hit.start, hit.end), plan, result, offset: at, claimAt: hit.start, ...(lower ? { ceiling: true } : {}) });
  }
  return out;
}

/**
 * A few words (a year among them: "đạt kế hoạch đề ra của năm 2023 (04 xã)"; a congress's ordinal one word: "Nghị quyết Đại hội
 * Đảng bộ huyện lần thứ XI đề ra đến năm 2020 (10 xã)"), then "là", a colon or a bracket, right before a figure; a bracket may first say the year the plan is due
 * ("… đề ra (đến năm 2020 có 80% số xã …)") or the bound it sets ("… đạt yêu cầu tiêu chí xã nông thôn mới nâng cao (≥ 95%)").
 */
const PLAN_LEAD = /^\s*((?:(?:(?:lần\s+thứ|khóa|khoá)\s+[IVXLC]+|[\p{L}]+|(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)\s+){0,14}?)(là\s+|:\s*|\(\s*(?:(?:mục tiêu|chỉ tiêu|kế hoạch)\s+(?:là\s+)?)?(?:(?:đến|vào)\s+(?:cuối\s+|hết\s+)?năm\s+\d{4}\s*,?\s*(?:có|đạt|là)?\s*)?(≥\s*|>=\s*|>\s*)?)(?=\d)/u;

/** The plan's figure stated right after a claim, within a few words and before any comma: "vượt kế hoạch huyện giao là 15 thôn", "đạt kế hoạch (15 thôn)". */

/** The figure of a unit alone in the first bracket after a claim, in its clause: "… kế hoạch vốn sau điều chỉnh, bổ sung (45.000 triệu đồng)". */
function bracketPlanAfter(s: string, from: number, unit: string): Quantity | undefined {
  const rest = s.slice(from);
  const open = rest.search(/\(/u);
  if (open < 0 || /[;.]/u.test(rest.slice(0, open)) || open > 80) return undefined;
  const close = rest.indexOf(')', open);
  if (close < 0) return undefined;
  const qs = extractQuantities(rest.slice(open + 1, close));
  const q = qs.length === 1 ? qs[0] : undefined;
  if (!q || q.unit !== unit || !/^\s*$/u.test(rest.slice(open + 1, open + 1 + q.start))) return undefined;
  return { ...q, start: q.start + from + open + 1, end: q.end + from + open + 1 };
}

function planAfter(s: string, from: number): Quantity | undefined {
  const rest = s.slice(from);
  // (the plan's figure is said with "là", a colon or a bracket; a bare figure is the margin: "vượt chỉ tiêu 03 xã", "chưa đạt kế hoạch 02 xã")
  // (… and a bracket or colon right after the claim gives the margin or the shortfall: "chưa đạt kế hoạch (01 xã)", "chưa đạt kế
  // hoạch: 02 thôn chưa hoàn thành …" — the plan then is named first: "vượt kế hoạch huyện giao (15 thôn)")
  const lead = PLAN_LEAD.exec(rest);
  // (a bound in brackets is the plan's even right after the claim: "đạt yêu cầu (≥ 95%)")
  if (!lead || (!lead[1].trim() && !lead[2].startsWith('là') && !lead[3])) return undefined;
  // (a count of a noun the quantities know no unit for takes the noun, as the result's does, where a bracket holds it alone: "vượt kế
  // hoạch … của huyện (25 mã số)" against "Đã cấp 21 mã số vùng trồng" — nyd03; not "là 04 mã số" after "thấp hơn kế hoạch", the gap, nor
  // "(03 tuyến đường đang thi công …)", the shortfall — review-55b P3, P12)
  const found = extractQuantities(rest).find((x) => x.start === lead[0].length);
  const q = found && lead[2].startsWith('(') && NOUN_ALONE.test(rest.slice(found.start)) ? withNoun(found, rest) : found;
  return q && (q.kind === 'number' || q.kind === 'percent') && q.unit ? { ...q, start: q.start + from, end: q.end + from } : undefined;
}

/** A count and its noun alone up to the bracket's close, a few words: "25 mã số)", "20 mã số vùng trồng)". */
const NOUN_ALONE = /^\d[\d.]*\s+\p{L}+(?:\s+\p{L}+){0,3}\s*\)/u;

/** The figures of the plan's unit in the bracket its first figure opens: "(10 xã nâng cao, 04 xã kiểu mẫu)". */
function plansInBracket(s: string, first: Quantity): Quantity[] {
  const open = s.lastIndexOf('(', first.start);
  if (open < 0 || s.slice(open + 1, first.start).trim()) return [];
  const close = s.indexOf(')', first.start);
  if (close < 0) return [];
  return extractQuantities(s.slice(open + 1, close))
    .filter((q) => q.kind === 'number' && q.unit === first.unit)
    .map((q) => ({ ...q, start: q.start + open + 1, end: q.end + open + 1 }));
}

/** The last count of a unit before a claim, in its clause (a fraction counts its part: "14/20 thôn" is 14 thôn). */
function countBefore(s: string, to: number, unit: string): Quantity | undefined {
  const qs = countsBefore(s, to, unit);
  // (the parts of a whole said before them, that make it up in full, leave the claim the whole's: "354 sản phẩm OCOP được công nhận,
  // gồm 284 sản phẩm 3 sao và 70 sản phẩm 4 sao, vượt kế hoạch giai đoạn 2021-2025 (350 sản phẩm)" — lexicon: breakdown)
  // (… or in a bracket of their own right after the whole's words: "354 sản phẩm OCOP được công nhận (284 sản phẩm 3 sao và 70 sản phẩm 4
  // sao), vượt kế hoạch …" — the bracket closed before the claim)
  for (let k = qs.length - 2; k >= 0; k--) {
    const between = s.slice(qs[k].end, qs[k + 1].start);
    // (… each part perhaps after its label and a colon: "(3 sao: 284 sản phẩm; 4 sao: 70 sản phẩm)")
    const bracketed = /^[^\d(),;]*\(\s*(?:[^():;]{1,20}:\s*)?$/u.test(between) && /^[^()]*\)/u.test(s.slice(qs[qs.length - 1].end, to));
    if (!BREAKDOWN.find(between) && !bracketed) continue;
    const sum = qs.slice(k + 1).reduce((a, q) => a + q.value, 0);
    if (qs.length - k - 1 >= 2 && Math.abs(sum - qs[k].value) < 1e-9) return qs[k];
    break;
  }
  return qs.pop();
}

/** The last count before a claim of a plan's noun and its words ("mã số vùng trồng"), none where a "trong đó" stands before it. */
function nounResult(s: string, to: number, plan: Quantity): Quantity | undefined {
  const words = (at: number) => normalize(s.slice(at, at + 60).replace(/^[\d.,/]+\s*/u, '')).split(' ');
  const own = words(plan.start).slice(0, normalize(s.slice(plan.start, s.indexOf(')', plan.start))).replace(/^[\d.,/]+\s*/u, '').split(' ').length);
  const found = countsBefore(s, to, plan.unit).filter((q) => own.every((w, k) => words(q.start)[k] === w)).pop();
  return found && !BREAKDOWN.test(s.slice(0, found.start)) ? found : undefined;
}

/** The counts of a unit before a claim, in its clause, in their order. */
function countsBefore(s: string, to: number, unit: string): Quantity[] {
  // (a ";" inside brackets ends no clause: "14 thôn … (năm 2021: 03 thôn; năm 2022: 05 thôn; năm 2023 ước: 06 thôn), vượt kế hoạch …")
  const clause = blankBrackets(s.slice(0, to)).lastIndexOf(';') + 1;
  // (not a figure in brackets after a year compared with, an earlier time's: "58,6 triệu đồng, tăng 9,3% so với năm 2022 (53,6
  // triệu đồng), vượt chỉ tiêu …" — a count's own share in brackets, "103/182 xã … (56,6%)", or the year's own count, "đến cuối
  // năm 2023 (03 xã)", stays)
  const asides = [...s.slice(clause, to).matchAll(/\([^()]*\)/gu)]
    .filter((m) => {
      const lead = s.slice(Math.max(0, m.index! + clause - 40), m.index! + clause);
      // (… or a bracket that opens on a year and gives that year's figure: "chiếm 54,2% (năm 2020 là 47,6%), vượt kế hoạch …")
      return (/(?:19|20)\d\d\s*$/u.test(lead) && COMPARED_WITH.test(lead)) || /^\(\s*(?:(?:cuối|đầu|giữa)\s+)?năm\s+(?:19|20)\d\d\s*(?:là|:|đạt|có)/u.test(m[0]);
    })
    .map((m) => [m.index! + clause, m.index! + clause + m[0].length]);
  // (a rate's plan is held against the rate: "103/182 xã … (56,6%), vượt mục tiêu … (60% số xã)")
  // (… nor a rise said against an earlier time: "187/193 xã …, tăng 09 xã so với cùng kỳ năm 2022 và vượt kế hoạch … (185 xã)")
  const part = s.slice(clause, to);
  const rise = (q: Quantity) => !!DIFFERENCE_WORDS.find(part.slice(Math.max(0, q.start - 16), q.start)) && COMPARED_WITH.test(part.slice(q.end, q.end + 40));
  // (a count of a noun the quantities know no unit for by the noun, as its plan's is: "21 mã số vùng trồng" against "(25 mã số)")
  // (… a fraction's too: "nâng tổng số lên 9/14 xóm (64,3%), vượt kế hoạch … (08 xóm)")
  const nouned = (q: Quantity): Quantity => (q.kind === 'fraction' && !q.unit ? { ...q, unit: withNoun({ ...q, kind: 'number' }, part).unit } : withNoun(q, part));
  const qs = extractQuantities(part).map((q) => (unit.startsWith(NOUN_MARK) ? nouned(q) : q)).filter((q) => q.unit === unit && (q.kind === 'number' || q.kind === 'percent' || (q.kind === 'fraction' && q.num)) && !asides.some(([a, b]) => q.start + clause > a && q.start + clause < b) && !rise(q));
  return qs.map((q) => ({ ...q, kind: 'number' as const, value: q.kind === 'fraction' ? q.num!.value : q.value, start: q.start + clause, end: q.end + clause }));
}

/**
 * A claim of meeting a requirement read against the bound given right after it: "tỷ lệ … đạt 92,8% (8.146/8.778 người), đạt yêu
 * cầu tiêu chí xã nông thôn mới nâng cao (≥ 95%)" says met while 92,8 < 95. Without a bound ("chất lượng công trình đạt yêu cầu")
 * nothing is read.
 */
function boundClaim(s: string): Omit<PlanClaim, 'offset'> | undefined {
  const notMet = BOUND_CLAIM_NOT_MET.find(s);
  const hit = notMet ?? BOUND_CLAIM_MET.find(s);
  if (!hit || LOWER_BETTER.test(s)) return undefined;
  const bound = planAfter(s, hit.end);
  if (!bound || !/[≥>]/u.test(s.slice(hit.end, bound.start))) return undefined;
  const result = countBefore(s, hit.start, bound.unit);
  if (!result || s.slice(result.end, hit.start).includes(';')) return undefined;
  if (result.value >= bound.value === !notMet) return undefined;
  return { claim: notMet ? 'not-met' : 'met', claimText: s.slice(hit.start, hit.end), plan: bound, result, claimAt: hit.start };
}

/** A result's share of its plan that the two figures before it do not give: "kế hoạch vốn … giao 38.650 triệu đồng …; … đã giải ngân 35.120 triệu đồng, đạt 93,5% kế hoạch" (90,9%). */
export interface PlanShareMismatch {
  plan: Quantity;
  result: Quantity;
  share: Quantity;
  actual: number;
  /** Where the sentence starts in the paragraph. */
  offset: number;
}

const money = (unit: string) => MONEY_IN_MILLIONS[unit] ?? 0;
/** Right before a sum: what was given to be paid out ("giao", "được phân bổ", "bố trí"). */
const ALLOCATED = /(?<![\p{L}])(?:giao|được giao|phân bổ|được phân bổ|bố trí|được bố trí)\s*$/iu;

/**
 * Shares of the plan said right after a result ("35.120 triệu đồng, đạt 93,5% kế hoạch"), against the one plan figure of the same unit
 * stated before it in the sentence (led by a plan's word, outside brackets). Two plan figures of that unit, or none: no reading.
 */
export function planShareMismatches(text: string): PlanShareMismatch[] {
  const out: PlanShareMismatch[] = [];
  // (… or, after a sum paid out, a share that ends its clause: "vốn … giao 186.420 triệu đồng, … đã giải ngân 161.350 triệu đồng, đạt
  // 90,6%." — paid out of what was given)
  if (!/%\s*(?:so với\s+)?(?:kế hoạch|KH)(?![\p{L}])/iu.test(text) && !/giải ngân/iu.test(text)) return out;
  let offset = 0;
  for (const s of sentences(text)) {
    const at = text.indexOf(s, offset);
    offset = at + s.length;
    const qs = extractQuantities(s);
    if (qs.length > 60) continue;
    for (let i = 1; i < qs.length; i++) {
      const [r, p] = [qs[i - 1], qs[i]];
      const ofPlan = /^\s*(?:so với\s+)?(?:kế hoạch|KH)(?![\p{L}])/iu.test(s.slice(p.end, p.end + 20));
      // (… its share said after it, in brackets or not, the clause ending there or going on to a comparison: "(đạt 90,6%)", "đạt tỷ lệ
      // 90,6%.", "đạt 90,6%, cao hơn …")
      const paidOut = /^\s*(?:[.;,)]|$)/u.test(s.slice(p.end, p.end + 4)) && /(?<![\p{L}])giải ngân(?:\s+(?:được|đạt))?\s*$/iu.test(s.slice(Math.max(0, r.start - 24), r.start));
      if (p.kind !== 'percent' || r.kind !== 'number' || !r.unit || !(ofPlan || paidOut)) continue;
      if (!(ofPlan ? /^\s*,?\s*(?:đạt|bằng)\s*$/u : /^\s*[,(]?\s*(?:đạt|bằng)(?:\s+tỷ lệ)?\s*$/u).test(s.slice(r.end, p.start))) continue;
      // (outside brackets: "… 38.650 triệu đồng (gồm vốn đầu tư phát triển 31.400 triệu đồng …)" gives the plan's parts)
      const inBracket = (q: Quantity) => s.lastIndexOf('(', q.start) > s.lastIndexOf(')', q.start);
      // (money in either of its units: "giao 186,42 tỷ đồng, … đã giải ngân 161.350 triệu đồng")
      const inUnit = (q: Quantity) => (q.unit === r.unit ? q.value : money(q.unit) && money(r.unit) ? (q.value * money(q.unit)) / money(r.unit) : NaN);
      // (… the plan of what was paid out in its own clause: not "Tổng kế hoạch vốn giai đoạn 2021-2025 … 420.000 triệu đồng; trong năm
      // 2023, huyện đã giải ngân …", a span's plan)
      const plans = qs.slice(0, i - 1).filter((q) => q.kind === 'number' && !Number.isNaN(inUnit(q)) && !inBracket(q) && (roleOf(s, q) === 'plan' || (paidOut && ALLOCATED.test(s.slice(Math.max(0, q.start - 20), q.start)))) && !(paidOut && s.slice(q.end, r.start).includes(';')));
      if (new Set(plans.map(inUnit)).size !== 1 || !inUnit(plans[0])) continue;
      const actual = (r.value / inUnit(plans[0])) * 100;
      if (!shareAgrees({ value: p.value, decimals: p.decimals }, actual)) out.push({ plan: plans[0], result: r, share: p, actual, offset: at });
    }
  }
  return out;
}

/**
 * A sentence that only sets out a plan's figures: it names the plan by its kind and "đề ra", holds no claim, and every figure it gives
 * is a share after the plan's lead ("Nghị quyết Đại hội Hội Nông dân xã … đề ra chỉ tiêu: đến năm 2023 có 60% hộ …, trong đó 50% số hộ
 * …"). `own`: the plan is the unit's own (a claim on its "mục tiêu" is then of it, not of the pack's targets).
 */
function plansSetOut(s: string): SetOut | undefined {
  // (… or a sentence that opens on the target it sets out, one count: "Mục tiêu đến năm 2025 có 12 bản đạt chuẩn nông thôn mới." — lexicon:
  // target-set-out; the next sentence's "đạt mục tiêu đề ra" claims it)
  const counts = /mục tiêu|chỉ tiêu/iu.test(s) ? extractQuantities(s).filter((q) => !(q.decimals === 0 && q.value >= 1900 && q.value <= 2100 && q.kind === 'number')).map((q) => withNoun(q, s)) : [];
  // (… or one share: "Mục tiêu đến năm 2025 là 100% thôn có nhà văn hóa - khu thể thao đạt chuẩn …" — the next sentence's "(98,0%), hoàn
  // thành mục tiêu đề ra" claims it; session 45, nvu04)
  const named = PLAN_KIND_NAMED.exec(s);
  const set = /(?<![\p{L}])đề ra(?![\p{L}])/iu.exec(s);
  // (… a share, where the sentence names no plan that set it out — that one is read below: "Mục tiêu Nghị quyết Đại hội … đề ra đến năm
  // 2025 là 100% …" — review-45d B3, B4)
  const namedSets = !!named && !!set && set.index > named.index;
  if (counts.length === 1 && ((counts[0].kind === 'number' && counts[0].unit) || (counts[0].kind === 'percent' && !namedSets)) && TARGET_SET_OUT.test(s.slice(0, counts[0].start)) && !/[;]/u.test(s))
    return { plans: counts, own: true, words: [contentWords(s.slice(counts[0].end))], text: s, ...(counts[0].kind === 'percent' ? { share: true } : {}) };
  if (!named || !set || set.index < named.index) return undefined;
  const qs = extractQuantities(s).filter((q) => q.end > set.index && !(q.decimals === 0 && q.value >= 1900 && q.value <= 2100 && q.kind === 'number'));
  if (!qs.length || qs.length > 4 || qs.some((q) => q.kind !== 'percent')) return undefined;
  // (what each plan counts: its words on both sides, to the figures beside it — "tỷ lệ lao động qua đào tạo đạt 80%", "60% số hộ … đăng ký")
  // (… each side to the nearest mark: "đạt 100%, tỷ lệ hộ có nhà tiêu …" leaves the next plan's words to it)
  const words = qs.map((q, k) => {
    const lead = s.slice(k ? qs[k - 1].end : set.index + 5, q.start);
    const tail = s.slice(q.end, qs[k + 1]?.start ?? s.length);
    return contentWords(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1) + ' ' + tail.split(/[,;.]/u)[0]);
  });
  return { plans: qs, own: OWN_PLAN.test(s), words, text: s };
}

/** The plans a sentence sets out for the next one's claims: their figures, whether the unit's own, the words of each, the sentence. */
interface SetOut { plans: Quantity[]; own: boolean; words: string[]; text: string; /** One share set out on its own ("Mục tiêu đến năm 2025 là 100% thôn …"). */ share?: boolean }

/**
 * Whether the share a claim follows is of what a share set out on its own counts, and the claim of that target (review-45, review-45c):
 * its own words — the fraction's before it, "1.482/1.512 thôn có nhà văn hóa - khu thể thao đạt chuẩn (98,0%)" — say most of the target's
 * ("100% thôn có nhà văn hóa - khu thể thao đạt chuẩn"), not another subject's ("… Gia đình văn hóa đạt 92,5%", "… thôn đạt chuẩn thôn
 * nông thôn mới (87,5%)"); no part of it stands between ("…, trong đó nhà tiêu tự hoại chiếm 65,2%, vượt …"); the claim names no other
 * time ("vượt mục tiêu … đến năm 2025" after "Mục tiêu đến năm 2030 …", "hoàn thành mục tiêu giai đoạn 2021-2025") and gives no figure of its
 * own after it ("hoàn thành mục tiêu Nghị quyết Đại hội Đảng bộ huyện đề ra (95%)").
 */
function shareOfPlanSetOut(s: string, r: { result: Quantity; hit: { start: number; end: number } }, plan: SetOut): boolean {
  const claimClause = s.slice(s.lastIndexOf(';', r.hit.start) + 1, r.hit.start);
  if (BREAKDOWN.test(claimClause)) return false;
  // (the claim of the target set out, "hoàn thành mục tiêu (đề ra)", nothing after it: not of a quota someone gave, "vượt chỉ tiêu tỉnh
  // giao", a time, "… đến năm 2025", "… từ năm 2023", or a figure of its own, "… đề ra (95%)" — review-45d B6)
  const tail = s.slice(r.hit.end).split(/[;.](?:\s|$)/u)[0];
  if (!/^\s*(?:(?:đã\s+)?(?:đề ra|đặt ra))?\s*[,]?\s*$/u.test(tail)) return false;
  // (… said of now: a sentence that names a year, "Năm 2022, toàn huyện có 96/112 thôn …", speaks of that year — review-45d B7)
  if (/(?<![\d/.-])(?:19|20)\d\d(?![\d/])/u.test(s.slice(0, r.hit.start).replace(/\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*(?:19|20)\d\d/gu, ' '))) return false;
  // (… and of a level, no change: "đã tăng 18,6% so với năm 2020" — review-45d B8)
  if (DIFFERENCE_WORDS.find(s.slice(Math.max(0, r.result.start - 14), r.result.start))) return false;
  // (the share's own words: from the figure before it — or before the fraction it is the share of — back to the mark or figure before that)
  const qs = extractQuantities(s.slice(0, r.result.end));
  let k = qs.findIndex((q) => q.start === r.result.start);
  if (k > 0 && qs[k - 1].kind === 'fraction' && /^[^\d;]*\(\s*(?:đạt|chiếm|bằng)?\s*$/u.test(s.slice(qs[k - 1].end, r.result.start))) k--;
  const from = Math.max(k > 0 ? qs[k - 1].end : 0, s.lastIndexOf(',', qs[Math.max(k, 0)]?.start ?? r.result.start) + 1, s.lastIndexOf(';', qs[Math.max(k, 0)]?.start ?? r.result.start) + 1);
  const own = new Set(contentWords(s.slice(from, r.result.start)).split(' ').filter(Boolean));
  const wanted = plan.words[0].split(' ').filter(Boolean).slice(0, 8);
  return wanted.length > 0 && wanted.filter((w) => own.has(w)).length * 4 >= wanted.length * 3;
}

/** A claim of the year's plan, not of the targets set out before it: "đạt chỉ tiêu kế hoạch năm" — a year the targets are set for,
 * "vượt chỉ tiêu năm 2025 Nghị quyết đề ra" after "đến năm 2025 …", is theirs. */
function yearsPlan(after: string, setOutText: string): boolean {
  const hit = YEARS_PLAN_AFTER.exec(after);
  if (!hit) return false;
  const year = /^\s*((?:19|20)\d\d)/u.exec(after.slice(hit.index + hit[0].length))?.[1];
  return !year || !setOutText.includes(year);
}

/** The words of a text that say what is counted: folded, no figures, none of the words that carry nothing. */
function contentWords(t: string): string {
  return normalize(t.replace(/\d[\d.,/]*\s*%?/gu, ' ')).split(' ').filter((w) => w.length > 1 && !PAIR_STOP.has(w)).join(' ');
}
const PAIR_STOP = new Set(['va', 'cua', 'cac', 'trong', 'voi', 'cho', 'theo', 'de', 'la', 'co', 'nhung', 'mot', 'tai', 've', 'duoc', 'tu', 'den', 'nay', 'da', 'o', 'nhu', 'tren', 'do', 'dat', 'nam', 'ket', 'qua', 'chi', 'tieu', 'vuot', 'ra', 'ty', 'le', 'so', 'hang', 'cuoi', 'con', 'giam', 'tang']);

/** Whether each result's words share no fewer words with its own plan's (in order) than with any other plan's. */
function pairedByWords(results: string[], plans: string[]): boolean {
  const shared = (a: string, b: string) => { const bs = new Set(b.split(' ')); return new Set(a.split(' ').filter((w) => w && bs.has(w))).size; };
  return results.every((r, k) => plans.every((p, j) => j === k || shared(r, plans[k]) >= shared(r, p)));
}

/** A count with its noun; a fraction read as its part ("11/30 bản" is 11 bản). */
function asCount(q: Quantity, text: string): Quantity {
  const c = q.kind === 'fraction' && !q.unit && q.num ? { ...q, kind: 'number' as const, value: q.num.value, decimals: q.num.decimals } : q;
  return withNoun(c, text);
}

/**
 * The results of a sentence each followed by its own claim, one in each clause (";"), as many as the plans set out before it, in their
 * order: the last share before each claim in its clause ("Kết quả năm 2023 có 412/785 hộ đăng ký (52,5%), vượt chỉ tiêu đề ra; số hộ đạt
 * danh hiệu là 236/412 hộ (57,3%), vượt chỉ tiêu"). None when the sentence gives a plan's figure of its own.
 */
function resultsInOrder(s: string, n: number, counted?: string): Array<{ result: Quantity; hit: { start: number; end: number; phrase: string }; words: string }> | undefined {
  const out: Array<{ result: Quantity; hit: { start: number; end: number; phrase: string }; words: string }> = [];
  let from = 0;
  for (const clause of s.split(';')) {
    const met = PLAN_CLAIM_MET.find(clause);
    const notMet = PLAN_CLAIM_NOT_MET.find(clause);
    const h = met && notMet ? undefined : met ?? notMet;
    if (h) {
      // (the last share before the claim; or, against a count set out, the last count of its noun: "Kết quả đến nay có 10 bản …, đạt mục tiêu")
      const before = extractQuantities(clause.slice(0, h.start));
      const share = counted ? before.map((q) => asCount(q, clause)).filter((q) => q.kind === 'number' && q.unit === counted).pop() : before.filter((q) => q.kind === 'percent').pop();
      // (… not a clause that sets out a plan of its own before its first figure: "kế hoạch năm 2023 là 55%, …")
      const first = clause.search(/\d/u);
      if (!share || /^\s*(?:số\s*)?\d/u.test(clause.slice(h.end)) || PLAN_FIGURE_LEAD.test(clause.slice(0, first))) return undefined;
      out.push({ result: { ...share, start: from + share.start, end: from + share.end }, hit: { start: from + h.start, end: from + h.end, phrase: clause.slice(h.start, h.end) }, words: contentWords(clause.slice(0, h.start)) });
    // (a clause with figures and no claim, before every plan has its claim, leaves the pairs in doubt — not one after them: "…, hoàn thành
    // mục tiêu đề ra; 30 thôn còn lại chủ yếu là các thôn mới sáp nhập")
    } else if (/\d/u.test(clause) && out.length < n) return undefined;
    from += clause.length + 1;
  }
  return out.length === n ? out : undefined;
}
