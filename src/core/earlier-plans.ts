/**
 * Claims about the unit's own plan whose figure was stated earlier, in another sentence or paragraph: "Kế hoạch số 45/KH-BTV đặt chỉ
 * tiêu … xây dựng mới 1.000 tuyến đường hoa, đường cây xanh … Sau 3 năm, các cấp Hội đã xây dựng mới 964 tuyến đường hoa, đường cây
 * xanh …, hoàn thành vượt chỉ tiêu kế hoạch đề ra." The plan is the one earlier figure said as a plan of the same thing — the same
 * words after the figure ("tuyến đường hoa") — or, for a fraction, its whole when that whole was said as the plan ("… nâng cấp 24 chợ
 * nông thôn; đến nay đã hoàn thành 21/24 chợ, hoàn thành kế hoạch đề ra"). Two plans of the same thing that differ: no reading.
 */
import { LOWER_BETTER, PLAN_CLAIM_MET, PLAN_CLAIM_NOT_MET, PLAN_CLAIM_OTHER, PLAN_FIGURE_LEAD, PLAN_WORDS, REACHED_SO_FAR, TARGET_FRAME } from './lexicon';
import { DATED_ASIDE } from './lexicon/patterns';
import { PLACE_NAMED } from './lexicon/patterns-scope';
import { extractQuantities, sentences, type Quantity } from './quantities';
import { normalize } from './text';
import { formatVn } from './numbers';
import { roleOf, shareAfter, type PlanClaim } from './plan-claims';

export interface PlanFigure {
  value: number;
  /** As written ("04 xã"). */
  raw: string;
  /** What it counts: the words after it to the first mark, normalised ("xa dat chuan nongthon moi"). */
  subject: string;
  /** The first of those words ("xa", "cho"). */
  noun: string;
  /** The years its sentence names: a plan of another year is no plan of a claim dated otherwise. */
  years: Set<number>;
  /** The places its sentence names ("xã Tân Phú", "toàn tỉnh"), folded: a plan of other places is none of a claim about its own. */
  places: Set<string>;
  /** Where it stands in its sentence. */
  at: number;
  /** A share of the things counted ("70% số xã đạt tiêu chí số 2"): held against a fraction's share, not a count. */
  share?: true;
  /** A plan given as a fraction ("có 8/13 xã đạt chuẩn"): its whole, held against a result of the same whole. */
  den?: number;
}

/** Words after a figure, to the first mark, at most eight: what it counts. */
function subjectOf(s: string, q: Quantity): { subject: string; noun: string } {
  // (words of the telling, not of the thing, left out: "03 xã được công nhận đạt chuẩn" counts what "04 xã đạt chuẩn" does)
  // (… to the next item of a list too: "02 xã nâng cao và 20 khu dân cư kiểu mẫu" counts "xã nâng cao")
  // (… but not an item that is only its noun, "03 xã và 15 thôn đạt chuẩn nông thôn mới kiểu mẫu": the words after the list are its too —
  // review-57b XC8)
  const rest = s.slice(q.end);
  const own = rest.split(ITEM_END)[0];
  const ownCount = own.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
  const words = normalize(`${q.unit} ${ownCount >= (q.unit ? 1 : 2) ? own : rest.split(/[,;.:()\n]/u)[0]}`).replace(TELLING, ' ').split(' ').filter(Boolean).slice(0, 8);
  return { subject: words.join(' '), noun: words[0] ?? '' };
}

/** Where the words of what a figure counts end: a mark, or "và" before the next count of a list. */
// (… not after a criterion's number, "đạt tiêu chí số 17 và 18" — review-57b G5)
const ITEM_END = /[,;.:()\n]|(?<!số\s+\d+)\svà\s+(?=\d)/u;

/** Normalised words that tell how a thing came about, not what it is: "được", "đã", "công nhận", "xét công nhận". */
const TELLING = /(?<![a-z])(?:duoc|da|xet|cong nhan|moi duoc)(?![a-z])/gu;

