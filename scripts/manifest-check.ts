/**
 * Offline structural check of an add-in-only XML manifest, for when
 * Microsoft's validation service cannot be reached (CI has no internet).
 * office-addin-manifest ships no XSD, so this checks what the schema and the
 * store rules require that we can check locally.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

type El = Record<string, unknown> & { ':@'?: Record<string, string> };

const TOP_ORDER = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'VersionOverrides',
];
const REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings', 'Permissions'];

const tagOf = (e: El) => Object.keys(e).find((k) => k !== ':@' && k !== '#text') ?? '#text';
const local = (t: string) => t.replace(/^.*:/, '');
const kids = (e: El): El[] => (e[tagOf(e)] as El[]) ?? [];
const attr = (e: El, a: string) => e[':@']?.['@_' + a];

function walk(e: El, f: (e: El, path: string[]) => void, path: string[] = []) {
  const t = tagOf(e);
  if (t === '#text') return;
  f(e, [...path, local(t)]);
  for (const k of kids(e)) walk(k, f, [...path, local(t)]);
}

function pngSize(file: string): [number, number] | null {
  const b = readFileSync(file);
  if (b.length < 24 || b.toString('ascii', 1, 4) !== 'PNG') return null;
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** Return the list of problems (empty when the manifest passes). */
export function checkManifest(xml: string, root: string): string[] {
  const problems: string[] = [];
  const v = XMLValidator.validate(xml);
  if (v !== true) return [`XML is not well-formed: ${v.err.msg} (line ${v.err.line})`];
  // (a comment may not hold "--" nor end in "-": XML forbids it, Office's parser and Microsoft's validator refuse the file, and the
  // validator above lets it pass — walk56, item 1)
  for (const m of xml.matchAll(/<!--([\s\S]*?)-->/gu)) {
    if (m[1].includes('--') || m[1].endsWith('-')) return [`XML is not well-formed: a comment holds "--" (line ${xml.slice(0, m.index).split('\n').length}); XML comments may not contain two hyphens in a row`];
  }
  const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: true }).parse(xml) as El[];
  const app = doc.find((e) => local(tagOf(e)) === 'OfficeApp');
  if (!app) return ['root element must be <OfficeApp>'];
  if (attr(app, 'xsi:type') !== 'TaskPaneApp') problems.push('OfficeApp xsi:type must be TaskPaneApp');

  const top = kids(app).map((k) => local(tagOf(k))).filter((t) => t !== '#text');
  for (const r of REQUIRED) if (!top.includes(r)) problems.push(`missing required element <${r}>`);
  let last = -1;
  for (const t of top) {
    const i = TOP_ORDER.indexOf(t);
    if (i < 0) problems.push(`unexpected element <${t}> under <OfficeApp>`);
    else if (i < last) problems.push(`<${t}> is out of order (schema order: ${TOP_ORDER.join(', ')})`);
    else last = i;
  }
  const textOf = (name: string) => {
    const e = kids(app).find((k) => local(tagOf(k)) === name);
    return e ? String((kids(e)[0] as El | undefined)?.['#text'] ?? '') : '';
  };
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(textOf('Id'))) problems.push('<Id> must be a GUID');
  if (!/^\d+(\.\d+){0,3}$/.test(textOf('Version'))) problems.push('<Version> must look like 1.0.0.0');
  if (!/^[a-z]{2}-[A-Z]{2}$/.test(textOf('DefaultLocale'))) problems.push('<DefaultLocale> must be a culture name like vi-VN');

  const resources = new Map<string, string>();
  const resids: Array<[string, string]> = [];
  const urls: Array<[string, string]> = [];
  walk(app, (e, path) => {
    const t = path[path.length - 1];
    const id = attr(e, 'id');
    const inResources = path.includes('Resources');
    if (inResources && id && ['Image', 'Url', 'String'].includes(t)) {
      if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
      resources.set(id, path[path.length - 2]);
      if (id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
      const val = attr(e, 'DefaultValue') ?? '';
      const group = path[path.length - 2];
      const max = group === 'ShortStrings' ? 125 : group === 'LongStrings' ? 250 : 2048;
      const values = [val, ...kids(e).map((k) => attr(k, 'Value') ?? '')];
      for (const s of values) if (s.length > max) problems.push(`${group} "${id}" is longer than ${max} characters`);
    }
    const rid = attr(e, 'resid');
    if (rid) resids.push([rid, path.join('/')]);
    const dv = attr(e, 'DefaultValue');
    if (dv && /Url$|Location$|^Image$|^Url$/.test(t)) urls.push([dv, path.join('/')]);
    if (t === 'AppDomain') urls.push([String((kids(e)[0] as El)?.['#text'] ?? ''), path.join('/')]);
    if (t === 'Requirements' && path.includes('VersionOverrides'))
      problems.push('<Requirements> inside <VersionOverrides>: if unsupported, no ribbon button installs at all');
    if (t === 'DisplayName' && (dv ?? '').length > 125) problems.push('<DisplayName> is longer than 125 characters');
    if (t === 'Description' && path.length === 2 && (dv ?? '').length > 250) problems.push('<Description> is longer than 250 characters');
  });
  for (const [rid, where] of resids) if (!resources.has(rid)) problems.push(`resid "${rid}" (${where}) does not resolve to a resource`);
  for (const [u, where] of urls) if (!/^https:\/\//.test(u)) problems.push(`${where}: URL must be HTTPS: ${u}`);

  // Icons: the files the URLs name must exist with the right pixel size.
  const want: Array<[RegExp, number]> = [
    [/^OfficeApp\/IconUrl$/, 32], [/^OfficeApp\/HighResolutionIconUrl$/, 64],
  ];
  for (const [u, where] of urls) {
    const m = /\/assets\/(icon-(\d+)\.png)$/.exec(u);
    if (!m) continue;
    const file = join(root, 'assets', m[1]);
    if (!existsSync(file)) {
      problems.push(`${where}: icon ${m[1]} does not exist in assets/`);
      continue;
    }
    const size = pngSize(file);
    const expected = want.find(([re]) => re.test(where))?.[1] ?? Number(m[2]);
    if (!size) problems.push(`${m[1]} is not a PNG`);
    else if (size[0] !== expected || size[1] !== expected) problems.push(`${m[1]} is ${size[0]}x${size[1]}, expected ${expected}x${expected}`);
  }
  for (const s of [16, 32, 80]) {
    if (!urls.some(([u, w]) => w.includes('Resources') && u.endsWith(`icon-${s}.png`))) problems.push(`ribbon icon ${s}px is not declared`);
  }
  return problems;
}
