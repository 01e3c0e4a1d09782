/**
 * What a clause after ";" carries from the clause before it, in prose: a target's indicator lent to what was reached so far ("Nghị quyết
 * đề ra … đạt 70%; đến nay đạt 72,4%"), a series of earlier amounts lent to the figure that goes on with it ("… năm 2020 là 36,2 triệu
 * đồng; đến tháng 6/2024 đạt 55,8 triệu đồng/người/năm"), and a share of area that is a kind of irrigation's, not the indicator's. Read
 * by core/facts (proseFacts); moved out of it, behaviour unchanged.
 */
import type { Indicator } from '../packs/schema';
import { extractQuantities, type Quantity } from './quantities';
import { roundingInterval } from './numbers';
import { excluded, namedIn } from './indicators';
import { normalize } from './text';
import { DIFFERENCE_WORDS, PLAN_WORDS, REACHED_SO_FAR, TARGET_WORDS } from './lexicon';
import { PLACE_RANKS } from './scope';
import { CHANGED_TO_LEVEL, COUNTS_IN, IRRIGATION_KIND, LEAD_WORD, OTHER_BODY_NUMBER, OWNER_BRACKET, SUBJECT_FILLER, TARGET_ONLY_LEAD, URBAN_WORDS, VERDICT_OR_END } from './lexicon/patterns';
import type { Fact } from './facts-types';

/** A date a clause's figure is given as of: "tính đến 30/6/2024", "đến ngày 31/12/2023". */
const AS_OF_DATE = /(?<![\p{L}])(?:tính\s+)?đến\s+(?:hết\s+)?(?:(?:ngày\s+)?\d{1,2}\s*\/\s*\d{1,2}|tháng\s+\d{1,2})\s*\/\s*(?:19|20)\d\d/iu;
/** Whether a clause opens on what was reached so far, no year before its first figure, that figure followed by nothing or a verdict. */
export function reachedSoFar(clause: string, q: Quantity | undefined): boolean {
  if (!q || q.kind === 'fraction') return false;
  const lead = clause.slice(0, q.start);
  // (… a share above the whole is of a plan or a target, no rate: "đến nay đạt 103,4% hoàn thành vượt mục tiêu" — review-36g B1)
  if (q.kind === 'percent' && q.value > 100) return false;
  // (… or by a date: "tính đến 30/6/2024 toàn huyện đạt 69,1%" — review-36c A8)
  return (REACHED_SO_FAR.test(lead) || AS_OF_DATE.test(lead)) && !/(?<![/\d])(?:19|20)\d\d/u.test(lead) && VERDICT_OR_END.test(clause.slice(q.end));
}

/** Words after a kind of irrigation that make it a means, not the share's subject: "ứng dụng tưới tiên tiến nên …". */
const MEANS_AFTER = /(?<![\p{L}])(?:nên|giúp|góp phần|nhờ|đưa)(?![\p{L}])/iu;
/** "diện tích" right after a share. */
const AREA_AFTER = /^\s*(?:(?:tổng\s+)?số\s+)?diện tích/iu;
/** After a comma, what the share mainly is: ", chủ yếu là …". */
const MAINLY_AFTER = /^,\s*(?:chủ yếu|phần lớn|phần nhiều)\s+là(?![\p{L}])/iu;
/** A share of area beside a kind of irrigation, within its part of the clause: that kind's area (lexicon: irrigation-kind). */
export function otherAreaShare(text: string, q: Quantity): boolean {
  // (… or a fraction of hectares: "Diện tích cây trồng cạn áp dụng tưới tiết kiệm nước đạt 1.126/3.420 ha (32,9%)" — nyw01)
  if (q.kind !== 'percent' && !(q.kind === 'fraction' && q.unit === 'ha')) return false;
  const from = Math.max(0, text.lastIndexOf(',', q.start) + 1, text.lastIndexOf(';', q.start) + 1);
  // (… or a share whose own words right before it name the kind, its subject: "tưới nhỏ giọt đạt 18%" — review-36g D3; not a means the
  // clause names before, "ứng dụng tưới tiên tiến nên … đạt 65%", review-36i C2, C8)
  // (a kind said included in a bracket, "được tưới chủ động (kể cả tưới tiết kiệm nước) đạt 58,9%", is no subject — review-61 B16)
  const before = text.slice(from, q.start).replace(/\([^()]*\)/gu, (b) => (COUNTS_IN.test(b.slice(0, 16)) ? ' '.repeat(b.length) : b));
  let kindEnd = -1;
  for (let k = before.search(IRRIGATION_KIND); k >= 0; ) {
    const m = IRRIGATION_KIND.exec(before.slice(k))!;
    kindEnd = k + m.index + m[0].length;
    const next = before.slice(kindEnd).search(IRRIGATION_KIND);
    k = next < 0 ? -1 : kindEnd + next;
  }
  if (kindEnd >= 0 && before.length - kindEnd <= 40 && !MEANS_AFTER.test(before.slice(kindEnd))) return true;
  if (!AREA_AFTER.test(text.slice(q.end, q.end + 20))) return false;
  // (… its part up to the next comma: "71% diện tích sản xuất được tưới chủ động, trong đó 15% … tưới tiết kiệm nước" — review-36g D1;
  // past a comma that says what it mainly is, ", chủ yếu là tưới phun mưa …" — review-36i C3)
  let stop = q.end;
  for (;;) {
    const k = text.slice(stop).search(/[,;.]/u);
    if (k < 0) { stop = text.length; break; }
    stop += k;
    if (text[stop] === ',' && MAINLY_AFTER.test(text.slice(stop))) { stop++; continue; }
    break;
  }
  return IRRIGATION_KIND.test(text.slice(from, stop));
}

