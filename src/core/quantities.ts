/**
 * Figures in Vietnamese prose: "36 xã", "84,9%", "1.004/1.182 thôn", "3-4%",
 * "1,52 lần", "1,62%/năm", "152 triệu đồng", with the qualifier in front
 * ("trên", "gần", "ước đạt") and the words around them. Dates, years and
 * document numbers ("16-NQ/TU", "30/6/2024") are not figures.
 */
import { NUMBER_RE_SRC, parseVnNumber, type VnNumber } from './numbers';
import { LEVEL_UNITS, QUALIFIERS, SAME_UNIT } from './lexicon/figures';
import { foldDiacritics } from './text';
import { NAMED_DAY_BEFORE } from './lexicon/patterns-dates';

export type QuantityKind = 'number' | 'percent' | 'fraction' | 'range' | 'times' | 'per-year';

export interface Quantity {
  kind: QuantityKind;
  value: number;
  decimals: number;
  /** Another reading of a number's figure (see VnNumber.alt). */
  alt?: number;
  /** For fractions: numerator and denominator as written. */
  num?: VnNumber;
  den?: VnNumber;
  /** For ranges. */
  min?: number;
  max?: number;
  /** Unit word(s) after the figure: "%", "xã", "triệu đồng", "ha"… */
  unit: string;
  qualifier?: 'above' | 'below' | 'about' | 'nearly' | 'estimate' | 'at-least' | 'at-most';
  raw: string;
  start: number;
  end: number;
}

