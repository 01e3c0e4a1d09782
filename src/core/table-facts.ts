/**
 * Facts from indicator tables, as offices make them: header rows (one or two,
 * with merged cells) give each column a role — label, unit, target, result,
 * share of plan, assessment, note — and the body rows carry the figures. Rows
 * nest: "- Trong đó: xã đạt chuẩn NTM nâng cao" or "+ Thôn kiểu mẫu" belong to
 * the row above, whose label and unit they inherit; group rows
 * ("2. Lao động, thu nhập, giảm nghèo") carry no figure.
 */
import type { Indicator, Pack } from '../packs/schema';
import { captionOf, mergedRows, tables, type DocModel, type TableView } from './model';
import { extractQuantities, type Quantity } from './quantities';
import { anyKeyword, excluded, marksAgree, mentions, negated, unitFits, valueFor } from './indicators';
import { AVERAGE_OR_RATE, COUNTED_NOUN_AFTER, CRITERIA_COUNT_LABEL, PLACES_COUNTED, STANDARD_REACHED, RESULT_LABEL, WHOLE_AVERAGE, VERDICT_OPENS, PROVINCE_PROGRAMME_HEADER, OWN_PROGRAMME_HEADER, RESULTS_HEADER } from './lexicon/patterns';
import { normalize, rowLine } from './text';
import { formatVn } from './numbers';
import { HEADER_LOOKS_AHEAD, RECOGNISED_IN_YEAR, SAME_TIME_LAST_YEAR, EARLIER_REPORT_COLUMN, CORRECTED_COLUMN, ASSESS_MET, ASSESS_NOT_MET, COLUMN_ROLES, FORMER_PLACE, OWN_PLAN, PLACE_COLUMN, PLAN_WORDS, SCOPE_WIDER, SOURCE_PLAN, SUB_ROW, TOTAL_ROW, TOTAL_ROW_WHOLE, WHOLE_COLUMN, ZERO_WORDS, isOnly, startsWith, type ColumnRole } from './lexicon';
import { placeMentions } from './scope';
import { byPeriodRows } from './table-transpose';
import type { Unit } from './level';

/** Words of a row or caption that count what each period added: "trong năm", "tăng thêm", "mới". */
const ADDED_IN_PERIOD = /(?<![\p{L}])(?:trong năm|trong kỳ|tăng thêm|qua từng năm|hằng năm|hàng năm|mỗi năm)(?![\p{L}])/iu;
/** A row label that names a plan or target: "… - Kế hoạch (%)", "Mục tiêu …", "KH". */
const PLAN_ROW = /(?<![\p{L}])(?:kế hoạch|mục tiêu|chỉ tiêu giao|kh)(?![\p{L}])/iu;
/** A plan column named only as a plan ("KH 2025", "Kế hoạch năm 2024"): whose plan it is, the header does not say. */
const BARE_PLAN = /(?<![\p{L}])(?:kh|kế hoạch)(?![\p{L}])/iu;
import { EARLIER_COLUMN, aboutOwnPlan, claimIn, type Fact, type FactOptions } from './facts';
import { mayStartWith, PART_ROW, SUB_ROW_FIRSTS } from './chars';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const THREE_LETTERS = /\p{L}{3}/u;

/** Role of each column, in the order a header word is tried: the specific before the general. */
const ORDER: ColumnRole[] = ['index', 'unit', 'ratio', 'baseline', 'assess', 'note', 'target', 'result', 'label'];
const YEAR_ONLY = /^\s*(?:năm\s*)?(19|20)\d\d\s*$|^\s*(?:6\s*tháng|6t|sáu tháng)(?:\s*(?:đầu\s*)?năm)?\s*[/\-]?\s*\d{4}\s*$|^\s*(?:(?:tính\s+)?đến\s+)?(?:ngày\s+)?(?:\d{1,2}\s*\/\s*)?(?:tháng\s*|t)?\d{1,2}\s*\/\s*(?:19|20)\d\d\s*$/iu;

/** Headers repeat from table to table ("TT", "Chỉ tiêu", "Kết quả"): each one's role, remembered. */
const knownRoles = new Map<string, ColumnRole | undefined>();
/** A header that is only a time: "Đến năm 2025", "Định hướng đến năm 2030", "Năm 2025", "Đến 30/6/2025". */
const TIME_ONLY = /^\s*(?:định hướng\s+)?(?:(?:đến|tới)\s+(?:hết\s+|cuối\s+)?)?(?:năm\s+)?(?:19|20)\d\d\s*$/iu;

export function roleOf(header: string): ColumnRole | undefined {
  if (knownRoles.has(header)) return knownRoles.get(header);
  if (knownRoles.size >= 5000) knownRoles.clear();
  const r = readRole(header);
  knownRoles.set(header, r);
  return r;
}

function readRole(header: string): ColumnRole | undefined {
  if (!header.trim()) return undefined;
  // what a bracket adds is a detail: "Chỉ tiêu (đơn vị tính)" is the label column, not the unit's
  const main = header.replace(/\([^()]*\)/g, ' ').trim() || header;
  // the province's action programme, the plan the packs transcribe: "Chỉ tiêu CTHĐ của tỉnh đến năm 2025" — not results, a year's step,
  // the unit's own or a ministry's said the same way (lexicon: province-programme-header, own-programme-header; review-38d, review-43b)
  // (… after the roles more specific than a target's: "Tỷ lệ so với chỉ tiêu CTHĐ của tỉnh (%)" is a ratio — review-43b B11)
  for (const r of ORDER) {
    if (r === 'target' && PROVINCE_PROGRAMME_HEADER.test(main)) return RESULTS_HEADER.test(main) ? (RESULT_OPENS.test(main) ? 'result' : undefined) : OWN_PROGRAMME_HEADER.test(main) ? undefined : 'target';
    if (COLUMN_ROLES[r].test(main)) return r;
  }
  return undefined;
}
/** A header of verdicts against a year's plan ("So với KH năm 2024", "Đánh giá so với kế hoạch năm 2024") or of a forecast ("Dự báo năm 2025",
 * "Khả năng hoàn thành"): no verdict on the pack's target. */
// (a year's plan by its words, "KH năm 2024", "chỉ tiêu giao năm 2024", "KH 6 tháng đầu năm 2024" — not a span's, "KH 2021-2025" — review-45d
// C2–C4)
const YEARS_PLAN_VERDICT = /(?<![\p{L}])(?:kh|kế hoạch|chỉ tiêu)(?:\s+giao)?\s+(?:(?:\d{1,2}\s+tháng(?:\s+đầu|\s+cuối)?\s+)?năm\s+)?(?:19|20)\d\d(?!\s*[-–]\s*\d)|(?<![\p{L}])(?:dự báo|dự kiến|khả năng|ước)(?![\p{L}])/iu;

/** A header that opens on results: "Kết quả thực hiện …", "Thực hiện …". */
const RESULT_OPENS = /^\s*(?:kết quả|thực hiện|ước thực hiện|lũy kế)(?![\p{L}])/iu;

const DIGIT = /\d/;
/** A column header of shares: "Tỷ lệ đến 31/5/2025 (%)", "Tỷ lệ (%)". */
const SHARE_HEADER = /^\s*(?:tỷ lệ|tỉ lệ)(?![\p{L}])|\(\s*%\s*\)/iu;

/** A header that names a wider scope or another place than the unit ("Toàn tỉnh", "Cả nước", "Huyện Ninh Hải"). */
function otherPlaceColumn(header: string, unit: Unit): boolean {
  return SCOPE_WIDER.test(header) || placeMentions(header, unit).some((p) => !p.own && !p.part);
}

