/**
 * Small builders for the .docx reader's tests: a .docx made inside the test
 * (jszip), a raw zip whose headers may lie (written byte by byte), and an OLE
 * compound file holding given stream names (encrypted .docx, legacy .doc).
 */
import * as zlib from 'zlib';
import JSZip from 'jszip';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const R_STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const CT_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
export const CT_DOCM = 'application/vnd.ms-word.document.macroEnabled.main+xml';
export const CT_DOTX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';
export const CT_DOTM = 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A paragraph with text, optionally styled. */
export const para = (text: string, style?: string, p = 'w') =>
  `<${p}:p>${style ? `<${p}:pPr><${p}:pStyle ${p}:val="${style}"/></${p}:pPr>` : ''}<${p}:r><${p}:t xml:space="preserve">${text}</${p}:t></${p}:r></${p}:p>`;

export const documentXml = (body: string, ns = W, p = 'w', extraNs = '') =>
  `${XML}<${p}:document xmlns:${p}="${ns}"${extraNs}><${p}:body>${body}</${p}:body></${p}:document>`;

export const stylesXml = (ns = W) =>
  `${XML}<w:styles xmlns:w="${ns}"><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
  `<w:style w:type="paragraph" w:styleId="Num"><w:name w:val="List Number"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;

export const numberingXml = (ns = W, start = '1', fmt = 'upperRoman') =>
  `${XML}<w:numbering xmlns:w="${ns}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

export const rel = (id: string, type: string, target: string, external = false, base = R) =>
  `<Relationship Id="${id}" Type="${base}/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;

export const relsXml = (rels: string[]) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;

export const contentTypesXml = (overrides: Array<[string, string]>) =>
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
  overrides.map(([part, ct]) => `<Override PartName="${part}" ContentType="${ct}"/>`).join('') +
  '</Types>';

export interface DocxSpec {
  /** Where the main part lives (default word/document.xml). */
  main?: string;
  /** The officeDocument target as written in _rels/.rels (default: main, relative). */
  mainTarget?: string;
  document: string;
  styles?: { path: string; target: string; xml?: string };
  numbering?: { path: string; target: string; xml?: string };
  mainType?: string;
  strictRels?: boolean;
  /** Extra files. */
  extra?: Record<string, string>;
}

/** A .docx built the way Word lays one out, with its parts wherever the spec says. */
export async function makeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const main = spec.main ?? 'word/document.xml';
  const base = spec.strictRels ? R_STRICT : R;
  const zip = new JSZip();
  const overrides: Array<[string, string]> = [[`/${main}`, spec.mainType ?? CT_MAIN]];
  zip.file('_rels/.rels', relsXml([rel('rId1', 'officeDocument', spec.mainTarget ?? main, false, base)]));
  zip.file(main, spec.document);
  const mainRels: string[] = [];
  if (spec.styles) {
    zip.file(spec.styles.path, spec.styles.xml ?? stylesXml());
    mainRels.push(rel('rId1', 'styles', spec.styles.target, false, base));
  }
  if (spec.numbering) {
    zip.file(spec.numbering.path, spec.numbering.xml ?? numberingXml());
    mainRels.push(rel('rId2', 'numbering', spec.numbering.target, false, base));
  }
  if (mainRels.length) {
    const folder = main.slice(0, main.lastIndexOf('/') + 1);
    zip.file(`${folder}_rels/${main.slice(folder.length)}.rels`, relsXml(mainRels));
  }
  zip.file('[Content_Types].xml', contentTypesXml(overrides));
  for (const [k, v] of Object.entries(spec.extra ?? {})) zip.file(k, v);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Uncompressed size written in both headers instead of the true one (a lying header). */
  declaredSize?: number;
}

