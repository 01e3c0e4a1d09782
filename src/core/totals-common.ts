/**
 * What the checks of sums share: a total's mismatch, reading a figure and its rounding, units and nouns taken as units, and
 * the words that open, end or leave open a list of parts.
 */
import { captionOf, tables, type DocModel, type TableView } from './model';
import { sideBySide } from './table-transpose';
import { formatVn, parseVnNumber, roundingInterval, shareAgrees, type VnNumber } from './numbers';
import { clauses, extractQuantities, type Quantity } from './quantities';
import { PERSON_TRAITS, COLUMN_ROLES, TABLE_LABEL, BREAKDOWN, LIST_OF_WHOLE, WHERE_WORDS, QUALIFIERS, PLAN_WORDS, THINGS_COUNTED, CLAIM_MET, COMPARED_WITH, CLAIM_NOT_MET, DIFFERENCE_WORDS, NAMES_ELSEWHERE, LEVEL_HEADER, LIST_OPENER, PART_VERB, REMAINDER_PART, SHARE_OF_WHOLE, WHOLE_NAMED, isOnly, SCOPE_WIDER, SUB_ROW, TARGET_WORDS, TOTAL_ROW, TOTAL_ROW_WHOLE, TRAIT_PART, FUNCTION_WORDS, ACTION_LEAD, eitherCase, startsWith, COOPERATIVE_KIND, OFFENCE_KIND } from './lexicon';
import { blankBrackets, normalize, rowLine } from './text';
import { PLACE_RANKS } from './scope';
import { ETHNIC_NAMES } from './lexicon/ethnic';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import { mayStartWith, PART_ROW, SUB_ROW_FIRSTS } from './chars';
import { CLASSIFIED_NOUNS, MONEY_IN_MILLIONS } from './lexicon/figures';
import { LEFT_BLANK, NATION_WHOLE, PROVINCE_WHOLE, DISTRICT_WHOLE, SHARE_LEAD, NAMED_BY_NUMBER } from './lexicon/patterns';
import { SECOND_KIND, DAMAGE_DEGREE, DAMAGE_BAND, CHANGE_TO, MEASURE_UNIT, RATE_ROW, RELATION_BEFORE, TIME_NOUN, RATE_ITEM, WHOLE_MEASURED, RANKED_KIND, AVERAGE_BEFORE, PER_UNIT_AFTER, CLAUSE_AFTER_COMMA, CRITERIA_CAPTION, RUNNING_ITEM, YEAR_ITEMS, THRESHOLD_AFTER, AVERAGE_ROW, EACH_PLACE_BEFORE, UNITS_OF_LEVEL } from './lexicon/patterns-sums';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const LETTER = /\p{L}/u;
const FIGURE_AND_UNIT = /^([\d.,\s]*\d)\s*(\p{L}[\p{L}\s]{0,30})?$/u;
export const FIRST_WORD = /^\p{L}+(?:\s+(?:nghèo|dân|gia đình))?\s+/u;
export const UPPER_FIRST = /^\p{Lu}/u;

export interface TotalMismatch {
  paragraph: number;
  excerpt: string;
  total: number;
  sum: number;
  decimals: number;
  unit: string;
  /** Column header for a table total. */
  column?: string;
  /** The row's label, for a total column summing across its row. */
  row?: string;
  /** Where the total stands in the excerpt's text, for a total written in prose (the finding shows the text around it). */
  at?: number;
  /** The total and the sum as the finding writes them, where they are no single figure (a column of fractions: "46/47", "45/47"). */
  shown?: { total: string; sum: string };
}