/** A header that names a part of the unit: a former commune ("Hậu Thạnh (cũ)") or a place below the unit's level ("Xã Hải Lâm" in a district's table). */
function partColumn(header: string, unit: Unit): boolean {
  return FORMER_PLACE.test(header) || placeMentions(header, unit).some((p) => p.part);
}

/** A cell of words that may hold a figure: four words of letters or more ("Tối thiểu 75 xã đạt chuẩn NTM nâng cao"). */
const WORDY = /(?:\p{L}{2,}\s+(?:\d[\d.,/]*\s+)?){3,}\p{L}{2,}/u;

/**
 * The year a cell names for its figure, beside it: "49,8 triệu đồng (năm 2023)", "Năm 2023: 49,8", and the multiple after such a level,
 * "49,8 triệu đồng (năm 2023), gấp 1,54 lần" (not "71,3% (năm 2020 đạt 62,1%)": that year is the bracket's own figure's).
 */
function cellYear(cell: string, q: Quantity): number | undefined {
  const m = YEAR_AFTER_FIGURE.exec(cell.slice(q.end)) ?? YEAR_BEFORE_FIGURE.exec(cell.slice(0, q.start));
  return m ? Number(m[1]) : undefined;
}
/** (made once, not at every cell: a `\p{…}` literal inside a function is built again at every call once bundled) */
const YEAR_AFTER_FIGURE = /^[^\d()]{0,20}\(\s*năm\s+((?:19|20)\d\d)\s*\)/iu;
// (… or the multiple said with the year in one bracket: "50,4 (năm 2023, gấp 1,6 lần)")
const YEAR_BEFORE_FIGURE = /(?<![\p{L}])năm\s+((?:19|20)\d\d)(?:\s*(?:đạt|là|có|:)?|\s*\)[^\d()]{0,20}|\s*,\s*(?:gấp|tăng|bằng))\s*$/iu;

/** A sub-row that names a place ("+ Xã Ma Nới", "- Thôn Đồng Tiến"): that place's figures. */
const PLACE_PART = /^[\s\-–+•*]*(?:[Xx]ã|[Tt]hôn|[Ấấ]p|[Bb]ản|[Bb]uôn|[Ll]àng|[Hh]uyện|[Pp]hường|[Tt]hị trấn|[Tt]ổ dân phố)\s+\p{Lu}/u;


/** A cell that holds a figure (not a year alone, not words). */
const isFigure = (s: string) => /\d/.test(s) && !YEAR_ONLY.test(s) && extractQuantities(s.replace(/[≥≤<>]/g, '')).length > 0;

/**
 * Header rows: the first row, and the rows after it (at most two more) that hold no figure and do
 * not start with a row number — a second header row under merged cells ("Năm 2021 | Năm 2022 …") — or whose first cell is the
 * header's, merged down.
 */
export function headerRows(t: TableView): number {
  let n = 1;
  while (n < Math.min(3, t.rows.length - 1)) {
    const row = t.rows[n];
    // (a row whose first cell goes on from the header's above it, merged down, is the header's second row, whatever it holds: "^^ | NQ 16
    // đến 2025 | KH xã năm 2024 | Năm 2020 | Đến 6/2024")
    if (t.spansDown?.[n - 1]?.has(0) && !isFigure(row[0] ?? '') && !t.rows[n - 1].some(isFigure)) {
      n++;
      continue;
    }
    // (… nor a part's row, its title merged over the columns: "Phần thứ nhất | TÌNH HÌNH, KẾT QUẢ … | << | << | <<" opens the body)
    if (row.some((c) => isFigure(c)) || /^\s*([IVX]+|\d+|[a-zđ])[.)]?\s*$/u.test(row[0] ?? '') || /^\s*phần\s+(?:thứ\s+)?\S+\s*$/iu.test(row[0] ?? '') || (t.covered[n]?.size ?? 0) * 2 >= row.length) break;
    n++;
  }
  return n;
}

/**
 * The header text over each body column. A row with fewer cells than the body has merged cells:
 * a cell left empty in the row below continues a cell above it (vertical merge), a run of filled
 * cells below sits under one merged cell above.
 */
export function columnHeaders(t: TableView, nHead: number, width: number): string[][] {
  const cols: string[][] = Array.from({ length: width }, () => []);
  const rows = t.rows.slice(0, nHead);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.length === width) {
      row.forEach((c, j) => cols[j].push(c));
      continue;
    }
    const below = rows.slice(r + 1).find((x) => x.length === width);
    if (!below) {
      row.forEach((c, j) => j < width && cols[j].push(c));
      continue;
    }
    // walk the row below: an empty cell continues a cell above; a run of filled cells sits under one
    const above: string[] = new Array(width);
    let i = 0;
    for (let j = 0; j < width; ) {
      let k = j + 1;
      if (below[j].trim()) while (k < width && below[k].trim()) k++;
      for (let x = j; x < k; x++) above[x] = row[i] ?? '';
      i++;
      j = k;
    }
    if (i === row.length) above.forEach((c, j) => cols[j].push(c));
    else row.forEach((c, j) => j < width && cols[j].push(c));
  }
  return cols;
}


/** The unit a label names ("Tỷ lệ … (%)", "(xã)"), if any. */
export function unitFromLabel(label: string): string {
  const m = /\((%|xã|huyện|thôn|ha|lần|triệu đồng(?:\/\p{L}+)*|%\/năm)\)/iu.exec(label);
  if (m) return m[1];
  if (/^\s*(?:[-+]\s*)?tỷ lệ(?![\p{L}])/iu.test(label)) return '%';
  return '';
}

/** The unit a bare figure of a row takes: the row's, else the indicator's — but a rate's only for a row whose label says it is a rate ("Tỷ lệ …",
 * "Tỉ lệ …", "(%)"): "Xã đạt chuẩn NTM … | 169" is 169 xã, not 169%. */
