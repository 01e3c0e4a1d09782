/**
 * Seeded mutations of real .docx files for fuzzing the reader, shared by
 * test/docx/fuzz.test.ts (a few hundred cases in `npm test`) and
 * scripts/fuzz-docx.ts (thousands, each in its own process).
 *
 * Each case is reproducible from (seed, index): `caseRng(seed, i)`.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { DocxError } from '../../src/docx/errors';
import { MC, W_STRICT, rawDocxEntries, rawZip } from './kit';

/** mulberry32: tiny, fast, good enough to pick mutations. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

export const caseRng = (seed: number, i: number) => new Rng(Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));

const ROOT = join(__dirname, '..', '..');
export const SEED_FILES = [
  'test/fixtures/reports/v01-tinh-nq16.docx',
  'test/fixtures/reports/v02-huyen-nq16-tu-dong.docx',
  'test/fixtures/reports/v03-huyen-so-ket-2021-2023.docx',
  'samples/bao-cao-mau.docx',
];

export interface SeedDoc {
  name: string;
  bytes: Buffer;
  /** Text of every XML part, by name. */
  xml: Record<string, string>;
}

export async function loadSeeds(): Promise<SeedDoc[]> {
  const out: SeedDoc[] = [];
  for (const f of SEED_FILES) {
    const bytes = readFileSync(join(ROOT, f));
    const zip = await JSZip.loadAsync(bytes);
    const xml: Record<string, string> = {};
    for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) xml[name] = await zip.files[name].async('string');
    out.push({ name: f.split('/').pop()!, bytes, xml });
  }
  return out;
}

export interface Mutant {
  kind: string;
  what: string;
  bytes: Uint8Array;
  /** Whether reading it may take seconds (huge documents, bombs). */
  heavy?: boolean;
}

async function zipOf(xml: Record<string, string | Uint8Array>, rng: Rng): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [k, v] of Object.entries(xml)) zip.file(k, v);
  return zip.generateAsync({ type: 'uint8array', compression: rng.chance(0.85) ? 'DEFLATE' : 'STORE' });
}

const HOSTILE_NUMBERS = ['4294967296', '1e21', 'Infinity', '-Infinity', '-1', '-2147483649', 'NaN', '99999999999999999999999', '0x7fffffff', '', ' 12 ', '1.5', '-0', '32768', '2147483647', '1e308', '9'.repeat(400)];
const HOSTILE_TARGETS = [
  'missing.xml', '../../etc/passwd', '/etc/passwd', '../../../../../../etc/passwd', 'http://example.com/x.xml', 'file:///etc/passwd', '', '.', '/', '..',
  '_rels/.rels', '/[Content_Types].xml', '%2e%2e/%2e%2e/etc/passwd', 'word/../../x', 'document.xml#frag', '//host/share/x.xml', 'a/'.repeat(3000) + 'x.xml',
  'C:\\Windows\\win.ini', '\\\\server\\x', 'word/document.xml', '/word/document.xml', 'styles.xml?x=1', '%ZZ', 'word/./././document.xml',
];

function spliceAt(s: string, at: number, del: number, ins: string) {
  return s.slice(0, at) + ins + s.slice(at + del);
}

/** Offsets of every central-directory record and its name in a zip. */
function centralRecords(b: Uint8Array): Array<{ at: number; name: string; local: number }> {
  const out: Array<{ at: number; name: string; local: number }> = [];
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i + 46 <= b.length; i++) {
    if (dv.getUint32(i, true) !== 0x02014b50) continue;
    const n = dv.getUint16(i + 28, true);
    out.push({ at: i, name: Buffer.from(b.subarray(i + 46, i + 46 + n)).toString('latin1'), local: dv.getUint32(i + 42, true) });
  }
  return out;
}

function repeatTo(unit: string, n: number) {
  return unit.repeat(Math.max(1, Math.floor(n / unit.length)));
}

type Mutator = (d: SeedDoc, rng: Rng) => Promise<Mutant>;

const DOC = 'word/document.xml';