const N = `(?:${NUMBER_RE_SRC})`;
const UNITS = [
  ...Object.keys(LEVEL_UNITS), 'điểm phần trăm/năm', 'điểm %/năm', '%/năm', '%', 'lần', 'triệu đồng', 'tỷ đồng', 'nghìn đồng', 'ngàn đồng', 'đồng', 'ha', 'km', 'xã', 'huyện', 'thôn', 'đơn vị',
  'sản phẩm', 'người', 'hộ', 'lớp', 'cuộc', 'hội nghị', 'văn bản', 'tiêu chí', 'chỉ tiêu', 'nội dung', 'hạng mục', 'trường học', 'trường hợp', 'trường', 'công trình', 'mô hình', 'chuỗi', 'hợp tác xã', 'doanh nghiệp',
  'căn nhà', 'ngôi nhà', 'căn hộ', 'căn', 'nhà', 'làng', 'khu dân cư', 'thị xã', 'thành phố', 'tổ chức', 'lượt', 'm²', 'm', 'tấn', 'lao động', 'trạm', 'học viên', 'hợp đồng',
  // (… and every way of writing one the table of aliases knows: "tr.đồng", "tỷ đ", "căn hộ")
  ...Object.keys(SAME_UNIT),
];
/** The units a figure may carry, as written. */
export const KNOWN_UNITS: ReadonlySet<string> = new Set(UNITS);
// (longest first: "tr.đồng" before "tr.đ")
const UNIT_RE = [...new Set(UNITS)].sort((a, b) => b.length - a.length).map((u) => u.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const QUANT_RE = new RegExp(
  String.raw`(?<![\p{L}\d/.,\-])(?:(${N})\s*\/\s*(${N})(?![\d/])|(${N})\s*(?:-|–|đến)\s*(${N})\s*(%)|(${N}))(\s*(?:${UNIT_RE})(?![\p{L}]))?`,
  'gu',
);
/** After a count and its unit, "/" and the whole in the same unit: "26.814 hộ /28.190 hộ", "26.814 hộ dân/28.190 hộ dân" (group 1: the words the unit's noun goes on with; group 2: the whole; group 3: its unit). */
const OVER_SAME_UNIT = new RegExp(String.raw`^((?:\s+\p{Ll}+){0,2}?)\s*\/\s*(${N})\s*(${UNIT_RE})\1(?![\p{L}])`, 'u');
/** After a count and its unit, its whole said in words: "24.310 ha trên tổng số 35.390 ha", "…/tổng số …" (not "32 xã trong tổng số 81 xã …", some of them said of another time or kind), "… trên tổng diện tích 35.390 ha" (groups as OVER_SAME_UNIT's: none, the whole, its unit). */
const OVER_TOTAL = new RegExp(String.raw`^()(?:\s+trên\s+|\s*\/\s*)tổng\s+(?:số\s+)?(?:\p{Ll}+\s+){0,4}?(${N})\s*(${UNIT_RE})(?![\p{L}])`, 'u');
/** … and, for land or a length only, "trong tổng số", "trong số" or a bare "trên": "20.310 ha trong tổng số 35.390 ha", "20.310 ha trong số 35.390 ha đất sản xuất nông nghiệp", "20.310 ha trên 35.390 ha đất sản xuất" are shares of the land (places or households counted "trong tổng số" may be some of them of another time or kind). */
const OVER_TOTAL_LAND = new RegExp(String.raw`^()(?:\s+trên\s+|\s+trong\s+|\s*\/\s*)(?:tổng\s+(?:số\s+)?|(?<=trong\s+)số\s+|(?<=trên\s+)(?=\d))(?:\p{Ll}+\s+){0,4}?(${N})\s*(${UNIT_RE})(?![\p{L}])`, 'u');
const LAND_OR_LENGTH = new Set(['ha', 'km', 'm', 'm2', 'm²']);
/** The qualifier written right before a figure ("trên 70%", "ước đạt 68,5%"): the lexicon's sets, in this order. */
const QUALIFIER_ORDER = ['at-least', 'at-most', 'above', 'below', 'nearly', 'about', 'estimate'] as const;
/**
 * Every qualifier phrase, as written and folded, by its last character: most figures have none, and a cheap look at
 * the end says so (only the phrases ending in the text's last character can end it).
 */
const QUALIFIER_ENDINGS = new Map<string, string[]>();
for (const p of new Set(Object.values(QUALIFIERS).flatMap((m) => m.set.phrases.flatMap((p) => [p, foldDiacritics(p)])))) {
  const last = p.slice(-1);
  QUALIFIER_ENDINGS.set(last, [...(QUALIFIER_ENDINGS.get(last) ?? []), p]);
}

function qualifierOf(before: string): Quantity['qualifier'] {
  // (trimEnd drops what /\s+$/ would: white space and line ends)
  const t = before.trimEnd();
  const tail = t.slice(-24).toLowerCase();
  if (!QUALIFIER_ENDINGS.get(tail.slice(-1))?.some((p) => tail.endsWith(p))) return undefined;
  return QUALIFIER_ORDER.find((k) => QUALIFIERS[k].findLast(t)?.end === t.length);
}

function isDateLike(text: string, start: number, end: number, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 6);
  if (m[1] && m[2]) {
    const den = m[2].replace(/\./g, '');
    const num = Number(m[1].replace(/\./g, ''));
    // "6/2024", "12/2023": month/year; "30/6/2024" handled by the lookahead
    if (/^(19|20)\d\d$/.test(den) && num <= 12 && !m[1].includes('.')) return true;
    if (/^\s*\/\s*\d/.test(after)) return true;
    if (/tháng\s*$/u.test(before)) return true;
    // a day and month: "ngày 19/8"; a named day's date in a bracket, "Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8)"
    if (num >= 1 && num <= 31 && /^(?:[1-9]|1[0-2])$/.test(den) && !m[1].includes('.')) {
      if (/(?<![\p{L}])ngày\s*$/iu.test(before)) return true;
      // (… not one the share after the bracket is of: "… được các xã hưởng ứng (11/12), đạt 95,7% số xã" counts — review-61 A14, A16)
      if (/^\s*\)/u.test(after) && NAMED_DAY_BEFORE.test(text.slice(Math.max(0, start - 120), start)) && !/^\s*\)\s*[,;:]?\s*(?:(?:đạt|chiếm|bằng|là|với|tương đương)\s+)?(?:tỷ lệ\s+)?\d[\d.,]*\s*%/u.test(text.slice(end, end + 40))) return true;
    }
  }
  const whole = m[6];
  // a day of a date written with dashes or dots: "30-6-2024", "30.6.2024"
  if (whole && /^\d{1,2}$/.test(whole) && /^[-.]\d{1,2}[-.](?:19|20)\d\d(?!\d)/.test(text.slice(end, end + 11))) return true;
  // a year after "năm" is a year though a noun follows it: "(năm 2020 xã Ma Nới mới đạt 12 tiêu chí)"
  if (whole && /^(19|20)\d\d$/.test(whole) && /(?<![\p{L}])năm\s*$/iu.test(before)) return true;
  if (whole && !m[7]) {
    // years and day/month numbers
    if (/^(19|20)\d\d$/.test(whole) && /(năm|giai đoạn|đến|từ|-|–|cuối|đầu|và)\s*$/iu.test(before)) return true;
    if (/^(19|20)\d\d$/.test(whole) && /^\s*[-–]\s*(19|20)\d\d/.test(after)) return true;
    // (… but "tổng số 392", "trong số 18" count: no document's number)
    if (/(ngày|tháng|khóa|khoá|điều|khoản|mục|phụ lục|quyết định số|số|nghị quyết|kế hoạch|thông báo|chỉ thị|lần thứ)\s*$/iu.test(before) && !/(?<![\p{L}])(?:tổng|trong)\s+số\s*$/iu.test(before)) return true;
    if (/^\s*[-/]\s*[\p{Lu}]/u.test(after)) return true; // "16-NQ/TU", "51-BC/HU"
    if (/^\/\d/.test(after)) return true; // "30/6/2024"
    if (/^\s*sao\b/u.test(after)) return false;
  }
  if (/[-/]\s*$/.test(before) && /[\p{Lu}]\s*[-/]\s*$/u.test(before)) return true;
  return false;
}