// every total phrase starts with a "t", a "c" or an "l" ("toàn", "tổng", "chung", "cộng", "lũy kế"), every sub-row mark with "trong đó" or a sign
export const isTotal = (s: string) => {
  const t = s.trim();
  if (!mayStartWith(t, 'tTcClL')) return false;
  const hit = [TOTAL_ROW.find(t), TOTAL_ROW_WHOLE.find(t)].find((h) => h?.start === 0);
  // "Tổng cộng", "Cộng 3 năm", "Tổng (triệu đồng)", "Toàn huyện" — not a quantity named "Tổng nguồn lực huy động (tỷ đồng)"
  return !!hit && t.slice(hit.end).replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).filter(Boolean).length <= 2;
};
/**
 * The years of a table's whole row that names its span and nothing else after "Tổng …": "Tổng cộng 2021 - 6/2024", "Tổng cộng giai đoạn
 * 2021 - 6/2024", "Tổng cộng GĐ 2021-2023" (session 37, nti04) — not a measure's name with one, "Tổng vốn giai đoạn 2021 - 2023", nor a
 * subtotal "Cộng giai đoạn 2011 - 2015" (review-37d W3; bo01).
 */
export function spanTotal(label: string): [number, number] | undefined {
  const m = /^\s*tổng(?:\s+(?:cộng|số))?\s+(?:(?:giai\s+đoạn|gđ|thời\s+kỳ)\s+)?(?:\d{1,2}\s*\/\s*)?((?:19|20)\d\d)\s*[-–]\s*(?:\d{1,2}\s*\/\s*)?((?:19|20)\d\d)\s*$/iu.exec(label);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}
/** A subtotal's label, among the rows: a total's word, then the span or group it closes ("Cộng giai đoạn 2011 - 2015", "Cộng 12 đơn vị", "Cộng"). */
export const isSubtotal = (s: string) => {
  const t = s.trim();
  if (!mayStartWith(t, 'tTcC')) return false;
  const hit = TOTAL_ROW.find(t);
  // ("Cộng …", "Tổng cộng …", or "Tổng"/"Tổng số" then a span or a count — not a quantity's name, "Tổng vốn ngân sách")
  return hit?.start === 0 && (/^(?:cộng|tổng cộng)$/iu.test(hit.phrase) || isTotal(t) || /^\s*(?:giai đoạn|gđ|năm|các năm|\d)/iu.test(t.slice(hit.end)));
};
/** Whether a cell holds a letter: ASCII letters seen directly, anything else asked of the pattern. */
export const hasLetter = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return LETTER.test(s);
  }
  return false;
};
/** Rows that belong under another row: "Trong đó", "- ", "a)", "1.1", a row number that is a small letter alone ("1" over "a", "b") —
 * a table with them is not flat. */
export const isSubRow = (s: string, lettersNest = true) => {
  const t = s.trim();
  return (mayStartWith(t, SUB_ROW_FIRSTS) && SUB_ROW.find(t)?.start === 0) || /^\s*([a-zđ]\)|\d+\.\d+)/iu.test(s) || (lettersNest && /^[a-hđ][.]?$/u.test(t));
};

/** A cell's figure, with the unit written after it when there is one ("14 công trình" is 14 with "công trình"). */
export function cellNumber(s: string): (VnNumber & { unit: string }) | null {
  const t = s.trim();
  if (!t || /%|\/|lần/.test(t)) return null;
  const m = FIGURE_AND_UNIT.exec(t);
  if (!m) return null;
  const n = parseVnNumber(m[1].replace(/\s+/g, ''));
  return n ? { ...n, unit: (m[2] ?? '').trim().toLowerCase().replace(/\s+/g, ' ') } : null;
}

/**
 * Whether `parts` can sum to `total`. A figure with decimals, or an amount of money, stands for its
 * rounding interval; a whole count (hộ, xã, người) is exact.
 */