/** A count (not a year, a share or a rate): what a plan of things to do and its result are said in. */
const isCount = (q: Quantity) => q.kind === 'number' && !q.qualifier && !/%/u.test(q.unit) && !(q.value >= 1900 && q.value <= 2100 && !q.unit);

/** The plan's counts a sentence states: led by a plan's word ("đặt chỉ tiêu … 1.000 tuyến"), or listed after the words that announce targets ("đề ra mục tiêu đến cuối năm 2023 có 11 xã …"), with no word of what was done between ("Thực hiện Kế hoạch số 12/KH-UBND, năm 2022 huyện đã xây dựng 30 km" is a result). */
function planFigures(s: string, qs: Quantity[], upTo = s.length): PlanFigure[] {
  const out: PlanFigure[] = [];
  const frame = TARGET_FRAME.find(s);
  const years = yearsOf(s);
  const places = placesOf(s);
  for (const q of qs) {
    const part = q.kind === 'fraction' && q.num && q.den && q.unit ? q.den.value : undefined;
    if (q.start >= upTo || (!isCount(q) && !part)) continue;
    const before = s.slice(0, q.start);
    const lead = [frame && frame.end <= q.start ? frame.end : -1, PLAN_WORDS.findLast(before)?.end ?? -1, roleOf(s, q) === 'plan' ? PLAN_FIGURE_LEAD.findLast(before)?.end ?? -1 : -1];
    const at = Math.max(...lead);
    // (the plan's own approval is no word of what was done: "theo kế hoạch đã được UBND huyện phê duyệt, … nâng cấp 24 chợ")
    if (at < 0 || /^\s*số\s*\d/u.test(s.slice(at)) || REACHED_SO_FAR.test(s.slice(at, q.start).replace(PLAN_APPROVED, ' ')) || resultAfterClaim(s, q)) continue;
    const { subject, noun } = subjectOf(s, q);
    if (noun) out.push({ value: part ? q.num!.value : q.value, raw: q.raw, subject, noun, years, places, at: q.start, ...(part ? { den: part } : {}) });
  }
  // a share of the things counted: "Kế hoạch số 112/KH-SGTVT đề ra mục tiêu đến năm 2020 có 70% số xã đạt tiêu chí số 2 về giao thông"
  for (const q of qs) {
    if (q.start >= upTo || q.kind !== 'percent' || q.qualifier) continue;
    const so = /^\s*số\s+/u.exec(s.slice(q.end));
    const at = Math.max(frame && frame.end <= q.start ? frame.end : -1, PLAN_WORDS.findLast(s.slice(0, q.start))?.end ?? -1);
    if (!so || at < 0 || REACHED_SO_FAR.test(s.slice(at, q.start).replace(PLAN_APPROVED, ' '))) continue;
    const { subject, noun } = subjectOf(s, { ...q, unit: '', end: q.end + so[0].length });
    if (noun) out.push({ value: q.value, raw: q.raw, subject, noun, years, places, at: q.start, share: true });
  }
  return out;
}

/** Whether a count is the result a claim gives after it: "hoàn thành vượt kế hoạch với 17 khu được công nhận" (no plan of 17). */
function resultAfterClaim(s: string, q: Quantity): boolean {
  const before = s.slice(0, q.start);
  const claim = PLAN_CLAIM_MET.findLast(before) ?? PLAN_CLAIM_NOT_MET.findLast(before);
  return !!claim && /^\s*với\s*$/u.test(before.slice(claim.end));
}

/** The places a sentence names, folded (lexicon place-named): "xã Tân Phú", "toàn tỉnh". */
function placesOf(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.matchAll(PLACES_NAMED)) out.add(normalize(m[0]));
  return out;
}
const PLACES_NAMED = new RegExp(PLACE_NAMED.source, 'gu');

/** The years a sentence names, not inside dates ("ngày 16/10/2023" is a document's): "giai đoạn 2021-2023" names 2021 and 2023. */
function yearsOf(s: string): Set<number> {
  return new Set([...s.matchAll(/(?<![\d/.])(?:19|20)\d\d(?![\d/])/gu)].map((m) => Number(m[0])));
}