/**
 * The figures of texts read lately: several rules read the same clause, and a list's reading tries its whole several ways. A caller
 * gets its own array (the figures themselves are never changed after they are read); texts of a real paragraph's length only.
 */
const read = new Map<string, Quantity[]>();
const MAX_READ = 8192;
const MAX_KEPT_TEXT = 2000;

/** All figures in a text, in order. */
export function extractQuantities(text: string): Quantity[] {
  const kept = text.length <= MAX_KEPT_TEXT ? read.get(text) : undefined;
  if (kept) return kept.slice();
  const out = readQuantities(text);
  if (text.length <= MAX_KEPT_TEXT) {
    if (read.size >= MAX_READ) read.clear();
    read.set(text, out);
  }
  return out.slice();
}

/** A unit as written, read as the lexicon names it ("tr.đồng" is "triệu đồng"). */
function unitAsRead(written: string): string {
  const w = written.trim().replace(/\s+/g, ' ');
  return SAME_UNIT[w] ?? w;
}

/**
 * A number whose thousands are parted by spaces, as a PDF copied into Word gives it ("1 846,2 tỷ đồng", "36 807 ha", "12 105/12 327 hộ", a
 * cell "1 250"): read as if parted by dots — only before a unit (not "%") or a fraction's bar, or alone in its text (a table's cell), so
 * that two figures side by side ("150 128 156 Đạt", "… 85 100", "150 142,5 Chưa đạt", "10 100%" in rows typed with spaces) stay apart.
 * Same length: the figures' places in the text do not move.
 */
const SPACED_THOUSANDS = new RegExp(String.raw`(?<![\d.,])\d{1,3}(?: \d{3})+(?:,\d+)?(?=\s*(?!%)(?:${UNIT_RE})(?![\p{L}])|\s*\/\s*\d)`, 'gu');
/** … or a table's cell that is the number alone ("1 250"). */
const SPACED_ALONE = /^\s*\d{1,3}(?: \d{3})+(?:,\d+)?\s*$/u;
const SPACED_HINT = /\d \d\d\d/u;
/**
 * A village's name right before a figure, which may end in a number of its own: "thôn Mỹ Tường 2 434 hộ" may be the village Mỹ Tường 2
 * with 434 households as well as 2.434 (nxj02), "khu phố 3 215 hộ" quarter 3's 215 — only villages, hamlets and quarters are named so,
 * never communes or districts ("xã Tân Phú 1 850 ha", "Mang Thít 1 700 ha" are 1.850 and 1.700 — review-52 B2, B5, B11). The figure keeps
 * both readings; a sum holds when either makes it hold.
 */
