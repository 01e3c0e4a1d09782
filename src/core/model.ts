/**
 * The document model both readers fill (the .docx reader and the Word
 * adapter): paragraphs in order, with what the checker needs to know.
 */
import { tabCells } from './tab-tables';

export interface CellRef {
  /** Index of the table in the document (top-level and nested tables alike). */
  table: number;
  row: number;
  /** Index of the cell in its row, as stored. */
  cell: number;
  /** Grid column where the cell starts (merged cells make it differ from `cell`), when the reader knows it. */
  col?: number;
  /** Grid columns the cell covers when more than one. */
  span?: number;
  /** A vertical merge: the cell opens one that goes on into the rows below ("first"), or continues the one above ("more"). */
  merge?: 'first' | 'more';
  /** The paragraph is a whole row typed with tabs between its cells (core/tab-tables.ts): its cells are its text's parts. */
  tabbed?: true;
  /** … whose empty first cell was lost with the line's leading tab: its cells start at the second column. */
  shifted?: true;
}

export interface Paragraph {
  /** Position in document order (0-based). */
  index: number;
  /** Text as the reader sees it; line breaks inside the paragraph are "\n". */
  text: string;
  /** Style name as found (localised in Word), if any. */
  style?: string;
  /** Heading level 1..9 from the style (built-in heading or its outline level), if any. */
  styleLevel?: number;
  /** Numbering label Word shows but is not in the text ("II.", "2.1."), if any. */
  numLabel?: string;
  /** Whether the paragraph is a list item (automatic numbering or bullets). */
  isList?: boolean;
  /** All the text is bold. */
  bold?: boolean;
  /** The text starts in bold but is not all bold: a run-in heading ("**2.1. Kết quả:** nội dung…") may start it. */
  boldStart?: boolean;
  /** All the text is italic (some offices make sub-headings italic only). */
  italic?: boolean;
  /** The text starts in italic but is not all italic: an italic run-in heading ("_(1) Quy hoạch:_ nội dung…"). */
  italicStart?: boolean;
  /** All the text is underlined (some offices make headings by an underline alone: "Kết quả thực hiện:"). */
  underline?: boolean;
  /** With boldStart or italicStart: how many characters of the text the bold or italic lead covers, when the reader knows. */
  lead?: number;
  /** Set when the paragraph sits in a table cell. */
  cell?: CellRef;
  /** Tags of the content controls the paragraph is in (outermost first). */
  tags?: string[];
  /** The text of the footnotes the paragraph refers to, in order. */
  notes?: string[];
}

export interface DocModel {
  paragraphs: Paragraph[];
  footnotes?: string[];
  /** Where the model came from, for messages ("report.docx"). */
  source?: string;
  /** What decuong recorded in the document when it wrote the outline (a custom document property, "decuong.level"): the level the
   * outline was made for, read when the report's own header names none (walk44, item 10). */
  recorded?: { level?: 'tinh' | 'huyen' | 'xa' | 'so-nganh' };
  /** When the document was last saved, as its own properties say (docProps/core.xml, dcterms:modified; ISO 8601), if they say: of two copies
   * of one unit's report, the one saved later is the one sent later, whatever times the files took on when saved from e-mail (walk58, item 1). */
  saved?: string;
}

/** The text a reader sees, with Word's numbering label in front when there is one. */
/** Whether two paragraphs are set in the same emphasis, bold and italic (a bold heading and the italic guidance under it are not). */
export const sameEmphasis = (p: Paragraph, q: Paragraph) => !p.bold === !q.bold && !p.italic === !q.italic;

export function displayText(p: Paragraph): string {
  return p.numLabel ? `${p.numLabel.trim()} ${p.text}` : p.text;
}

/** A table reassembled from the paragraphs: rows of cell texts. */
export interface TableView {
  table: number;
  /** Paragraph index of the first paragraph in the table. */
  first: number;
  last: number;
  rows: string[][];
  /** Paragraph index of the first paragraph of each row (for pointing a finding at a row). */
  rowFirst: number[];
  /** For each row, the columns a merged cell from the left covers (its text repeated there), if any. */
  covered: Array<Set<number> | undefined>;
  /** For each row, the grid columns whose cell goes on into the row below (a vertical merge: one cell for several rows), if any. */
  spansDown?: Array<Set<number> | undefined>;
}

/**
 * The rows one cell merged down covers, when the cell at (row, col) is part of such a merge (the first row holds its text), else
 * undefined.
 */
export function mergedRows(t: TableView, row: number, col: number): number[] | undefined {
  const down = t.spansDown;
  if (!down || !(down[row]?.has(col) || down[row - 1]?.has(col))) return undefined;
  let first = row;
  while (first > 0 && down[first - 1]?.has(col)) first--;
  const rows = [first];
  for (let r = first; down[r]?.has(col) && r + 1 < t.rows.length; r++) rows.push(r + 1);
  return rows;
}

/** Group table paragraphs back into tables (rows × cells, cell text joined by spaces). */
export function tables(doc: DocModel): TableView[] {
  // several rules read the tables of the same document: build them once (the model is not changed after reading)
  let hit = tableCache.get(doc);
  if (hit && hit.n === doc.paragraphs.length) return hit.views;
  hit = { n: doc.paragraphs.length, views: buildTables(doc) };
  tableCache.set(doc, hit);
  return hit.views;
}

const tableCache = new WeakMap<DocModel, { n: number; views: TableView[] }>();

function buildTables(doc: DocModel): TableView[] {
  const byTable = new Map<number, TableView>();
  for (const p of doc.paragraphs) {
    if (!p.cell) continue;
    let t = byTable.get(p.cell.table);
    if (!t) {
      t = { table: p.cell.table, first: p.index, last: p.index, rows: [], rowFirst: [], covered: [] };
      byTable.set(p.cell.table, t);
    }
    t.last = p.index;
    t.rowFirst[p.cell.row] ??= p.index;
    if (p.cell.tabbed) {
      t.rows[p.cell.row] = [...(p.cell.shifted ? [''] : []), ...tabCells(p.text)];
      continue;
    }
    const row = (t.rows[p.cell.row] ??= []);
    // by grid column when the reader knows it, so merged cells keep the columns aligned; a merged cell's
    // text stands in each column it covers
    const at = p.cell.col ?? p.cell.cell;
    if (p.cell.merge === 'more' && p.cell.row > 0) for (let k = 0; k < Math.min(p.cell.span ?? 1, 64); k++) ((t.spansDown ??= [])[p.cell.row - 1] ??= new Set()).add(at + k);
    for (let k = 0; k < Math.min(p.cell.span ?? 1, 64); k++) {
      row[at + k] = row[at + k] ? `${row[at + k]} ${p.text}` : p.text;
      if (k > 0) (t.covered[p.cell.row] ??= new Set()).add(at + k);
    }
  }
  for (const t of byTable.values()) for (let r = 0; r < t.rows.length; r++) t.rows[r] = Array.from(t.rows[r] ?? [], (c) => c ?? '');
  return [...byTable.values()].sort((a, b) => a.first - b.first);
}

/** The lines that introduce a table: up to three paragraphs before it, out of tables, nearest first. */
export function captionOf(doc: DocModel, t: TableView): string[] {
  const out: string[] = [];
  for (let i = t.first - 1; i >= Math.max(0, t.first - 3); i--) if (doc.paragraphs[i] && !doc.paragraphs[i].cell) out.push(doc.paragraphs[i].text);
  return out;
}
