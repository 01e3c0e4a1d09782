/**
 * A total, then "trong đó" and parts of it that must not exceed it ("Tổng nguồn lực 500 tỷ đồng, trong đó … 320 …, … 250 …").
 */
import { YEAR_ALONE } from './dates';
import { captionOf, tables, type DocModel, type TableView } from './model';
import { sideBySide } from './table-transpose';
import { formatVn, parseVnNumber, roundingInterval, shareAgrees, type VnNumber } from './numbers';
import { clauses, extractQuantities, hasScanSlip, type Quantity } from './quantities';
import { PERSON_TRAITS, landInner, COLUMN_ROLES, TABLE_LABEL, BREAKDOWN, LIST_OF_WHOLE, WHERE_WORDS, QUALIFIERS, PLAN_WORDS, THINGS_COUNTED, CLAIM_MET, COMPARED_WITH, CLAIM_NOT_MET, DIFFERENCE_WORDS, NAMES_ELSEWHERE, LEVEL_HEADER, LIST_OPENER, PART_VERB, REMAINDER_PART, SHARE_OF_WHOLE, WHOLE_NAMED, isOnly, SCOPE_WIDER, SUB_ROW, TARGET_WORDS, TOTAL_ROW, TOTAL_ROW_WHOLE, TRAIT_PART, FUNCTION_WORDS, ACTION_LEAD, eitherCase, startsWith, COOPERATIVE_KIND, BUDGET_KIND, SOURCE_OF_MEANS, OFFENCE_KIND } from './lexicon';
import { blankBrackets, normalize, rowLine } from './text';
import { PLACE_RANKS } from './scope';
import { ETHNIC_NAMES } from './lexicon/ethnic';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import { mayStartWith, PART_ROW, SUB_ROW_FIRSTS } from './chars';
import { LEFT_BLANK, NATION_WHOLE, PROVINCE_WHOLE, DISTRICT_WHOLE, SHARE_LEAD, NAMED_BY_NUMBER } from './lexicon/patterns';
import { STANDARD_ACROSS, CHANGE_TO, MEASURE_UNIT, RATE_ROW, RELATION_BEFORE, TIME_NOUN, RATE_ITEM, WHOLE_MEASURED, RANKED_KIND, AVERAGE_BEFORE, PER_UNIT_AFTER, CLAUSE_AFTER_COMMA, CRITERIA_CAPTION, RUNNING_ITEM, SINGLED_OUT, SINGLED_ACROSS, ONE_EACH_FRAME, YEAR_ITEMS, THRESHOLD_AFTER, AVERAGE_ROW, RAISED_TO, RATE_POINTS_AFTER } from './lexicon/patterns-sums';
import { nounAt, riseBefore, inUnitOf, secondKindAfter, traitsMasked, FIRST_WORD, NOUN_SERIES, PEOPLE_UNITS, placeKindsAfter, actionCounted, consistent, estimateOrPlan, itemCounts, kindOfNoun, openList, sameUnit, someMore, unitSaidOnce } from './totals-common';

export function partsAboveTotal(sentence: string): PartsOver | null {
  // (a figure a scan misread leaves the sum unknown)
  if (hasScanSlip(sentence)) return null;
  // the last count before "trong đó"; or one before it of another unit the parts count too ("126 lớp … với 9.842 lượt …;
  // trong đó cấp huyện 18 lớp với 1.236 lượt, cấp xã 112 lớp với 8.606 lượt": the lớp are broken down as well)
  // (… or one before it whose unit the parts all count, the last count's being none of theirs: "6.791 tỷ đồng với 112.460 khách hàng
  // …; trong đó: cho vay hộ nghèo 812 tỷ đồng; …" breaks down the money)
  // (… or two before it, the two after it of other units: "07 thôn với 2.415 hộ, 8.962 nhân khẩu; trong đó 03 thôn đồng bằng, 05 thôn vùng gò
  // đồi" breaks down the villages)
  const over = partsAboveTotalOf(sentence, 0) ?? partsAboveTotalOf(sentence, 1) ?? partsAboveTotalOf(sentence, 1, false) ?? partsAboveTotalOf(sentence, 2, false);
  // (… unless the "trong đó:" list divides the whole twice, one run of its parts making it exactly: "4.123 nhà …; trong đó: xây mới 2.850
  // nhà, sửa chữa 1.273 nhà; hộ người có công 1.217 nhà, hộ nghèo 2.214 nhà, …" — by work, then by household; review-59b B5, B6)
  if (over) return divisionMakesWhole(sentence, over) ? null : over;
  // parts in pairs, where the earlier count's parts make its whole: the list leaves nothing out, and the last count's parts must make
  // theirs too ("227 lớp … với 14.962 lượt người …, trong đó cấp huyện 15 lớp với 1.426 lượt, cấp xã 212 lớp với 13.356 lượt":
  // 15 + 212 = 227, and 1.426 + 13.356 = 14.782)
  // (not where the list leaves a remainder to others, brackets included: "… (phần còn lại do nhân dân đóng góp)")
  const within = /trong đó/iu.exec(sentence);
  if (within && REMAINDER_PART.test(sentence.slice(within.index))) return null;
  const earlier = partsAboveTotalOf(sentence, 1, true, true);
  const last = earlier && consistent({ value: earlier.total, decimals: earlier.decimals }, [{ value: earlier.sum, decimals: earlier.decimals }], false) ? partsAboveTotalOf(sentence, 0, true, true) : null;
  return last && last.sum < last.total * 0.9995 - 1e-9 && last.pairs ? last : null;
}

/** Whether a "trong đó:" list parted by ";" divides the whole twice: two runs of two parts or more, commas between, of the whole's unit, each
 * making the whole. */
function divisionMakesWhole(sentence: string, over: PartsOver): boolean {
  const m = /trong đó\s*(?:có\s*)?:/iu.exec(sentence);
  if (!m) return false;
  const runs = blankBrackets(sentence.slice(m.index + m[0].length)).split(';');
  if (runs.length < 2) return false;
  // (two runs at least, each of two parts or more, each making the whole: one run that happens to make it, then a further part, "…; các xã
  // còn lại là 120 hộ", is a list going on — review-44d A1, A3, A8, A13)
  return runs.filter((run) => {
    const parts = extractQuantities(run).filter((q) => q.kind === 'number' && sameUnit(q.unit, over.unit));
    return parts.length >= 2 && consistent({ value: over.total, decimals: over.decimals }, parts.map((q) => ({ value: q.value, decimals: q.decimals })), false);
  }).length >= 2;
}

/** Whether every item of a list that holds a figure opens on words, its count after them: "cấp tỉnh 12 lớp, cấp huyện 64 lớp". */
function namedFirst(list: string): boolean {
  const items = list.split(ITEM_SPLIT).filter((x) => /\d/u.test(x));
  // (a name, not a verb alone: "có 274 thôn, bản, có 32 thôn, bản đặc biệt khó khăn" names no part)
  return items.length >= 2 && items.every((x) => /^\s*:?\s*\p{L}/u.test(x) && !/^\s*:?\s*(?:(?:có|là|đạt|gồm|với|được)\s+)+\d/iu.test(x));
}

/** Whether some item of a list says, after its count and noun, what the things did or who ran them ("86 lớp do Hội … chủ trì", "58 lớp có
 * doanh nghiệp phối hợp" — lexicon: part-verb, and "do"), not what kind they are ("84 lớp nghề nông nghiệp"). */
function traitsAfter(list: string): boolean {
  const rests = list.split(ITEM_SPLIT).map(wordsAfterCount).filter((r): r is string => r !== undefined);
  // (… unless every item says it in the same frame, one place or one body for each: "84 lớp được tổ chức tại các xã, 52 lớp được tổ chức tại
  // Trung tâm …", "86 lớp do Hội Nông dân huyện tổ chức, 58 lớp do Hội Nông dân các xã tổ chức" part the classes — lexicon: one-each-frame)
  if (oneFrame(rests)) return false;
  return rests.some((r) => PART_VERB.test(r) || /^(?:do|bởi)(?![\p{L}])/iu.test(r));
}

/** Where a list's items part: ",", ";" or "và". */
const ITEM_SPLIT = /[,;]|\svà\s/u;
/** The words of an item after its count and noun ("84 lớp được tổ chức tại các xã" → "được tổ chức tại các xã"). */
const wordsAfterCount = (item: string) => /^\s*\d[\d.,]*\s+\p{L}+\s+(.*)$/u.exec(item)?.[1];

