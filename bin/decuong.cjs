#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build:cli`, which `npm install` runs).
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'decuong.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('decuong: the CLI is not built yet. Run `npm run build:cli` (npm install does it).\n');
  process.exit(2);
}
require(bundle);
