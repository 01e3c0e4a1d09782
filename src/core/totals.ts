/**
 * Parts that must add up to their stated total:
 *  - a table with a total row ("Tổng cộng", "Tổng số", "Toàn tỉnh") over flat data rows;
 *  - a total followed by "gồm:" and its parts in the same unit ("… 520 tỷ đồng, gồm: …").
 * A rounded figure stands for the interval it rounds from (as XBRL Calculations 1.1 does):
 * the sum of parts must fall within the sum of their intervals around the total's interval.
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
import { CHANGE_TO, MEASURE_UNIT, RATE_ROW, RELATION_BEFORE, TIME_NOUN, RATE_ITEM, WHOLE_MEASURED, RANKED_KIND, AVERAGE_BEFORE, PER_UNIT_AFTER, CLAUSE_AFTER_COMMA, CRITERIA_CAPTION, RUNNING_ITEM, YEAR_ITEMS, THRESHOLD_AFTER, AVERAGE_ROW } from './lexicon/patterns-sums';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const LETTER = /\p{L}/u;
const FIGURE_AND_UNIT = /^([\d.,\s]*\d)\s*(\p{L}[\p{L}\s]{0,30})?$/u;
const FIRST_WORD = /^\p{L}+(?:\s+(?:nghèo|dân|gia đình))?\s+/u;
const UPPER_FIRST = /^\p{Lu}/u;

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
const isTotal = (s: string) => {
  const t = s.trim();
  if (!mayStartWith(t, 'tTcClL')) return false;
  const hit = [TOTAL_ROW.find(t), TOTAL_ROW_WHOLE.find(t)].find((h) => h?.start === 0);
  // "Tổng cộng", "Cộng 3 năm", "Tổng (triệu đồng)", "Toàn huyện" — not a quantity named "Tổng nguồn lực huy động (tỷ đồng)"
  return !!hit && t.slice(hit.end).replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).filter(Boolean).length <= 2;
};
/** A subtotal's label, among the rows: a total's word, then the span or group it closes ("Cộng giai đoạn 2011 - 2015", "Cộng 12 đơn vị", "Cộng"). */
const isSubtotal = (s: string) => {
  const t = s.trim();
  if (!mayStartWith(t, 'tTcC')) return false;
  const hit = TOTAL_ROW.find(t);
  // ("Cộng …", "Tổng cộng …", or "Tổng"/"Tổng số" then a span or a count — not a quantity's name, "Tổng vốn ngân sách")
  return hit?.start === 0 && (/^(?:cộng|tổng cộng)$/iu.test(hit.phrase) || isTotal(t) || /^\s*(?:giai đoạn|gđ|năm|các năm|\d)/iu.test(t.slice(hit.end)));
};
/** Whether a cell holds a letter: ASCII letters seen directly, anything else asked of the pattern. */
const hasLetter = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return LETTER.test(s);
  }
  return false;
};
/** Rows that belong under another row: "Trong đó", "- ", "a)", "1.1", a row number that is a small letter alone ("1" over "a", "b") —
 * a table with them is not flat. */
