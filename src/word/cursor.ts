/**
 * Where an insertion "at the cursor" goes. After the paragraph that holds the
 * cursor — or, when the cursor is in a table or a content control, after that
 * table or control (a paragraph inserted next to one inside a control lands
 * inside or outside it depending on the platform: office-js#3176, #866; one
 * next to a cell paragraph lands in the cell). Outside the main body (a
 * header, footer, footnote, endnote or text box: Body.type) it is refused.
 */
import type { WBody, WContentControl, WContext, WNullable, WParagraph, WTable } from './api';
import { WordRefusal } from './errors';

/** Where the first inserted paragraph goes; the next ones follow it. */
export type Anchor =
  | { after: WParagraph | WTable }
  | { before: WParagraph }
  | { beforeTable: WTable }
  | { end: WBody };

/** Body types that are not the document's main text. */
const OUTSIDE = new Set(['Header', 'Footer', 'Footnote', 'Endnote', 'NoteItem', 'Shape', 'Comment']);
/** Nesting levels followed up to the outermost table or control (each costs a round trip). */
const MAX_DEPTH = 8;

export interface CursorAnchor {
  anchor: Anchor;
  /** The anchor paragraph is a list item (the new paragraph must leave the list). */
  list: boolean;
  syncs: number;
}

export async function cursorAnchor(context: WContext): Promise<CursorAnchor> {
  let syncs = 0;
  const sync = async () => {
    await context.sync();
    syncs++;
  };
  const p = context.document.getSelection().paragraphs.getLast();
  p.load('tableNestingLevel,isListItem');
  const body = p.parentBody;
  body.load('type');
  let cc = p.parentContentControlOrNullObject;
  cc.load('tag');
  let table = p.parentTableOrNullObject;
  table.load('nestingLevel');
  await sync();
  if (OUTSIDE.has(body.type)) throw new WordRefusal('outside-body', body.type);

  if (!table.isNullObject) {
    // up to the outermost table, then the control around it, if any
    for (let i = 0; i < MAX_DEPTH && table.nestingLevel > 1; i++) {
      const up = table.parentTableOrNullObject;
      up.load('nestingLevel');
      await sync();
      if (up.isNullObject) break;
      table = up;
    }
    const tb = table.parentBody;
    tb.load('type');
    const around = table.parentContentControlOrNullObject;
    around.load('tag');
    await sync();
    if (OUTSIDE.has(tb.type)) throw new WordRefusal('outside-body', tb.type);
    if (around.isNullObject) return { anchor: { after: table }, list: false, syncs };
    cc = around;
  }
  if (!cc.isNullObject) {
    for (let i = 0; i < MAX_DEPTH; i++) {
      const up: WContentControl & WNullable = cc.parentContentControlOrNullObject;
      up.load('tag');
      await sync();
      if (up.isNullObject) break;
      cc = up;
    }
    return { anchor: await afterControl(context, cc, sync), list: false, syncs };
  }
  return { anchor: { after: p }, list: p.isListItem, syncs };
}

/**
 * After a control: before the paragraph that follows it (or the table it
 * starts), never through ContentControl.insertParagraph (NotAllowed on the
 * web, office-js#53); at the end of the body when nothing follows.
 */
async function afterControl(context: WContext, cc: WContentControl, sync: () => Promise<void>): Promise<Anchor> {
  const next = cc.paragraphs.getLast().getNextOrNullObject();
  next.load('tableNestingLevel');
  await sync();
  if (next.isNullObject) return { end: context.document.body };
  if (next.tableNestingLevel === 0) return { before: next };
  const t = next.parentTableOrNullObject;
  t.load('nestingLevel');
  await sync();
  return t.isNullObject ? { before: next } : { beforeTable: t };
}