/** The words that say a plan was approved or handed down: "đã được UBND huyện phê duyệt". */
const PLAN_APPROVED = /đã được\s+(?:[\p{L}.]+\s+){0,5}?(?:phê duyệt|ban hành|giao|thông qua)/giu;

/** Whether a figure stands in brackets that open on a time of their own: "(cuối năm 2020 còn 03 xã)", "(năm 2021: 12 xã)". */
function inDatedAside(s: string, q: Quantity): boolean {
  const open = s.lastIndexOf('(', q.start);
  if (open < 0 || s.lastIndexOf(')', q.start) > open) return false;
  return DATED_ASIDE.test(s.slice(open, q.start));
}

/** At most so many figures of a sentence are read for plans and claims: a real sentence holds a few dozen. */
const MAX_FIGURES = 60;

/**
 * The claims of a paragraph on a plan stated before (`plans`, in document order), that the result before each claim contradicts;
 * `plans` gains the paragraph's own plan figures as it is read.
 */
export function contradictedEarlierPlans(text: string, plans: PlanFigure[]): PlanClaim[] {
  const out: PlanClaim[] = [];
  let offset = 0;
  for (const s of sentences(text)) {
    const at = text.indexOf(s, offset);
    offset = at + s.length;
    const qs = extractQuantities(s);
    if (qs.length > MAX_FIGURES) continue;
    const claim = readClaim(s, qs, plans);
    if (claim) out.push({ ...claim, offset: at });
    plans.push(...planFigures(s, qs));
  }
  return out;
}

