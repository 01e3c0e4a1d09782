import { readFileSync } from 'fs';
import { join } from 'path';
import { run } from '../src/cli/program';
import type { CliIO } from '../src/cli/io';

export const FIXTURES = join(__dirname, 'fixtures');
export const seed = (name: string) => readFileSync(join(FIXTURES, 'seeds', name), 'utf8');
export const SEED_000 = '000_ee623840a82487e7.txt';
export const SEED_001 = '001_c598e8d9be265c9e.txt';

/** Run the CLI in-process, capturing output and written files. */
export async function cli(argv: string[], files: Record<string, string | Buffer> = {}) {
  let out = '';
  let err = '';
  const written: Record<string, string> = {};
  const bytes: Record<string, Buffer> = {};
  const io: CliIO = {
    out: (s) => (out += s),
    err: (s) => (err += s),
    readFile: (p) => {
      if (p in files) return Buffer.from(files[p]);
      return readFileSync(p);
    },
    writeFile: (p, d) => {
      bytes[p] = Buffer.from(d);
      written[p] = typeof d === 'string' ? d : Buffer.from(d).toString('utf8');
    },
    isTTY: false,
  };
  const code = await run(argv, io);
  return { code, out, err, written, bytes };
}
