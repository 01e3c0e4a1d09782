/**
 * The part of Word's JavaScript API that decuong uses, written out
 * structurally. The real `Word.RequestContext` satisfies it (see port.ts), and
 * so does the in-memory Word of the tests: the adapter can only call what both
 * have. Names and semantics follow office-js; the requirement set of each
 * member is in docs/word-compatibility.md (WordApi 1.3 unless said).
 */
export type InsertLoc = 'Before' | 'After' | 'Start' | 'End' | 'Replace';

/** Load options: a path list, or Office's object form with paging (`top`, `skip`). */
export type LoadOpts = string | string[] | { select?: string; expand?: string; top?: number; skip?: number };

export interface Loadable {
  load(props?: LoadOpts): this;
}

/**
 * An *OrNullObject proxy. Word sets isNullObject itself at the next sync: it
 * is never loaded as a path (a strict host refuses the load).
 */
export interface WNullable {
  readonly isNullObject: boolean;
}

export interface WParagraphCollection extends Loadable {
  items: WParagraph[];
  getFirst(): WParagraph;
  getLast(): WParagraph;
}

export interface WFont {
  bold: boolean | null;
  italic: boolean | null;
  underline: string;
}

export interface WContentControl extends Loadable {
  tag: string;
  title: string;
  text: string;
  appearance: 'BoundingBox' | 'Tags' | 'Hidden';
  color: string;
  readonly paragraphs: WParagraphCollection;
  readonly parentContentControlOrNullObject: WContentControl & WNullable;
  getRange(loc?: 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content'): WRange;
  /** NotAllowed on Word on the web (office-js#53): never called; kept to say so. */
  insertParagraph(text: string, loc: 'Before' | 'After'): WParagraph;
  delete(keepContent: boolean): void;
}

export interface WContentControlCollection extends Loadable {
  items: WContentControl[];
}

export interface WComment extends Loadable {
  content: string;
  delete(): void;
}

export interface WCommentCollection extends Loadable {
  items: WComment[];
}

export interface WRange extends Loadable {
  text: string;
  readonly parentBody: WBody;
  readonly parentContentControlOrNullObject: WContentControl & WNullable;
  readonly paragraphs: WParagraphCollection;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  insertContentControl(): WContentControl;
  /** WordApi 1.4. */
  insertComment(text: string): unknown;
  /** WordApi 1.4. */
  getComments(): WCommentCollection;
  expandTo(range: WRange): WRange;
}

export interface WRangeCollection extends Loadable {
  items: WRange[];
}

export interface WTable extends Loadable {
  headerRowCount: number;
  rowCount: number;
  values: string[][];
  nestingLevel: number;
  readonly parentBody: WBody;
  readonly parentTableOrNullObject: WTable & WNullable;
  readonly parentContentControlOrNullObject: WContentControl & WNullable;
  insertParagraph(text: string, loc: 'Before' | 'After'): WParagraph;
  delete(): void;
}

export interface WTableCollection extends Loadable {
  items: WTable[];
}

export interface WListItem extends Loadable {
  listString: string;
  level: number;
}

export interface WParagraph extends Loadable {
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  tableNestingLevel: number;
  isListItem: boolean;
  alignment: 'Left' | 'Centered' | 'Right' | 'Justified' | 'Mixed' | 'Unknown';
  readonly font: WFont;
  readonly listItemOrNullObject: WListItem & WNullable;
  readonly parentContentControlOrNullObject: WContentControl & WNullable;
  readonly parentTableOrNullObject: WTable & WNullable;
  readonly parentBody: WBody;
  getNextOrNullObject(): WParagraph & WNullable;
  insertParagraph(text: string, loc: 'Before' | 'After'): WParagraph;
  insertTable(rowCount: number, columnCount: number, loc: 'Before' | 'After', values?: string[][]): WTable;
  getRange(loc?: 'Whole' | 'Start' | 'End' | 'Content'): WRange;
  search(text: string, options?: { matchCase?: boolean; matchWholeWord?: boolean }): WRangeCollection;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  delete(): void;
  detachFromList(): void;
}

export interface WBody extends Loadable {
  /** "MainDoc", "TableCell", "Header", "Footer", "Footnote", "Endnote", "NoteItem", "Section", "Shape", "Unknown". */
  readonly type: string;
  readonly paragraphs: WParagraphCollection;
  readonly contentControls: WContentControlCollection;
  readonly tables: WTableCollection;
  insertParagraph(text: string, loc: 'Start' | 'End'): WParagraph;
  /** WordApi 1.4. */
  getComments(): WCommentCollection;
}

/** A Word event registration (WordApi 1.6 paragraph events). */
export interface WEventHandlers {
  add(handler: (event: { type: string; source?: string }) => unknown): { remove(): void; context?: { sync(): Promise<void> } };
}

export interface WContext {
  document: {
    body: WBody;
    getSelection(): WRange;
    /** WordApi 1.6. */
    onParagraphAdded?: WEventHandlers;
    onParagraphChanged?: WEventHandlers;
    onParagraphDeleted?: WEventHandlers;
  };
  sync(): Promise<void>;
}

/** Word.run, reduced to what the adapter needs. */
export type WordRun = <T>(batch: (context: WContext) => Promise<T>) => Promise<T>;
