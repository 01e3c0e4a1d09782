/**
 * Shares given after parts of a total ("Tổng …", then "trong đó" or "gồm" parts, each "(chiếm x%)"), read against that total.
 */
import { captionOf, tables, type DocModel, type TableView } from './model';
import { sideBySide } from './table-transpose';
import { formatVn, parseVnNumber, roundingInterval, shareAgrees, type VnNumber } from './numbers';
import { clauses, extractQuantities, type Quantity } from './quantities';
import { PERSON_TRAITS, COLUMN_ROLES, TABLE_LABEL, BREAKDOWN, LIST_OF_WHOLE, WHERE_WORDS, QUALIFIERS, PLAN_WORDS, THINGS_COUNTED, CLAIM_MET, COMPARED_WITH, CLAIM_NOT_MET, DIFFERENCE_WORDS, NAMES_ELSEWHERE, LEVEL_HEADER, LIST_OPENER, PART_VERB, REMAINDER_PART, SHARE_OF_WHOLE, WHOLE_NAMED, isOnly, SCOPE_WIDER, SUB_ROW, TARGET_WORDS, TOTAL_ROW, TOTAL_ROW_WHOLE, TRAIT_PART, FUNCTION_WORDS, ACTION_LEAD, eitherCase, startsWith, COOPERATIVE_KIND } from './lexicon';
import { blankBrackets, normalize, rowLine } from './text';
import { PLACE_RANKS } from './scope';
import { ETHNIC_NAMES } from './lexicon/ethnic';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import { mayStartWith, PART_ROW, SUB_ROW_FIRSTS } from './chars';
import { MONEY_IN_MILLIONS } from './lexicon/figures';
import { LEFT_BLANK, NATION_WHOLE, PROVINCE_WHOLE, DISTRICT_WHOLE, SHARE_LEAD, NAMED_BY_NUMBER } from './lexicon/patterns';
import { OWN_RATE_WORDS, CHANGE_TO, MEASURE_UNIT, RATE_ROW, RELATION_BEFORE, TIME_NOUN, RATE_ITEM, WHOLE_MEASURED, RANKED_KIND, AVERAGE_BEFORE, PER_UNIT_AFTER, CLAUSE_AFTER_COMMA, CRITERIA_CAPTION, RUNNING_ITEM, YEAR_ITEMS, THRESHOLD_AFTER, AVERAGE_ROW } from './lexicon/patterns-sums';
import { PEOPLE_UNITS, nounAt, sameUnit, twoUnitMoney } from './totals-common';
import { trainedShares } from './totals-trained';

/** A share of a whole stated before it: "Tổng nguồn lực … 33.205 triệu đồng. Trong đó, … Nhân dân đóng góp 1.915 triệu đồng (chiếm 7,5%)" is 5,8%. */
export interface ShareMismatch {
  part: Quantity;
  share: Quantity;
  total: Quantity;
  /** The share the part is of the total. */
  actual: number;
}

/**
 * Shares given after parts of a total the paragraph states before them ("Tổng …", then "trong đó" or "gồm" parts, each "(chiếm
 * x%)"). A share agrees when it is the part's share of the total, or of a larger figure of the same unit between them (a part's
 * own parts: "ngân sách nhà nước 12.045 triệu đồng (chiếm 36,3%), gồm ngân sách trung ương 5.390 triệu đồng (chiếm 44,7%)").
 * Figures given as "khoảng", "hơn", "gần" are not checked.
 */
