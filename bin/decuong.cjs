#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build:cli`, which `npm install` runs). The bundle is ES modules
// split by command, so that a command loads only its own code: `decuong --version` starts in a few ms.
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');
const { execFileSync } = require('child_process');
const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'cli', 'decuong.mjs');

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

/**
 * A bundle older than the sources beside it is built again before it runs: a checkout updated after `npm install` ran the old checker,
 * its template versions and findings other than the web page's, with nothing to say so (walk60, item 11). One process builds; another
 * that finds it building waits for it.
 */
function rebuildIfStale() {
  if (!fs.existsSync(path.join(root, 'src', 'cli'))) return;
  const built = fs.existsSync(bundle) ? fs.statSync(bundle).mtimeMs : 0;
  if (built && newestSource() <= built) return;
  const lock = path.join(root, 'dist', '.cli-building');
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  try {
    fs.mkdirSync(lock);
  } catch {
    // (another process is building: wait for it, up to a minute)
    const wait = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 600 && fs.existsSync(lock); i++) Atomics.wait(wait, 0, 0, 100);
    return;
  }
  try {
    process.stderr.write('decuong: mã nguồn mới hơn bản dựng của dòng lệnh, đang dựng lại (npm run build:cli)…\n');
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build:cli'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch {
    process.stderr.write('decuong: không dựng lại được; chạy bản cũ. Hãy chạy `npm run build:cli`.\n');
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

rebuildIfStale();
if (!fs.existsSync(bundle)) {
  process.stderr.write('decuong: the CLI is not built yet. Run `npm run build:cli` (npm install does it).\n');
  process.exit(2);
}
import(pathToFileURL(bundle).href);