function crc32(b: Uint8Array): number {
  if (typeof zlib.crc32 === 'function') return zlib.crc32(b);
  let c = ~0;
  for (let i = 0; i < b.length; i++) {
    c ^= b[i];
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A zip written by hand, so that headers can say what the test wants. */
export function rawZip(entries: RawEntry[], opts: { crc?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const method = e.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(data) : data;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? data.length;
    const crc = opts.crc === false ? 0 : crc32(data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6);
    lh.writeUInt16LE(method, 8);
    lh.writeUInt32LE(crc, 14);
    lh.writeUInt32LE(body.length, 18);
    lh.writeUInt32LE(size >>> 0, 22);
    lh.writeUInt16LE(name.length, 26);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(method, 10);
    ch.writeUInt32LE(crc, 16);
    ch.writeUInt32LE(body.length, 20);
    ch.writeUInt32LE(size >>> 0, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    locals.push(lh, name, body);
    centrals.push(ch, name);
    offset += lh.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The minimal package parts around a document.xml, as raw entries. */
export function rawDocxEntries(document: string | Uint8Array, extra: RawEntry[] = []): RawEntry[] {
  return [
    { name: '[Content_Types].xml', data: contentTypesXml([['/word/document.xml', CT_MAIN]]) },
    { name: '_rels/.rels', data: relsXml([rel('rId1', 'officeDocument', 'word/document.xml')]) },
    { name: 'word/document.xml', data: document },
    ...extra,
  ];
}

/** An OLE compound file (512-byte sectors) whose directory holds the given stream names. */
export function cfb(names: string[]): Buffer {
  const all = ['Root Entry', ...names];
  const dirSectors = Math.ceil(all.length / 4);
  const sectors = 1 + dirSectors; // FAT, then the directory
  const b = Buffer.alloc(512 * (1 + sectors), 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.writeUInt16LE(0x3e, 0x18);
  b.writeUInt16LE(3, 0x1a);
  b.writeUInt16LE(0xfffe, 0x1c);
  b.writeUInt16LE(9, 0x1e);
  b.writeUInt16LE(6, 0x20);
  b.writeUInt32LE(1, 0x2c); // FAT sectors
  b.writeUInt32LE(1, 0x30); // first directory sector
  b.writeUInt32LE(4096, 0x38);
  b.writeUInt32LE(0xfffffffe, 0x3c);
  b.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) b.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + 4 * i);
  const fat = 512;
  for (let i = 0; i < 128; i++) b.writeUInt32LE(0xffffffff, fat + 4 * i);
  b.writeUInt32LE(0xfffffffd, fat); // sector 0 is the FAT
  for (let s = 1; s <= dirSectors; s++) b.writeUInt32LE(s === dirSectors ? 0xfffffffe : s + 1, fat + 4 * s);
  all.forEach((n, i) => {
    const at = 512 * 2 + 128 * i;
    for (let k = 0; k < n.length; k++) b.writeUInt16LE(n.charCodeAt(k), at + 2 * k);
    b.writeUInt16LE(2 * (n.length + 1), at + 0x40);
    b[at + 0x42] = i === 0 ? 5 : 2;
    b.writeUInt32LE(0xffffffff, at + 0x44);
    b.writeUInt32LE(0xffffffff, at + 0x48);
    b.writeUInt32LE(0xffffffff, at + 0x4c);
    b.writeUInt32LE(0xfffffffe, at + 0x74);
  });
  return b;
}

/** Write a new uncompressed size for one entry in both its central and local headers (a lying header, or an honest one again). */
export function setDeclaredSize(zip: Buffer, name: string, size: number): Buffer {
  const b = Buffer.from(zip);
  for (let i = 0; i + 46 <= b.length; i++) {
    if (b.readUInt32LE(i) !== 0x02014b50) continue;
    const n = b.readUInt16LE(i + 28);
    if (b.toString('utf8', i + 46, i + 46 + n) !== name) continue;
    b.writeUInt32LE(size >>> 0, i + 24);
    b.writeUInt32LE(size >>> 0, b.readUInt32LE(i + 42) + 22);
  }
  return b;
}