const bodyInsert = (xml: string, rng: Rng, ins: string) => {
  const body = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.lastIndexOf('</w:body>');
  // at a paragraph boundary when possible
  const cands: number[] = [];
  for (let i = xml.indexOf('</w:p>', body); i > 0 && i < end && cands.length < 400; i = xml.indexOf('</w:p>', i + 1)) cands.push(i + 6);
  const at = cands.length ? rng.pick(cands) : body;
  return spliceAt(xml, at, 0, ins);
};

export const MUTATORS: Record<string, { weight: number; heavy?: boolean; run: Mutator }> = {
  'flip-bytes': {
    weight: 12,
    run: async (d, rng) => {
      const b = Uint8Array.from(d.bytes);
      const n = rng.int(1, 24);
      for (let k = 0; k < n; k++) b[rng.int(0, b.length - 1)] ^= 1 << rng.int(0, 7);
      return { kind: 'flip-bytes', what: `${n} random bit flips`, bytes: b };
    },
  },
  'flip-headers': {
    weight: 8,
    run: async (d, rng) => {
      const b = Uint8Array.from(d.bytes);
      const recs = centralRecords(b);
      const r = rng.pick(recs);
      const field = rng.pick([[r.at + 10, 2, 'method'], [r.at + 20, 4, 'csize'], [r.at + 24, 4, 'usize'], [r.at + 28, 2, 'namelen'], [r.at + 42, 4, 'offset'], [r.local + 18, 4, 'local csize'], [r.local + 22, 4, 'local usize'], [r.local + 26, 2, 'local namelen'], [r.local + 8, 2, 'local method'], [r.at + 8, 2, 'flags']] as const);
      const dv = new DataView(b.buffer);
      const v = rng.pick([0, 1, 0xffff, 0xffffffff, rng.int(0, 1 << 30), 12]);
      if (field[0] + field[1] <= b.length) field[1] === 2 ? dv.setUint16(field[0], v & 0xffff, true) : dv.setUint32(field[0], v >>> 0, true);
      return { kind: 'flip-headers', what: `${r.name}: ${field[2]} = ${v}`, bytes: b };
    },
  },
  'lying-size': {
    weight: 8,
    run: async (d, rng) => {
      const b = Uint8Array.from(d.bytes);
      const recs = centralRecords(b);
      const r = recs.find((x) => x.name === DOC && rng.chance(0.7)) ?? rng.pick(recs);
      const dv = new DataView(b.buffer);
      const cur = dv.getUint32(r.at + 24, true);
      const v = rng.pick([cur - 1, cur + 1, Math.floor(cur / 2), cur * 2, 0, 10]) >>> 0;
      dv.setUint32(r.at + 24, v, true);
      if (rng.chance(0.5)) dv.setUint32(r.local + 22, v, true);
      return { kind: 'lying-size', what: `${r.name}: uncompressed size ${cur} → ${v}`, bytes: b };
    },
  },
  'truncate-zip': {
    weight: 4,
    run: async (d, rng) => {
      const n = rng.int(0, d.bytes.length - 1);
      return { kind: 'truncate-zip', what: `cut at ${n} of ${d.bytes.length}`, bytes: d.bytes.subarray(0, n) };
    },
  },
  'xml-number': {
    weight: 10,
    run: async (d, rng) => {
      const part = rng.pick([DOC, 'word/numbering.xml', 'word/styles.xml', 'word/numbering.xml']);
      const xml = { ...d.xml };
      const v = rng.pick(HOSTILE_NUMBERS);
      let n = 0;
      xml[part] = (xml[part] ?? '').replace(/(w:(?:val|ilvl|numId|abstractNumId))="(-?\d+)"/g, (m, a) => (rng.chance(0.3) ? (n++, `${a}="${v}"`) : m));
      if (rng.chance(0.5)) xml['word/numbering.xml'] = (xml['word/numbering.xml'] ?? '').replace(/w:numFmt w:val="[^"]*"/g, () => `w:numFmt w:val="${rng.pick(['lowerLetter', 'upperRoman', 'upperLetter', 'lowerRoman', 'decimalZero'])}"`);
      return { kind: 'xml-number', what: `${part}: ${n} values → "${v.slice(0, 24)}"`, bytes: await zipOf(xml, rng) };
    },
  },
  'numbering-huge': {
    weight: 4,
    run: async (d, rng) => {
      const xml = { ...d.xml };
      const lvlText = rng.chance(0.5) ? '%1.%2.%3.'.repeat(rng.int(1000, 20000)) : '%1';
      xml['word/numbering.xml'] = (xml['word/numbering.xml'] ?? '')
        .replace(/w:lvlText w:val="[^"]*"/g, `w:lvlText w:val="${lvlText}"`)
        .replace(/w:start w:val="[^"]*"/g, `w:start w:val="${rng.pick(['32767', '4294967296', '1e21', 'Infinity'])}"`)
        .replace(/w:numFmt w:val="[^"]*"/g, `w:numFmt w:val="${rng.pick(['lowerLetter', 'upperRoman'])}"`);
      return { kind: 'numbering-huge', what: `lvlText ${lvlText.length} chars, huge starts, letters/roman`, bytes: await zipOf(xml, rng) };
    },
  },
  'xml-deep': {
    weight: 6,
    run: async (d, rng) => {
      const n = rng.pick([50, 300, 900, 1200, 5000, rng.int(10, 20000)]);
      const kind = rng.pick(['sdt', 'tbl', 'p', 'txbx', 'ac', 'unknown']);
      const open = {
        sdt: '<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>',
        tbl: '<w:tbl><w:tr><w:tc>',
        p: '<w:p><w:r><w:t>x</w:t></w:r>',
        txbx: '<w:p><w:r><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent>',
        ac: `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="w14">`,
        unknown: '<x:y xmlns:x="urn:x">',
      }[kind]!;
      const close = {
        sdt: '</w:sdtContent></w:sdt>',
        tbl: '<w:p/></w:tc></w:tr></w:tbl>',
        p: '</w:p>',
        txbx: '</w:txbxContent></v:textbox></w:pict></w:r></w:p>',
        ac: '</mc:Choice></mc:AlternateContent>',
        unknown: '</x:y>',
      }[kind]!;
      const xml = { ...d.xml };
      xml[DOC] = bodyInsert(xml[DOC], rng, open.repeat(n) + '<w:p><w:r><w:t>sâu</w:t></w:r></w:p>' + close.repeat(n));
      return { kind: 'xml-deep', what: `${n} nested ${kind}`, bytes: await zipOf(xml, rng), heavy: n > 3000 };
    },
  },
  'xml-unclose': {
    weight: 6,
    run: async (d, rng) => {
      const part = rng.pick([DOC, DOC, 'word/styles.xml', 'word/numbering.xml', '_rels/.rels', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
      const xml = { ...d.xml };
      const s = xml[part] ?? '';
      const closes: number[] = [];
      for (let i = s.indexOf('</'); i >= 0 && closes.length < 5000; i = s.indexOf('</', i + 1)) closes.push(i);
      let what = 'nothing to remove';
      if (closes.length) {
        const at = rng.pick(closes);
        const end = s.indexOf('>', at);
        what = `removed ${s.slice(at, end + 1)}`;
        xml[part] = spliceAt(s, at, end + 1 - at, '');
      }
      return { kind: 'xml-unclose', what: `${part}: ${what}`, bytes: await zipOf(xml, rng) };
    },
  },
  'xml-truncate': {
    weight: 4,
    run: async (d, rng) => {
      const part = rng.pick(Object.keys(d.xml).filter((k) => k.endsWith('.xml') || k.endsWith('.rels')));
      const xml = { ...d.xml };
      const n = rng.int(0, xml[part].length);
      xml[part] = xml[part].slice(0, n);
      return { kind: 'xml-truncate', what: `${part} cut at ${n}`, bytes: await zipOf(xml, rng) };
    },
  },
  'xml-garbage': {
    weight: 8,
    run: async (d, rng) => {
      const part = rng.pick([DOC, DOC, 'word/styles.xml', 'word/numbering.xml', '_rels/.rels', 'word/_rels/document.xml.rels', '[Content_Types].xml']);
      const xml = { ...d.xml };
      const junk = [
        '<', '>', '&', '&foo;', '&#0;', '&#xD800;', '&#99999999;', ']]>', '<![CDATA[', '<!--', '<?pi', '"', "'", '\u0000', '\uFFFE', '\uD800',
        '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>', '&b;', 'xmlns:w="urn:evil"', '<w:p xmlns:w="urn:other">',
        '</w:body>', '<w:body>', '<w:p>', '</w:p>', '<w:t>', '</w:t>', '<mc:AlternateContent>', '<mc:Fallback>', '<mc:Choice>', '</mc:Choice>',
      ];
      let s = xml[part] ?? '';
      const n = rng.int(1, 6);
      const what: string[] = [];
      for (let k = 0; k < n; k++) {
        const j = rng.pick(junk);
        const at = rng.int(0, s.length);
        s = spliceAt(s, at, rng.chance(0.3) ? rng.int(1, 20) : 0, j);
        what.push(JSON.stringify(j.slice(0, 20)));
      }
      xml[part] = s;
      return { kind: 'xml-garbage', what: `${part}: ${what.join(' ')}`, bytes: await zipOf(xml, rng) };
    },
  },
  'xml-giant-run': {
    weight: 3,
    heavy: true,
    run: async (d, rng) => {
      const n = rng.pick([900_000, 1_100_000, 3_000_000, 9_000_000, 20_000_000]);
      const unit = rng.pick(['.', '…', '0123456789', 'x ', '1.234,5 ', 'đạt ']);
      const inAttr = rng.chance(0.15);
      const xml: Record<string, string | Uint8Array> = { ...d.xml };
      const run = inAttr ? `<w:p><w:r><w:t>a</w:t></w:r><w:bookmarkStart w:name="${repeatTo('x', n)}"/></w:p>` : `<w:p><w:r><w:t>${repeatTo(unit, n)}</w:t></w:r></w:p>`;
      xml[DOC] = bodyInsert(d.xml[DOC], rng, run);
      return { kind: 'xml-giant-run', what: `${n.toLocaleString('en')} chars of ${JSON.stringify(unit)}${inAttr ? ' in an attribute' : ''}`, bytes: await zipOf(xml, rng), heavy: true };
    },
  },
  'xml-many-paragraphs': {
    weight: 2,
    heavy: true,
    run: async (d, rng) => {
      const n = rng.pick([150_000, 199_000, 210_000, 250_000]);
      const unit = rng.pick(['<w:p/>', '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>I. Mục</w:t></w:r></w:p>', '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:p>']);
      const xml = { ...d.xml };
      xml[DOC] = bodyInsert(xml[DOC], rng, unit.repeat(n));
      return { kind: 'xml-many-paragraphs', what: `${n.toLocaleString('en')} × ${unit.slice(0, 40)}`, bytes: await zipOf(xml, rng), heavy: true };
    },
  },
  'xml-many-rows': {
    weight: 1,
    heavy: true,
    run: async (d, rng) => {
      const n = rng.pick([90_000, 100_001, 150_000]);
      const xml = { ...d.xml };
      xml[DOC] = bodyInsert(xml[DOC], rng, `<w:tbl>${'<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(n)}</w:tbl>`);
      return { kind: 'xml-many-rows', what: `${n.toLocaleString('en')} table rows`, bytes: await zipOf(xml, rng), heavy: true };
    },
  },
  'rels-target': {
    weight: 10,
    run: async (d, rng) => {
      const xml = { ...d.xml };
      const part = rng.pick(['_rels/.rels', 'word/_rels/document.xml.rels']);
      const t = rng.pick(HOSTILE_TARGETS);
      const ext = rng.chance(0.2);
      let n = 0;
      xml[part] = (xml[part] ?? '').replace(/Target="[^"]*"/g, (m) => (rng.chance(0.5) ? (n++, `Target="${t.replace(/&/g, '&amp;')}"${ext ? ' TargetMode="External"' : ''}`) : m));
      if (rng.chance(0.3)) xml[part] = xml[part].replace(/officeDocument\/2006\/relationships\/(\w+)/g, (m, k) => (rng.chance(0.5) ? `officeDocument/2006/relationships/${k}X` : m));
      if (rng.chance(0.3)) delete xml[rng.pick([DOC, 'word/styles.xml', 'word/numbering.xml', 'word/_rels/document.xml.rels', '_rels/.rels'])];
      return { kind: 'rels-target', what: `${part}: ${n} targets → ${JSON.stringify(t.slice(0, 40))}${ext ? ' (External)' : ''}`, bytes: await zipOf(xml, rng) };
    },
  },
  'content-type': {
    weight: 4,
    run: async (d, rng) => {
      const xml = { ...d.xml };
      const ct = rng.pick([
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
        'application/vnd.ms-word.document.macroEnabled.main+xml',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
        'text/plain', '', 'x'.repeat(5000),
      ]);
      if (rng.chance(0.2)) delete xml['[Content_Types].xml'];
      else xml['[Content_Types].xml'] = (xml['[Content_Types].xml'] ?? '').replace(/(PartName="\/word\/document.xml" ContentType=")[^"]*"/, `$1${ct}"`);
      return { kind: 'content-type', what: `main part typed ${JSON.stringify(ct.slice(0, 50))}`, bytes: await zipOf(xml, rng) };
    },
  },
  'rename-main': {
    weight: 4,
    run: async (d, rng) => {
      const xml = { ...d.xml };
      const to = rng.pick(['word/document22.xml', 'word/Document.XML', 'main/doc.xml', 'doc.xml', 'word/sub/dir/document.xml']);
      xml[to] = xml[DOC];
      delete xml[DOC];
      const rels = xml['word/_rels/document.xml.rels'];
      delete xml['word/_rels/document.xml.rels'];
      if (rels && rng.chance(0.7)) xml[`${to.slice(0, to.lastIndexOf('/') + 1)}_rels/${to.slice(to.lastIndexOf('/') + 1)}.rels`] = rels;
      if (rng.chance(0.8)) xml['_rels/.rels'] = xml['_rels/.rels'].replace('Target="word/document.xml"', `Target="${rng.chance(0.5) ? '/' : ''}${to}"`);
      return { kind: 'rename-main', what: `main part → ${to}`, bytes: await zipOf(xml, rng) };
    },
  },
  namespace: {
    weight: 6,
    run: async (d, rng) => {
      const xml = { ...d.xml };
      const part = rng.pick([DOC, DOC, 'word/styles.xml', 'word/numbering.xml']);
      const how = rng.pick(['strict', 'prefix', 'default', 'unbind', 'rebind-inner', 'other-w']);
      let s = xml[part] ?? '';
      if (how === 'strict') s = s.replace('http://schemas.openxmlformats.org/wordprocessingml/2006/main', W_STRICT);
      else if (how === 'prefix') s = s.replace(/(<\/?)w:/g, '$1ns0:').replace(/ w:/g, ' ns0:').replace('xmlns:w=', 'xmlns:ns0=');
      else if (how === 'default') s = s.replace(/(<\/?)w:/g, '$1').replace(/xmlns:w="([^"]*)"/, 'xmlns="$1" xmlns:w="$1"');
      else if (how === 'unbind') s = s.replace(/xmlns:w="[^"]*"/, '');
      else if (how === 'rebind-inner') s = s.replace(/<w:p>/g, (m) => (rng.chance(0.2) ? '<w:p xmlns:w="urn:not-word">' : m));
      else s = s.replace(/xmlns:w="[^"]*"/, 'xmlns:w="urn:not-word"');
      xml[part] = s;
      return { kind: 'namespace', what: `${part}: ${how}`, bytes: await zipOf(xml, rng) };
    },
  },
  'alternate-content': {
    weight: 4,
    run: async (d, rng) => {
      const xml = { ...d.xml };
      const n = rng.int(1, 4);
      const p = '<w:p><w:r><w:t>hộp văn bản</w:t></w:r></w:p>';
      const branch = () => rng.pick([`<mc:Choice Requires="wps">${p}</mc:Choice>`, `<mc:Fallback>${p}</mc:Fallback>`, `<mc:Choice>${p}</mc:Choice>`, '<mc:Fallback/>']);
      const ac = `<mc:AlternateContent xmlns:mc="${MC}">${Array.from({ length: n }, branch).join('')}</mc:AlternateContent>`;
      xml[DOC] = bodyInsert(xml[DOC], rng, rng.chance(0.3) ? ac.replace(p, ac) : ac);
      return { kind: 'alternate-content', what: `${n} branches`, bytes: await zipOf(xml, rng) };
    },
  },
  'style-chain': {
    weight: 3,
    run: async (d, rng) => {
      const xml = { ...d.xml };
      const n = rng.pick([100, 5000, 30000]);
      const cyc = rng.chance(0.5);
      let styles = '';
      for (let i = 0; i < n; i++) styles += `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="S${i}"/><w:basedOn w:val="S${cyc ? (i + 1) % n : i + 1}"/></w:style>`;
      xml['word/styles.xml'] = (xml['word/styles.xml'] ?? '').replace('</w:styles>', `${styles}</w:styles>`);
      const uses = Array.from({ length: 2000 }, (_, i) => `<w:p><w:pPr><w:pStyle w:val="S${(i * 7919) % n}"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`).join('');
      xml[DOC] = bodyInsert(xml[DOC], rng, uses);
      return { kind: 'style-chain', what: `${n} styles in a basedOn ${cyc ? 'cycle' : 'chain'}`, bytes: await zipOf(xml, rng) };
    },
  },
  'remove-part': {
    weight: 3,
    run: async (d, rng) => {
      const xml = { ...d.xml };
      const part = rng.pick(Object.keys(xml));
      delete xml[part];
      return { kind: 'remove-part', what: part, bytes: await zipOf(xml, rng) };
    },
  },
  encoding: {
    weight: 3,
    run: async (d, rng) => {
      const xml: Record<string, string | Uint8Array> = { ...d.xml };
      const how = rng.pick(['utf16le', 'utf16be', 'bad-utf8', 'bom', 'latin1-decl']);
      const s = d.xml[DOC];
      if (how === 'utf16le') xml[DOC] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s.replace('UTF-8', 'UTF-16'), 'utf16le')]);
      else if (how === 'utf16be') xml[DOC] = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s.replace('UTF-8', 'UTF-16'), 'utf16le').swap16()]);
      else if (how === 'bad-utf8') {
        const b = Buffer.from(s, 'utf8');
        for (let k = 0; k < 20; k++) b[rng.int(0, b.length - 1)] = rng.pick([0xff, 0xc3, 0x80, 0xed]);
        xml[DOC] = b;
      } else if (how === 'bom') xml[DOC] = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]);
      else xml[DOC] = s.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
      return { kind: 'encoding', what: how, bytes: await zipOf(xml, rng) };
    },
  },
  bomb: {
    weight: 1,
    heavy: true,
    run: async (_d, rng) => {
      const mb = rng.pick([20, 70, 120]);
      const body = Buffer.alloc(mb * 1024 * 1024, rng.pick(['<w:p/>', 'a', '<w:p><w:r><w:t>x</w:t></w:r></w:p>']));
      const head = Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`);
      const doc = Buffer.concat([head, body, Buffer.from('</w:body></w:document>')]);
      const honest = rng.chance(0.3);
      const bytes = rawZip(rawDocxEntries(doc).map((e) => (e.name === DOC && !honest ? { ...e, declaredSize: 4096 } : e)));
      return { kind: 'bomb', what: `${mb} MB document.xml, ${honest ? 'honest' : 'lying (4 KB)'} header`, bytes, heavy: true };
    },
  },
  'not-docx': {
    weight: 2,
    run: async (d, rng) => {
      const pick = rng.pick(['pdf', 'rtf', 'html', 'text', 'empty', 'zeros', 'ole', 'odt', 'random']);
      let bytes: Uint8Array;
      switch (pick) {
        case 'pdf': bytes = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'); break;
        case 'rtf': bytes = Buffer.from('{\\rtf1\\ansi\\deff0 {\\fonttbl}Báo cáo}'); break;
        case 'html': bytes = Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Báo cáo</p></body></html>'); break;
        case 'text': bytes = Buffer.from(d.xml[DOC].replace(/<[^>]*>/g, ' ').slice(0, 5000)); break;
        case 'empty': bytes = new Uint8Array(0); break;
        case 'zeros': bytes = new Uint8Array(rng.int(1, 100000)); break;
        case 'ole': {
          bytes = Buffer.alloc(rng.int(512, 4096));
          Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes as Buffer);
          for (let i = 8; i < bytes.length; i++) bytes[i] = rng.int(0, 255);
          break;
        }
        case 'odt': bytes = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }, rng); break;
        default: bytes = Uint8Array.from({ length: rng.int(1, 5000) }, () => rng.int(0, 255));
      }
      return { kind: 'not-docx', what: pick, bytes };
    },
  },
};

