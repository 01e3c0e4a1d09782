/** What the task pane says after the Word layer has worked (or refused), in the writer's language. */
import type { CleanupOutcome, InsertOutcome, MarkOutcome, ReadNote } from '../core/port';
import { t, type StringKey, type UiLang } from './i18n';

/** A failure as the writer should read it: the Word layer's refusals by their code, anything else as "could not complete". */
export function failureText(lang: UiLang, e: unknown): string {
  const code = (e as { code?: unknown })?.code;
  if (code === 'busy') return t(lang, 'busy');
  if (code === 'outside-body') return t(lang, 'outsideBody');
  return `${t(lang, 'failed')}: ${(e as Error)?.message ?? String(e)}`;
}

export function insertedText(lang: UiLang, o: InsertOutcome): string {
  if (o.cancelled) return t(lang, 'insertStopped', { n: o.paragraphs });
  const head = o.sections !== undefined ? t(lang, 'insertedMissing', { k: o.sections, n: o.paragraphs }) : t(lang, 'inserted', { n: o.paragraphs });
  return o.unframed ? head + t(lang, 'insertedUnframed', { n: o.unframed }) : head;
}

export function cleanupText(lang: UiLang, o: CleanupOutcome): string {
  if (!o.headings && !o.tables && !o.guidance && !o.lines) return t(lang, 'nothingUnwritten');
  return t(lang, 'removedUnwritten', { ...o });
}

export function markedText(lang: UiLang, o: MarkOutcome, wanted: boolean): string {
  let s = t(lang, 'marked', { n: o.marked });
  if (o.failed) s += t(lang, 'markFailed', { n: o.failed });
  if (wanted && o.marked && !o.comments) s += t(lang, 'noComments');
  return s;
}

export function unmarkedText(lang: UiLang, o: { frames: number; commentsLeft: number }): string {
  const s = t(lang, 'unmarked', { n: o.frames });
  return o.commentsLeft ? s + t(lang, 'commentsLeft', { n: o.commentsLeft }) : s;
}

/** What the reader could not read, one line each (reading in smaller pages loses nothing: not said). */
export function readNotes(lang: UiLang, notes: ReadNote[]): string[] {
  return notes.filter((n) => n.code !== 'smaller-pages').map((n) => t(lang, `read-${n.code}` as StringKey, { n: n.count ?? 0 }));
}
