/** What the CLI needs from the outside world, injectable for tests. */
export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (path: string) => Buffer;
  writeFile: (path: string, data: string | Uint8Array) => void;
  isTTY: boolean;
}

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
