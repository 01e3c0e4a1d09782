/**
 * A total, then "gồm" (or a bracket opening on it) and its parts in the same unit ("… 520 tỷ đồng, gồm: …", "412 hộ (gồm 268 hộ
 * nghèo và 154 hộ cận nghèo)"), and a count of places of several kinds with a bracket of those kinds.
 */
import { spelledCountsAsDigits } from './spelled-counts';
import { captionOf, tables, type DocModel, type TableView } from './model';
import { sideBySide } from './table-transpose';
import { formatVn, parseVnNumber, roundingInterval, shareAgrees, type VnNumber } from './numbers';
import { clauses, extractQuantities, hasScanSlip, KNOWN_UNITS, type Quantity } from './quantities';
import { PERSON_TRAITS, COLUMN_ROLES, TABLE_LABEL, BREAKDOWN, LIST_OF_WHOLE, WHERE_WORDS, QUALIFIERS, PLAN_WORDS, THINGS_COUNTED, CLAIM_MET, COMPARED_WITH, CLAIM_NOT_MET, DIFFERENCE_WORDS, NAMES_ELSEWHERE, LEVEL_HEADER, LIST_OPENER, PART_VERB, REMAINDER_PART, SHARE_OF_WHOLE, WHOLE_NAMED, isOnly, SCOPE_WIDER, SUB_ROW, TARGET_WORDS, TOTAL_ROW, TOTAL_ROW_WHOLE, TRAIT_PART, FUNCTION_WORDS, ACTION_LEAD, eitherCase, startsWith, COOPERATIVE_KIND } from './lexicon';
import { blankBrackets, normalize, rowLine } from './text';
import { PLACE_RANKS } from './scope';
import { ETHNIC_NAMES } from './lexicon/ethnic';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import { mayStartWith, PART_ROW, SUB_ROW_FIRSTS } from './chars';
import { RECOGNISED_WORDS, LEFT_BLANK, NATION_WHOLE, PROVINCE_WHOLE, DISTRICT_WHOLE, SHARE_LEAD, NAMED_BY_NUMBER } from './lexicon/patterns';
import { HONOURED_KIND, CLAUSE_WORD, CHANGE_TO, MEASURE_UNIT, RATE_ROW, RELATION_BEFORE, TIME_NOUN, RATE_ITEM, WHOLE_MEASURED, RANKED_KIND, AVERAGE_BEFORE, PER_UNIT_AFTER, CLAUSE_AFTER_COMMA, CRITERIA_CAPTION, RUNNING_ITEM, YEAR_ITEMS, THRESHOLD_AFTER, AVERAGE_ROW, PRIORITY_BEFORE, NOUN_COMPLEMENT, VILLAGE_NUMBER } from './lexicon/patterns-sums';
import { PEOPLE_UNITS, riseBefore, secondKindAfter, inUnitOf, traitsMasked, ITEM_SEP, KINDS_SERIES, MAX_LISTS, NOUN_MARK, placeKindsAfter, unitsOfLevel, ROUGH, SOME_MORE, actionCounted, asRead, consistent, estimateOrPlan, figureOf, fitsUnit, itemCounts, openList, sameUnit, someMore, timesEach, twoUnitMoney, unitSaidOnce, withNoun, type TotalMismatch } from './totals-common';

/** The "gồm" lists of a paragraph (each one: "… (60%), gồm Phú Lạc (năm 2014), … Phân theo nhóm, 10 xã gồm: 06 xã …, 03 xã …"), whose parts must make their whole. */
export function listedTotals(written: string, paragraph: number): TotalMismatch[] {
  // (a figure a scan misread leaves the sum unknown: "30 km, gồm: … 12 km, … 1O km, … 8 km" — review-58 C3)
  if (hasScanSlip(written)) return [];
  // (a part's count spelled in words is read as its digits, the paragraph shown as written: "gồm 171 thôn và mười bảy tổ dân phố")
  const text = spelledCountsAsDigits(written);
  const found = listedTotalsOf(text, paragraph);
  return text === written ? found : found.map((t) => (t.excerpt === text ? { ...t, excerpt: written } : t));
}

function listedTotalsOf(text: string, paragraph: number): TotalMismatch[] {
  // (not a "bao gồm" inside brackets: "ngân sách tỉnh (bao gồm hỗ trợ xi măng) 1.047 tỷ đồng" says what a part holds)
  const out: TotalMismatch[] = [];
  const re = /(?<![\p{L}])(gồm|bao gồm)\s*:?/giu;
  const plain = blankBrackets(text);
  for (let m = re.exec(plain), n = 0; m && n < MAX_LISTS; m = re.exec(plain), n++) out.push(...listedTotal(text, paragraph, m));
  // … but a bracket that opens on "gồm" right after a count breaks that count down: "412 hộ (gồm 268 hộ nghèo và 154 hộ cận nghèo)"
  if (text.includes('(')) {
    BRACKET_LIST.lastIndex = 0;
    const tight = new Set<number>();
    for (let m = BRACKET_LIST.exec(text), n = 0; m && n < MAX_LISTS; m = BRACKET_LIST.exec(text), n++) {
      tight.add(m.index + m[0].indexOf('('));
      const total = extractQuantities(m[1])[0];
      if (!total || total.kind !== 'number' || !total.unit || total.qualifier) continue;
      const list = m[2];
      const all = extractQuantities(list);
      const parts = all.filter((q) => q.kind === 'number' && fitsUnit(q.unit, total.unit));
      if (parts.length < 2 || all.some((q) => q.kind !== 'number' || q.qualifier) || parts.length !== all.length || openList(list) || SOME_MORE.test(list)) continue;
      const pv = parts.map(figureOf);
      if (consistent({ value: total.value, decimals: total.decimals }, pv, /đồng/u.test(total.unit))) continue;
      out.push({ paragraph, excerpt: text, at: m.index, ...asRead(total, parts), unit: total.unit });
    }
    // (… and so does one that opens on "gồm:" after a count and the words that say what it counts, as a list after a comma would: "có 07
    // xã đã chuyển thành phường (gồm: 04 xã thuộc thị xã Bến Cát, 04 xã thuộc thị xã Tân Uyên)")
    // (the bracket matched first, its look back only there: a look back at every character cost a second on a long report)
    LOOSE_BRACKET_LIST.lastIndex = 0;
    for (let m = LOOSE_BRACKET_LIST.exec(text), n = 0; m && n < MAX_LISTS; m = LOOSE_BRACKET_LIST.exec(text), n++) {
      if (tight.has(m.index)) continue;
      const close = text.indexOf(')', m.index);
      const unwrapped = `${text.slice(0, m.index)}, ${text.slice(m.index + 1, close < 0 ? text.length : close)}.`;
      const g = /(?<![\p{L}])(?:bao\s+)?gồm\s*:?/iu.exec(unwrapped.slice(m.index));
      if (!g) continue;
      const at = Object.assign([g[0]], { index: m.index + g.index, input: unwrapped }) as RegExpExecArray;
      out.push(...listedTotal(unwrapped, paragraph, at).map((t) => ({ ...t, excerpt: text })));
    }
  }
  out.push(...kindBreakdowns(text, paragraph));
  return out;
}

/**
 * A count of places of several kinds, then a bracket of bare counts of those kinds further on, with "gồm" or without: "58/137 thôn, bản
 * đạt chuẩn nông thôn mới (gồm 34 thôn và 26 bản)", "… (34 thôn, 26 bản)" — each part its kind alone, no trait of its own.
 */
