/**
 * Where the cursor is, for the pane that follows the writer: the index of the
 * paragraph under the cursor in the main body (the index the reader gives it)
 * and that paragraph's text, in one round trip and with no change to the
 * document. The paragraphs from the start of the body to the cursor are
 * loaded with no properties ("$none"): only their count crosses, not their
 * text. Outside the main body (a header, footer, footnote…) there is no place.
 */
import type { WContext } from './api';

export interface CursorPlace {
  paragraph: number;
  text: string;
  syncs: number;
}

const OUTSIDE = new Set(['Header', 'Footer', 'Footnote', 'Endnote', 'NoteItem', 'Shape', 'Comment']);

export async function cursorPlace(context: WContext): Promise<CursorPlace | null> {
  const here = context.document.getSelection().paragraphs.getFirst();
  here.load('text');
  const body = here.parentBody;
  body.load('type');
  const upto = context.document.body.paragraphs.getFirst().getRange('Whole').expandTo(here.getRange('Whole')).paragraphs;
  upto.load('items/$none');
  try {
    await context.sync();
  } catch {
    // the cursor is in another story (a header, a footnote): no range runs from the body's start to it
    return null;
  }
  if (OUTSIDE.has(body.type)) return null;
  return { paragraph: upto.items.length - 1, text: here.text, syncs: 1 };
}
