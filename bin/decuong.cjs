#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build:cli`, which `npm install` runs). The bundle is ES modules
// split by command, so that a command loads only its own code: `decuong --version` starts in a few ms.
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');
const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'cli', 'decuong.mjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('decuong: the CLI is not built yet. Run `npm run build:cli` (npm install does it).\n');
  process.exit(2);
}

/** The newest change under the sources the bundle is made of (a checkout of the project: none in a package without src/). */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  for (const d of ['core', 'cli', 'packs', 'docx']) if (fs.existsSync(path.join(root, 'src', d))) walk(path.join(root, 'src', d));
  return newest;
}

// (a bundle older than the sources beside it is said so, in one line, before it runs: a checkout updated after `npm install` ran the old
// checker — its template versions and findings other than the web page's — with nothing to say so (walk60, item 11). Said, not rebuilt:
// a rebuild cut short or failing would leave no CLI at all — review of walk60's change)
try {
  if (fs.existsSync(path.join(root, 'src', 'cli')) && newestSource() > fs.statSync(bundle).mtimeMs)
    // (in the language the command asks for: "--lang en" read a Vietnamese line first — walk64, item 8)
    process.stderr.write((process.argv.some((a) => a === '--lang' || a.startsWith('--lang=')) ? process.argv.some((a, i) => a === '--lang=en' || (a === '--lang' && process.argv[i + 1] === 'en')) : /^en\b/i.test(process.env.DECUONG_LANG || ''))
      ? 'decuong: the sources changed after this command line was built; run `npm run build:cli` for the new one (running the old one).\n'
      : 'decuong: mã nguồn đã đổi sau lần dựng dòng lệnh này; chạy `npm run build:cli` để dùng bản mới (đang chạy bản cũ).\n');
} catch {
  // (a source tree that cannot be read says nothing: the bundle runs as it is)
}
import(pathToFileURL(bundle).href);
