/**
 * A table's whole row, column or row total against the rows or columns it sums ("Tổng cộng", "Toàn huyện", "Cộng"), subtotals and
 * groups among them.
 */
import { YEAR_ALONE } from './dates';
import { captionOf, tables, type DocModel, type TableView } from './model';
import { sideBySide } from './table-transpose';
import { formatVn, parseVnNumber, roundingInterval, shareAgrees, type VnNumber } from './numbers';
import { clauses, extractQuantities, type Quantity } from './quantities';
import { PERSON_TRAITS, COLUMN_ROLES, TABLE_LABEL, BREAKDOWN, LIST_OF_WHOLE, WHERE_WORDS, QUALIFIERS, PLAN_WORDS, THINGS_COUNTED, CLAIM_MET, COMPARED_WITH, CLAIM_NOT_MET, DIFFERENCE_WORDS, NAMES_ELSEWHERE, LEVEL_HEADER, POINT_IN_TIME_HEADER, LIST_OPENER, PART_VERB, REMAINDER_PART, SHARE_OF_WHOLE, WHOLE_NAMED, isOnly, SCOPE_WIDER, SUB_ROW, TARGET_WORDS, TOTAL_ROW, TOTAL_ROW_WHOLE, TRAIT_PART, FUNCTION_WORDS, ACTION_LEAD, eitherCase, startsWith, COOPERATIVE_KIND } from './lexicon';
import { blankBrackets, normalize, rowLine } from './text';
import { PLACE_RANKS } from './scope';
import { ETHNIC_NAMES } from './lexicon/ethnic';
import { SETTLEMENT_WORDS } from './lexicon/settlements';
import { mayStartWith, PART_ROW, SUB_ROW_FIRSTS } from './chars';
import { MONEY_IN_MILLIONS } from './lexicon/figures';
import { LEFT_BLANK, NATION_WHOLE, PROVINCE_WHOLE, DISTRICT_WHOLE, SHARE_LEAD, NAMED_BY_NUMBER } from './lexicon/patterns';
import { TOTAL_SCOPE, CHANGE_TO, MEASURE_UNIT, RATE_ROW, REACHED_ROW, RELATION_BEFORE, TIME_NOUN, RATE_ITEM, WHOLE_MEASURED, RANKED_KIND, AVERAGE_BEFORE, PER_UNIT_AFTER, CLAUSE_AFTER_COMMA, CRITERIA_CAPTION, RUNNING_ITEM, YEAR_ITEMS, THRESHOLD_AFTER, AVERAGE_ROW, GROUP_NAMED } from './lexicon/patterns-sums';
import { asRead, cellNumber, consistent, hasLetter, isSubRow, isSubtotal, isTotal, spanTotal, type TotalMismatch } from './totals-common';

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
  // (… not a row numbered as a group or an item, which is the body's: "I | Giao thông | | ", "A | Vùng đồng bằng | << | <<" — a row of
  // column letters, "A | B | 1 | 2", is the header's)
  const numbered = (r: string[]) => /^\s*(?:[IVX]+|\d+)\s*[.)]?\s*$/u.test(r[0] ?? '') || (/^\s*[A-H]\s*[.)]?\s*$/u.test(r[0] ?? '') && /\p{L}{2}/u.test(r[1] ?? ''));
  // (… and a row that numbers the columns, "A | B | 1 | 2 | 3" or "(1) | (2) | (3)", is the header's: letters then figures, each one more)
  while (nHead < Math.min(3, t.rows.length - 2) && !numbered(t.rows[nHead]) && (!t.rows[nHead].some((c, j) => j > 0 && (cellNumber(c) || FRACTION_CELL.test(c))) || subHeader(t.rows[nHead]) || columnNumbers(t.rows[nHead]))) nHead++;
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

/** A row that numbers the table's columns: "A | B | 1 | 2 | 3", "(1) | (2) | (3) | (4)" — letters in order, then figures each one more. */
function columnNumbers(r: string[]): boolean {
  const cells = r.map((c) => c.trim().replace(/^\((.*)\)$/u, '$1'));
  if (cells.length < 3) return false;
  const letters = cells.findIndex((c) => !/^[A-Z]$/u.test(c));
  const from = letters < 0 ? cells.length : letters;
  if (cells.slice(0, from).some((c, k) => c.charCodeAt(0) !== 65 + k)) return false;
  const figures = cells.slice(from);
  return figures.length >= (from >= 2 ? 1 : 2) && figures.every((c, k) => /^\d{1,2}$/u.test(c) && Number(c) === Number(figures[0]) + k) && (from > 0 || Number(figures[0]) <= 1);
}

/** Whether a row's first cell is group `g`'s row: its number alone or opening its label ("II", "II. …", "II- …", "II: …", "Phần II - …"). */
function opensGroup(cell: string, g: string): boolean {
  const c = cell.trim().replace(/^(?:phần|nhóm|mục)\s+/iu, '');
  return c.startsWith(g) && /^(?:\s*[.):\-–])?(?:\s|$)/u.test(c.slice(g.length));
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
/** A group's number alone in the row-number cell: "I", "II.", "A)". */
const GROUP_NUMBER = /^\s*(?:[IVX]+|[A-H])\s*[.)]?\s*$/u;
/** A whole row that closes one group: "Cộng", "Cộng I", "Cộng (II)", "Cộng nhóm A". */
const GROUP_CLOSE = /^\s*cộng(?:\s+(?:\(?\s*(?:[IVX]+|[A-H])\s*\)?|nhóm\s+\S+))?\s*:?\s*$/iu;