const impliedUnit = (unit: string, ind: Indicator, own: string) => unit || (ind.unit === '%' && !/t[ỷỉ] lệ|%/iu.test(own) ? '' : ind.unit);
/** A cell of two figures joined by a dash or "đến", nothing else: "4 - 5", "3–4". */
const BARE_SPAN = /^\d{1,3}(?:,\d{1,2})?\s*(?:-|–|đến)\s*\d{1,3}(?:,\d{1,2})?$/u;
export function parseCell(s: string, unit: string, ind: Indicator, own = ''): Quantity | undefined {
  let t = s.replace(/[≥≤]|^\s*[<>]/g, '').trim();
  // "Không còn", "Không có" in a result cell: a count of zero ("Số xã còn dưới 15 tiêu chí | … | Không còn")
  // (… a bare "Không", and either with a bracket of detail after it: "Không (xã đạt 19/19 tiêu chí)")
  const head = t.replace(/\s*\([^()]*\)\s*$/u, '').replace(/[.!]+$/u, '');
  if (head && !/\d/.test(head) && ind.unit !== '%' && (isOnly(ZERO_WORDS, head) || /^không$/iu.test(head))) t = '0';
  // (… and, for an indicator whose target is none, a part of the cell that opens on a zero's words: "Xã đạt 19/19 tiêu chí, không thuộc
  // diện dưới 15 tiêu chí" in a commune's row of "Số xã còn dưới 15 tiêu chí")
  // (… or a row whose own label says the zero, "Không còn xã dưới 15 tiêu chí", its cell the commune's state in words: "Xã duy trì
  // 19/19 tiêu chí")
  else if (ind.target.comparator === 'exactly' && ind.target.value === 0 && ind.unit !== '%' && !extractQuantities(t).some((q) => unitFits(ind, q, own)) && (zeroPartNamesIt(t, ind) || (startsWith(ZERO_WORDS, own.replace(/^\s*\d+[.)]?\s*/u, '')) && reachesThreshold(t, ind)))) t = '0';
  // (… or the commune's own criteria count in a row about the places under a threshold of criteria: "Số tiêu chí xã nông thôn mới đạt |
  // Không còn xã dưới 15 tiêu chí | 19/19", "Xã còn dưới 15 tiêu chí | Không còn | Xã đạt 19/19 tiêu chí" — the commune is none of them)
  else if (ind.target.comparator === 'exactly' && ind.target.value === 0 && ind.unit !== '%') {
    const state = criteriaState(t, own, ind);
    if (state !== undefined) t = state;
  }
  if (!t || !/\d/.test(t)) return undefined;
  // (a cell that is one figure with a point and one or two digits after it holds a decimal typed with a point, "91.6": thousands
  // are grouped by three)
  t = t.replace(/^(\d{1,3})\.(\d{1,2})$/u, '$1,$2');
  // (two figures joined by a dash in a row of shares are a span, its unit in the row's column: "% | 4 - 5" is from 4 to 5% — nzy06)
  // (… the indicator's unit only where the row's label says it is a rate, as a bare number takes it below: "Số thôn đạt chuẩn … kiểu
  // mẫu | | 1 - 2" counts villages; in a row of points a year only for an indicator whose target is a span — "Mức giảm tỷ lệ hộ nghèo |
  // %/năm | 1,0 - 1,2" is read at its first figure, as before — review-63b A20 … A27)
  const spanUnit = impliedUnit(unit, ind, own);
  if ((spanUnit === '%' || (spanUnit === '%/năm' && ind.target.comparator === 'range')) && BARE_SPAN.test(t)) t = `${t}%`;
  const all = extractQuantities(t);
  if (!all.length) return undefined;
  // a bare number takes the row's unit ("0 (xã đạt 19/19 tiêu chí)" in a row of xã)
  const withRowUnit = (q: Quantity): Quantity => {
    if (q.kind !== 'number' || q.unit) return q;
    // … or the indicator's, except a rate's for a row that counts ("Xã đạt chuẩn NTM … | 169" is 169 xã, not 169%)
    const implied = impliedUnit(unit, ind, own);
    if (!implied) return q;
    const withUnit = extractQuantities(`${t.slice(q.start, q.end)} ${implied}`)[0];
    return withUnit ? { ...withUnit, start: q.start, end: q.end, ...(q.qualifier ? { qualifier: q.qualifier } : {}) } : q;
  };
  // the figure in the indicator's unit, where the cell holds several ("52,6 triệu đồng (gấp 1,53 lần)")
  const qs = all.map(withRowUnit);
  // (… and of those, the one its own words in the cell name: "Đạt 10/10; hộ sử dụng nước sạch 98,9%" in a row of criterion 17 gives
  // the 98,9% for the rate of clean water, not the 10/10 of the criterion's parts)
  const fitting = qs.filter((x) => unitFits(ind, x, own));
  // (… in the words of its own part of the cell, before or after it: "8/8 xã đạt chuẩn; 02 xã NTM nâng cao" gives the 02 for the xã
  // nâng cao)
  // (… parted by ";", or by ", " where the cell has no ";": "12 xã NTM, 03 xã NTM nâng cao" gives the 03 — not a decimal's comma)
  const sep = t.includes(';') ? ';' : t.includes(', ') ? ', ' : '';
  const partOf = (x: Quantity) => {
    const next = t.indexOf(sep, x.end);
    return t.slice(Math.max(t.lastIndexOf(sep, x.start), 0), next < 0 ? t.length : next);
  };
  const named = fitting.length > 1 ? fitting.find((x) => mentions(ind, normalize(t.slice(Math.max(t.lastIndexOf(sep || ';', x.start), 0), x.start)))) ?? fitting.find((x) => sep && mentions(ind, normalize(partOf(x))) && !excluded(ind, normalize(partOf(x)))) : undefined;
  const q0 = named ?? fitting[0] ?? qs[0];
  // (a figure whose own words in the cell name another measure, one the indicator excludes, is that measure's, though the row's label
  // names the indicator: "Môi trường, an toàn thực phẩm, cấp nước sạch nông thôn | Tỷ lệ chất thải rắn … được thu gom đạt 86,5%; …")
  // (… said before it in its part of the cell: a bracket after the figure, "96,5 (18/18 xã đạt tiêu chí số 17.1)", tells of it)
  const lead = t.slice(Math.max(t.lastIndexOf(';', q0.start), 0), q0.start);
  const ownPart = normalize(lead);
  if (/\p{L}{2,}/u.test(lead.replace(/%|tiêu chí|xã|thôn|huyện/gu, '')) && excluded(ind, ownPart) && !mentions(ind, ownPart)) return undefined;
  // (a strict sign before the cell's figure says more or less than it: "> 3" in an estimate's column is above 3)
  const sign = /^\s*([<>])(?!=)/u.exec(s);
  const q = sign && !q0.qualifier && q0 === qs[0] ? { ...q0, qualifier: sign[1] === '>' ? ('above' as const) : ('below' as const) } : q0;
  return q.kind === 'fraction' ? asLabelOrders(q, own, ind) : q;
}

/**
 * A fraction in the order its label gives: "Số ấp / số ấp đạt chuẩn nông thôn mới | 31 / 28" puts the whole first, and the part the
 * indicator names second; the figure is 28/31.
 */
function asLabelOrders(q: Quantity, own: string, ind: Indicator): Quantity {
  const slash = own.indexOf('/');
  if (slash < 0 || own.indexOf('/', slash + 1) >= 0 || !q.num || !q.den || q.num.value <= q.den.value) return q;
  const [first, second] = [normalize(own.slice(0, slash)), normalize(own.slice(slash + 1))];
  if (!mentions(ind, second) || mentions(ind, first)) return q;
  return { ...q, num: q.den, den: q.num, value: q.den.value / q.num.value };
}

/**
 * The verdict an Đánh giá cell (or a result cell's words) gives. "Đạt 80% KH" is a share of the plan, not a verdict; "Đạt mục
 * tiêu NQ, chưa đạt KH huyện" is read against the plan; a verdict only on the unit's own plan is none on the pack's ("Đạt NQ ĐH
 * huyện").
 */
function verdict(cell: string): Pick<Fact, 'claim' | 'claimText'> {
  const said = claimIn(cell);
  if (said.claim) return said;
  const notMet = ASSESS_NOT_MET.find(cell);
  const hit = notMet ?? ASSESS_MET.find(cell);
  if (!hit || aboutOwnPlan(cell, hit)) return {};
  return { claim: notMet ? 'not-met' : 'met', claimText: cell.trim() };
}

const PLACE_NOUNS = ['xã', 'thôn', 'huyện', 'ấp', 'bản', 'đơn vị'];

/** A table's rows under its header rows, and how many cells the widest has. */
export function tableBody(t: TableView): { nHead: number; body: string[][]; width: number } {
  const nHead = headerRows(t);
  const body = t.rows.slice(nHead);
  return { nHead, body, width: Math.max(...body.map((r) => r.length), 0) };
}

