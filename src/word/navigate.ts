/**
 * Go to a finding: select its paragraph (or the quoted figure inside it), which
 * also scrolls Word to it. Only the paragraphs around the target are loaded
 * (a page of 2·WINDOW+1, `top`/`skip`); if the document changed since the
 * check, the paragraph is found again by its text near where it was.
 * search() takes at most 255 characters (SearchStringInvalidOrTooLong) and
 * fails while Word's search dialog is open (SearchDialogIsOpen): then the
 * paragraph is selected instead.
 */
import type { WContext, WParagraph, WParagraphCollection } from './api';

export interface Target {
  paragraph?: number;
  /** Text the paragraph should contain (the finding's excerpt). */
  excerpt?: string;
  /** A span to select inside the paragraph ("66,5%"). */
  quote?: string;
}

/** Paragraphs looked at on each side of the target. */
export const WINDOW = 50;
/** The window after a refused load. */
const NARROW = 5;
/** The longest text Word's search accepts. */
export const SEARCH_MAX = 255;

const key = (s: string) => s.replace(/…$/, '').replace(/\s+/g, ' ').trim().slice(0, 40).toLowerCase();

function locate(items: WParagraph[], at: number, t: Target, window: number): WParagraph | undefined {
  const here = items[at];
  if (!t.excerpt) return here;
  const k = key(t.excerpt);
  const fits = (p: WParagraph | undefined) => !!p && p.text.replace(/\s+/g, ' ').toLowerCase().includes(k);
  if (fits(here)) return here;
  for (let d = 1; d <= window; d++) for (const i of [at - d, at + d]) if (fits(items[i])) return items[i];
  return here;
}

export interface GoToResult {
  ok: boolean;
  /** The quote was selected (not only its paragraph). */
  quoted: boolean;
  syncs: number;
}

/** Select the target; false when there is nothing to go to. Three round trips (four after a refused load). */
export async function goTo(context: WContext, t: Target): Promise<GoToResult> {
  if (t.paragraph === undefined || t.paragraph < 0) return { ok: false, quoted: false, syncs: 0 };
  let syncs = 0;
  let window = WINDOW;
  let from: number;
  let paras: WParagraphCollection;
  for (;;) {
    from = Math.max(0, t.paragraph - window);
    paras = context.document.body.paragraphs;
    paras.load({ select: 'text', top: 2 * window + 1, skip: from });
    try {
      await context.sync();
      syncs++;
      break;
    } catch (e) {
      // a response too large for the host (long paragraphs on the web): a narrower window
      syncs++;
      if (window <= NARROW) throw e;
      window = NARROW;
    }
  }
  const p = locate(paras.items, t.paragraph - from, t, window);
  if (!p) return { ok: false, quoted: false, syncs };
  if (t.quote && t.quote.trim() && t.quote.length <= SEARCH_MAX) {
    try {
      const found = p.search(t.quote, { matchCase: false });
      found.load('items');
      await context.sync();
      syncs++;
      if (found.items.length) {
        found.items[0].select();
        await context.sync();
        return { ok: true, quoted: true, syncs: syncs + 1 };
      }
    } catch {
      // SearchDialogIsOpen (or a search Word refuses): select the paragraph instead
      syncs++;
    }
  }
  p.select();
  await context.sync();
  return { ok: true, quoted: false, syncs: syncs + 1 };
}