export function tableTotals(doc: DocModel, unitLevel?: string): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  for (const t0 of tables(doc)) {
    // (a table laid out in halves side by side is read as one: "TT | Đơn vị | Số sản phẩm | TT | Đơn vị | Số sản phẩm")
    const t = sideBySide(t0) ?? t0;
    if (t.rows.length < 4) continue;
    const { header, body, rowAt, width } = tableGrid(t);
    // (money by source is split by its columns; counts under "Trong đó" may be traits that overlap, "Hộ DTTS | Hộ nghèo")
    const moneyTable = MONEY_UNIT.test(`${header.join(' ')} ${captionOf(doc, t).find((line) => line.trim()) ?? ''}`);
    // (the notes a cell carries, read only for a row that does not add up)
    const noteOf = (row: number, col: number) => {
      const to = t.rowFirst[row + 1] ?? t.last + 1;
      let out = '';
      for (let k = t.rowFirst[row] ?? to; k < to; k++) {
        const p = doc.paragraphs[k];
        if (p?.cell?.col === col && p.notes) out += ` ${p.notes.join(' ')}`;
      }
      return out;
    };
    const rowsOff = rowTotals(t, header, body, rowAt, labelCol, moneyTable, noteOf);
    out.push(...rowsOff);
    // (… or a total word then the words of a column's header, "Tổng số tiêu chí đạt" under "Số tiêu chí đạt": the whole of that column)
    // (a table of the criteria one to a row, asked only where a whole row says "Tổng số tiêu chí đạt": see criteriaOnly)
    let criteria: boolean | undefined;
    const criteriaRows = () => (criteria ??= criteriaOnly(header, body));
    // (a row numbered as an item whose total's word opens a name is one of the items: "5 | Cộng Hiền | 224" is the village of Cộng Hiền,
    // "12 | Tổng Xiêm | 64" a village — session 62, nzu04; not a whole row given a number, "6 | Tổng cộng", "05 | Toàn huyện", nor a subtotal,
    // "4 | Cộng vốn ngân sách nhà nước (1+2+3)", "| Cộng Sơn Kim 1 (cũ) |" — review-62 B6, B8, B13)
    const numberedOn = (r: string[]) => {
      if (!isItemNumber(r[0]) || labelCol(r) < 1) return false;
      const l = (r[labelCol(r)] ?? '').trim();
      const hit = TOTAL_ROW.atStart(l);
      return !!hit && NAME_NEXT.test(l.slice(hit.end));
    };
    const totalRow = (r: string[]) => (isTotal(r[labelCol(r)] ?? '') || isTotal(r[0] ?? '') || totalOfHeader(r[labelCol(r)] ?? '', header, criteriaRows) || !!spanTotal(r[labelCol(r)] ?? '')) && !numberedOn(r);
    let totalIdx = body.findIndex(totalRow);
    // a running total at the top ("Lũy kế đến 31/12/2020") over the periods after it, a total at the bottom ("Tổng cộng đến 30/6/2024"):
    // the first row is where the count started, one of the parts of the last
    if (totalIdx === 0 && body.length > 2 && RUNNING_ROW.test(body[0][labelCol(body[0])] ?? '') && totalRow(body[body.length - 1])) totalIdx = body.length - 1;
    // (rows of averages under the whole row are no parts, the whole the last that sums: "Tổng cộng | 52 | 112 | …" over "Bình quân tiêu
    // chí/xã | 15,71 | …" — where no row above it is an average or a rate: "Thu nhập bình quân …", "Tỷ lệ …" rows make a table of
    // indicators)
    // (… nor under a whole row that runs on from earlier years: "Lũy kế đến 30/6/2024 | 41" over "Năm 2021 | 3", … gives the whole so far,
    // no sum of the rows — a plain "Tổng cộng" over them does sum them)
    let end = body.length;
    const label = (r: string[]) => r[labelCol(r)] ?? '';
    const running = totalIdx > 0 && /lũy kế|luỹ kế/iu.test(body[totalIdx].join(' '));
    if (totalIdx > 0 && !running && !body.slice(0, totalIdx).some((r) => RATE_ROW.test(label(r)) || /bình quân|trung bình|tỷ lệ|tỉ lệ/iu.test(label(r))))
      while (end - 1 > totalIdx && (AVERAGE_ROW.test(label(body[end - 1])) || RATE_ROW.test(label(body[end - 1])))) end--;
    // (… nor rows under the whole row that break it down, no row number of their own: "Tổng cộng | 16.400 | 5.155 | …" over "| Trong đó:
    // hộ nghèo, cận nghèo được hỗ trợ lu, bồn chứa | | | 426" — session 56, nyi01)
    // (… only where the whole row shows it sums the rows above: two columns or more whose whole is their rows' sum exactly — else rows
    // that overlap, a base year's, an average's or rows of context above a whole whose parts are under it are read as parts: review-56 A1,
    // A8–A10)
    if (totalIdx > 0 && totalIdx < end - 1 && isSubRow(label(body[totalIdx + 1])) && body.slice(totalIdx + 1, end).every((r) => !(r[0] ?? '').trim() || isSubRow(r[0] ?? '')) && sumsAbove(body, totalIdx) >= 2) end = totalIdx + 1;
    // (two whole rows closing the table, "Cộng | 132,8" then "Tổng cộng | 138,2": the first closes the rows as a subtotal, the last is the
    // whole — read below as a subtotal that closes every row)
    // (… not in a table of numbered groups, "I", "II", whose "Cộng" may close the last group only)
    if (totalIdx > 0 && totalIdx === end - 2 && totalRow(body[end - 1]) && isSubtotal(label(body[totalIdx])) && !body.some((r) => GROUP_NUMBER.test(r[0] ?? ''))) totalIdx = end - 1;
    // (… in a table of numbered groups with no figures of their own, a "Cộng" closing each group, or only some, and the grand "Tổng cộng"
    // last: the last is the whole — each "Cộng" is read below against its own group's rows)
    const headings = body.filter((r) => GROUP_NUMBER.test(r[0] ?? '') && !r.slice(1).some((c) => cellNumber(c)));
    if (totalIdx > 0 && totalIdx < end - 1 && headings.length >= 2 && totalRow(body[end - 1]) && !GROUP_CLOSE.test(label(body[end - 1])) && body.slice(totalIdx, end - 1).every((r) => !totalRow(r) || GROUP_CLOSE.test(label(r)))) totalIdx = end - 1;
    if (totalIdx !== 0 && totalIdx !== end - 1) continue;
    let parts = body.filter((_, i) => i !== totalIdx && i < end);
    // (a whole row that names its span of years, "Tổng cộng 2021 - 6/2024", sums the rows of those years: it is read only where every
    // other row is a time and nothing else — "Năm 2021", "6 tháng đầu năm 2024", "Giai đoạn 2016 - 2020", "Trước năm 2021" — those wholly
    // outside the span left out, and a span's own subtotal among its years' rows ("Giai đoạn 2021 - 2023" after "Năm 2021" … "Năm 2023");
    // any other row — "Năm gốc (2020)", "Đến hết năm 2020", "Ước thực hiện cả năm 2024", "Lũy kế …", a row of money that names a year —
    // leaves the table unread (session 37, nti04; review-37b B3, review-37d S1–S9, review-37f A1–A8)
    const span = spanTotal(label(body[totalIdx]));
    if (span) {
      const yearsOf = (r: string[]) => {
        // (a bare year has no letter: its label is the first cell)
        const m = PERIOD_LABEL.exec(labelCol(r) < 0 ? r[0] ?? '' : label(r));
        return m ? [Number(m[2]) - (m[1] ? 1 : 0), ...(m[3] ? [Number(m[3])] : [])] : undefined;
      };
      const all = parts.map(yearsOf);
      if (all.some((ys) => !ys)) continue;
      const single = all.filter((ys) => ys!.length === 1).map((ys) => ys![0]);
      // (one year in two rows, "6 tháng 2024" and "Năm 2024 (đến 30/6)", or a half year beside its year, "6 tháng 2023" and "Năm 2023": rows
      // that overlap, which the whole does not add twice — review-42b E5, E6)
      if (new Set(single).size < single.length) continue;
      parts = parts.filter((_, k) => {
        const ys = all[k]!;
        if (ys.length === 2 && single.some((y) => y >= ys[0] && y <= ys[1])) return false;
        return ys.every((y) => y >= span[0] && y <= span[1]);
      });
    }
    // (a whole row that names its group, "Cộng kinh phí (B)", "Cộng II", sums the rows under that group's row only)
    const ofGroup = GROUP_NAMED.exec(label(body[totalIdx]));
    // (the group's number alone in its cell, "II", or opening its label, "II. Vốn ngoài ngân sách", "II- …", "II: …", "Phần II - …")
    const groupAt = ofGroup ? parts.findIndex((r) => opensGroup(r[0] ?? '', ofGroup[1] ?? ofGroup[2])) : -1;
    if (groupAt >= 0) parts = parts.slice(groupAt + 1);
    // groups numbered "I", "II" (or "A", "B") with their items "1", "2" under them: the total sums the groups
    const groups = parts.filter((r) => GROUP_NUMBER.test(r[0] ?? ''));
    // (… groups with no figure of their own are headings over their items, and the total sums the items: "I | Giao thông | | " over
    // "1 | Đường liên thôn … | 2.420")
    // (… each group with figures of its own against its items, where they are numbered: "I | Khu vực xã Xuân Đan (cũ) | 570" over "1 |
    // Đan Phổ | 196")
    const groupSums: Array<{ row: string[]; rows: string[][] }> = [];
    const item = (r: string[]) => isItemNumber(r[0]);
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
    const lettersNest = parts.some(item);
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
    // (a column headed "ĐVT" or "Đơn vị tính": "Đơn vị" alone heads the places of a table by place — or the units, where its cells are
    // units, not names: "Chỉ tiêu | Đơn vị | Năm 2010 | …" over "Diện tích lúa | ha", "Tổng đàn bò | con" — session 62, nzt05)
    let unitCol = header.findIndex((h) => /^\s*(?:đvt|đơn vị tính|đv tính)\s*$/iu.test(h ?? ''));
    if (unitCol < 0) {
      const at = header.findIndex((h) => /^\s*đơn vị\s*$/iu.test(h ?? ''));
      if (at >= 0 && body.every((r) => UNIT_CELL.test(r[at] ?? ''))) unitCol = at;
    }
    const unitOf = (r: string[]) => (r[unitCol] ?? '').trim().toLowerCase();
    // (… but a whole whose unit is left blank takes its rows' one unit, "Tổng cộng | | 8.110" under rows in ha; and a whole at the foot
    // sums the run of rows of its own unit right above it, two or more: "Chợ hạng II | chợ | 14", "Chợ hạng III | chợ | 92" over "Tổng số
    // chợ | chợ | 104" after rows in km and m2 — review-62 A4, A8; a whole at the top over rows of its unit among rows of others is a table
    // of indicators, its rows subsets: "Tổng số hộ | hộ" over "Số hộ nghèo | hộ", "Tỷ lệ hộ nghèo | %" — es02, te04)
    const wholeUnit = unitOf(total);
    const blankWhole = !wholeUnit && new Set(parts.map(unitOf)).size === 1;
    if (unitCol >= 0 && !blankWhole && parts.some((r) => unitOf(r) && unitOf(r) !== wholeUnit)) {
      let at = parts.length - 1;
      while (at >= 0 && rowIndex(parts[at]) >= totalIdx) at--;
      let from = at;
      while (from >= 0 && wholeUnit && unitOf(parts[from]) === wholeUnit) from--;
      if (totalIdx !== end - 1 || at < 0 || at - from < 2) continue;
      parts = parts.slice(from + 1, at + 1);
    }
    // … nor rows among which stands an average or a rate ("Tổng số xã | 119" over "Xã đạt chuẩn …", "Bình quân tiêu chí/xã | 17,6"):
    // a table of indicators
    if (totalIdx === 0 && parts.some((r) => RATE_ROW.test(r[labelCol(r)] ?? ''))) continue;
    // … nor, under a whole of all the things at the top ("Tổng số xóm | 98"), rows that each count those that reached a standard
    // ("Xóm đạt chuẩn nông thôn mới", "Xóm đạt chuẩn nông thôn mới kiểu mẫu"): subsets, none the rest of the whole (lexicon: reached-row;
    // session 61, nzp04)
    if (totalIdx === 0 && !REACHED_ROW.test(label(total)) && parts.every((r) => REACHED_ROW.test(label(r)))) continue;
    // "Cộng 2021-2023" under rows of years: the total of those years only (a "2020 (năm gốc)" row above it is the base)
    parts = ofSpan(total, parts);
    // subtotals among the rows ("Cộng giai đoạn 2011 - 2015" under its years): the whole sums the rows that are no subtotal, and
    // each subtotal the rows since the one before it
    const isSub = (r: string[]) => (isSubtotal(r[labelCol(r)] ?? '') || isSubtotal(r[0] ?? '')) && !numberedOn(r);
    const sums: Array<{ row: string[]; rows: string[][] }> = [];
    if (parts.some(isSub)) {
      // (a subtotal closes the rows above it; where the whole stands first, it opens the rows below it: "Tổng cộng", then "Cộng giai
      // đoạn 2011-2015" over its years)
      const ordered = totalIdx === 0 ? [...parts].reverse() : parts;
      let group: string[][] = [];
      // (a group's heading row starts its rows afresh: "Cộng" under group II closes group II's rows only — the rows in body order, each
      // heading passed once)
      const heads = totalIdx === 0 ? new Set<string[]>() : new Set(headings);
      let next = 0;
      for (const r of ordered) {
        for (; heads.size && next < body.length && body[next] !== r; next++) if (heads.has(body[next])) group = [];
        if (heads.size) next++;
        if (!isSub(r)) group.push(r);
        else {
          if (group.length >= 2) sums.push({ row: r, rows: group });
          group = [];
        }
      }
      parts = parts.filter((r) => !isSub(r));
    }
    // (… a subtotal that closes every row leaves a whole row that names a count of its own another count: "Tổng cộng hộ sử dụng nước sạch |
    // 4.519" then "Tổng số hộ dân | 4.625" — the households the share is of, no second sum of the same rows; a bare "Tổng cộng", "Tổng
    // cộng toàn huyện" under "Cộng 4 xã vùng dự án" is their sum again)
    // (… but one whose words are a column's header, "Tổng số hộ sử dụng nước sạch" under "Số hộ sử dụng nước sạch (hộ)", or that counts the
    // rows it closes, "Tổng cộng 3 xã" under three communes, is their sum again)
    if (!sums.some((s) => s.rows.length === parts.length) || sameRowsWhole(label(total)) || totalOfHeader(label(total), header) || countsRows(label(total), parts.length)) sums.unshift({ row: total, rows: parts });
    sums.push(...groupSums.filter((g) => g.rows.length >= 2));
    // a table whose line above says its figures are shares or levels ("Biểu 2. Tỷ lệ hộ nghèo theo huyện (ĐVT: %)"): none adds up
    // (the nearest line, and a caption's length: prose above a table may open on "Tỷ lệ …" and speak of something else)
    const caption = captionOf(doc, t).find((line) => line.trim()) ?? '';
    const ratesTable = caption.length <= 200 && RATES_CAPTION.test(caption);
    // each sum the table gives — the whole, then its subtotals — against the rows it closes (the names below are this sum's)
    for (const { row: total, rows: parts } of sums) {
      let periodRows: boolean | undefined;
      let timesOnly: boolean | undefined;
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
        // (… nor a level at each time over rows that are times and nothing else, "Năm 2021", "2022", "Đến 30/6/2024": a whole row that
        // repeats the last row's figure gives the level now, "Số HTX hiện có | 35 | 40 | 44 | 46 | Tổng cộng | 46" — or the first row's, under
        // a stock at each period's start, "Số HTX đầu kỳ | 412 | 425 | 444 | Cộng | 412" (lexicon: point-in-time-header); review-41 B24, B26)
        // (not rows whose labels hold a time among other words, "Xã Quý Lộc", "Thị trấn Năm Căn", "Đào tạo dưới 3 tháng" — review-41 B3 … B9)
        if ((timesOnly ??= parts.length >= 2 && parts.every((r) => timeAlone(r.slice(0, Math.max(0, labelCol(r)) + 1).join(' ')))) && repeatsEnd(parts, total, col, POINT_IN_TIME_HEADER.test(header[col] ?? ''))) continue;
        if (/lũy kế|luỹ kế/iu.test(header[col] ?? '') && ((periodRows ??= parts.some((r) => PERIOD_ROW.test(r.slice(0, Math.max(0, labelCol(r)) + 1).join(' ')))) || runningTotal(parts.map((r) => cellNumber(r[col] ?? '')), cellNumber(total[col] ?? '')))) continue;
        // (… nor the year a thing was done, "Năm thành lập", "Năm đạt chuẩn" — at the header's start: "Biến động trong năm | Thành lập mới"
        // counts what the year founded)
        // (… nor a measure per unit: "Giá trị sản xuất/ha đất trồng trọt (triệu đồng)", "Thu nhập (triệu đồng/người/năm)", "Số tiêu
        // chí đạt/xã")
        if (/tỷ lệ|%|bình quân|^\s*s?tt\s*$|(?<![\p{L}])(?:mã|ngày(?!\s+công))(?![\p{L}])|(?<!hộ\s*)\/\s*(?:ha|người|hộ|khẩu|lao động)(?![\p{L}])|(?<!(?:hộ|xã|thôn|huyện|thị trấn|phường|bản|ấp)\s*)\/\s*(?:xã|thôn)(?![\p{L}])|trên\s+0?1\s+(?:ha|người|hộ)(?![\p{L}])/iu.test(header[col] ?? '') || /^\s*năm\s*$|^\s*năm (?:đạt|công nhận|ban hành|thành lập)/iu.test(header[col] ?? '')) continue;
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
        // (… of the unit the column's other cells are written in: "1 | - | - | 1 | -" over "3 xã" — review-47c D9, D16)
        const written = parts.map((r) => r[col] ?? '').find((x) => x.trim() && !DASH_CELL.test(x));
        const dashUnit = written !== undefined ? cellNumber(written)?.unit ?? tv.unit : tv.unit;
        const cell = (r: string[]) => (DASH_CELL.test(r[col] ?? '') ? { value: 0, decimals: 0, unit: dashUnit } : cellNumber(r[col] ?? ''));
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
        // (… nor a whole that counts the rows themselves: "Cộng | 9 xã đạt chuẩn" under "Số tiêu chí đạt", over one commune a row headed
        // "Xã", says how many rows meet, not the column's sum — nwi05)
        // (… no more than the rows, over a column that is no column of marks, 1 or 0 a row, whose sum counts the rows — review-47c D3, D7)
        if (tv.unit && !pv[0]?.unit && tv.value <= parts.length && !(pv as VnNumber[]).every((v) => v.value === 0 || v.value === 1) && rowsOfWholeUnit(tv.unit, header[labelCol(parts[0] ?? total)] ?? '', header[col] ?? '')) continue;
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

/** Whether a whole's unit counts what each row is, by the label column's header ("xã đạt chuẩn" over rows headed "Xã"), the column's own header naming it not. */
function rowsOfWholeUnit(unit: string, labelHeader: string, header: string): boolean {
  const noun = normalize(unit).split(' ')[0];
  // (the rows' kind said as "Đơn vị", "Tên đơn vị", "Địa phương", or among kinds, "Xã, thị trấn" — review-47c D4, D5)
  const label = normalize(labelHeader).replace(/^ten\s+/u, '');
  const kinds = labelHeader.split(/,|(?<![\p{L}])và(?![\p{L}])/u).map((k) => normalize(k).replace(/^ten\s+/u, ''));
  // (… a column that counts criteria counts no places, whatever its group says: "Kết quả xã | Số TC NTMNC đạt" — ntd05)
  return !!noun && noun in PLACE_RANKS_FOLDED && (kinds.includes(noun) || /^(?:don vi|dia phuong)$/u.test(label)) && (!normalize(header).split(' ').includes(noun) || /(?<![\p{L}])(?:tc|tieu chi|chi tieu)(?![\p{L}])/u.test(normalize(header)));
}
const PLACE_RANKS_FOLDED = Object.fromEntries(Object.keys(PLACE_RANKS).map((k) => [normalize(k), true]));

/** A header cell that names places counted ("Số xã đạt …"), and one that counts criteria or their norms ("Số chỉ tiêu", "Số tiêu chí"). */
const PLACES_COUNTED = /(?<![\p{L}])(?:xã|thôn|ấp|bản|huyện|đơn vị)(?![\p{L}])/iu;
const NORMS_COUNTED = /(?<![\p{L}])số\s+(?:chỉ tiêu|tiêu chí)/iu;

/**
 * A table of the criteria one to a row: every row numbered but its whole row and the averages under it, its columns counting places ("Số
 * xã đạt …") — not a column of norms, "Số chỉ tiêu | Số chỉ tiêu đạt", whose whole row may give the criteria met across them (review-40 T3).
 */
function criteriaOnly(header: string[], body: string[][]): boolean {
  return header.some((h) => PLACES_COUNTED.test(h)) && !header.some((h) => NORMS_COUNTED.test(h)) && body.every((r) => {
    const label = r[labelCol(r)] ?? '';
    return /^\s*\d{1,2}\s*$/u.test(r[0] ?? '') || isTotal(label) || /^tong so tieu chi(?: dat)?$/u.test(normalize(label)) || AVERAGE_ROW.test(label);
  });
}

/** A total word, then words a header cell holds whole ("Tổng số tiêu chí đạt" under "Số tiêu chí đạt | << | <<"). */
function totalOfHeader(label: string, header: string[], criteriaRows: () => boolean = () => false): boolean {
  const t = label.trim();
  const hit = TOTAL_ROW.find(t);
  if (hit?.start !== 0) return false;
  const rest = normalize(t.slice(hit.end));
  if (rest.split(' ').length < 2) return false;
  // (… or, in a table of the criteria one to a row, "Tổng số tiêu chí đạt" under "Tên tiêu chí | Số xã đạt …": the criteria met, commune by
  // commune, that the counts of communes make together — session 40, nty05)
  // (… every other row a criterion's, numbered: rows of its norms under one, "^^ | Chỉ tiêu 17.10: …", leave the table unread — nty04)
  if (/^tieu chi(?: dat)?$/u.test(rest) && header.some((h) => /^(?:ten |noi dung )?tieu chi$/u.test(normalize(h ?? '')))) return criteriaRows();
  return header.some((h) => {
    const n = normalize(h ?? '');
    return n === rest || n === `so ${rest}` || n.startsWith(`${rest} `) || n.startsWith(`so ${rest} `);
  });
}

/** Whether a whole row under a subtotal that closes every row is their sum again: a bare total word ("Tổng cộng", "Tổng số"), or one with
 * its scope ("Tổng cộng toàn huyện", "Tổng cộng (I + II)") — not a count of its own ("Tổng số hộ dân", "Tổng số xã"), nor the whole of
 * another scope ("Toàn huyện (gồm cả thị trấn)"). */
function sameRowsWhole(label: string): boolean {
  const t = label.trim();
  const hit = TOTAL_ROW.find(t);
  if (hit?.start !== 0) return false;
  // (a bracket that widens it, "(cả vốn lồng ghép)", "(kể cả thị trấn)", makes it another whole)
  if (/\([^()]*(?<![\p{L}])(?:cả|gồm)(?![\p{L}])/iu.test(t.slice(hit.end))) return false;
  const rest = t.slice(hit.end).replace(/\([^()]*\)/gu, ' ').trim();
  if (!hasLetter(rest)) return true;
  // ("Tổng số" then a noun counts that noun, "Tổng số xã"; "Tổng số chung" is the whole)
  return /số$/iu.test(hit.phrase) ? /^(?:chung|toàn|cả)(?![\p{L}])/iu.test(rest) : TOTAL_SCOPE.test(rest);
}

/** Whether a whole row's label is a total word and the count of the rows it closes, in places: "Tổng cộng 3 xã", "Cộng 04 thôn". */
function countsRows(label: string, rows: number): boolean {
  const t = label.trim();
  const hit = TOTAL_ROW.find(t);
  if (hit?.start !== 0) return false;
  const m = /^\s*(\d{1,3})\s+(?:xã|thôn|huyện|ấp|bản|tổ dân phố|phường|thị trấn|đơn vị|khu dân cư|xã, thị trấn)\s*$/iu.exec(t.slice(hit.end));
  return !!m && Number(m[1]) === rows;
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

/** A row label that is a time and nothing else — "Năm 2021", "2022", "6 tháng đầu năm 2024", "Giai đoạn 2016 - 2020", "Trước năm 2021" —
 * "6 tháng 2025" and a year's part dated in a bracket after it, "2021 (từ 15/7)", "Năm 2025 (đến ngày 30/6/2025)", are of that year
 * (nve04) — not an estimate, "Năm 2024 (ước thực hiện)", which may overlap the rows of the year's months (review-37g T7), nor "Năm 2022
 * (từ nguồn vốn lồng ghép)" (review-42b E17)
 * (group 1: "trước", the years before; 2: the year; 3: a span's last year). */
const PERIOD_LABEL = /^\s*(?:(?:năm|giai đoạn|gđ)\s+|(trước)\s+năm\s+|\d{1,2}\s+tháng\s+(?:đầu\s+)?(?:năm\s+)?)?((?:19|20)\d\d)(?:\s*[-–]\s*(?:\d{1,2}\s*\/\s*)?((?:19|20)\d\d))?(?:\s*\(\s*(?:từ|đến)\s+(?:ngày\s+|tháng\s+)?\d{1,2}(?:\s*\/\s*\d{1,2})?(?:\s*\/\s*(?:19|20)\d\d)?\s*\))?\s*$/iu;
/** A row label that is an as-of date alone: "Đến 30/6/2024", "Tính đến hết năm 2023". */
const AS_OF_LABEL = /^\s*(?:tính\s+)?(?:đến|tới)\s+(?:(?:ngày|hết|cuối)\s+)?(?:\d{1,2}\s*\/\s*)?(?:\d{1,2}\s*\/\s*)?(?:(?:tháng|năm)\s+)?(?:\d{1,2}\s*\/\s*)?(?:19|20)\d\d\s*$/iu;
/** "Cuối năm 2021", "Đầu năm 2022", "Hết năm 2023" (review-41f K3). */
const YEAR_END_LABEL = /^\s*(?:cuối|đầu|hết)\s+năm\s+(?:19|20)\d\d\s*$/iu;
/** A row label that is a time and nothing else: a year or a span (PERIOD_LABEL), an as-of date, a year's end — a bracket aside, "2023 (ước)". */
const timeAlone = (label: string) => {
  // (a row's number before it aside: "1 | Năm 2021")
  // (… not the months of a span: "6 tháng đầu năm 2024" — review-41f K1)
  const bare = label.replace(/\([^()]*\)/gu, ' ').replace(/\s+/gu, ' ').trim().replace(/^(?:\d{1,2}|[IVX]+)\.?\s+(?=\D)(?!tháng)/u, '');
  return PERIOD_LABEL.test(bare) || AS_OF_LABEL.test(bare) || YEAR_END_LABEL.test(bare);
};
/** Whether a whole row's cell repeats the last row's figure (or, `opening`, the first's) in a column where the rows do not add up to it. */
function repeatsEnd(parts: string[][], total: string[], col: number, opening: boolean): boolean {
  const t = cellNumber(total[col] ?? '');
  const last = cellNumber(parts[parts.length - 1][col] ?? '');
  const first = cellNumber(parts[0][col] ?? '');
  return !!t && ((!!last && last.value === t.value) || (opening && !!first && first.value === t.value));
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

/** A total column named by its span: "Tổng 2011 - 6/2019", "Cộng giai đoạn 2021 - 2023" (session 41, nux06). */
const SPAN_TOTAL_HEADER = /^\s*(?:tổng cộng|tổng|cộng)\s+(?:giai đoạn\s+)?(?:\d{1,2}\s*\/\s*)?(?:19|20)\d\d\s*[-–]\s*(?:\d{1,2}\s*\/\s*)?(?:19|20)\d\d\s*$/iu;
/** Every year written alone in a text. */
const YEARS = new RegExp(YEAR_ALONE.source, 'gu');
/** "Trước" in a column's header: the years before a span. */
const BEFORE_WORD = /(?<![\p{L}])trước(?![\p{L}])/iu;
/** A proper name's first word right after a total's word: a capital, then a small letter ("Cộng Hiền"; not "Tổng Cộng", read whole). */
const NAME_NEXT = /^\s+\p{Lu}\p{Ll}/u;
/** Whether a row's first cell holds an item's number ("5", "05", "5.", "5)"). */
const ITEM_NUMBER = /^\s*\d+\s*[.)]?\s*$/u;
const isItemNumber = (cell: string | undefined) => ITEM_NUMBER.test(cell ?? '');
/** A cell that holds a unit, or nothing: short, in small letters or a sign ("ha", "tấn", "con", "triệu đồng/người/năm", "%") — not a place's
 * name ("Xã Vĩnh An", "Phú Ngãi"). */
const UNIT_CELL = /^\s*(?:[%‰]|\p{Ll}[\p{Ll}\d/.²³ ]{0,24})?\s*$/u;
/** A unit per head or area, in a row's cells of words: "triệu đồng/ha", "kg/người/năm". */
const PER_UNIT_CELL = /\/\s*(?:ha|người|hộ|khẩu|lao động|xã|năm)(?![\p{L}])/iu;
/** A running total's words in a row's label: "… lũy kế". */
const RUNNING_WORDS = /(?<![\p{L}])(?:lũy kế|luỹ kế|cộng dồn)(?![\p{L}])/iu;
/** A column that may close a row after its total: a share, a structure, a note. */
const TRAILING_SHARE = /tỷ lệ|tỉ lệ|%|cơ cấu|ghi chú/iu;

/**
 * Columns whose figures are no parts of a sum across the row: units, shares, averages, numbers, plans, running totals and changes — not a
 * programme named by what it cuts, "CT giảm nghèo bền vững" beside "CT nông thôn mới" (nwi04).
 */
const NOT_A_PART = /tỷ lệ|%|bình quân|đơn vị|đvt|stt|^\s*tt\b|mã|ngày(?!\s+công)|kế hoạch|\bkh\b|mục tiêu|chỉ tiêu|dự toán|lũy kế|luỹ kế|so sánh|tăng|giảm(?!\s+nghèo)|ghi chú/iu;

/**
 * A total column at the right ("2011 - 2015 | 2016 - 6/2019 | Tổng cộng"): on each row the columns before it,
 * after the label, add up to it. The column is taken for a sum only when at least as many rows agree with it as not.
 */
/** A cell of a dash alone: none, where the other cells are figures. */
const DASH_CELL = /^\s*[-–—]\s*$/u;
/** A note on a total that says it takes in more than the parts beside it: "Bao gồm 02 thôn được công nhận năm 2020", "kể cả …". */
const INCLUDES_MORE = /(?<![\p{L}])(?<!(?:không|chưa)\s+)(?:bao gồm|gồm cả|kể cả|tính cả|trong đó có)(?![\p{L}])/iu;
/**
 * Whether a total's note (its footnote, or the row's "Ghi chú") says the total takes in more than the columns beside it, by as much as it
 * exceeds them where the note gives a count: "Bao gồm 02 thôn được công nhận năm 2020" over a sum 2 short — not "Không bao gồm …", "Chưa
 * tính cả …", nor "Trong đó có 03 thôn thuộc xã Quảng Phú" over a sum 4 short (review-47c B5 … B8, B17, E3).
 */
function takesInMore(note: string, excess: number): boolean {
  const m = INCLUDES_MORE.exec(note);
  if (!m) return false;
  const count = /(?<![\d.,/])(\d{1,3}(?:\.\d{3})*(?:,\d+)?)(?![\d/])/u.exec(note.slice(m.index + m[0].length).replace(/(?<![\d.,])(?:19|20)\d\d(?![\d])/gu, ' '));
  return !count || Math.abs((parseVnNumber(count[1])?.value ?? NaN) - excess) < 1e-6;
}

function rowTotals(t: { rowFirst: number[]; first: number; covered: Array<Set<number> | undefined> }, header: string[], body: string[][], rowAt: number[], labelCol: (row: string[]) => number, money = false, noteOf: (row: number, col: number) => string = () => ''): TotalMismatch[] {
  const first = Math.max(...body.map((r) => labelCol(r))) + 1;
  // the total at the right of its parts; or at the left, its parts after it opening on "Trong đó" ("Tổng giá trị | Trong đó: Tiền mặt |
  // Hiến đất (quy đổi) | Ngày công, hiện vật (quy đổi)") — parts that need not be all of it, so only more than it is wrong
  const start = Math.max(1, first);
  const left = money && start + 1 < header.length - 1 && isTotal(header[start] ?? '') && PART_ROW.test(header[start + 1] ?? '');
  // (… before the shares or notes that may close the row: "… | Tổng 2011 - 6/2019 | Tỷ lệ (%)" — session 41, nux06)
  let end = header.length - 1;
  while (end > start + 2 && TRAILING_SHARE.test(header[end] ?? '') && !RUNNING_WORDS.test(header[end - 1] ?? '')) end--;
  const totalCol = left ? start : end;
  if (!left && (totalCol < 3 || !(isTotal(header[totalCol] ?? '') || SPAN_TOTAL_HEADER.test(header[totalCol] ?? '')))) return [];
  const parts: number[] = [];
  const [from, to] = left ? [start + 1, header.length] : [start, totalCol];
  // (a total named by its span sums the columns within it: "Trước năm 2021 | Năm 2021 | … | Tổng cộng 2021 - 6/2024" leaves the first out —
  // review-37f A5, which the span's total reached in session 41)
  const spanFrom = Number(/((?:19|20)\d\d)\s*[-–]\s*(?:\d{1,2}\s*\/\s*)?(?:19|20)\d\d/u.exec(left ? '' : header[totalCol] ?? '')?.[1] ?? NaN);
  const outside = (h: string) => {
    if (Number.isNaN(spanFrom)) return false;
    const years = [...h.matchAll(YEARS)].map((y) => Number(y[0]));
    return BEFORE_WORD.test(h) || (years.length > 0 && years.every((y) => y < spanFrom));
  };
  for (let j = from; j < to; j++) if (!NOT_A_PART.test(header[j] ?? '') && !outside(header[j] ?? '')) parts.push(j);
  if (parts.length < 2 || (!left && parts.length < totalCol - start - 1)) return [];
  const good: number[] = [];
  const bad: TotalMismatch[] = [];
  // (the row's note column, "Ghi chú", may say what the total takes in)
  const noteCol = header.findIndex((h) => /^\s*ghi chú\s*$/iu.test(h ?? ''));
  let partTimes: boolean | undefined;
  body.forEach((row, i) => {
    // a row of rates, averages or levels ("Tỷ lệ hộ nghèo | % | 6,8 | 5,1 | 3,4 | 3,1") is no sum across its years
    // (… nor one whose unit or note, in the cells of words, says so: "… | triệu đồng/ha | 148 | 155 | 162 | 155 | Bình quân giai đoạn", "Số xã …
    // lũy kế | 3 | 5 | 6 | 6" — review-41e C15, C16)
    const words = row.filter((c) => !/\d/u.test(c)).join(' ');
    if (isTotal(row[labelCol(row)] ?? '') || NOT_SUMMED_ROW.test(row.slice(0, Math.max(1, first)).join(' ')) || NOT_SUMMED_ROW.test(words) || PER_UNIT_CELL.test(words) || RUNNING_WORDS.test(row.slice(0, Math.max(1, first)).join(' ')) || /%/.test(row.join(' '))) return;
    // (… nor a row whose last part is merged into the total's cell, "Số cơ sở homestay | 24 | 31 | 38 | <<": the writer gives no sum there)
    if (t.covered[rowAt[i]]?.has(totalCol)) return;
    const tv = cellNumber(row[totalCol] ?? '');
    // ("-" in a part's cell is none, as in a column, where some other part is a figure: "Vốn sự nghiệp | - | 1.265 | 1.842 | 3.107")
    const dash = (j: number) => DASH_CELL.test(row[j] ?? '');
    const pv = parts.every(dash) ? [null] : parts.map((j) => (dash(j) && tv ? { value: 0, decimals: 0, unit: tv.unit } : cellNumber(row[j] ?? '')));
    if (!tv || pv.some((v) => v === null || v.unit !== tv.unit)) return;
    // (… nor a level at each time whose total repeats the last, "Số HTX hiện có | 35 | 40 | 44 | 44": the level now — review-41f T4; the
    // last given, a "-" after it none, "35 | 40 | 43 | - | 43" — review-47c A6, A7)
    // (… across columns of times only: over programmes, "Ngân sách tỉnh | - | 415 | 1.208 | 1.208" is a wrong sum — review-47c A9)
    const given = pv.filter((_, k) => !dash(parts[k]));
    if ((partTimes ??= parts.every((j) => timeAlone(header[j] ?? ''))) && given.length >= 2 && given[given.length - 1]!.value === tv.value && given.slice(0, -1).some((v) => v!.value !== 0)) return;
    const money = /đồng/iu.test(`${row.join(' ')} ${tv.unit}`);
    if (consistent(tv, pv as VnNumber[], money)) return void good.push(i);
    const sum = (pv as VnNumber[]).reduce((s, v) => s + v.value, 0);
    // (… and a total whose own note says it takes in more than the columns, "06" over "01 | 02 | 02 | 0" noted "Trong đó có 01 xã … đạt
    // chuẩn … năm 2020": only less than the columns is wrong — eu02)
    if ((left || takesInMore(`${noteOf(rowAt[i], totalCol)} ${noteCol >= 0 && noteCol !== totalCol ? row[noteCol] ?? '' : ''}`, tv.value - sum)) && sum <= tv.value) return void good.push(i);
    bad.push({ paragraph: t.rowFirst[rowAt[i]] ?? t.first, excerpt: rowLine(row, t.covered[rowAt[i]]), total: tv.value, sum, decimals: Math.max(tv.decimals, ...(pv as VnNumber[]).map((v) => v.decimals)), unit: tv.unit, column: header[totalCol].trim(), row: (row[labelCol(row)] ?? '').trim() });
  });
  return good.length >= Math.max(1, bad.length) ? bad : [];
}

/** How many columns of the whole row at `at` hold the exact sum of the rows above it (every one of them a figure or blank). */
function sumsAbove(body: string[][], at: number): number {
  const whole = body[at];
  let n = 0;
  for (let j = 1; j < whole.length; j++) {
    const w = cellNumber(whole[j] ?? '');
    if (!w) continue;
    let sum = 0;
    let ok = true;
    for (const r of body.slice(0, at)) {
      const c = (r[j] ?? '').trim();
      if (!c) continue;
      const v = cellNumber(c);
      if (!v) { ok = false; break; }
      sum += v.value;
    }
    if (ok && sum > 0 && Math.abs(sum - w.value) < 1e-6 * Math.max(1, w.value)) n++;
  }
  return n;
}