/** One reproducible mutant. `light` leaves out the mutations that build huge inputs. */
export async function mutant(seeds: SeedDoc[], seed: number, i: number, opts: { light?: boolean } = {}): Promise<Mutant & { seedFile: string }> {
  const rng = caseRng(seed, i);
  const d = rng.pick(seeds);
  const names = Object.keys(MUTATORS).filter((k) => !(opts.light && MUTATORS[k].heavy));
  const total = names.reduce((s, k) => s + MUTATORS[k].weight, 0);
  let r = rng.next() * total;
  let name = names[names.length - 1];
  for (const k of names) if ((r -= MUTATORS[k].weight) < 0) {
    name = k;
    break;
  }
  let m = await MUTATORS[name].run(d, rng);
  // sometimes stack a second mutation of the XML on top of the first
  if (!m.heavy && rng.chance(0.15) && name !== 'not-docx') {
    try {
      const zip = await JSZip.loadAsync(m.bytes);
      const xml: Record<string, string> = {};
      for (const k of Object.keys(zip.files)) if (!zip.files[k].dir) xml[k] = await zip.files[k].async('string');
      const second = rng.pick(['xml-number', 'xml-garbage', 'rels-target', 'namespace', 'xml-deep'].filter((k) => !opts.light || !MUTATORS[k].heavy));
      const m2 = await MUTATORS[second].run({ ...d, xml }, rng);
      m = { kind: `${m.kind}+${m2.kind}`, what: `${m.what}; ${m2.what}`, bytes: m2.bytes, heavy: m2.heavy };
    } catch {
      /* the first mutation broke the zip: keep it as it is */
    }
  }
  return { ...m, seedFile: d.name };
}

/** Why an error is not the reader's own clean refusal, or undefined when it is. */
export function uncleanReason(e: unknown): string | undefined {
  if (!(e instanceof DocxError)) return `not a DocxError: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.slice(0, 300);
  if (e.reason === 'internal') return `internal: ${String((e.cause as Error)?.stack ?? e.cause).split('\n').slice(0, 3).join(' | ')}`.slice(0, 400);
  const m = e.message;
  if (!/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĐ]/i.test(e.vi)) return `no Vietnamese in: ${m}`;
  if (/Maximum call stack|\n\s+at |Bug :|jszip|JSZip|End of data reached|Corrupted zip|Cannot read propert|is not a function|undefined is not|Invalid string length|Invalid array length|out of memory/i.test(m)) return `internals in: ${m}`;
  if (m.includes('\n')) return `several lines: ${m}`;
  if (m.length > 600) return `too long (${m.length} chars)`;
  return undefined;
}