const isSubRow = (s: string, lettersNest = true) => {
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
function consistent(total: VnNumber, parts: VnNumber[], money: boolean): boolean {
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
const figureOf = (q: { value: number; decimals: number; alt?: number }): VnNumber => ({ value: q.value, decimals: q.decimals, ...(q.alt !== undefined ? { alt: q.alt } : {}) });
/** The total and the parts' sum as a finding gives them: as written, or — where figures have another reading and it comes nearer — so read. */
function asRead(total: VnNumber, parts: VnNumber[]): { total: number; sum: number; decimals: number } {
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

/** A row's year, when its first cell is one ("2021", "Năm 2022", "2020 (năm gốc)"). */
const rowYear = (r: string[]) => {
  const m = /^\s*(?:năm\s+)?((?:19|20)\d\d)(?![\d/])/iu.exec(r[0] ?? '');
  return m ? Number(m[1]) : undefined;
};
/** The rows a total of a span of years sums ("Cộng 2021-2023"): those of its years, when every row is a year. */
function ofSpan(total: string[], parts: string[][]): string[][] {
  const span = /((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/u.exec(total.slice(0, 2).join(' '));
  const years = parts.map(rowYear);
  if (!span || years.some((y) => y === undefined)) return parts;
  return parts.filter((_, i) => years[i]! >= Number(span[1]) && years[i]! <= Number(span[2]));
}

/**
 * A total and its parts of one unit: the parts all written alike, the total with the same unit or the unit on one side only
 * ("1", "2" … "24 xã" are xã) — not parts some with a unit and some without ("3 sao" of a second header row over "2", "1").
 */
const oneUnit = (total: { unit: string }, parts: Array<{ unit: string }>) => {
  const u = parts[0]?.unit ?? '';
  return parts.every((p) => p.unit === u) && (total.unit === u || !total.unit || !u);
};

/** A table read as figures: what stands over each column, the rows of figures (and where each sits in the table). */
export interface TableGrid {
  header: string[];
  body: string[][];
  /** The table row each body row is. */
  rowAt: number[];
  width: number;
}

const grids = new WeakMap<TableView, TableGrid>();

/** The header rows, and the rows of figures under them (a header repeated on a new page left out); read once per table. */
export function tableGrid(t: TableView): TableGrid {
  let g = grids.get(t);
  if (!g) grids.set(t, (g = readGrid(t)));
  return g;
}

function readGrid(t: TableView): TableGrid {
  // the header: the first row, and the rows under it with no figure (a two-row header: "Kế hoạch" over "2021 | 2022")
  // (… or a row with no label under merged cells: "^^ | ^^ | 3 sao | 4 sao | ^^" under "TT | Xã | Sản phẩm được công nhận | Cộng")
  let nHead = 1;
  const subHeader = (r: string[]) => r.length > 2 && !r[0]?.trim() && !r[1]?.trim() && r.some(hasLetter);
  // (… not a row numbered as a group or an item, which is the body's: "I | Giao thông | | ")
  const numbered = (r: string[]) => /^\s*(?:[IVX]+|\d+)\s*[.)]?\s*$/u.test(r[0] ?? '');
  while (nHead < Math.min(3, t.rows.length - 2) && !numbered(t.rows[nHead]) && (!t.rows[nHead].some((c, j) => j > 0 && (cellNumber(c) || FRACTION_CELL.test(c))) || subHeader(t.rows[nHead]))) nHead++;
  const heads = t.rows.slice(0, nHead);
  const width = Math.max(0, ...t.rows.slice(nHead).map((r) => r.length));
  // what stands over a column, from the header rows that have a cell for every column (merged cells make others shorter)
  const header = Array.from({ length: width }, (_, col) => heads.filter((r) => r.length === width).map((r) => r[col] ?? '').join(' ').trim());
  // a table that runs over a page repeats its header rows: not rows of figures
  const same = (r: string[]) => heads.some((h) => r.length === h.length && r.every((c, i) => c.trim() === (h[i] ?? '').trim()));
  const rowAt: number[] = [];
  const body = t.rows.slice(nHead).filter((r, i) => !same(r) && rowAt.push(i + nHead) > 0);
  return { header, body, rowAt, width };
}

/** The column of a row's label: its first cell with a letter. */
export const labelCol = (row: string[]) => row.findIndex(hasLetter);

/**
 * How many columns of the rows add up to the whole row's figure in them (`skip`: a column not looked at, the whole's label; `positive`:
 * only wholes above zero count).
 */
function columnsAddingUp(parts: string[][], total: string[], width: number, skip = -1, positive = false): number {
  let n = 0;
  for (let col = 1; col < width; col++) {
    if (col === skip) continue;
    const tv = cellNumber(total[col] ?? '');
    const pv = parts.map((r) => cellNumber(r[col] ?? ''));
    if (tv && (!positive || tv.value > 0) && pv.length >= 2 && pv.every((v) => v) && consistent(tv, pv as VnNumber[], false)) n++;
  }
  return n;
}

/** A whole row of a wider place than the reporting unit's ("Toàn tỉnh" in a district's report, "Cả nước"): its rows may be only some of it. */
function widerWhole(label: string, unitLevel?: string): boolean {
  const l = label.toLowerCase();
  if (NATION_WHOLE.test(l)) return unitLevel !== undefined;
  if (PROVINCE_WHOLE.test(l)) return unitLevel === 'huyen' || unitLevel === 'xa';
  if (DISTRICT_WHOLE.test(l)) return unitLevel === 'xa';
  return false;
}

/** `unitLevel`: the reporting unit's level — a whole of a wider place ("Toàn tỉnh" in a district's report) is not all of the rows above. */
export function tableTotals(doc: DocModel, unitLevel?: string): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  for (const t0 of tables(doc)) {
    // (a table laid out in halves side by side is read as one: "TT | Đơn vị | Số sản phẩm | TT | Đơn vị | Số sản phẩm")
    const t = sideBySide(t0) ?? t0;
    if (t.rows.length < 4) continue;
    const { header, body, rowAt, width } = tableGrid(t);
    // (money by source is split by its columns; counts under "Trong đó" may be traits that overlap, "Hộ DTTS | Hộ nghèo")
    const moneyTable = MONEY_UNIT.test(`${header.join(' ')} ${captionOf(doc, t).find((line) => line.trim()) ?? ''}`);
    const rowsOff = rowTotals(t, header, body, rowAt, labelCol, moneyTable);
    out.push(...rowsOff);
    const totalRow = (r: string[]) => isTotal(r[labelCol(r)] ?? '') || isTotal(r[0] ?? '');
    let totalIdx = body.findIndex(totalRow);
    // a running total at the top ("Lũy kế đến 31/12/2020") over the periods after it, a total at the bottom ("Tổng cộng đến 30/6/2024"):
    // the first row is where the count started, one of the parts of the last
    if (totalIdx === 0 && body.length > 2 && RUNNING_ROW.test(body[0][labelCol(body[0])] ?? '') && totalRow(body[body.length - 1])) totalIdx = body.length - 1;
    // (rows of averages under the whole row are no parts, the whole the last that sums: "Tổng cộng | 52 | 112 | …" over "Bình quân tiêu
    // chí/xã | 15,71 | …" — where no row above it is an average or a rate: "Thu nhập bình quân …", "Tỷ lệ …" rows make a table of
    // indicators)
    let end = body.length;
    if (totalIdx > 0 && !body.slice(0, totalIdx).some((r) => RATE_ROW.test(r[labelCol(r)] ?? '') || /bình quân|trung bình|tỷ lệ|tỉ lệ/iu.test(r[labelCol(r)] ?? '')))
      while (end - 1 > totalIdx && AVERAGE_ROW.test(body[end - 1][labelCol(body[end - 1])] ?? '')) end--;
    if (totalIdx !== 0 && totalIdx !== end - 1) continue;
    let parts = body.filter((_, i) => i !== totalIdx && i < end);
    // groups numbered "I", "II" (or "A", "B") with their items "1", "2" under them: the total sums the groups
    const groups = parts.filter((r) => /^\s*(?:[IVX]+|[A-H])\s*[.)]?\s*$/u.test(r[0] ?? ''));
    // (… groups with no figure of their own are headings over their items, and the total sums the items: "I | Giao thông | | " over
    // "1 | Đường liên thôn … | 2.420")
    // (… each group with figures of its own against its items, where they are numbered: "I | Khu vực xã Xuân Đan (cũ) | 570" over "1 |
    // Đan Phổ | 196")
    const groupSums: Array<{ row: string[]; rows: string[][] }> = [];
    const item = (r: string[]) => /^\s*\d+\s*[.)]?\s*$/u.test(r[0] ?? '');
    const withFigures = (rows: string[][]) => rows.some((r) => r.slice(1).some((c) => cellNumber(c)));
    // (each group with the rows under it, up to the next group)
    const under = (heads: string[][]) => heads.map((h, k) => ({ row: h, rows: parts.slice(parts.indexOf(h) + 1, k + 1 < heads.length ? parts.indexOf(heads[k + 1]) : parts.length) }));
    if (groups.length >= 2 && groups.length < parts.length) {
      if (withFigures(groups) && parts[0] === groups[0] && parts.every((r) => item(r) || groups.includes(r))) groupSums.push(...under(groups));
      parts = withFigures(groups) ? groups : parts.filter((r) => !groups.includes(r));
    } else if (groups.length < 2) {
      // (… or groups headed by a row with no number whose label takes the number's cell too, "Khu vực xã Xuân Đan (cũ) | << | 1.284"
      // over "1 | Đan Phổ | 196", or leaves it blank, "| Khu vực xã Xuân Đan (cũ) | 1.284": with figures of their own, the total sums the
      // groups and each group its items)
      const heads = parts.filter((r) => !item(r) && (labelCol(r) === 0 || !(r[0] ?? '').trim()) && labelCol(parts.find(item) ?? r) === 1 && !isSubRow(r[labelCol(r)] ?? '') && !isSubtotal(r[labelCol(r)] ?? ''));
      if (heads.length >= 2 && parts[0] === heads[0] && parts.every((r) => item(r) || heads.includes(r)) && heads.every((h) => item(parts[parts.indexOf(h) + 1] ?? []))) {
        if (withFigures(heads)) {
          groupSums.push(...under(heads));
          parts = heads;
        } else parts = parts.filter((r) => !heads.includes(r));
      }
    }
    // sub-rows are told by the row number or the label ("1.1", "a)", "- Trong đó"), not by a figure ("1.250")
    // (only the cells before the row's first figure: a note at the right, "Ảnh hưởng dịch Covid-19", is no label)
    const firstFigure = (r: string[]) => {
      const k = r.findIndex((c, j) => j > 0 && cellNumber(c));
      return k < 0 ? r.length : k;
    };
    // (the whole sums the rows above their sub-rows: "1 | Ngân sách trung ương | 512,3" over "- | Vốn đầu tư phát triển | 371,6" and
    // "- | Vốn sự nghiệp | 140,7" — a table that opens on a sub-row, or has fewer than two rows above them, is not read)
    // (… a group row with no figure of its own stands for its sub-rows' sum: "2 | Các tổ chức cơ sở đảng trực thuộc | | " over "- Đảng
    // bộ các xã … | 18 | 2.436")
    // (rows numbered by small letters are sub-rows under rows numbered by figures; a table numbered a, b, c alone is flat)
    const lettersNest = parts.some((r) => /^\s*\d+\s*[.)]?\s*$/u.test(r[0] ?? ''));
    const subRow = (r: string[]) => r.some((c, j) => j <= Math.max(0, labelCol(r)) && j < firstFigure(r) && isSubRow(c, lettersNest));
    const subsOf = new Map<string[], string[][]>();
    if (parts.length >= 2 && parts.some(subRow)) {
      if (subRow(parts[0])) parts = [];
      else {
        // (rows with no row number after a sub-row are sub-rows too: "| | trong đó: Trung ương | 612" then "| | Tỉnh | 428")
        let top: string[] | undefined;
        let inSubs = false;
        const tops: string[][] = [];
        for (const r of parts) {
          inSubs = subRow(r) || (inSubs && labelCol(r) > 0 && !(r[0] ?? '').trim());
          if (!inSubs) subsOf.set((top = r), []), tops.push(r);
          else subsOf.get(top!)!.push(r);
        }
        parts = tops;
      }
    }
    if (parts.length < 2) continue;
    let total = body[totalIdx];
    // a whole row typed one cell short, its word under the row number and its figures each a column to the left ("Cộng | 76 | 3.787 |
    // | " under "TT | Hình thức | Số lớp | Số lượt | Thành phần"): read in the columns it meant — a figure under the parts' words, the
    // last cells empty
    const lc = labelCol(parts[0]);
    const shift = lc - labelCol(total);
    // (… only where so read its figures make their columns and as written they do not: "Cộng | 3 xã | 21 | 15 | " gives the count
    // of communes under their names, in place)
    if (shift > 0 && parts.every((r) => labelCol(r) === lc) && cellNumber(total[lc] ?? '') && total.slice(total.length - shift).every((c) => !(c ?? '').trim())) {
      const shifted = [...Array<string>(shift).fill(''), ...total.slice(0, total.length - shift)];
      if (columnsAddingUp(parts, shifted, width) > columnsAddingUp(parts, total, width)) total = shifted;
    }
    const rowIndex = (r: string[]) => (r === total ? totalIdx : body.indexOf(r));
    // rows of other units under a "Tổng số hộ" row ("Số hộ nghèo | hộ", "Tỷ lệ hộ nghèo | %", "Thu nhập … | triệu đồng/năm"): a table of
    // indicators, not parts of a sum
    // (a column headed "ĐVT" or "Đơn vị tính": "Đơn vị" alone heads the places of a table by place)
    const unitCol = header.findIndex((h) => /^\s*(?:đvt|đơn vị tính|đv tính)\s*$/iu.test(h ?? ''));
    const unitOf = (r: string[]) => (r[unitCol] ?? '').trim().toLowerCase();
    if (unitCol >= 0 && parts.some((r) => unitOf(r) && unitOf(r) !== unitOf(total))) continue;
    // … nor rows among which stands an average or a rate ("Tổng số xã | 119" over "Xã đạt chuẩn …", "Bình quân tiêu chí/xã | 17,6"):
    // a table of indicators
    if (totalIdx === 0 && parts.some((r) => RATE_ROW.test(r[labelCol(r)] ?? ''))) continue;
    // "Cộng 2021-2023" under rows of years: the total of those years only (a "2020 (năm gốc)" row above it is the base)
    parts = ofSpan(total, parts);
    // subtotals among the rows ("Cộng giai đoạn 2011 - 2015" under its years): the whole sums the rows that are no subtotal, and
    // each subtotal the rows since the one before it
    const isSub = (r: string[]) => isSubtotal(r[labelCol(r)] ?? '') || isSubtotal(r[0] ?? '');
    const sums: Array<{ row: string[]; rows: string[][] }> = [];
    if (parts.some(isSub)) {
      // (a subtotal closes the rows above it; where the whole stands first, it opens the rows below it: "Tổng cộng", then "Cộng giai
      // đoạn 2011-2015" over its years)
      const ordered = totalIdx === 0 ? [...parts].reverse() : parts;
      let group: string[][] = [];
      for (const r of ordered) {
        if (!isSub(r)) group.push(r);
        else {
          if (group.length >= 2) sums.push({ row: r, rows: group });
          group = [];
        }
      }
      parts = parts.filter((r) => !isSub(r));
    }
    sums.unshift({ row: total, rows: parts });
    sums.push(...groupSums.filter((g) => g.rows.length >= 2));
    // a table whose line above says its figures are shares or levels ("Biểu 2. Tỷ lệ hộ nghèo theo huyện (ĐVT: %)"): none adds up
    // (the nearest line, and a caption's length: prose above a table may open on "Tỷ lệ …" and speak of something else)
    const caption = captionOf(doc, t).find((line) => line.trim()) ?? '';
    const ratesTable = caption.length <= 200 && RATES_CAPTION.test(caption);
    // each sum the table gives — the whole, then its subtotals — against the rows it closes (the names below are this sum's)
    for (const { row: total, rows: parts } of sums) {
      let periodRows: boolean | undefined;
      let complete: boolean | undefined;
      const spanned = t.covered[rowAt[rowIndex(total)]];
      for (let col = 1; col < width; col++) {
        // (a whole's cell merged over two columns, "Cộng | 14 | <<" under "Số xã | Số tiêu chí đạt/xã", is the first one's)
        if (spanned?.has(col)) continue;
        // … its columns are rates, but for one that names a count of its own ("Tổng số hộ", "Số hộ nghèo (hộ)")
        // (… unless, under a caption of levels that are counts ("Bảng: Số tiêu chí đạt của từng xã qua các năm"), the whole row's figure stands
        // above every part's: no level nor average, it is their sum as the writer made it, "Cộng | 46 | 129 | 181")
        // (… criteria reached, counts: not incomes or other levels, "Thu nhập bình quân … | Toàn huyện | 46" is the district's level above its
        // communes')
        // (… and so does every column of a whole row some other column of which adds up: "Cộng | 70 | 80 | 17" has dropped a digit)
        if (ratesTable && !COUNT_HEADER.test(header[col] ?? '') && !(CRITERIA_CAPTION.test(caption) && !/%|tỷ lệ|tỉ lệ|bình quân|trung bình|thu nhập|mức/iu.test(caption) && (sumAbove(total[col], parts.map((r) => r[col])) || (complete ??= columnsAddingUp(parts, total, width, labelCol(total), true) > 0)))) continue;
        // shares, averages, row numbers, codes and dates do not add up; "Năm 2021", "Cộng 3 năm" do
        // (the row-number column is headed "TT" or "STT" alone: "CNTT-VT" in a header is no row number)
        // (… nor running totals: a "Lũy kế" column's last figure is the whole, not the sum of its rows — where the rows are years;
        // "Lũy kế đến 30/6/2024 (tỷ đồng)" over sources of funds sums them)
        // (… or where its figures rise down the rows and its whole repeats the last: "Đợt 1 | 3", "Đợt 2 | 6", … "Cộng | 9")
        if (/lũy kế|luỹ kế/iu.test(header[col] ?? '') && ((periodRows ??= parts.some((r) => PERIOD_ROW.test(r.slice(0, Math.max(0, labelCol(r)) + 1).join(' ')))) || runningTotal(parts.map((r) => cellNumber(r[col] ?? '')), cellNumber(total[col] ?? '')))) continue;
        // (… nor a measure per unit: "Giá trị sản xuất/ha đất trồng trọt (triệu đồng)", "Thu nhập (triệu đồng/người/năm)", "Số tiêu
        // chí đạt/xã")
        if (/tỷ lệ|%|bình quân|^\s*s?tt\s*$|(?<![\p{L}])(?:mã|ngày(?!\s+công))(?![\p{L}])|(?<!hộ\s*)\/\s*(?:ha|người|hộ|khẩu|lao động)(?![\p{L}])|(?<!(?:hộ|xã|thôn|huyện|thị trấn|phường|bản|ấp)\s*)\/\s*(?:xã|thôn)(?![\p{L}])|trên\s+0?1\s+(?:ha|người|hộ)(?![\p{L}])/iu.test(header[col] ?? '') || /^\s*năm\s*$|năm (?:đạt|công nhận|ban hành|thành lập)/iu.test(header[col] ?? '')) continue;
        // a column of fractions ("14/15", "11/12", … "Tổng cộng | 46/47"): the parts' numerators make the whole's, and so do the wholes
        const tf = FRACTION_CELL.exec(total[col] ?? '');
        if (tf) {
          const fs = parts.map((r) => FRACTION_CELL.exec(r[col] ?? ''));
          const num = (x: string) => parseVnNumber(x)?.value;
          if (fs.length < 2 || fs.some((f) => !f) || [tf, ...fs].some((f) => num(f![1]) === undefined || num(f![2]) === undefined || !Number.isInteger(num(f![1])!) || !Number.isInteger(num(f![2])!))) continue;
          const [a, b] = [fs.reduce((x, f) => x + num(f![1])!, 0), fs.reduce((x, f) => x + num(f![2])!, 0)];
          // (only where the wholes add up to the total's: a total row of another measure, "Toàn huyện | 2/3" under criteria, or levels at
          // each time, "8/12", "10/12", … "Lũy kế | 12/12", is no sum)
          if (b !== num(tf[2]) || a === num(tf[1])) continue;
          const at = rowAt[rowIndex(total)];
          out.push({ paragraph: t.rowFirst[at] ?? t.first, excerpt: rowLine(total, t.covered[at]), total: num(tf[1])!, sum: a, decimals: 0, unit: '', column: header[col], shown: { total: `${tf[1]}/${tf[2]}`, sum: `${formatVn(a)}/${formatVn(b)}` } });
          continue;
        }
        const tv = cellNumber(total[col] ?? '');
        if (!tv) continue;
        // "-" in a cell is none (a zero), where the column's other cells are figures
        const cell = (r: string[]) => (/^\s*[-–—]\s*$/u.test(r[col] ?? '') ? { value: 0, decimals: 0, unit: tv.unit } : cellNumber(r[col] ?? ''));
        const pv = parts.map((r) => {
          const subs = subsOf.get(r);
          // (… unless they give only some of it: "trong đó: …")
          // (… and only a group that says it is all of them, "Các tổ chức cơ sở đảng trực thuộc": "Vốn tín dụng chính sách" over two
          // kinds of loan may list only the main ones)
          if ((r[col] ?? '').trim() || !subs?.length || !/^\W*các\s/iu.test(r[labelCol(r)] ?? '') || subs.some((x) => PART_ROW.test(x[labelCol(x)] ?? ''))) return cell(r);
          const vs = subs.map(cell);
          return vs.some((v) => v === null) ? null : { value: vs.reduce((a, v) => a + v!.value, 0), decimals: Math.max(...vs.map((v) => v!.decimals)), unit: vs[0]!.unit };
        });
        // every cell a figure of one unit ("14 công trình"; the unit may be written on the total alone: "1 | 2 | … | 24 xã")
        if (pv.some((v) => v === null) || !oneUnit(tv, pv as Array<{ unit: string }>)) continue;
        // a column of years ("2019", "2021") is no quantity — nor one of years and dashes for none ("- | 2024 | - | Cộng | 1")
        // (a count written with a thousands dot, "2.015", is no year)
        const given = (pv as VnNumber[]).filter((v) => v.value !== 0);
        if (given.length && given.every((v) => v.decimals === 0 && v.value >= 1990 && v.value <= 2099) && !parts.some((r) => /\d\.\d{3}/u.test(r[col] ?? ''))) continue;
        const money = /đồng/iu.test(`${header[col] ?? ''} ${tv.unit}`);
        if (consistent(tv, pv as VnNumber[], money)) continue;
        // a whole row that is no sum: its figure among the parts' is their average or level ("Thu nhập BQ … | 52,1 | 48,6 | … |
        // Toàn huyện | 50,3", "Số tiêu chí đạt | 17 | 19 | … | 17,6") — a sum of figures above zero is at least the largest
        // (… only where the header or the row says so — lexicon: level-header; a "Cộng" of 3, 0, 2 written 3 is a wrong sum)
        const values = (pv as VnNumber[]).map((v) => v.value);
        const level = LEVEL_HEADER.test(header[col] ?? '') || LEVEL_HEADER.test(total[labelCol(total)] ?? '');
        if (level && values.length >= 2 && values.every((v) => v >= 0) && tv.value <= Math.max(...values) && tv.value >= Math.min(...values)) continue;
        // a row whose total cell is already wrong ("120,0 | 395,6 | 436,2 | 915,8" for 951,8) explains the column's total too:
        // with that cell made right the column adds up, and the one mistake is reported once
        const own = rowsOff.filter((m) => m.column === header[col]?.trim());
        if (own.length && consistent(tv, [...(pv as VnNumber[]), ...own.map((m) => ({ value: m.sum - m.total, decimals: m.decimals }))], money)) continue;
        // (a wider place's whole over some of its places, "Hương Khê | 21", "Can Lộc | 18", … "Toàn tỉnh | 170" in a district's report: only
        // parts above it are wrong)
        // (… unless another column of the rows makes its whole: then the rows are all of it — "Kế hoạch | 9 | 7 | 6 | Toàn tỉnh | 22")
        if (widerWhole(total[labelCol(total)] ?? '', unitLevel) && values.reduce((a, v) => a + v, 0) < tv.value && !(complete ??= columnsAddingUp(parts, total, width, labelCol(total), true) > 0)) continue;
        const at = rowAt[rowIndex(total)];
        const paragraph = t.rowFirst[at] ?? t.first;
        out.push({ paragraph, excerpt: rowLine(total, t.covered[at]), ...asRead(tv, pv as VnNumber[]), unit: tv.unit, column: header[col] });
      }
    }
  }
  return out;
}

