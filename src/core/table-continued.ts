/**
 * A table that runs over a page break in a report retyped from a scan, or pasted in pieces, comes as two tables: the second repeats the
 * first's header rows, with nothing but the page's number ("- 8 -") or blank lines between them. Read as the one table it is (nyu04: a
 * table of funds by source whose total row, after the break, sums the rows on both pages). The paragraphs keep their indices and text; the
 * later table's cells are renumbered into the first, its repeated header rows left out as blank lines. Only on the evidence of a table
 * going on: the header typed again, the rows numbered on from the earlier part's (4, then 5), the earlier part holding no whole row.
 */
import { tables, type DocModel, type TableView } from './model';
import { PAGE_NUMBER } from './reflow';
import { TOTAL_ROW, TOTAL_ROW_WHOLE } from './lexicon';
import { normalize } from './text';

/** At most so many lines between the two parts (blank lines and the page's number). */
const MAX_BETWEEN = 4;
/** At most so many header rows repeated. */
const MAX_HEADER_ROWS = 3;

const rowKey = (row: string[]) => normalize(row.join(' | '));

/** How many rows the later table opens on that repeat the earlier one's first rows, each with words (a header, not figures). */
function repeatedHeader(a: TableView, b: TableView): number {
  let k = 0;
  while (k < MAX_HEADER_ROWS && k < a.rows.length - 1 && k < b.rows.length - 1 && /\p{L}{2}/u.test(a.rows[k].join(' ')) && rowKey(a.rows[k]) === rowKey(b.rows[k])) k++;
  return k;
}

/** A row that sums the others or stands for the whole unit, by the words of its first cells. */
const wholeRow = (row: string[]) => row.slice(0, 3).some((c) => !!TOTAL_ROW.atStart(c.trim()) || !!TOTAL_ROW_WHOLE.atStart(c.trim()));
/** A row's number, its first cell a whole number alone ("4", "4."), else undefined. */
const rowNumber = (row: string[]) => {
  const m = /^\s*(\d{1,3})\.?\s*$/u.exec(row[0] ?? '');
  return m ? Number(m[1]) : undefined;
};

export function continuedTables(doc: DocModel): DocModel {
  const views = tables(doc);
  if (views.length < 2) return doc;
  const into = new Map<number, { table: number; offset: number; header: number }>();
  const rowsSoFar = new Map<number, number>();
  for (let i = 1; i < views.length; i++) {
    const [a, b] = [views[i - 1], views[i]];
    const between = doc.paragraphs.slice(a.last + 1, b.first);
    if (between.length > MAX_BETWEEN || between.some((p) => p.cell || (p.text.trim() && !PAGE_NUMBER.test(p.text)))) continue;
    // (… of as many columns, the earlier part holding no whole row of its own, first or last — "Tổng cộng", "Cộng", "Toàn huyện", "Chung 03
    // xã" —: a table per commune or per group, each whole, is no table broken — review-58 A1, A4)
    const width = (t: TableView) => Math.max(...t.rows.map((r) => r.length));
    if (width(a) !== width(b) || a.rows.some(wholeRow)) continue;
    const header = repeatedHeader(a, b);
    if (!header) continue;
    // (… and its rows numbered on from the earlier part's: "4" then "5"; numbering that starts again at 1 is a table of its own — review-58 A13)
    const lastNumber = [...a.rows].reverse().map(rowNumber).find((n) => n !== undefined);
    const firstNumber = b.rows.slice(header).map(rowNumber).find((n) => n !== undefined);
    if (lastNumber === undefined || firstNumber !== lastNumber + 1) continue;
    const head = into.get(a.table);
    const table = head?.table ?? a.table;
    const offset = (rowsSoFar.get(table) ?? a.rows.length) - header;
    into.set(b.table, { table, offset, header });
    rowsSoFar.set(table, offset + b.rows.length);
  }
  if (!into.size) return doc;
  const paragraphs = doc.paragraphs.map((p) => {
    const to = p.cell ? into.get(p.cell.table) : undefined;
    if (!p.cell || !to) return p;
    if (p.cell.row < to.header) return { ...p, text: '', cell: undefined };
    return { ...p, cell: { ...p.cell, table: to.table, row: p.cell.row + to.offset } };
  });
  return { ...doc, paragraphs };
}
