/**
 * Counts of places against the places named with them ("04 thôn … (Lập Phước, Lập Thuận, Lập Đông)"), and a count broken down by
 * place in the bracket after it ("22 thôn (xã Đại Hiệp (cũ) 7 thôn, …)").
 */
import { captionOf, tables, type DocModel, type TableView } from './model';
import { sideBySide } from './table-transpose';
import { formatVn, parseVnNumber, roundingInterval, shareAgrees, type VnNumber } from './numbers';
import { clauses, extractQuantities, type Quantity } from './quantities';
import { PERSON_TRAITS, COLUMN_ROLES, TABLE_LABEL, BREAKDOWN, LIST_OF_WHOLE, WHERE_WORDS, QUALIFIERS, PLAN_WORDS, THINGS_COUNTED, CLAIM_MET, COMPARED_WITH, CLAIM_NOT_MET, DIFFERENCE_WORDS, NAMES_ELSEWHERE, LEVEL_HEADER, LIST_OPENER, PART_VERB, REMAINDER_PART, SHARE_OF_WHOLE, WHOLE_NAMED, isOnly, SCOPE_WIDER, SUB_ROW, TARGET_WORDS, TOTAL_ROW, TOTAL_ROW_WHOLE, TRAIT_PART, FUNCTION_WORDS, ACTION_LEAD, eitherCase, startsWith, COOPERATIVE_KIND, CRITERION_NAMES } from './lexicon';
import { blankBrackets, normalize, rowLine } from './text';
import { PLACE_RANKS } from './scope';
import { ETHNIC_NAMES } from './lexicon/ethnic';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import { mayStartWith, PART_ROW, SUB_ROW_FIRSTS } from './chars';
import { MONEY_IN_MILLIONS } from './lexicon/figures';
import { LEFT_BLANK, NATION_WHOLE, PROVINCE_WHOLE, DISTRICT_WHOLE, SHARE_LEAD, NAMED_BY_NUMBER } from './lexicon/patterns';
import { LEVEL_KINDS, LIST_OPENS_AT_END, OWN_SUBJECT_CLAUSE, UNITS_OF_LEVEL, CHANGE_TO, MEASURE_UNIT, RATE_ROW, RELATION_BEFORE, TIME_NOUN, RATE_ITEM, WHOLE_MEASURED, RANKED_KIND, AVERAGE_BEFORE, PER_UNIT_AFTER, CLAUSE_AFTER_COMMA, CRITERIA_CAPTION, RUNNING_ITEM, YEAR_ITEMS, THRESHOLD_AFTER, AVERAGE_ROW } from './lexicon/patterns-sums';
import { UPPER_FIRST, asRead, consistent, figureOf, openList, sameUnit, type TotalMismatch } from './totals-common';

/** A count and the names given with it in brackets: "04 thôn … kiểu mẫu (Lập Phước, Lập Thuận, Lập Đông)" names three. */
export interface NamedCountMismatch {
  count: number;
  names: number;
  raw: string;
  excerpt: string;
}

/** A place's name: its first word, and its second if any, opens on a capital ("Tam Đa", "Ea H'leo", "Cư M'gar", "TT. Cam Lộ", "Cam Thành -",
 * "Thạch Khê đạt") — not an office's words, "PTNT theo dõi", "UBND xã chủ trì" (review-62 C6, C14, C20). */
const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}|\s*$)/u;
/** The ethnic communities' names, in lower case with one apostrophe. */
const apostrophe = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'");
const ETHNIC = new Set(ETHNIC_NAMES.map(apostrophe));

const PLACE_NOUN = Object.keys(PLACE_RANKS).sort((a, b) => b.length - a.length).join('|');
/** Any place noun, as a word. */
const ANY_PLACE = new RegExp(String.raw`(?<![\p{L}])(${PLACE_NOUN})(?![\p{L}])`, 'giu');
/** The rank of the place a count counts ("04 thôn …" → thôn), or of the place an item names ("huyện Mộc Châu"). */
const COUNTED = new RegExp(String.raw`^\d{1,3}(?:\s*\/\s*\d{1,3})?\s+(${PLACE_NOUN})(?![\p{L}])`, 'u');
const NAMED_PLACE = new RegExp(String.raw`^(${PLACE_NOUN})\s`, 'iu');
const rankOf = (re: RegExp, text: string) => PLACE_RANKS[re.exec(text)?.[1]?.toLowerCase() ?? ''];

