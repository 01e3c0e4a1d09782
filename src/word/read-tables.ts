/**
 * Table cells for the paragraphs Word reads. Loading each paragraph's parent
 * cell as a collection path is what fails on the web under tracked changes
 * (office-js#5901: "items/listItemOrNullObject, items/parentTableCellOrNullObject"),
 * so the cells come from the body's tables instead: each top-level table's
 * `values` (rows of cell texts), matched in order to the paragraphs Word marks
 * as in a table (tableNestingLevel > 0). A cell's text holds its paragraphs:
 * a paragraph stays in the current cell while its text continues the cell's
 * text, and moves to the next cell when it does not. Pure.
 */
import type { CellRef } from '../core/model';
import { isTotal } from '../core/totals-common';

export interface TableShape {
  values: string[][];
  nestingLevel: number;
}

/** Text compared without whitespace, line or paragraph separators, or the insertion mark. */
const squash = (s: string) => s.replace(/[\s\u000b\u200b]+/gu, '');

interface Slot {
  row: number;
  cell: number;
  rest: string;
  got: number;
}

export interface CellMatch {
  cells: (CellRef | undefined)[];
  /** Table paragraphs whose cell was guessed (their text did not follow the table's values). */
  guessed: number;
}

/**
 * `texts[i]` and `nesting[i]` of every paragraph in document order; `tables`
 * as Word lists them (document order). Without tables (they could not be
 * read) every run of table paragraphs is a table of one cell per paragraph.
 */
export function matchCells(texts: string[], nesting: number[], tables: TableShape[] | null): CellMatch {
  const top = (tables ?? []).filter((t) => t.nestingLevel <= 1);
  const cells: (CellRef | undefined)[] = new Array(texts.length).fill(undefined);
  let guessed = 0;
  let table = -1;
  let slots: Slot[] = [];
  let k = 0;
  let inRun = false;
  let last: CellRef | undefined;
  const start = () => {
    table++;
    const t = top[table];
    slots = t ? t.values.flatMap((row, r) => row.map((v, c) => ({ row: r, cell: c, rest: squash(v), got: 0 }))) : [];
    k = 0;
  };
  for (let i = 0; i < texts.length; i++) {
    if (!(nesting[i] > 0)) {
      inRun = false;
      continue;
    }
    if (nesting[i] > 1 && inRun && last) {
      // a nested table's paragraph: its text is part of the outer cell's
      cells[i] = { ...last };
      const s = slots[k];
      if (s && s.rest.startsWith(squash(texts[i]))) s.rest = s.rest.slice(squash(texts[i]).length);
      continue;
    }
    if (!inRun) start();
    inRun = true;
    const s = squash(texts[i]);
    if (!tables) {
      cells[i] = last = { table, row: 0, cell: slots.length };
      slots.push({ row: 0, cell: slots.length, rest: '', got: 1 });
      guessed++;
      continue;
    }
    let slot = slots[k];
    // the cell is complete (or the text is not its continuation): the paragraph opens the next cell
    if (slot && slot.got > 0 && (slot.rest === '' || !slot.rest.startsWith(s))) slot = slots[++k];
    if (!slot) {
      // past the table's last cell without a paragraph between: the next table
      start();
      slot = slots[0];
    }
    if (!slot) {
      guessed++;
      cells[i] = last = { table, row: 0, cell: 0 };
      continue;
    }
    // an empty cell no paragraph fills — the place a merged cell covers ("Tổng cộng" across TT and Xã: "Tổng cộng | | 03 xã | …") — is passed
    // over to the cell of the row whose text the paragraph is (walk45, item 3: the total row's figures fell one column to the left)
    if (s && slot.got === 0 && slot.rest === '') {
      let j = k + 1;
      while (slots[j] && slots[j].row === slot.row && slots[j].got === 0 && slots[j].rest === '') j++;
      if (slots[j] && slots[j].row === slot.row && slots[j].got === 0 && slots[j].rest.startsWith(s)) slot = slots[(k = j)];
    }
    if (slot.rest.startsWith(s)) slot.rest = slot.rest.slice(s.length);
    else {
      guessed++;
      slot.rest = '';
    }
    slot.got++;
    cells[i] = last = { table, row: slot.row, cell: slot.cell };
  }
  return { cells, guessed };
}

/** A cell of a figure only, its unit's word or two after it allowed ("136", "7.948", "03 xã", "-" for none). */
const FIGURES = /^\s*(?:[\d.,%()+\-–—/]+(?:\s*\p{Ll}+(?:\s+\p{Ll}+){0,2})?)?\s*$/u;

/**
 * A table's rows as Word gives them, a total row whose label covers several grid columns ("Cộng" across TT and the names: Word lists it as
 * one cell, so the row is shorter than the others) widened to the grid: empty places after its label, as the .docx reader's grid columns
 * put them, so that its figures stand under their columns (walk48, item 2: "Tổng ở cột … ghi 7.948 nhưng các phần cộng lại 136" in the
 * pane only). Only a row that opens on a total's label and holds figures alone after it; any other short row is left as Word gives it
 * (which grid columns a merged header covers cannot be told from its text). Not verified on Word itself: the Word API documents
 * `Table.values` as rows of cell texts, and a merged cell as one cell.
 */
export function gridRows(values: string[][]): string[][] {
  const width = Math.max(0, ...values.map((r) => r.length));
  return values.map((row) => {
    const missing = width - row.length;
    if (missing <= 0 || row.length < 2 || !isTotal(row[0].replace(/[\r\u000b]+/gu, ' ')) || !row.slice(1).every((c) => FIGURES.test(c))) return row;
    return [row[0], ...new Array<string>(missing).fill(''), ...row.slice(1)];
  });
}