export function consistent(total: VnNumber, parts: VnNumber[], money: boolean): boolean {
  if (consistentAsRead(total, parts, money)) return true;
  // (a figure with another reading — "14,500 lượt" beside "3.200 lượt" — holds when it makes the sum: each one read the other way,
  // then all of them)
  const others = [total, ...parts].filter((n) => n.alt !== undefined);
  if (!others.length || others.length > 8) return false;
  if (others.length > 1 && consistentAsRead(otherReading(total), parts.map(otherReading), money)) return true;
  return others.some((o) => consistentAsRead(o === total ? otherReading(total) : total, parts.map((p) => (p === o ? otherReading(p) : p)), money));
}
/** A figure read the other way where its writing allows it ("14,500" as 14.500), else as it is. */
const otherReading = (n: VnNumber): VnNumber => (n.alt !== undefined ? { value: n.alt, decimals: 0 } : n);
/** A quantity's figure, with its other reading when it has one. */
/**
 * How many times each part stands: once, or — where "mỗi xã" stands right before its count — once for each place its item names ("Tân
 * Hương, Quang Vĩnh và Hòa Lạc mỗi xã 01 cầu" is 3; "các xã Hải Phong, Hải Định và Hải Lâm", "thôn 3 và thôn 5 mỗi thôn", "huyện Gio Linh
 * và huyện Vĩnh Linh mỗi huyện" too), or as many as the item counts ("05 xã còn lại mỗi xã 01 cầu" is 5). Null for a part whose places
 * cannot be counted ("các xã còn lại mỗi xã …"; names bare under another kind than "xã", "Hải Trường và Hải Phong mỗi thôn"; offices
 * whose names may hold "và", "Phòng Tài nguyên và Môi trường, … mỗi đơn vị" — review-43 A7, A16, A17).
 */
export function timesEach(list: string, parts: Quantity[]): (number | null)[] {
  return parts.map((q, k) => {
    const lead = EACH_PLACE_BEFORE.exec(list.slice(Math.max(0, q.start - 40), q.start));
    if (!lead) return 1;
    const kind = lead[1].toLowerCase();
    // the item's words: from the part before it (past its own words, to the last ";" or else the first ",") to the "mỗi" (review-43 A8)
    let words = list.slice(k > 0 ? parts[k - 1].end : 0, q.start - lead[0].length);
    if (k > 0) words = words.includes(';') ? words.slice(words.lastIndexOf(';')) : words.slice(Math.max(0, words.search(/,/u)));
    words = words.replace(/^[\s:,;]+|[\s,]+$/gu, '');
    // (a count of the places said in the item, the last: "05 xã còn lại", "ngân sách tỉnh hỗ trợ 05 xã" — review-43c A13n)
    const counted = [...words.matchAll(new RegExp(`(?<![\\d.,/])(\\d{1,3})\\s+${kind}(?![\\p{L}])`, 'giu'))].pop();
    if (counted) return Number(counted[1]);
    // (… or names of places, each with the kind before it or bare, and bare only for communes: "các xã A, B và C" names three; offices'
    // names under "mỗi đơn vị" may hold "và")
    if (/^(?:đơn vị|địa phương|nơi)$/u.test(kind)) return null;
    const names = words.replace(new RegExp(`^các\\s+${kind}\\s+`, 'iu'), '').split(/\s*(?:,|;|\svà\s)\s*/u).filter((x) => x);
    const named = (x: string) => new RegExp(`^${kind}\\s+(?:\\p{Lu}|\\d)`, 'u').test(x) || (kind === 'xã' && /^\p{Lu}/u.test(x) && !/\d/u.test(x));
    return names.length >= 2 && names.every(named) ? names.length : null;
  });
}
export const figureOf = (q: { value: number; decimals: number; alt?: number }): VnNumber => ({ value: q.value, decimals: q.decimals, ...(q.alt !== undefined ? { alt: q.alt } : {}) });
/** The total and the parts' sum as a finding gives them: as written, or — where figures have another reading and it comes nearer — so read. */
export function asRead(total: VnNumber, parts: VnNumber[]): { total: number; sum: number; decimals: number } {
  const plain = { total: total.value, sum: parts.reduce((s, p) => s + p.value, 0), decimals: Math.max(total.decimals, ...parts.map((p) => p.decimals)) };
  if (total.alt === undefined && !parts.some((p) => p.alt !== undefined)) return plain;
  const o = otherReading;
  const flipped = { total: o(total).value, sum: parts.reduce((s, p) => s + o(p).value, 0), decimals: Math.max(o(total).decimals, ...parts.map((p) => o(p).decimals)) };
  return Math.abs(flipped.sum - flipped.total) < Math.abs(plain.sum - plain.total) ? flipped : plain;
}
function consistentAsRead(total: VnNumber, parts: VnNumber[], money: boolean): boolean {
  const iv = (n: VnNumber): [number, number] => (n.decimals > 0 || money ? roundingInterval(n) : [n.value, n.value]);
  const [tlo, thi] = iv(total);
  let lo = 0;
  let hi = 0;
  for (const p of parts) {
    const [a, b] = iv(p);
    lo += a;
    hi += b;
  }
  const eps = 1e-9;
  return hi >= tlo - eps && lo <= thi + eps;
}