const NAME_BEFORE = /(?<![\p{L}])(?:thôn|xóm|ấp|bản|buôn|làng|plei|bon|palei|khóm|khu phố|tổ dân phố|tổ|đội)\s+(?:(?:\p{Lu}[\p{L}'’]*\s+){1,3})?$/u;

/** Right after a bare figure, "điểm phần trăm" or "điểm %", perhaps "mỗi năm" after it (group 1). */
const POINTS_AFTER = /^\s*điểm\s*(?:phần trăm|%)(?![\p{L}/])(\s*(?:mỗi|một|hằng|hàng)\s+năm(?![\p{L}]))?/u;
/** Right before a figure, the year said in words: "mỗi năm giảm", "bình quân hằng năm giảm". */
const YEARLY_BEFORE = /(?<![\p{L}])(?:mỗi|hằng|hàng)\s+năm\s+(?:(?:bình quân|trung bình|đều)\s+)?(?:giảm|tăng)(?:\s+(?:được|thêm))?\s*$/u;

/** A letter a scanned page's digits are read as ("O" for 0, "l" or "I" for 1), right against a figure's digits with no space: after them,
 * ending the word ("6O xã"), or opening it before them ("O46"). */
const SLIP = '[OoIl]';
const SLIP_ENDS = String.raw`(?=\d|[^\p{L}]|$)`;
const SCAN_SLIP_AFTER = new RegExp(`^${SLIP}${SLIP_ENDS}`, 'u');
const SCAN_SLIP_BEFORE = new RegExp(String.raw`(?<![\p{L}])${SLIP}$`, 'u');
const SCAN_SLIP_IN = new RegExp(String.raw`\d${SLIP}${SLIP_ENDS}|(?<![\p{L}])${SLIP}\d`, 'u');
/** Whether a text holds a figure a scan misread ("1O km", "55/6O xã"): a list or a sum it belongs to cannot be read without it (review-58 C3). */
export function hasScanSlip(text: string): boolean {
  return SCAN_SLIP_IN.test(text);
}
/** Whether a figure's digits run into a letter a scan misread for a digit, before or after them. */
function misreadDigit(text: string, start: number, m: RegExpExecArray): boolean {
  const digits = m[2] ?? m[4] ?? m[6] ?? '';
  const at = m[0].lastIndexOf(digits);
  const after = at < 0 ? -1 : start + at + digits.length;
  return (after >= 0 && SCAN_SLIP_AFTER.test(text.slice(after, after + 2))) || SCAN_SLIP_BEFORE.test(text.slice(Math.max(0, start - 2), start));
}

function readQuantities(raw: string): Quantity[] {
  // (a figure after a place's name may be the name's own number and the figure after it: its other reading, see NAME_BEFORE)
  const named = new Map<number, number>();
  const text = !SPACED_HINT.test(raw) ? raw : SPACED_ALONE.test(raw) ? raw.replace(/ (?=\d{3})/gu, '.') : raw.replace(SPACED_THOUSANDS, (m, at: number) => {
    if (at > 0 && /\d\s$/u.test(raw.slice(0, at))) return m;
    const own = /^(\d{1,2}) (\d{3})(?!\s\d)(,\d+)?$/u.exec(m);
    if (own && !own[3] && NAME_BEFORE.test(raw.slice(Math.max(0, at - 60), at))) named.set(at, Number(own[2]));
    return m.replace(/ /g, '.');
  });
  const out: Quantity[] = [];
  QUANT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUANT_RE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (isDateLike(text, start, end, m)) continue;
    // (a figure run into a letter a scan reads for a digit, "55/6O xã", "2O46/QĐ-UBND", is a figure misread, no figure: its value is unknown)
    if (misreadDigit(text, start, m)) continue;
    const unit = unitAsRead(m[7] ?? m[5] ?? '');
    const before = text.slice(Math.max(0, start - 20), start);
    const qualifier = qualifierOf(before);
    let q: Quantity | null = null;
    if (m[1] && m[2]) {
      const num = parseVnNumber(m[1]);
      const den = parseVnNumber(m[2]);
      if (!num || !den || den.value === 0) continue;
      q = { kind: 'fraction', value: num.value / den.value, decimals: 0, num, den, unit, raw: m[0].trim(), start, end };
    } else if (m[3] && m[4]) {
      const a = parseVnNumber(m[3]);
      const b = parseVnNumber(m[4]);
      if (!a || !b) continue;
      q = { kind: 'range', value: a.value, min: a.value, max: b.value, decimals: Math.max(a.decimals, b.decimals), unit: '%', raw: m[0].trim(), start, end };
    } else if (m[6]) {
      const n = parseVnNumber(m[6]);
      if (!n) continue;
      const kind: QuantityKind = unit === '%/năm' ? 'per-year' : unit === '%' ? 'percent' : unit === 'lần' ? 'times' : 'number';
      // "26.814 hộ /28.190 hộ": a fraction with its unit written on both sides
      // (… or with its whole said in words: "24.310 ha trên tổng số 35.390 ha")
      const over = kind === 'number' && m[7] ? OVER_SAME_UNIT.exec(text.slice(end, end + 40)) ?? (LAND_OR_LENGTH.has(unit) ? OVER_TOTAL_LAND : OVER_TOTAL).exec(text.slice(end, end + 60)) : null;
      const den = over && unitAsRead(over[3]) === unit ? parseVnNumber(over[2]) : null;
      // (a share only, of things or land: "156 triệu đồng/150 triệu đồng" sets a result over its target)
      if (den && den.value !== 0 && n.value <= den.value && !/đồng/u.test(unit)) {
        const to = end + over![0].length;
        q = { kind: 'fraction', value: n.value / den.value, decimals: 0, num: n, den, unit, raw: text.slice(start, to).trim(), start, end: to };
        QUANT_RE.lastIndex = to;
      } else {
        // points said yearly in words, "bình quân mỗi năm giảm 1,83 điểm phần trăm", "giảm 1,55 điểm phần trăm mỗi năm": a yearly rate
        const points = !unit ? POINTS_AFTER.exec(text.slice(end, end + 40)) : null;
        const yearly = !!points && (!!points[1] || YEARLY_BEFORE.test(text.slice(Math.max(0, start - 40), start)));
        q = yearly
          ? { kind: 'per-year', value: n.value, decimals: n.decimals, unit: '%/năm', raw: text.slice(start, end + points![0].length).trim(), start, end: end + points![0].length }
          : { kind, value: n.value, decimals: n.decimals, unit, raw: m[0].trim(), start, end, ...(n.alt !== undefined ? { alt: n.alt } : {}) };
      }
    }
    if (q) {
      if (qualifier) q.qualifier = qualifier;
      if (q.kind === 'number' && named.has(start)) q.alt = named.get(start);
      out.push(q);
    }
  }
  // (each figure as written: "1 846,2", its spaces kept)
  if (text !== raw) for (const q of out) q.raw = raw.slice(q.start, q.end).trim();
  return out;
}

/** Split a paragraph into clauses at ";" and sentence ends (not at decimal or thousands marks). */
export function clauses(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /;|\.(?=\s+[\p{Lu}\d\-–+•(]|\s*$)|\n/gu;
  // (a ";" inside brackets parts an aside's items, not the clause: "So với thời điểm ban hành Kết luận (69 xã nâng cao; 18 xã
  // kiểu mẫu; 9/12 đơn vị cấp huyện), …" — the bracket's figures stay with the words before it)
  const asides = text.includes('(') ? bracketSpans(text) : [];
  let last = 0;
  let k = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // (the spans are in order, as the separators are: one pointer walks them)
    while (k < asides.length && asides[k][1] < m.index) k++;
    if (m[0] === ';' && k < asides.length && m.index > asides[k][0] && m.index < asides[k][1]) continue;
    // (… nor one that parts groups of names in a list after "gồm": "…, gồm: Cẩm Duệ, Cẩm Mỹ (Cẩm Xuyên); Thạch Lạc, Thạch Ngọc (Thạch Hà);
    // … và 05 xã …")
    // (the list looked at over its last few hundred characters: a paragraph of a thousand such groups costs no more per ";")
    if (m[0] === ';' && NAME_NEXT.test(text.slice(m.index + 1, m.index + 40)) && NAMES_AFTER.test(text.slice(Math.max(last, m.index - 400), m.index))) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), start: last });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), start: last });
  return out.filter((c) => c.text.trim());
}

