/**
 * Read the open document into the core model in a constant number of round
 * trips, whatever its length: one sync for every paragraph's properties
 * (loaded as collection paths), one for the list labels Word shows.
 */
import type { DocModel, Paragraph } from '../core/model';
import type { WContext, WParagraph } from './api';

const BASE = ['text', 'style', 'styleBuiltIn', 'outlineLevel', 'tableNestingLevel', 'isListItem', 'font/bold', 'font/italic'];
const NESTED = [
  'parentContentControlOrNullObject/isNullObject', 'parentContentControlOrNullObject/tag',
  'parentTableCellOrNullObject/isNullObject', 'parentTableCellOrNullObject/rowIndex', 'parentTableCellOrNullObject/cellIndex',
];
const paths = (props: string[]) => props.map((p) => `items/${p}`).join(',');

const HEADING = /^Heading([1-9])$/;

export interface ReadResult {
  model: DocModel;
  /** The loaded paragraph proxies, index-aligned with model.paragraphs (for inserting next to them). */
  items: WParagraph[];
  /** Round trips used. */
  syncs: number;
  /** What could not be read (and was done without). */
  notes: string[];
}

export async function readDocument(context: WContext): Promise<ReadResult> {
  const notes: string[] = [];
  let syncs = 0;
  let paras = context.document.body.paragraphs;
  let nested = true;
  paras.load(paths([...BASE, ...NESTED]));
  try {
    await context.sync();
    syncs++;
  } catch {
    // an older host that cannot load the parent objects as paths: read without tags and cells
    syncs++;
    nested = false;
    notes.push('no-parents');
    paras = context.document.body.paragraphs;
    paras.load(paths(BASE));
    await context.sync();
    syncs++;
  }
  const items = paras.items;
  // list labels ("II.", "2.1.") in one more batch, only for list paragraphs
  const lists = items.map((p) => (p.isListItem ? p.listItemOrNullObject : null));
  for (const l of lists) l?.load('listString,level');
  if (lists.some((l) => l)) {
    try {
      await context.sync();
    } catch {
      // office-js#5901: on the web, list items under tracked changes can throw; keep the text-only numbering
      notes.push('no-list-labels');
      lists.fill(null);
    }
    syncs++;
  }

  const paragraphs: Paragraph[] = [];
  let table = -1;
  let prev: { row: number; cell: number } | null = null;
  items.forEach((p, index) => {
    const para: Paragraph = { index, text: p.text.replace(/\r/g, '\n').replace(/\u000b/g, '\n').trim() };
    if (p.style) para.style = p.style;
    const h = HEADING.exec(p.styleBuiltIn ?? '');
    if (h) para.styleLevel = Number(h[1]);
    else if (p.outlineLevel >= 1 && p.outlineLevel <= 9) para.styleLevel = p.outlineLevel;
    const l = lists[index];
    if (p.isListItem) {
      para.isList = true;
      if (l && !l.isNullObject && l.listString && /[\p{L}\d]/u.test(l.listString)) para.numLabel = l.listString;
    }
    if (p.font?.bold === true && para.text) para.bold = true;
    // mixed bold (null): Word does not say where; a numbered paragraph with a colon is read as a possible run-in heading
    else if (p.font?.bold === null && para.text) para.boldStart = true;
    // italic alone makes some offices' sub-headings ("2.1. …" in italics, "(1) Quy hoạch: …" with an italic lead)
    if (p.font?.italic === true && para.text) para.italic = true;
    else if (p.font?.italic === null && para.text) para.italicStart = true;
    if (p.tableNestingLevel > 0) {
      const c = nested && !p.parentTableCellOrNullObject.isNullObject ? p.parentTableCellOrNullObject : null;
      const row = c?.rowIndex ?? 0;
      const cell = c?.cellIndex ?? 0;
      // a new table starts after body text, or when the row/cell position goes back
      if (!prev || row < prev.row || (row === prev.row && cell < prev.cell)) table++;
      prev = { row, cell };
      para.cell = { table, row, cell };
    } else prev = null;
    if (nested && !p.parentContentControlOrNullObject.isNullObject && p.parentContentControlOrNullObject.tag)
      para.tags = [p.parentContentControlOrNullObject.tag];
    paragraphs.push(para);
  });
  return { model: { paragraphs, source: 'Word' }, items, syncs, notes };
}