/** "Tổng vốn huy động 520 tỷ đồng, gồm: ngân sách trung ương 200 tỷ đồng; …": the parts must make the total. */
/** A count of a noun the quantities do not know as a unit ("64 cầu", "34 cơ sở") takes the word after it, marked, as its unit: a "gồm" list of "18 cầu …, 27 cầu …" then adds up to it. */
export const NOUN_MARK = '~';
const NEXT_WORDS = /^\s+[“"‘]?(\p{L}+(?:\s+\p{L}+)?)/u;
export function withNoun(q: Quantity, text: string): Quantity {
  if (q.kind !== 'number' || q.unit) return q;
  const w = NEXT_WORDS.exec(text.slice(q.end, q.end + 30));
  if (!w) return q;
  // (a second word that carries nothing of the noun ends it: "127 cầu trên …", "41 cầu năm 2021" both count "cầu")
  const words = w[1].toLowerCase().split(/\s+/u);
  // (… nor does one that says where the things lie: "35 ấp nằm trên địa bàn 06 xã", "35 ấp trực thuộc 06 xã")
  const noun = words.length > 1 && (isOnly(FUNCTION_WORDS, words[1]) || words[1] === 'năm' || words[1] === 'nằm' || words[1] === 'trực') ? words[0] : words.join(' ');
  return { ...q, unit: `${NOUN_MARK}${noun}` };
}
/**
 * A part's unit fits the whole's: the same, or for a noun taken as unit, the whole's words first ("cầu trên …" is a "cầu"; "tổ trưởng" is
 * no "tổ công tác") — or, when asked, the whole's head noun alone, the rest of its words said once ("312 bồn chứa nước …, gồm: ấp Sóc Cụt
 * 86 bồn, …"), or a word that counts things of any kind ("… gồm: xã Tân Hòa 86 cái, …").
 */
export const fitsUnit = (part: string, whole: string, headOnly = false): boolean =>
  sameUnit(part, whole) || (whole.startsWith(NOUN_MARK) && (part.startsWith(`${whole} `) || (headOnly && part.startsWith(NOUN_MARK) && !part.includes(' ') && (whole.startsWith(`${part} `) || GENERAL_CLASSIFIERS.has(part.slice(NOUN_MARK.length)))))) ||
  // (… or the whole's noun without the classifier before it: "1.086 cây cầu giao thông, gồm: 214 cầu trên đường huyện, …" — lexicon:
  // classified nouns; session 45, nvx03)
  (whole.startsWith(NOUN_MARK) && !!CLASSIFIED_NOUNS[whole.slice(NOUN_MARK.length)] && fitsUnit(part, `${NOUN_MARK}${CLASSIFIED_NOUNS[whole.slice(NOUN_MARK.length)]}`, headOnly));
/**
 * The second kind a whole is counted in, named right after its count's unit ("418 hội nghị, lớp học tập …" → "lớp học tập"; lexicon:
 * second-kind) — not the span or place a rate is per: "bình quân đạt 15,2 tiêu chí/xã" counts criteria, no communes (nyc01; lexicon:
 * per-unit-after), though "24 phường/xã" counts places of two kinds.
 */
export function secondKindAfter(unit: string, rest: string): string | undefined {
  if (!unit || (PER_UNIT_AFTER.test(rest) && !(unit in PLACE_RANKS))) return undefined;
  return SECOND_KIND.exec(rest.slice(0, 50))?.[1].toLowerCase();
}
/** Words that count things of any kind ("86 cái", "12 chiếc"): a part so counted may be of the whole named by its own noun. */
const GENERAL_CLASSIFIERS = new Set(['cái', 'chiếc']);

/** Nouns of several kinds after a count, up to "gồm": " tin, bài, phóng sự, ". */
/** The kinds of place, longest first, as a pattern's alternatives ("tổ dân phố" before "tổ"). */
/** (made on first use: PLACE_RANKS comes from a module that may not be loaded yet when this one is) */
let placeKindRes: { after: RegExp; each: RegExp } | undefined;
const placeKindPatterns = () => {
  if (placeKindRes) return placeKindRes;
  const alt = Object.keys(PLACE_RANKS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /gu, '\\s+')).join('|');
  return (placeKindRes = { after: new RegExp(`^((?:\\s*(?:,|và)\\s*(?:${alt})){1,3})(?![\\p{L}])`, 'u'), each: new RegExp(`(?:${alt})`, 'gu') });
};
/** Right after a count of places, more kinds of place it counts: ", buôn", " và buôn", ", bản, làng", ", tổ dân phố" (nwp06) — the kinds, as
 * written in PLACE_RANKS. */
