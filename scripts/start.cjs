#!/usr/bin/env node
/*
 * `npm start`: build and serve the task pane on https://localhost:3000 with
 * development certificates (office-addin-dev-certs). Where the CA cannot be
 * installed (Linux without sudo), fall back to the generated certificate
 * files, else to plain http, and say in one line what happened. Sideloads into
 * desktop Word only where Word exists (Windows/macOS, with office-addin-debugging
 * installed separately: it is kept out of our dependencies, see README).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const webpack = require('webpack');
const WebpackDevServer = require('webpack-dev-server');
const makeConfig = require('../webpack.config.js');

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const opts = await devCerts.getHttpsServerOptions();
    console.log('certificates: office-addin-dev-certs (trusted development CA installed)');
    return { type: 'https', options: opts };
  } catch (e) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const files = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => path.join(dir, f));
    if (files.every((f) => fs.existsSync(f))) {
      console.log(`certificates: could not install the development CA (${String(e.message).split('\n')[0]}); using the generated files in ${dir} — trust ${files[2]} in your browser to avoid warnings`);
      return { type: 'https', options: { cert: fs.readFileSync(files[0]), key: fs.readFileSync(files[1]), ca: fs.readFileSync(files[2]) } };
    }
    console.log(`certificates: none available (${String(e.message).split('\n')[0]}); serving plain http on localhost (fine for a browser preview, Word needs https)`);
    return { type: 'http' };
  }
}

(async () => {
  const port = Number(process.env.PORT || 3000);
  const server = await httpsOptions();
  const config = makeConfig({}, { mode: 'development' });
  const compiler = webpack(config);
  const dev = new WebpackDevServer({ ...config.devServer, port, server, host: 'localhost', client: { overlay: false } }, compiler);
  await dev.start();
  const scheme = server.type === 'https' ? 'https' : 'http';
  console.log(`\ndecuong task pane: ${scheme}://localhost:${port}/taskpane.html`);
  const word = process.platform === 'win32' || process.platform === 'darwin';
  const dbg = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'office-addin-debugging', '--version'], { stdio: 'ignore' });
  if (word && dbg.status === 0) {
    console.log('sideloading into Word: npx office-addin-debugging start manifest.xml');
    spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['office-addin-debugging', 'start', 'manifest.xml', '--no-debug', '--dev-server-port', String(port)], { stdio: 'inherit' });
  } else {
    console.log([
      'No desktop Word here: the server keeps running. To try the add-in in Word on the web:',
      '  1. Open a document at https://www.office.com (Word on the web).',
      '  2. Home → Add-ins → More add-ins → My add-ins → Upload My Add-in, and choose manifest.xml from this folder.',
      '  3. Click "Đề cương NTM" in the "Đề cương" group of the Home tab.',
      'Press Ctrl+C to stop.',
    ].join('\n'));
  }
})().catch((e) => {
  console.error(`decuong start: ${e.message}`);
  process.exit(1);
});
