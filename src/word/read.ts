/**
 * Read the open document into the core model. Read-only, in few round trips:
 *  1. the paragraphs, a page of PAGE at a time (`top`/`skip`), so that one
 *     response stays well below Word on the web's payload limits; with each
 *     paragraph the tag of its content control, as a collection path (Word
 *     sets isNullObject itself: loading it as a path is refused by a strict
 *     host and is never done);
 *  2. one more batch for the tables (rows and cells, read-tables.ts) and the
 *     list labels Word shows (read-lists.ts; retried in halves on the web).
 * A document of fewer than PAGE paragraphs takes 2 round trips, whatever
 * its content. What could not be read is said in `notes`, never guessed silently.
 */
import type { DocModel, Paragraph } from '../core/model';
import type { ReadNote } from '../core/port';
import type { WContext, WParagraph, WTable } from './api';
import { gridRows, matchCells, type TableShape } from './read-tables';
import { readListLabels } from './read-lists';
import { stripMark } from './marker';

/** Paragraphs per round trip: a page of long paragraphs stays near 1 MB. */
export const PAGE = 1000;
/** Pages are halved after a failed round trip (a payload too large), down to this. */
const MIN_PAGE = 50;

const PROPS = ['text', 'style', 'styleBuiltIn', 'outlineLevel', 'tableNestingLevel', 'isListItem', 'font/bold', 'font/italic', 'font/underline'];
const TAG = 'parentContentControlOrNullObject/tag';

const HEADING = /^Heading([1-9])$/;

export interface ReadResult {
  model: DocModel;
  /** The loaded paragraph proxies, index-aligned with model.paragraphs (for inserting next to them). */
  items: WParagraph[];
  /** Raw paragraph texts as Word gives them (the insertion mark included). */
  raw: string[];
  /** Round trips used. */
  syncs: number;
  /** What could not be read (and was done without). */
  notes: ReadNote[];
}

export interface ReadOptions {
  /** Paragraphs per round trip (tests use small pages). */
  page?: number;
}

async function readPages(context: WContext, page: number, notes: ReadNote[]): Promise<{ items: WParagraph[]; tags: boolean; syncs: number }> {
  const items: WParagraph[] = [];
  let syncs = 0;
  let size = page;
  // the tags are dropped once after a failure; if the page then loads, the host refused them
  let tags = true;
  let dropped = false;
  let refused = false;
  for (let skip = 0; ;) {
    const paras = context.document.body.paragraphs;
    const select = [...PROPS, ...(tags ? [TAG] : [])].join(',');
    paras.load({ select, expand: tags ? 'font,parentContentControlOrNullObject' : 'font', top: size, skip });
    try {
      await context.sync();
    } catch (e) {
      syncs++;
      if (tags && !dropped) {
        tags = false;
        dropped = true;
        continue;
      }
      // it failed without the tags as well: they were not the cause
      if (!refused) tags = true;
      // a payload too large for the host: smaller pages
      if (size <= MIN_PAGE) throw e;
      size = Math.max(MIN_PAGE, Math.floor(size / 2));
      if (!notes.some((n) => n.code === 'smaller-pages')) notes.push({ code: 'smaller-pages' });
      continue;
    }
    syncs++;
    if (!tags) refused = true;
    items.push(...paras.items);
    if (paras.items.length < size) break;
    skip += size;
  }
  if (!tags) notes.push({ code: 'no-tags' });
  return { items, tags, syncs };
}

export async function readDocument(context: WContext, opts: ReadOptions = {}): Promise<ReadResult> {
  const notes: ReadNote[] = [];
  const pages = await readPages(context, opts.page ?? PAGE, notes);
  let syncs = pages.syncs;
  const items = pages.items;
  const raw = items.map((p) => p.text);

  // tables and list labels in one more round trip
  const inTable = items.some((p) => p.tableNestingLevel > 0);
  let tables: TableShape[] | null = null;
  let tableList: WTable[] = [];
  const queueTables = () => {
    const t = context.document.body.tables;
    t.load('items/values,items/nestingLevel');
    tableList = [];
    return t;
  };
  let pending: ReturnType<typeof queueTables> | null = null;
  const lists = items.flatMap((p, i) => (p.isListItem ? [i] : []));
  const labels = await readListLabels(context, items, lists, inTable ? {
    queue: () => { pending = queueTables(); },
    done: async (ok) => {
      if (ok && pending) {
        tableList = pending.items;
        return 0;
      }
      // the batch failed (on a list item, or on the tables): the tables alone
      pending = queueTables();
      try {
        await context.sync();
        tableList = pending.items;
      } catch {
        tableList = [];
        tables = null;
        notes.push({ code: 'no-table-cells' });
      }
      return 1;
    },
  } : undefined);
  syncs += labels.syncs;
  // (a total row whose label spans columns is widened to the grid: see gridRows)
  if (tableList.length) tables = tableList.map((t) => ({ values: gridRows(t.values), nestingLevel: t.nestingLevel }));
  if (labels.lost) notes.push({ code: 'list-labels-lost', count: labels.lost });

  const cells = inTable ? matchCells(raw, items.map((p) => p.tableNestingLevel), tables) : { cells: [], guessed: 0 };
  if (inTable && tables && cells.guessed) notes.push({ code: 'table-cells-guessed', count: cells.guessed });

  const paragraphs: Paragraph[] = items.map((p, index) => {
    const para: Paragraph = { index, text: stripMark(raw[index]).replace(/\r/g, '\n').replace(/\u000b/g, '\n').trim() };
    if (p.style) para.style = p.style;
    const h = HEADING.exec(p.styleBuiltIn ?? '');
    if (h) para.styleLevel = Number(h[1]);
    // outline levels of body text are not documented for Office.js (VBA says 10, OOXML 9): 9 and 10 are no heading
    else if (p.outlineLevel >= 1 && p.outlineLevel <= 8) para.styleLevel = p.outlineLevel;
    if (p.isListItem) {
      para.isList = true;
      const label = labels.labels.get(index);
      if (label) para.numLabel = label;
    }
    if (p.font?.bold === true && para.text) para.bold = true;
    // mixed bold (null): Word does not say where; a numbered paragraph with a colon is read as a possible run-in heading
    else if (p.font?.bold === null && para.text) para.boldStart = true;
    // italic alone makes some offices' sub-headings ("2.1. …" in italics, "(1) Quy hoạch: …" with an italic lead)
    if (p.font?.italic === true && para.text) para.italic = true;
    else if (p.font?.italic === null && para.text) para.italicStart = true;
    // Word says "None", a kind of line ("Single", "Double", …), or "Mixed" when only part is underlined (Word.UnderlineType)
    const u = p.font?.underline;
    if (u && u !== 'None' && u !== 'Mixed' && u !== 'Hidden' && para.text) para.underline = true;
    const cell = cells.cells[index];
    if (cell) para.cell = cell;
    if (pages.tags) {
      const cc = p.parentContentControlOrNullObject;
      if (!cc.isNullObject && cc.tag) para.tags = [cc.tag];
    }
    return para;
  });
  return { model: { paragraphs, source: 'Word' }, items, raw, syncs, notes };
}