/** The one indicator the facts read from a clause are of, where every one of them is its target. */
export function targetOnlyOf(out: Fact[], paragraph: number, clause: string): Indicator | undefined {
  let ind: Indicator | undefined;
  for (let k = out.length - 1; k >= 0 && out[k].paragraph === paragraph; k--) {
    const f = out[k];
    if (f.text !== clause) continue;
    // (the plan's own target: not the unit's, "Nghị quyết Đại hội Đảng bộ huyện … đề ra … 75%" — review-36 A10, A20 —, a later year's or
    // a proposal)
    if (f.role !== 'target' || f.own || f.laterYear || f.proposal || (ind && ind !== f.indicator)) return undefined;
    ind = f.indicator;
  }
  return ind;
}

/**
 * The one indicator the clause before gave a result (or its base year's figure) of, and nothing else, where the clause after ";" only quotes
 * the plan's target of it ("Năm 2020, tỷ lệ … là 61,3%; mục tiêu … là 75%" — review-44c E7):
 * "Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4% (năm 2020 là 61,3%); mục tiêu Nghị quyết đề ra đến năm 2025 là 75%" (nvn01; lexicon:
 * target-only-lead). The figure a bare share or count that only a verdict may follow.
 */
export function resultOnlyOf(out: Fact[], paragraph: number, sentence: string, before: string, clause: string, q: Quantity | undefined, alone?: string): Indicator | undefined {
  // (the target in a bracket after the plan's words, "So với mục tiêu Nghị quyết đến năm 2025 (đạt 75%), …": read up to the bracket's close)
  const bracketed = /\(\s*(?:(?:là|đạt)\s+)?(?:(?:tối thiểu|ít nhất|trên|từ)\s+)?$/iu.test(clause.slice(0, q?.start ?? 0));
  const after = q ? clause.slice(q.end) : '';
  if (!q || q.kind === 'fraction' || !TARGET_ONLY_LEAD.test(clause.slice(0, q.start)) || (bracketed ? !/^\s*\)/u.test(after) || !VERDICT_OR_END.test(after.replace(/^\s*\)/u, '')) : !VERDICT_OR_END.test(after))) return undefined;
  // (… no other body's numbered plan anywhere in it, "Chỉ tiêu Nghị quyết số 15/NQ-HĐND …", "(theo Kế hoạch số 85/KH-SLĐTBXH của Sở)", nor an
  // owner named in a bracket after the figure, "(Nghị quyết Đại hội Đảng bộ huyện lần thứ XX)" — review-56b C1, C16, C25)
  if (OTHER_BODY_NUMBER.test(clause) || OWNER_BRACKET.test(after)) return undefined;
  // (a sentence of its own, `alone` its whole text: the sentence before no part's ("Riêng tỷ lệ lao động nữ …"), and nothing after the
  // figure but words — not a list of targets, "là 98%, 49%", nor a clause of another figure, "…; đến nay tỷ lệ hộ … đã đạt 98,2%" —
  // review-56b C8, C9, C20)
  // (… and naming the plan or the indicator's year itself: "Mục tiêu đề ra là 71%" after a year's result is that year's plan — review-56c
  // B9; a subgroup's sentence, "Đối với lao động là người dân tộc thiểu số, …", is a part's — B16)
  if (alone !== undefined && (/^[\s\-–+•]*(?:riêng|trong đó|đối với|riêng đối với)(?![\p{L}])/iu.test(sentence) || /\d/u.test(alone.slice(alone.indexOf(clause) + q.end)) || !/(?<![\p{L}])(?:nghị quyết|nq|chương trình hành động|cthđ|ctrhđ|kết luận|kl)(?![\p{L}])|(?:19|20)\d\d/iu.test(clause.slice(0, q.start)))) return undefined;
  let ind: Indicator | undefined;
  let read = 0;
  let resultValue: number | undefined;
  // (… every figure of the sentence so far of that one indicator — "…đạt 72,4%; tỷ lệ che phủ rừng đạt 50,1%; mục tiêu … là 70%" may quote
  // either's target, review-44b B24)
  for (let k = out.length - 1; k >= 0 && out[k].paragraph === paragraph; k--) {
    const f = out[k];
    if (!sentence.includes(f.text)) continue;
    if ((ind && ind !== f.indicator) || (f.role !== 'result' && f.role !== 'baseline')) return undefined;
    ind = f.indicator;
    if (f.role === 'result') resultValue ??= f.value;
    if (f.text === before) read++;
  }
  if (!ind) return undefined;
  // (a bracket that gives the result again, or the share of the target it reached, is no target: "So với mục tiêu … (đạt 72,4%)" after
  // 72,4%, "(đạt 94,6%)" after 80,4% of 85% — review-56b C10, C11)
  // (… at the precision the bracket shows: "(đạt 95%)" after 66,8% of 70% — review-56c B6)
  const [lo, hi] = roundingInterval(q);
  const shows = (x: number) => x >= lo - 1e-9 && x <= hi + 1e-9;
  if (bracketed && resultValue !== undefined && (shows(resultValue) || ('value' in ind.target && ind.target.value > 0 && shows((resultValue / ind.target.value) * 100)))) return undefined;
  // (… and every figure of the clause before, outside brackets, read as one of it: "…đạt 72,4%, trong đó có bằng cấp, chứng chỉ đạt 31,2%;
  // mục tiêu … là 35%" quotes the part's — review-44c E3)
  // (… a bracket's figures counted too, but a bracket of the base year's: "(năm 2020 là 61,3%)" — "(trong đó thôn đạt chuẩn kiểu mẫu
  // 6,3%)" is another indicator's, review-44d C5)
  // (… nor a share in a bracket that restates the fraction before it: "98/112 thôn … (đạt 87,5%)")
  const figures = extractQuantities(before.replace(/\(\s*(?:(?:cuối|đầu|giữa)\s+)?năm\s+(?:19|20)\d\d[^()]*\)|\(\s*(?:(?:đạt|chiếm|bằng|tỷ lệ)\s+)?\d[\d.,]*\s*%\s*\)/gu, (m) => ' '.repeat(m.length)));
  if (figures.length > read) return undefined;
  // (… the target of the indicator's own year, when the lead says one — "mục tiêu đến cuối năm 2023 là 68%" is a year's plan — and of the
  // plan the pack names, when it gives a number — "Nghị quyết số 08-NQ/TU" is another plan; review-44b B13, B31)
  const lead = clause.slice(0, q.start);
  const year = /(?:19|20)\d\d/u.exec(lead)?.[0];
  if (year && Number(year) !== ind.year) return undefined;
  const number = /\d+\s*-\s*(?:NQ|KL|CTr|CTHĐ)\/[A-ZĐ]+/iu.exec(lead)?.[0];
  if (number && !(ind.source ?? '').replace(/\s+/gu, '').toLowerCase().includes(number.replace(/\s+/gu, '').toLowerCase())) return undefined;
  return ind;
}

