/**
 * A report written as a table ("TT | Nội dung | Kết quả thực hiện"): each row's number cell and short title
 * cell are a heading, its long cells the section's text. Some communes answer the outline this way.
 *
 * A table is read so when at least three rows have a bare number in their first cell ("I", "2.", "a)"), a
 * short title in the next one, and prose in a later one (a row with a dozen words or more). Indicator
 * tables also number their rows, but their later cells hold figures, not prose: they are not read so.
 * Some offices set each heading alone in a one-row table ("I | ĐÁNH GIÁ …", or one cell: "PHẦN I. KẾT QUẢ …") with
 * the text below it: three or more such tables are read as headings too, whatever else the document holds, and a part's
 * label so boxed always.
 */
import type { DocModel, Paragraph } from './model';
import { parseMarker, type Scheme } from './markers';

export interface TableHeading {
  paragraph: number;
  table: number;
  title: string;
  number: string;
  scheme: Scheme;
  /** Set alone in a one-row table: a heading whatever the rest of the document is. */
  boxed?: boolean;
  /** A row whose title spans the other columns, nothing beside it: a group of the outline ("| 2. Kết quả thực hiện … | << | << |"). */
  spans?: boolean;
  /** A row with prose beside its title (a dozen words or more in a later cell): the section's text. */
  prose?: boolean;
  /** One of fewer rows than make an outline table (two, each with its prose): only ever a candidate the alignment confirms or drops. */
  few?: boolean;
}

/** A number alone in a cell: "I", "II.", "1", "2.", "a)", "(1)" — or a part's, "Phần thứ nhất", "PHẦN I". */
const BARE_NUMBER = /^\s*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ]|\(\d{1,2}\)|[Pp]hần\s+(?:[Tt]hứ\s+)?\p{L}+|PHẦN\s+(?:THỨ\s+)?\p{Lu}+)\s*[.:)]?\s*$/u;
/** Rows like this, at least, make an outline table. */
const MIN_ROWS = 3;
/** A title cell is short; a text cell holds at least this many words in some row. */
const MAX_TITLE_WORDS = 40;
const MIN_PROSE_WORDS = 12;
/** A plan's long title copied whole into a numbered title cell, one clause with no figure, at most. */
const MAX_LONG_TITLE_WORDS = 60;

interface Cell { first: Paragraph; text: string }

const words = (s: string) => (s.trim() ? s.trim().split(/\s+/).length : 0);

/** The headings the outline tables of the document hold, by paragraph index of their title cell. */
export function tableOutlineHeadings(doc: DocModel): Map<number, TableHeading> {
  const out = new Map<number, TableHeading>();
  // rows of every table: cells in order, each with its first paragraph and its whole text
  const tablesRows = new Map<number, Map<number, Cell[]>>();
  let last: { table: number; row: number; cell: number } | undefined;
  for (const p of doc.paragraphs) {
    const c = p.cell;
    if (!c) continue;
    let rows = tablesRows.get(c.table);
    if (!rows) tablesRows.set(c.table, (rows = new Map()));
    let cells = rows.get(c.row);
    if (!cells) rows.set(c.row, (cells = []));
    if (last && last.table === c.table && last.row === c.row && last.cell === c.cell && cells.length) cells[cells.length - 1].text += '\n' + p.text;
    else cells.push({ first: p, text: p.text });
    last = { table: c.table, row: c.row, cell: c.cell };
  }
  const single: TableHeading[] = [];
  for (const rows of tablesRows.values()) {
    if (rows.size === 1) {
      const cells = [...rows.values()][0].filter((c) => c.text.trim());
      if (cells.length === 2 && BARE_NUMBER.test(cells[0].text) && words(cells[1].text) <= MAX_TITLE_WORDS) single.push({ ...heading(cells[0], cells[1]), boxed: true });
      else if (cells.length === 1) {
        const one = boxedTitle(cells[0]);
        if (one) single.push(one);
      }
      continue;
    }
    const found: TableHeading[] = [];
    let prose = 0;
    // a row's heading, and the cells after its title: prose in one of them, or none at all (the title spans the other columns)
    const add = (h: TableHeading, rest: Cell[]) => {
      const written = rest.some((x) => words(x.text) >= MIN_PROSE_WORDS);
      if (written) prose++;
      found.push(rest.some((x) => x.text.trim()) ? { ...h, ...(written ? { prose: true } : {}) } : { ...h, spans: true });
    };
    for (const cells of rows.values()) {
      // (a number typed in the title cell, "| 2.1. Kết quả thực hiện các mục tiêu, chỉ tiêu | Đến ngày 30/6/2019, … |", or a part's row
      // so numbered that spans the other columns, "| 2. Kết quả thực hiện Chương trình giai đoạn 2010 - 2020 | << | << |")
      const typed = BARE_NUMBER.test(cells[0].text) ? undefined : numberedTitle(cells[0]);
      if (typed) {
        add(typed, cells.slice(1));
        continue;
      }
      // (a part's row whose title spans the other columns, "| II | CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO … | << | << |", has two cells)
      if (cells.length < 2) continue;
      const [num, title, ...rest] = cells;
      if (!BARE_NUMBER.test(num.text) || !title.text.trim() || words(title.text) > MAX_TITLE_WORDS) continue;
      add(heading(num, title), rest);
    }
    if (found.length >= MIN_ROWS && prose >= MIN_ROWS) for (const h of found) out.set(h.paragraph, h);
    // (… two rows, each a title and its text, "| 1. Nhiệm vụ | Tập trung … | / | 2. Giải pháp | Tăng cường … |", under a heading whose items
    // they may be)
    else if (found.length >= 2 && prose === found.length) for (const h of found) out.set(h.paragraph, { ...h, few: true });
  }
  // (a part's label boxed alone, "PHẦN THỨ NHẤT↵TÌNH HÌNH, KẾT QUẢ …", is a heading however few there are)
  for (const h of single) if (single.length >= MIN_ROWS || h.scheme === 'phan') out.set(h.paragraph, h);
  return out;
}