/** Whether the words after each part's count and noun all say where it was held, or all which body held it (lexicon: one-each-frame). */
function oneFrame(rests: string[]): boolean {
  const frames = rests.map((r) => { const m = ONE_EACH_FRAME.exec(r); return m?.[1]?.toLowerCase().replace('ở', 'tại') ?? (m?.[2] ? 'do' : undefined); });
  return rests.length >= 2 && frames.every((f) => f && f === frames[0]);
}

/** The name of a body that a count of people is given for ("Hội Liên hiệp Phụ nữ 520 người", "Đoàn Thanh niên 380 người"): its words name
 * the body, no trait of the people. */
const BODY_NAME = /^\s*(?:hội|đoàn|liên đoàn|công đoàn|ban|ủy ban|uỷ ban|mặt trận|câu lạc bộ|clb|chi hội|tổ chức)(?![\p{L}])/iu;

/** The last "," or ";" at or before a position that is no decimal comma ("60,2"). */
function lastSeparator(text: string, at: number): number {
  for (let k = Math.min(at, text.length - 1); k >= 0; k--) if ((text[k] === ',' && !(/\d/u.test(text[k - 1] ?? '') && /\d/u.test(text[k + 1] ?? ''))) || text[k] === ';') return k;
  return -1;
}

/** A clause that states its figure: its subject, then "đạt" or "là" before it ("diện tích sản xuất hữu cơ được chứng nhận đạt 186 ha"). */
const STATES_FIGURE = /^[^\d;]{3,100}?(?<![\p{L}])(?:đạt|là)(?![\p{L}])[^\d;]{0,20}\d/u;
/** Whether the clause after a list names a way of producing that none of the list's items names (they are not themselves such ways: "rau sản
 * xuất theo VietGAP 420 ha, rau thông thường 300 ha; diện tích rau hữu cơ đạt 120 ha" — review-44d A6). */
function acrossItems(items: string, next: string): boolean {
  // (… or a kind of people that cuts across trades or places: "nghề nông nghiệp 730 người, nghề phi nông nghiệp 520 người; lao động nữ là
  // 610 người" — review-44d A14; lexicon person-trait-*)
  const subject = next.split(/(?<![\p{L}])(?:đạt|là)(?![\p{L}])/u)[0];
  const trait = PERSON_TRAITS.some((set) => set.test(subject) && !set.test(items));
  return trait || (STANDARD_ACROSS.test(next) && !/(?<![\p{L}])(?:vietgap|globalgap|hữu cơ|thông thường|công nghệ cao|chứng nhận)(?![\p{L}])/iu.test(items));
}
/**
 * Whether the clause after a list opens on "riêng" and singles out something of another kind than the items, the items making the whole
 * already: "…, trong đó: rừng sản xuất 9.512,3 ha, rừng phòng hộ 334,2 ha; riêng diện tích trồng mới quế là 3.215,6 ha" names some of the
 * forest by what was planted, across the items (nzi01) — its words a sign of that (lexicon singled-across): not a place, the rest, a source or
 * another kind ("riêng thị trấn Krông Kmar", "riêng lâm nghiệp" — review-60b), nor where the items fall short of the whole: the clause may
 * be the last part.
 */
function singledAcross(items: string, next: string, total: Quantity): boolean {
  const apart = SINGLED_OUT.exec(next);
  if (!apart || !total.unit || !SINGLED_ACROSS.test(apart[1].split(/[,;]/u)[0])) return false;
  const qs = extractQuantities(items).filter((q) => q.kind === 'number' && sameUnit(q.unit, total.unit));
  if (qs.length < 2) return false;
  const sum = qs.reduce((a, q) => a + q.value, 0);
  const decimals = Math.max(total.decimals ?? 0, ...qs.map((q) => q.decimals ?? 0));
  if (Math.abs(sum - total.value) > qs.length * 0.5 * 10 ** -decimals + 1e-9) return false;
  // (the items' first words, and the single-out's: no item opens on its head)
  const head = normalize(apart[1]).split(' ')[0];
  const firsts = qs.map((q, k) => normalize(items.slice(k ? qs[k - 1].end : 0, q.start).replace(/^[\s\p{L}]*?(?:trong đó|gồm)\s*:?/iu, '').replace(/^[\s,;:]*(?:có\s*:?\s*)?/u, '')).split(' ')[0]);
  return !!head && !firsts.includes(head);
}
/**
 * Items parted by commas: two counts or more, a comma between each two and the next (a list whose own separator is the comma) — before any
 * breakdown of an item's own: "vốn ngân sách nhà nước 352,2 tỷ đồng (…), gồm ngân sách trung ương 168,5 tỷ đồng, …; vốn lồng ghép …" parts
 * its items by ";" (sk03).
 */
function commaItems(list: string): boolean {
  const items = list.split(/(?<![\p{L}])(?:bao\s+)?gồm(?![\p{L}])|trong đó/iu)[0];
  // (a rank or the criteria reached name a part's kind, no count: "35 sản phẩm đạt 3 sao, 07 sản phẩm đạt 4 sao" — review-44 A13)
  const qs = extractQuantities(items).filter((q) => q.kind === 'number' && !/^\s*(?:sao|tiêu chí)(?![\p{L}])/u.test(items.slice(q.end, q.end + 12)));
  return qs.length >= 2 && qs.every((q, k) => k === 0 || /,\s/u.test(items.slice(qs[k - 1].end, q.start)));
}

/** Right before a part's count, "ở" or "tại": it says where something is, and places may overlap (not "đất ở", "nhà ở": kinds of land and
 * houses). */
const PART_AT_PLACE = /(?<![\p{L}])(?<!(?:đất|nhà|chỗ|nơi)\s)(?:ở|tại)\s*$/iu;
/** In a part's item, the date it is counted to: "đến 30/6/2024", "tính đến ngày 31/12/2023". */
const AS_OF_ITEM = /(?<![\p{L}])(?:tính\s+)?đến\s+(?:ngày\s+|hết\s+|cuối\s+)?(?:\d{1,2}\s*\/\s*)?\d{1,2}\s*\/\s*(?:19|20)\d\d/iu;

/** A measure of a whole's things, its own words before its figure: "tổng chiều dài", "khối lượng đất", "tổng công suất thiết kế". */
const MEASURE_WORDS = String.raw`(?:tổng\s+)?(?:công suất|diện tích|chiều dài|khối lượng|kinh phí|tổng vốn|số vốn|dân số|quy mô)(?:\s+(?:đất|đào đắp|nạo vét|thiết kế|đầu tư|xây dựng|hỗ trợ))?(?:\s+(?:là|đạt))?`;
/** Between two counts after a whole, a comma or "và" and the second's measure words: ", khối lượng đất ". */
const LATER_MEASURE = new RegExp(String.raw`^\s*(?:,|và)\s*(?:${MEASURE_WORDS}\s*)?$`, 'u');
/** Between a whole and a count after it, the words that join a measure or the people it served: "… với tổng công suất thiết kế ", "… cho ". */
const JOINED_MEASURE = new RegExp(String.raw`^[\p{L}\s,]{0,80}?(?<![\p{L}])((?<!so\s)với(?:\s+${MEASURE_WORDS})?|cho|tham gia của)\s+(?:(?:khoảng|gần|trên|hơn|hàng)\s+)?$`, 'u');

/** The first word of a text, folded ("" where it opens on no letter). */
const leadWord = (text: string) => normalize(/^\s*(\p{L}+)/u.exec(text)?.[1] ?? '');
/** Whether an item counts, in a unit, a thing named right after its count that is not the whole's thing ("nạo vét 11 km kênh nội đồng" after
 * "14,6 km đường …"): words before the count, the count first of its kind in the item. */
function otherThingCounted(item: string, unit: string, thing: string): boolean {
  const q = extractQuantities(item)[0];
  if (!q || q.kind !== 'number' || !sameUnit(q.unit, unit) || !/\p{L}/u.test(item.slice(0, q.start))) return false;
  const after = leadWord(item.slice(q.end));
  return !!after && after !== thing;
}

/** At most so many figures after "trong đó" are read as parts. */
const MAX_PARTS = 120;

/** A total and what its parts listed after "trong đó" add up to; `at` is where the total stands in the sentence. */
export interface PartsOver { total: number; sum: number; unit: string; decimals: number; at: number; pairs?: boolean }

