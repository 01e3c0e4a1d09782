import { readFileSync } from 'fs';
import { join } from 'path';
import { checkManifest } from '../../scripts/manifest-check';

const ROOT = join(__dirname, '../..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml (offline check)', () => {
  test('passes', () => expect(checkManifest(xml, ROOT)).toEqual([]));
  test('Vietnamese by default, English override, Word host, WordApi 1.3, ribbon group "Đề cương" on the Home tab', () => {
    expect(xml).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    expect(xml).toMatch(/<Override Locale="en-US"/);
    expect(xml).toContain('<Host Name="Document"/>');
    expect(xml).toMatch(/<Set Name="WordApi" MinVersion="1.3"\/>/);
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('DefaultValue="Đề cương"');
  });
  test('catches an unresolved resid, an http URL, a long short-string and out-of-order elements', () => {
    const bad = xml
      .replace('resid="Group.Label"', 'resid="Group.Missing"')
      .replace('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://')
      .replace('DefaultValue="Đề cương">', `DefaultValue="${'x'.repeat(130)}">`)
      .replace(/(<ProviderName>.*<\/ProviderName>)\s*(<DefaultLocale>.*<\/DefaultLocale>)/, '$2$1');
    const p = checkManifest(bad, ROOT).join('\n');
    expect(p).toMatch(/resid "Group.Missing"/);
    expect(p).toMatch(/URL must be HTTPS: http:/);
    expect(p).toMatch(/ShortStrings "Group.Label" is longer than 125/);
    expect(p).toMatch(/<ProviderName> is out of order/);
  });
  test('catches a comment that holds "--", which XML forbids and Office refuses (walk56: "npm run build -- --env base=…" in the comment)', () => {
    expect(xml).not.toMatch(/<!--(?:(?!-->)[\s\S])*--(?:(?!-->)[\s\S])*-->/u);
    const bad = xml.replace('<!-- decuong:', '<!-- built by npm run build -- --env base=x; decuong:');
    expect(checkManifest(bad, ROOT).join('\n')).toMatch(/comment holds "--" \(line 2\)/);
  });
  test('catches Requirements inside VersionOverrides and a missing icon', () => {
    const bad = xml
      .replace('<Hosts>\n      <Host xsi:type="Document">', '<Requirements/><Hosts>\n      <Host xsi:type="Document">')
      .replace('assets/icon-80.png', 'assets/icon-81.png');
    const p = checkManifest(bad, ROOT).join('\n');
    expect(p).toMatch(/Requirements> inside <VersionOverrides>/);
    expect(p).toMatch(/icon-81.png does not exist/);
  });
});