export function tableFacts(doc: DocModel, indicators: Indicator[], pack: Pack, opts: FactOptions): Fact[] {
  const out: Fact[] = [];
  const from = Number(pack.period.from.slice(0, 4));
  const to = Number(pack.period.to.slice(0, 4));
  // (a header names an indicator: one pattern decides, as for the rows)
  const namesIndicator = (h: string) => {
    const n = normalize(h);
    return anyKeyword(indicators).test(n) && indicators.some((i) => mentions(i, n));
  };
  for (const t0 of tables(doc)) {
    if (t0.rows.length < 2) continue;
    // (a report written as a table is read as prose — but its rows of indicators under columns of targets and results, "c | Tỷ lệ số
    // thôn đạt chuẩn NTM kiểu mẫu | 5% | 03/46 thôn, đạt 6,5% | Vượt", are read as a table's too: their cells of figures name no
    // indicator of their own)
    const prose = opts.proseTables?.has(t0.table) ?? false;
    // a table with the periods down its side is read turned: a row per indicator, a column per period
    const turned = byPeriodRows(t0, namesIndicator);
    const t = turned ?? t0;
    const { nHead, body, width } = tableBody(t);
    if (!width) continue;
    const headers = columnHeaders(t, nHead, width);
    const roles = headers.map((h) => {
      // the lowest header row over the column is the most specific; "Số lượng" under "Kết quả" is a result
      // (… but a time alone under a target dates the target: "Mục tiêu Nghị quyết" over "Đến năm 2025" and "Định hướng đến năm 2030")
      for (let i = h.length - 1; i >= 0; i--) {
        const r = roleOf(h[i]);
        // (a year, not a day of the period, under a header of the plan's targets alone: "Kết quả thực hiện mục tiêu Nghị quyết" over "Đến
        // 30/6/2024" holds results)
        if (r === 'result' && i > 0 && TIME_ONLY.test(h[i]) && h.slice(0, i).some((x) => roleOf(x) === 'target' && !/kết quả|thực hiện|tình hình/iu.test(x))) return 'target';
        // (a year's step under the province's programme, "Chỉ tiêu CTHĐ của tỉnh" over "Năm 2024 | Năm 2025", is none of its targets —
        // review-43b B8)
        if (r === 'target' && PROVINCE_PROGRAMME_HEADER.test(h[i]) && h.slice(i + 1).some((x) => OWN_PROGRAMME_HEADER.test(x) || RESULTS_HEADER.test(x))) return undefined;
        if (r) return r;
      }
      // years under "Kết quả thực hiện" or alone: results of that year
      return h.some((x) => YEAR_ONLY.test(x)) ? ('result' as const) : undefined;
    });
    // a column of another place's figures ("Toàn tỉnh đến 30/6/2024" in a district's table, "Cả nước"): context beside the unit's,
    // never its result
    roles.forEach((r, j) => {
      if (r === 'result' && otherPlaceColumn(headers[j].join(' '), opts.unit)) roles[j] = undefined;
    });
    // a report that corrects an earlier one, its figures beside the corrected ones ("Thực hiện đến 6/2024 (theo BC số 198) | Số liệu điều
    // chỉnh"): the corrected column holds the results, the earlier report's none (lexicon: earlier-report-column, corrected-column; nxs01)
    // (… row by row: where the corrected cell holds no figure, blank or "Giữ nguyên", the earlier report's figure stands — review-53 T11, T12;
    // an earlier report's column named by its words alone, "Số liệu đã báo cáo", once a corrected one stands beside it — T10)
    const earlierOrCorrected = (r: ColumnRole | undefined) => r === undefined || r === 'result';
    const earlier = roles.map((r, j) => (earlierOrCorrected(r) && EARLIER_REPORT_COLUMN.test(headers[j].join(' ')) ? j : -1)).filter((j) => j >= 0);
    const corrected = roles.map((r, j) => (earlierOrCorrected(r) && !earlier.includes(j) && CORRECTED_COLUMN.test(headers[j].join(' ')) ? j : -1)).filter((j) => j >= 0);
    // (… each earlier column by the corrected one of its own time, "Năm 2023 (theo BC số 12) | Năm 2023 sau rà soát | Đến 30/6/2024 (theo BC
    // số 198) | Đến 30/6/2024 sau rà soát", a corrected column naming no time standing for any — not a column of another year, "Năm 2023 (số
    // liệu chính thức) | 6 tháng đầu năm 2024 (theo báo cáo số 45)" — review-53c T2, T11)
    const timeOf = (j: number) => /(?:\d{1,2}\s*\/\s*)?(?:19|20)\d\d(?!\d)/u.exec(headers[j].join(' ').replace(/\([^()]*\)/gu, ' '))?.[0].replace(/\s+/gu, '');
    const correctedOf = new Map<number, number>();
    for (const e of earlier) {
      const k = corrected.find((x) => timeOf(x) === undefined || timeOf(x) === timeOf(e));
      if (k !== undefined) correctedOf.set(e, k);
    }
    for (const [e, k] of correctedOf) roles[e] = roles[k] = 'result';
    const correctedCols = new Set(correctedOf.values());
    // (where the report's figures are one former place's, "Ninh Thuận (cũ) | Khánh Hòa (cũ) | Toàn tỉnh sau hợp nhất", its column holds
    // the unit's results and the others are other places')
    // (… and so does, with no result column, the one that names the unit itself beside another place's: "Huyện Điện Biên (cũ) | Xã Thanh
    // Yên (mới)" in Thanh Yên's report)
    // (a former place of the unit's name, "Cần Thơ (cũ)" beside "Toàn thành phố", or one among the parts, "Hòa Sơn | Dang Kang | Cư Kty",
    // is a part: only where the report says its figures are that place's)
    const beside = () => headers.some((h) => otherPlaceColumn(h.join(' '), opts.unit)) && !headers.some((h) => placeMentions(h.join(' '), opts.unit).some((p) => p.part));
    if (!roles.includes('result'))
      roles.forEach((r, j) => {
        const places = r === undefined ? placeMentions(headers[j].join(' '), opts.unit) : [];
        if (places.some((p) => p.own) && (opts.unit.scope || (!places.some((p) => !p.own) && !FORMER_PLACE.test(headers[j].join(' ')) && beside()))) roles[j] = 'result';
      });
    // a table by place turned on its side ("Chỉ tiêu | Hậu Thạnh (cũ) | Trường Khánh (cũ) | Phú Hữu (cũ) | Chung 03 xã"): with no
    // result column, the column of the whole beside two or more of its parts holds the unit's results (lexicon: whole-column)
    if (!roles.includes('result') && roles.filter((r, j) => r === undefined && partColumn(headers[j].join(' '), opts.unit)).length >= 2)
      roles.forEach((r, j) => {
        // ("Toàn thành phố" in a central city's table is the whole, though a city of a province would be a part)
        if (r === undefined && startsWith(WHOLE_COLUMN, headers[j].join(' ')) && (!partColumn(headers[j].join(' '), opts.unit) || /^\s*(?:toàn|cả)\s/iu.test(headers[j].join(' ')))) roles[j] = 'result';
      });
    let label = roles.indexOf('label');
    // no label word, or one read as another role ("Chỉ tiêu theo Nghị quyết số 16-NQ/TU"): the column of words
    // (… or the targets stated in words: "Chỉ tiêu theo Kết luận" over "Tối thiểu 75 xã đạt chuẩn NTM nâng cao")
    if (label < 0) label = roles.findIndex((r, j) => (r === undefined || r === 'target') && body.filter((row) => THREE_LETTERS.test(row[j] ?? '') && (!isFigure(row[j] ?? '') || WORDY.test(row[j] ?? ''))).length >= body.length / 2);
    if (label < 0) continue;
    roles[label] = 'label';
    const results = roles.map((r, j) => (r === 'result' ? j : -1)).filter((j) => j >= 0 && j !== label);
    // (a result column of shares beside the counts, "Đến 31/5/2025 | Tỷ lệ đến 31/5/2025 (%)", gives no count: read for rates only)
    const shareCols = new Set(results.filter((j) => results.length > 1 && SHARE_HEADER.test(headers[j].join(' '))));
    const targets = roles.map((r, j) => (r === 'target' ? j : -1)).filter((j) => j >= 0 && j !== label);
    if (!results.length && !targets.length) continue;
    if (prose && (!results.length || !targets.length)) continue;
    const unitCol = roles.indexOf('unit');
    // "So sánh" holding "Vượt", "Chưa đạt": an assessment by what it holds, whatever its header
    // (of two, the one whose cells give verdicts: "Theo đánh giá tại Kết luận (cuối năm 2024) | … | Đánh giá" — the first holds the figures
    // the plan found, the last "Đạt", "Chưa đạt")
    // (… most of its cells: a column of figures with one "Chưa đạt" is none; and of two such, the last — "Đánh giá năm 2020 | Kết quả đến
    // 30/6/2024 | Đánh giá đến 30/6/2024" judges the base year first)
    const verdicts = (j: number) => {
      const cells = body.map((row) => (row[j] ?? '').trim()).filter(Boolean);
      // (a verdict with its margin, "Vượt 2,4%", "Chưa đạt (thiếu 1,2%)", is one)
      return cells.length > 0 && cells.filter((c) => (!/\d/.test(c) || VERDICT_OPENS.test(c)) && (ASSESS_MET.test(c) || ASSESS_NOT_MET.test(c))).length * 2 > cells.length;
    };
    // (… and not one that judges against the unit's own plan, "Đánh giá (so với KH huyện năm 2024)": no verdict on the pack's target — a
    // plan named, not the unit alone: "Tự đánh giá của huyện" judges the plan's target)
    const ownPlanVerdict = (h: string) => OWN_PLAN.test(h) && /(?<![\p{L}])(?:kh|kế hoạch|chỉ tiêu|mục tiêu|nghị quyết|nq)(?![\p{L}])/iu.test(h);
    // (… nor, for a column read by what it holds, one against a year's plan, "So với KH năm 2024", nor a forecast, "Dự báo năm 2025" —
    // review-45 D5–D7)
    const otherVerdict = (h: string) => ownPlanVerdict(h) || YEARS_PLAN_VERDICT.test(h);
    const assessing = roles.flatMap((r, j) => (r === 'assess' && !ownPlanVerdict(headers[j].join(' ')) ? [j] : []));
    let assessCol = [...assessing].reverse().find(verdicts) ?? assessing[0] ?? -1;
    if (assessCol < 0) {
      const plain = roles.findIndex((r, j) => (r === 'ratio' || r === undefined) && j !== label && !otherVerdict(headers[j].join(' ')) && body.filter((row) => (row[j] ?? '').trim()).length > 0 &&
        // (a header repeated where the table runs on to the next page, "Đánh giá so với mục tiêu", is no cell of it)
        body.every((row) => !(row[j] ?? '').trim() || headers[j].some((h) => h.trim() === (row[j] ?? '').trim()) || (!/\d/.test(row[j]) && (ASSESS_MET.test(row[j]) || ASSESS_NOT_MET.test(row[j])))));
      // (… or most of its cells verdicts, the others words or a dash, no figure: "So với mục tiêu" under "Kết quả thực hiện" holding "Vượt",
      // "Chưa đạt", "Duy trì", "-" — session 45, nvv01)
      // (… neither one against the unit's own plan: "So với NQ Đại hội huyện | So với NQ 16-NQ/TU" — ts01)
      const mostly = roles.map((r, j) => ((r === 'ratio' || r === undefined) && j !== label && !otherVerdict(headers[j].join(' ')) && verdicts(j) && body.every((row) => !/\d/.test(row[j] ?? '') || VERDICT_OPENS.test((row[j] ?? '').trim())) ? j : -1)).filter((j) => j >= 0);
      // (… one such only: of several, which judges the pack's target the headers may not say — "So với NQ 16-NQ/TU | So với CTr số
      // 12-CTr/HU" — review-45d C6)
      assessCol = plain >= 0 ? plain : mostly.length === 1 ? mostly[0] : -1;
    }
    const yearOf = (j: number) => {
      const m = /(19|20)\d\d/.exec(headers[j].join(' '));
      return m ? Number(m[0]) : undefined;
    };
    // the line that introduces the table ("Kết quả … so với kế hoạch Ủy ban nhân dân huyện giao cho xã (cột KH):")
    const caption = captionOf(doc, t).map((line) => line.trim()).find(Boolean) ?? '';
    // whose plan each target column quotes, read once from its header:
    // a target column beside the plan's indicators quotes the plan, unless it names the unit's own plan ("KH huyện")
    // … a bare plan column ("KH 2025", "Kế hoạch") in a district's or commune's table is as likely its own plan
    // … or, for a bare plan column ("KH 2025"), the line that introduces the table names it ("so với kế hoạch UBND huyện giao")
    // (a column of the unit's own plan is its own, though it names a resolution: "Chỉ tiêu NQ Đại hội huyện đến năm 2025")
    // (… and beside a column of the plan's own targets, or one of several at successive times — a roadmap, "Kế hoạch đến 31/12/2024 |
    // Kế hoạch năm 2025" —, a column of plans that names no plan is the unit's own: the plan's target has one column, one date)
    const sourceCols = targets.filter((j) => SOURCE_PLAN.test(headers[j].join(' ')));
    const unnamed = targets.filter((j) => !sourceCols.includes(j) && !OWN_PLAN.test(headers[j].join(' ')));
    const roadmap = unnamed.length >= 2 && new Set(unnamed.map((j) => normalize(headers[j].join(' ')))).size === unnamed.length && unnamed.every((j) => /\d/u.test(headers[j].join(' ')));
    const whosePlan = new Map(targets.map((j) => {
      const head = headers[j].join(' ');
      // (the province's action programme named as the plan's maker is the plan, whatever plan words stand before it: "Chỉ tiêu kế hoạch
      // theo CTHĐ của UBND tỉnh giai đoạn 2021 - 2025" is no yearly plan the province gives — review-43c E2n)
      const programme = PROVINCE_PROGRAMME_HEADER.test(head) && !OWN_PROGRAMME_HEADER.test(head) && !RESULTS_HEADER.test(head);
      const ownHead = !programme && (OWN_PLAN.test(head) || (unnamed.includes(j) && (sourceCols.length > 0 || roadmap)));
      const sourceHead = programme || SOURCE_PLAN.test(head);
      const ownByCaption = BARE_PLAN.test(head) && OWN_PLAN.test(caption);
      return [j, { year: yearOf(j), attributed: !ownHead && (sourceHead || !ownByCaption), own: ownHead || (!sourceHead && ownByCaption) }];
    }));
    let parent: { label: string; unit: string } | undefined;
    // the indicator the row above its sub-rows names, if any
    let parentInd: Indicator | undefined;
    // whether the rows are places: the label column's header is a place column's ("Huyện", "Xã, thị trấn", "Đơn vị")
    const byPlace = label >= 0 && isOnly(PLACE_COLUMN, headers[label]?.join(' ') ?? '');
    // whether a "Trong đó" sub-row opened the parts of the row above: the sub-rows after it are parts too
    let parts = false;
    body.forEach((row, bi) => {
      const r = bi + nHead;
      const own = (row[label] ?? '').trim();
      if (!own) return;
      // (in a report written as a table, a row of prose whose text runs over the target and result columns is the section's text, read
      // as prose: only a row whose target and result cells are its own, and short, is a row of an indicator)
      if (prose && [...targets, ...results].some((j) => t.covered[r]?.has(j) || (row[j] ?? '').split(/\s+/u).length > 30)) return;
      const sub = mayStartWith(own, SUB_ROW_FIRSTS) && SUB_ROW.find(own)?.start === 0;
      const subject = sub && parent ? `${parent.label} ${own}` : own;
      // (as written, "Xã", "Ha", "Triệu đồng", in lower case — not a place's name in a column headed "Đơn vị": "Huyện Can Lộc")
      const rawUnit = unitCol >= 0 ? (row[unitCol] ?? '').trim() : '';
      const cellUnit = /^\p{Lu}?[^\p{Lu}]*$/u.test(rawUnit) ? rawUnit.toLowerCase() : rawUnit;
      const unit = cellUnit || unitFromLabel(own) || (sub && parent ? parent.unit : '');
      if (!sub) [parent, parentInd, parts] = [{ label: own, unit }, undefined, false];
      else if (PART_ROW.test(own)) parts = true;
      const hasFigure = results.some((j) => DIGIT.test(row[j] ?? '')) || targets.some((j) => DIGIT.test(row[j] ?? ''));
      if (!hasFigure) return; // a group row
      // (a row of a table by place, under "Huyện", "Xã, thị trấn", is that place's — "| 1 | Hải Lăng | 16 | 16 xã NTM, 06 xã NTM nâng cao |"
      // in a province's table — but its total row, "Tổng cộng", "Toàn tỉnh", and the unit named as itself)
      // (… "Bình quân chung", "Chung toàn huyện" too — not a group's, "Bình quân các xã miền núi", "Chung 02 xã vùng cao"; not a wider
      // place's, "Toàn tỉnh" in a district's table)
      if (byPlace && (otherPlaceColumn(own, opts.unit) || (!TOTAL_ROW.find(own) && !TOTAL_ROW_WHOLE.find(own) && !WHOLE_AVERAGE.test(own) && !placeMentions(own, opts.unit).some((p) => p.own)))) return;
      // (the label's own normal form only when an indicator is named: most rows name none)
      let ownNorm: string | undefined;
      const named = (raw: string) => {
        const norm = normalize(raw);
        // most rows name no indicator: one pattern decides, as for prose
        // (its one-word keywords with their own marks in a text typed with them: "dưới 5 tuổi" names no "tưới")
        return anyKeyword(indicators).test(norm) ? indicators.find((i) => mentions(i, norm) && !excluded(i, (ownNorm ??= normalize(own))) && !excluded(i, norm) && !negated(i, ownNorm) && !(sub && !mentions(i, normalize(own + ' ' + (parent?.label ?? '')))) && marksAgree(i, raw)) : undefined;
      };
      // the label names it; or the label with the words its own result cell adds ("Tỷ lệ hộ nghèo đa chiều" | "Bình quân
      // giảm 1,94%/năm" is the yearly reduction), the figure then in that indicator's unit (checked below)
      let wordsOfCells: string | undefined;
      const cellWords = () => (wordsOfCells ??= results.map((j) => row[j] ?? '').filter((c) => THREE_LETTERS.test(c) && /\d/.test(c)).join(' '));
      // (… or with the words of its target cell, the target said in words: "Số tiêu chí xã nông thôn mới đạt | Không còn xã dưới 15 tiêu chí
      // | 19/19")
      const targetWords = () => targets.map((j) => row[j] ?? '').filter((c) => THREE_LETTERS.test(c) && WORDY.test(c)).join(' ');
      // (a sub-row that names an indicator in its own words is that one, not the row above's: "- Trong đó: huyện được Trung ương công nhận
      // đạt chuẩn nông thôn mới nâng cao" under "Số đơn vị cấp huyện đạt chuẩn …")
      // (… or one of the cell's parts, "41 xã NTM, 12 xã NTM nâng cao, 05 xã NTM kiểu mẫu": the kinds the others name exclude none of them)
      // (… a part whose figure is in the indicator's unit: "12 công chức theo dõi xã đăng ký đạt chuẩn" counts officials)
      const cellParts = () => cellWords().split(/;|,\s/u).filter((x) => /\d/.test(x) && THREE_LETTERS.test(x));
      const partNames = (x: string) => {
        // (not a row of plans: "Số xã đăng ký phấn đấu năm 2024 | 04 xã NTM nâng cao, 02 xã NTM kiểu mẫu")
        if (PLAN_WORDS.test(own) && !RESULT_LABEL.test(own)) return undefined;
        const i = named(`${subject} ${cellUnit} ${x}`);
        const q = extractQuantities(x)[0];
        return i && q && q.unit && unitFits(i, q, own) ? i : undefined;
      };
      const ind = (sub ? named(own + ' ' + cellUnit) : undefined) ?? named(subject + ' ' + cellUnit) ?? (cellWords() ? named(`${subject} ${cellUnit} ${cellWords()}`) : undefined) ?? (cellWords() ? cellParts().reduce<Indicator | undefined>((found, x) => found ?? partNames(x), undefined) : undefined) ?? (targetWords() && !AVERAGE_OR_RATE.test(own) ? named(`${subject} ${cellUnit} ${targetWords()}`) : undefined);
      if (!sub) parentInd = ind;
      // (a row of a level whose assessment gives the yearly fall the plan asks: "Tỷ lệ hộ nghèo theo chuẩn đa chiều | % | 7,46 | … | Giảm
      // ít nhất 1,5%/năm | Đạt (BQ giảm 1,74%/năm)" — the fall is the yearly indicator's result, its verdict the cell's)
      if (!ind && assessCol >= 0 && PER_YEAR_FIGURE.test(row[assessCol] ?? '')) {
        const cell = row[assessCol]!;
        const yearly = named(`${subject} ${cell}`);
        // (not a figure the cell quotes as the target: "Chưa đạt (mục tiêu giảm 1,5%/năm, thực hiện giảm 1,24%/năm)")
        // (… a bare share said yearly in words is the yearly rate: "Đạt (bình quân mỗi năm giảm 1,74%)")
        // (… the share said yearly itself, not a level the cell gives before it: "Chưa đạt (từ 7,46% xuống 4,98%, bình quân mỗi năm giảm 0,83%)")
        const perYear = (x: Quantity): Quantity => (x.kind === 'percent' && (YEARLY_BEFORE.test(cell.slice(Math.max(0, x.start - 30), x.start)) || YEARLY_AFTER.test(cell.slice(x.end, x.end + 16))) ? { ...x, kind: 'per-year', unit: '%/năm' } : x);
        const q = yearly?.unit === '%/năm' ? extractQuantities(cell).map(perYear).find((x) => x.kind === 'per-year' && unitFits(yearly, x, cell) && !/(?:mục tiêu|chỉ tiêu|kế hoạch|yêu cầu)[^\d;,]{0,20}$/iu.test(cell.slice(Math.max(0, x.start - 30), x.start))) : undefined;
        if (yearly && q) out.push({ indicator: yearly, role: opts.future.has(t.rowFirst[r] ?? t.first) ? 'plan' : 'result', value: valueFor(yearly, q), quantity: q, paragraph: t.rowFirst[r] ?? t.first, text: rowLine(row, t.covered[r]), fromTable: true, direct: true, ...verdict(cell.slice(0, q.start)) });
        return;
      }
      if (!ind) return;
      // a part under its row is not the row's indicator: "- Trong đó: có bằng cấp, chứng chỉ" under "Tỷ lệ lao động nông thôn qua
      // đào tạo" (a sub-row that names another indicator is that one: "- Trong đó: xã đạt chuẩn NTM nâng cao"), and a place's row,
      // "+ Xã Ma Nới", is that place's
      // (… nor is a sub-row after it: "- Chuyển sang cây hằng năm khác" after "- Trong đó: chuyển sang cây ăn quả")
      if (sub && (PLACE_PART.test(own) || (parts && ind === parentInd))) return;
      const paragraph = t.rowFirst[r] ?? t.first;
      const text = rowLine(row, t.covered[r]);
      const assess = assessCol >= 0 ? row[assessCol] ?? '' : '';
      // (a column that judges whether the target can still be reached, "Đánh giá khả năng thực hiện", says nothing of the result;
      // nor does one cell merged down over several rows say it of the first: it judges them together, "Chưa đạt" for tiêu chí 17
      // over 17.1–17.3)
      // (… so each row under it is held to a verdict that it met; one that it did not is of the group, no row's)
      const merged = assessCol >= 0 ? mergedRows(t, r, assessCol) : undefined;
      const said = merged ? t.rows[merged[0]][assessCol] ?? '' : assess;
      const claim0 = /\d/.test(said) || (assessCol >= 0 && /khả năng/iu.test(headers[assessCol].join(' '))) ? {} : verdict(said);
      const claim = merged && claim0.claim !== 'met' ? {} : claim0;
      // (a verdict column whose own header looks ahead, "Dự báo mức độ hoàn thành năm 2025", "Đánh giá đến năm 2025", may judge the estimate
      // after it as well as the result: review-61b B9)
      const verdictAhead = assessCol >= 0 && ((yearOf(assessCol) ?? 0) > to || HEADER_LOOKS_AHEAD.test(headers[assessCol].join(' ')));
      const inFuture = opts.future.has(paragraph);
      // the latest result column holding a figure is the result; earlier year columns are history
      // (a cell that says its figure is against the same time last year, "3,4 (6 tháng, so cùng kỳ)", is another measure than the
      // period's, beside a column that gives the period's)
      // (… nor a column that counts places, "Đến 30/6/2024 (số xã)", for an indicator measured otherwise: "10 | Thu nhập | 29 | 39" counts the
      // communes that meet the criterion, no income)
      const countsPlaces = (j: number) => ind.unit !== '%' && PLACES_COUNTED.test(headers[j].join(' ')) && !PLACE_NOUNS.some((n) => ind.unit.includes(n));
      // (a corrected cell is a figure standing alone: "Tăng 1,3% do cập nhật dữ liệu" says how it changed, no result — review-53c T8)
      const correctedFigure = (k: number) => !!parseCell(row[k] ?? '', unit, ind, own) && !/(?<![\p{L}])(?:tăng|giảm|do|vì|so với|chênh)(?![\p{L}])/iu.test(row[k] ?? '');
      const any = results.filter((j) => !(shareCols.has(j) && ind.unit !== '%') && !countsPlaces(j) && !(correctedOf.has(j) && correctedFigure(correctedOf.get(j)!)) && !(correctedCols.has(j) && !correctedFigure(j)) && parseCell(row[j] ?? '', unit, ind, own));
      const period = any.filter((j) => !SAME_TIME_LAST_YEAR.test(row[j]));
      // (… of the columns whose figure is in the indicator's unit: a rate of a count under "Kết quả | Số lượng | Tỷ lệ (%)" — the count's
      // cell, "170/170", is the latest where the rate's cell, a bare "100", is no share the indicator reads)
      const dated = period.length ? period : any;
      const fitting = ind.target.comparator === 'multiple-of-base' ? dated : dated.filter((j) => unitFits(ind, parseCell(row[j], unit, ind, own)!, own));
      const filled = fitting.length ? fitting : dated;
      // a row of recognitions year by year ("Xã NTM nâng cao được công nhận (xã) | … | TH 2022: 2 | … | TH 2023: 1 | … | TH 2024: 3 |
      // … | TH đến 31/5/2025: 0"): counts that fall from one year to the next are each year's new ones, not how many there are
      // (lexicon: recognised-in-year)
      const counts = filled.map((j) => parseCell(row[j], unit, ind, own)!.value);
      const years = new Set(filled.map((j) => yearOf(j)).filter((y) => y !== undefined));
      if (ind.unit !== '%' && years.size >= 3 && counts.some((v, k) => k > 0 && v < counts[k - 1]) && RECOGNISED_IN_YEAR.test(own)) return;
      // (… and in a table turned on its side, counts that fall at all, or said to be new ones — "Số xã được công nhận …", "… trong năm",
      // "… tăng thêm", in the row or the line above the table — are what each period added)
      if (turned && ind.unit !== '%' && (counts.some((v, k) => k > 0 && v < counts[k - 1]) || ADDED_IN_PERIOD.test(own) || RECOGNISED_IN_YEAR.test(own) || RECOGNISED_IN_YEAR.test(caption) || ADDED_IN_PERIOD.test(caption))) return;
      // (… and a row of the turned table that names a plan, "Tỷ lệ … - Kế hoạch (%)", holds no results)
      if (turned && PLAN_ROW.test(own)) return;
      // (a column dated after the period beside one within it is an estimate of what is to come, not the result: "Thực hiện đến
      // 30/6/2024 | Ước thực hiện năm 2025" in a review to June 2024)
      const beyond = (j: number) => (yearOf(j) ?? 0) > to;
      const lastWithin = filled.some((j) => !beyond(j) && yearOf(j) !== undefined) ? filled.filter((j) => !beyond(j)).pop() : undefined;
      filled.forEach((j, k) => {
        let q = parseCell(row[j], unit, ind, own)!;
        // (a multiple of the base year's level, given as the two levels in money: "Thu nhập bình quân … | triệu đồng/người/năm | Tăng ít
        // nhất 1,5 lần so với năm 2020 | 38,5 | 58,2" — the result is 58,2 over the base year's column)
        if (ind.target.comparator === 'multiple-of-base' && q.kind === 'number' && /đồng/u.test(`${q.unit} ${unit} ${row.join(' ')}`)) {
          // (a household's income is another measure than a person's: "Thu nhập bình quân của hộ gia đình | triệu đồng/hộ/năm")
          if (/\/\s*hộ|hộ gia đình/iu.test(row.join(' '))) return;
          const base = baseOf(row, headers, ind.target.baseYear, j, unit, ind, own);
          if (!base || base.value <= 0) return;
          const ratio = q.value / base.value;
          q = { kind: 'times', value: ratio, decimals: 2, unit: 'lần', raw: `${formatVn(ratio, 2)} lần (${(row[j] ?? '').trim()} so với ${(row[base.col] ?? '').trim()})`, start: q.start, end: q.end };
        }
        if (!unitFits(ind, q, own)) return;
        // (the cell's own year before the column's: "49,8 triệu đồng (năm 2023), gấp 1,54 lần" under "Thực hiện (đến 6/2024)")
        const year = cellYear(row[j], q) ?? yearOf(j);
        // a column dated by its header says when its figure is, wherever the table stands ("Năm 2020 | Đến 30/6/2024" in an
        // annex after the proposals); an undated column in a section about the coming period is the plan
        const role = year !== undefined && year < from ? 'baseline' : ((year === undefined || year > to) && inFuture) || (lastWithin !== undefined && beyond(j)) ? 'plan' : 'result';
        const latest = lastWithin !== undefined ? j === lastWithin : k === filled.length - 1;
        // "Chưa đạt (98,3%)", "Đạt - 86,1%": the verdict written in the result cell itself, beside its figure
        // (… not the words of what the figure counts: "02/03 xã (cũ) đạt chuẩn" says what the two are, no verdict)
        const after = (row[j] ?? '').slice(q.end).replace(/^[\s)%]+/, '');
        // (… only its description, to the first comma: "17/18 xã đạt chuẩn, vượt mục tiêu" keeps its verdict)
        const described = COUNTED_NOUN_AFTER.test(after) || (COUNTED_NOUN_AFTER.test(q.unit) && STANDARD_REACHED.test(after));
        const inCell = !('claim' in claim) ? verdict((row[j] ?? '').slice(0, q.start) + ' ' + (described ? after.replace(/^[^,;]*/u, '') : after)) : {};
        out.push({
          indicator: ind, role: role === 'result' && !latest ? 'context' : role, value: valueFor(ind, q), quantity: q, paragraph, text, fromTable: true, direct: true,
          // (where an estimate after the period follows, the row's verdict may be the estimate's: it is said of no result — unless the verdict
          // stands before that column, "Kết quả đến 30/6/2024 | Đánh giá | Định hướng đến năm 2030", and judges what is left of it: session 61, nzp06)
          ...(year ? { year } : {}), ...(role === 'result' && latest ? (lastWithin !== undefined && filled.some((c) => beyond(c) && (assessCol < 0 || c < assessCol || verdictAhead)) ? inCell : { ...claim, ...inCell }) : {}), ...(role === 'result' && !latest ? { why: EARLIER_COLUMN } : {}),
        });
      });
      for (const j of targets) {
        const q = parseCell(row[j] ?? '', unit, ind, own);
        if (!q || !unitFits(ind, q, own)) continue;
        const plan = whosePlan.get(j)!;
        out.push({
          indicator: ind, role: 'target', value: valueFor(ind, q), quantity: q, paragraph, text, fromTable: true,
          laterYear: plan.year !== undefined && plan.year > ind.year, attributed: plan.attributed, proposal: false, own: plan.own,
        });
      }
    });
  }
  return out;
}