/** The nouns a named count counts (places and products a report names one by one). */
const NAMED_UNITS = 'xã|thôn|huyện|ấp|bản|buôn|làng|thị xã|sản phẩm|hợp tác xã|đơn vị|khu dân cư|trường';
/** A count (or a fraction's numerator), its noun, a few words, then a bracket of names. */
const NAMED_COUNT = new RegExp(String.raw`(?<![\p{L}\d.,/])(\d{1,3})(?:\s*\/\s*\d{1,3})?\s+(?:${NAMED_UNITS})(?![\p{L}])([^()\d;.]{0,90})\(([^()]{3,300})\)`, 'gu');

/** The longest lead, from a count's noun to the colon before its names, read whatever words end it. */
const NAMED_LEAD = 90;

/** Right before a count, other places that each have it: "5 xã có ", "05 xã đều có ", "mỗi xã có ". */
const EACH_HAS_BEFORE = /(?:\d+\s+\p{L}+(?:\s+\p{L}+)?|mỗi\s+\p{L}+)\s+(?:đều\s+)?có\s*$/u;

/** A bracket after a name that says where it lies: "(xã Duy Thành)", "(huyện Hải Lăng)". */
const ADDRESS_BRACKET = /\s*\(\s*(?:xã|thôn|huyện|thị xã|thị trấn|phường|tỉnh|thành phố)\s+\p{Lu}[^()]*\)/gu;

/** Words before a colon that pick some of the things counted out. */
const SELECTION = /(?<![\p{L}])(?:tiêu biểu|điển hình|trong đó|như|một số|chủ yếu|nổi bật|gồm các)(?![\p{L}])/iu;
/** A count, its noun (any, in up to three words), a few words, a colon, then names to the sentence's end — not a number that names a
 * kind ("sản phẩm 3 sao:", "tiêu chí số 4:", "19 tiêu chí:"). */
const NAMED_AFTER_COLON = new RegExp(String.raw`(?<![\p{L}\d.,/]|(?:số|tiêu chí|nhóm|loại|hạng)\s)(\d{1,3})(?:\s*\/\s*\d{1,3})?\s+(?=\p{L})(?!(?:sao|tiêu chí|năm|tháng|ngày|điểm|lần)(?![\p{L}]))([^()\d;.:]{0,160}):\s*((?:[^();:]|\([^()]{0,60}\)){3,300}?)(?=\.(?!\d)|;\s*\d|$)`, 'gu');

/**
 * Counts that do not match the names given with them. Only a bracket that is nothing but names (each
 * opening with a capital, no figure, separated by commas or "và") is read; "(trong đó …)", "(đạt 70%)"
 * and the like are not lists of names.
 */
/** The year a name is given with in a list: "Thống Nhất năm 2022", "Nhật Tân (2023)". */
const NAME_YEAR = /\s*(?:\(\s*)?(?:năm\s+)?(?:19|20)\d\d\s*\)?$/u;

