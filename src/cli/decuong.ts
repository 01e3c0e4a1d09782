/** Node entry of the CLI. */
import { readFileSync, writeFileSync } from 'fs';
import { run } from './program';

run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  readFile: (p) => readFileSync(p),
  writeFile: (p, d) => writeFileSync(p, d),
  isTTY: !!process.stdout.isTTY,
}).then((code) => {
  process.exitCode = code;
});
