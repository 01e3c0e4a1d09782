/**
 * A table of marks ("x", "Đ", "Đạt" in one row per place and one column per criterion) closed by a row that counts them, column by column
 * ("Số xã đạt | 6 | 4 | …", "Tổng số xã đạt tiêu chí | 21 | 20 | …"): each count against the marks above it (session 40, nue03, nue05).
 *
 * Read only where the table says plainly what it is: three rows of marks or more right above the count, every cell of a counted column a
 * mark or a blank, a count no larger than the rows; a header repeated on a new page is passed over, another row of figures ends the rows
 * counted, and a table that leaves rows out ("…") is not read.
 */
import { tables, type DocModel } from './model';
import { rowLine } from './text';
import type { TotalMismatch } from './totals-common';
import { MARK_CELL, MARKS_COUNTED, UNMARKED_CELL } from './lexicon/patterns-sums';

const WHOLE = /^\s*\d{1,3}\s*$/u;
const ELLIPSIS = /^\s*(?:…|\.{2,})\s*$/u;

export function markTallies(doc: DocModel): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  for (const t of tables(doc)) {
    if (t.rows.length < 5 || t.rows.some((r) => r.some((c) => ELLIPSIS.test(c)))) continue;
    const marks = (r: string[]) => r.filter((c) => MARK_CELL.test(c)).length;
    for (let k = 4; k < t.rows.length; k++) {
      const row = t.rows[k];
      const label = row.find((c) => /\p{L}/u.test(c)) ?? '';
      if (!MARKS_COUNTED.test(label) || marks(t.rows[k - 1]) < 2) continue;
      // the rows counted: up from the count, rows of marks; a header repeated on a new page passed over; another row of figures ends them
      const counted: string[][] = [];
      for (let i = k - 1; i >= 0; i--) {
        const r = t.rows[i];
        if (marks(r) >= 2) counted.push(r);
        else if (t.rows.slice(0, i).some((h) => h.length === r.length && h.every((c, j) => c.trim() === (r[j] ?? '').trim()))) continue;
        else break;
      }
      if (counted.length < 3) continue;
      row.forEach((cell, j) => {
        if (!WHOLE.test(cell) || t.covered[k]?.has(j)) return;
        const cells = counted.map((r) => r[j] ?? '');
        if (!cells.every((c) => MARK_CELL.test(c) || UNMARKED_CELL.test(c)) || !cells.some((c) => MARK_CELL.test(c))) return;
        const total = Number(cell.trim());
        const sum = cells.filter((c) => MARK_CELL.test(c)).length;
        if (total === sum || total > counted.length) return;
        // what names the column: the nearest cell over it ("10" under "Kết quả thực hiện các tiêu chí")
        const top = t.rows.indexOf(counted[counted.length - 1]);
        const column = t.rows.slice(0, top).map((r) => (r[j] ?? '').trim()).filter(Boolean).pop();
        out.push({ paragraph: t.rowFirst[k], excerpt: rowLine(row, t.covered[k]), total, sum, decimals: 0, unit: '', column: column || String(j + 1), marks: true });
      });
    }
  }
  return out;
}
