/**
 * A table of indicators turned on its side: the periods down the first column, the indicators across
 * the header ("Năm | Thôn đạt chuẩn NTM | Lao động nông thôn qua đào tạo (%) | …" over "2021 | 36/56 |
 * 61,5 | …", "6 tháng đầu năm 2024 | 50/56 | 72,8 | …", "Mục tiêu Nghị quyết đến năm 2025 | 85% | 70% |
 * …"). Read as the usual table, one row per indicator and one column per period, its cells mean the same.
 *
 * Only where the rows are levels at each time, not what each period added: a table closed by a total row
 * ("Tổng cộng", "Cộng", "Lũy kế") adds its periods up (the sums are checked as sums), and is not turned.
 */
import type { TableView } from './model';
import { TOTAL_ROW, TOTAL_ROW_WHOLE } from './lexicon';
import { PLACE_NAMED_HEADER } from './lexicon/patterns-sums';

/** A label that is a time: a year in it ("2021", "Năm 2022", "2020 (năm gốc)", "6 tháng đầu năm 2024", "Đến 30/6/2024"). */
const TIME_LABEL = /(?<![\d/.,])(?:19|20)\d\d(?![\d.,])/u;
/** A label of the targets: "Mục tiêu Nghị quyết đến năm 2025", "Kế hoạch năm 2025", "Chỉ tiêu NQ". */
const TARGET_LABEL = /^\s*(?:mục tiêu|chỉ tiêu|kế hoạch|kh)(?![\p{L}])/iu;
/** A cell of a units row: a unit, no figure of its own ("xã", "%", "%/năm", "triệu đồng/người/năm", "m2/người", "km2") or nothing. */
const UNIT_CELL = /^\s*(?:\(?\s*%\s*(?:\/\s*\p{L}+\s*)?\)?|[\p{L}][\p{L}\d\s/.]{0,30}|)\s*$/u;
/** At most so many words in a time's label: a longer one is a row of words. */
const MAX_WORDS = 9;

const isTotalLabel = (s: string) => [TOTAL_ROW.find(s), TOTAL_ROW_WHOLE.find(s)].some((h) => h?.start === 0);

/**
 * The table as rows of indicators, when its first column holds the times (three or more of its body rows a time, every other a
 * target's label) and its header names an indicator (`namesIndicator`); else null.
 */
export function byPeriodRows(t: TableView, namesIndicator: (header: string) => boolean): TableView | null {
  if (t.rows.length < 4) return null;
  const [head, ...rest] = t.rows;
  const width = head.length;
  if (width < 2 || rest.some((r) => r.length !== width)) return null;
  // (the units in a header row of their own under the indicators, its first cell empty: "| xã | % | triệu đồng/người/năm | …")
  const units = rest[0] && !rest[0][0]?.trim() && rest[0].slice(1).every((c) => UNIT_CELL.test(c)) && rest[0].slice(1).some((c) => c.trim()) ? rest[0] : undefined;
  // (… and the header rows repeated where the table runs on to the next page are none of its rows)
  const same = (r: string[], h: string[] | undefined) => !!h && r.every((c, j) => c.trim() === (h[j] ?? '').trim());
  const body = rest.filter((r) => !same(r, head) && !same(r, units));
  const labels = body.map((r) => (r[0] ?? '').trim());
  const isTime = (l: string) => TIME_LABEL.test(l) && l.split(/\s+/u).filter(Boolean).length <= MAX_WORDS;
  const times = labels.filter((l) => isTime(l) && !TARGET_LABEL.test(l)).length;
  if (times < 3 || labels.some((l) => !isTime(l) && !TARGET_LABEL.test(l))) return null;
  if (labels.some(isTotalLabel)) return null;
  if (!head.slice(1).some((h) => namesIndicator(h))) return null;
  // (columns of places, "Thôn đạt chuẩn NTM - Xã Nghĩa Sơn", are parts of the unit, no indicator of its own: not turned — review-42d G9)
  if (head.slice(1).some((h) => PLACE_NAMED_HEADER.test(h))) return null;
  // (the units, where the header gives them, become the turned table's unit column)
  // (named "ĐVT", as offices name it: "Đơn vị …" also heads a column of places)
  const rows = [[head[0] ?? '', ...(units ? ['ĐVT'] : []), ...labels]];
  for (let j = 1; j < width; j++) rows.push([head[j], ...(units ? [units[j] ?? ''] : []), ...body.map((r) => r[j] ?? '')]);
  return { table: t.table, first: t.first, last: t.last, rows, rowFirst: rows.map(() => t.first), covered: rows.map(() => undefined) };
}

/**
 * A table laid out in halves side by side to save a page's width, its header repeated ("TT | Đơn vị | Số sản phẩm | TT | Đơn vị | Số
 * sản phẩm"): read as one table of the first half's columns, the left halves' rows then the right halves', each row's empty half
 * left out. A row that spans the halves (the total, "Tổng cộng | … | 255") keeps its last half: its figures stand at the right.
 * Else null.
 */
export function sideBySide(t: TableView): TableView | null {
  if (t.rows.length < 3) return null;
  const head = t.rows[0].map((c) => c.trim().toLowerCase());
  const width = head.length;
  // (the halves: the header cut in two or three equal runs, each the same words, with a letter)
  const halves = [3, 2].find((m) => width % m === 0 && width / m >= 2 && Array.from({ length: m - 1 }, (_, k) => head.slice(0, width / m).every((c, j) => c === head[(k + 1) * (width / m) + j])).every(Boolean) && head.slice(0, width / m).some((c) => /\p{L}/u.test(c)));
  if (!halves) return null;
  const k = width / halves;
  const body = t.rows.slice(1);
  if (body.some((r) => r.length !== width)) return null;
  const rows: string[][] = [t.rows[0].slice(0, k)];
  const rowFirst: number[] = [t.rowFirst[0]];
  const covered: Array<Set<number> | undefined> = [undefined];
  // (a row that spans the halves: merged across them, or a total whose first half holds no figure)
  const spans = (i: number) => (t.covered[i + 1]?.size ?? 0) >= k || (isTotalLabel((body[i][0] ?? '').trim()) && !body[i].slice(1, width - k).some((c) => /\d/u.test(c)));
  for (let h = 0; h < halves; h++)
    body.forEach((r, i) => {
      const part = r.slice(h * k, (h + 1) * k);
      if (spans(i) || !part.some((c) => c.trim())) return;
      rows.push(part);
      rowFirst.push(t.rowFirst[i + 1]);
      covered.push(undefined);
    });
  body.forEach((r, i) => {
    if (!spans(i)) return;
    rows.push([r[0], ...r.slice(width - k + 1)]);
    rowFirst.push(t.rowFirst[i + 1]);
    covered.push(new Set(Array.from({ length: k - 1 }, (_, j) => j + 1).filter((j) => t.covered[i + 1]?.has(width - k + j))));
  });
  return { table: t.table, first: t.first, last: t.last, rows, rowFirst, covered };
}
