/**
 * Optional marks (off by default): each finding's paragraph framed in a red,
 * tagged content control, and a comment where Word has comments (WordApi 1.4).
 * One failing mark never aborts the others (applyApart): a frame may be
 * refused on the web (a table cell #3367, several sections #3594, next to a
 * control #6103), comments are NotAllowed on some tenants (#6746), titles of
 * inline controls fail on the web (#191) and show 64 characters at most
 * (office-js-docs-reference#1238). Frames are block-level (the whole
 * paragraph), titles and comments come in batches of their own.
 * Removing the marks unwraps the controls, keeping their content, and deletes
 * only decuong's comments: the document is as it was.
 */
import { markTag, parseTag } from '../core/skeleton';
import type { MarkOutcome } from '../core/port';
import type { WContentControl, WContext, WParagraph } from './api';
import { applyApart } from './apart';
import { title } from './frames';

export const COMMENT_PREFIX = '[decuong]';
export const MARK_COLOR = '#C50F1F';

export interface Mark {
  paragraph: number;
  message: string;
}

interface Item {
  p: WParagraph;
  tag: string;
  message: string;
  cc?: WContentControl;
}

export async function addMarks(context: WContext, marks: Mark[], comments: boolean): Promise<MarkOutcome & { syncs: number }> {
  const paras = context.document.body.paragraphs;
  paras.load('items/$none');
  await context.sync();
  let syncs = 1;
  const seen = new Set<number>();
  const items: Item[] = [];
  for (const m of marks) {
    const p = paras.items[m.paragraph];
    if (!p || seen.has(m.paragraph)) continue;
    seen.add(m.paragraph);
    items.push({ p, tag: markTag(m.paragraph), message: m.message });
  }
  const tagOf = (it: Item) => {
    const cc = it.p.getRange('Whole').parentContentControlOrNullObject;
    cc.load('tag');
    return cc;
  };
  const framed = await applyApart(context, items, (it) => {
    const cc = it.p.getRange('Whole').insertContentControl();
    cc.appearance = 'BoundingBox';
    cc.color = MARK_COLOR;
    cc.tag = it.tag;
    it.cc = cc;
  }, (it) => {
    const cc = tagOf(it);
    return () => !cc.isNullObject && cc.tag === it.tag;
  });
  syncs += framed.syncs;
  const titled = await applyApart(context, framed.done, (it) => {
    it.cc!.title = title(`decuong: ${it.message}`);
  }, (it) => {
    const cc = it.p.getRange('Whole').parentContentControlOrNullObject;
    cc.load('title');
    return () => !cc.isNullObject && cc.title === title(`decuong: ${it.message}`);
  }, { verify: false, strikes: 2 });
  syncs += titled.syncs;
  let commented = false;
  if (comments && framed.done.length) {
    const c = await applyApart(context, framed.done, (it) => {
      it.p.getRange('Whole').insertComment(`${COMMENT_PREFIX} ${it.message}`);
    }, (it) => {
      const cs = it.p.getRange('Whole').getComments();
      cs.load('items/content');
      return () => cs.items.some((x) => x.content.startsWith(COMMENT_PREFIX));
    }, { verify: false, strikes: 2 });
    syncs += c.syncs;
    commented = c.done.length > 0;
  }
  return { marked: framed.done.length, failed: framed.failed.length, comments: commented, syncs };
}

export async function removeMarks(context: WContext, comments: boolean): Promise<{ frames: number; commentsLeft: number }> {
  const load = () => {
    const ccs = context.document.body.contentControls;
    ccs.load('items/tag');
    const cs = comments ? context.document.body.getComments() : null;
    cs?.load('items/content');
    return { ccs, cs };
  };
  const mine = (l: ReturnType<typeof load>) => ({
    frames: l.ccs.items.filter((cc) => parseTag(cc.tag ?? '')?.kind === 'm'),
    notes: (l.cs?.items ?? []).filter((c) => c.content.startsWith(COMMENT_PREFIX)),
  });
  let l = load();
  await context.sync();
  let m = mine(l);
  const count = m.frames.length;
  m.frames.forEach((cc) => cc.delete(true));
  m.notes.forEach((c) => c.delete());
  try {
    await context.sync();
    return { frames: count, commentsLeft: 0 };
  } catch {
    // one refused (a comment after a tracked cut-and-paste, office-js#6895): the rest one at a time
  }
  l = load();
  await context.sync();
  m = mine(l);
  let failed = 0;
  const each = async (del: () => void) => {
    del();
    try {
      await context.sync();
      return true;
    } catch {
      return false;
    }
  };
  let left = 0;
  for (const cc of m.frames) if (!(await each(() => cc.delete(true)))) failed++;
  for (const c of m.notes) if (!(await each(() => c.delete()))) left++;
  return { frames: count - failed, commentsLeft: left };
}