export function kindBreakdowns(text: string, paragraph: number, bareOnly = false): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  // (a cheap look first: most paragraphs name no two kinds of village side by side)
  if (text.includes('(') && KINDS_SIDE_BY_SIDE.test(text)) {
    PLACES_THEN_KINDS.lastIndex = 0;
    for (let m = PLACES_THEN_KINDS.exec(text), n = 0; m && n < MAX_LISTS; m = PLACES_THEN_KINDS.exec(text), n++) {
      // (only brackets with no word before their counts, when asked: "(trong đó …)" is read as a "trong đó" list is)
      if (bareOnly && /\(\s*(?:bao\s+)?(?:gồm|trong đó)/iu.test(m[0])) continue;
      const kinds = new Set([m[3], ...(m[4].match(new RegExp(KIND_WORDS, 'gu')) ?? [])].map((k) => k.toLowerCase()));
      if (kinds.size < 2 || [...kinds].some((k) => !(k in PLACE_RANKS))) continue;
      const items = [...m[6].matchAll(/(\d[\d.]*)\s+(\p{Ll}+)/gu)];
      if (items.length < 2 || !BARE_KINDS.test(m[6]) || items.some((it) => !kinds.has(it[2]))) continue;
      // (… nor the bracket after words that name another whole, "trên tổng số thôn, bản của huyện (gồm …)")
      if (/(?<![\p{L}])(?:tổng số|toàn|của (?:xã|huyện|tỉnh))(?![\p{L}])/iu.test(m[5])) continue;
      const whole = parseVnNumber(m[1]);
      const parts = items.map((it) => parseVnNumber(it[1]));
      if (!whole || parts.some((p) => !p)) continue;
      // (… nor parts that make the fraction's whole: "58/137 thôn, bản (gồm 111 thôn và 26 bản)" breaks down the 137)
      const den = m[2] ? parseVnNumber(m[2]) : null;
      if (consistent(whole, parts as VnNumber[], false) || (den && consistent(den, parts as VnNumber[], false))) continue;
      out.push({ paragraph, excerpt: text, at: m.index, ...asRead(whole, parts as VnNumber[]), unit: m[3].toLowerCase() });
    }
  }
  return out;
}
/** A count of places (a fraction's part) and more kinds after its noun, its words, then a bracket listing counts: "58/137 thôn, bản đạt chuẩn nông thôn mới (gồm 34 thôn và 26 bản)" (groups: the count, its kind, the other kinds, the list). */
/** The kinds of village a count may be of (thôn and its local names, lexicon: settlements), longest first. */
const KIND_WORDS = ['thôn', ...SETTLEMENT_WORDS].sort((a, b) => b.length - a.length).join('|');
const PLACES_THEN_KINDS = new RegExp(String.raw`(?<![\p{L}\d.,/])(\d[\d.]*)(?:\/(\d[\d.]*))?\s+(${KIND_WORDS})((?:\s*(?:,|và)?\s*(?:${KIND_WORDS})){1,3})(?![\p{L}])([^\d();]{0,80})\(\s*(?:(?:bao\s+)?(?:gồm|trong đó)\s*:?\s*)?([^()]{3,120})\)`, 'gu');
/** Two kinds of village side by side: "thôn, bản", "thôn và buôn", "thôn bản". */
const KINDS_SIDE_BY_SIDE = new RegExp(String.raw`(?:${KIND_WORDS})\s*(?:,|và)?\s*(?:${KIND_WORDS})(?![\p{L}])`, 'u');
/** A list of bare counts of kinds: "34 thôn và 26 bản", "12 thôn, 8 bản và 3 buôn". */
const BARE_KINDS = /^\s*\d[\d.]*\s+\p{Ll}+(?:\s*(?:,|và|;)\s*\d[\d.]*\s+\p{Ll}+)+\s*$/u;
/** A bracket that opens on "gồm" after a count and the words that say what it counts, no figure between: "07 xã đã chuyển thành phường (gồm: …)", "09 xã … nâng cao, kiểu mẫu (gồm …)". */
const LOOSE_BRACKET_LIST = /\((?<=(?<![\p{L}\d.,/])\d[\d.,]*\s+\p{L}+(?:[\s,]+\p{L}+){2,10}\s*\()\s*(?:bao\s+)?gồm(?![\p{L}])\s*:?/gu;
/** A count, then a bracket opening on "gồm" or "bao gồm" that lists its parts: "412 hộ (gồm 268 hộ nghèo và 154 hộ cận nghèo)". */
const BRACKET_LIST = /(?<![\p{L}\d.,/])(\d[\d.,]*\s+\p{L}+(?:\s+\p{L}+)?)\s*\(\s*(?:bao\s+)?gồm\s*:?\s*([^()]{3,300})\)/giu;
/**
 * A list cut where its paragraph stops, its last item a name still waiting for its amount: "… Nhân dân đóng góp 5,2 tỷ đồng; doanh
 * nghiệp" (a line of a report pasted from a PDF or a chat, its amount on the next line). Its items are parted by ";" (two at least; a
 * list parted by commas may end on an item's own words, "… và 10 lớp cho cán bộ thôn, tổ dân phố"); the last of them holds no figure,
 * runs to a few words and holds no verb of being or doing (a clause of its own closes a list that is whole: "…; thôn Bắc đã không còn hộ
 * nghèo", "…; góp phần …" — review-38e). Reading the amount from the next line was tried and backed out (review-38h: closing remarks,
 * channels, owners and mottos end whole lists the same way, and the next sentence opens on a count in the list's unit).
 */
function cutList(list: string): boolean {
  // (… or one whose paragraph stops right after a ";", the list going on in the next — review-38e J8, J10)
  if (STOPS_ON_SEMICOLON.test(list)) return list.split(';').length >= 3;
  if (!STOPS_ON_LETTER.test(list)) return false;
  const plain = blankBrackets(list);
  if (plain.split(';').length < 3) return false;
  const last = plain.slice(plain.lastIndexOf(';') + 1).trim();
  return !!last && !/\d/u.test(last) && last.split(/\s+/u).length <= MAX_NAME_WORDS && !CLAUSE_WORD.test(last);
}
/** The most words a list item's name runs to ("doanh nghiệp, nhà hảo tâm", "tỷ lệ hộ dân nông thôn sử dụng nước sạch"). */
const MAX_NAME_WORDS = 12;
/** A list's text stopping on a letter, or right after ";". */
const STOPS_ON_LETTER = /\p{L}\s*$/u;
const STOPS_ON_SEMICOLON = /;\s*$/u;
/** "mục tiêu" of a programme's name: "các chương trình mục tiêu", "Chương trình mục tiêu quốc gia". */
const PROGRAMME_BEFORE = /chương trình\s*$/iu;
function listedTotal(text: string, paragraph: number, m: RegExpExecArray): TotalMismatch[] {
  // (a "trong đó" within the list breaks an item down, and where that breakdown ends cannot be told: "gồm 10 xã đồng bằng, 4 xã
  // trung du, trong đó 2 xã có đồi chè, 6 xã miền núi" — no check; one after the list's ";" is of a new clause)
  // (… within the list's own sentence: a "trong đó" of the next one breaks down another figure)
  let rest = text.slice(m.index + m[0].length);
  const stop = SENTENCE_END.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  // (… nor one after the list's end, a measure of the whole said after its parts: "42 chợ …, gồm: 09 chợ xây mới, …, với tổng vốn 186 tỷ
  // 420 triệu đồng, trong đó ngân sách nhà nước …")
  const measured = WHOLE_MEASURED.exec(rest);
  if (measured) rest = rest.slice(0, measured.index);
  // (… but one inside brackets ends with them: "06 xã đạt chuẩn (trong đó 02 xã … nâng cao), 03 xã …")
  const within = /trong đó/iu.exec(blankBrackets(rest));
  if (within && (rest.indexOf(';') < 0 || within.index < rest.indexOf(';'))) return [];
  // (an aside in brackets before "gồm" holds no total: "… lên 172 sản phẩm (trong giai đoạn 2019-2020 có 74 sản phẩm), gồm …")
  // (… money in two units at once read as one figure, as in the list: "1.086 tỷ 400 triệu đồng, gồm: …")
  const head = twoUnitMoney(blankBrackets(text.slice(0, m.index)));
  const before = extractQuantities(head).map((q) => withNoun(q, head));
  // the total: the last count before "gồm" — a fraction's part ("32/45 hộ … (71,1%), gồm 11 hộ …" lists the 32)
  // (not a difference said against an earlier time: "392 sản phẩm …, tăng 276 sản phẩm so với năm 2020 (116 sản phẩm), gồm 330 … 3
  // sao, 60 … 4 sao" lists the 392; "tăng lên 15 xã, gồm …" and "giảm còn 210 hộ, gồm …" list the level reached)
  const difference = (q: Quantity) => !!DIFFERENCE_WORDS.find(head.slice(Math.max(0, q.start - 16), q.start)) && COMPARED_WITH.test(head.slice(q.end, q.end + 40));
  // (nor an average said beside the whole: "đạt 1.186,4 tỷ đồng, bình quân 339 tỷ đồng/năm, gồm: …" lists the 1.186,4)
  const average = (q: Quantity) => AVERAGE_BEFORE.test(head.slice(Math.max(0, q.start - 30), q.start)) || PER_UNIT_AFTER.test(head.slice(q.end, q.end + 12));
  // (… where another whole stands before it: "52,3 triệu đồng/người/năm, gồm: thu từ …" breaks down the average itself)
  const counts0 = before.filter((q) => ((q.kind === 'number' && q.unit) || (q.kind === 'fraction' && q.num && q.unit)) && !difference(q));
  // (… of the same unit: "18 xã của huyện có thu nhập bình quân … 52,3 triệu đồng/người/năm, gồm: …" breaks down the income)
  const averages = counts0.filter(average);
  const counts = averages.length && counts0.some((q) => !averages.includes(q) && averages.some((a) => sameUnit(a.unit, q.unit))) ? counts0.filter((q) => !averages.includes(q)) : counts0;
  let last = counts.pop();
  if (!last) return [];
  // the parts: the list's own items, to the end of its sentence — not what brackets or "trong đó" break an
  // item into, nor a rise or fall said of the total ("tăng 19 sản phẩm so với cuối năm 2020")
  // (money in two units at once, "tiền mặt 148 tỷ 250 triệu đồng", is read as one figure, 148,250 tỷ đồng, its length kept)
  let list = twoUnitMoney(text.slice(m.index + m[0].length));
  const end = SENTENCE_END.exec(list);
  if (end) list = list.slice(0, end.index);
  // (a list of items parted by ";" cut off where its paragraph stops, its last item a name with no amount and no stop after it, "…; Nhân
  // dân đóng góp 5,2 tỷ đồng; doanh nghiệp", goes on where it cannot be read: its parts are not all known, so parts short of the whole are
  // no mistake — not a list parted by commas, whose last words may be an item's own, "… và 10 lớp cho cán bộ thôn, tổ dân phố")
  // (… its parts above the whole are still a mistake, whatever the item left out holds — review-38e S4)
  const cut = !end && cutList(list);
  const measuredAt = WHOLE_MEASURED.exec(list);
  if (measuredAt) list = list.slice(0, measuredAt.index);
  // "gồm: a; b; c" lists over ";"; without the colon, ";" ends the list ("96 thôn, làng, gồm 61 thôn và 37 làng; …")
  // (… and so does it for a "gồm:" inside a "trong đó" list, whose own items ";" parts: "2.488.415 triệu đồng, trong đó ngân sách nhà
  // nước 798.640 triệu đồng, gồm: … 21.470 triệu đồng; vốn lồng ghép 498.320 triệu đồng; …")
  // (a clause of the list that opens a list of its own after a colon breaks the whole down another way, and ends the first: "14 sản
  // phẩm OCOP, gồm 11 sản phẩm 3 sao và 03 sản phẩm 4 sao, phân bổ tại các xã: Lâm Sơn 04, Lương Sơn 03, …")
  const second = list.indexOf(':', /^\s*:/u.test(list) ? list.indexOf(':') + 1 : 0);
  if (second > 0) {
    const clause = Math.max(list.lastIndexOf(',', second), list.lastIndexOf(';', second));
    // (… words of its own, not a part's name: "Hương Sơn: 8" is an item)
    const words = list.slice(clause + 1, second).trim();
    if (clause > 0 && /\d/u.test(list.slice(0, clause)) && /^\p{Ll}/u.test(words) && !/\d/u.test(words)) list = list.slice(0, clause);
  }
  const inWithin = /trong đó/iu.test(head.slice(head.lastIndexOf('. ') + 1));
  // (a ";" inside brackets parts no items: "gồm 19 sản phẩm 3 sao và 02 sản phẩm 4 sao (Báo cáo số 312/BC-UBND đã báo cáo 19 sản phẩm;
  // bổ sung 02 sản phẩm …)" — the bracket is an aside, blanked below as a whole)
  const semicolon = blankBrackets(list).indexOf(';');
  if ((!m[0].includes(':') || inWithin) && semicolon >= 0) list = list.slice(0, semicolon);
  // (… and where the first item names its parts with no count, "gồm: Tà Chải (năm 2015), Bảo Nhai (năm 2016), …, Bản Phố và Cốc Lầu (năm
  // 2018); 03 xã đạt từ 15 đến 18 tiêu chí; …", the list is of names, and the counts after ";" are clauses of their own — of the whole
  // district's communes, not of the five named; session 45, nvt06)
  const firstItem = blankBrackets(list).split(';');
  // (… a place's count in a bracket after its name is a count: "gồm: huyện Ninh Hải (08 xã), huyện Ninh Phước (09 xã); …" — review-45b A3)
  if (firstItem.length > 1 && !/\d/u.test(firstItem[0]) && /\p{Lu}/u.test(firstItem[0]) && firstItem[0].includes(',') && !list.slice(0, firstItem[0].length).match(PLACE_COUNT_BRACKET)) list = list.slice(0, firstItem[0].length);
  // (… and where the items open on their counts, an item after ";" that opens on words is a clause of its own: "gồm: 41 cầu năm
  // 2021, 46 cầu năm 2022 và 36 cầu năm 2023; sửa chữa, gia cố 58 cầu yếu")
  if (/^\s*\d/u.test(list)) {
    const words = /;\s*(?=\p{L})/u.exec(blankBrackets(list));
    if (words) list = list.slice(0, words.index);
  }
  // (… and an item that opens on an estimate or a plan: "gồm: đường trục xã 42 km, …, đường trục chính nội đồng 25 km; ước cả năm 2023
  // đạt 265 km" — the whole of another time, no part)
  // (… or on a verb right before a count: "gồm: mầm non 386 phòng, tiểu học 497 phòng, trung học cơ sở 381 phòng; xây dựng 864 phòng chức
  // năng, …; xóa 1.046 phòng học tạm" — lexicon: action-lead)
  // (… only where the list's first item opens on no such verb, "gồm: xây mới 1.012 căn; sửa chữa 405 căn" names its parts by what was done,
  // and not in a list of money, whose parts a verb before their sum names by purpose: "; hỗ trợ 12,5 tỷ đồng cho phát triển sản xuất")
  const verbsEnd = !/đồng/u.test(last.unit) && !actionCounted(list.replace(/^\s*:?\s*/u, '').slice(0, 40)) && !ACTION_LEAD.atStart(list.replace(/^\s*:?\s*/u, ''));
  for (let outside = blankBrackets(list), at = outside.indexOf(';'); at >= 0; at = outside.indexOf(';', at + 1))
    // (… or that turns back to the whole, "; trong tổng số 214 nhà có 62 nhà của hộ người có công" — a statement of its own, walk47)
    if (estimateOrPlan(list.slice(at + 1, at + 41)) || (verbsEnd && actionCounted(list.slice(at + 1, at + 41))) || /^\s*trong\s+(?:tổng\s+)?số(?![\p{L}])/iu.test(list.slice(at + 1, at + 20))) {
      list = list.slice(0, at);
      break;
    }
  // (… and so does a comma before a clause of its own: "gồm: tiền mặt 12,6 tỷ đồng, ngày công 8,8 tỷ đồng, đồng thời vận động doanh nghiệp
  // hỗ trợ 3,2 tỷ đồng vật tư" — lexicon: clause-after-comma)
  const clauseAt = CLAUSE_AFTER_COMMA.exec(blankBrackets(list));
  if (clauseAt) list = list.slice(0, clauseAt.index);
  // (a part left to fill, "vốn tín dụng [số liệu] tỷ đồng", "… xx ha": the parts cannot be added up)
  // (… nor running totals, "gồm: năm 2022 lũy kế 04 xã, năm 2023 lũy kế 09 xã, …", each of them the whole so far)
  if (LEFT_BLANK.test(list) || RUNNING_ITEM.test(list)) return [];

  // … and so do the words that judge the total against a target ("…, vượt so với mục tiêu Kết luận đề ra là 20 xã")
  // (not "mục tiêu" in a programme's name, "vốn lồng ghép các chương trình mục tiêu 2.300 triệu đồng" — review-38 C3)
  let target = TARGET_WORDS.find(list);
  while (target && PROGRAMME_BEFORE.test(list.slice(Math.max(0, target.start - 16), target.start))) {
    const next = TARGET_WORDS.find(list.slice(target.end));
    target = next ? { ...next, start: next.start + target.end, end: next.end + target.end } : null;
  }
  const judged = [target, CLAIM_MET.find(list), CLAIM_NOT_MET.find(list)].filter((h) => h).map((h) => h!.start);
  if (judged.length) list = list.slice(0, Math.min(...judged));
  // (… nor what a part's own "gồm" breaks it into: "Nhân dân đóng góp 4.770 triệu đồng (7,7%), gồm tiền mặt 2.990 triệu đồng và …")
  // (… but a bracket that holds only a place's count, right after its name, gives a part: "gồm: huyện Ninh Hải (08 xã), huyện Ninh Phước
  // (08 xã), …" — two such at least, the brackets made spaces)
  if ((list.match(PLACE_COUNT_BRACKET) ?? []).length >= 2) list = list.replace(PLACE_COUNT_BRACKET, (all, name: string, count: string) => `${name} ${count} `.padEnd(all.length, ' '));
  list = blankBrackets(list).replace(/(?:trong đó|(?<![\p{L}])(?:bao\s+)?gồm(?![\p{L}]))[^;]*/giu, (s) => ' '.repeat(s.length));
  // (the criteria a part's places reached describe them, as in a "trong đó" list: "17 xã gồm: 9 xã đạt 19/19 tiêu chí, 5 xã đạt từ 15 - 18
  // tiêu chí và 4 xã …")
  list = traitsMasked(list);
  // (a bare number right after a village's kind is its name, no count (not "đường trục thôn 68 km"): "thôn 3 và thôn 5 mỗi thôn 12 bóng" — review-43 A12; lexicon: village-number)
  const after = unitSaidOnce(list, extractQuantities(list).filter((q) => q.unit || !VILLAGE_NUMBER.test(list.slice(Math.max(0, q.start - 14), q.start)))).map((q) => withNoun(q, list));
  // the whole the list breaks down: the last count before "gồm" of the parts' unit ("tổ chức 126 lớp …, quán triệt với 9.842
  // lượt …, gồm cấp huyện 06 lớp, cấp xã 112 lớp" lists the 126 lớp), within the sentence's clause
  const byUnit = new Map<string, number>();
  let headOnly = false;
  const ofUnit = (u: string) => {
    const key = `${headOnly}${u}`;
    let n = byUnit.get(key);
    if (n === undefined) byUnit.set(key, (n = after.filter((q) => q.kind === 'number' && fitsUnit(q.unit, u, headOnly)).length));
    return n;
  };
  // (a count's noun said again after a verb before "gồm", as the thing that verb made, names another thing the list may be of — not "mỗi bể
  // có dung tích 4 m3", "tổng số phòng học", the same things)
  // (`other`: only where the words said again name another thing than the count's own — "nhà ở" after "18 nhà văn hóa", not "nhà ở" after
  // "156 nhà ở" — and no priority among them, "ưu tiên hỗ trợ hộ …", "chú trọng hỗ trợ hộ …": lexicon priority-before)
  const saidAgain = (q: Quantity, other = false) => {
    const noun = q.unit.replace(NOUN_MARK, '').split(' ')[0].replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const rest = head.slice(q.end + q.unit.length);
    const own = normalize(head.slice(q.start, q.start + 60).replace(/^[\d.,\s]+/u, '')).split(' ').slice(0, 2).join(' ');
    for (const m of rest.matchAll(new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, 'giu'))) {
      const lead = rest.slice(Math.max(0, m.index - 30), m.index);
      const verb = ACTION_LEAD.findLast(lead);
      if (!verb || lead.slice(verb.end).trim()) continue;
      if (!other) return true;
      // (… the noun said bare, or with a word of no content after it, "nhà cho các hộ", is the count's own things)
      const again = normalize(rest.slice(m.index, m.index + 40)).split(' ').slice(0, 2);
      if (again.join(' ') !== own && !!again[1] && !NOUN_COMPLEMENT.test(rest.slice(m.index + m[0].length)) && !PRIORITY_BEFORE.test(lead.slice(0, verb.start))) return true;
    }
    return false;
  };
  // (… so the list is of no count before it: "xây dựng 18 nhà văn hóa thôn, vận động hỗ trợ xây mới nhà ở cho hộ nghèo, gồm: xã Hải An 25
  // nhà, …")
  if (ofUnit(last.unit) >= 2 && saidAgain(last, true)) return [];
  if (ofUnit(last.unit) < 2) {
    // (… within the list's own sentence: a count of the sentence before is no whole of it — "… mỗi xã 01 cầu. Năm 2023 sửa chữa 12 cầu yếu,
    // gồm: …"; not an abbreviation's stop, "… tại 04 huyện và TP. Đông Hà, gồm: …" — review-43c A10n)
    const clause = Math.max(text.lastIndexOf(';', m.index), lastSentenceEnd(text.slice(0, m.index)));
    const earlier = [...counts].reverse().find((q) => q.start > clause && ofUnit(q.unit) >= 2);
    if (earlier) last = earlier;
    // (… and where no count's parts are named as it is, one whose parts are named by its head noun alone: "312 bồn chứa nước loại 1 m³ …,
    // gồm: ấp Sóc Cụt 86 bồn, …")
    else {
      headOnly = true;
      // (… never a threshold: "09 sản phẩm OCOP đạt 3 sao trở lên (…), gồm: sản phẩm 4 sao: …" counts no stars)
      // (… nor where its head noun is said again before "gồm", of another thing the list may be of: "245 bể chứa nước mưa … và xây dựng bể
      // thu gom bao gói thuốc …, gồm: xã Vĩnh Hải 30 bể, …")
      const named = [...counts, last].reverse().find((q) => q.start > clause && !THRESHOLD_AFTER.test(head.slice(q.end, q.end + 24)) && ofUnit(q.unit) >= 2 && !saidAgain(q));
      if (named) last = named;
      else headOnly = false;
    }
  }
  const total = last.kind === 'fraction' ? { ...last, value: last.num!.value, decimals: last.num!.decimals } : last;
  // (an average whose list gives the years it is the average of is no sum of them: "bình quân 339 tỷ đồng/năm, gồm: năm 2021 là 312 tỷ
  // đồng, năm 2022 là 345 tỷ đồng, …")
  if (averages.includes(last) && YEAR_ITEMS.test(list)) return [];
  // (a rise is no part — but a bare "hơn" right before a figure says "more than", as in "vốn huy động hơn 235 tỷ đồng";
  // not "nhiều hơn 120 tỷ đồng so với giai đoạn trước")
  const rise = (q: Quantity) => riseBefore(list, q);
  // (a whole counted in several kinds, named one after another before "gồm": "326 tin, bài, phóng sự, gồm: 118 tin, 164 bài phản ánh
  // và 44 phóng sự chuyên đề" — a part may be of any of them)
  // (… or a whole of turns, of the kinds named after it: "386 lượt tập thể, cá nhân, gồm: 112 tập thể, 251 cá nhân và 31 hộ gia đình" — nyo05)
  const turns = total.unit === 'lượt';
  const series = total.unit.startsWith(NOUN_MARK) || turns ? KINDS_SERIES.exec(head.slice(total.end)) : null;
  // (… or a whole of two kinds each a unit, the second named right after the first, "26 hội nghị, lớp tập huấn, gồm: 04 hội nghị …; 12 lớp
  // …", as after "trong đó" — lexicon: second-kind; never of people, whom a second noun names another way)
  const secondWords = !series && total.unit && !PEOPLE_UNITS.has(total.unit) ? secondKindAfter(total.unit, head.slice(total.end)) : undefined;
  // (… nor a second noun of people, another count of another thing: "420 hộ, lao động …, gồm: 180 hộ … và 320 lao động" — review-41c C6)
  const secondUnit = secondWords ? [secondWords, secondWords.split(' ')[0]].find((w) => KNOWN_UNITS.has(w) && !PEOPLE_UNITS.has(w)) : undefined;
  // (… turns keep their own unit beside the kinds: "2.680 lượt hội viên, nông dân, gồm: 1.240 lượt hội viên, …" — review-57 L5)
  const kinds = series ? [...series[1].split(/\s*,\s*/u).map((k) => `${NOUN_MARK}${k.toLowerCase()}`), ...(turns ? [total.unit] : [])] : secondUnit && !sameUnit(secondUnit, total.unit) ? [total.unit, secondUnit] : [total.unit];
  // (a kind of two words may have been read as its first: "44 phóng sự chuyên đề" is a "phóng sự")
  // (money in another of its units is the same money, read in the whole's: "96,84 tỷ đồng gồm: ngân sách tỉnh hỗ trợ 31.500 triệu đồng; …")
  const inWholeUnit = (q: Quantity): Quantity => inUnitOf(q, total.unit);
  // (a whole of places of several kinds, named one after another, "58/137 thôn, buôn đạt chuẩn …, gồm 34 thôn và 26 buôn": a part of any
  // of those kinds, each bare, with only its kind before the next — as after "trong đó")
  const ofLevel = total.unit in PLACE_RANKS ? undefined : unitsOfLevel(total.unit, head.slice(total.end));
  const levelKinds = ofLevel?.kinds ?? [];
  const placeKinds = total.unit in PLACE_RANKS ? placeKindsAfter(head.slice(total.end)) : levelKinds;
  // (a bare count before its kind's noun too, "01 thị trấn": a noun the units do not hold — code review of session 63, item 4)
  const ofPlaceKind = (q: Quantity) => placeKinds.some((k) => q.unit === k || q.unit.replace(NOUN_MARK, '').split(' ')[0] === k || ((!q.unit || q.unit.startsWith(NOUN_MARK)) && list.slice(q.end, q.end + k.length + 4).trimStart().startsWith(k)));
  let parts = after.map(inWholeUnit).filter((q) => q.kind === 'number' && (kinds.some((k) => fitsUnit(q.unit, k, headOnly) || (!!series && !!q.unit && k.startsWith(`${q.unit} `))) || ofPlaceKind(q)) && !rise(q));
  // (… of units of a level, each kind counted once: a kind counted again speaks of something else, "21 đơn vị hành chính cấp xã, gồm: 20 xã
  // và 01 thị trấn; 20 xã có 231 thôn", "gồm 21 xã và 01 thị trấn, 21 xã đã đạt chuẩn" — the list ends before it (code review of session 63,
  // item 4); not kinds of one noun told apart by words of their own, "15 xã miền núi, 07 xã đồng bằng và 01 thị trấn" — review-63b B28)
  if (levelKinds.length) {
    const toldApart = (k: number) => {
      const rest = list.slice(parts[k].end, parts[k].end + 60);
      const stop = rest.search(/[,;:.]|(?<![\p{L}])và(?![\p{L}])/u);
      return /\p{L}/u.test(stop < 0 ? rest : rest.slice(0, stop));
    };
    const again = parts.findIndex((q, k) => k > 0 && parts.slice(0, k).some((p, i) => p.unit === q.unit && !toldApart(i)));
    if (again > 0) parts = parts.slice(0, again);
  }
  if (parts.some(ofPlaceKind) && !parts.every((q, k) => k === parts.length - 1 || /^[\s\p{Ll}]*?\s*(?:,|;|và)\s*$/u.test(list.slice(q.end, parts[k + 1].start)) && list.slice(q.end, parts[k + 1].start).trim().split(/\s+/u).length <= 2)) return [];
  // parts named by year or by place with the unit left to the total ("33 dự án …, gồm: năm 2021 là 06, năm 2022 là 11 và năm 2023 là 14")
  if (parts.length < 2) {
    const named = openList(list) || SOME_MORE.test(list) ? [] : namedBareParts(list, extractQuantities(list));
    if (named.length >= 2) parts = named;
    // … or kinds named by nouns of their own, the whole's noun none of theirs ("126 cơ sở lưu trú, gồm 18 khách sạn, 41 nhà nghỉ và
    // 75 homestay")
    else if (total.unit.startsWith(NOUN_MARK) && !openList(list) && !SOME_MORE.test(list)) {
      const kinds = kindParts(list, extractQuantities(list));
      if (kinds.length >= 2 && kinds.every((q) => q.value < total.value)) parts = kinds;
      // … or every item opens on a count of the whole's head noun, each with words of its own kind ("12 chợ nông thôn, gồm: 05 chợ xây
      // mới (…) và 08 chợ nâng cấp, cải tạo (…)")
      else {
        const noun = total.unit.slice(NOUN_MARK.length).split(' ')[0];
        const items = itemCounts(list).map((q) => withNoun(q, list));
        if (items.length >= 2 && items.every((q) => q.unit.startsWith(NOUN_MARK) && q.unit.slice(NOUN_MARK.length).split(' ')[0] === noun && q.value < total.value)) parts = items;
      }
    }
    // … or kinds of a thing counted ("14 công trình hạ tầng, gồm: 06 tuyến đường … với tổng chiều dài 7,8 km, 04 nhà văn hóa xóm và
    // 03 công trình nước …"): every item opens on a count of things, said before anything else
    else if (total.kind === 'number' && isOnly(THINGS_COUNTED, total.unit) && !openList(list) && !someMore(list)) {
      const items = itemCounts(list);
      if (items.length >= 2 && items.every((q) => q.value < total.value)) parts = items;
    }
  }
  // (… and where some kinds are counted by the whole's noun and some by their own, "412 công trình …, gồm 236 công trình giao thông, …,
  // 32 nhà sinh hoạt cộng đồng, 22 công trình điện", every item's count is a part)
  // (not a whole of units of a level, its list cut at a kind counted again above)
  else if (total.kind === 'number' && !levelKinds.length && isOnly(THINGS_COUNTED, total.unit) && !openList(list) && !someMore(list)) {
    // (the whole's own parts all before the first ";" end the list there: "14 sản phẩm OCOP …, gồm: 11 sản phẩm đạt 3 sao và 03 sản
    // phẩm đạt 4 sao (…); 09 chủ thể tham gia" — the owners are no products)
    const semi = list.indexOf(';');
    const items = itemCounts(semi > 0 && parts.every((q) => q.end <= semi) ? list.slice(0, semi) : list);
    if (items.length > parts.length && items.every((q) => q.value < total.value)) parts = items;
  }
  // (… each kind a turn, an item of a kind the whole did not name is one more turn: the 31 hộ gia đình above)
  if (turns && series && parts.length >= 2 && !openList(list) && !someMore(list)) {
    // (… of those honoured or served, "hộ gia đình" beside "tập thể, cá nhân" — not "9 trường hợp vi phạm" after "74 cơ sở và 54 cửa hàng",
    // what the turns found — review-57 L8)
    const items = itemCounts(list, true);
    const honoured = (q: Quantity) => parts.some((p) => p.start === q.start) || HONOURED_KIND.test(list.slice(q.end, q.end + 16)) || HONOURED_KIND.test(` ${q.unit}`);
    if (items.length > parts.length && items.every((q) => q.value < total.value && honoured(q))) parts = items;
  }
  // (a share said of a part, "Nhân dân đóng góp 2,95 tỷ đồng …, chiếm gần 30% tổng kinh phí", is no item of the list)
  if (parts.length < 2 || after.some((q) => (q.kind === 'percent' && !SHARE_LEAD.test(list.slice(Math.max(0, q.start - 24), q.start))) || q.kind === 'fraction')) return [];
  // (a list that ends on an item with no figure that says there are more is open: "…, 6 dự án trường học và nhiều dự án thủy lợi")
  const lastItem = list.split(ITEM_SEP).filter((x) => x.trim()).pop() ?? '';
  if (!/\d/u.test(lastItem) && SOME_MORE.test(lastItem)) return [];
  const tv = figureOf(total);
  // (an item that gives each of its places' count stands for it once a place: "…, Tân Hương, Quang Vĩnh và Hòa Lạc mỗi xã 01 cầu" is 3)
  // (… and where its places cannot be counted, "các xã còn lại mỗi xã 01 cầu", only the other parts are known: a mistake only where they
  // pass the whole already — review-43 A7)
  // (… the count of those places is no part: "05 xã còn lại mỗi xã 01 cầu" — review-43 A6)
  const placesOfEach = (q: Quantity) => q.unit in PLACE_RANKS && !sameUnit(q.unit, total.unit) && /^[^\d,;]{0,24}mỗi\s/u.test(list.slice(q.end, q.end + 30));
  parts = parts.filter((q) => !placesOfEach(q));
  const times = timesEach(list, parts);
  if (times.includes(null)) {
    const known = parts.flatMap((q, k) => (times[k] === null ? [] : [{ ...figureOf(q), value: q.value * times[k]! }]));
    return known.reduce((a, p) => a + p.value, 0) > tv.value + 1e-9 ? [{ paragraph, excerpt: text, at: total.start, ...asRead(tv, known), unit: total.unit.replace(NOUN_MARK, '') }] : [];
  }
  const pv = parts.map((q, k) => ({ ...figureOf(q), value: q.value * times[k]! }));
  if (consistent(tv, pv, /đồng/u.test(total.unit))) return [];
  if (cut && pv.reduce((sum, p) => sum + p.value, 0) <= tv.value) return [];
  // A list whose clause after ";" names no count of its own breaks down one of its sentence's figures, not always the last: it agrees when
  // it makes any of them — "… là 200.489 triệu đồng, trong đó vốn đầu tư phát triển 161.274 triệu đồng, vốn sự nghiệp 39.215 triệu đồng;
  // chia theo cấp ngân sách gồm ngân sách trung ương 102.105 triệu đồng, …" divides the 200.489 a second way (nxb01).
  // (a sentence that opens on "Trong đó" goes on from the one before, whose whole it divides: "… là 200.489 triệu đồng. Trong đó …; chia
  // theo cấp ngân sách gồm …" — review-50 C23)
  const ownClause = text.lastIndexOf(';', m.index);
  const stopAt = lastSentenceEnd(text.slice(0, m.index));
  const sentenceFrom = /^\.\s*trong đó/iu.test(text.slice(stopAt, stopAt + 16)) ? lastSentenceEnd(text.slice(0, stopAt)) : stopAt;
  if (ownClause > sentenceFrom && last.end <= ownClause) {
    // (the words a figure of the sentence is named by, and those of the list's own clause before "gồm")
    const clauseWords = ` ${normalize(head.slice(ownClause + 1))} `;
    const labelOf = (q: Quantity) => normalize(head.slice(Math.max(0, q.start - 60), q.start).split(/[,;:(]|trong đó/u).pop()!.replace(/(?:\s+(?:là|đạt|có))+\s*$/u, ''));
    const namedByClause = (q: Quantity) => labelOf(q).length >= 3 && clauseWords.includes(` ${labelOf(q)} `);
    const inSentence = [...counts, last].filter((q) => q.start > sentenceFrom);
    // (a clause that names a thing of its own, neither referring back to a whole nor naming one of the sentence's figures, breaks down a
    // figure the report does not give: "…; kinh phí hỗ trợ phát triển sản xuất gồm …", "…; lao động có việc làm sau học nghề gồm …" —
    // review-50 C7, C13)
    const lead = head.slice(ownClause + 1).trim();
    if (lead.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length >= 2 && !LIST_OF_WHOLE.test(lead) && !inSentence.some(namedByClause)) return [];
    // (the wholes it may divide: one the sentence divides already, the last count before a "trong đó" of its own — not "… năm 2022 là
    // 72.500 triệu đồng, năm 2023 là 85.400 triệu đồng; vốn năm 2023 gồm …", nor a part, "… trong đó ngân sách nhà nước 9.300 triệu đồng,
    // …; chia theo nguồn gồm …" (review-50 C6, C26) — or a part the clause names by its own words: "…; vốn đầu tư phát triển gồm …", "…;
    // lúa chia theo mùa vụ gồm …" (review-50 C5, C18))
    // (… its measures said between it and its "trong đó" no other whole: "186 tuyến kênh … với tổng chiều dài 214,6 km, khối lượng đất
    // 1.126.500 m3, trong đó: …; chia theo cấp kênh gồm …" divides the 186 — review-49 B11, beside the "phân theo …:" opener tried in session
    // 51 and backed out: review-51d)
    const divided = (q: Quantity) => {
      const after = blankBrackets(head.slice(q.end, ownClause));
      // (… or its "gồm": "48 lớp đào tạo nghề cho 1.520 lao động nông thôn, gồm 30 lớp … và 18 lớp …; phân theo địa bàn gồm …" — cp-38)
      const within = /trong đó|(?<![\p{L}])gồm(?![\p{L}])/iu.exec(after);
      if (within && (/^[^\d]{0,80}$/u.test(after.slice(0, within.index)) || (within.index <= 160 && !extractQuantities(after.slice(0, within.index)).some((x) => x.kind === 'number' && fitsUnit(x.unit, q.unit))))) return true;
      return namedByClause(q);
    };
    const wholes = inSentence.filter((q) => q.kind === 'number' && fitsUnit(q.unit, total.unit) && divided(q));
    if (wholes.some((q) => consistent({ value: q.value, decimals: q.decimals }, pv, /đồng/u.test(total.unit)))) return [];
    // (… and where it makes none, it is told against the one of them nearest its sum)
    if (wholes.length) {
      const sum = pv.reduce((a, p) => a + p.value, 0);
      const near = wholes.reduce((a, q) => (Math.abs(q.value - sum) < Math.abs(a.value - sum) ? q : a));
      if (near !== last) return [{ paragraph, excerpt: text, at: near.start, ...asRead(figureOf(near), pv), unit: near.unit.replace(NOUN_MARK, '') }];
    }
  }
  // (the parts before the list's first ";" that make the whole already end it: what follows is a clause of its own, "…, gồm: tiền mặt
  // 12,6 tỷ đồng, quy đổi ngày công và vật liệu 8,8 tỷ đồng; huy động các doanh nghiệp … hỗ trợ 3,2 tỷ đồng vật tư")
  const firstSemi = blankBrackets(list).indexOf(';');
  const beforeSemi = firstSemi > 0 ? parts.filter((q) => q.end <= firstSemi) : [];
  // (… not an item that opens on the head word of the items before it: "vốn ngân sách … 12 tỷ đồng, vốn lồng ghép 18 tỷ đồng; vốn tín dụng 5
  // tỷ đồng" is one more part)
  const heads = new Set(list.slice(0, Math.max(firstSemi, 0)).split(/[,;]/u).map((x) => x.trim().split(/\s+/u)[0]?.toLowerCase()).filter(Boolean));
  const nextHead = list.slice(firstSemi + 1).trim().split(/\s+/u)[0]?.toLowerCase() ?? '';
  if (beforeSemi.length >= 2 && beforeSemi.length < parts.length && !heads.has(nextHead) && consistent(tv, beforeSemi.map(figureOf), /đồng/u.test(total.unit))) return [];
  // (an item counted by a noun of its own, not the whole's, is a part the sum left out: "34 văn bản …, gồm: Huyện ủy 11 văn bản;
  // HĐND huyện 05 nghị quyết; UBND huyện 18 văn bản" — parts short of the whole are then no mismatch, parts above it still are)
  // (… they are counted with the others, so that a whole written wrong is still found: "36 văn bản" for 11 + 05 + 18)
  const others = !/đồng|(?<![\p{L}])(?:ha|km|m|tấn)(?![\p{L}])/u.test(total.unit) && pv.reduce((s, p) => s + p.value, 0) < tv.value ? otherNounItems(list, after, parts, total.value, rise).filter((q) => !placesOfEach(q)) : [];
  if (others.length) {
    const all = [...pv, ...others.map(figureOf)];
    return consistent(tv, all, false) ? [] : [{ paragraph, excerpt: text, at: total.start, ...asRead(tv, all), unit: total.unit.replace(NOUN_MARK, '') }];
  }
  // a list whose own sentence names no whole ("… 1.822,2 tỷ đồng (64,0%). Cơ cấu nguồn vốn gồm: ngân sách nhà nước 612,8 tỷ đồng; …")
  // breaks down one of the whole paragraph's figures, not always the last: it agrees when it makes any of them
  // (… an abbreviation's stop no sentence's end: "… tại 04 huyện và TP. Đông Hà, gồm: …" — review-43c A10n)
  const sentenceStart = head.search(LAST_SENTENCE_START);
  // (… and only when its words refer back to a whole: "Vốn tín dụng gồm …" breaks down a figure the report does not give)
  // (… or repeat the whole's own words: "Tổng nguồn vốn huy động … là 1.822,2 tỷ đồng. Nguồn vốn gồm: …")
  if (sentenceStart >= 0 && last.end <= sentenceStart && !LIST_OF_WHOLE.test(head.slice(sentenceStart + 1)) && !repeatsWhole(head.slice(sentenceStart + 1), head.slice(0, sentenceStart))) return [];
  if (sentenceStart >= 0 && last.end <= sentenceStart && counts.some((q) => q.kind === 'number' && fitsUnit(q.unit, total.unit) && consistent({ value: q.value, decimals: q.decimals }, pv, /đồng/u.test(total.unit)))) return [];
  // figures given as "hơn", "gần", "khoảng" stand for a span on their own side: "hơn 235" is 235 to a tenth more, "gần 5.205" a
  // tenth less to 5.205, "khoảng" a tenth either way; the parts agree when their spans can make the total's
  if ([total, ...parts].some((q) => ROUGH[q.qualifier ?? ''])) {
    const span = (q: Quantity): [number, number] => {
      const [lo, hi] = ROUGH[q.qualifier ?? ''] ?? [1, 1];
      const [a, b] = /đồng/u.test(total.unit) || q.decimals > 0 ? roundingInterval(q) : [q.value, q.value];
      return [a * lo, b * hi];
    };
    const [tlo, thi] = span(total);
    const lo = parts.reduce((s, q) => s + span(q)[0], 0);
    const hi = parts.reduce((s, q) => s + span(q)[1], 0);
    if (hi >= tlo - 1e-9 && lo <= thi + 1e-9) return [];
  }
  // after a fraction the list may break down the whole ("58/80 hộ …, gồm 40 hộ nghèo, 18 hộ cận nghèo và 22 hộ chưa được hỗ trợ")
  // or only some kinds of the part ("12/15 xã đạt chuẩn, gồm 4 xã nâng cao và 1 xã kiểu mẫu"): wrong only when it exceeds the part
  // (… but a list of places, each with its count, breaks the part down by where it is, in full: "39/47 xã đạt chuẩn …, gồm: huyện Ninh
  // Hải 08 xã, huyện Ninh Phước 08 xã, …" must make 39)
  // (… and so must a list whose last part is the rest, said by the whole's own words or as the rest: "21/21 xã đạt chuẩn NTM …, gồm: 04 xã
  // … kiểu mẫu, 09 xã … nâng cao (không tính xã kiểu mẫu) và 07 xã đạt chuẩn NTM" must make 21)
  const wordsAfter = (at: number, t: string) => normalize(t.slice(at, at + 60).split(/[,;(.]|\svà\s/u)[0]).trim();
  const lastPart = parts[parts.length - 1];
  const restWords = wordsAfter(lastPart.end, list);
  const exhaustive = (!!restWords && wordsAfter(last.end, head).startsWith(restWords)) || REMAINDER_PART.test(list.slice(lastPart.end, lastPart.end + 40));
  if (last.kind === 'fraction' && (consistent({ value: last.den!.value, decimals: last.den!.decimals }, pv, false) || (pv.reduce((s, p) => s + p.value, 0) <= total.value && !byPlace(list) && !exhaustive))) return [];
  // (a whole of several kinds of place is named by them all, as the report names it: "186 thôn, tổ dân phố", not "188 thôn" — walk48, item 3)
  const unit = (headOnly ? total.unit.split(' ')[0] : total.unit).replace(NOUN_MARK, '');
  return [{
    paragraph, excerpt: text, at: total.start, ...asRead(tv, pv), unit: parts.some(ofPlaceKind) ? (ofLevel ? ofLevel.named : [unit, ...placeKinds].join(', ')) : unit,
  }];
}

/** Whether every item of a list that holds a count opens on a place by its kind and name: "huyện Ninh Hải 08 xã, …, thành phố Phan Rang - Tháp Chàm 01 xã". */
function byPlace(list: string): boolean {
  const items = list.split(ITEM_SEP).filter((item) => /\d/u.test(item));
  return items.length >= 2 && items.every((item) => PLACE_ITEM.test(item));
}
// (the place's kind may be left out, "Ninh Hải 08 xã"; a colon may stand before the count, "huyện Ninh Hải: 08 xã"; or the count come first,
// "08 xã thuộc huyện Ninh Hải")
const PLACE_KIND = String.raw`(?:[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.|[Tt]hị trấn|[Xx]ã|[Pp]hường|[Tt]hôn|[Ấấ]p|[Bb]ản|[Ll]àng)`;
/** A place's name and, in the bracket right after it, its count alone: "huyện Ninh Hải (08 xã)" (groups: the place, the count). */
const PLACE_COUNT_BRACKET = new RegExp(String.raw`(${PLACE_KIND}\s+\p{Lu}[\p{L}\-–]*(?:\s+\p{Lu}[\p{L}\-–]*){0,4}(?:\s+[-–]\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})?)\s*\(\s*(\d[\d.,]*\s+\p{L}+)\s*\)`, 'gu');
const PLACE_ITEM = new RegExp(String.raw`^\s*(?:(?:${PLACE_KIND}\s+)?\p{Lu}[\p{L}\s\-–]{0,40}?\s*:?\s\d|\d[\d.,]*\s+\p{L}+\s+(?:thuộc|của|ở|tại)\s+${PLACE_KIND}\s+\p{Lu})`, 'u');

/** The items of the list that open on a count of a noun of its own, not among the parts: "HĐND huyện 05 nghị quyết" among "… 11 văn bản". */
function otherNounItems(list: string, after: Quantity[], parts: Quantity[], whole: number, rise: (q: Quantity) => boolean): Quantity[] {
  const plain = blankBrackets(list);
  const starts = new Set(parts.map((q) => q.start));
  const seps = [...plain.matchAll(ITEM_SEP)];
  const bounds = [0, ...seps.map((m) => m.index! + m[0].length)];
  const out: Quantity[] = [];
  bounds.forEach((from, k) => {
    const to = k < seps.length ? seps[k].index! : plain.length;
    const q = after.find((x) => x.start >= from && x.start < to);
    // (… not a count said of something else, "của 14 chủ thể", "do 09 chủ thể", nor a time, "6 tháng đầu năm 2025 có 28 vườn")
    if (q && q.kind === 'number' && !starts.has(q.start) && q.unit && !MEASURE_UNIT.test(q.unit) && !TIME_NOUN.test(q.unit.replace(NOUN_MARK, '')) && !RELATION_BEFORE.test(plain.slice(from, q.start)) && !q.qualifier && q.value < whole && !rise(q) && !(q.value >= 1900 && q.value <= 2100)) out.push(q);
  });
  return out;
}

/** Whether a list's head ("Nguồn vốn", "Các nguồn vốn huy động") is made of words said before it with the whole ("Tổng nguồn vốn huy động …"). */
export function repeatsWhole(lead: string, before: string): boolean {
  // (reaching the standard said either way is one thing: "có thêm 14 thôn đạt chuẩn …" then "Các thôn được công nhận năm 2023 gồm: …")
  const recognised = (t: string) => normalize(t).replace(RECOGNISED, 'dat chuan');
  const whole = new Set(recognised(before).split(' '));
  const words = recognised(lead).split(' ').filter((w) => w && !['cac', 'gom', 'bao'].includes(w));
  return words.length >= 1 && words.every((w) => whole.has(w));
}

/** RECOGNISED_WORDS, every one in a text (lexicon: recognised-words). */
const RECOGNISED = new RegExp(RECOGNISED_WORDS.source, 'gu');

/**
 * Bare counts, each said of a year or a name with "là" or ":" ("năm 2021 là 06, năm 2022 là 11 và năm 2023 là 14"): the parts of a
 * list whose unit the total gives. All the list's bare counts must be so, or none is taken.
 */
function namedBareParts(list: string, qs: Quantity[]): Quantity[] {
  const bare = qs.filter((q) => q.kind === 'number' && !q.unit && !q.qualifier);
  if (bare.length < 2) return [];
  return bare.every((q) => NAMED_PART_LEAD.test(list.slice(Math.max(0, q.start - 40), q.start))) ? bare : [];
}
/**
 * The items a list opens with when each is a count and its kind's name ("18 khách sạn, 41 nhà nghỉ và 75 homestay, đáp ứng …"): the
 * run stops at the first item that says more. Each noun is its own, none said twice. A name may run to eight words, "06 hộ sản xuất kinh
 * doanh", "117 hộ chăn nuôi quy mô nhỏ lẻ" (nwg03, nwb02; review-47b A6); an item whose words hold a verb is a clause, no kind ("…, 35
 * sản phẩm được chứng nhận OCOP"), and the item after "và" closes the list, whatever follows it (review-47b A10, A35, A36).
 */
function kindParts(list: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  const nouns = new Set<string>();
  let at = list.search(/\S/u);
  let afterAnd = false;
  let closed = false;
  for (const q of qs) {
    if (closed || q.start !== at || q.kind !== 'number' || q.qualifier) break;
    const rest = list.slice(q.end);
    const sep = /,|;|\svà\s|$/u.exec(rest)!;
    const noun = `${q.unit} ${rest.slice(0, sep.index)}`.trim().toLowerCase();
    // (… a clause before the list is closed may be a part said at length, "và 05 hộ đã được cấp giấy chứng nhận …": none are judged —
    // review-47b A9)
    if (noun && !/\d/u.test(noun) && CLAUSE_VERB.test(noun) && out.length) return [];
    if (!noun || /\d/u.test(noun) || nouns.has(noun) || CLAUSE_VERB.test(noun)) break;
    // (… longer, a part or a clause that cannot be told apart: none are judged)
    if (noun.split(/\s+/u).length > 8) return [];
    nouns.add(noun);
    out.push(q);
    closed = afterAnd;
    afterAnd = /và/u.test(sep[0]);
    at = q.end + sep.index + sep[0].length;
    at += list.slice(at).search(/\S|$/u);
  }
  if (closed) return out;
  // (a run that stops on an item with no figure leaves a part uncounted: "18 khách sạn, 41 nhà nghỉ và nhiều homestay")
  const next = list.slice(at).split(/,|;|\svà\s/u)[0];
  return next.trim() && !/\d/u.test(next) ? [] : out;
}
/** A verb in an item's words: a clause of its own, no kind's name ("35 sản phẩm được chứng nhận OCOP", "12 sản phẩm đã nâng hạng"). */
const CLAUSE_VERB = /(?<![\p{L}])(?:được|đã|đang|sẽ|đạt|tham gia|bị)(?![\p{L}])/iu;
/** A year or a capitalised name, then "là" or ":", right before a figure. */
const NAMED_PART_LEAD = /(?:năm\s+(?:19|20)\d\d|(?<![\p{L}])\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,4})\s*(?:là|:)\s*$/u;

/** Where the last sentence of a text ends before its close: a stop and a space, not after an abbreviation ("TP. Đông Hà", "TX. Hồng Lĩnh"); -1 if none. */
function lastSentenceEnd(text: string): number {
  let at = -1;
  for (const m of text.matchAll(SENTENCE_STOP)) at = m.index!;
  return at;
}
/** Before a stop: no short abbreviation of a place, whose stop ends no sentence ("TP. Đông Hà", "TX. Hồng Lĩnh", "H. Can Lộc"). */
const NOT_ABBREVIATED = String.raw`(?<!(?:^|[\s(])(?:TP|Tp|TX|Tx|TT|Q|H|X|P))`;
/** The end of a list's sentence: a stop before a capital, a digit or the text's end, not after an abbreviation ("TP. Đông Hà 02 nhà" is an item), or a line break. */
const SENTENCE_END = new RegExp(String.raw`${NOT_ABBREVIATED}\.(?=\s+[\p{Lu}\d]|\s*$)|\n`, 'u');
/** A stop and a space that end a sentence. */
const SENTENCE_STOP = new RegExp(String.raw`${NOT_ABBREVIATED}\.\s`, 'gu');
/** The start of a text's last sentence that holds no figure: a stop, "!" or "?" and a space, no digit after them. */
const LAST_SENTENCE_START = new RegExp(String.raw`${NOT_ABBREVIATED}[.!?]\s+(?=\P{N}*$)`, 'u');
