/**
 * What the task pane needs from the document it works on. The Word adapter
 * (src/word/port.ts) provides it through Office.js; tests and the browser demo
 * provide it with an in-memory Word. Types only.
 */
import type { Level, Pack } from '../packs/schema';
import type { DocModel } from './model';
import type { SkeletonBlock } from './skeleton';

export interface GoToTarget {
  paragraph?: number;
  excerpt?: string;
  quote?: string;
}

/** Something the reader could not read, and did without. */
export interface ReadNote {
  code: 'no-tags' | 'smaller-pages' | 'no-table-cells' | 'table-cells-guessed' | 'list-labels-lost';
  /** How many paragraphs it concerns, when known. */
  count?: number;
}

/** How the document was read: round trips to Word, and what could not be read. */
export interface ReadInfo {
  roundTrips: number;
  paragraphs: number;
  notes: ReadNote[];
}

/** What "insert the outline" would do to the document as it is now. */
export type InsertPlan =
  /** Nothing written yet: the whole outline. */
  | { kind: 'empty' }
  /** Part of the pack's outline is there: offer only the missing items, each at its place. */
  | { kind: 'partial'; present: number; missing: Array<{ id: string; label: string }>; level?: Level }
  /** Every required item is there: nothing to insert. */
  | { kind: 'complete'; present: number }
  /** Text, but none of the pack's outline: the whole outline only on explicit choice. */
  | { kind: 'unrelated' };

export interface InsertOutcome {
  /** Paragraphs inserted (table cells included). */
  paragraphs: number;
  /** Outline items inserted (when inserting the missing ones). */
  sections?: number;
  /** Guidance left as plain text because Word refused its frame (still removable). */
  unframed: number;
  /** The writer stopped it between batches: what went in stays, removable by "Gỡ phần khung chưa viết". */
  cancelled?: boolean;
}

export interface CleanupOutcome {
  headings: number;
  tables: number;
  guidance: number;
  /** Header and appendix lines left untouched. */
  lines: number;
}

export interface MarkOutcome {
  marked: number;
  /** Findings Word refused to mark (the others are marked). */
  failed: number;
  /** Comments were added (Word refuses them on some tenants). */
  comments: boolean;
}

/** Settings kept with the document (Office's document settings), not in its text: e.g. the findings the writer chose to ignore. */
export interface DocSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): Promise<void>;
}

/** Called between insertion batches with blocks done and total; returning false stops before the next batch (what is in stays removable). */
export type Progress = (done: number, total: number) => void | boolean;

/** The paragraph under the cursor (its index as the reader numbers them) and its text. */
export interface CursorPlace {
  paragraph: number;
  text: string;
}

export interface DocumentPort {
  /** Read the document (read-only). */
  read(): Promise<DocModel & { reading?: ReadInfo }>;
  /** What inserting the pack's outline would do (read-only). */
  planInsert(pack: Pack, level?: Level): Promise<InsertPlan>;
  /** Insert the whole outline (into an empty document, or on explicit choice). One insertion at a time. */
  insertSkeleton(blocks: SkeletonBlock[], where: 'cursor' | 'end', onProgress?: Progress): Promise<InsertOutcome>;
  /** Insert the given missing items, each at its place in the outline. One insertion at a time. */
  insertMissing(pack: Pack, ids: string[], level?: Level, onProgress?: Progress): Promise<InsertOutcome>;
  insertSection(pack: Pack, sectionId: string, level?: Level): Promise<boolean>;
  /** "Chèn bảng chỉ tiêu": the section's indicator table, targets filled from the pack, after the paragraph at the cursor (removable like other insertions); false when the pack places no indicator there. */
  insertIndicatorTable?(pack: Pack, sectionId: string, level?: Level): Promise<boolean>;
  goTo(target: GoToTarget): Promise<boolean>;
  addMarks(marks: Array<{ paragraph: number; message: string }>): Promise<MarkOutcome>;
  /** Unwrap the marks' frames and delete decuong's comments; a comment Word refuses to delete is counted. */
  removeMarks(): Promise<{ frames: number; commentsLeft: number }>;
  /** Remove what insertions added that nobody has typed into (found by their tags and marks), and nothing else. */
  removeUnwritten(packs: Pack[]): Promise<CleanupOutcome>;
  /** An insertion or removal is under way. */
  busy(): boolean;
  /** Call back when the document may have changed (not for the add-in's own changes); returns an unsubscribe. */
  onChange?(cb: () => void): () => void;
  /** Where the cursor is, read-only, in one round trip; null outside the main text or while an insertion runs. */
  whereIs?(): Promise<CursorPlace | null>;
  /** Call back when the writer moves the cursor; returns an unsubscribe. */
  onSelection?(cb: () => void): () => void;
  /** The document's own settings, where the host has them. */
  settings?: DocSettings;
  /** Word comments are available (WordApi 1.4). */
  comments: boolean;
}