/** A whole's cell whose whole number stands above each part's, all of them whole numbers given: a sum, no level. */
function sumAbove(whole: string | undefined, parts: Array<string | undefined>): boolean {
  const w = cellNumber(whole ?? '');
  const ps = parts.map((p) => cellNumber(p ?? ''));
  return !!w && w.decimals === 0 && ps.length >= 2 && ps.every((p) => !!p && p.decimals === 0 && p.value < w.value);
}

/** A table's caption that gives its unit as "%" ("(ĐVT: %)", "Đơn vị tính: %", "(%)") or names a table of rates or averages ("Biểu 2. Tỷ lệ …"). */
const RATES_CAPTION = new RegExp(`(?:${COLUMN_ROLES.unit.set.phrases.join('|')})\\s*:?\\s*%|\\(\\s*%\\s*\\)|^\\s*(?:${TABLE_LABEL.set.phrases.join('|')})\\s*[\\d\\p{L}]{0,4}\\s*[.:)-]?\\s*(?:${LEVEL_HEADER.set.phrases.join('|')})(?![\\p{L}])`, 'iu');

/** Money as a unit ("triệu đồng", "(đồng)", "ĐVT: tỷ đồng"), not the word in "đồng bào", "cộng đồng". */
const MONEY_UNIT = /(?:triệu|tỷ|nghìn|ngàn)\s*đồng|(?:\(|:)\s*đồng\s*\)?|trđ|tr\.đ/iu;

/** A cell that is a fraction alone: "14/15", "162/194". */
export const FRACTION_CELL = /^\s*(\d[\d.]*)\s*\/\s*(?!(?:19|20)\d\d\s*$)(\d[\d.]*)\s*$/u;