export function placeKindsAfter(text: string): string[] {
  const { after, each } = placeKindPatterns();
  const m = after.exec(text);
  return m ? [...m[1].matchAll(each)].map((k) => k[0].replace(/\s+/gu, ' ')) : [];
}
/** A whole of administrative units of a level, "15 đơn vị hành chính cấp xã" (lexicon: units-of-level): the kinds of place of that level, or of
 * every level above villages where it names none — as written in PLACE_RANKS —, and the whole's units as the report names them ("đơn vị hành
 * chính cấp xã"). */
export function unitsOfLevel(unit: string, after: string): { kinds: string[]; named: string } | undefined {
  if (!unit.startsWith('đơn vị')) return undefined;
  const m = UNITS_OF_LEVEL.exec(`${unit}${after}`);
  if (!m) return undefined;
  const level = m[1] ?? m[2];
  const rank = level ? PLACE_RANKS[level.toLowerCase()] : undefined;
  return { kinds: Object.keys(PLACE_RANKS).filter((k) => (rank ? PLACE_RANKS[k] === rank : PLACE_RANKS[k] === 2 || PLACE_RANKS[k] === 3)), named: m[0] };
}
/** Nouns of two words side by side after a count, with commas, "và" or "/": "1.046 trang trại, gia trại chăn nuôi", "1.046 trang trại và gia trại", "trang trại/gia trại" (group 1: the others, their mark first). */
export const NOUN_SERIES = /^\s+\p{L}+\s+\p{L}+((?:\s*(?:,|\/|\svà(?=\s))\s*\p{L}+\s+\p{L}+)+)/u;
export const KINDS_SERIES = /^\s+(\p{L}+(?:\s\p{L}+)?(?:\s*,\s*\p{L}+(?:\s\p{L}+)?)+)\s*,?\s*$/u;
/** "148 tỷ 250 triệu đồng" as "148,250 tỷ đồng", padded to its length (positions in the text stay). */
export function twoUnitMoney(s: string): string {
  if (!s.includes('tỷ')) return s;
  return s.replace(/(?<![\d.,])(\d{1,3}(?:\.\d{3})*)\s*tỷ\s+(\d{1,3})\s*triệu(\s*đồng)?/gu, (all, b: string, m: string) => `${b},${m.padStart(3, '0')} tỷ đồng`.padEnd(all.length, ' '));
}
/** At most so many "gồm" lists are read in one paragraph. */
export const MAX_LISTS = 20;

/**
 * Whether a rise or a difference is said right before a figure ("tăng 16 xã", "nhiều hơn 120 tỷ đồng so với giai đoạn trước") — no part of a
 * whole. A bare "hơn" right before it says "more than", the figure's floor: "ngân sách tỉnh hơn 215 tỷ đồng" is a part (nzg01).
 */