export function namedCountMismatches(text: string): NamedCountMismatch[] {
  const out: NamedCountMismatch[] = [];
  if (!text.includes('(') && !text.includes(':')) return out;
  // (a bracket of names, or names after a colon to the sentence's end: "06 cơ sở homestay đạt chuẩn …: Homestay Bàn Thạch Xưa, …")
  const found: string[][] = [];
  if (text.includes('(')) {
    NAMED_COUNT.lastIndex = 0;
    for (let m = NAMED_COUNT.exec(text); m; m = NAMED_COUNT.exec(text)) found.push([m[0], m[1], m[2], m[3], '(', String(m.index)]);
  }
  if (text.includes(':')) {
    NAMED_AFTER_COLON.lastIndex = 0;
    for (let m = NAMED_AFTER_COLON.exec(text); m; m = NAMED_AFTER_COLON.exec(text)) found.push([m[0], m[1], m[2], m[3], ':', String(m.index)]);
  }
  for (const m of found) {
    // (a long lead, the count's verb and who recognised it — "03 đơn vị cấp huyện được Thủ tướng Chính phủ công nhận đạt chuẩn/hoàn thành
    // nhiệm vụ xây dựng nông thôn mới, gồm:" — only when it ends on the words that open a list: pqg06)
    if (m[4] === ':' && m[2].length > NAMED_LEAD && !LIST_OPENS_AT_END.test(m[2])) continue;
    // (… nor after a clause of the lead that opens on a subject of its own: the names are of that — "12 thôn …, tập trung ở các địa phương
    // …, gồm:", "05 xã …, các xã chưa đạt chuẩn … là:", "04 đơn vị …, hai đơn vị được công nhận sớm nhất là:", "02 đơn vị …, với những mô
    // hình …, gồm:" — lexicon: own-subject-clause; review-64b B23–B31)
    if (m[4] === ':' && OWN_SUBJECT_CLAUSE.test(m[2])) continue;
    // (… a list left open by dots the sentence's end cut off, "gồm: Hải Quế, Hải Ba, Hải Lâm...", names some of them — review-64b B15)
    const dotsAfter = m[4] === ':' && /^\.{2}|^…/u.test(text.slice(Number(m[5]) + m[0].length));
    // (names after words that pick some of them out are a selection: "03 sản phẩm OCOP mới, tiêu biểu là:", "06 xã …, trong đó các xã
    // đạt chuẩn nâng cao:")
    if (m[4] === ':' && SELECTION.test(m[2])) continue;
    // "(thôn Trà Va, xã Quế Thọ; thôn Bình Hòa, xã Quế Lưu)": ";" parts the names; a larger place after a name is
    // where it lies ("(xã Đông Sang, huyện Mộc Châu)"), not one more name
    // (… or units of a level, "03 đơn vị cấp huyện …: thành phố Vĩnh Yên, …, huyện Tam Dương": places of any kind of that level, the level's
    // noun no other place — lexicon: units-of-level; pqg06)
    const ofLevel = UNITS_OF_LEVEL.exec(m[0].replace(/^\d{1,3}(?:\s*\/\s*\d{1,3})?\s+/u, ''));
    const counted = ofLevel?.[1] ?? ofLevel?.[2] ? PLACE_RANKS[(ofLevel[1] ?? ofLevel[2]).toLowerCase()] : rankOf(COUNTED, m[0]);
    if (ofLevel && counted === undefined) continue;
    // "11 xã …, tập trung ở các huyện miền núi (A, B, C)": the names belong to the nearer place before the bracket
    // (an authority is no place the names are in: "được UBND tỉnh công nhận")
    const between = [...m[2].replace(ofLevel ? ofLevel[0] : '', '').replace(/nông thôn|(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Ban Chỉ đạo|Ban Thường vụ)\s+(?:tỉnh|huyện|thị xã|thành phố|xã)/giu, '').matchAll(ANY_PLACE)];
    if (between.some((b) => PLACE_RANKS[b[1].toLowerCase()] !== counted)) continue;
    // "62 sản phẩm OCOP đưa lên sàn TMĐT (Postmart, Voso, Shopee)": the names are of the thing named just before them
    // (… named within the last few words before the bracket, for a count of things: places name where they are by the place
    // words above, and "04 xã hoàn thành các tiêu chí ở mức cao (…)" names the communes)
    const elsewhere = counted === undefined ? NAMES_ELSEWHERE.findLast(m[2]) : null;
    if (elsewhere && m[2].slice(elsewhere.end).trim().split(/\s+/).length <= 3) continue;
    // (names after a colon may each carry a bracket: where it lies, "Thi Thại (xã Duy Thành)", left out, or the year it was reached, "Hải An
    // (năm 2021)", read below; the list ends where a count opens the next clause, "…; 10 thôn đang hoàn thiện …" — review-45b A7, review-45c F9)
    // (… any other bracket makes them no list of names)
    const names = m[4] === ':' ? m[3].replace(ADDRESS_BRACKET, '') : m[3];
    // (… nor a count each of the places before it has: "5 xã có 1 thôn được công nhận …, gồm: Phú Lộc (thôn Vĩnh Phú), …" names the five
    // communes — real text, rt39-34)
    if (EACH_HAS_BEFORE.test(text.slice(Math.max(0, Number(m[5]) - 40), Number(m[5])))) continue;
    if (m[4] === ':' && /\((?!\s*(?:năm\s+)?(?:19|20)\d\d\s*\))/u.test(names)) continue;
    // (names grouped by year: "(Yết Kiêu, Thống Nhất năm 2022; Toàn Thắng, Nhật Tân năm 2023)" — each group's names count)
    const raw = names.split(/\s*[;,]\s*|\s+và\s+/u);
    // (names that say their kind, of another level than the count's, are not the places counted: "02 đơn vị cấp huyện …: xã Hải Phú, xã Hải
    // Thượng", "05 xã …: thôn A, thôn B" — review-64b B29, B31)
    if (counted !== undefined && raw.some((x) => (rankOf(NAMED_PLACE, x.trim()) ?? -1) > counted)) continue;
    const items = raw
      .map((s) => s.trim().replace(NAME_YEAR, ''))
      .filter((s) => s && !(counted !== undefined && (rankOf(NAMED_PLACE, s) ?? 9) < counted))
      .map((s) => s.replace(ofLevel ? LEVEL_KINDS : /^(?:xã|thôn|huyện|ấp|bản|thị trấn|phường)\s+/iu, ''));
    // (a place's name opens on two words with their capitals: "(Phòng Nông nghiệp và PTNT theo dõi)" after "03 xã Phan Sào Nam, Đoàn Đào, Tam
    // Đa hoàn thiện …" says who follows the work, no names — session 62, nzu02)
    if (items.length < 2 || !items.every((s) => UPPER_FIRST.test(s) && s.split(/\s+/).length <= 5 && !/\d/.test(s) && (counted === undefined || PLACE_NAME.test(s)))) continue;
    // (communities, not places: "11 xã thuộc vùng đồng bào dân tộc thiểu số (S'tiêng, M'nông, Tày, Nùng)")
    if (items.every((s) => ETHNIC.has(apostrophe(s)))) continue;
    // (… nor criteria: "06 xã có tiêu chí chưa bền vững (Môi trường, Tổ chức sản xuất, Thu nhập)" — lexicon: criterion-names)
    // (… read by commas too, a criterion's name may hold "và": "(Môi trường, Thông tin và Truyền thông)"; "TC Môi trường", "tiêu chí số 17")
    const criterion = (s: string) => isOnly(CRITERION_NAMES, s.trim().replace(/^(?:tc|tiêu chí)(?:\s+số)?(?:\s+\d{1,2})?\s+(?:về\s+)?/iu, ''));
    if (counted !== undefined && (items.every(criterion) || m[3].split(/\s*[;,]\s*/u).filter((x) => x.trim()).every(criterion))) continue;
    const count = Number(m[1]);
    // (a list left open — "(thôn Thạch Tân, Xuân Quý, Đông Yên...)", "(như A, B…)" — names some of them: only more names disagree)
    if (items.length < count && (openList(names) || dotsAfter)) continue;
    // (names given with the year each was reached may leave out those reached before: "03/9 xã đạt chuẩn (xã Măng Cành năm
    // 2022, xã Hiếu năm 2023)" — only more names than the count disagree then)
    const dated = raw.some((s) => NAME_YEAR.test(s.trim()));
    if (dated && items.length < count) continue;
    // (fewer than half as many names as the count is a selection or where they lie — "24 xã miền núi cao (Kỳ Sơn, Tương Dương,
    // Quế Phong)" names three districts — not a list grown stale)
    if (items.length * 2 < count) continue;
    // (a name may hold "và": "HTX Nông nghiệp và Dịch vụ Hải Thượng", "Giáo dục và Đào tạo" — the names counted apart by commas alone
    // agreeing with the count is no mismatch)
    const byCommas = names.split(/\s*[;,]\s*/u).filter((x) => x.trim()).length;
    // (… not a place's: a commune's or a village's name holds no "và" — "Hải Quế và Hải Phú" are two — review-45b A7)
    if (count !== items.length && (count !== byCommas || counted !== undefined)) out.push({ count, names: items.length, raw: m[0].slice(0, m[0].indexOf(m[4])).trim(), excerpt: text });
  }
  return out;
}