/** A whole of all of the unit's, its figure right after: "Tổng số hộ toàn xã 2.846 hộ", "tổng số hộ trên địa bàn huyện là 18.492 hộ", "Toàn xã có 2.846 hộ", "Xã có tổng số 2.846 hộ". */
const UNIT_WHOLE = /(?<![\p{L}])(?:tổng số\s+\p{L}+(?:\s+\p{L}+)?\s+(?:toàn|trên địa bàn|của)\s+(?:xã|huyện|tỉnh|thị trấn|phường|thị xã)(?![\p{L}])\s*(?:là|có)?\s*:?|(?:toàn|cả)\s+(?:xã|huyện|tỉnh|thị trấn|phường|thị xã)\s+(?:hiện\s+)?có(?:\s+tổng số)?|(?:^|[.;:]\s*)(?:xã|huyện|tỉnh|thị trấn|phường|thị xã)\s+(?:hiện\s+)?có\s+tổng số)\s*\d/iu;
/** Whether a count is a whole of all of the unit's said so, its unit bare after it ("Toàn xã có 2.846 hộ, …"; not "… 1.250 hộ đồng bào …"). */
const wholeOfUnit = (text: string, q: Quantity) => UNIT_WHOLE.test(text.slice(Math.max(0, q.start - 60), q.end)) && /^\s*(?:[,;:(]|trong đó)/u.test(text.slice(q.end));
/** A sum of money and its share in a bracket of their own: "3.105,2 tỷ đồng (47,4%)". */
const BARE_MONEY_SHARE = /(?:đồng|tỷ đ|trđ|tr\.\s?đ)\s*\(\s*(\d{1,3}(?:,\d{1,2})?)\s*%\s*\)/gu;
/** The bare shares of a paragraph are shares of one whole only if none passes 100% and together they make about it at most ("(82,1%)" and
 * "(71,9%)" are each part's rate of its own plan; "(112%)" an index against last year). */
function bareSharesFit(text: string): boolean {
  BARE_MONEY_SHARE.lastIndex = 0;
  const values = [...text.matchAll(BARE_MONEY_SHARE)].map((m) => parseVnNumber(m[1])?.value ?? 0);
  // (… a slip in one of them may take the sum a little past the whole, as a wrong share does: "(47,4%)" for 45,4%)
  return values.length > 0 && values.every((v) => v <= 100) && values.reduce((a, v) => a + v, 0) <= 110;
}
/** An act said of a sum before it, whose bare bracket is then a rate of its own plan ("giải ngân 1.102,480 tỷ đồng (82,1%)"). */
const BARE_SHARE_NOT = /(?<![\p{L}])(?:giải ngân|đạt|thực hiện|hoàn thành|bố trí|phân bổ|cấp phát|thanh toán|quyết toán|kế hoạch|dự toán|ước)(?![\p{L}])/iu;
/** How many figures back (and on) a share's whole is looked for. */
const MAX_BACK = 60;

/** A breakdown opened on a colon, its parts then parted by ";": "trong đó:", "gồm:", "bao gồm:", "trong đó có:". */
const COLON_OPENER = /^(?:trong đó|bao gồm|gồm)\s*(?:có\s*)?:/iu;

export function shareMismatches(written: string): ShareMismatch[] {
  const out = breakdownShares(written);
  // (… and a part of things counted by the same noun as their whole, its share of it in a bracket of its own)
  for (const m of sameNounShares(written)) if (!out.some((o) => o.share.start === m.share.start)) out.push(m);
  // (… and a count of people with work after their training, its share of the people trained)
  for (const m of trainedShares(written)) if (!out.some((o) => o.share.start === m.share.start)) out.push(m);
  return out;
}

/** A count of things, not people, households, places, land, lengths or money — what the quantities know no unit for ("168 báo cáo"), or
 * things made or done (lexicon things-counted) — then "trong đó" and a count of the same noun with a status, its share in a bracket of its
 * own: "tiếp nhận 168 báo cáo định kỳ (tháng, quý, 6 tháng) của 12 huyện, …, trong đó 147 báo cáo đúng hạn (85,1%)" is 87,5% (nys05). The
 * share of all of them, no rate of another whole: the two counts name one noun, nothing but words stand between the part and its bracket. */
function sameNounShares(written: string): ShareMismatch[] {
  const out: ShareMismatch[] = [];
  if (!written.includes('%') || !/trong đó/iu.test(written)) return out;
  const text = blankBrackets(written.replace(/\(\s*(?:chiếm\s+)?\d{1,3}(?:,\d{1,2})?\s*%\s*\)/gu, (b) => b.replace(/[()]/gu, '\u0001')));
  const noun = (at: number) => nounAt(text, at, 30);
  const countsThings = (q: Quantity) => q.kind === 'number' && !q.qualifier && (q.unit ? THINGS_COUNTED.test(q.unit) : /^\s+\p{L}/u.test(text.slice(q.end, q.end + 3)));
  for (const m of text.matchAll(/(?<![\p{L}])trong đó\s*(?:có\s*)?:?\s*/giu)) {
    const after = m.index! + m[0].length;
    const part = extractQuantities(text.slice(after, after + 200)).map((q) => ({ ...q, start: q.start + after, end: q.end + after }))[0];
    if (!part || part.start !== after || !countsThings(part)) continue;
    const partNoun = part.unit ? normalize(part.unit) : noun(part.end);
    // the share right after the part's words: "(85,1%)" or "(chiếm 85,1%)", no figure, comma or ";" between
    const tail = /^([^\d,;.:\u0001]{0,60})\u0001\s*(?:chiếm\s+)?(\d{1,3}(?:,\d{1,2})?)\s*%\s*\u0001/u.exec(text.slice(part.end));
    if (!tail) continue;
    // the whole: a count of the same noun earlier in the sentence, before "trong đó", nothing that ends a sentence or a clause between
    const head = text.slice(0, m.index);
    const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf(';')) + 1;
    // (… the nearest such count, said firmly: after "hơn 200 hồ sơ" no older count stands in — review-58b A16)
    const ofNoun = (q: Quantity) => q.kind === 'number' && (q.unit ? normalize(q.unit) : noun(q.end)) === partNoun;
    const wholes = extractQuantities(head.slice(start)).map((q) => ({ ...q, start: q.start + start, end: q.end + start })).filter((q) => ofNoun(q) && q.value > part.value);
    const total = wholes[wholes.length - 1];
    if (!total || total.qualifier || !countsThings(total) || PEOPLE_UNITS.has(partNoun)) continue;
    const value = parseVnNumber(tail[2]);
    // (no share of all of them above or at 100%, nor a rate the part's own words name: "(140%)" of a plan, "có tỷ lệ thất thoát nước bình
    // quân (15,2%)" — review-58b A1, A8, A9)
    if (!value || value.value >= 100 || OWN_RATE_WORDS.test(tail[1])) continue;
    const shareAt = part.end + tail[1].length;
    const shareStart = written.indexOf(tail[2], shareAt);
    if (shareStart < 0) continue;
    const actual = (part.value / total.value) * 100;
    if (shareAgrees({ value: value.value, decimals: value.decimals }, actual)) continue;
    // (… nor one that is the share of any two figures of one measure its sentence gives, before or after: "… (chiếm 18,5%) trong tổng số 65
    // sản phẩm của tỉnh", a plan's count, the grand total before a second "trong đó", a length beside the count — review-58b A3, A4, A12,
    // A13, A21)
    const end = text.indexOf('. ', shareStart);
    const sentence = extractQuantities(text.slice(start, end < 0 ? undefined : end)).filter((q) => q.kind === 'number' && q.value > 0);
    const measure = (q: Quantity) => q.unit || noun(q.end + start);
    if (sentence.some((x) => sentence.some((y) => x !== y && x.value < y.value && measure(x) === measure(y) && shareAgrees({ value: value.value, decimals: value.decimals }, (x.value / y.value) * 100)))) continue;
    const share: Quantity = { kind: 'percent', value: value.value, decimals: value.decimals, unit: '%', raw: `${tail[2]}%`, start: shareStart, end: shareStart + tail[2].length + 1 };
    // (each count with its noun, as written: "147 báo cáo")
    const withNoun = (q: Quantity) => (q.unit ? written.slice(q.start, q.end) : written.slice(q.start, q.end) + (/^\s*\p{L}+(?:\s+\p{L}+)?/u.exec(written.slice(q.end))?.[0] ?? '')).trim();
    out.push({ part: { ...part, raw: withNoun(part) }, share, total: { ...total, raw: withNoun(total) }, actual });
  }
  return out;
}

