/**
 * The documented and reported failures of Word's JavaScript API, as switches
 * of the in-memory Word. Each switch names the API, the platform it was
 * reported on and the office-js issue (github.com/OfficeDev/office-js unless
 * said otherwise). Behaviours documented for every platform are always on in
 * the fake (see fake-word.ts): search over 255 characters fails, isNullObject
 * cannot be loaded as a path, new paragraphs take the formatting of the
 * paragraph they are inserted next to.
 */
export interface Failures {
  /** ContentControl.insertParagraph → NotAllowed (web, #53). */
  ccInsertParagraph?: boolean;
  /** insertContentControl → GeneralException when the document has several sections (web, #3594). */
  ccSeveralSections?: boolean;
  /** insertContentControl inside a table cell → GeneralException (web, #3367). */
  ccInTableCell?: boolean;
  /** insertContentControl on a range that touches another control → GeneralException (web, #6103). */
  ccNextToControl?: boolean;
  /** insertContentControl after an append in the same batch silently does nothing (web, #409). */
  ccSilentAfterAppend?: boolean;
  /** Setting the title of an inline content control → NotAllowed (web, #191). */
  inlineCcTitle?: boolean;
  /** Loading listItem of a list paragraph under tracked changes → GeneralException (web, #5901 open, #5335). */
  listItemTracked?: boolean;
  /** outlineLevel of body text reported as 9 (OOXML's "none") rather than 10 (undocumented in Office.js). */
  bodyOutlineLevel9?: boolean;
  /** Word's search dialog is open: search() → SearchDialogIsOpen (all platforms). */
  searchDialogOpen?: boolean;
  /** Range.insertComment → NotAllowed on some tenants (web, #6746 open). */
  commentsNotAllowed?: boolean;
  /** Comment.delete → GeneralException after a tracked cut-and-paste (desktop, #6895). */
  commentDeleteFails?: boolean;
  /** Table.headerRowCount = 1 is not applied (Windows desktop, #6411 open). */
  headerRowCountIgnored?: boolean;
  /** A Word.run started while another runs → "Wait until the previous call completes" (#1225). */
  concurrentRun?: boolean;
  /** A sync whose loaded data exceed this many bytes fails (web: payload limits, no figure documented for Word). */
  payloadLimit?: number;
  /** Parent objects loaded as collection paths ("items/parentContentControlOrNullObject/tag") are refused (an older host). */
  nestedPathsRejected?: boolean;
  /** DocumentSelectionChanged does not fire (#2964, #2473). */
  selectionEventsMissed?: boolean;
}

export type FailureName = keyof Failures;

export interface FailureInfo {
  platform: 'web' | 'desktop' | 'all';
  issue: string;
  /** The setting that turns the failure on (a small payload limit for payloadLimit). */
  on: Failures;
}

export const FAILURES: Record<FailureName, FailureInfo> = {
  ccInsertParagraph: { platform: 'web', issue: '#53', on: { ccInsertParagraph: true } },
  ccSeveralSections: { platform: 'web', issue: '#3594', on: { ccSeveralSections: true } },
  ccInTableCell: { platform: 'web', issue: '#3367', on: { ccInTableCell: true } },
  ccNextToControl: { platform: 'web', issue: '#6103', on: { ccNextToControl: true } },
  ccSilentAfterAppend: { platform: 'web', issue: '#409', on: { ccSilentAfterAppend: true } },
  inlineCcTitle: { platform: 'web', issue: '#191', on: { inlineCcTitle: true } },
  listItemTracked: { platform: 'web', issue: '#5901, #5335', on: { listItemTracked: true } },
  bodyOutlineLevel9: { platform: 'all', issue: 'undocumented', on: { bodyOutlineLevel9: true } },
  searchDialogOpen: { platform: 'all', issue: 'SearchDialogIsOpen', on: { searchDialogOpen: true } },
  commentsNotAllowed: { platform: 'web', issue: '#6746', on: { commentsNotAllowed: true } },
  commentDeleteFails: { platform: 'desktop', issue: '#6895', on: { commentDeleteFails: true } },
  headerRowCountIgnored: { platform: 'desktop', issue: '#6411', on: { headerRowCountIgnored: true } },
  concurrentRun: { platform: 'all', issue: '#1225', on: { concurrentRun: true } },
  payloadLimit: { platform: 'web', issue: 'payload limits', on: { payloadLimit: 20_000 } },
  nestedPathsRejected: { platform: 'desktop', issue: 'older hosts', on: { nestedPathsRejected: true } },
  selectionEventsMissed: { platform: 'all', issue: '#2964, #2473', on: { selectionEventsMissed: true } },
};

/** Every failure reported for Word on the web, at once. */
export const WEB: Failures = Object.assign({}, ...Object.values(FAILURES).filter((f) => f.platform !== 'desktop').map((f) => f.on));
/** Every failure reported for desktop Word, at once. */
export const DESKTOP: Failures = Object.assign({}, ...Object.values(FAILURES).filter((f) => f.platform !== 'web').map((f) => f.on));

/** An error as Office.js raises it: a code, a message, where it happened. */
export class OfficeError extends Error {
  constructor(readonly code: string, message: string, readonly debugInfo: { errorLocation?: string } = {}) {
    super(message);
    this.name = 'RichApi.Error';
  }
}
