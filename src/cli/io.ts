/** What the CLI needs from the outside world, injectable for tests. */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (path: string) => Buffer;
  writeFile: (path: string, data: string | Uint8Array) => void;
  isTTY: boolean;
  /** Standard error is a terminal: progress may be shown there. */
  errIsTTY?: boolean;
  /** The built summary worker (dist/cli/summary/worker.mjs); without it `summary` reads in one thread. */
  summaryWorker?: string;
  /** The language asked for by the environment (DECUONG_LANG), where no --lang is given: the command's, not the tests' in-process runs. */
  defaultLang?: 'vi' | 'en';
}

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