/** A numbered title alone in a one-cell table ("PHẦN I. KẾT QUẢ 3 NĂM …", "II. NHIỆM VỤ, GIẢI PHÁP"). */
function boxedTitle(cell: Cell): TableHeading | undefined {
  const text = cell.text.replace(/\s+/g, ' ').trim();
  const m = parseMarker(text);
  if (!m || m.spelled || m.scheme === 'bullet' || m.scheme === 'paren' || !m.rest.trim() || words(m.rest) > MAX_TITLE_WORDS) return undefined;
  return { paragraph: cell.first.index, table: cell.first.cell!.table, title: m.rest.trim(), number: m.number, scheme: m.scheme, boxed: true };
}

/** A title cell that opens on its own number, "1. Bối cảnh …", "2.1. Kết quả …", "II. NHIỆM VỤ …": a short title, on the cell's first line. */
function numberedTitle(cell: Cell): TableHeading | undefined {
  const line = cell.text.split('\n')[0].replace(/\s+/g, ' ').trim();
  const m = parseMarker(line);
  // (a part, "PHẦN THỨ NHẤT: TÌNH HÌNH …", and the plan's items "(1) Nâng cao hiệu quả quản lý …" too)
  if (!m || m.spelled || m.scheme === 'bullet' || !m.rest.trim()) return undefined;
  // (the cell is its title, not a paragraph that opens on a number: "1. Năm 2023 toàn huyện có …" runs on — a plan's long title, one
  // clause of words, may run past the usual length: "2. Công tác lãnh đạo, chỉ đạo cụ thể hóa … thuộc phạm vi trách nhiệm của cơ quan, đơn
  // vị, địa phương")
  const n = words(cell.text);
  if (n > MAX_LONG_TITLE_WORDS || (n > MAX_TITLE_WORDS && (/[.;:]\s+\S/u.test(m.rest) || /\d[\d.,]*\s*%|\d+\/\d+/u.test(m.rest)))) return undefined;
  return { paragraph: cell.first.index, table: cell.first.cell!.table, title: m.rest.trim(), number: m.number, scheme: m.scheme };
}

/** The heading a number cell and a title cell make. */
function heading(num: Cell, title: Cell): TableHeading {
  const number = num.text.trim().replace(/(?<!\(\d{1,2})[.)]$/u, '').replace(/^(\(\d{1,2}\))\.$/u, '$1');
  const scheme = /^[a-zđ]$/u.test(number) ? 'alpha' : /^\(\d{1,2}\)$/u.test(number) ? 'paren' : parseMarker(`${number}. x`)?.scheme ?? 'arabic';
  return { paragraph: title.first.index, table: title.first.cell!.table, title: title.text.replace(/\s+/g, ' ').trim(), number, scheme };
}
