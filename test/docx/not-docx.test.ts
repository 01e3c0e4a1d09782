/** A file that is not a .docx is named in one clear Vietnamese sentence (and English), never "not a zip archive" for all. */
import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { readDocx, DocxError } from '../../src/docx/read-docx';
import { cfb, documentXml, para, rawDocxEntries, rawZip } from './kit';

async function refusal(bytes: Uint8Array) {
  const e = await readDocx(bytes).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DocxError);
  const d = e as DocxError;
  // one line each, Vietnamese first
  expect(d.vi).not.toMatch(/\n/);
  expect(d.en).not.toMatch(/\n/);
  expect(d.message).toBe(`${d.vi} / ${d.en}`);
  expect(d.text('vi')).toBe(d.vi);
  expect(d.text('en')).toBe(d.en);
  return d;
}

test('a password-protected .docx (OLE file with EncryptedPackage)', async () => {
  const e = await refusal(cfb(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']));
  expect([e.reason, e.kind]).toEqual(['encrypted', 'encrypted']);
  expect(e.vi).toMatch(/mật khẩu/);
  expect(e.en).toMatch(/password/);
});
test('a Word 97–2003 .doc (OLE file with WordDocument)', async () => {
  const e = await refusal(cfb(['WordDocument', '1Table', '\u0005SummaryInformation', 'CompObj', 'Data']));
  expect(e.kind).toBe('doc');
  expect(e.vi).toMatch(/^không phải tệp \.docx: đây là tệp Word 97–2003 \(\.doc\)/);
});
test('an OLE file whose directory cannot be walked is still named by its stream names', async () => {
  const b = cfb(['WordDocument']);
  b.writeUInt32LE(0xfffffff0, 0x30); // first directory sector: nonsense
  expect((await refusal(b)).kind).toBe('doc');
});
test('other OLE files: .xls, .ppt, unknown', async () => {
  expect((await refusal(cfb(['Workbook']))).kind).toBe('xls');
  expect((await refusal(cfb(['PowerPoint Document']))).kind).toBe('ppt');
  const other = await refusal(cfb(['Something']));
  expect(other.kind).toBe('ole');
  // (what to do all the same: it may be a damaged .doc — walk53, item 6)
  expect(other.message).toMatch(/định dạng cũ \(97–2003\) không rõ loại, có thể là tệp \.doc bị hỏng; mở bằng Word rồi lưu lại dạng \.docx/);
});
test('an OpenDocument text (.odt)', async () => {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
  zip.file('content.xml', '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>');
  zip.file('META-INF/manifest.xml', '<manifest/>');
  const e = await refusal(await zip.generateAsync({ type: 'uint8array' }));
  expect([e.reason, e.kind]).toEqual(['not-docx', 'odt']);
  expect(e.vi).toMatch(/OpenDocument \(\.odt/);
});
test('a PDF', async () => {
  const e = await refusal(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'));
  expect(e.kind).toBe('pdf');
  expect(e.vi).toMatch(/PDF/);
});
test('an RTF', async () => {
  expect((await refusal(Buffer.from('{\\rtf1\\ansi\\ansicpg1258\\deff0 B\\u225?o c\\u225?o}'))).kind).toBe('rtf');
});
test('HTML and single-file web pages (MHT)', async () => {
  expect((await refusal(Buffer.from('\ufeff<!DOCTYPE html>\n<html lang="vi"><body>Báo cáo</body></html>'))).kind).toBe('html');
  expect((await refusal(Buffer.from('<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>x</body></html>'))).kind).toBe('html');
  expect((await refusal(Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart"\r\n'))).kind).toBe('mht');
});
test('Word XML (flat OPC) and other XML', async () => {
  expect((await refusal(Buffer.from('<?xml version="1.0"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>'))).kind).toBe('word-xml');
  expect((await refusal(Buffer.from('<?xml version="1.0"?><root/>'))).kind).toBe('xml');
});
test('plain text, in UTF-8 and UTF-16', async () => {
  const e = await refusal(Buffer.from('BÁO CÁO\nSơ kết 3 năm thực hiện Nghị quyết số 16\n'));
  expect(e.kind).toBe('text');
  expect(e.vi).toMatch(/^không phải tệp \.docx: đây là tệp văn bản thuần/);
  expect((await refusal(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Báo cáo', 'utf16le')]))).kind).toBe('text');
});
test('an empty file, and one of zero bytes only', async () => {
  expect((await refusal(new Uint8Array(0))).vi).toBe('không phải tệp .docx: tệp rỗng (0 byte); đề nghị đơn vị gửi lại tệp Word (.docx) của báo cáo');
  expect((await refusal(new Uint8Array(4096))).kind).toBe('zeros');
});
test('unknown binary keeps the old sentence', async () => {
  const e = await refusal(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]));
  expect([e.reason, e.kind]).toEqual(['not-zip', 'unknown']);
  expect(e.vi).toBe('không phải tệp .docx (không đọc được dạng nén zip)');
});
test('a zip without a Word document', async () => {
  const zip = new JSZip();
  zip.file('hello.txt', 'x');
  const e = await refusal(await zip.generateAsync({ type: 'uint8array' }));
  expect([e.reason, e.kind]).toEqual(['not-docx', 'zip']);
  expect(e.vi).toMatch(/word\/document\.xml/);
});
test('a .docx cut short (an unfinished download) is damaged, not "not a zip"', async () => {
  const full = rawZip(rawDocxEntries(documentXml(para('Một').repeat(200))));
  const e = await refusal(full.subarray(0, Math.floor(full.length * 0.6)));
  expect(e.reason).toBe('corrupt');
  expect(e.vi).toMatch(/không trọn vẹn/);
});
test('a zip with encrypted entries', async () => {
  const b = rawZip(rawDocxEntries(documentXml(para('Một'))));
  // set the "encrypted" flag on every central record
  for (let i = 0; i + 4 <= b.length; i++) if (b.readUInt32LE(i) === 0x02014b50) b.writeUInt16LE(b.readUInt16LE(i + 8) | 1, i + 8);
  const e = await refusal(b);
  expect(e.reason).toBe('encrypted');
});

describe('files saved by LibreOffice 7.4 (test/docx/files)', () => {
  const file = (n: string) => readFileSync(join(__dirname, 'files', n));
  test('a real Word 97–2003 .doc', async () => {
    expect((await refusal(file('libreoffice-97-2003.doc'))).kind).toBe('doc');
  });
  test('a real .odt', async () => {
    expect((await refusal(file('libreoffice.odt'))).kind).toBe('odt');
  });
});