export const onlyLeads = (before: string) => normalize(before).split(' ').every((w) => !w || LEAD_WORD.test(w));

/**
 * The one indicator a clause before ";" gave a series of earlier figures of, which the clause after it goes on with: "Thu nhập bình quân
 * … năm 2010 là 11,4 triệu đồng, …, năm 2020 là 36,2 triệu đồng; đến tháng 6/2024 đạt 55,8 triệu đồng/người/năm, gấp 1,54 lần so với
 * năm 2020" — the clause after opens on leads and a time alone, its first figure (`q`) an amount or a measure in the unit of one before.
 * Session 37, nti04.
 */
export function seriesOf(indicators: Indicator[], before: string, clause: string, q: Quantity | undefined): { ind: Indicator; words: string } | undefined {
  if (!q || q.kind === 'fraction' || !q.unit) return undefined;
  // (an amount or a measure only — money, hectares, a ratio's level —, never a share or a count of places: the rates of a kind of people,
  // of forest, of another norm, "…; đến nay đạt 38,6%" after "lao động qua đào tạo dưới 3 tháng", "rừng trồng", "(riêng lao động nữ)",
  // "(đạt chuẩn của Bộ Y tế)", are written the same way as the unit's own rate, and no narrowing of the words kept them apart — review-37
  // T18, review-37e T1, T2, T10, T11, T16, T22)
  if (q.kind === 'percent' || q.unit in PLACE_RANKS) return undefined;
  const lead = clause.slice(0, q.start);
  if (!onlyLeads(lead) || !(/(?<![/\d])(?:19|20)\d\d/u.test(lead) || REACHED_SO_FAR.test(lead) || AS_OF_DATE.test(lead))) return undefined;
  // (a change said of it is no level: "…; năm 2023 tăng 2,1%" — review-37 T13; but "tăng lên 47,8%" is the level it rose to — review-37c P6)
  if (DIFFERENCE_WORDS.test(lead) && !CHANGED_TO_LEVEL.test(lead)) return undefined;
  // (the subject: the words before the clause's first figure, a year among them or not — "Năm 2020, tỷ lệ … của huyện đạt 58,6%; đến nay
  // đạt 68,1%" — review-37c P5)
  // (… of figures reached, not a target or a plan: "Nghị quyết đề ra mục tiêu đến năm 2025 … đạt 70%; năm 2020 toàn huyện đạt 58,6%" lends
  // only as a target does — review-36 A6, A7)
  if (TARGET_WORDS.test(before) || PLAN_WORDS.test(before)) return undefined;
  const figures = extractQuantities(before);
  if (!figures.length || !/(?<![/\d])(?:19|20)\d\d(?!\d)/u.test(before)) return undefined;
  if (!figures.some((p) => p.kind === q.kind && p.unit === q.unit)) return undefined;
  const firstDigit = before.search(/\d/u);
  const upToDigit = firstDigit > 0 ? before.slice(0, firstDigit) : '';
  const subject = upToDigit && namedIn(indicators, normalize(upToDigit)).length ? upToDigit : before.slice(0, figures[0].start);
  // (… no place's name in it, whatever its words fold to — "của huyện Nam Đàn", "của xã Bình Nam" — nor the towns', "khu vực đô thị"
  // — review-37c T2, T3, T9)
  if (/\s\p{Lu}\p{Ll}/u.test(subject.replace(/^[\s\-–+•*]*\S+/u, '')) || URBAN_WORDS.test(subject)) return undefined;
  const words = normalize(subject);
  const named = namedIn(indicators, words).filter((ind) => !excluded(ind, words));
  if (named.length !== 1) return undefined;
  const ind = named[0];
  // (the subject says the indicator and nothing more — no kind of people, part or place: "Tỷ lệ lao động nữ qua đào tạo năm 2020 …",
  // "… của thôn Tân Lập năm 2020 …" are another's series — lexicon: subject-filler; review-37 probes, T21, T23)
  const own = new Set(normalize([ind.label, ...ind.keywords, ...ind.aliases].join(' ')).split(' '));
  if (!words.split(' ').every((w) => !w || own.has(w) || LEAD_WORD.test(w) || SUBJECT_FILLER.test(w))) return undefined;
  // (… nor the clause itself a kind the indicator leaves out, in a bracket or after: "…; năm 2023 đạt 27,6% (có bằng cấp, chứng chỉ)" —
  // review-37 T6)
  // (… nor a ratio against another base year than the indicator's: "gấp 1,25 lần so với năm 2021" for a ratio to 2020 — review-37g S9)
  const base = /so với\s+(?:năm\s+)?((?:19|20)\d\d)/iu.exec(clause)?.[1];
  const baseYear = /(?:19|20)\d\d/u.exec(ind.label)?.[0];
  if (base && baseYear && base !== baseYear) return undefined;
  const bracket = /^\s*\([^()]*\)/u.exec(clause.slice(q.end));
  return excluded(ind, normalize(clause.slice(0, q.end + (bracket?.[0].length ?? 0)))) ? undefined : { ind, words };
}
