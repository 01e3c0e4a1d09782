/**
 * All Word.run calls of the add-in go through one queue: Word refuses a batch
 * while another runs ("Wait until the previous call completes", office-js#1225),
 * and a check queued behind an insertion reads the document once the
 * insertion is complete, never half of it. The queue also remembers when the
 * add-in last changed the document or the selection, so that the events this
 * causes are not taken for the writer's edits.
 */
import type { WContext, WordRun } from './api';

export interface Queue {
  /** Run a batch after the ones queued before it. `changes`: it writes or selects. */
  run<T>(batch: (context: WContext) => Promise<T>, changes?: boolean): Promise<T>;
  /** A batch that changes the document or the selection is queued or running. */
  changing(): boolean;
  /** When the last such batch ended (ms since the epoch; 0: never). */
  lastChange(): number;
}

export function queue(run: WordRun, now: () => number = Date.now): Queue {
  let tail: Promise<unknown> = Promise.resolve();
  let changers = 0;
  let last = 0;
  return {
    run<T>(batch: (context: WContext) => Promise<T>, changes = false): Promise<T> {
      if (changes) changers++;
      const next = tail.then(() => run(batch)).finally(() => {
        if (changes) {
          changers--;
          last = now();
        }
      });
      tail = next.catch(() => undefined);
      return next;
    },
    changing: () => changers > 0,
    lastChange: () => last,
  };
}
