/* Runs the real production build (webpack, about 30 s) into a temporary folder and checks what it wrote. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { buildPane } from '../../scripts/pane-tools';
import { checkManifest } from '../../scripts/manifest-check';
import { manifestUrls } from '../../scripts/build/production-manifest.cjs';
import { inlineScripts } from '../../scripts/build/content-security-policy.cjs';
import { INSTRUCTION_FILE } from '../../scripts/build/shared-folder.cjs';

const BASE = 'https://ntm.example.gov.vn/decuong/';
const out = mkdtempSync(join(tmpdir(), 'decuong-dist-'));
const addin = join(out, 'addin');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

beforeAll(() => buildPane(['--mode', 'production', '--env', 'base=https://ntm.example.gov.vn/decuong', '--env', `dist=${out}`]), 240_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run build -- --env base=...', () => {
  test('every URL in the built manifest is under the base and names a file the build wrote', () => {
    const xml = readFileSync(join(addin, 'manifest.xml'), 'utf8');
    const urls = manifestUrls(xml).filter((u) => u !== 'https://ntm.example.gov.vn');
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) {
      expect(u.startsWith(BASE)).toBe(true);
      expect(existsSync(join(addin, u.slice(BASE.length)))).toBe(true);
    }
  });
  test('the built manifest passes the offline check of npm run validate (icons read from the built assets)', () => {
    expect(checkManifest(readFileSync(join(addin, 'manifest.xml'), 'utf8'), addin)).toEqual([]);
  });
  test('nothing in the build refers to localhost', () => {
    const hits = files(out).filter((f) => readFileSync(f).toString('latin1').includes('localhost'));
    expect(hits.map((f) => relative(out, f))).toEqual([]);
  });
  test('each page: the policy comes first, no inline script, every script is the page\'s own file or Office.js', () => {
    for (const page of ['taskpane.html', 'commands.html']) {
      const html = readFileSync(join(addin, page), 'utf8');
      const csp = html.search(/<meta http-equiv="?Content-Security-Policy/);
      expect(csp).toBeGreaterThan(0);
      expect(csp).toBeLessThan(html.indexOf('<script'));
      expect(inlineScripts(html)).toEqual([]);
      const srcs = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
      expect(srcs.length).toBe(2);
      for (const s of srcs) {
        if (s.startsWith('https://appsforoffice.microsoft.com/')) continue;
        expect(existsSync(join(addin, s))).toBe(true);
      }
    }
  });
  test('the reviewer web page: check.html beside the task pane, its policy first (workers from its own origin only), its script and worker chunk built, its sample reports shipped', () => {
    const html = readFileSync(join(addin, 'check.html'), 'utf8');
    const csp = html.search(/<meta http-equiv="?Content-Security-Policy/);
    expect(csp).toBeGreaterThan(0);
    expect(csp).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain("worker-src 'self'");
    expect(inlineScripts(html)).toEqual([]);
    const srcs = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(srcs).toHaveLength(1); // no Office.js: the page runs without Word
    const main = readFileSync(join(addin, srcs[0]), 'utf8');
    // the worker is a chunk of its own, loaded by URL from the page's origin
    const chunks = readdirSync(addin).filter((f) => f.endsWith('.js') && !/^(taskpane|commands|check)\./.test(f));
    expect(chunks.length).toBeGreaterThan(0);
    expect(/new Worker\(new URL\(/.test(main)).toBe(true);
    for (const f of ['bao-cao-mau.docx', 'ba01-tinh-bcsd-bang-chi-tieu.docx', 'ba04-huyen-hu-cam-lo-in-dam.docx'])
      expect(existsSync(join(addin, 'samples', f))).toBe(true);
    // the manifest points Word at the task pane, never at the web page
    expect(readFileSync(join(addin, 'manifest.xml'), 'utf8')).not.toContain('check.html');
  });
  test('the shared-folder package: the same production manifest and the Vietnamese instruction', () => {
    const shared = join(out, 'shared-folder');
    expect(readdirSync(shared).sort()).toEqual([INSTRUCTION_FILE, 'manifest.xml'].sort());
    expect(readFileSync(join(shared, 'manifest.xml'), 'utf8')).toBe(readFileSync(join(addin, 'manifest.xml'), 'utf8'));
    const text = readFileSync(join(shared, INSTRUCTION_FILE), 'utf8');
    expect(text).toContain(BASE);
    expect(text).toContain('Trusted Add-in Catalogs');
    expect(text).toContain('THƯ MỤC DÙNG CHUNG');
  });
});
