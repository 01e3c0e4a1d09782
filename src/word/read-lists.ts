/**
 * The numbering labels Word shows for list paragraphs ("II.", "2.1."), in one
 * batch. On Word on the web, loading the list item of a paragraph under a
 * tracked change throws (office-js#5901, open; #5335), and the whole batch
 * with it: the batch is then retried in halves, so that only the failing
 * paragraphs lose their labels — never all labels, never the read.
 */
import type { WContext, WListItem, WParagraph } from './api';

export interface ListLabels {
  /** Label by paragraph position. */
  labels: Map<number, string>;
  /** List paragraphs whose label could not be read. */
  lost: number;
  syncs: number;
}

/**
 * `extra` is queued with the first batch (the tables, to save a round trip);
 * it reports whether that batch went through, and is retried alone if not.
 */
export async function readListLabels(context: WContext, items: WParagraph[], lists: number[], extra?: { queue(): void; done(ok: boolean): Promise<number> }): Promise<ListLabels> {
  const labels = new Map<number, string>();
  let lost = 0;
  let syncs = 0;
  const take = (group: number[], li: WListItem[]) => group.forEach((i, k) => {
    const l = li[k] as WListItem & { isNullObject: boolean };
    if (!l.isNullObject && l.listString && /[\p{L}\d]/u.test(l.listString)) labels.set(i, l.listString);
  });
  const attempt = async (group: number[], withExtra: boolean): Promise<boolean> => {
    const li = group.map((i) => items[i].listItemOrNullObject);
    for (const l of li) l.load('listString,level');
    if (withExtra) extra?.queue();
    try {
      await context.sync();
      take(group, li);
      return true;
    } catch {
      return false;
    } finally {
      syncs++;
    }
  };
  const halves = async (group: number[]): Promise<void> => {
    if (!group.length) return;
    if (await attempt(group, false)) return;
    if (group.length === 1) {
      lost++;
      return;
    }
    const mid = Math.ceil(group.length / 2);
    await halves(group.slice(0, mid));
    await halves(group.slice(mid));
  };
  if (!lists.length && !extra) return { labels, lost, syncs };
  const ok = await attempt(lists, true);
  if (extra) syncs += await extra.done(ok);
  if (!ok && lists.length) {
    const mid = Math.ceil(lists.length / 2);
    if (lists.length === 1) lost++;
    else {
      await halves(lists.slice(0, mid));
      await halves(lists.slice(mid));
    }
  }
  return { labels, lost, syncs };
}
