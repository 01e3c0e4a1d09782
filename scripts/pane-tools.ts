/** Build the task pane with webpack and serve built files: shared by the browser test, `npm run pane:demo` and the bench. */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import { extname, join, normalize } from 'path';

export const ROOT = join(__dirname, '..');

/** Run webpack-cli with these arguments ("--mode production", "--env demo"); throws with its output when it fails. */
export function buildPane(args: string[], stdio: 'pipe' | 'inherit' = 'pipe'): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), ...args], { cwd: ROOT, encoding: 'utf8', stdio });
  if (r.status !== 0) throw new Error(`webpack ${args.join(' ')} failed:\n${r.stdout ?? ''}\n${r.stderr ?? ''}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.docx': 'application/octet-stream', '.xml': 'application/xml', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

/** Serve `dir` on 127.0.0.1 (port 0: any free port); "/" is index.html. Files outside `dir` are never served. */
export function serveStatic(dir: string, port = 0): Promise<Server> {
  const server = createServer((req, res) => {
    const name = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, name === '/' ? 'index.html' : name);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