function breakdownShares(written: string): ShareMismatch[] {
  const out: ShareMismatch[] = [];
  // (money in two units is one sum: "186 tỷ 420 triệu đồng" is 186,420 tỷ đồng, not 420 triệu đồng)
  const text = twoUnitMoney(written);
  // (a share is written with "%": most paragraphs with figures have none, and one look at a character costs less than a phrase set)
  // (… or a share of money in a bracket of its own: "vốn tín dụng 3.105,2 tỷ đồng (47,4%)")
  const bareOk = text.includes('%') && bareSharesFit(text);
  // (… or a count's share in a bracket of its own after a whole of all of the unit's: "Tổng số hộ toàn xã 2.846 hộ, trong đó hộ nghèo
  // 41 hộ (1,44%), hộ cận nghèo 96 hộ (3,73%)" — 3,37%)
  const allOfUnit = text.includes('%') && UNIT_WHOLE.test(text);
  // (… or a group of people by a trait, its share of the people counted before "trong đó": "đào tạo nghề cho 3.870 lao động nông thôn, trong
  // đó lao động nữ 2.146 người (chiếm 58,6%)" is 55,5% — nxq01; not households, whose rates are of all of them, "hộ nghèo 520 hộ (4,2%)")
  const traitsOk = text.includes('%') && text.includes('trong đó') && PERSON_TRAITS.some((set) => set.test(text));
  if (!text.includes('%') || !(SHARE_OF_WHOLE.test(text) || bareOk || allOfUnit) || !BREAKDOWN.test(text) || !(TOTAL_ROW.test(text) || text.includes('đồng') || allOfUnit || traitsOk)) return out;
  const qs = extractQuantities(text);
  /** "(chiếm " or ", chiếm " and nothing else between a figure and the share after it (or, after a sum of money, "(" alone). */
  const shareLead = (between: string, money = false) => (/^\s*[(,]/u.test(between) && isOnly(SHARE_OF_WHOLE, between.replace(/^\s*[(,]\s*/u, '').trim())) || (money && /^\s*\(\s*$/u.test(between));
  for (let i = 1; i < qs.length; i++) {
    const share = qs[i];
    const part = qs[i - 1];
    if (share.kind !== 'percent' || part.kind !== 'number' || !part.unit || (part.qualifier && part.qualifier !== 'estimate')) continue;
    // (after the share, a bracket closes or the clause ends, or the total is named: other words name another whole)
    const after = text.slice(share.end, share.end + 24);
    // (a bare bracket's share only of money, closed at once: a count's bare share is of all of its kind, "520 hộ nghèo (4,2%)")
    // (… named by its source, no act said of it: "vốn đầu tư phát triển giải ngân 1.102,480 tỷ đồng (82,1%)" is paid out of its own plan)
    const label = text.slice(Math.max(0, part.start - 80), part.start).split(/[;:,(]/u).pop() ?? '';
    const bare = bareOk && /đồng/u.test(part.unit) && /^\s*\)/u.test(after) && !BARE_SHARE_NOT.test(label);
    // (… a count of parts, not a change: "giảm 37 hộ (1,32%) so với đầu năm 2022" gives the points the rate fell)
    const bareCount = allOfUnit && !/đồng/u.test(part.unit) && /^\s*\)/u.test(after) && !BARE_SHARE_NOT.test(label) && !DIFFERENCE_WORDS.find(text.slice(Math.max(0, part.start - 14), part.start));
    // (a group of people named by a trait, before or after its count — "lao động nữ 2.146 người (chiếm 58,6%)", "2.146 lao động nữ (chiếm
    // 58,6%)" — its share closed at once: of the people counted right before "trong đó")
    const traitWords = traitsOk && PEOPLE_UNITS.has(part.unit) && /^\s*\)/u.test(after) ? /^([^()\d;,.]{0,40})\(\s*chiếm\s*$/iu.exec(text.slice(part.end, share.start)) : null;
    const traitPart = !!traitWords && PERSON_TRAITS.some((set) => set.test(`${label} ${traitWords[1]}`));
    if (!traitPart && (!shareLead(text.slice(part.end, share.start), bare || bareCount) || !(/^\s*(?:[),;.]|$)/u.test(after) || startsWith(WHOLE_NAMED, after)))) continue;
    const ofUnit = (q: Quantity) => sameUnit(q.unit, part.unit) || (traitPart && PEOPLE_UNITS.has(q.unit));
    /** The people a trait's group is some of: counted right before "trong đó", no other figure between, in the part's sentence. */
    const peopleBefore = (q: Quantity) => {
      if (!traitPart || !PEOPLE_UNITS.has(q.unit)) return false;
      const between = text.slice(q.end, part.start);
      const m = /trong đó/iu.exec(between);
      return !!m && m.index <= 40 && !/\d/u.test(between.slice(0, m.index)) && !/[.;](?:\s|$)/u.test(between);
    };
    // the whole: the first figure of the part's unit whose sentence or clause opens on "Tổng" before the part, with "trong đó"
    // or "gồm" between them ("Tổng nguồn lực … 33.205 triệu đồng. Trong đó, …"), itself no share of a larger whole
    // (the figures of the last stretch of the paragraph: a whole is stated within a few dozen figures of its parts)
    const earlier = qs.slice(Math.max(0, i - 1 - MAX_BACK), i - 1).filter((q) => q.kind === 'number' && ofUnit(q));
    const opensOnTotal = (q: Quantity) => {
      const sentence = text.slice(Math.max(0, q.start - 100), q.start).split(/[.;](?:\s|$)/u).pop() ?? '';
      // (… or after a run-in label: "- Tiêu chí số 11 về Nghèo đa chiều: Tổng số hộ toàn xã 2.846 hộ")
      // (… or, for a bare share, a whole of all of the unit's said so, its unit bare: "Toàn xã có 2.846 hộ, …", "Xã có tổng số 2.846 hộ, …")
      return startsWith(TOTAL_ROW, sentence) || startsWith(TOTAL_ROW, sentence.split(/,\s/u).pop() ?? '') || startsWith(TOTAL_ROW, sentence.split(/:\s/u).pop() ?? '') || (bareCount && wholeOfUnit(text, q));
    };
    // (… or a sum of money its parts follow at once, in the part's sentence: "huy động tổng nguồn lực 883,3 tỷ đồng, trong đó vốn tín
    // dụng 318,4 tỷ đồng (chiếm 38,6%)" — a count's parts take rates of all of their kind: "1.250 hộ, trong đó hộ nghèo 520 hộ (chiếm
    // 4,2%)" is 4,2% of all households)
    // (… its parts over ";" where the breakdown opens on a colon, "…, trong đó: vốn tín dụng …; Nhân dân đóng góp 286,4 tỷ đồng (chiếm 16,8%)" —
    // session 45, nvw04)
    // (… not a share that names a whole of its own there, "(chiếm 18,5% tổng vốn đầu tư công của huyện)" — review-45b D13)
    const namesWhole = startsWith(WHOLE_NAMED, after);
    const partsFollow = (q: Quantity) => {
      const opener = text.slice(q.end, q.end + 40).replace(/^\s*[,(:]?\s*/u, '');
      const between = text.slice(q.end, part.start);
      return /đồng/u.test(q.unit) && !/\.\s/u.test(between) && (!/;\s/u.test(between) || (COLON_OPENER.test(opener) && !namesWhole)) && startsWith(BREAKDOWN, opener);
    };
    const t = earlier.findIndex((q) => opensOnTotal(q) || partsFollow(q) || peopleBefore(q));
    if (t < 0) continue;
    const total = earlier[t];
    // (a count's bare share only of a whole of all of the unit's, said right before it: "Tổng số hộ toàn xã 2.846 hộ")
    // (… its unit said bare, no kind of it: "Toàn huyện có 1.250 hộ đồng bào dân tộc thiểu số, trong đó hộ nghèo 520 hộ (4,2%)" is of all
    // households)
    if (bareCount && !/^\s*\(\s*(?:chiếm|bằng)/iu.test(text.slice(part.end, share.start)) && !wholeOfUnit(text, total)) continue;
    const next = qs[qs.indexOf(total) + 1];
    if ((total.qualifier && total.qualifier !== 'estimate') || !BREAKDOWN.test(text.slice(total.end, part.start))) continue;
    // (a whole with a rate of its own after it, "1.428,350 tỷ đồng, đạt 79,5% kế hoạch; trong đó …", gives its parts' bare brackets as
    // rates too)
    if (bare && next && next.kind === 'percent' && next.start < part.start && !shareLead(text.slice(total.end, next.start))) continue;
    // (a total that is itself a share of a larger whole, "3.048,10 tỷ đồng, chiếm 16,4% tổng nguồn lực", gives that whole too: a part's
    // share may be of either)
    const larger = next && next.kind === 'percent' && shareLead(text.slice(total.end, next.start)) && next.value > 0 ? (total.value * 100) / next.value : undefined;
    if (larger !== undefined && Math.abs((part.value / larger) * 100 - share.value) <= share.value * 0.01 + 0.05) continue;
    // (a share that is the part's of any larger figure of its unit said near it, before or after, is that one's: "Lũy kế 3 năm, vốn ngân
    // sách trung ương 300 tỷ đồng (chiếm 30,3%), trên tổng nguồn lực 990 tỷ đồng")
    const wholes = qs.slice(Math.max(0, i - 1 - MAX_BACK), i + MAX_BACK).filter((q) => q.kind === 'number' && q !== part && ofUnit(q) && q.value > part.value);
    if (!wholes.length || wholes.some((w) => shareAgrees({ value: share.value, decimals: share.decimals }, (part.value / w.value) * 100))) continue;
    // (each figure as the report writes it)
    const asWritten = (q: Quantity) => {
      let end = q.end;
      while (text[end] === ' ' && end < text.length) end++;
      return { ...q, raw: written.slice(q.start, end).trim() };
    };
    out.push({ part: asWritten(part), share, total: asWritten(total), actual: (part.value / total.value) * 100 });
  }
  return out;
}