/** Spaces and an opening bracket, matched where a count ends. */
const BRACKET_AFTER = /\s*\(/y;
/** A bracket that opens on a place's noun: "(xã Đại Hiệp (cũ) 7 thôn, …". */
const BRACKETS_OF_PLACES = new RegExp(String.raw`\(\s*(?:${PLACE_NOUN})\s`, 'giu');
/** The longest bracket of places read: a few dozen places with their counts. */
const MAX_BRACKET = 600;
/** A place and its count in a bracket of places: "xã Đại Hiệp (cũ) 7 thôn" (its own brackets blanked), a name of capitalised words. */
// (case-sensitive: \p{Lu} under the i flag matches any letter; the noun in either case)
const PLACE_WITH_COUNT = new RegExp(String.raw`^\s*(?:${eitherCase(PLACE_NOUN.split('|'))})\s+(?:\p{Lu}[\p{L}'’]*\s+){1,4}(?=\d)`, 'u');

/**
 * "gồm 22 thôn (xã Đại Hiệp (cũ) 7 thôn, xã Đại Hòa (cũ) 6 thôn, xã Đại An (cũ) 8 thôn)": a count and, in the bracket right after
 * it, the count of each place that makes it up. Every item must be a place with its count of the same unit, and the list must not
 * be left open ("…") nor be a "trong đó" of some: then the counts must make the whole.
 */
export function placeBreakdowns(text: string, paragraph: number): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  // (only the count right before each bracket that opens on a place's noun is read, its words from a word's start a little before it:
  // most paragraphs with brackets hold none, and are passed over unread)
  const counts: Quantity[] = [];
  BRACKETS_OF_PLACES.lastIndex = 0;
  for (let b = BRACKETS_OF_PLACES.exec(text); b; b = BRACKETS_OF_PLACES.exec(text)) {
    let from = Math.max(0, b.index - 60);
    if (from > 0) from = text.indexOf(' ', from) + 1 || b.index;
    const before = extractQuantities(text.slice(from, b.index));
    const q = before[before.length - 1];
    if (q && !text.slice(from + q.end, b.index).trim()) counts.push({ ...q, start: q.start + from, end: q.end + from });
  }
  for (const q of counts) {
    if (q.kind !== 'number' || !q.unit || q.qualifier) continue;
    // (the bracket right after the count, spaces aside: read where it stands, no copy of the rest of the text)
    BRACKET_AFTER.lastIndex = q.end;
    const open = BRACKET_AFTER.exec(text);
    if (!open) continue;
    const start = q.end + open[0].length;
    // the bracket's own end, past the places' "(cũ)", within a bracket's length (an unclosed one is no list)
    let depth = 1;
    let k = start;
    for (const stop = Math.min(text.length, start + MAX_BRACKET); k < stop && depth; k++) depth += text[k] === '(' ? 1 : text[k] === ')' ? -1 : 0;
    if (depth) continue;
    const inner = blankBrackets(text.slice(start, k - 1));
    const items = inner.split(/\s*(?:[,;]|\svà\s)\s*/u).filter((s) => s.trim());
    // (a bracket that gives some of them — lexicon: breakdown, "trong đó", "trong số đó" — or shares is no breakdown of the whole)
    if (items.length < 2 || openList(inner.trim()) || BREAKDOWN.test(inner) || inner.includes('%')) continue;
    const parts: Quantity[] = [];
    for (const it of items) {
      const lead = PLACE_WITH_COUNT.exec(it);
      const qs = lead ? extractQuantities(it) : [];
      if (!lead || qs.length !== 1 || qs[0].start !== lead[0].length || qs[0].kind !== 'number' || !qs[0].unit || !sameUnit(qs[0].unit, q.unit) || it.slice(qs[0].end).trim()) break;
      parts.push(qs[0]);
    }
    if (parts.length !== items.length) continue;
    const pv = parts.map(figureOf);
    if (consistent({ value: q.value, decimals: q.decimals }, pv, false)) continue;
    out.push({ paragraph, excerpt: text, at: q.start, ...asRead(q, pv), unit: q.unit });
  }
  return out;
}