export function riseBefore(text: string, q: Quantity): boolean {
  const lead = text.slice(Math.max(0, q.start - 14), q.start);
  const d = DIFFERENCE_WORDS.find(lead);
  const bare = q.qualifier === 'above' && d?.phrase === 'hơn' && !/(?:nhiều|lớn|ít|cao|thấp|tăng|giảm|vượt)\s+hơn\s*$/iu.test(lead) && !/^[^,;]{0,20}so với/iu.test(text.slice(q.end, q.end + 40));
  // (… in an item whose words before it only name the part: not "vượt dự toán đầu năm hơn 18 tỷ đồng", "bình quân mỗi năm hơn 40 tỷ đồng",
  // "tăng so với giai đoạn trước hơn 15 tỷ đồng", "riêng ngân sách tỉnh hơn 215 tỷ đồng" — a margin, an average, a rise, some of the item
  // before; review-60b A3, A5, A15, A17)
  const item = text.slice(Math.max(text.lastIndexOf(',', q.start), text.lastIndexOf(';', q.start), text.lastIndexOf(':', q.start)) + 1, q.start);
  return !!d && !(bare && !NOT_A_PART_ITEM.test(item));
}
/** Words in an item, before its figure, that make the figure no part of a whole: a margin, a rise, an average, a part singled out of the item before (not the fruit, "sầu riêng hơn 4.200 ha" — review-60b A10). */
const NOT_A_PART_ITEM = /(?<![\p{L}])(?:vượt|tăng|giảm|so với|bình quân|trung bình|mỗi năm|hằng năm|hàng năm|(?<!sầu\s)riêng|nhiều|cao|thấp|ít|lớn)(?![\p{L}])/iu;

/** How far a figure given roughly may lie from what is written, as factors: "hơn" above it, "gần"/"dưới" below it, "khoảng" either way. */
export const ROUGH: Record<string, [number, number]> = { above: [1, 1.1], below: [0.9, 1], nearly: [0.9, 1], about: [0.9, 1.1] };

/**
 * Places listed with bare figures and the unit said once, after the last ("thị trấn Đức Thọ cũ 13, Tùng Ảnh 17, Tùng Châu 14,
 * Yên Hồ 17 khu dân cư"): a bare count followed by "," or "và" and a place's name, then the next count, counts what that one counts.
 */
export function unitSaidOnce(list: string, qs: Quantity[]): Quantity[] {
  const out = qs.slice();
  for (let i = out.length - 2; i >= 0; i--) {
    const [q, next] = [out[i], out[i + 1]];
    if (q.kind !== 'number' || q.unit || q.qualifier || next.kind !== 'number' || !next.unit) continue;
    if (NAME_BETWEEN.test(list.slice(q.end, next.start))) out[i] = { ...q, unit: next.unit };
  }
  return out;
}
/** What parts a list's items: ",", ";", "và" (not the comma of a decimal: "7,8 km"). */
export const ITEM_SEP = /,(?!\d)|;|\svà\s/gu;
/**
 * The count each item of a list opens on, where every item (between ",", ";" and "và", brackets aside) opens on a count of things:
 * "06 tuyến đường … với tổng chiều dài 7,8 km, 04 nhà văn hóa xóm và 03 công trình nước …" gives 6, 4, 3. An item that opens on
 * words, or on money, land or a length, leaves no reading.
 */
export function itemCounts(list: string, anyUnit = false): Quantity[] {
  // (a colon that opens the list is no item's word: "trong đó: 98 công trình giao thông, …")
  const plain = blankBrackets(list).replace(/^(\s*)(có\s*)?:/u, (all) => ' '.repeat(all.length));
  const qs = extractQuantities(plain);
  const byStart = new Map(qs.map((x) => [x.start, x]));
  const out: Quantity[] = [];
  const seps = [...plain.matchAll(ITEM_SEP)];
  const bounds = [0, ...seps.map((m) => m.index! + m[0].length)];
  for (let k = 0; k < bounds.length; k++) {
    const item = plain.slice(bounds[k], k < seps.length ? seps[k].index : plain.length);
    const start = bounds[k] + (item.length - item.trimStart().length);
    if (!item.trim()) continue;
    const q = byStart.get(start);
    if (!q || q.kind !== 'number' || q.qualifier || (!anyUnit && /đồng|^ha$|^km$|^m$|tấn|%|người|hộ|lượt/u.test(q.unit))) {
      // (a figure inside an item, after its count, is the item's own: "… với tổng chiều dài 7,8 km"; words with no figure after a
      // counted item go on naming it: "38 công trình trường, lớp học", "64 nhà văn hóa thôn, bản")
      if (!out.length || (!/^\s*\d/u.test(item) && /\d/u.test(item))) return [];
      continue;
    }
    out.push(q);
  }
  return out;
}

