/**
 * The pack validator (zod, a large part of the task pane's JavaScript) is loaded only when a pack comes from outside: a file the user
 * opens, packs kept in the browser's storage, a published source. The built-in packs need none (checked by test/packs/builtin.test.ts).
 * Code that validates synchronously (`validator()`) runs after `loadValidator()`; asynchronous code awaits it itself.
 */
import type * as ZodSide from './zod-side';

export type Validator = typeof ZodSide;

let current: Validator | undefined;

/** Load the validator once (a chunk of its own in the pane); every later call returns the same. */
export async function loadValidator(): Promise<Validator> {
  if (!current) current = await import(/* webpackChunkName: "validate" */ './zod-side');
  return current;
}

/** The validator loaded before; an error (a mistake in the program, not in a pack) when it was not. */
export function validator(): Validator {
  if (!current) throw new Error('decuong: the pack validator is used before loadValidator()');
  return current;
}
