/* npm run pane:demo — the task pane in a browser on the in-memory Word (no Office needed):
   builds dist/demo (webpack --env demo) and serves it on http://127.0.0.1:3001/ until Ctrl+C. */
const { spawnSync } = require('child_process');
const http = require('http');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--env', 'demo'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status || 1);
const dir = path.join(root, 'dist', 'demo');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.docx': 'application/octet-stream' };
const port = Number(process.env.PORT || 3001);
http.createServer((req, res) => {
  const name = path.normalize(decodeURIComponent(req.url.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  const file = path.join(dir, name === '/' ? 'index.html' : name);
  if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' }).end(fs.readFileSync(file));
}).listen(port, '127.0.0.1', () => console.log(`task pane on the in-memory Word with the sample report: http://127.0.0.1:${port}/  (Ctrl+C to stop)`));
