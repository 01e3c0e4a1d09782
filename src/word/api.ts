/**
 * The part of Word's JavaScript API (WordApi 1.3, comments 1.4) that decuong
 * uses, written out structurally. The real `Word.RequestContext` satisfies it
 * (see port.ts), and so does the in-memory Word of the tests: the adapter can
 * only call what both have. Names and semantics follow office-js.
 */
export type InsertLoc = 'Before' | 'After' | 'Start' | 'End' | 'Replace';

export interface Loadable {
  load(props?: string | string[]): this;
}

export interface WParagraphCollection extends Loadable {
  items: WParagraph[];
  getFirst(): WParagraph;
  getLast(): WParagraph;
}

export interface WParent {
  isNullObject: boolean;
}

export interface WContentControl extends Loadable {
  tag: string;
  title: string;
  text: string;
  appearance: 'BoundingBox' | 'Tags' | 'Hidden';
  color: string;
  readonly paragraphs: WParagraphCollection;
  insertParagraph(text: string, loc: 'Before' | 'After'): WParagraph;
  delete(keepContent: boolean): void;
}

export interface WContentControlCollection extends Loadable {
  items: WContentControl[];
}

export interface WRange extends Loadable {
  text: string;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
  insertContentControl(): WContentControl;
  insertComment(text: string): unknown;
  expandTo(range: WRange): WRange;
  readonly paragraphs: WParagraphCollection;
}

export interface WRangeCollection extends Loadable {
  items: WRange[];
}

export interface WTable extends Loadable {
  headerRowCount: number;
  insertParagraph(text: string, loc: 'Before' | 'After'): WParagraph;
}

export interface WParagraph extends Loadable {
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  tableNestingLevel: number;
  isListItem: boolean;
  alignment: 'Left' | 'Centered' | 'Right' | 'Justified' | 'Mixed' | 'Unknown';
  readonly font: { bold: boolean | null; italic: boolean | null };
  readonly listItemOrNullObject: WParent & { listString: string; level: number } & Loadable;
  readonly parentContentControlOrNullObject: WParent & { tag: string } & Loadable;
  readonly parentTableCellOrNullObject: WParent & { rowIndex: number; cellIndex: number } & Loadable;
  insertParagraph(text: string, loc: 'Before' | 'After'): WParagraph;
  insertContentControl(): WContentControl;
  insertTable(rowCount: number, columnCount: number, loc: 'Before' | 'After', values?: string[][]): WTable;
  getRange(loc?: 'Whole' | 'Start' | 'End' | 'Content'): WRange;
  search(text: string, options?: { matchCase?: boolean; matchWholeWord?: boolean }): WRangeCollection;
  select(selectionMode?: 'Select' | 'Start' | 'End'): void;
}

export interface WComment extends Loadable {
  content: string;
  delete(): void;
}

export interface WBody {
  readonly paragraphs: WParagraphCollection;
  readonly contentControls: WContentControlCollection;
  insertParagraph(text: string, loc: 'Start' | 'End'): WParagraph;
  getComments(): { items: WComment[] } & Loadable;
}

export interface WContext {
  document: {
    body: WBody;
    getSelection(): WRange;
  };
  sync(): Promise<void>;
}

/** Word.run, reduced to what the adapter needs. */
export type WordRun = <T>(batch: (context: WContext) => Promise<T>) => Promise<T>;
