import { readFileSync } from 'fs';
import { join } from 'path';
import { checkManifest } from '../../scripts/manifest-check';
import { manifestUrls, manifestVersion, normaliseBase, productionManifest } from '../../scripts/build/production-manifest.cjs';
import { sharedFolderInstruction } from '../../scripts/build/shared-folder.cjs';

const ROOT = join(__dirname, '../..');
const dev = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const BASE = 'https://ntm.sonongnghiep.example.gov.vn/cong-cu/decuong/';
const prod = productionManifest(dev, BASE, version);
const idOf = (xml: string) => /<Id>([^<]*)<\/Id>/.exec(xml)?.[1];

describe('production manifest', () => {
  test('every URL is under the base (the AppDomain is the base origin), nothing refers to localhost', () => {
    const urls = manifestUrls(prod);
    expect(urls.length).toBe(manifestUrls(dev).length);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) {
      if (u === 'https://ntm.sonongnghiep.example.gov.vn') continue;
      expect(u.startsWith(BASE)).toBe(true);
    }
    expect(prod).toContain('<AppDomain>https://ntm.sonongnghiep.example.gov.vn</AppDomain>');
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain(`SourceLocation DefaultValue="${BASE}taskpane.html"`);
  });
  test('same add-in Id, Version from package.json, and it passes the offline manifest check', () => {
    expect(idOf(prod)).toBe(idOf(dev));
    expect(prod).toContain(`<Version>${manifestVersion(version)}</Version>`);
    expect(productionManifest(dev, BASE, '2.7.1')).toContain('<Version>2.7.1.0</Version>');
    expect(checkManifest(prod, ROOT)).toEqual([]);
  });
  test('the base: trailing slash added, https only, no localhost, no query', () => {
    expect(normaliseBase('https://a.example.vn/x')).toBe('https://a.example.vn/x/');
    expect(normaliseBase('https://a.example.vn')).toBe('https://a.example.vn/');
    expect(productionManifest(dev, 'https://a.example.vn', version)).toContain('DefaultValue="https://a.example.vn/taskpane.html"');
    expect(() => normaliseBase('http://a.example.vn/')).toThrow(/https/);
    expect(() => normaliseBase('https://localhost:8443/')).toThrow(/production host/);
    expect(() => normaliseBase('https://a.example.vn/?v=1')).toThrow(/query/);
    expect(() => normaliseBase('a.example.vn/decuong')).toThrow(/absolute URL/);
  });
  test('refuses a development manifest with a URL it cannot move', () => {
    const stray = dev.replace('https://localhost:3000/help.html"/>\n  <AppDomains>', 'https://localhost:3001/help.html"/>\n  <AppDomains>');
    expect(stray).not.toBe(dev);
    expect(() => productionManifest(stray, BASE, version)).toThrow(/localhost/);
  });
  test('package.json version: MAJOR.MINOR.PATCH becomes four numbers', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('1.4.2-rc.1')).toBe('1.4.2.0');
    expect(() => manifestVersion('next')).toThrow(/MAJOR.MINOR.PATCH/);
  });
});

test('the shared folder\'s instruction sends Word 2016 users to the web page at the base, not to a command line, and names no path they cannot open (walk53, item 9)', () => {
  const text = sharedFolderInstruction('https://ntm.quangtri.gov.vn/decuong/', '1.2.3');
  expect(text).toContain('https://ntm.quangtri.gov.vn/decuong/check.html');
  expect(text).not.toMatch(/dòng lệnh|decuong check/);
});
