/**
 * Tables typed with tabs: a block of lines, each a row whose cells are parted by tabs ("TT⇥Nội dung⇥Kế hoạch⇥Thực hiện" / "2⇥Xã đạt
 * chuẩn NTM nâng cao⇥13 xã⇥12 xã"), as a table turned into text by a PDF or a scan, or typed so by an office, leaves them. Such a block
 * is read as the table it is: each line a row of a table of its own (a `tabbed` cell reference on the line), so the rows are read by
 * their columns — a target beside a result — and not as a sentence that gives two results. The text and the lines stay as they are.
 *
 * A block is three lines or more, out of tables, each with two tabs or more (three cells), their counts of cells within one of the
 * first line's; a line with one tab ("- Số xã đạt chuẩn NTM:⇥12 xã") is a list aligned by a tab, no row.
 */
import type { DocModel, Paragraph } from './model';

/** The fewest lines a block of rows holds: a header and two rows. */
const MIN_ROWS = 3;
/** A row's number in the first cell: "1", "2.", "I", "a)". */
const ROW_NUMBER = /^\s*(?:\d{1,3}[.)]?|[IVX]{1,5}[.)]?|[a-zđ][.)])\s*$/u;
/** The fewest cells a row holds. */
const MIN_CELLS = 3;

const cellsOf = (p: Paragraph) => (p.cell || !p.text.includes('\t') ? 0 : p.text.replace(/\t+$/u, '').split('\t').length);

export function tabTables(doc: DocModel): DocModel {
  const ps = doc.paragraphs;
  // a cheap look first: most reports have no line with two tabs
  if (!ps.some((p) => cellsOf(p) >= MIN_CELLS)) return doc;
  let table = ps.reduce((m, p) => Math.max(m, p.cell ? p.cell.table + 1 : 0), 0);
  let out: Paragraph[] | undefined;
  for (let i = 0; i < ps.length; ) {
    const width = cellsOf(ps[i]);
    if (width < MIN_CELLS) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < ps.length && cellsOf(ps[j]) >= MIN_CELLS && Math.abs(cellsOf(ps[j]) - width) <= 1) j++;
    if (j - i >= MIN_ROWS) {
      // (a row one cell short whose first cell is no row number, under rows that open on theirs, lost its empty first cell when
      // the line was trimmed: "⇥Toàn tỉnh⇥89⇥51⇥57,3" under "8⇥Huyện Bình Tân⇥7⇥6⇥85,7")
      const numbered = ps.slice(i + 1, j).filter((p) => ROW_NUMBER.test(p.text.split('\t')[0])).length >= 2;
      out ??= ps.slice();
      for (let k = i; k < j; k++) {
        const short = numbered && k > i && cellsOf(ps[k]) === width - 1 && !ROW_NUMBER.test(ps[k].text.split('\t')[0]);
        out[k] = { ...ps[k], cell: { table, row: k - i, cell: 0, tabbed: true, ...(short ? { shifted: true as const } : {}) } };
      }
      table++;
    }
    i = j;
  }
  return out ? { ...doc, paragraphs: out } : doc;
}