/** `any`: the reading whatever the sum (else only parts above their total); `pairs` then says the list pairs each part with another count. */
function partsAboveTotalOf(sentence: string, back: number, paired = true, any = false): PartsOver | null {
  const m = /trong đó/iu.exec(sentence);
  if (!m) return null;
  // the total: the last figure before "trong đó" outside brackets ("41.250 lao động, đạt 103,1% kế hoạch (40.000 người);
  // trong đó …": the bracket holds the plan), and no target or plan itself
  const head = blankBrackets(sentence.slice(0, m.index));
  // (… nor a number that names a programme or a text: "236 công trình được đầu tư từ nguồn vốn Chương trình 135, trong đó: …" — lexicon:
  // named-by-number)
  // (… nor a rate per a span or a place, "bình quân đạt 15,2 tiêu chí/xã", the whole before it then the list's — not a count of places of two
  // kinds, "17 phường/xã", unless an average: review-55 D2)
  const perUnit = (q: Quantity) => PER_UNIT_AFTER.test(head.slice(q.end, q.end + 12)) && (!(q.unit in PLACE_RANKS) || AVERAGE_BEFORE.test(head.slice(Math.max(0, q.start - 30), q.start)));
  // (… nor a rate's change in points, "(95,08%), tăng 6,66 điểm phần trăm so với năm 2020, …": the rate's, not a whole — nyp05)
  const before = extractQuantities(head).filter((q) => q.kind !== 'percent' && !perUnit(q) && !RATE_POINTS_AFTER.test(head.slice(q.end, q.end + 20)) && !(q.kind === 'number' && !q.unit && NAMED_BY_NUMBER.test(head.slice(Math.max(0, q.start - 40), q.start))));
  // (a count that only says where the whole lies is no whole of its own: "117 thôn thuộc 15 xã, trong đó 31 thôn …" — lexicon
  // where-words; "320 hộ trong 3 xã …, trong đó: xã Phú Lộc 120 hộ, …" — review-60 A10)
  // (… unless the parts count that: "45 thôn tại 12 xã, trong đó 8 xã đã hoàn thành, 6 xã …")
  if (before.length >= 2 && (isOnly(WHERE_WORDS, head.slice(before[before.length - 2].end, before[before.length - 1].start)) || /^\s*trong\s*$/iu.test(head.slice(before[before.length - 2].end, before[before.length - 1].start))) && !sameUnit(extractQuantities(sentence.slice(m.index + m[0].length, m.index + m[0].length + 80)).find((q) => q.unit)?.unit ?? '', before[before.length - 1].unit)) before.pop();
  // (a change said right after the level against an earlier time is no whole, the level is: "đạt 58,2 triệu đồng, tăng 16,9 triệu đồng so
  // với năm 2020; trong đó thu nhập từ sản xuất nông nghiệp 21,4 triệu đồng, …" breaks down the 58,2 — nwd06 — unless the parts make the
  // change, "còn 1.245 hộ, giảm 1.856 hộ …; trong đó các xã đồng bằng 1.012 hộ, các xã miền núi 844 hộ", checked below — review-46d G3)
  let droppedChange: Quantity | undefined;
  if (back === 0 && before.length >= 2) {
    const [level, change] = before.slice(-2);
    // (… the two counts of one noun the quantities know no unit for: "27 vụ phạm pháp hình sự, giảm 05 vụ so với năm 2023 (32 vụ)" — nwy06)
    const word = (q: Quantity) => normalize(head.slice(q.end, q.end + 16)).split(' ')[0];
    if ((level.unit ? sameUnit(level.unit, change.unit) : !change.unit && !!word(level) && word(level) === word(change)) && /^\s*,\s*(?:tăng|giảm)(?:\s+(?:thêm|được))?\s*$/iu.test(head.slice(level.end, change.start).replace(level.unit ? '' : /^[\p{L}\s]{1,60}(?=,)/u, '')) && /^\s*so với\s+(?:(?:cùng kỳ|cuối|đầu)\s+)?(?:năm\s+)?(?:19|20)\d\d\s*[;,:]?\s*$/iu.test(head.slice(change.end).replace(change.unit ? '' : /^\s*\p{L}+/u, ''))) droppedChange = before.pop();
  }
  const lastQ = before[before.length - 1 - back];
  // (an earlier count: of a unit known and not that of the counts after it)
  // (… or, the two joined by "với" or "cho", a count of a noun of its own: "1.245 buổi tuyên truyền với sự tham gia của 86.500 lượt người")
  if (back && ((!lastQ?.unit && paired) || lastQ?.kind !== 'number' || before.slice(before.length - back).some((q) => (paired && !q.unit) || sameUnit(q.unit, lastQ.unit)))) return null;
  // (a fraction's part is the total: "57/89 xã …, chiếm 64,0%, trong đó … 21 xã và … 38 xã")
  const total = lastQ?.kind === 'fraction' && lastQ.num && lastQ.unit ? { ...lastQ, kind: 'number' as const, value: lastQ.num.value, decimals: lastQ.num.decimals } : lastQ;
  // (a whole counted in a unit may be described at length before its parts, which must be of its unit: "Đã chuyển đổi 2.356 ha đất
  // trồng lúa kém hiệu quả sang trồng nho, táo, măng tây xanh và cây trồng cạn khác, trong đó: năm 2021 là 612 ha, …")
  if (!total || total.kind !== 'number' || head.slice(total.end).trim().length > (back || total.unit ? 160 : 80)) return null;
  // (a whole of two kinds, each a unit, named side by side right after its count — "418 hội nghị, lớp học tập, …, trong đó cấp tỉnh 04 hội
  // nghị, cấp huyện 46 lớp, cấp cơ sở 372 lớp": a part of either kind)
  // (… or of no known unit, counted by that kind's words: "145 hợp tác xã, tổ hợp tác, trong đó 45 hợp tác xã nông nghiệp, 30 hợp tác xã
  // phi nông nghiệp và 90 tổ hợp tác")
  // (… a word or two of the first kind's own before the comma: "418 hội nghị quán triệt, lớp học tập")
  const secondRaw = secondKindAfter(total.unit, head.slice(total.end)) ?? '';
  // (… never of people: a second noun after them names the same people another way, "1.250 lao động, hội viên nông dân")
  const second = PEOPLE_UNITS.has(total.unit) ? '' : secondRaw;
  function ofTotalUnit(u: string): boolean {
    if (sameUnit(u, total.unit)) return true;
    if (!u || !second) return false;
    return second === u.toLowerCase() || second.startsWith(`${u.toLowerCase()} `);
  }
  // (… its parts of no known unit counted by its first word: "… thôn, tổ dân phố 132 buổi" of "buổi tuyên truyền")
  const secondHead = normalize(second).split(' ')[0];
  const ofSecondKind = (q: Quantity) => !q.unit && !!second && normalize(list.slice(q.end, q.end + 30)).split(' ')[0] === secondHead;
  // a count of a noun not among the known units ("186 trụ sở làm việc …, trong đó: 104 trụ sở …"): its first two words name it
  const totalNoun = total.unit ? '' : nounAt(head, total.end);
  // (only a list after "trong đó:" — parts named by their own words may be traits that overlap: "… trong đó 120 hợp tác xã có
  // đăng ký, 150 hợp tác xã hoạt động hiệu quả")
  // (… or, with no colon, parts that name kinds of the same noun: "458 phòng học, trong đó 126 phòng học mầm non, 248 phòng học
  // tiểu học, 92 phòng học trung học cơ sở" — no part saying what the things do: lexicon part-verb)
  // (… "trong đó có:" as "trong đó:")
  const colon = /^\s*(?:có\s*)?:/u.test(sentence.slice(m.index + m[0].length));
  if (!total.unit && (totalNoun.split(' ').length < 2 || /\d/.test(totalNoun))) return null;
  // … nor a change ("tăng 16 xã so với năm 2020, trong đó …" breaks down the level, not the rise)
  // (… said against an earlier time: "thêm 42 khu dân cư …, trong đó: năm 2022 có 12 khu, …" breaks down what was added)
  const lead = head.slice(Math.max(0, total.start - 16), total.start);
  // (… but "hơn" alone right before the whole is its floor, "đã huy động được hơn 95 tỷ đồng", as "trên" — review-36d M5, M6)
  const diff = DIFFERENCE_WORDS.find(lead);
  if (diff && !(total.qualifier === 'above' && /^hơn$/iu.test(lead.slice(diff.start, diff.end).trim())) && (COMPARED_WITH.test(head.slice(total.end, total.end + 60)) || !/(?<![\p{L}])thêm\s*$/iu.test(lead))) return null;
  // "trong đó: a; b; c" lists over ";"; without the colon, ";" ends the list
  // (a "trong đó" inside brackets breaks down the figure before them, up to their close: "1.126 ha (trong đó 418 ha đang cho thu
  // hoạch), cà phê 612 ha" — the coffee is no part)
  const inBracket = sentence.lastIndexOf('(', m.index) > sentence.lastIndexOf(')', m.index);
  const close = inBracket ? sentence.indexOf(')', m.index) : -1;
  let list = blankBrackets(sentence.slice(m.index + m[0].length, close >= 0 ? close : undefined));
  if (!/^\s*(?:có\s*)?:/u.test(list) && list.includes(';')) list = list.slice(0, list.indexOf(';'));
  // (… and with it, a ";" after items parted by commas closes them where the clause after it states, "đạt" or "là", a figure of a way of
  // producing or a kind of people that cuts across the items, none of them named by it: "2.450 ha, trong đó: lúa 820 ha, …, chè 300 ha;
  // diện tích sản xuất hữu cơ … đạt 186 ha" — nvo03; "…, tiêu 3 ha; diện tích sản xuất hữu cơ đạt 1.415 ha" — review-44c A10, real text.
  // Not a last part, whatever verb it says and whether or not the items before it make the whole: "…, chuối 410 ha; diện tích nhãn đạt
  // 380 ha", "…; các xã còn lại là 120 hộ" — review-44 A3–A16, review-44d A1–A13)
  else {
    const semi = list.indexOf(';');
    if (semi >= 0 && commaItems(list.slice(0, semi)) && STATES_FIGURE.test(list.slice(semi + 1)) && (acrossItems(list.slice(0, semi), list.slice(semi + 1, semi + 81)) || singledAcross(list.slice(0, semi), list.slice(semi + 1), total))) list = list.slice(0, semi);
  }
  // (… and an item that compares ends it: "…; nhân dân đóng góp 4.385,5 tỷ đồng; so với giai đoạn 2011 - 2015 (…), giai đoạn
  // 2016 - 6/2019 huy động được 17.492,5 tỷ đồng" — lexicon compared-with)
  // (… and so does a verb right before a count: "…; xây dựng 12 nhà văn hóa cộng đồng" — lexicon action-lead)
  // (… and a rate of its own: "…: nghề nông nghiệp 1.482 người, nghề phi nông nghiệp 1.716 người; tỷ lệ lao động qua đào tạo đạt 65,2%")
  // (… and so does an item that counts another thing in the whole's unit, named after its count, where the whole names its thing there too:
  // "14,6 km đường giao thông nông thôn, trong đó: đường trục xã 5,2 km, …; nạo vét 11 km kênh nội đồng" — nyx01; not "…; bê tông hóa 22,4 km
  // đường trục chính nội đồng", a part of the roads, nor "…; kiên cố hóa 21,3 km" — review-58 D2, D6)
  const wholeThing = total.unit ? leadWord(head.slice(total.end)) : '';
  for (let outside = blankBrackets(list), at = outside.indexOf(';'); at >= 0; at = outside.indexOf(';', at + 1))
    // (… or a share that opens the item: "…; 100% sản phẩm có truy xuất nguồn gốc điện tử")
    if (startsWith(COMPARED_WITH, list.slice(at + 1, at + 41)) || actionCounted(list.slice(at + 1, at + 41)) || (wholeThing && otherThingCounted(list.slice(at + 1, at + 81), total.unit, wholeThing)) || estimateOrPlan(list.slice(at + 1, at + 41)) || RATE_ITEM.test(list.slice(at + 1, at + 41)) || /^\s*(?:(?:và|có|đạt)\s+)?\d[\d.,]*\s*%/u.test(list.slice(at + 1, at + 41))) {
      list = list.slice(0, at);
      break;
    }
  // (… and so do the words of a target: "…, trong đó có 07 xã … nâng cao … và 02 xã … kiểu mẫu, góp phần cùng toàn tỉnh thực hiện mục
  // tiêu có ít nhất 15 xã …")
  const aim = TARGET_WORDS.find(list);
  if (aim) list = list.slice(0, aim.start);
  // (the criteria a part's places reached describe them, and are no part: "08 xã đạt 19/19 tiêu chí; 07 xã đạt từ 15 đến 18 tiêu chí")
  // (their digits made letters: the words stay, to tell the parts' kinds apart)
  list = traitsMasked(list);
  // (a part's share said after it is no part: "76 thôn, trong đó 55 thôn đạt chuẩn …, chiếm 72,4%, 24 thôn đang tiếp tục xây dựng")
  const after = unitSaidOnce(list, extractQuantities(list)).filter((q) => !(q.kind === 'percent' && SHARE_LEAD.test(list.slice(Math.max(0, q.start - 24), q.start))));
  // (a real list holds a few dozen figures at most: a longer one is not read)
  if (after.length > MAX_PARTS || after.some((q) => q.kind === 'fraction' || q.kind === 'percent' || q.kind === 'range')) return null;
  // (an earlier count's parts come in pairs with the last count's, in the same order: "18 lớp với 1.236 lượt, 112 lớp với 8.606 lượt")
  // (… or all of the earlier count's unit, none of the last count's, the two joined by "với": "6.791 tỷ đồng với 112.460 khách hàng")
  if (back && !paired) {
    const nums = after.filter((q) => q.kind === 'number');
    const units = nums.map((q) => q.unit);
    // (the words of the first count may run on before "với": "46 lớp học tập, quán triệt, tuyên truyền Nghị quyết với 3.915 lượt
    // người", not "so với")
    // (… its own figure said roughly: "với khoảng 98.500 lượt người")
    // (… or the two set side by side with a comma, one whole counted two ways: "Toàn xã có 642 hộ, 2.548 nhân khẩu, trong đó hộ nghèo 298
    // hộ, hộ cận nghèo 361 hộ")
    // (… or "cho", whom the first count served: "215 lớp học tập, quán triệt Nghị quyết cho 18.640 lượt cán bộ, …; trong đó cấp tỉnh 12 lớp, …")
    // (… the parts then named before their counts, "cấp tỉnh 12 lớp, cấp huyện 64 lớp": parts that open on their counts may be traits that
    // overlap, "86 lớp do Hội Nông dân huyện chủ trì, 58 lớp có doanh nghiệp phối hợp")
    // (… or "với sự tham gia của": "1.245 buổi tuyên truyền với sự tham gia của 86.500 lượt người")
    // (… two counts after it, side by side, of what the first count holds: "07 thôn với 2.415 hộ, 8.962 nhân khẩu")
    // (… each after a measure's words of its own, "với tổng chiều dài 214,6 km, khối lượng đất 1.126.500 m3" — nwq01)
    const later = before.slice(before.length - back);
    if (later.some((q, k) => k > 0 && !LATER_MEASURE.test(head.slice(later[k - 1].end, q.start)))) return null;
    // (… or a measure of the same things after "với (tổng) …": "47 công trình cấp nước … với tổng công suất thiết kế 9.850 m³/ngày đêm, trong
    // đó 16 công trình …" breaks down the works — nwb01)
    const joined = JOINED_MEASURE.exec(head.slice(total.end, later[0].start));
    if (!joined && !/^\s*,\s*$/u.test(head.slice(total.end, later[0].start))) return null;
    if (joined?.[1] === 'cho' && !namedFirst(list) && traitsAfter(list)) return null;
    if (units.length < 2 || nums.some((q) => !ofTotalUnit(q.unit) && !ofSecondKind(q)) || later.some((l) => l.unit && units.some((u) => sameUnit(u, l.unit)))) return null;
  } else if (back) {
    const later = before[before.length - 1].unit;
    const units = after.map((q) => q.unit);
    if (units.length < 4 || units.length % 2 || units.some((u, i) => !sameUnit(u, i % 2 ? later : total.unit))) return null;
  }
  // (not a rise or fall said of the total after its parts: "…, trong đó 39 … và 07 …, tăng 28 sản phẩm so với cuối năm 2020")
  // (… nor the level a change starts from: "số xã … nâng cao từ 15 xã lên 18 xã" gives the 18)
  // (… nor the whole so far a clause raises the count to: "…, có thêm 02 xã, nâng tổng số xã đạt chuẩn lên 14 xã" — review-43c B2; lexicon
  // raised-to)
  const change = (q: Quantity) => RAISED_TO.test(list.slice(Math.max(0, q.start - 60), q.start)) || riseBefore(list, q) || (/(?<![\p{L}])từ\s*$/iu.test(list.slice(Math.max(0, q.start - 6), q.start)) && CHANGE_TO.test(list.slice(q.end, q.end + 40)));
  // (a part's own breakdown within its item is no part: "vốn ngân sách nhà nước 336,3 tỷ đồng (22,6%), gồm ngân sách trung ương
  // 98,4 tỷ đồng, …; vốn lồng ghép …" — the figures after "gồm" make up the 336,3)
  // (looked for over the 200 characters before the figure, in its item)
  const subPart = (q: Quantity) => {
    const from = Math.max(list.lastIndexOf(';', q.start) + 1, q.start - 200);
    const b = BREAKDOWN.findLast(list.slice(from, q.start));
    if (b && after.some((p) => p !== q && p.start >= from && p.end <= from + b.start && sameUnit(p.unit, q.unit))) return true;
    // (… nor one an item singles out of the item it stands in: "ngân sách trung ương qua 03 Chương trình … là 68.209 triệu đồng (59,9%),
    // riêng Chương trình 1719 là 48.665 triệu đồng (42,7%); Nhân dân đóng góp 3.420 triệu đồng")
    return singledOut(q);
  };
  // an item on "riêng" ("tính riêng", "chỉ riêng") singles out part of the item before it where that item names a group of its kind ("ngân
  // sách trung ương qua 03 Chương trình … 68.209 triệu đồng, riêng Chương trình 1719 là 48.665 triệu đồng"), or where it names a kind of
  // budget money and the item before is a source, no such kind ("ngân sách trung ương 420 tỷ đồng; Riêng vốn đầu tư phát triển 310 tỷ đồng"
  // — lexicon: singled-out, budget-kind); never a count, a time or the rest ("riêng 18 thôn còn lại", "riêng trong 6 tháng đầu năm 2024"),
  // nor a place or a kind beside its sibling ("…, riêng xã Bình Tiến 410 hộ", "vốn đầu tư phát triển …; riêng vốn sự nghiệp …")
  const singledOut = (q: Quantity): boolean => {
    const item = lastSeparator(list, q.start) + 1;
    const apart = SINGLED_OUT.exec(list.slice(item, q.start));
    const mine = apart ? after.filter((p) => p.end <= item && sameUnit(p.unit, q.unit)) : [];
    if (!mine.length) return false;
    const words = apart![1].replace(/^\s*trong\s+/iu, '');
    if (/^\s*\d/u.test(words) || TIME_NOUN.test(words.toLowerCase()) || /^giai đoạn|còn lại/iu.test(words)) return false;
    // (the item before: back to the part before it — a comma inside it, "các chương trình, dự án", or a decimal comma is no bound)
    const prev = list.slice(mine.length > 1 ? mine[mine.length - 2].end : 0, item);
    if (startsWith(BUDGET_KIND, words)) return !BUDGET_KIND.find(prev);
    const head = normalize(words).split(' ').filter((w) => w && !/\d/u.test(w)).slice(0, 2).join(' ');
    return !!head && new RegExp(`(?:^| )(?:\\d+|cac|nhung) ${head}(?: |$)`, 'u').test(normalize(prev));
  };
  // (a part named by the whole's head noun alone, a word of no content after it: "1.236 tàu cá, trong đó 524 tàu có chiều dài …")
  // (… or with the item's end right after it, the noun said short: "186 tuyến kênh …, trong đó: từ vốn Chương trình 62 tuyến, từ nguồn … 75
  // tuyến" — nwq01)
  // (… said short only as a part of a division by the source of the means or by kinds of the whole's own thing, within the list's first run
  // up to ";", every count of that run the whole's noun, none an average or the whole again: not "…, trong đó: kiên cố hóa 124 tuyến, nạo vét
  // định kỳ 150 tuyến" (works that overlap), "…; đường nội đồng được cứng hóa 12 tuyến" (other things after ";"), "lĩnh vực trồng trọt 5 tổ,
  // …, liên kết tiêu thụ sản phẩm 6 tổ" (a trait across kinds), "bình quân mỗi năm 12 tuyến" — review-49 A5–A21, B9–B21)
  const saidShortAt = (at: number) => /^\s*\p{L}+[,;.)]/u.test(list.slice(at, at + 30)) || /^\s*\p{L}+\s*$/u.test(list.slice(at));
  const runEnd = list.indexOf(';') >= 0 ? list.indexOf(';') : list.length;
  const wholeWords = new Set(totalNoun.split(' '));
  const shortRunOk = (() => {
    const run = list.slice(0, runEnd);
    if (!totalNoun || /(?<![\p{L}])(?:bình quân|mỗi|tổng cộng|tổng số|lũy kế|cộng|còn lại)(?![\p{L}])/iu.test(run)) return false;
    const counts = after.filter((q) => q.end <= runEnd && q.kind === 'number');
    return counts.length >= 2 && counts.every((q, k) => {
      if (q.unit) return false;
      // (the item from the count before, its noun and separator passed: a comma inside an item's words is no bound — "từ nguồn hỗ trợ sử
      // dụng sản phẩm, dịch vụ công ích thủy lợi 75 tuyến")
      const from = k > 0 ? counts[k - 1].end + (/^\s*\p{L}+/u.exec(list.slice(counts[k - 1].end))?.[0].length ?? 0) : 0;
      const item = normalize(list.slice(from, q.start).replace(/^[\s,;:]*(?:có\s*:?\s*)?/u, ''));
      const raw = list.slice(q.end, q.end + 24).trim().split(/\s+/u);
      const noun = normalize((raw[0] ?? '').replace(/[,;.)]+$/u, ''));
      // (… or cases named by their offence first: "27 vụ phạm pháp hình sự, trong đó: trộm cắp tài sản 12 vụ, cố ý gây thương tích 9 vụ, …"
      // — lexicon: offence-kind; walk50)
      return (noun === totalNoun.split(' ')[0] || nounAt(list, q.end) === totalNoun) && (startsWith(SOURCE_OF_MEANS, item) || wholeWords.has(item.split(' ')[0] ?? '') || (noun === 'vu' && startsWith(OFFENCE_KIND, list.slice(from, q.start).replace(/^[\s,;:]*(?:có\s*:?\s*)?/u, ''))));
    });
  })();
  const partNoun = (at: number) => {
    const raw = list.slice(at, at + 24).trim().split(/\s+/u);
    if (/^\p{L}+[,;.)]*$/u.test(raw[0] ?? '') && saidShortAt(at) && shortRunOk && at <= runEnd) return normalize(raw[0].replace(/[,;.)]+$/u, ''));
    return raw.length > 1 && (isOnly(FUNCTION_WORDS, raw[1] ?? '') || /^(?:dưới|trên)$/iu.test(raw[1] ?? '')) ? normalize(raw[0]) : nounAt(list, at);
  };
  // (… or by the whole's head noun and a kind of its own: "147 chợ nông thôn, trong đó 9 chợ hạng II, 132 chợ hạng III và 8 chợ chưa được
  // xếp hạng" — kinds, three at least, checked below)
  const head1 = totalNoun.split(' ')[0];
  const byHeadAt = (at: number) => {
    const n = partNoun(at);
    return !colon && n !== totalNoun && !totalNoun.startsWith(`${n} `) && n.split(' ')[0] === head1 && n.includes(' ');
  };
  const byHead = (q: Quantity) => byHeadAt(q.end);
  const sameNoun = (at: number) => {
    const n = partNoun(at);
    return n === totalNoun || (!!n && totalNoun.startsWith(`${n} `)) || byHeadAt(at);
  };
  // (a part may name the whole's unit by its first word: "42 khu dân cư …, trong đó: … có 8 khu, năm 2022 có 12 khu")
  const firstWord = total.unit.includes(' ') ? new RegExp(`^\\s+${total.unit.split(' ')[0]}(?![\\p{L}])`, 'iu') : null;
  const byFirstWord = (q: Quantity) => !!firstWord && !q.unit && firstWord.test(list.slice(q.end, q.end + 12));
  // (a whole of places of several kinds, named one after another, "58/137 thôn, buôn đạt chuẩn … (trong đó 34 thôn và 26 buôn …)": a
  // part of any of those kinds)
  const otherKinds = total.unit in PLACE_RANKS ? placeKindsAfter(head.slice(total.end)) : [];
  const kindWords = otherKinds.map((k) => new RegExp(`^\\s+${k}(?![\\p{L}])`, 'u'));
  const ofKind = (q: Quantity) => !q.unit && kindWords.some((re) => re.test(list.slice(q.end, q.end + 12)));
  // (… and a whole of things of several kinds, named side by side by nouns of two words, "1.046 trang trại, gia trại chăn nuôi, trong đó
  // 312 trang trại …, 528 trang trại … và 241 gia trại": a part of any of those kinds, by its noun exactly)
  const series = total.unit ? [] : (NOUN_SERIES.exec(head.slice(total.end))?.[1] ?? '').split(/,|\/|(?<![\p{L}])và(?![\p{L}])/u).map((k) => normalize(k)).filter((k) => k.split(' ').length === 2);
  // (… the whole's own first kind among them: "1.046 gia trại, trang trại chăn nuôi, trong đó 206 gia trại, 312 trang trại …")
  const ofSeries = (q: Quantity) => !q.unit && series.length > 0 && (series.includes(nounAt(list, q.end)) || nounAt(list, q.end) === totalNoun);
  // (… two parts at least, where each of the whole's kinds is one of them: "1.046 trang trại, gia trại …, trong đó 312 trang trại và 754 gia
  // trại")
  const everyKind = (ps: Quantity[]) => series.length > 0 && ps.every(ofSeries) && new Set(ps.map((q) => nounAt(list, q.end))).size === series.length + 1 && ps.length === series.length + 1;
  let parts = after.filter((q) => q.kind === 'number' && !change(q) && !subPart(q) && (total.unit ? ofTotalUnit(q.unit) || byFirstWord(q) || ofKind(q) || ofSecondKind(q) : !q.unit && (sameNoun(q.end) || ofSeries(q))));
  // (parts said short end the list at the first ";": what follows is another clause, of other things, years or places — review-49 A5–A18)
  if (shortRunOk) parts = parts.filter((q) => q.end <= runEnd);
  // (… only where the parts of the first kind fall short of the whole: "112 nhà văn hóa, khu thể thao thôn, trong đó 98 nhà văn hóa đạt
  // chuẩn, 85 khu thể thao đạt chuẩn và 14 nhà văn hóa đang xuống cấp" counts each village's pair once, the houses alone making it)
  const firstKind = parts.filter((q) => sameUnit(q.unit, total.unit) || byFirstWord(q) || ofKind(q));
  if (firstKind.length < parts.length && firstKind.reduce((a, q) => a + q.value, 0) >= total.value) parts = firstKind;
  // (… and none where a part names both kinds again, a trait across them: "45 hợp tác xã, tổ hợp tác, trong đó …, 08 hợp tác xã, tổ hợp tác
  // có sản phẩm OCOP")
  // (not the next part opening on the second kind's words with a count of its own: "14 cuộc kiểm tra, giám sát, trong đó kiểm tra 06 cuộc,
  // giám sát chuyên đề 9 cuộc" — nwp01)
  const bothKinds = second ? new RegExp(`^\\s*,\\s*${second}(?![\\p{L}])[^,;.\\d]*(?:[,;.]|$)`, 'iu') : null;
  if (bothKinds && parts.some((q) => bothKinds.test(list.slice(q.end, q.end + 120)))) return null;
  // (… each of them bare, its kind alone before the next, words of their own only after the last: "(trong đó 34 thôn và 26 buôn đồng bào
  // dân tộc thiểu số)"; not "34 thôn đạt chuẩn kiểu mẫu và 30 buôn …", a subset and a trait)
  if (parts.some(ofKind)) {
    const nounEnd = (q: Quantity) => q.end + (q.unit ? 0 : (/^\s+\p{L}+/u.exec(list.slice(q.end))?.[0].length ?? 0));
    if (!parts.every((q, k) => k === parts.length - 1 || /^\s*(?:,|;|và)\s*$/u.test(list.slice(nounEnd(q), parts[k + 1].start)))) return null;
  }
  // (kinds of a thing counted, some by the whole's noun and some by their own: "186 công trình hạ tầng xã hội, trong đó 74 công trình
  // trường học, 19 trạm y tế xã và 101 nhà văn hóa thôn, xóm" — every item opens on its count, none a rise, the list not left open)
  // (… or of cooperatives, a kind named by its own noun among them: "389 HTX, trong đó 241 HTX nông nghiệp, 95 HTX phi nông nghiệp và 61 quỹ
  // tín dụng nhân dân" — lexicon: cooperative-kind; not "17 tổ hợp tác", "25 trang trại")
  const cooperatives = total.unit === 'hợp tác xã';
  if (!back && total.unit && (isOnly(THINGS_COUNTED, total.unit) || cooperatives) && !openList(list) && !someMore(list)) {
    const items = itemCounts(list).filter((q) => !cooperatives || q.unit === total.unit || startsWith(COOPERATIVE_KIND, list.slice(q.start).replace(/^\s*[\d.,]+\s*/u, '')));
    // (… only where the parts counted by the whole's noun fall short of it: "45 công trình trường học, trong đó 20 công trình …, 25 công
    // trình …, 38 phòng học bộ môn" makes its whole without the rooms)
    if (items.length > parts.length && parts.reduce((a, q) => a + q.value, 0) < total.value && parts.every((q) => items.includes(q) || items.some((x) => x.start === q.start)) && items.every((q) => q.value < total.value && !change(q) && !subPart(q))) parts = items;
  }
  if (parts.length < 2 || parts.some((q) => q.value > total.value) || SCOPE_WIDER.test(sentence)) return null;
  // (… nor counts of where something is, "đồng bào dân tộc Dao sinh sống ở 04 thôn, dân tộc Tày ở 05 thôn": a place may hold several —
  // review-41c B4)
  if (parts.some((q) => PART_AT_PLACE.test(list.slice(Math.max(0, q.start - 8), q.start)))) return null;
  // (… nor levels at two times, "năm 2021 có 10 xã đạt chuẩn …, đến 30/6/2024 có 14 xã …": each the whole so far — review-41c B8)
  const itemOf = (q: Quantity) => list.slice(Math.max(0, lastSeparator(list, q.start - 1) + 1), q.start);
  if (parts.some((q) => AS_OF_ITEM.test(itemOf(q))) && parts.filter((q) => YEAR_ALONE.test(itemOf(q))).length >= 2) return null;
  // (… nor groups of people of two dimensions, which overlap: "… 18.412 lao động là người dân tộc thiểu số (81,5%) và 9.640 lao động nữ
  // (42,7%)" — lexicon: person traits)
  const partWords = (k: number) => list.slice(parts[k].end, parts[k + 1]?.start ?? parts[k].end + 60).split(/[,;(]|\svà\s/u)[0];
  // (each part's dimensions; two parts of different ones overlap — "260 học sinh nữ, 240 học sinh nam" are both of age and sex)
  // (… its words before the count too, where the part is named first: "trong đó nữ 91.538 người (chiếm 50,74%), đồng bào dân tộc Khmer
  // 113.462 người" — nxq06)
  // (… not a body's name: "Hội Liên hiệp Phụ nữ 520 người, Đoàn Thanh niên 380 người" are bodies, no traits — review-53b A7, A9; a bare
  // "nam" named first is a sex, "nữ 23.400 người, nam 22.800 người" — A3)
  const wordsBefore = (q: Quantity) => {
    const words = itemOf(q).replace(/^\s*(?:trong đó|bao gồm|gồm)\s*:?\s*/iu, '');
    return BODY_NAME.test(words) ? '' : words;
  };
  const traitsOf = (q: Quantity, k: number) => {
    const before = wordsBefore(q);
    const d = PERSON_TRAITS.map((set) => (set.test(`${q.unit} ${partWords(k)} ${before}`) ? '1' : '0'));
    if (/^\s*(?:lao động\s+|người\s+)?nam\s*$/iu.test(before)) d[0] = '1';
    return d.join('');
  };
  const dims = parts.map(traitsOf);
  const dimensions = new Set(dims.filter((d) => d.includes('1')));
  // (only of people counted: "45 mô hình, trong đó 20 mô hình của Hội Liên hiệp Phụ nữ, 15 mô hình của Đoàn Thanh niên" are kinds)
  // (… but the parts of one dimension, each of it alone, still part the whole: "nữ 23.400 người, nam 22.800 người, … dân tộc thiểu số 8.450
  // người" — nam and nữ make 46.200 of 45.200 — review-53b A3, A12)
  if (dimensions.size >= 2 && PEOPLE_UNITS.has(total.unit)) {
    const over = [...dimensions].map((d) => parts.filter((_, k) => dims[k] === d)).find((g) => g.length >= 2 && g.reduce((a, q) => a + q.value, 0) > total.value);
    if (!over) return null;
    parts = over;
  }
  // (… nor classes of land one within another: "trong đó đất sản xuất nông nghiệp 9.812,4 ha, đất trồng lúa 8.146,2 ha" — lexicon: land-*;
  // the outermost still part the whole, "đất nông nghiệp …, đất trồng lúa …, đất phi nông nghiệp …" — review-53 X3)
  const inner = landInner(parts.map((q, k) => `${itemOf(q)} ${partWords(k)}`));
  if (inner.length) {
    parts = parts.filter((_, k) => !inner.includes(k));
    if (parts.length < 2) return null;
  }
  // (three kinds at least: two may be a trait and a kind, "300 phòng học kiên cố, 200 phòng học mầm non")
  // (… or bands of one measure, which part the whole: "524 tàu có chiều dài từ 15m trở lên, 468 tàu từ 12m đến dưới 15m và 262 tàu từ
  // 6m đến dưới 12m")
  // (bands that close — "từ 12m đến dưới 15m" — with at most one open at each end, "từ 15m trở lên" and "dưới 6m", all of one measure;
  // cumulative bands, "từ 12m trở lên … từ 6m trở lên", and traits of several measures, "doanh thu từ 1 tỷ đồng trở lên, … từ 10 lao
  // động trở lên", are no partition)
  const bandsOf = parts.map((q, k) => list.slice(q.end, parts[k + 1]?.start ?? list.length));
  const kinds = bandsOf.map((seg) => (/(?<![\p{L}])đến\s+dưới/u.test(seg) ? 'closed' : /trở\s+lên/u.test(seg) ? 'up' : /(?<![\p{L}])dưới\s+\d/u.test(seg) ? 'down' : ''));
  const measures = new Set(bandsOf.map((seg) => [...new Set(extractQuantities(seg).map((x) => x.unit))].join(',')));
  const banded = parts.length >= 2 && kinds.every(Boolean) && kinds.filter((k) => k === 'up').length <= 1 && kinds.filter((k) => k === 'down').length <= 1 && measures.size === 1 && [...measures][0] !== '';
  // (… the last of them may be the rest: "… và 8 chợ chưa được xếp hạng" — lexicon: remainder-part)
  // (… only where the kinds before it leave some of the whole: "2 chợ hạng II, 16 chợ hạng III và 5 chợ chưa đạt chuẩn" of 18 is a status across them)
  const kindOrRest = (q: Quantity, k: number) => kindOfNoun(list, q, byHead(q) ? head1 : totalNoun) || (k === parts.length - 1 && REMAINDER_PART.test(list.slice(q.end, q.end + 40).split(/[,;]|\svà\s/u)[0]) && parts.slice(0, k).reduce((a, x) => a + x.value, 0) < total.value);
  // (… or two ranks of one rank's word: "152 chợ nông thôn, trong đó 18 chợ hạng II và 141 chợ hạng III" — lexicon: ranked-kind)
  const ranks = parts.map((q) => RANKED_KIND.exec(list.slice(q.end, q.end + 40)));
  const ranked = ranks.every((r) => r && r[1].toLowerCase() === ranks[0]![1].toLowerCase()) && new Set(ranks.map((r) => r![2].toUpperCase())).size === ranks.length;
  // (… or parts each named first, by level or place, their counts after: "1.245 buổi tuyên truyền …, trong đó cấp huyện 45 buổi, cấp xã 312
  // buổi, thôn, tổ dân phố 908 buổi")
  const named = namedFirst(list);
  if (!total.unit && !colon && !ranked && !everyKind(parts) && !(parts.length >= 2 && named) && (parts.length < 3 || !(banded || parts.every((q, k) => kindOrRest(q, k) || ofSeries(q))))) return null;
  // what each part counts: its words up to the next separator; a part whose words extend another's is a kind of it
  // (… up to a comma that opens the next item's words: "… có 20 khu, năm 2023 có 26 khu")
  const noun = (q: Quantity) => normalize(list.slice(q.end, q.end + 80).split(/;|\svà\s|\scó\s|\d|,(?=\s*[\p{L}\s]{0,30}\d)/u)[0]);
  const nouns = parts.map(noun);
  // traits, not kinds: "41 xã, trong đó 30 xã đạt tiêu chí giao thông, 35 xã đạt tiêu chí điện", "1.250 hộ nghèo, trong đó 800 hộ
  // có người cao tuổi, 700 hộ có trẻ em" — one place may have several, so the parts need not fit in the whole
  const trait = (q: Quantity) => {
    const words = list.slice(q.end, q.end + 40).trim();
    return startsWith(TRAIT_PART, words) || startsWith(TRAIT_PART, words.replace(FIRST_WORD, ''));
  };
  if (parts.every(trait)) return null;
  // (… nor kinds and a part said by what it does or had done, the rest aside: "Trong tổng số 46 mô hình, có 28 mô hình trồng trọt; 12 mô
  // hình chăn nuôi; 10 mô hình được hỗ trợ từ ngân sách Trung ương" counts the models a second way — lexicon: part-verb)
  const rest = (q: Quantity) => REMAINDER_PART.test(list.slice(q.end, q.end + 40).split(/[,;]|\svà\s/u)[0]);
  // (what was done with them, not a status or a rank they reached: "đạt loại trung bình", "đang cho thu hoạch", "được công nhận", "hoạt
  // động khá, tốt" are kinds)
  const doing = (q: Quantity) => {
    const words = list.slice(q.end, q.end + 40).trimStart();
    return startsWith(PART_VERB, words) && !/^(?:đạt|đã|đang|có|không|chưa|hoạt động)(?![\p{L}])/iu.test(words) && !/^được\s+(?:công nhận|xếp|đánh giá|phân loại)/iu.test(words);
  };
  // (… unless every part says where or by whom in the same frame: "84 lớp được tổ chức tại các xã, 52 lớp tổ chức tập trung tại Trung tâm …")
  if (parts.some((q) => doing(q) && !rest(q)) && parts.some((q) => !doing(q) && !rest(q)) && !oneFrame(parts.map((q) => wordsAfterCount(list.slice(q.start).split(ITEM_SPLIT)[0]) ?? ''))) return null;
  const unit = total.unit || head.slice(total.end).trim().split(/\s+|\//u).slice(0, parts.some(byHead) || shortRunOk ? 1 : 2).join(' ').replace(/[,;:.]+$/u, '');
  const sum = parts.reduce((s, q) => s + q.value, 0);
  const decimals = Math.max(total.decimals, ...parts.map((q) => q.decimals));
  // (… and so is a part whose label before its figure extends another's: "trong đó lao động qua đào tạo 4.913 người (75,8%), lao
  // động qua đào tạo có bằng cấp, chứng chỉ 2.174 người (33,5%)" — the certified are some of the trained)
  const labels = parts.map((q, i) => normalize(list.slice(i ? parts[i - 1].end : 0, q.start)));
  // (… not by the "và" that joins the last part only: "46 xã đạt 19 tiêu chí, …, 16 xã đạt từ 10 - 14 tiêu chí và 04 xã đạt dưới 10 tiêu
  // chí" names four bands side by side — nxj06; but bands open upward, "20 xã đạt từ 15 tiêu chí trở lên, 12 xã đạt từ 17 tiêu chí trở
  // lên và 8 xã …", hold one another — review-52 D7)
  const extends_ = (xs: string[], i: number) => xs.some((o, j) => j !== i && o && xs[i] !== o && xs[i].startsWith(o + ' ') && (xs[i] !== `${o} va` || / tro len$/u.test(o)));
  // (parts named first are told apart by their names: the words after a count run into the next one's name, "312 buổi, thôn, tổ dân phố 908
  // buổi")
  const kindOf = (i: number) => (!named && extends_(nouns, i)) || extends_(labels, i);
  if (!banded && nouns.some((_, i) => kindOf(i))) {
    // kinds listed with their kind and the rest ("72 thôn, trong đó 21 thôn đạt chuẩn … kiểu mẫu, 38 thôn đạt chuẩn … và 17 thôn
    // chưa đạt chuẩn"): read nested (38 + 17) or side by side (21 + 38 + 17), the whole must come out either way
    const rest = parts.map((q) => REMAINDER_PART.test(list.slice(q.end, q.end + 40).split(/[,;]|\svà\s/u)[0]));
    const general = parts.filter((_, i) => !rest[i] && !kindOf(i));
    if (rest.filter(Boolean).length === 1 && general.length === 1 && parts.length - 2 >= 1 && [total, ...parts].every((q) => !q.qualifier)) {
      const nested = general[0].value + parts.find((_, i) => rest[i])!.value;
      const off = (x: number) => Math.abs(x - total.value) > total.value * 0.0005 + 1e-9;
      if (off(nested) && off(sum) && !any) return { total: total.value, sum: sum > total.value ? sum : nested, unit, decimals, at: total.start };
    }
    return null;
  }
  // (after a fraction the parts may break down its whole: "45/50 xã …, trong đó 30 xã đồng bằng, 20 xã miền núi")
  // (… not parts said recognised or meeting the standard, which break down the part: "13/14 xã đạt chuẩn NTM, trong đó: công nhận giai
  // đoạn 2011-2015 là 05 xã, giai đoạn 2016-2020 là 06 xã, từ năm 2021 đến nay là 03 xã" makes 14, one more than the 13)
  // (… by when each was recognised or reached it, none still on its way: "…, trong đó: đạt chuẩn giai đoạn 2011-2015 là 05 xã, …", "… có 03
  // xã về đích" — not "15/18 xã …, trong đó 15 xã đã được công nhận, 03 xã đang hoàn thiện hồ sơ", the whole's)
  // (read over the parts' own items, up to the last part's: what follows it in the list is said of other places)
  const lastEnd = parts[parts.length - 1].end;
  const items = list.slice(0, lastEnd) + list.slice(lastEnd).split(/[;,]/u)[0];
  const byWhen = !/(?<![\p{L}])(?:đang|chưa|còn lại|còn)(?![\p{L}])/iu.test(items) && (/(?<![\p{L}])(?:công nhận|về đích)(?![\p{L}])/iu.test(items) || (items.match(/(?<![\p{L}])(?:giai đoạn|từ năm|năm)\s+(?:19|20)\d\d/giu) ?? []).length >= parts.length);
  if (lastQ.kind === 'fraction' && lastQ.den && Math.abs(sum - lastQ.den.value) < 1e-9 && !byWhen) return null;
  // (a list closed by "và" whose parts make the whole, then another way of counting them: "13 sản phẩm …, trong đó 12 sản phẩm đạt 3 sao
  // và 01 sản phẩm đạt 4 sao (…), 07 sản phẩm do hội viên … làm chủ thể")
  const closedAt = parts.findIndex((q, k) => k > 0 && /(?<![\p{L}])và(?![\p{L}])/u.test(list.slice(parts[k - 1].end, q.start)));
  if (closedAt > 0 && closedAt < parts.length - 1 && !any) {
    const first = parts.slice(0, closedAt + 1);
    // (… not more of the same kind: "10 sản phẩm 3 sao và 03 sản phẩm 4 sao, 02 sản phẩm 5 sao" is one breakdown, wrong)
    const shape = (q: Quantity) => normalize(list.slice(q.end, q.end + 40).split(/[,;(]|\svà\s/u)[0]).replace(/\d+/gu, 'x').replace(/\b(?:dat|co|la) /gu, '');
    const kinds = new Set(first.map(shape));
    const second = parts.slice(closedAt + 1);
    // (… the second count a breakdown of its own, which must fit in the whole too: "…, 09 sản phẩm của hợp tác xã, 08 sản phẩm của doanh
    // nghiệp" of 13)
    if (consistent({ value: total.value, decimals: total.decimals }, first.map((q) => ({ value: q.value, decimals: q.decimals })), false) && second.every((q) => !kinds.has(shape(q)))) {
      const over = second.reduce((a, q) => a + q.value, 0);
      return second.length >= 2 && over > total.value * 1.0005 + 1e-9 ? { total: total.value, sum: over, unit: total.unit || head.slice(total.end).trim().split(/\s+/).slice(0, 2).join(' ').replace(/[,;:.]+$/u, ''), decimals: total.decimals, at: total.start } : null;
    }
  }
  // (pairs: the parts alternate with counts of the other unit, one each: "15 lớp với 1.426 lượt, 212 lớp với 13.356 lượt")
  if (any) return { total: total.value, sum, unit, decimals, at: total.start, pairs: after.length === parts.length * 2 && pairedList(after, parts) };
  // (a whole said as a floor, "trên 85 tỷ đồng", is exceeded by nothing; its exact figure, when the bracket after it gives one, is the whole:
  // "đạt trên 85 tỷ đồng (85,6 tỷ đồng), trong đó …" — session 36, ut05)
  const exact = total.qualifier ? exactInBracket(sentence, total) : undefined;
  if (exact === undefined && (total.qualifier === 'above' || total.qualifier === 'at-least')) return null;
  const whole = exact ?? total.value;
  if (droppedChange && consistent({ value: droppedChange.value, decimals: droppedChange.decimals }, parts.map((q) => ({ value: q.value, decimals: q.decimals })), false)) return null;
  // (cases counted by offence whose first parts make the whole already: the last cuts across them — "11 vụ …, trong đó 5 vụ trộm cắp
  // tài sản, 4 vụ cố ý gây thương tích, 2 vụ hiếp dâm, 2 vụ …" — review-50 A6, A18)
  if (head1 === 'vu' && parts.length >= 3 && consistent({ value: whole, decimals: total.decimals }, parts.slice(0, -1).map((q) => ({ value: q.value, decimals: q.decimals })), false)) return null;
  // (above the whole beyond what rounding the figures as shown allows — not a share of it: 161.374 + 39.215 of 200.489 triệu đồng is 100
  // triệu over, whatever 0,05% of the whole is — walk50)
  return sum > whole + 1e-9 && roundedAbove({ value: whole, decimals: exact === undefined ? total.decimals : decimals }, parts.map((q) => ({ value: q.value, decimals: q.decimals })), /đồng/u.test(unit)) ? { total: whole, sum, unit, decimals, at: total.start } : null;
}

/**
 * Whether parts pass their whole beyond rounding: the least their sum can be, each figure rounded as shown, is above the most the whole can
 * be, all read at the finest precision any of them is shown to. Counts with no decimals are exact; money is rounded to its last unit.
 */
function roundedAbove(whole: VnNumber, parts: VnNumber[], money: boolean): boolean {
  // (each read at the finest precision among them: "3 tỷ đồng, trong đó 1,9 … và 1,3 …" gives the whole to the tenth as well)
  const d = Math.max(whole.decimals, ...parts.map((p) => p.decimals));
  const iv = (n: VnNumber): [number, number] => (d > 0 || money ? roundingInterval({ ...n, decimals: d }) : [n.value, n.value]);
  const lo = parts.reduce((a, p) => a + iv(p)[0], 0);
  return lo > iv(whole)[1] + 1e-9;
}

/**
 * The exact figure a bracket right after a qualified whole gives: the bracket holds that figure alone, in the whole's unit, none, or
 * money in another of its units ("trên 85 tỷ đồng (85,6 tỷ đồng)", "(85.620 triệu đồng)"). A bracket of words is something else
 * — a plan, a yearly average, an earlier sum: "trên 85 tỷ đồng (kế hoạch 60 tỷ đồng)" (review-36b A7, A24, A25).
 */
function exactInBracket(sentence: string, total: Quantity): number | undefined {
  const m = /^\s*\(\s*([^()]{1,40}?)\s*\)/u.exec(sentence.slice(total.end));
  const qs = m ? extractQuantities(m[1]) : [];
  const q = qs[0];
  // (… the clerk's short "tỷ", "triệu" after it: "(95,2 tỷ)")
  const short = m && q && !q.unit ? /^\s*(tỷ|triệu)(?:\s+đồng)?$/u.exec(m[1].slice(q.end))?.[1] : undefined;
  if (qs.length !== 1 || q.kind !== 'number' || q.qualifier || q.start !== 0 || (q.end !== m![1].length && !short)) return undefined;
  const unit = short ? `${short} đồng` : q.unit;
  // (money in another of its units read through the lexicon's table of them: "(85.620 triệu đồng)" after "tỷ đồng")
  const read = unit ? inUnitOf({ ...q, unit }, total.unit) : q;
  const value = !unit || sameUnit(unit, total.unit) ? q.value : read.unit === total.unit ? read.value : undefined;
  // (… and it fits the qualifier: a floor's exact figure is at least the floor — "hơn 95 tỷ đồng (1)" holds a note's mark, no figure —
  // review-36f E3)
  if (value === undefined) return undefined;
  // (… and no note's mark, a bare whole number: "gần 120 tỷ đồng (1)", "ước đạt 48,5 tỷ đồng (2)", "12 tỷ đồng (11)" — review-36h R2, R7,
  // review-36i D2, D3)
  // (… and a figure with no unit only near the whole, a tenth either way: "(85,6)" after "trên 85 tỷ đồng", not "(1,2)" after "gần 120 tỷ
  // đồng", two notes' marks — review-36l R23)
  if (!unit && (q.decimals === 0 || Math.abs(value - total.value) > total.value * 0.1)) return undefined;
  if ((total.qualifier === 'above' || total.qualifier === 'at-least') && value < total.value) return undefined;
  if ((total.qualifier === 'nearly' || total.qualifier === 'below' || total.qualifier === 'at-most') && value > total.value) return undefined;
  return value;
}

/** Whether the list's counts alternate, a part then a count of another unit (or the reverse), every part in its own pair. */
function pairedList(after: Quantity[], parts: Quantity[]): boolean {
  const odd = parts.includes(after[1]);
  return after.every((q, i) => parts.includes(q) === (odd ? i % 2 === 1 : i % 2 === 0) && (parts.includes(q) || !sameUnit(q.unit, parts[0].unit)));
}
