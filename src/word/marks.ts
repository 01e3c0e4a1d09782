/**
 * Optional marks (off by default): each finding's paragraph wrapped in a
 * tagged content control, and a comment where Word has comments (WordApi 1.4).
 * Removing the marks unwraps the controls, keeping their content, and deletes
 * only decuong's comments: the document is as it was.
 */
import { markTag, parseTag } from '../core/skeleton';
import type { WContext } from './api';

export const COMMENT_PREFIX = '[decuong]';

export interface Mark {
  paragraph: number;
  message: string;
}

export async function addMarks(context: WContext, marks: Mark[], comments: boolean): Promise<number> {
  const paras = context.document.body.paragraphs;
  paras.load('items/text');
  await context.sync();
  let n = 0;
  const done = new Set<number>();
  for (const m of marks) {
    const p = paras.items[m.paragraph];
    if (!p || done.has(m.paragraph)) continue;
    done.add(m.paragraph);
    const range = p.getRange('Content');
    const cc = range.insertContentControl();
    cc.tag = markTag(n);
    cc.title = `decuong: ${m.message}`.slice(0, 250);
    cc.appearance = 'BoundingBox';
    cc.color = '#C50F1F';
    if (comments) range.insertComment(`${COMMENT_PREFIX} ${m.message}`);
    n++;
  }
  await context.sync();
  return n;
}

export async function removeMarks(context: WContext, comments: boolean): Promise<number> {
  const ccs = context.document.body.contentControls;
  ccs.load('items/tag');
  const cs = comments ? context.document.body.getComments() : null;
  cs?.load('items/content');
  await context.sync();
  let n = 0;
  for (const cc of ccs.items) {
    if (parseTag(cc.tag ?? '')?.kind !== 'm') continue;
    cc.delete(true);
    n++;
  }
  for (const c of cs?.items ?? []) if (c.content.startsWith(COMMENT_PREFIX)) c.delete();
  await context.sync();
  return n;
}
