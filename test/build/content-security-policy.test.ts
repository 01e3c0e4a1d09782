import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { contentSecurityPolicy, cspMetaTag, inlineScripts, packSourceOrigin } from '../../scripts/build/content-security-policy.cjs';

const ROOT = join(__dirname, '../..');
const directive = (name: string) => contentSecurityPolicy().split('; ').find((d) => d.startsWith(name + ' '))?.split(' ').slice(1);

describe('Content-Security-Policy of the production pages', () => {
  test('scripts: only the page itself and Office.js from Microsoft\'s CDN; no inline script, no eval, no plugins', () => {
    expect(directive('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    // the web page's checker: a Web Worker from the page's own origin only (no blob: or data: workers)
    expect(directive('worker-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval/);
    expect(cspMetaTag()).toMatch(/^<meta http-equiv="Content-Security-Policy" content="[^"]+" \/>$/);
  });
  test('inlineScripts finds a script body and ignores scripts loaded by src', () => {
    expect(inlineScripts('<script src="a.js"></script><script defer src=b.js></script>')).toEqual([]);
    expect(inlineScripts('<head><script>alert(1)</script></head>')).toHaveLength(1);
    expect(inlineScripts('<SCRIPT type="module">x()</SCRIPT>')).toHaveLength(1);
  });
  test('the page templates have no inline script and place the policy before any script', () => {
    for (const f of ['src/taskpane/taskpane.html', 'src/taskpane/commands.html', 'src/web/check.html']) {
      const html = readFileSync(join(ROOT, f), 'utf8');
      expect(inlineScripts(html)).toEqual([]);
      expect(html.indexOf('htmlWebpackPlugin.options.cspTag')).toBeGreaterThan(0);
      const script = html.indexOf('<script');
      expect(html.indexOf('htmlWebpackPlugin.options.cspTag')).toBeLessThan(script < 0 ? html.indexOf('</head>') : script);
    }
  });
  test('no source file puts text into the page as HTML', () => {
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.tsx?$/.test(e.name) && /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(p, 'utf8'))) hits.push(p);
      }
    };
    walk(join(ROOT, 'src'));
    expect(hits).toEqual([]);
  });
  test('connect-src: the page\'s own origin only, and the pack source\'s origin only when the build sets one', () => {
    expect(directive('connect-src')).toEqual(["'self'"]);
    const connect = packSourceOrigin('https://sonnmt.quangtri.gov.vn/goi-mau/packs.json');
    expect(connect).toBe('https://sonnmt.quangtri.gov.vn');
    const withSource = contentSecurityPolicy({ connect }).split('; ');
    expect(withSource.find((d) => d.startsWith('connect-src '))).toBe("connect-src 'self' https://sonnmt.quangtri.gov.vn");
    // nothing else is widened
    expect(withSource.filter((d) => !d.startsWith('connect-src '))).toEqual(contentSecurityPolicy().split('; ').filter((d) => !d.startsWith('connect-src ')));
    expect(cspMetaTag({ connect })).toContain("connect-src 'self' https://sonnmt.quangtri.gov.vn;");
    expect(packSourceOrigin('')).toBe('');
    expect(packSourceOrigin(undefined)).toBe('');
  });
  test('a pack source that is not https:// stops the build (http:// only for this machine in development)', () => {
    expect(() => packSourceOrigin('http://sonnmt.quangtri.gov.vn/packs.json')).toThrow(/only https:\/\//);
    expect(() => packSourceOrigin('http://127.0.0.1:8080/packs.json')).toThrow(/only https:\/\//);
    expect(packSourceOrigin('http://127.0.0.1:8080/packs.json', { dev: true })).toBe('http://127.0.0.1:8080');
    expect(() => packSourceOrigin('http://sonnmt.quangtri.gov.vn/packs.json', { dev: true })).toThrow(/only https:\/\//);
    expect(() => packSourceOrigin('goi-mau/packs.json')).toThrow(/not a web address/);
  });
});
