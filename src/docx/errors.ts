/**
 * The reader's one error: a sentence in Vietnamese (first) and in English.
 * `message` holds both ("vi / en", as elsewhere in the project); callers
 * that know the user's language print `text(lang)`.
 */

export type DocxErrorReason =
  /** Not a .docx at all (another format, or nothing readable); `kind` says what it is when known. */
  | 'not-zip'
  /** A zip, but not a Word document (no main part, or another kind of package). */
  | 'not-docx'
  /** Password-protected (encrypted) Office file. */
  | 'encrypted'
  /** A .docx whose zip or parts are damaged. */
  | 'corrupt'
  /** Beyond one of the reading limits (src/docx/limits.ts). */
  | 'too-large'
  /** A part is not well-formed XML. */
  | 'bad-xml'
  /** Something the reader did not foresee (the original error is in `cause`): a bug to report. */
  | 'internal';

/** What a refused file is, when it could be told. */
export type FileKind =
  | 'empty' | 'zeros' | 'encrypted' | 'doc' | 'xls' | 'ppt' | 'ole'
  | 'odt' | 'ods' | 'odp' | 'opendocument' | 'xlsx' | 'pptx' | 'zip'
  | 'pdf' | 'rtf' | 'html' | 'mht' | 'word-xml' | 'xml' | 'text' | 'unknown';

export class DocxError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly reason: DocxErrorReason,
    readonly kind?: FileKind,
    cause?: unknown,
  ) {
    super(`${vi} / ${en}`, cause === undefined ? undefined : { cause });
    this.name = 'DocxError';
  }

  /** The sentence in one language. */
  text(lang: 'vi' | 'en'): string {
    return lang === 'en' ? this.en : this.vi;
  }
}

/** A short, single-line excerpt of an underlying message (parser errors), never a stack. */
export function excerpt(s: string, max = 160): string {
  const line = s.split('\n')[0].replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