/** Figures that rise (or stay) down the rows, their whole the last of them: a running total. */
function runningTotal(values: Array<VnNumber | null>, whole: VnNumber | null): boolean {
  if (!whole || values.length < 2 || values.some((v) => !v)) return false;
  const vs = values as VnNumber[];
  return vs.every((v, i) => i === 0 || v.value >= vs[i - 1].value) && Math.abs(vs[vs.length - 1].value - whole.value) < 1e-9;
}

/** A row label that is a running total ("Lũy kế đến 31/12/2020"). */
const RUNNING_ROW = /^\s*(?:lũy kế|luỹ kế)(?![\p{L}])/iu;

/** A row labelled by a period ("2014", "Năm 2015", "Giai đoạn 2016 - 2020", "6 tháng đầu năm"): rows of a running total. */
const PERIOD_ROW = /(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\p{L}])(?:năm|giai đoạn|tháng|quý)(?![\p{L}])/iu;

/** A column header that names a count: "Số hộ", "Tổng số …", a unit in brackets other than "%" ("(hộ)"). */
const COUNT_HEADER = /(?<![\p{L}])số(?![\p{L}])|\((?!\s*%)[^()]*\p{L}[^()]*\)/iu;

/** Rows whose figures are rates, averages or levels, not amounts: "Tỷ lệ …", "Bình quân …", "Tốc độ …", "Mức …", "Số tiêu chí bình quân",
 * a count at a time ("Số xã dưới 10 tiêu chí (cuối kỳ)", "Số hộ nghèo còn lại"). */
export const NOT_SUMMED_ROW = /tỷ lệ|bình quân|trung bình|tốc độ|mức|độ che phủ|thu nhập|chỉ số|hệ số|cuối kỳ|đầu kỳ|(?<![\p{L}])còn(?![\p{L}])/iu;

/** Columns whose figures are no parts of a sum across the row: units, shares, averages, numbers, plans and running totals. */
const NOT_A_PART = /tỷ lệ|%|bình quân|đơn vị|đvt|stt|^\s*tt\b|mã|ngày(?!\s+công)|kế hoạch|\bkh\b|mục tiêu|chỉ tiêu|dự toán|lũy kế|luỹ kế|so sánh|tăng|giảm|ghi chú/iu;

/**
 * A total column at the right ("2011 - 2015 | 2016 - 6/2019 | Tổng cộng"): on each row the columns before it,
 * after the label, add up to it. The column is taken for a sum only when at least as many rows agree with it as not.
 */
function rowTotals(t: { rowFirst: number[]; first: number; covered: Array<Set<number> | undefined> }, header: string[], body: string[][], rowAt: number[], labelCol: (row: string[]) => number, money = false): TotalMismatch[] {
  const first = Math.max(...body.map((r) => labelCol(r))) + 1;
  // the total at the right of its parts; or at the left, its parts after it opening on "Trong đó" ("Tổng giá trị | Trong đó: Tiền mặt |
  // Hiến đất (quy đổi) | Ngày công, hiện vật (quy đổi)") — parts that need not be all of it, so only more than it is wrong
  const start = Math.max(1, first);
  const left = money && start + 1 < header.length - 1 && isTotal(header[start] ?? '') && PART_ROW.test(header[start + 1] ?? '');
  const totalCol = left ? start : header.length - 1;
  if (!left && (totalCol < 3 || !isTotal(header[totalCol] ?? ''))) return [];
  const parts: number[] = [];
  const [from, to] = left ? [start + 1, header.length] : [start, totalCol];
  for (let j = from; j < to; j++) if (!NOT_A_PART.test(header[j] ?? '')) parts.push(j);
  if (parts.length < 2 || (!left && parts.length < totalCol - start - 1)) return [];
  const good: number[] = [];
  const bad: TotalMismatch[] = [];
  body.forEach((row, i) => {
    // a row of rates, averages or levels ("Tỷ lệ hộ nghèo | % | 6,8 | 5,1 | 3,4 | 3,1") is no sum across its years
    if (isTotal(row[labelCol(row)] ?? '') || NOT_SUMMED_ROW.test(row.slice(0, Math.max(1, first)).join(' ')) || /%/.test(row.join(' '))) return;
    const tv = cellNumber(row[totalCol] ?? '');
    const pv = parts.map((j) => cellNumber(row[j] ?? ''));
    if (!tv || pv.some((v) => v === null || v.unit !== tv.unit)) return;
    const money = /đồng/iu.test(`${row.join(' ')} ${tv.unit}`);
    if (consistent(tv, pv as VnNumber[], money)) return void good.push(i);
    const sum = (pv as VnNumber[]).reduce((s, v) => s + v.value, 0);
    if (left && sum <= tv.value) return void good.push(i);
    bad.push({ paragraph: t.rowFirst[rowAt[i]] ?? t.first, excerpt: rowLine(row, t.covered[rowAt[i]]), total: tv.value, sum, decimals: Math.max(tv.decimals, ...(pv as VnNumber[]).map((v) => v.decimals)), unit: tv.unit, column: header[totalCol].trim(), row: (row[labelCol(row)] ?? '').trim() });
  });
  return good.length >= Math.max(1, bad.length) ? bad : [];
}

/** "Tổng vốn huy động 520 tỷ đồng, gồm: ngân sách trung ương 200 tỷ đồng; …": the parts must make the total. */
/** A count of a noun the quantities do not know as a unit ("64 cầu", "34 cơ sở") takes the word after it, marked, as its unit: a "gồm" list of "18 cầu …, 27 cầu …" then adds up to it. */
const NOUN_MARK = '~';
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
 * 86 bồn, …").
 */
const fitsUnit = (part: string, whole: string, headOnly = false) =>
  sameUnit(part, whole) || (whole.startsWith(NOUN_MARK) && (part.startsWith(`${whole} `) || (headOnly && part.startsWith(NOUN_MARK) && !part.includes(' ') && whole.startsWith(`${part} `))));