/** A yearly change written in a cell: "BQ giảm 1,74%/năm", "giảm BQ 1,74%/năm", "bình quân tăng 0,8%/năm". */
const PER_YEAR_FIGURE = /(?:giảm|tăng)\s*(?:(?:bình quân|BQ)\s*)?\d[\d,.]*\s*%\s*\/\s*năm|(?:bình quân|BQ)\s+(?:mỗi năm|hằng năm|hàng năm|một năm)\s+(?:giảm|tăng)\s*\d[\d,.]*\s*%|(?:giảm|tăng)\s*(?:(?:bình quân|BQ)\s*)?\d[\d,.]*\s*%\s+(?:mỗi năm|một năm|hằng năm|hàng năm)/iu;
/** Right before a bare share, a yearly change said in words ("bình quân mỗi năm giảm ", "BQ giảm "): the share is the yearly rate. */
const YEARLY_BEFORE = /(?:(?:mỗi năm|hằng năm|hàng năm|một năm)\s+(?:giảm|tăng)|(?:bình quân|BQ)\s+(?:mỗi năm\s+)?(?:giảm|tăng))\s*(?:được\s+)?$/iu;
/** … or right after it: "giảm 1,74% mỗi năm". */
const YEARLY_AFTER = /^\s*(?:mỗi năm|hằng năm|hàng năm|một năm)(?![\p{L}])/iu;

