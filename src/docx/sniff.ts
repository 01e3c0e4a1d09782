/**
 * Tell what a file is from its bytes, before any unzipping: a .docx (zip),
 * a password-protected Office file or a legacy .doc (both OLE compound files),
 * PDF, RTF, HTML/MHT, Word XML, plain text, empty. Bounded work: the OLE
 * directory walk and every scan stop after a fixed number of steps.
 */
import { DocxError, type FileKind } from './errors';
import { LIMITS, fmtEn, fmtVi } from './limits';

const NOT = 'không phải tệp .docx';
const NOT_EN = 'not a .docx file';
const SAVE_AS = 'mở bằng Word rồi lưu lại dạng .docx (Tệp → Lưu thành → Tài liệu Word)';
const SAVE_AS_EN = 'open it in Word and save it as .docx (File → Save As → Word Document)';

/** The sentence for each kind of file that is not a .docx. */
export function notDocx(kind: FileKind, detail = ''): DocxError {
  const m: Record<FileKind, [string, string]> = {
    // (what the secretariat does next, as for a PDF: ask for the file again — walk53b, item 7)
    empty: [`${NOT}: tệp rỗng (0 byte); đề nghị đơn vị gửi lại tệp Word (.docx) của báo cáo`, `${NOT_EN}: the file is empty (0 bytes); ask the unit to send the report's Word file (.docx) again`],
    zeros: [`${NOT}: tệp chỉ chứa byte 0 (hỏng khi lưu hoặc sao chép)`, `${NOT_EN}: the file holds only zero bytes (damaged when saved or copied)`],
    encrypted: [
      'tệp được bảo vệ bằng mật khẩu (mã hoá) nên không đọc được: mở bằng Word, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại',
      'the file is password-protected (encrypted) and cannot be read: open it in Word, remove the password (File → Info → Protect Document) and save it again',
    ],
    doc: [`${NOT}: đây là tệp Word 97–2003 (.doc); ${SAVE_AS}`, `${NOT_EN}: this is a Word 97–2003 document (.doc); ${SAVE_AS_EN}`],
    xls: [`${NOT}: đây là bảng tính Excel 97–2003 (.xls)`, `${NOT_EN}: this is an Excel 97–2003 workbook (.xls)`],
    ppt: [`${NOT}: đây là tệp PowerPoint 97–2003 (.ppt)`, `${NOT_EN}: this is a PowerPoint 97–2003 presentation (.ppt)`],
    // (the container of Office 97–2003 files, its kind not told — a .doc damaged, or a file of another program: what to do all the same —
    // walk53, item 6)
    ole: [`${NOT}: đây là tệp Office định dạng cũ (97–2003) không rõ loại, có thể là tệp .doc bị hỏng; ${SAVE_AS}`, `${NOT_EN}: this is an old-format (97–2003) Office file of unknown kind, perhaps a damaged .doc; ${SAVE_AS_EN}`],
    odt: [
      `${NOT}: đây là văn bản OpenDocument (.odt, LibreOffice/OpenOffice); lưu lại dạng .docx (Lưu thành → Word 2007–365)`,
      `${NOT_EN}: this is an OpenDocument text (.odt, LibreOffice/OpenOffice); save it as .docx (Save As → Word 2007–365)`,
    ],
    ods: [`${NOT}: đây là bảng tính OpenDocument (.ods)`, `${NOT_EN}: this is an OpenDocument spreadsheet (.ods)`],
    odp: [`${NOT}: đây là bản trình chiếu OpenDocument (.odp)`, `${NOT_EN}: this is an OpenDocument presentation (.odp)`],
    opendocument: [`${NOT}: đây là tệp OpenDocument (${detail || '?'})`, `${NOT_EN}: this is an OpenDocument file (${detail || '?'})`],
    xlsx: [`${NOT}: đây là bảng tính Excel (.xlsx)`, `${NOT_EN}: this is an Excel workbook (.xlsx)`],
    pptx: [`${NOT}: đây là bản trình chiếu PowerPoint (.pptx)`, `${NOT_EN}: this is a PowerPoint presentation (.pptx)`],
    zip: [
      `${NOT}: tệp nén zip không có văn bản Word (word/document.xml)${detail ? ` (${detail})` : ''}`,
      `${NOT_EN}: a zip archive without a Word document (word/document.xml)${detail ? ` (${detail})` : ''}`,
    ],
    pdf: [`${NOT}: đây là tệp PDF; cần tệp Word (.docx) gốc của báo cáo`, `${NOT_EN}: this is a PDF; the report's original Word file (.docx) is needed`],
    rtf: [`${NOT}: đây là tệp RTF (Rich Text Format); ${SAVE_AS}`, `${NOT_EN}: this is an RTF (Rich Text Format) file; ${SAVE_AS_EN}`],
    html: [`${NOT}: đây là trang web (HTML); ${SAVE_AS}`, `${NOT_EN}: this is a web page (HTML); ${SAVE_AS_EN}`],
    mht: [`${NOT}: đây là trang web một tệp (MHT/MHTML); ${SAVE_AS}`, `${NOT_EN}: this is a single-file web page (MHT/MHTML); ${SAVE_AS_EN}`],
    'word-xml': [`${NOT}: đây là tệp Word XML (.xml); ${SAVE_AS}`, `${NOT_EN}: this is a Word XML document (.xml); ${SAVE_AS_EN}`],
    xml: [`${NOT}: đây là một tệp XML, không phải văn bản Word`, `${NOT_EN}: this is an XML file, not a Word document`],
    text: [`${NOT}: đây là tệp văn bản thuần (text); đề nghị đơn vị gửi lại tệp Word (.docx) của báo cáo`, `${NOT_EN}: this is a plain text file; ask the unit to send the report's Word file (.docx) again`],
    unknown: [`${NOT} (không đọc được dạng nén zip)`, `${NOT_EN} (not a zip archive)`],
  };
  const [vi, en] = m[kind];
  return new DocxError(vi, en, kind === 'encrypted' ? 'encrypted' : kind === 'zip' || kind === 'xlsx' || kind === 'pptx' || kind.startsWith('od') ? 'not-docx' : 'not-zip', kind);
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

const startsWith = (b: Uint8Array, sig: number[], at = 0) => {
  if (b.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
  return true;
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const ZIP_SPAN = [0x50, 0x4b, 0x07, 0x08];

/** Where the zip's end-of-central-directory record is, or -1. Scans at most the last 64 KiB + 22 bytes. */
export function findEocd(b: Uint8Array): number {
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  return -1;
}

/** Entries the zip declares (central directory), zip64 included; undefined when unreadable. */
export function zipEntryCount(b: Uint8Array, eocd: number): number | undefined {
  const n = u16(b, eocd + 10);
  if (n !== 0xffff) return n;
  // zip64: the locator sits just before the classic record
  const loc = eocd - 20;
  if (loc < 0 || u32(b, loc) !== 0x07064b50) return undefined;
  const lo = u32(b, loc + 8);
  const hi = u32(b, loc + 12);
  if (hi !== 0 || lo + 56 > b.length || u32(b, lo) !== 0x06064b50) return undefined;
  const cntLo = u32(b, lo + 32);
  const cntHi = u32(b, lo + 36);
  return cntHi ? Number.MAX_SAFE_INTEGER : cntLo;
}

/** Stream and storage names in an OLE compound file's directory (bounded walk), lower-cased. */
export function oleNames(b: Uint8Array): Set<string> {
  const names = new Set<string>();
  try {
    const shift = u16(b, 0x1e);
    if (shift !== 9 && shift !== 12) return names;
    const ss = 1 << shift;
    const perFat = ss / 4;
    const sectorAt = (s: number) => (s + 1) * ss;
    // FAT sector ids: 109 in the header, then the DIFAT chain
    const fatSectors: number[] = [];
    for (let i = 0; i < 109; i++) {
      const s = u32(b, 0x4c + 4 * i);
      if (s >= 0xfffffffa) break;
      fatSectors.push(s);
    }
    let difat = u32(b, 0x44);
    for (let guard = 0; difat < 0xfffffffa && guard < 1_000 && sectorAt(difat) + ss <= b.length; guard++) {
      const at = sectorAt(difat);
      for (let i = 0; i < perFat - 1; i++) {
        const s = u32(b, at + 4 * i);
        if (s < 0xfffffffa) fatSectors.push(s);
      }
      difat = u32(b, at + ss - 4);
    }
    const next = (s: number) => {
      const f = fatSectors[Math.floor(s / perFat)];
      if (f === undefined) return 0xfffffffe;
      const at = sectorAt(f) + 4 * (s % perFat);
      return at + 4 <= b.length ? u32(b, at) : 0xfffffffe;
    };
    let dir = u32(b, 0x30);
    const seen = new Set<number>();
    for (let guard = 0; dir < 0xfffffffa && !seen.has(dir) && guard < 10_000; guard++) {
      seen.add(dir);
      const at = sectorAt(dir);
      if (at + ss > b.length) break;
      for (let e = at; e < at + ss; e += 128) {
        const len = u16(b, e + 0x40);
        if (len < 2 || len > 64) continue;
        let name = '';
        for (let i = 0; i < len - 2; i += 2) name += String.fromCharCode(u16(b, e + i));
        names.add(name.toLowerCase());
      }
      dir = next(dir);
    }
  } catch {
    /* a damaged header: fall back to the byte search below */
  }
  return names;
}

/** Whether the UTF-16LE form of `s` occurs in the bytes (fallback when the OLE directory cannot be walked). */
function hasUtf16(b: Uint8Array, s: string): boolean {
  const first = s.charCodeAt(0);
  outer: for (let i = 0; i + 2 * s.length <= b.length; i++) {
    if (b[i] !== first || b[i + 1] !== 0) continue;
    for (let k = 1; k < s.length; k++) if (b[i + 2 * k] !== s.charCodeAt(k) || b[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

function oleKind(b: Uint8Array): FileKind {
  const names = oleNames(b);
  const has = (n: string) => names.has(n.toLowerCase()) || (names.size === 0 && hasUtf16(b, n));
  if (has('EncryptedPackage')) return 'encrypted';
  if (has('WordDocument')) return 'doc';
  if (has('Workbook') || has('Book')) return 'xls';
  if (has('PowerPoint Document')) return 'ppt';
  return 'ole';
}

/** ASCII text of the first bytes, lower-cased, BOM and leading blanks removed. */
function head(b: Uint8Array, n: number): string {
  let i = 0;
  if (startsWith(b, [0xef, 0xbb, 0xbf])) i = 3;
  let s = '';
  const end = Math.min(b.length, i + n);
  for (; i < end; i++) s += String.fromCharCode(b[i]);
  return s.trimStart().toLowerCase();
}

function looksLikeText(b: Uint8Array): boolean {
  const n = Math.min(b.length, 64 * 1024);
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff])) return true; // UTF-16 with a BOM
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return false;
    if (c < 9 || (c > 13 && c < 32 && c !== 27)) bad++;
  }
  if (bad > n / 100) return false;
  try {
    // a cut in the middle of a character at the 64 KiB mark is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, n), { stream: n < b.length });
    return true;
  } catch {
    return false;
  }
}

/**
 * 'zip' when the bytes should be handed to the zip reader; otherwise the error
 * to throw, naming what the file is.
 */
export function sniff(b: Uint8Array): 'zip' | DocxError {
  if (b.length === 0) return notDocx('empty');
  if (startsWith(b, ZIP_LOCAL) || startsWith(b, ZIP_EMPTY) || startsWith(b, ZIP_SPAN)) return 'zip';
  if (startsWith(b, OLE_MAGIC)) return notDocx(oleKind(b));
  let zeros = true;
  for (let i = 0; i < b.length && zeros; i++) zeros = b[i] === 0;
  if (zeros) return notDocx('zeros');
  const h = head(b, 1024);
  if (h.includes('%pdf-')) return notDocx('pdf');
  if (h.startsWith('{\\rtf')) return notDocx('rtf');
  if (h.startsWith('mime-version:') || (h.includes('content-type: multipart/related') && h.includes('boundary'))) return notDocx('mht');
  if (h.startsWith('<')) {
    if (h.includes('<pkg:package') || h.includes('schemas.microsoft.com/office/2006/xmlpackage') || h.includes('progid="word.document"') || h.includes('<w:worddocument'))
      return notDocx('word-xml');
    if (h.includes('<html') || h.startsWith('<!doctype html')) return notDocx('html');
    if (h.startsWith('<?xml')) return notDocx('xml');
  }
  // a zip with something in front of it (self-extracting archives, mail gateways)
  if (findEocd(b) >= 0) return 'zip';
  if (looksLikeText(b)) return h.includes('<html') || h.includes('<body') ? notDocx('html') : notDocx('text');
  return notDocx('unknown');
}

/** Refuse a zip that declares more entries than any .docx has, before the zip reader builds them all. */
export function checkZipDirectory(b: Uint8Array): void {
  const eocd = findEocd(b);
  if (eocd < 0) {
    throw new DocxError(
      'tệp .docx bị hỏng hoặc không trọn vẹn (thiếu phần cuối của tệp nén: tải về hoặc sao chép chưa xong?)',
      'the .docx is damaged or incomplete (the end of its zip archive is missing: an unfinished download or copy?)',
      'corrupt',
    );
  }
  const n = zipEntryCount(b, eocd);
  if (n !== undefined && n > LIMITS.zipEntries)
    throw new DocxError(
      `tệp nén có ${fmtVi(n)} mục, quá giới hạn đọc ${fmtVi(LIMITS.zipEntries)} mục`,
      `the zip archive has ${fmtEn(n)} entries, beyond the reading limit of ${fmtEn(LIMITS.zipEntries)}`,
      'too-large',
    );
}
