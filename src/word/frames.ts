/**
 * Phase 2 of an insertion: frame each guidance in a tagged rich-text content
 * control (blue box, "type over it"), in a batch of its own — after the
 * paragraphs exist, never in the batch that appended them (controls made
 * after an append silently do nothing on the web, office-js#409). A frame
 * may be refused (several sections #3594, a table cell #3367, next to another
 * control #6103): that guidance stays plain text, still marked, still
 * removable. Titles come in one more batch and may fail alone (#191); they
 * hold at most 64 characters (office-js-docs-reference#1238).
 */
import type { WContext, WContentControl, WParagraph } from './api';
import { applyApart } from './apart';

export interface Guidance {
  first: WParagraph;
  last: WParagraph;
  tag: string;
}

export const GUIDANCE_TITLE = 'Hướng dẫn — gõ đè lên để viết';
export const GUIDANCE_COLOR = '#0F6CBD';
/** Word shows the first 64 characters of a control's title. */
export const TITLE_MAX = 64;

export const title = (s: string) => (s.length <= TITLE_MAX ? s : `${s.slice(0, TITLE_MAX - 1)}…`);

export async function frameGuidance(context: WContext, list: Guidance[]): Promise<{ framed: number; unframed: number; syncs: number }> {
  if (!list.length) return { framed: 0, unframed: 0, syncs: 0 };
  const made = new Map<Guidance, WContentControl>();
  const wraps = await applyApart(context, list, (g) => {
    const whole = g.first === g.last ? g.first.getRange('Whole') : g.first.getRange('Whole').expandTo(g.last.getRange('Whole'));
    const cc = whole.insertContentControl();
    cc.appearance = 'BoundingBox';
    cc.color = GUIDANCE_COLOR;
    // the tag last: a frame with its tag is a frame whose commands all went through
    cc.tag = g.tag;
    made.set(g, cc);
  }, (g) => {
    const cc = g.first.getRange('Whole').parentContentControlOrNullObject;
    cc.load('tag');
    return () => !cc.isNullObject && cc.tag === g.tag;
  });
  let syncs = wraps.syncs;
  const titled = await applyApart(context, wraps.done, (g) => {
    made.get(g)!.title = title(GUIDANCE_TITLE);
  }, (g) => {
    const cc = g.first.getRange('Whole').parentContentControlOrNullObject;
    cc.load('title');
    return () => !cc.isNullObject && cc.title === title(GUIDANCE_TITLE);
  }, { verify: false, strikes: 2 });
  syncs += titled.syncs;
  return { framed: wraps.done.length, unframed: wraps.failed.length, syncs };
}