/** The level in the base year's column of a row ("Năm gốc 2020 | 38,5"), a figure of no other column: its value and column. */
function baseOf(row: string[], headers: string[][], baseYear: number, not: number, unit: string, ind: Indicator, own: string): { value: number; col: number } | undefined {
  const col = headers.findIndex((h, j) => j !== not && new RegExp(`(?<!\\d)${baseYear}(?!\\d)`).test(h.join(' ')) && !/mục tiêu|kế hoạch|chỉ tiêu/iu.test(h.join(' ')));
  if (col < 0) return undefined;
  const q = parseCell(row[col] ?? '', unit, ind, own);
  return q && q.kind === 'number' ? { value: q.value, col } : undefined;
}

/** A part of a cell, split at ",", ";" or a bracket ("Xã đạt 19/19 tiêu chí (không thuộc diện dưới 15 tiêu chí)"), that opens on a zero's words and names the indicator's own threshold ("không thuộc diện dưới 15 tiêu chí"), not another one ("không còn xã dưới 10 tiêu chí") nor a time ("hết năm 2024"). */
function zeroPartNamesIt(cell: string, ind: Indicator): boolean {
  const own = ind.keywords.map((k) => normalize(k)).filter((k) => /\d/u.test(k));
  return own.length > 0 && cell.split(/[,;()]/u).some((part) => startsWith(ZERO_WORDS, part) && own.some((k) => normalize(part).includes(k)));
}