/** A separator, then a name of one to five capitalised words. */
const NAME_BETWEEN = /^\s*(?:,|và)\s*(?:\p{Lu}\p{Ll}*\s+){1,5}$/u;

/** Units that count people. */
export const PEOPLE_UNITS = new Set(['người', 'lao động', 'học viên', 'học sinh', 'hội viên', 'đoàn viên', 'nhân khẩu', 'khẩu', 'người lao động']);
/** Units that count the same thing: a total in "lao động" and parts in "người". */
const SAME_UNIT: string[][] = [['người', 'lao động', 'học viên'], ['thôn', 'làng', 'bản', 'buôn', 'ấp', 'xóm', 'tổ dân phố', 'khu dân cư']];
/** Money in another of its units read in the whole's ("31.500 triệu đồng" as 31,5 tỷ đồng, with the decimals it then has); any other figure as it is. */
export function inUnitOf(q: Quantity, unit: string): Quantity {
  const [from, to] = [MONEY_IN_MILLIONS[q.unit], MONEY_IN_MILLIONS[unit]];
  if (!from || !to || q.unit === unit) return q;
  const value = (q.value * from) / to;
  let decimals = 0;
  while (decimals < q.decimals + 6 && Math.abs(Number(value.toFixed(decimals)) - value) > 1e-9) decimals++;
  return { ...q, value, unit, decimals };
}
export const sameUnit = (a: string, b: string) => a === b || SAME_UNIT.some((g) => g.includes(a) && g.includes(b));

/**
 * "Tổng … 1.245,6 tỷ đồng, trong đó: ngân sách trung ương 412,3 tỷ đồng; ngân sách tỉnh …": the parts
 * listed after "trong đó", to the end of the sentence (not what brackets break a part into), must not
 * exceed the figure right before it. Parts that nest ("274 thôn, bản, có 32 thôn, bản đặc biệt khó
 * khăn": the second a kind of the first), a fraction or a share among them, or a wider scope (the
 * country) mean they are not parts of that total.
 */
/** The first two words after a position, folded: the noun a count of no known unit counts ("186 trụ sở làm việc" → "tru so"). */
export const nounAt = (text: string, at: number, width = 24) => normalize(text.slice(at, at + width)).split(' ').slice(0, 2).join(' ');

/** A part that names a kind of the whole's noun: the noun, then a few words of kind that say nothing it does ("phòng học mầm non"). */
export function kindOfNoun(list: string, q: Quantity, noun: string): boolean {
  const words = (/^[^,;\d]*?(?=,|;|\svà\s|\d|$)/u.exec(list.slice(q.end, q.end + 120))?.[0] ?? '').trim();
  const rest = normalize(words).split(' ').slice(noun.split(' ').length).join(' ');
  const kind = words.split(/\s+/).slice(noun.split(' ').length).join(' ');
  // (counted as written: an abbreviation is one word, "trụ sở UBND xã", however many its full name has — session 45, nvu06; a dash none,
  // "chợ - khu du lịch" — review-45b B3)
  // (… however long, a kind of case each counted once under it: "9 vụ cố ý gây thương tích" — lexicon: offence-kind; nwy06)
  if (!!rest && noun === 'vu' && startsWith(OFFENCE_KIND, kind)) return true;
  return !!rest && kind.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= 4 && !PART_VERB.test(kind);
}

