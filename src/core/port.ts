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

export interface DocumentPort {
  /** Read the document (read-only). */
  read(): Promise<DocModel>;
  insertSkeleton(blocks: SkeletonBlock[], where: 'cursor' | 'end', onProgress?: (done: number, total: number) => void): Promise<number>;
  insertSection(pack: Pack, sectionId: string, level?: Level): Promise<boolean>;
  goTo(target: GoToTarget): Promise<boolean>;
  addMarks(marks: Array<{ paragraph: number; message: string }>): Promise<number>;
  removeMarks(): Promise<number>;
  removeUntouchedGuidance(packs: Pack[]): Promise<number>;
  /** Call back when the document may have changed (for the optional automatic re-check); returns an unsubscribe. */
  onChange?(cb: () => void): () => void;
  /** Word comments are available (WordApi 1.4). */
  comments: boolean;
}