/**
 * A cell that gives one place's criteria count ("19/19", "Xã đạt 19/19 tiêu chí") in a row of the places under a threshold of criteria
 * ("dưới 15 tiêu chí" in the indicator's words): that place counts once when under it, else not at all — "0" or "1". The fraction is
 * of criteria by its own unit, or, bare, by the row's label ("Số tiêu chí … đạt"); its whole must reach the threshold.
 */
function criteriaState(cell: string, own: string, ind: Indicator): string | undefined {
  const threshold = thresholdOf(ind);
  if (!Number.isFinite(threshold)) return undefined;
  const qs = extractQuantities(cell);
  const f = qs.find((q) => q.kind === 'fraction');
  // (a bare whole count under a label that counts the criteria reached, "Số tiêu chí NTM xã đạt | … | 16": as many criteria, the
  // commune's whole never more than a criteria set has)
  const countLabel = CRITERIA_COUNT_LABEL.test(own) && !AVERAGE_OR_RATE.test(own);
  if (!f && qs.length === 1 && qs[0].kind === 'number' && qs[0].decimals === 0 && qs[0].value >= 1 && qs[0].value <= MOST_CRITERIA && !qs[0].unit && countLabel && !/\p{L}/u.test(cell))
    return qs[0].value >= threshold ? '0' : '1';
  if (!f || !f.num || !f.den || f.den.value < threshold || f.num.value > f.den.value || f.num.decimals > 0 || f.num.value < 1) return undefined;
  // (a bare fraction is criteria only by a label that says it counts the criteria reached, "Số tiêu chí xã nông thôn mới đạt": "Xã còn
  // dưới 15 tiêu chí | 0/18" counts communes, "Bình quân số tiêu chí đạt/xã" is an average)
  const ofCriteria = /tiêu chí/u.test(f.unit) || (!f.unit && countLabel);
  if (!ofCriteria || qs.some((q) => q !== f && q.kind !== 'fraction' && q.unit && unitFits(ind, q, own))) return undefined;
  return f.num.value >= threshold ? '0' : '1';
}

/** The most criteria a set of them has (a commune's: 19). */
const MOST_CRITERIA = 19;
/** The number of criteria the indicator's words put places under ("dưới 15 tiêu chí" → 15), NaN when they name none. */
const thresholdOf = (ind: Indicator) => Number(/dưới\s+(\d+)/u.exec([...ind.keywords, ind.label].join(' '))?.[1]);

/** A commune's own criteria count, at or over the indicator's threshold ("Xã duy trì 19/19 tiêu chí" against "dưới 15 tiêu chí"). */
function reachesThreshold(cell: string, ind: Indicator): boolean {
  const threshold = thresholdOf(ind);
  const criteria = extractQuantities(cell).find((q) => q.kind === 'fraction' && /tiêu chí/u.test(q.unit));
  return Number.isFinite(threshold) && !!criteria && criteria.num!.value >= threshold;
}
