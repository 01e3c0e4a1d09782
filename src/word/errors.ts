/**
 * Refusals of the Word layer, by code: the task pane says each in the
 * writer's language (i18n.ts), and a test can tell them apart.
 */
export type RefusalCode =
  /** The cursor is in a header, footer, footnote or text box: insertions go into the body only (office-js#3176, #866). */
  | 'outside-body'
  /** An insertion or removal is already under way: one at a time. */
  | 'busy';

export class WordRefusal extends Error {
  constructor(readonly code: RefusalCode, detail = '') {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'WordRefusal';
  }
}

/** The Office.js error code of a failure ("NotAllowed", "GeneralException", …), or "" when it has none. */
export function officeCode(e: unknown): string {
  const c = (e as { code?: unknown })?.code;
  return typeof c === 'string' ? c : '';
}
