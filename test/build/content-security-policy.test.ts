import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { contentSecurityPolicy, cspMetaTag, inlineScripts } from '../../scripts/build/content-security-policy.cjs';

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
});