/** The "gồm" lists of a paragraph (each one: "… (60%), gồm Phú Lạc (năm 2014), … Phân theo nhóm, 10 xã gồm: 06 xã …, 03 xã …"), whose parts must make their whole. */
export function listedTotals(text: string, paragraph: number): TotalMismatch[] {
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
/** Nouns of several kinds after a count, up to "gồm": " tin, bài, phóng sự, ". */
/** Right after a count of places, more kinds of place it counts: ", buôn", " và buôn", ", bản, làng" (group 1: the kinds). */
const PLACE_KINDS_AFTER = /^((?:\s*(?:,|và)\s*\p{Ll}+){1,3})(?![\p{L}])/u;
/** Nouns of two words side by side after a count, with commas, "và" or "/": "1.046 trang trại, gia trại chăn nuôi", "1.046 trang trại và gia trại", "trang trại/gia trại" (group 1: the others, their mark first). */
const NOUN_SERIES = /^\s+\p{L}+\s+\p{L}+((?:\s*(?:,|\/|\svà(?=\s))\s*\p{L}+\s+\p{L}+)+)/u;
const KINDS_SERIES = /^\s+(\p{L}+(?:\s\p{L}+)?(?:\s*,\s*\p{L}+(?:\s\p{L}+)?)+)\s*,?\s*$/u;
/** "148 tỷ 250 triệu đồng" as "148,250 tỷ đồng", padded to its length (positions in the text stay). */
function twoUnitMoney(s: string): string {
  if (!s.includes('tỷ')) return s;
  return s.replace(/(?<![\d.,])(\d{1,3}(?:\.\d{3})*)\s*tỷ\s+(\d{1,3})\s*triệu(\s*đồng)?/gu, (all, b: string, m: string) => `${b},${m.padStart(3, '0')} tỷ đồng`.padEnd(all.length, ' '));
}
/** At most so many "gồm" lists are read in one paragraph. */
const MAX_LISTS = 20;

function listedTotal(text: string, paragraph: number, m: RegExpExecArray): TotalMismatch[] {
  // (a "trong đó" within the list breaks an item down, and where that breakdown ends cannot be told: "gồm 10 xã đồng bằng, 4 xã
  // trung du, trong đó 2 xã có đồi chè, 6 xã miền núi" — no check; one after the list's ";" is of a new clause)
  // (… within the list's own sentence: a "trong đó" of the next one breaks down another figure)
  let rest = text.slice(m.index + m[0].length);
  const stop = /\.(?=\s+[\p{Lu}\d]|\s*$)|\n/u.exec(rest);
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
  const end = /\.(?=\s+[\p{Lu}\d]|\s*$)|\n/u.exec(list);
  if (end) list = list.slice(0, end.index);
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
  for (let outside = blankBrackets(list), at = outside.indexOf(';'); at >= 0; at = outside.indexOf(';', at + 1))
    if (estimateOrPlan(list.slice(at + 1, at + 41)) || actionCounted(list.slice(at + 1, at + 41))) {
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
  const judged = [TARGET_WORDS.find(list), CLAIM_MET.find(list), CLAIM_NOT_MET.find(list)].filter((h) => h).map((h) => h!.start);
  if (judged.length) list = list.slice(0, Math.min(...judged));
  // (… nor what a part's own "gồm" breaks it into: "Nhân dân đóng góp 4.770 triệu đồng (7,7%), gồm tiền mặt 2.990 triệu đồng và …")
  // (… but a bracket that holds only a place's count, right after its name, gives a part: "gồm: huyện Ninh Hải (08 xã), huyện Ninh Phước
  // (08 xã), …" — two such at least, the brackets made spaces)
  if ((list.match(PLACE_COUNT_BRACKET) ?? []).length >= 2) list = list.replace(PLACE_COUNT_BRACKET, (all, name: string, count: string) => `${name} ${count} `.padEnd(all.length, ' '));
  list = blankBrackets(list).replace(/(?:trong đó|(?<![\p{L}])(?:bao\s+)?gồm(?![\p{L}]))[^;]*/giu, (s) => ' '.repeat(s.length));
  // (the criteria a part's places reached describe them, as in a "trong đó" list: "17 xã gồm: 9 xã đạt 19/19 tiêu chí, 5 xã đạt từ 15 - 18
  // tiêu chí và 4 xã …")
  list = list.replace(CRITERIA_REACHED, (x) => x.replace(/\d/gu, 'x'));
  const after = unitSaidOnce(list, extractQuantities(list)).map((q) => withNoun(q, list));
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
  if (ofUnit(last.unit) < 2) {
    const clause = text.lastIndexOf(';', m.index);
    const earlier = [...counts].reverse().find((q) => q.start > clause && ofUnit(q.unit) >= 2);
    if (earlier) last = earlier;
    // (… and where no count's parts are named as it is, one whose parts are named by its head noun alone: "312 bồn chứa nước loại 1 m³ …,
    // gồm: ấp Sóc Cụt 86 bồn, …")
    else {
      headOnly = true;
      // (… never a threshold: "09 sản phẩm OCOP đạt 3 sao trở lên (…), gồm: sản phẩm 4 sao: …" counts no stars)
      const named = [...counts, last].reverse().find((q) => q.start > clause && !THRESHOLD_AFTER.test(head.slice(q.end, q.end + 24)) && ofUnit(q.unit) >= 2);
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
  const rise = (q: Quantity) => {
    const lead = list.slice(Math.max(0, q.start - 14), q.start);
    const d = DIFFERENCE_WORDS.find(lead);
    const bare = q.qualifier === 'above' && d?.phrase === 'hơn' && !/(?:nhiều|lớn|ít|cao|thấp|tăng|giảm|vượt)\s+hơn\s*$/iu.test(lead) && !/^[^,;]{0,20}so với/iu.test(list.slice(q.end, q.end + 40));
    return !!d && !bare;
  };
  // (a whole counted in several kinds, named one after another before "gồm": "326 tin, bài, phóng sự, gồm: 118 tin, 164 bài phản ánh
  // và 44 phóng sự chuyên đề" — a part may be of any of them)
  const series = total.unit.startsWith(NOUN_MARK) ? KINDS_SERIES.exec(head.slice(total.end)) : null;
  const kinds = series ? series[1].split(/\s*,\s*/u).map((k) => `${NOUN_MARK}${k.toLowerCase()}`) : [total.unit];
  // (a kind of two words may have been read as its first: "44 phóng sự chuyên đề" is a "phóng sự")
  // (money in another of its units is the same money, read in the whole's: "96,84 tỷ đồng gồm: ngân sách tỉnh hỗ trợ 31.500 triệu đồng; …")
  const inWholeUnit = (q: Quantity): Quantity => {
    const [from, to] = [MONEY_IN_MILLIONS[q.unit], MONEY_IN_MILLIONS[total.unit]];
    if (!from || !to || q.unit === total.unit) return q;
    const value = (q.value * from) / to;
    // (as many decimals as the figure has in the whole's unit: 31.500 triệu đồng is 31,5 tỷ đồng)
    let decimals = 0;
    while (decimals < q.decimals + 6 && Math.abs(Number(value.toFixed(decimals)) - value) > 1e-9) decimals++;
    return { ...q, value, unit: total.unit, decimals };
  };
  // (a whole of places of several kinds, named one after another, "58/137 thôn, buôn đạt chuẩn …, gồm 34 thôn và 26 buôn": a part of any
  // of those kinds, each bare, with only its kind before the next — as after "trong đó")
  const placeKinds = total.unit in PLACE_RANKS ? [...(PLACE_KINDS_AFTER.exec(head.slice(total.end))?.[1] ?? '').matchAll(/\p{Ll}+/gu)].map((k) => k[0]).filter((k) => k in PLACE_RANKS) : [];
  const ofPlaceKind = (q: Quantity) => placeKinds.some((k) => q.unit === k || q.unit.replace(NOUN_MARK, '').split(' ')[0] === k);
  let parts = after.map(inWholeUnit).filter((q) => q.kind === 'number' && (kinds.some((k) => fitsUnit(q.unit, k, headOnly) || (!!series && !!q.unit && k.startsWith(`${q.unit} `))) || ofPlaceKind(q)) && !rise(q));
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
  else if (total.kind === 'number' && isOnly(THINGS_COUNTED, total.unit) && !openList(list) && !someMore(list)) {
    // (the whole's own parts all before the first ";" end the list there: "14 sản phẩm OCOP …, gồm: 11 sản phẩm đạt 3 sao và 03 sản
    // phẩm đạt 4 sao (…); 09 chủ thể tham gia" — the owners are no products)
    const semi = list.indexOf(';');
    const items = itemCounts(semi > 0 && parts.every((q) => q.end <= semi) ? list.slice(0, semi) : list);
    if (items.length > parts.length && items.every((q) => q.value < total.value)) parts = items;
  }
  // (a share said of a part, "Nhân dân đóng góp 2,95 tỷ đồng …, chiếm gần 30% tổng kinh phí", is no item of the list)
  if (parts.length < 2 || after.some((q) => (q.kind === 'percent' && !SHARE_LEAD.test(list.slice(Math.max(0, q.start - 24), q.start))) || q.kind === 'fraction')) return [];
  // (a list that ends on an item with no figure that says there are more is open: "…, 6 dự án trường học và nhiều dự án thủy lợi")
  const lastItem = list.split(ITEM_SEP).filter((x) => x.trim()).pop() ?? '';
  if (!/\d/u.test(lastItem) && SOME_MORE.test(lastItem)) return [];
  const tv = figureOf(total);
  const pv = parts.map(figureOf);
  if (consistent(tv, pv, /đồng/u.test(total.unit))) return [];
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
  const others = !/đồng|(?<![\p{L}])(?:ha|km|m|tấn)(?![\p{L}])/u.test(total.unit) && pv.reduce((s, p) => s + p.value, 0) < tv.value ? otherNounItems(list, after, parts, total.value, rise) : [];
  if (others.length) {
    const all = [...pv, ...others.map(figureOf)];
    return consistent(tv, all, false) ? [] : [{ paragraph, excerpt: text, at: total.start, ...asRead(tv, all), unit: total.unit.replace(NOUN_MARK, '') }];
  }
  // a list whose own sentence names no whole ("… 1.822,2 tỷ đồng (64,0%). Cơ cấu nguồn vốn gồm: ngân sách nhà nước 612,8 tỷ đồng; …")
  // breaks down one of the whole paragraph's figures, not always the last: it agrees when it makes any of them
  const sentenceStart = head.search(/[.!?]\s+(?=\P{N}*$)/u);
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
  return [{
    paragraph, excerpt: text, at: total.start, ...asRead(tv, pv), unit: (headOnly ? parts[0].unit : total.unit).replace(NOUN_MARK, ''),
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
  const whole = new Set(normalize(before).split(' '));
  const words = normalize(lead).split(' ').filter((w) => w && !['cac', 'gom', 'bao'].includes(w));
  return words.length >= 1 && words.every((w) => whole.has(w));
}

/** How far a figure given roughly may lie from what is written, as factors: "hơn" above it, "gần"/"dưới" below it, "khoảng" either way. */
const ROUGH: Record<string, [number, number]> = { above: [1, 1.1], below: [0.9, 1], nearly: [0.9, 1], about: [0.9, 1.1] };

/**
 * Places listed with bare figures and the unit said once, after the last ("thị trấn Đức Thọ cũ 13, Tùng Ảnh 17, Tùng Châu 14,
 * Yên Hồ 17 khu dân cư"): a bare count followed by "," or "và" and a place's name, then the next count, counts what that one counts.
 */
function unitSaidOnce(list: string, qs: Quantity[]): Quantity[] {
  const out = qs.slice();
  for (let i = out.length - 2; i >= 0; i--) {
    const [q, next] = [out[i], out[i + 1]];
    if (q.kind !== 'number' || q.unit || q.qualifier || next.kind !== 'number' || !next.unit) continue;
    if (NAME_BETWEEN.test(list.slice(q.end, next.start))) out[i] = { ...q, unit: next.unit };
  }
  return out;
}
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
 * The items a list opens with when each is a count and its noun alone ("18 khách sạn, 41 nhà nghỉ và 75 homestay, đáp ứng …"): the
 * run stops at the first item that says more. Each noun is its own, none said twice.
 */
function kindParts(list: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  const nouns = new Set<string>();
  let at = list.search(/\S/u);
  for (const q of qs) {
    if (q.start !== at || q.kind !== 'number' || q.qualifier) break;
    const rest = list.slice(q.end);
    const sep = /,|;|\svà\s|$/u.exec(rest)!;
    const noun = `${q.unit} ${rest.slice(0, sep.index)}`.trim().toLowerCase();
    if (!noun || /\d/u.test(noun) || noun.split(/\s+/u).length > 3 || nouns.has(noun)) break;
    nouns.add(noun);
    out.push(q);
    at = q.end + sep.index + sep[0].length;
    at += list.slice(at).search(/\S|$/u);
  }
  // (a run that stops on an item with no figure leaves a part uncounted: "18 khách sạn, 41 nhà nghỉ và nhiều homestay")
  const next = list.slice(at).split(/,|;|\svà\s/u)[0];
  return next.trim() && !/\d/u.test(next) ? [] : out;
}
/** What parts a list's items: ",", ";", "và" (not the comma of a decimal: "7,8 km"). */
const ITEM_SEP = /,(?!\d)|;|\svà\s/gu;
/**
 * The count each item of a list opens on, where every item (between ",", ";" and "và", brackets aside) opens on a count of things:
 * "06 tuyến đường … với tổng chiều dài 7,8 km, 04 nhà văn hóa xóm và 03 công trình nước …" gives 6, 4, 3. An item that opens on
 * words, or on money, land or a length, leaves no reading.
 */
function itemCounts(list: string): Quantity[] {
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
    if (!q || q.kind !== 'number' || q.qualifier || /đồng|^ha$|^km$|^m$|tấn|%|người|hộ|lượt/u.test(q.unit)) {
      // (a figure inside an item, after its count, is the item's own: "… với tổng chiều dài 7,8 km"; words with no figure after a
      // counted item go on naming it: "38 công trình trường, lớp học", "64 nhà văn hóa thôn, bản")
      if (!out.length || (!/^\s*\d/u.test(item) && /\d/u.test(item))) return [];
      continue;
    }
    out.push(q);
  }
  return out;
}

/** A year or a capitalised name, then "là" or ":", right before a figure. */
const NAMED_PART_LEAD = /(?:năm\s+(?:19|20)\d\d|(?<![\p{L}])\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,4})\s*(?:là|:)\s*$/u;
/** A separator, then a name of one to five capitalised words. */
const NAME_BETWEEN = /^\s*(?:,|và)\s*(?:\p{Lu}\p{Ll}*\s+){1,5}$/u;

/** Units that count people. */
const PEOPLE_UNITS = new Set(['người', 'lao động', 'học viên', 'học sinh', 'hội viên', 'đoàn viên', 'nhân khẩu', 'khẩu', 'người lao động']);
/** Units that count the same thing: a total in "lao động" and parts in "người". */
const SAME_UNIT: string[][] = [['người', 'lao động', 'học viên'], ['thôn', 'làng', 'bản', 'buôn', 'ấp', 'xóm', 'tổ dân phố', 'khu dân cư']];
const sameUnit = (a: string, b: string) => a === b || SAME_UNIT.some((g) => g.includes(a) && g.includes(b));

/**
 * "Tổng … 1.245,6 tỷ đồng, trong đó: ngân sách trung ương 412,3 tỷ đồng; ngân sách tỉnh …": the parts
 * listed after "trong đó", to the end of the sentence (not what brackets break a part into), must not
 * exceed the figure right before it. Parts that nest ("274 thôn, bản, có 32 thôn, bản đặc biệt khó
 * khăn": the second a kind of the first), a fraction or a share among them, or a wider scope (the
 * country) mean they are not parts of that total.
 */
/** A part that names a kind of the whole's noun: the noun, then a few words of kind that say nothing it does ("phòng học mầm non"). */
function kindOfNoun(list: string, q: Quantity, noun: string): boolean {
  const words = (/^[^,;\d]*?(?=,|;|\svà\s|\d|$)/u.exec(list.slice(q.end, q.end + 120))?.[0] ?? '').trim();
  const rest = normalize(words).split(' ').slice(noun.split(' ').length).join(' ');
  const kind = words.split(/\s+/).slice(noun.split(' ').length).join(' ');
  return !!rest && rest.split(' ').length <= 4 && !PART_VERB.test(kind);
}

export function partsAboveTotal(sentence: string): PartsOver | null {
  // the last count before "trong đó"; or one before it of another unit the parts count too ("126 lớp … với 9.842 lượt …;
  // trong đó cấp huyện 18 lớp với 1.236 lượt, cấp xã 112 lớp với 8.606 lượt": the lớp are broken down as well)
  // (… or one before it whose unit the parts all count, the last count's being none of theirs: "6.791 tỷ đồng với 112.460 khách hàng
  // …; trong đó: cho vay hộ nghèo 812 tỷ đồng; …" breaks down the money)
  const over = partsAboveTotalOf(sentence, 0) ?? partsAboveTotalOf(sentence, 1) ?? partsAboveTotalOf(sentence, 1, false);
  if (over) return over;
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

/** How many criteria places reached, said of them: "19/19 tiêu chí", "từ 15 đến 18 tiêu chí", "10 - 14 tiêu chí", "dưới 10 tiêu chí". */
const CRITERIA_REACHED = /(?<![\d.,/])(?:(?:từ|dưới|trên)\s+)?\d{1,2}(?:\s*(?:\/|-|–|đến)\s*\d{1,2})?\s+tiêu chí(?![\p{L}])/giu;

/** An item that opens on an estimate or a plan ("ước cả năm 2023 đạt 265 km", "dự kiến năm 2024 …"): no part of a list before it. */
const estimateOrPlan = (item: string) => ((startsWith(QUALIFIERS.estimate, item) || startsWith(PLAN_WORDS, item)) && WHOLE_TIME.test(item)) || AVERAGE_LEAD.test(item);
/** An item that gives an average, no part: "; bình quân mỗi năm cứng hóa khoảng 521 km". */
const AVERAGE_LEAD = /^\s*(?:bình quân|trung bình|mỗi năm|hằng năm|hàng năm)(?![\p{L}])/iu;
/** A whole year or more, not a part of the total's span: "cả năm", "năm nay", "đến hết năm", "đến cuối năm" ("ước 6 tháng đầu năm 2024" is a part). */
const WHOLE_TIME = /(?<![\p{L}])(?:cả năm|năm nay|đến hết năm|đến cuối năm|cả giai đoạn)(?![\p{L}])/iu;

/** An item that opens on a verb right before a count: "xây dựng 12 nhà văn hóa", "tổ chức 06 lớp". */
function actionCounted(item: string): boolean {
  const t = item.replace(/^\s+/u, '');
  const hit = ACTION_LEAD.find(t);
  return !!hit && hit.start === 0 && /^\s*\d/u.test(t.slice(hit.end));
}

/** Whether every item of a list that holds a figure opens on words, its count after them: "cấp tỉnh 12 lớp, cấp huyện 64 lớp". */
function namedFirst(list: string): boolean {
  const items = list.split(/[,;]|\svà\s/u).filter((x) => /\d/u.test(x));
  return items.length >= 2 && items.every((x) => /^\s*:?\s*\p{L}/u.test(x));
}

/** Whether some item of a list says, after its count and noun, what the things did or who ran them ("86 lớp do Hội … chủ trì", "58 lớp có
 * doanh nghiệp phối hợp" — lexicon: part-verb, and "do"), not what kind they are ("84 lớp nghề nông nghiệp"). */
function traitsAfter(list: string): boolean {
  return list.split(/[,;]|\svà\s/u).some((x) => {
    const m = /^\s*\d[\d.,]*\s+\p{L}+\s+(.*)$/u.exec(x);
    return !!m && (PART_VERB.test(m[1]) || /^(?:do|bởi)(?![\p{L}])/iu.test(m[1]));
  });
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
  const before = extractQuantities(head).filter((q) => q.kind !== 'percent' && !(q.kind === 'number' && !q.unit && NAMED_BY_NUMBER.test(head.slice(Math.max(0, q.start - 40), q.start))));
  // (a count that only says where the whole lies is no whole of its own: "117 thôn thuộc 15 xã, trong đó 31 thôn …" — lexicon
  // where-words)
  // (… unless the parts count that: "45 thôn tại 12 xã, trong đó 8 xã đã hoàn thành, 6 xã …")
  if (before.length >= 2 && isOnly(WHERE_WORDS, head.slice(before[before.length - 2].end, before[before.length - 1].start)) && !sameUnit(extractQuantities(sentence.slice(m.index + m[0].length, m.index + m[0].length + 80)).find((q) => q.unit)?.unit ?? '', before[before.length - 1].unit)) before.pop();
  const lastQ = before[before.length - 1 - back];
  // (an earlier count: of a unit known and not that of the counts after it)
  if (back && (!lastQ?.unit || lastQ.kind !== 'number' || before.slice(before.length - back).some((q) => (paired && !q.unit) || sameUnit(q.unit, lastQ.unit)))) return null;
  // (a fraction's part is the total: "57/89 xã …, chiếm 64,0%, trong đó … 21 xã và … 38 xã")
  const total = lastQ?.kind === 'fraction' && lastQ.num && lastQ.unit ? { ...lastQ, kind: 'number' as const, value: lastQ.num.value, decimals: lastQ.num.decimals } : lastQ;
  // (a whole counted in a unit may be described at length before its parts, which must be of its unit: "Đã chuyển đổi 2.356 ha đất
  // trồng lúa kém hiệu quả sang trồng nho, táo, măng tây xanh và cây trồng cạn khác, trong đó: năm 2021 là 612 ha, …")
  if (!total || total.kind !== 'number' || head.slice(total.end).trim().length > (back || total.unit ? 160 : 80)) return null;
  // a count of a noun not among the known units ("186 trụ sở làm việc …, trong đó: 104 trụ sở …"): its first two words name it
  const nounAt = (text: string, at: number) => normalize(text.slice(at, at + 24)).split(' ').slice(0, 2).join(' ');
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
  if (DIFFERENCE_WORDS.find(lead) && (COMPARED_WITH.test(head.slice(total.end, total.end + 60)) || !/(?<![\p{L}])thêm\s*$/iu.test(lead))) return null;
  // "trong đó: a; b; c" lists over ";"; without the colon, ";" ends the list
  // (a "trong đó" inside brackets breaks down the figure before them, up to their close: "1.126 ha (trong đó 418 ha đang cho thu
  // hoạch), cà phê 612 ha" — the coffee is no part)
  const inBracket = sentence.lastIndexOf('(', m.index) > sentence.lastIndexOf(')', m.index);
  const close = inBracket ? sentence.indexOf(')', m.index) : -1;
  let list = blankBrackets(sentence.slice(m.index + m[0].length, close >= 0 ? close : undefined));
  if (!/^\s*(?:có\s*)?:/u.test(list) && list.includes(';')) list = list.slice(0, list.indexOf(';'));
  // (… and an item that compares ends it: "…; nhân dân đóng góp 4.385,5 tỷ đồng; so với giai đoạn 2011 - 2015 (…), giai đoạn
  // 2016 - 6/2019 huy động được 17.492,5 tỷ đồng" — lexicon compared-with)
  // (… and so does a verb right before a count: "…; xây dựng 12 nhà văn hóa cộng đồng" — lexicon action-lead)
  // (… and a rate of its own: "…: nghề nông nghiệp 1.482 người, nghề phi nông nghiệp 1.716 người; tỷ lệ lao động qua đào tạo đạt 65,2%")
  for (let outside = blankBrackets(list), at = outside.indexOf(';'); at >= 0; at = outside.indexOf(';', at + 1))
    // (… or a share that opens the item: "…; 100% sản phẩm có truy xuất nguồn gốc điện tử")
    if (startsWith(COMPARED_WITH, list.slice(at + 1, at + 41)) || actionCounted(list.slice(at + 1, at + 41)) || estimateOrPlan(list.slice(at + 1, at + 41)) || RATE_ITEM.test(list.slice(at + 1, at + 41)) || /^\s*(?:(?:và|có|đạt)\s+)?\d[\d.,]*\s*%/u.test(list.slice(at + 1, at + 41))) {
      list = list.slice(0, at);
      break;
    }
  // (… and so do the words of a target: "…, trong đó có 07 xã … nâng cao … và 02 xã … kiểu mẫu, góp phần cùng toàn tỉnh thực hiện mục
  // tiêu có ít nhất 15 xã …")
  const aim = TARGET_WORDS.find(list);
  if (aim) list = list.slice(0, aim.start);
  // (the criteria a part's places reached describe them, and are no part: "08 xã đạt 19/19 tiêu chí; 07 xã đạt từ 15 đến 18 tiêu chí")
  // (their digits made letters: the words stay, to tell the parts' kinds apart)
  list = list.replace(CRITERIA_REACHED, (x) => x.replace(/\d/gu, 'x'));
  // (a part's share said after it is no part: "76 thôn, trong đó 55 thôn đạt chuẩn …, chiếm 72,4%, 24 thôn đang tiếp tục xây dựng")
  const after = unitSaidOnce(list, extractQuantities(list)).filter((q) => !(q.kind === 'percent' && SHARE_LEAD.test(list.slice(Math.max(0, q.start - 24), q.start))));
  // (a real list holds a few dozen figures at most: a longer one is not read)
  if (after.length > MAX_PARTS || after.some((q) => q.kind === 'fraction' || q.kind === 'percent' || q.kind === 'range')) return null;
  // (an earlier count's parts come in pairs with the last count's, in the same order: "18 lớp với 1.236 lượt, 112 lớp với 8.606 lượt")
  // (… or all of the earlier count's unit, none of the last count's, the two joined by "với": "6.791 tỷ đồng với 112.460 khách hàng")
  if (back && !paired) {
    const last = before[before.length - 1];
    const units = after.filter((q) => q.kind === 'number').map((q) => q.unit);
    // (the words of the first count may run on before "với": "46 lớp học tập, quán triệt, tuyên truyền Nghị quyết với 3.915 lượt
    // người", not "so với")
    // (… its own figure said roughly: "với khoảng 98.500 lượt người")
    // (… or the two set side by side with a comma, one whole counted two ways: "Toàn xã có 642 hộ, 2.548 nhân khẩu, trong đó hộ nghèo 298
    // hộ, hộ cận nghèo 361 hộ")
    // (… or "cho", whom the first count served: "215 lớp học tập, quán triệt Nghị quyết cho 18.640 lượt cán bộ, …; trong đó cấp tỉnh 12 lớp, …")
    // (… the parts then named before their counts, "cấp tỉnh 12 lớp, cấp huyện 64 lớp": parts that open on their counts may be traits that
    // overlap, "86 lớp do Hội Nông dân huyện chủ trì, 58 lớp có doanh nghiệp phối hợp")
    // (… or "với sự tham gia của": "1.245 buổi tuyên truyền với sự tham gia của 86.500 lượt người")
    const joined = /^[\p{L}\s,]{0,80}?(?<![\p{L}])((?<!so\s)với|cho|tham gia của)\s+(?:(?:khoảng|gần|trên|hơn|hàng)\s+)?$/u.exec(head.slice(total.end, last.start));
    if (!joined && !/^\s*,\s*$/u.test(head.slice(total.end, last.start))) return null;
    if (joined?.[1] === 'cho' && !namedFirst(list) && traitsAfter(list)) return null;
    if (units.length < 2 || units.some((u) => !sameUnit(u, total.unit)) || (last.unit && units.some((u) => sameUnit(u, last.unit)))) return null;
  } else if (back) {
    const later = before[before.length - 1].unit;
    const units = after.map((q) => q.unit);
    if (units.length < 4 || units.length % 2 || units.some((u, i) => !sameUnit(u, i % 2 ? later : total.unit))) return null;
  }
  // (not a rise or fall said of the total after its parts: "…, trong đó 39 … và 07 …, tăng 28 sản phẩm so với cuối năm 2020")
  // (… nor the level a change starts from: "số xã … nâng cao từ 15 xã lên 18 xã" gives the 18)
  const change = (q: Quantity) => !!DIFFERENCE_WORDS.find(list.slice(Math.max(0, q.start - 14), q.start)) || (/(?<![\p{L}])từ\s*$/iu.test(list.slice(Math.max(0, q.start - 6), q.start)) && CHANGE_TO.test(list.slice(q.end, q.end + 40)));
  // (a part's own breakdown within its item is no part: "vốn ngân sách nhà nước 336,3 tỷ đồng (22,6%), gồm ngân sách trung ương
  // 98,4 tỷ đồng, …; vốn lồng ghép …" — the figures after "gồm" make up the 336,3)
  // (looked for over the 200 characters before the figure, in its item)
  const subPart = (q: Quantity) => {
    const from = Math.max(list.lastIndexOf(';', q.start) + 1, q.start - 200);
    const b = BREAKDOWN.findLast(list.slice(from, q.start));
    return !!b && after.some((p) => p !== q && p.start >= from && p.end <= from + b.start && sameUnit(p.unit, q.unit));
  };
  // (a part named by the whole's head noun alone, a word of no content after it: "1.236 tàu cá, trong đó 524 tàu có chiều dài …")
  const partNoun = (at: number) => {
    const raw = list.slice(at, at + 24).trim().split(/\s+/u);
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
  const otherKinds = total.unit in PLACE_RANKS ? [...(PLACE_KINDS_AFTER.exec(head.slice(total.end))?.[1] ?? '').matchAll(/\p{Ll}+/gu)].map((k) => k[0]).filter((k) => k in PLACE_RANKS) : [];
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
  let parts = after.filter((q) => q.kind === 'number' && !change(q) && !subPart(q) && (total.unit ? sameUnit(q.unit, total.unit) || byFirstWord(q) || ofKind(q) : !q.unit && (sameNoun(q.end) || ofSeries(q))));
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
  if (!total.unit && !colon && !ranked && !everyKind(parts) && (parts.length < 3 || !(banded || parts.every((q, k) => kindOrRest(q, k) || ofSeries(q))))) return null;
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
  if (parts.some((q) => doing(q) && !rest(q)) && parts.some((q) => !doing(q) && !rest(q))) return null;
  // (… nor groups of people of two dimensions, which overlap: "… 18.412 lao động là người dân tộc thiểu số (81,5%) và 9.640 lao động nữ
  // (42,7%)" — lexicon: person traits)
  const partWords = (k: number) => list.slice(parts[k].end, parts[k + 1]?.start ?? parts[k].end + 60).split(/[,;(]|\svà\s/u)[0];
  // (each part's dimensions; two parts of different ones overlap — "260 học sinh nữ, 240 học sinh nam" are both of age and sex)
  const dimensions = parts.map((q, k) => PERSON_TRAITS.map((set) => (set.test(`${q.unit} ${partWords(k)}`) ? '1' : '0')).join('')).filter((d) => d.includes('1'));
  // (only of people counted: "45 mô hình, trong đó 20 mô hình của Hội Liên hiệp Phụ nữ, 15 mô hình của Đoàn Thanh niên" are kinds)
  if (new Set(dimensions).size >= 2 && PEOPLE_UNITS.has(total.unit)) return null;
  const unit = total.unit || head.slice(total.end).trim().split(/\s+|\//u).slice(0, parts.some(byHead) ? 1 : 2).join(' ').replace(/[,;:.]+$/u, '');
  const sum = parts.reduce((s, q) => s + q.value, 0);
  const decimals = Math.max(total.decimals, ...parts.map((q) => q.decimals));
  // (… and so is a part whose label before its figure extends another's: "trong đó lao động qua đào tạo 4.913 người (75,8%), lao
  // động qua đào tạo có bằng cấp, chứng chỉ 2.174 người (33,5%)" — the certified are some of the trained)
  const labels = parts.map((q, i) => normalize(list.slice(i ? parts[i - 1].end : 0, q.start)));
  const extends_ = (xs: string[], i: number) => xs.some((o, j) => j !== i && o && xs[i] !== o && xs[i].startsWith(o + ' '));
  const kindOf = (i: number) => extends_(nouns, i) || extends_(labels, i);
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
  return sum > total.value * 1.0005 + 1e-9 ? { total: total.value, sum, unit, decimals, at: total.start } : null;
}

/** Whether the list's counts alternate, a part then a count of another unit (or the reverse), every part in its own pair. */
function pairedList(after: Quantity[], parts: Quantity[]): boolean {
  const odd = parts.includes(after[1]);
  return after.every((q, i) => parts.includes(q) === (odd ? i % 2 === 1 : i % 2 === 0) && (parts.includes(q) || !sameUnit(q.unit, parts[0].unit)));
}

/** A count and the names given with it in brackets: "04 thôn … kiểu mẫu (Lập Phước, Lập Thuận, Lập Đông)" names three. */
export interface NamedCountMismatch {
  count: number;
  names: number;
  raw: string;
  excerpt: string;
}

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

/** Words before a colon that pick some of the things counted out. */
const SELECTION = /(?<![\p{L}])(?:tiêu biểu|điển hình|trong đó|như|một số|chủ yếu|nổi bật|gồm các)(?![\p{L}])/iu;
/** A count, its noun (any, in up to three words), a few words, a colon, then names to the sentence's end — not a number that names a
 * kind ("sản phẩm 3 sao:", "tiêu chí số 4:", "19 tiêu chí:"). */
const NAMED_AFTER_COLON = new RegExp(String.raw`(?<![\p{L}\d.,/]|(?:số|tiêu chí|nhóm|loại|hạng)\s)(\d{1,3})(?:\s*\/\s*\d{1,3})?\s+(?=\p{L})(?!(?:sao|tiêu chí|năm|tháng|ngày|điểm|lần)(?![\p{L}]))([^()\d;.:]{0,90}):\s*([^();:]{3,300}?)(?=\.(?!\d)|$)`, 'gu');

/**
 * Counts that do not match the names given with them. Only a bracket that is nothing but names (each
 * opening with a capital, no figure, separated by commas or "và") is read; "(trong đó …)", "(đạt 70%)"
 * and the like are not lists of names.
 */
/** The year a name is given with in a list: "Thống Nhất năm 2022", "Nhật Tân (2023)". */
const NAME_YEAR = /\s*(?:\(\s*)?(?:năm\s+)?(?:19|20)\d\d\s*\)?$/u;

/** Names that leave the list open: an ellipsis or "v.v." closing it (or words opening it: lexicon list-opener). */
const OPEN_END = /(?:\.\.\.|…|\bv\.\s?v\.?|\bvv\.?)\s*$/u;
/** A list that names a part with no figure: "… và các huyện khác", "… và một số cơ sở khác", "… và nhiều homestay". */
const SOME_MORE = /(?<![\p{L}])(?:khác|còn lại|nhiều|một số)(?![\p{L}])/iu;
/** A list with an item that names more with no figure ("… và nhiều dự án thủy lợi"); "19 công trình khác" counts the rest. */
const someMore = (list: string) => SOME_MORE.test(list) && blankBrackets(list).split(ITEM_SEP).some((item) => !/\d/u.test(item) && SOME_MORE.test(item));
const openList = (names: string) => OPEN_END.test(names) || startsWith(LIST_OPENER, names);

export function namedCountMismatches(text: string): NamedCountMismatch[] {
  const out: NamedCountMismatch[] = [];
  if (!text.includes('(') && !text.includes(':')) return out;
  // (a bracket of names, or names after a colon to the sentence's end: "06 cơ sở homestay đạt chuẩn …: Homestay Bàn Thạch Xưa, …")
  const found: string[][] = [];
  if (text.includes('(')) {
    NAMED_COUNT.lastIndex = 0;
    for (let m = NAMED_COUNT.exec(text); m; m = NAMED_COUNT.exec(text)) found.push([m[0], m[1], m[2], m[3], '(']);
  }
  if (text.includes(':')) {
    NAMED_AFTER_COLON.lastIndex = 0;
    for (let m = NAMED_AFTER_COLON.exec(text); m; m = NAMED_AFTER_COLON.exec(text)) found.push([m[0], m[1], m[2], m[3], ':']);
  }
  for (const m of found) {
    // (names after words that pick some of them out are a selection: "03 sản phẩm OCOP mới, tiêu biểu là:", "06 xã …, trong đó các xã
    // đạt chuẩn nâng cao:")
    if (m[4] === ':' && SELECTION.test(m[2])) continue;
    // "(thôn Trà Va, xã Quế Thọ; thôn Bình Hòa, xã Quế Lưu)": ";" parts the names; a larger place after a name is
    // where it lies ("(xã Đông Sang, huyện Mộc Châu)"), not one more name
    const counted = rankOf(COUNTED, m[0]);
    // "11 xã …, tập trung ở các huyện miền núi (A, B, C)": the names belong to the nearer place before the bracket
    // (an authority is no place the names are in: "được UBND tỉnh công nhận")
    const between = [...m[2].replace(/nông thôn|(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Ban Chỉ đạo|Ban Thường vụ)\s+(?:tỉnh|huyện|thị xã|thành phố|xã)/giu, '').matchAll(ANY_PLACE)];
    if (between.some((b) => PLACE_RANKS[b[1].toLowerCase()] !== counted)) continue;
    // "62 sản phẩm OCOP đưa lên sàn TMĐT (Postmart, Voso, Shopee)": the names are of the thing named just before them
    // (… named within the last few words before the bracket, for a count of things: places name where they are by the place
    // words above, and "04 xã hoàn thành các tiêu chí ở mức cao (…)" names the communes)
    const elsewhere = counted === undefined ? NAMES_ELSEWHERE.findLast(m[2]) : null;
    if (elsewhere && m[2].slice(elsewhere.end).trim().split(/\s+/).length <= 3) continue;
    // (names grouped by year: "(Yết Kiêu, Thống Nhất năm 2022; Toàn Thắng, Nhật Tân năm 2023)" — each group's names count)
    const raw = m[3].split(/\s*[;,]\s*|\s+và\s+/u);
    const items = raw
      .map((s) => s.trim().replace(NAME_YEAR, ''))
      .filter((s) => s && !(counted !== undefined && (rankOf(NAMED_PLACE, s) ?? 9) < counted))
      .map((s) => s.replace(/^(?:xã|thôn|huyện|ấp|bản|thị trấn|phường)\s+/iu, ''));
    if (items.length < 2 || !items.every((s) => UPPER_FIRST.test(s) && s.split(/\s+/).length <= 5 && !/\d/.test(s))) continue;
    // (communities, not places: "11 xã thuộc vùng đồng bào dân tộc thiểu số (S'tiêng, M'nông, Tày, Nùng)")
    if (items.every((s) => ETHNIC.has(apostrophe(s)))) continue;
    const count = Number(m[1]);
    // (a list left open — "(thôn Thạch Tân, Xuân Quý, Đông Yên...)", "(như A, B…)" — names some of them: only more names disagree)
    if (items.length < count && openList(m[3])) continue;
    // (names given with the year each was reached may leave out those reached before: "03/9 xã đạt chuẩn (xã Măng Cành năm
    // 2022, xã Hiếu năm 2023)" — only more names than the count disagree then)
    const dated = raw.some((s) => NAME_YEAR.test(s.trim()));
    if (dated && items.length < count) continue;
    // (fewer than half as many names as the count is a selection or where they lie — "24 xã miền núi cao (Kỳ Sơn, Tương Dương,
    // Quế Phong)" names three districts — not a list grown stale)
    if (items.length * 2 < count) continue;
    // (a name may hold "và": "HTX Nông nghiệp và Dịch vụ Hải Thượng", "Giáo dục và Đào tạo" — the names counted apart by commas alone
    // agreeing with the count is no mismatch)
    const byCommas = m[3].split(/\s*[;,]\s*/u).filter((x) => x.trim()).length;
    if (count !== items.length && count !== byCommas) out.push({ count, names: items.length, raw: m[0].slice(0, m[0].indexOf(m[4])).trim(), excerpt: text });
  }
  return out;
}

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

export function shareMismatches(written: string): ShareMismatch[] {
  const out: ShareMismatch[] = [];
  // (money in two units is one sum: "186 tỷ 420 triệu đồng" is 186,420 tỷ đồng, not 420 triệu đồng)
  const text = twoUnitMoney(written);
  // (a share is written with "%": most paragraphs with figures have none, and one look at a character costs less than a phrase set)
  // (… or a share of money in a bracket of its own: "vốn tín dụng 3.105,2 tỷ đồng (47,4%)")
  const bareOk = text.includes('%') && bareSharesFit(text);
  // (… or a count's share in a bracket of its own after a whole of all of the unit's: "Tổng số hộ toàn xã 2.846 hộ, trong đó hộ nghèo
  // 41 hộ (1,44%), hộ cận nghèo 96 hộ (3,73%)" — 3,37%)
  const allOfUnit = text.includes('%') && UNIT_WHOLE.test(text);
  if (!text.includes('%') || !(SHARE_OF_WHOLE.test(text) || bareOk || allOfUnit) || !BREAKDOWN.test(text) || !(TOTAL_ROW.test(text) || text.includes('đồng') || allOfUnit)) return out;
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
    if (!shareLead(text.slice(part.end, share.start), bare || bareCount) || !(/^\s*(?:[),;.]|$)/u.test(after) || startsWith(WHOLE_NAMED, after))) continue;
    // the whole: the first figure of the part's unit whose sentence or clause opens on "Tổng" before the part, with "trong đó"
    // or "gồm" between them ("Tổng nguồn lực … 33.205 triệu đồng. Trong đó, …"), itself no share of a larger whole
    // (the figures of the last stretch of the paragraph: a whole is stated within a few dozen figures of its parts)
    const earlier = qs.slice(Math.max(0, i - 1 - MAX_BACK), i - 1).filter((q) => q.kind === 'number' && sameUnit(q.unit, part.unit));
    const opensOnTotal = (q: Quantity) => {
      const sentence = text.slice(Math.max(0, q.start - 100), q.start).split(/[.;](?:\s|$)/u).pop() ?? '';
      // (… or after a run-in label: "- Tiêu chí số 11 về Nghèo đa chiều: Tổng số hộ toàn xã 2.846 hộ")
      // (… or, for a bare share, a whole of all of the unit's said so, its unit bare: "Toàn xã có 2.846 hộ, …", "Xã có tổng số 2.846 hộ, …")
      return startsWith(TOTAL_ROW, sentence) || startsWith(TOTAL_ROW, sentence.split(/,\s/u).pop() ?? '') || startsWith(TOTAL_ROW, sentence.split(/:\s/u).pop() ?? '') || (bareCount && wholeOfUnit(text, q));
    };
    // (… or a sum of money its parts follow at once, in the part's sentence: "huy động tổng nguồn lực 883,3 tỷ đồng, trong đó vốn tín
    // dụng 318,4 tỷ đồng (chiếm 38,6%)" — a count's parts take rates of all of their kind: "1.250 hộ, trong đó hộ nghèo 520 hộ (chiếm
    // 4,2%)" is 4,2% of all households)
    const partsFollow = (q: Quantity) => /đồng/u.test(q.unit) && !/[.;]\s/u.test(text.slice(q.end, part.start)) && startsWith(BREAKDOWN, text.slice(q.end, q.end + 40).replace(/^\s*[,(:]?\s*/u, ''));
    const t = earlier.findIndex((q) => opensOnTotal(q) || partsFollow(q));
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
    const wholes = qs.slice(Math.max(0, i - 1 - MAX_BACK), i + MAX_BACK).filter((q) => q.kind === 'number' && q !== part && sameUnit(q.unit, part.unit) && q.value > part.value);
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
