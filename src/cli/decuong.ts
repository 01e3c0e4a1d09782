/** Node entry of the CLI. */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { fileURLToPath } from 'url';
import { run } from './program';

// a reader that stops early (`decuong pack list | head -2`) closes the pipe: that is no error of ours
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

/** The summary worker, built beside this bundle; absent when running from the sources. */
function worker(): string | undefined {
  try {
    const p = fileURLToPath(new URL('./summary/worker.mjs', import.meta.url));
    return existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  readFile: (p) => readFileSync(p),
  writeFile: (p, d) => writeFileSync(p, d),
  isTTY: !!process.stdout.isTTY,
  errIsTTY: !!process.stderr.isTTY,
  summaryWorker: worker(),
  // (DECUONG_LANG=en, "EN", "en-US": English by default — walk64, item 8)
  defaultLang: /^en\b/iu.test(process.env.DECUONG_LANG ?? '') ? 'en' : 'vi',
}).then((code) => {
  process.exitCode = code;
});
