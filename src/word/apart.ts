/**
 * Apply a command to many items in as few batches as Word allows, each item
 * able to fail alone. A batch runs its commands in order and stops at the
 * first that fails; those before it stay done (OfficeExtension.Error). After a
 * failed batch, what took effect is read back: the first item that did not is
 * the one that failed — it is given up and the rest go again. After `strikes`
 * failing batches in a row where nothing took, the rest are given up (the host
 * refuses them all: comments on some tenants, office-js#6746). Items that took
 * no effect without any error (office-js#409) get one more batch.
 */
import type { WContext } from './api';
import { officeCode } from './errors';

export interface Apart<T> {
  done: T[];
  failed: T[];
  /** Error codes met, in order. */
  errors: string[];
  syncs: number;
}

export interface ApartOptions {
  /** Failing batches in a row, with nothing taking effect, before the rest are given up. */
  strikes?: number;
  /** Read back after a batch that went through (to catch commands that did nothing, #409). */
  verify?: boolean;
}

/**
 * `apply(x)` queues x's commands; `took(x)` queues what shows they took effect
 * and returns the test to run after the sync (with fresh proxies: a null
 * object stays null once resolved).
 */
export async function applyApart<T>(context: WContext, items: T[], apply: (x: T) => void, took: (x: T) => () => boolean, opts: ApartOptions = {}): Promise<Apart<T>> {
  const done: T[] = [];
  const failed: T[] = [];
  const errors: string[] = [];
  const strikes = opts.strikes ?? 3;
  let syncs = 0;
  let inARow = 0;
  let silentRetried = false;
  let rest = items;
  while (rest.length) {
    for (const x of rest) apply(x);
    let error: unknown = null;
    try {
      await context.sync();
    } catch (e) {
      error = e;
    }
    syncs++;
    if (!error && opts.verify === false) {
      done.push(...rest);
      break;
    }
    const tests = rest.map(took);
    await context.sync();
    syncs++;
    const ok = rest.filter((_, i) => tests[i]());
    const left = rest.filter((_, i) => !tests[i]());
    done.push(...ok);
    if (!error) {
      if (!left.length) break;
      if (silentRetried) {
        failed.push(...left);
        errors.push('NoEffect');
        break;
      }
      silentRetried = true;
      rest = left;
      continue;
    }
    errors.push(officeCode(error) || 'Error');
    if (!left.length) break;
    failed.push(left[0]);
    inARow = ok.length ? 1 : inARow + 1;
    if (inARow >= strikes) {
      failed.push(...left.slice(1));
      break;
    }
    rest = left.slice(1);
  }
  return { done, failed, errors, syncs };
}