/** A clause so far that ends in a list of names opened by "gồm": "…, gồm: Cẩm Duệ, Cẩm Mỹ (Cẩm Xuyên)". */
const NAME = String.raw`(?:(?:xã|thôn|huyện|thị trấn|phường)\s+)?\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){0,3}\s*(?:\([^()]{0,40}\))?`;
const NAMES_AFTER = new RegExp(String.raw`(?:gồm(?:\s+các\s+(?:xã|thôn|huyện))?|là)\s*:?\s*(?:${NAME}\s*[,;]\s*)*${NAME}\s*$`, 'u');
/** A name of two capitalised words next: "Thạch Lạc, …" (not "Huyện Ninh Hải", a place's kind opening a clause). */
const NAME_NEXT = /^\s*(?:(?:xã|thôn|huyện)\s+)?(?!(?:Huyện|Xã|Tỉnh|Thôn|Thị|Thành|Phường|Toàn|Các|Trong|Tổng|Riêng)\s)\p{Lu}\p{Ll}*\s+\p{Lu}/u;
/** Spans of brackets that close within a sentence's length ("(" … ")", not nested), for the clause splitter. */
function bracketSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    if (close - open <= 300 && !text.slice(open + 1, close).includes('(')) out.push([open, close]);
  }
  return out;
}

/** Where a sentence ends: a full stop (or ! ?) before a capital, a figure or a list mark, or a line break. ";" does not. */
export const SENTENCE_END = /[.!?](?=\s+[\p{Lu}\d\-–+•(])|\n/gu;

/** Split a paragraph into sentences. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    out.push(text.slice(from, m.index + (m[0] === '\n' ? 0 : 1)));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.filter((s) => s.trim());
}