/** How many criteria places reached, said of them: "19/19 tiêu chí", "từ 15 đến 18 tiêu chí", "10 - 14 tiêu chí", "dưới 10 tiêu chí". */
export const CRITERIA_REACHED = /(?<![\d.,/])(?:(?:từ|dưới|trên)\s+)?\d{1,2}(?:\s*(?:\/|-|–|đến)\s*\d{1,2})?\s+tiêu chí(?![\p{L}])/giu;
/**
 * A list's words with the traits its parts are described by made letters, no figures of it: the criteria a part's places reached ("08 xã
 * đạt 19/19 tiêu chí"), and how badly a part's things were hit ("37 nhà hư hỏng nặng trên 50%" — lexicon: damage-degree) where every part
 * is a band of how badly ("…, 398 nhà tốc mái một phần": nặng, một phần, hoàn toàn, a share) — not where a part counts another way of
 * being hit, another thing or what was done after ("…, 215 nhà bị tốc mái, 186 nhà bị ngập nước", "…, 620 ha hoa màu bị ngập úng", "…,
 * đến nay đã hỗ trợ sửa chữa 320 nhà": review-55 B1, B3, B5, B10), whose share then keeps the list unread.
 */
export function traitsMasked(list: string): string {
  const criteria = list.replace(CRITERIA_REACHED, (x) => x.replace(/\d/gu, 'x'));
  const masked = criteria.replace(DAMAGE_DEGREES, (x) => x.replace(/\d/gu, 'x'));
  if (masked === criteria) return criteria;
  const items = masked.split(/;|,\s|\s(?:và)\s/u).filter((it) => /\d/u.test(it));
  return items.length >= 2 && items.every((it) => DAMAGE_BAND.test(it)) ? masked : criteria;
}
const DAMAGE_DEGREES = new RegExp(DAMAGE_DEGREE.source, 'giu');

/** An item that opens on an estimate or a plan ("ước cả năm 2023 đạt 265 km", "dự kiến năm 2024 …"): no part of a list before it. */
export const estimateOrPlan = (item: string) => ((startsWith(QUALIFIERS.estimate, item) || startsWith(PLAN_WORDS, item)) && WHOLE_TIME.test(item)) || AVERAGE_LEAD.test(item);
/** An item that gives an average, no part: "; bình quân mỗi năm cứng hóa khoảng 521 km". */
const AVERAGE_LEAD = /^\s*(?:bình quân|trung bình|mỗi năm|hằng năm|hàng năm)(?![\p{L}])/iu;
/** A whole year or more, not a part of the total's span: "cả năm", "năm nay", "đến hết năm", "đến cuối năm" ("ước 6 tháng đầu năm 2024" is a part). */
const WHOLE_TIME = /(?<![\p{L}])(?:cả năm|năm nay|đến hết năm|đến cuối năm|cả giai đoạn)(?![\p{L}])/iu;

/** An item that opens on a verb right before a count: "xây dựng 12 nhà văn hóa", "tổ chức 06 lớp". */
export function actionCounted(item: string): boolean {
  const t = item.replace(/^\s+/u, '');
  const hit = ACTION_LEAD.find(t);
  return !!hit && hit.start === 0 && /^\s*\d/u.test(t.slice(hit.end));
}

/** Names that leave the list open: an ellipsis or "v.v." closing it (or words opening it: lexicon list-opener). */
const OPEN_END = /(?:\.\.\.|…|\bv\.\s?v\.?|\bvv\.?)\s*$/u;
/** A list that names a part with no figure: "… và các huyện khác", "… và một số cơ sở khác", "… và nhiều homestay". */
export const SOME_MORE = /(?<![\p{L}])(?:khác|còn lại|nhiều|một số)(?![\p{L}])/iu;
/** A list with an item that names more with no figure ("… và nhiều dự án thủy lợi"); "19 công trình khác" counts the rest. */
export const someMore = (list: string) => SOME_MORE.test(list) && blankBrackets(list).split(ITEM_SEP).some((item) => !/\d/u.test(item) && SOME_MORE.test(item));
export const openList = (names: string) => OPEN_END.test(names) || startsWith(LIST_OPENER, names);
