/**
 * A table of marks ("x", "Đ", "Đạt" in one row per place or criterion and one column per criterion or year) closed by a row that counts
 * them, column by column ("Số xã đạt | 6 | 4 | …", "Tổng số xã đạt tiêu chí | 21 | 20 | …"): each count against the marks above it
 * (session 40, nue03, nue05).
 *
 * Read only where the table says plainly what it is: the rows counted are those with a name of their own whose other cells are marks,
 * blanks or figures (a group's row, "I | Huyện Hải Lăng | | |", counts none); a header repeated on a new page is passed over; a row with no
 * name of its own (a header, "| | | Đạt | Chưa đạt |") or with words in its cells ends them. A column is counted when all its cells there
 * are marks or blanks and its count is no larger than the rows; a table whose caption, header or note says a mark means "not met" ("đánh
 * dấu x vào tiêu chí chưa đạt"), or that leaves rows out ("…"), is not read (review-40 M3, M4, M5, M9).
 */
import { captionOf, tables, type DocModel } from './model';
import { rowLine } from './text';
import type { TotalMismatch } from './totals-common';
import { MARK_CELL, MARKS_COUNTED, MARK_MEANS_NOT_MET, UNMARKED_CELL } from './lexicon/patterns-sums';

const WHOLE = /^\s*\d{1,3}\s*$/u;
const ELLIPSIS = /^\s*(?:…|\.{2,})\s*$/u;
/** A figure, or a group's number in the row-number cell ("I", "II", "A"). */
const FIGURE = /^\s*(?:[\d.,/%]+|[IVX]{1,4}|[A-H])\s*\.?\s*$/u;
const NAME = /\p{L}{2}/u;

/** A row's own name: its first cell with two letters that is no mark ("Bắc Sơn", "Quy hoạch"). */
const nameOf = (r: string[]) => r.slice(0, 3).findIndex((c) => NAME.test(c) && !MARK_CELL.test(c) && !UNMARKED_CELL.test(c) && !FIGURE.test(c));

export function markTallies(doc: DocModel): TotalMismatch[] {
  const out: TotalMismatch[] = [];
  for (const t of tables(doc)) {
    if (t.rows.length < 5 || t.rows.some((r) => r.some((c) => ELLIPSIS.test(c)))) continue;
    if (!t.rows.some((r) => r.some((c) => MARK_CELL.test(c)))) continue;
    const after = doc.paragraphs[t.last + 1]?.text ?? '';
    if ([...captionOf(doc, t), after, ...t.rows.slice(0, 3).map((r) => r.join(' '))].some((line) => MARK_MEANS_NOT_MET.test(line))) continue;
    for (let k = 4; k < t.rows.length; k++) {
      const row = t.rows[k];
      const label = row.find((c) => NAME.test(c)) ?? '';
      if (!MARKS_COUNTED.test(label)) continue;
      // the rows counted, up from the count
      // (… up to a header, a row with no name of its own, or another count: a named row with words in its cells, "Hải Ba | x | … | Đạt chuẩn
      // 2019", is one this reading cannot count, and the column is left unread rather than counted in part — review-40 M11)
      const counted: string[][] = [];
      let whole = true;
      for (let i = k - 1; i >= 0; i--) {
        const r = t.rows[i];
        const at = nameOf(r);
        const rest = r.filter((_, j) => j !== at && !t.covered[i]?.has(j));
        if (at >= 0 && MARKS_COUNTED.test(r[at])) break;
        if (at >= 0 && rest.every((c) => MARK_CELL.test(c) || UNMARKED_CELL.test(c) || FIGURE.test(c))) counted.push(r);
        else if (t.rows.slice(0, i).some((h) => h.length === r.length && h.every((c, j) => c.trim() === (r[j] ?? '').trim()))) continue;
        else {
          // (a header: no name of its own, or no mark and no row number — "TT | Tên xã | Giao thông | …")
          whole = at < 0 || (!r.some((c) => MARK_CELL.test(c)) && !/^\s*\d+\s*\.?\s*$/u.test(r[0] ?? ''));
          break;
        }
      }
      if (!whole || counted.length < 3 || counted.filter((r) => r.some((c) => MARK_CELL.test(c))).length < 2) continue;
      row.forEach((cell, j) => {
        if (!WHOLE.test(cell) || t.covered[k]?.has(j)) return;
        const cells = counted.map((r) => r[j] ?? '');
        if (!cells.every((c) => MARK_CELL.test(c) || UNMARKED_CELL.test(c)) || !cells.some((c) => MARK_CELL.test(c))) return;
        const total = Number(cell.trim());
        const sum = cells.filter((c) => MARK_CELL.test(c)).length;
        if (total === sum || total > counted.length) return;
        // what names the column: the nearest cell over it that is no mark ("10" under "Kết quả thực hiện các tiêu chí")
        const top = t.rows.indexOf(counted[counted.length - 1]);
        const column = t.rows.slice(0, top).map((r) => (r[j] ?? '').trim()).filter((c) => c && !MARK_CELL.test(c)).pop();
        out.push({ paragraph: t.rowFirst[k], excerpt: rowLine(row, t.covered[k]), total, sum, decimals: 0, unit: '', column: column || String(j + 1), marks: true });
      });
    }
  }
  return out;
}
