#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build:cli`, which `npm install` runs). The bundle is ES modules
// split by command, so that a command loads only its own code: `decuong --version` starts in a few ms.
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'decuong.mjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('decuong: the CLI is not built yet. Run `npm run build:cli` (npm install does it).\n');
  process.exit(2);
}
import(pathToFileURL(bundle).href);
