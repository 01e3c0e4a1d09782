/**
 * Go to a finding: select its paragraph (or the quoted figure inside it), which
 * also scrolls Word to it. If the document changed since the check, the
 * paragraph is found again by its text near where it was.
 */
import type { WContext, WParagraph } from './api';

export interface Target {
  paragraph?: number;
  /** Text the paragraph should contain (the finding's excerpt). */
  excerpt?: string;
  /** A span to select inside the paragraph ("66,5%"). */
  quote?: string;
}

const key = (s: string) => s.replace(/…$/, '').replace(/\s+/g, ' ').trim().slice(0, 40).toLowerCase();

function locate(items: WParagraph[], t: Target): WParagraph | undefined {
  if (t.paragraph === undefined) return undefined;
  const at = items[t.paragraph];
  if (!t.excerpt) return at;
  const k = key(t.excerpt);
  const fits = (p: WParagraph | undefined) => !!p && p.text.replace(/\s+/g, ' ').toLowerCase().includes(k);
  if (fits(at)) return at;
  for (let d = 1; d <= 50; d++) for (const i of [t.paragraph - d, t.paragraph + d]) if (fits(items[i])) return items[i];
  return at;
}

/** Select the target; false when there is nothing to go to. Two round trips at most. */
export async function goTo(context: WContext, t: Target): Promise<boolean> {
  const paras = context.document.body.paragraphs;
  paras.load('items/text');
  await context.sync();
  const p = locate(paras.items, t);
  if (!p) return false;
  if (t.quote && t.quote.length <= 255) {
    const found = p.search(t.quote, { matchCase: false });
    found.load('items');
    await context.sync();
    if (found.items.length) {
      found.items[0].select();
      await context.sync();
      return true;
    }
  }
  p.select();
  await context.sync();
  return true;
}