function readClaim(s: string, qs: Quantity[], plans: PlanFigure[]): Omit<PlanClaim, 'offset'> | undefined {
  const met = PLAN_CLAIM_MET.find(s);
  const notMet = PLAN_CLAIM_NOT_MET.find(s);
  const hit = met && notMet ? undefined : met ?? notMet;
  // (a claim on a plan or a quota: "mục tiêu" is the pack's targets', read by the indicators' rules)
  // (… or "mục tiêu" of a plan: "vượt mục tiêu kế hoạch đề ra")
  if (!hit || !(/kế hoạch|chỉ tiêu/iu.test(hit.phrase) || /^\s+(?:kế hoạch|chỉ tiêu)/iu.test(s.slice(hit.end))) || LOWER_BETTER.test(s) || /^\s*(?:số\s*)?\d/u.test(s.slice(hit.end))) return undefined;
  const clause = s.lastIndexOf(';', hit.start) + 1;
  const before = qs.filter((q) => q.start >= clause && q.end <= hit.start);
  // (… not a count in an aside dated by its own time, "Toàn tỉnh không còn xã dưới 15 tiêu chí (cuối năm 2020 còn 03 xã), hoàn thành chỉ
  // tiêu": an earlier level, not the result the claim is on)
  const counts = before.filter((q) => (isCount(q) || (q.kind === 'fraction' && q.num && q.den)) && !inDatedAside(s, q));
  // the plan said in the clause itself is the same sentence's reading (plan-claims); a fraction's share in brackets after it is
  // none ("54/87 xã … (62,1%), vượt mục tiêu kế hoạch đề ra")
  if (!counts.length) return before.length ? undefined : claimOnResultAfter(s, qs, hit, hit === met, plans);
  if (before.some((q, i) => roleOf(s, q) === 'plan' && !counts.includes(q) && !shareAfter(s, before[i - 1], q))) return undefined;
  // the result: the last count before the claim of a thing a plan was stated for ("… 964 tuyến đường hoa, đường cây xanh với tổng
  // chiều dài 408,7 km, hoàn thành vượt chỉ tiêu …" is said of the 964 tuyến, whose plan was 1.000)
  let result: Quantity | undefined;
  let plan: number | undefined;
  let planRaw = '';
  let share = false;
  // (a plan of another year than the claim's sentence names is none of its: "Năm 2022, … đặt chỉ tiêu … 30 km" against "Năm 2023,
  // … 25 km, hoàn thành kế hoạch năm"; read once for the sentence)
  const years = yearsOf(s);
  const ofYears = (p: PlanFigure) => !years.size || !p.years.size || [...years].some((y) => p.years.has(y));
  const dated = plans.filter(ofYears);
  const own = planFigures(s, qs).filter(ofYears);
  for (const q of [...counts].reverse()) {
    if (roleOf(s, q) === 'plan') return undefined;
    const { subject, noun } = subjectOf(s, q);
    const earlier = [...dated, ...own.filter((p) => p.at < q.start)];
    const values = new Set(earlier.filter((p) => p.subject === subject && !p.share && !p.den).map((p) => p.value));
    // (a fraction against a plan given as a fraction of the same whole: "có 8/13 xã đạt chuẩn" … "7/13 xã được UBND tỉnh công nhận")
    // (… of the same things: every word of the plan's subject in the result's — "xã đạt chuẩn nông thôn mới" in "xã được UBND tỉnh công
    // nhận đạt chuẩn nông thôn mới", not "xã đạt chuẩn nông thôn mới nâng cao" in "… kiểu mẫu")
    const words = new Set(normalize(`${q.unit} ${s.slice(q.end).split(/[,;.:()\n]/u)[0]}`).replace(TELLING, ' ').split(' '));
    const sameThings = (p: PlanFigure) => p.noun === noun && p.subject.split(' ').every((w) => words.has(w));
    const wholes = q.kind === 'fraction' && q.den ? new Set(earlier.filter((p) => p.den === q.den!.value && sameThings(p)).map((p) => p.value)) : new Set<number>();
    // (a fraction against a share of the same things: "54/87 xã đạt tiêu chí số 2 về giao thông (62,1%)" against "70% số xã …")
    const shares = q.kind === 'fraction' && q.num && q.den?.value ? new Set(earlier.filter((p) => p.subject === subject && p.share).map((p) => p.value)) : new Set<number>();
    if (values.size > 1 || shares.size > 1 || wholes.size > 1) return undefined;
    if (values.size === 1) [result, plan, planRaw] = [q, [...values][0], earlier.find((p) => p.subject === subject && !p.share && !p.den)!.raw];
    else if (wholes.size === 1) [result, plan, planRaw] = [q, [...wholes][0], earlier.find((p) => p.den === q.den!.value && sameThings(p))!.raw];
    else if (shares.size === 1) [result, plan, planRaw, share] = [q, [...shares][0], earlier.find((p) => p.subject === subject && p.share)!.raw, true];
    // a fraction whose whole was said as the plan: "… nâng cấp 24 chợ nông thôn; đến nay đã hoàn thành 21/24 chợ"
    else if (q.kind === 'fraction' && earlier.some((p) => p.noun === noun && p.value === q.den!.value)) [result, plan] = [q, q.den!.value];
    if (result) break;
  }
  if (!result || plan === undefined) return undefined;
  // (an aside in brackets is no words of a second clause: "… 03 xã được công nhận (Dân Tiến năm 2021, …), vượt kế hoạch")
  const between = s.slice(result.end, hit.start).replace(/\([^()]*\)/gu, ' ');
  if (between.includes(';') || between.trim().split(/\s+/).length > 15 || PLAN_WORDS.test(between) || PLAN_CLAIM_OTHER.test(between)) return undefined;
  const value = share ? (result.num!.value / result.den!.value) * 100 : result.kind === 'fraction' ? result.num!.value : result.value;
  // (a share is compared as written to one decimal: 69,96% is "70,0%")
  if ((share ? Math.round(value * 10) / 10 : value) >= plan === (hit === met)) return undefined;
  const planQ: Quantity = { kind: share ? 'percent' : 'number', value: plan, decimals: 0, unit: share ? '%' : result.unit, raw: planRaw || formatVn(plan), start: -1, end: -1 };
  const raw = share ? `${result.raw} (${formatVn(value, 1)}%)` : result.raw;
  return { claim: hit === met ? 'met' : 'not-met', claimText: s.slice(hit.start, hit.end), plan: planQ, result: { ...result, kind: 'number', value, raw }, claimAt: hit.start };
}

