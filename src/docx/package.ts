/**
 * The .docx as an OPC package: the zip opened with jszip (after the bytes were
 * sniffed and the central directory checked), part names compared
 * case-insensitively, parts streamed through inflate with their size counted
 * while inflating, the main part found the OOXML way (`_rels/.rels` →
 * officeDocument, transitional or Strict), its styles / numbering / footnotes
 * through the main part's own relationships, content types confirmed from
 * `[Content_Types].xml`.
 */
import JSZip from 'jszip';
import { DocxError, excerpt } from './errors';
import { LIMITS, mbOf } from './limits';
import { checkZipDirectory, notDocx, sniff } from './sniff';
import { parseLocal } from './xml';

type Entry = JSZip.JSZipObject;

/** jszip's chunked reader of one entry (ZipObject#internalStream, documented but missing from its typings). */
interface StreamHelper {
  on(event: 'data', fn: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', fn: (e: unknown) => void): StreamHelper;
  on(event: 'end', fn: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

const REL_BASES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/'];

/** Content types of a Word main part: document, macro-enabled document, template, macro-enabled template. */
const WORD_MAIN_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroenabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroenabledtemplate.main+xml',
]);

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** Normalised part name: no leading slash, forward slashes, lower case (OPC part names are case-insensitive). */
const key = (name: string) => name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();

/** The last segment of a relationship type, when the type is one of the officeDocument relationship families. */
export function relKind(type: string): string | undefined {
  for (const b of REL_BASES) if (type.startsWith(b)) return type.slice(b.length);
  return undefined;
}

/** Resolve a relationship target against the folder of its source part ('' for the package). Undefined when outside the package or not a part. */
export function resolveTarget(folder: string, target: string): string | undefined {
  const t = target.trim().replace(/\\/g, '/');
  if (!t || /^[a-z][a-z0-9+.-]*:/i.test(t) || t.startsWith('//')) return undefined; // http:, file:, mailto:, //host
  const path = t.startsWith('/') ? t : folder + t;
  const out: string[] = [];
  for (const seg of path.split(/[?#]/)[0].split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(seg);
  }
  return out.length ? out.join('/') : undefined;
}

const folderOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);
const relsOf = (part: string) => `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

function corruptPart(part: string): DocxError {
  return new DocxError(
    `tệp .docx bị hỏng: phần ${part} giải nén không đúng (dữ liệu nén hỏng hoặc kích thước ghi trong tệp nén sai)`,
    `the .docx is damaged: part ${part} does not unpack correctly (damaged data, or sizes in the zip header are wrong)`,
    'corrupt',
  );
}

export function partTooLarge(part: string, limit: number): DocxError {
  return new DocxError(
    `${part} quá lớn khi giải nén (hơn ${mbOf(limit)}, giới hạn đọc; báo cáo thật chỉ vài MB)`,
    `${part} unpacks to more than ${mbOf(limit)} (reading limit; a real report is a few MB)`,
    'too-large',
  );
}

function zipLoadError(e: unknown): DocxError {
  const m = e instanceof Error ? e.message : String(e);
  if (/encrypt/i.test(m))
    return new DocxError(
      'tệp nén được đặt mật khẩu (zip mã hoá) nên không đọc được: lưu lại từ Word không đặt mật khẩu',
      'the zip archive is password-protected (encrypted) and cannot be read: save it again from Word without a password',
      'encrypted',
      'encrypted',
    );
  // jszip's own words ("End of data reached", "Corrupted zip: …") say nothing to the user
  return new DocxError(
    'tệp .docx bị hỏng: không đọc được cấu trúc nén zip của tệp; có thể tệp tải về hoặc sao chép chưa trọn vẹn',
    'the .docx is damaged: its zip structure cannot be read; perhaps an incomplete download or copy',
    'corrupt',
  );
}

export class DocxPackage {
  private constructor(private readonly entries: Map<string, Entry>) {}

  static async open(bytes: Uint8Array): Promise<DocxPackage> {
    const s = sniff(bytes);
    if (s !== 'zip') throw s;
    checkZipDirectory(bytes);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (e) {
      throw zipLoadError(e);
    }
    const entries = new Map<string, Entry>();
    for (const name of Object.keys(zip.files)) {
      const f = zip.files[name];
      if (!f || typeof f !== 'object' || typeof f.name !== 'string' || f.dir) continue;
      const k = key(name);
      if (!entries.has(k)) entries.set(k, f);
    }
    return new DocxPackage(entries);
  }

  has(part: string): boolean {
    return this.entries.has(key(part));
  }

  /** Stream a part's text in chunks; its inflated size is counted while inflating and refused beyond `limit`. */
  stream(part: string, limit: number, sink: (chunk: string) => void): Promise<void> {
    const f = this.entries.get(key(part));
    if (!f) return Promise.reject(new DocxError(`thiếu phần ${part}`, `missing part ${part}`, 'corrupt'));
    const declared = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    if (typeof declared === 'number' && declared > limit) return Promise.reject(partTooLarge(part, limit));
    return new Promise<void>((resolve, reject) => {
      let done = false;
      let total = 0;
      let dec: TextDecoder | undefined;
      let h: StreamHelper | undefined;
      const fail = (e: unknown) => {
        if (done) return;
        done = true;
        try {
          h?.pause();
        } catch {
          /* already stopped */
        }
        reject(e);
      };
      try {
        h = (f as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
      } catch {
        fail(corruptPart(part));
        return;
      }
      h.on('data', (b) => {
        if (done) return;
        try {
          total += b.length;
          if (total > limit) throw partTooLarge(part, limit);
          if (!dec) dec = new TextDecoder(b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8');
          const s = dec.decode(b, { stream: true });
          if (s) sink(s);
        } catch (e) {
          fail(e);
        }
      });
      // jszip's own words ("Bug : uncompressed data size mismatch") never reach the user
      h.on('error', () => fail(corruptPart(part)));
      h.on('end', () => {
        if (done) return;
        try {
          const s = dec ? dec.decode() : '';
          if (s) sink(s);
          done = true;
          resolve();
        } catch (e) {
          fail(e);
        }
      });
      h.resume();
    });
  }

  /** A small part's whole text (package parts), or undefined when absent. */
  async text(part: string, limit = LIMITS.packagePartBytes): Promise<string | undefined> {
    if (!this.has(part)) return undefined;
    const out: string[] = [];
    await this.stream(part, limit, (s) => out.push(s));
    return out.join('');
  }

  /** Relationships of a part (`''` for the package), or undefined when it has no (readable) relationships part. */
  async rels(part: string): Promise<Relationship[] | undefined> {
    const xml = await this.text(part === '' ? '_rels/.rels' : relsOf(part));
    if (xml === undefined) return undefined;
    const rels: Relationship[] = [];
    try {
      parseLocal(xml, (local, a) => {
        if (local === 'Relationship' && typeof a.Type === 'string' && typeof a.Target === 'string')
          rels.push({ type: a.Type.trim(), target: a.Target, external: /^external$/i.test(a.TargetMode ?? '') });
      });
    } catch {
      return undefined; // a broken relationships part is read as missing: the usual part names are tried
    }
    return rels;
  }

  /** The content type of each part, from [Content_Types].xml (overrides, then defaults by extension); undefined when unknown. */
  async contentTypes(): Promise<{ typeOf: (part: string) => string | undefined; overridden: string[] }> {
    const xml = await this.text('[Content_Types].xml');
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    if (xml !== undefined) {
      try {
        parseLocal(xml, (local, a) => {
          if (local === 'Default' && a.Extension && a.ContentType) defaults.set(a.Extension.toLowerCase(), a.ContentType.trim().toLowerCase());
          else if (local === 'Override' && a.PartName && a.ContentType) overrides.set(key(safeDecode(a.PartName)), a.ContentType.trim().toLowerCase());
        });
      } catch {
        /* a broken content types part: types unknown, parts read on their root element */
      }
    }
    return {
      typeOf: (part) => overrides.get(key(part)) ?? defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase()),
      overridden: [...overrides.keys()],
    };
  }

  /** The part a relationship target names, trying its percent-decoded form too; undefined when outside the package or absent. */
  find(folder: string, target: string): string | undefined {
    for (const t of [target, safeDecode(target)]) {
      const p = resolveTarget(folder, t);
      if (p !== undefined && this.has(p)) return p;
    }
    return undefined;
  }

  /** Name the package when it is not a Word document. */
  async whatElse(): Promise<DocxError> {
    if (this.has('mimetype')) {
      let mt = '';
      try {
        mt = ((await this.text('mimetype', 4096)) ?? '').trim().toLowerCase();
      } catch {
        /* unreadable */
      }
      if (mt === 'application/vnd.oasis.opendocument.text' || mt === 'application/vnd.oasis.opendocument.text-template') return notDocx('odt');
      if (mt.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return notDocx('ods');
      if (mt.startsWith('application/vnd.oasis.opendocument.presentation')) return notDocx('odp');
      if (mt.startsWith('application/vnd.oasis.opendocument.')) return notDocx('opendocument', excerpt(mt, 60));
      if (mt) return notDocx('zip', excerpt(mt, 60));
    }
    if (this.has('xl/workbook.xml')) return notDocx('xlsx');
    if (this.has('ppt/presentation.xml')) return notDocx('pptx');
    return notDocx('zip');
  }
}

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export interface WordParts {
  main: string;
  styles?: string;
  numbering?: string;
  footnotes?: string;
}

function kindOfType(ct: string | undefined): 'word' | 'xlsx' | 'pptx' | 'other' | undefined {
  if (!ct) return undefined;
  if (WORD_MAIN_TYPES.has(ct)) return 'word';
  if (ct.includes('spreadsheetml') || ct.includes('ms-excel')) return 'xlsx';
  if (ct.includes('presentationml') || ct.includes('ms-powerpoint')) return 'pptx';
  return 'other';
}

/** Find the Word parts of the package, or throw naming what the package is instead. */
export async function wordParts(pkg: DocxPackage): Promise<WordParts> {
  const { typeOf, overridden } = await pkg.contentTypes();
  const rootRels = (await pkg.rels('')) ?? [];
  let main: string | undefined;
  let pointed: string | undefined;
  for (const r of rootRels) {
    if (r.external || relKind(r.type) !== 'officeDocument') continue;
    pointed ??= r.target;
    const p = pkg.find('', r.target);
    if (p !== undefined) {
      main = p;
      break;
    }
  }
  // no (usable) relationship: a part typed as a Word main document, then the usual name
  if (main === undefined) main = overridden.find((p) => kindOfType(typeOf(p)) === 'word' && pkg.has(p));
  if (main === undefined && pkg.has('word/document.xml')) main = 'word/document.xml';
  if (main === undefined) {
    if (pointed !== undefined && !/\b(xl|ppt)\//i.test(pointed) && !pkg.has('mimetype'))
      throw new DocxError(
        `tệp .docx bị hỏng: không có phần văn bản chính (${excerpt(pointed, 80)}, theo _rels/.rels)`,
        `the .docx is damaged: its main part (${excerpt(pointed, 80)}, named in _rels/.rels) is missing`,
        'corrupt',
      );
    throw await pkg.whatElse();
  }
  const kind = kindOfType(typeOf(main));
  if (kind === 'xlsx' || kind === 'pptx') throw notDocx(kind);

  const parts: WordParts = { main };
  const folder = folderOf(main);
  const rels = await pkg.rels(main);
  if (rels) {
    for (const r of rels) {
      if (r.external) continue;
      const k = relKind(r.type);
      if (k !== 'styles' && k !== 'numbering' && k !== 'footnotes') continue;
      if (parts[k] !== undefined) continue;
      const p = pkg.find(folder, r.target);
      if (p !== undefined && p !== main) parts[k] = p;
    }
  } else {
    // no relationships part: the names Word uses, next to the main part
    for (const k of ['styles', 'numbering', 'footnotes'] as const) if (pkg.has(`${folder}${k}.xml`)) parts[k] = `${folder}${k}.xml`;
  }
  return parts;
}
