/**
 * Tables typed with tabs: a block of lines, each a row whose cells are parted by tabs ("TT⇥Nội dung⇥Kế hoạch⇥Thực hiện" / "2⇥Xã đạt
 * chuẩn NTM nâng cao⇥13 xã⇥12 xã"), as a table turned into text by a PDF or a scan, or typed so by an office, leaves them. Such a block
 * is read as the table it is: each line a row of a table of its own (a `tabbed` cell reference on the line), so the rows are read by
 * their columns — a target beside a result — and not as a sentence that gives two results. The text and the lines stay as they are.
 *
 * A run of tabs parts two cells (a tab pressed twice aligns a column; it makes no empty cell). A block opens on its header — a line of
 * words, no figure among its cells — and holds two rows or more after it, each of three cells or more and no more than the header's;
 * a list aligned by tabs ("- Số xã đạt chuẩn NTM:⇥⇥12 xã") has two cells a line and is no table. A row short of the header's cells
 * whose first cell is no row number, under rows that open on theirs (a total row, "Tổng cộng⇥87⇥6.671"), lost its empty first cell when
 * the line was trimmed: it is read from the second column.
 */
import type { DocModel, Paragraph } from './model';

/** The fewest lines a block holds: a header and two rows. */
const MIN_ROWS = 3;
/** The fewest cells a row holds. */
const MIN_CELLS = 3;
/** A row's number in the first cell: "1", "2.", "I", "a)". */
const ROW_NUMBER = /^\s*(?:\d{1,3}[.)]?|[IVX]{1,5}[.)]?|[a-zđ][.)])\s*$/u;
/** A cell that holds a figure: "12", "1.120", "72,4%", "17 xã". */
const FIGURE_CELL = /^\s*[<>≥≤~]?\s*\d[\d.,]*\s*%?\s*(?:\p{L}+(?:\s\p{L}+)?)?\s*$/u;

/** The cells of a line typed with tabs (a run of tabs parts two cells) — or, in a line with no tab, parted by semicolons (see below). */
export function tabCells(text: string): string[] {
  if (!text.includes('\t')) return text.split(';').map((c) => c.trim());
  return text.replace(/^\t+|\t+$/gu, '').split(/\t+/u).map((c) => c.trim());
}

const cellsOf = (p: Paragraph) => (p.cell || !p.text.includes('\t') ? 0 : tabCells(p.text).length);
/** A header: words in every cell (the first may be "TT"), no figure. */
const isHeader = (p: Paragraph) => {
  const cells = tabCells(p.text);
  return cells.length >= MIN_CELLS && cells.every((c) => !!c && !FIGURE_CELL.test(c) && !ROW_NUMBER.test(c));
};

/**
 * A table exported as text with semicolons between its cells (a spreadsheet saved as CSV, a table flattened by a mail or a chat: "TT;
 * Chỉ tiêu; ĐVT; Mục tiêu NQ 16 đến năm 2025; Thực hiện đến 30/6/2024; Đánh giá" / "10; Tỷ lệ che phủ rừng; %; 49; 53,1; Đạt"). Prose
 * parts its clauses by semicolons too, so a block is read as a table only where it cannot be prose: a header of short cells of words,
 * then two rows or more with exactly as many cells, each opening on its row's number.
 */
const SEMI_CELL_MAX = 60;
const semiCells = (p: Paragraph) => (p.cell || p.text.includes('\t') || !p.text.includes(';') ? [] : tabCells(p.text));
const isSemiHeader = (p: Paragraph) => {
  const cells = semiCells(p);
  return cells.length >= MIN_CELLS && cells.every((c) => !!c && c.length <= SEMI_CELL_MAX && !FIGURE_CELL.test(c) && !ROW_NUMBER.test(c));
};
const isSemiRow = (p: Paragraph, width: number) => {
  const cells = semiCells(p);
  return cells.length === width && ROW_NUMBER.test(cells[0]) && cells.every((c) => c.length <= SEMI_CELL_MAX * 2);
};
/**
 * A row of the block that opens on no number, after numbered rows: a sub-row marked as one with its first cell left empty ("; Trong đó:
 * rừng sản xuất; %; ; 31,4; "), or a total row that dropped that cell ("Tổng cộng; 46,72", one cell short: `shifted`). Words first, a
 * figure after.
 */
const semiMore = (p: Paragraph, width: number): 'row' | 'shifted' | null => {
  const cells = semiCells(p);
  if (cells.some((c) => c.length > SEMI_CELL_MAX * 2) || !cells.slice(1).some((c) => FIGURE_CELL.test(c))) return null;
  // (a sub-row only where it says so — "Trong đó", a dash, a plus —: rows of no mark under a row may be its kinds or another list, and
  // a total after them is not read as theirs — review-38f S1)
  if (cells.length === width && !cells[0] && /^(?:[-–+•]|trong đó)/iu.test(cells[1] ?? '')) return 'row';
  if (cells.length === width - 1 && !!cells[0] && !/\d/u.test(cells[0]) && !ROW_NUMBER.test(cells[0])) return 'shifted';
  return null;
};

export function tabTables(doc: DocModel): DocModel {
  const ps = doc.paragraphs;
  // a cheap look first: most reports have no line with two tabs, nor a header parted by semicolons
  if (!ps.some((p) => cellsOf(p) >= MIN_CELLS || (p.text.length < SEMI_CELL_MAX * 8 && isSemiHeader(p)))) return doc;
  let table = ps.reduce((m, p) => Math.max(m, p.cell ? p.cell.table + 1 : 0), 0);
  let out: Paragraph[] | undefined;
  for (let i = 0; i < ps.length; i++) {
    if (!ps[i].text.includes('\t') && isSemiHeader(ps[i])) {
      const width = semiCells(ps[i]).length;
      let j = i + 1;
      let numbered = 0;
      const shifted = new Set<number>();
      for (; j < ps.length; j++) {
        if (isSemiRow(ps[j], width)) numbered++;
        else {
          const more = numbered ? semiMore(ps[j], width) : null;
          if (!more) break;
          if (more === 'shifted') shifted.add(j);
        }
      }
      if (numbered < MIN_ROWS - 1) continue;
      out ??= ps.slice();
      for (let k = i; k < j; k++) out[k] = { ...ps[k], cell: { table, row: k - i, cell: 0, tabbed: true, ...(shifted.has(k) ? { shifted: true as const } : {}) } };
      table++;
      i = j - 1;
      continue;
    }
    if (!isHeader(ps[i])) continue;
    const width = cellsOf(ps[i]);
    let j = i + 1;
    while (j < ps.length && cellsOf(ps[j]) >= MIN_CELLS && cellsOf(ps[j]) <= width) j++;
    if (j - i < MIN_ROWS) continue;
    const numbered = ps.slice(i + 1, j).filter((p) => ROW_NUMBER.test(tabCells(p.text)[0])).length >= 2;
    out ??= ps.slice();
    for (let k = i; k < j; k++) {
      const short = numbered && k > i && cellsOf(ps[k]) < width && !ROW_NUMBER.test(tabCells(ps[k].text)[0]);
      out[k] = { ...ps[k], cell: { table, row: k - i, cell: 0, tabbed: true, ...(short ? { shifted: true as const } : {}) } };
    }
    table++;
    i = j - 1;
  }
  return out ? { ...doc, paragraphs: out } : doc;
}