/**
 * A claim whose result follows it, "Xây dựng khu dân cư nông thôn mới kiểu mẫu tiếp tục được quan tâm, năm 2023 hoàn thành vượt kế hoạch
 * với 17 khu được công nhận" (nyn02): the plans stated before of that one year — the claim's sentence naming one year, each plan's sentence
 * that year alone (not a span, "2021-2023", nor another year, review-57b C4, E3, XE1) — of the same places (none named otherwise, "toàn
 * tỉnh" against "toàn huyện", another commune's — C6, XF3), of the thing the result says: its own words after the noun where it has any
 * ("04 khu chăn nuôi tập trung" is none of the model residential areas — XB9, XC3), else, its noun bare ("17 khu"), the words the sentence
 * names before the claim; one result alone in its clause (not "… với 06 khu …, nâng tổng số lên 22 khu", "… 05 sản phẩm … và 12 sản phẩm
 * …" — B2, H7, XB6). Plans that differ are read only where each of them tells the same: the claim is then contradicted by the one nearest
 * the result.
 */
function claimOnResultAfter(s: string, qs: Quantity[], hit: { start: number; end: number }, isMet: boolean, plans: PlanFigure[]): Omit<PlanClaim, 'offset'> | undefined {
  const joined = /^\s*với\s+/u.exec(s.slice(hit.end));
  const q = joined && qs.find((x) => x.start === hit.end + joined[0].length);
  if (!q || !isCount(q)) return undefined;
  // (the years of the claim's own clause: "…; lũy kế có 41 khu …, gồm … 09 khu năm 2021, 12 khu năm 2022 …" after it names others)
  const clauseEnd = s.indexOf(';', q.end) < 0 ? s.length : s.indexOf(';', q.end);
  const years = yearsOf(s.slice(s.lastIndexOf(';', hit.start) + 1, clauseEnd));
  if (years.size !== 1) return undefined;
  if (qs.some((x) => x.start > q.end && x.start < clauseEnd && !(x.kind === 'number' && !x.unit && x.value >= 1900 && x.value <= 2100))) return undefined;
  const word = (raw: string) => /^[\d.,]+\s*(\p{L}+)/u.exec(raw)?.[1]?.toLowerCase();
  const noun = word(s.slice(q.start));
  if (!noun) return undefined;
  const ownWords = normalize(s.slice(q.start).replace(/^[\d.,]+\s*/u, '').split(/[,;.:()\n]/u)[0]).replace(TELLING, ' ').split(' ').filter(Boolean);
  const named = new Set(ownWords.length > 1 ? ownWords : normalize(s.slice(0, hit.start)).split(' '));
  const [year] = [...years];
  const here = placesOf(s);
  const samePlaces = (p: PlanFigure) => !p.places.size || !here.size || [...p.places].some((x) => here.has(x));
  const same = plans.filter((p) => !p.share && !p.den && word(p.raw) === noun && p.subject.split(' ').every((w) => named.has(w)) && p.years.size === 1 && p.years.has(year) && samePlaces(p));
  if (!same.length || same.some((p) => (q.value >= p.value) === isMet)) return undefined;
  const plan = same.reduce((a, p) => (Math.abs(p.value - q.value) < Math.abs(a.value - q.value) ? p : a));
  const planQ: Quantity = { kind: 'number', value: plan.value, decimals: 0, unit: q.unit, raw: plan.raw, start: -1, end: -1 };
  return { claim: isMet ? 'met' : 'not-met', claimText: s.slice(hit.start, hit.end), plan: planQ, result: { ...q, raw: q.unit ? q.raw : `${q.raw} ${noun}` }, claimAt: hit.start };
}
