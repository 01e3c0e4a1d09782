import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { readDocx, DocxError } from '../../src/docx/read-docx';

// not from ../helpers: that module loads the CLI and the whole checker; the reader's tests need neither
const FIXTURES = join(__dirname, '..', 'fixtures');

const fixture = (n: string) => readFileSync(join(FIXTURES, 'reports', n));

describe('.docx reader', () => {
  test('rebuilds Word automatic numbering on heading styles (LibreOffice-made fixture)', async () => {
    const d = await readDocx(fixture('v02-huyen-nq16-tu-dong.docx'));
    const h = d.paragraphs.filter((p) => p.styleLevel);
    const labelled = h.map((p) => `${p.numLabel ?? ''} ${p.text.split('\n')[0]}`.trim());
    expect(labelled).toContain('I. KHÁI QUÁT TÌNH HÌNH');
    expect(labelled).toContain('III. KẾT QUẢ ĐẠT ĐƯỢC');
    expect(labelled.find((l) => l.startsWith('2.4.'))).toMatch(/11 nội dung thành phần/);
    expect(h.find((p) => p.text.startsWith('Phần thứ hai'))!.styleLevel).toBe(1);
  });
  test('the time the document says it was last saved (docProps/core.xml), none where it says none (walk58, item 1)', async () => {
    const zip = await JSZip.loadAsync(fixture('v01-tinh-nq16.docx'));
    expect((await readDocx(fixture('v01-tinh-nq16.docx'))).saved).toBeUndefined();
    zip.file('docProps/core.xml', '<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-28T09:12:00Z</dcterms:modified></cp:coreProperties>');
    expect((await readDocx(await zip.generateAsync({ type: 'uint8array' }))).saved).toBe('2026-11-28T09:12:00Z');
  });
  test('tables keep rows and cells; bold paragraphs are marked', async () => {
    const d = await readDocx(fixture('v01-tinh-nq16.docx'));
    const stt = d.paragraphs.find((p) => p.text === 'Số người tham dự')!;
    expect(stt.cell).toMatchObject({ row: 0, cell: 3 });
    expect(d.paragraphs.find((p) => p.text.startsWith('I. KHÁI QUÁT'))!.bold).toBe(true);
    expect(d.paragraphs.find((p) => p.text.startsWith('Phần thứ nhất'))!.text).toContain('\n');
  });
  test('tracked deletions are gone, insertions present; content-control tags kept', async () => {
    const zip = await JSZip.loadAsync(fixture('v03-huyen-so-ket-2021-2023.docx'));
    const body = '<w:body><w:sdt><w:sdtPr><w:tag w:val="decuong:x:y"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Giữ </w:t></w:r><w:del><w:r><w:delText>xoá</w:delText></w:r></w:del><w:ins><w:r><w:t>thêm</w:t></w:r></w:ins></w:p></w:sdtContent></w:sdt></w:body>';
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:document>`);
    const d = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(d.paragraphs[0].text).toBe('Giữ thêm');
    expect(d.paragraphs[0].tags).toEqual(['decuong:x:y']);
  });
  test('hostile or broken files give a clear error', async () => {
    await expect(readDocx(Buffer.from('not a zip'))).rejects.toThrow(DocxError);
    const zip = new JSZip();
    zip.file('hello.txt', 'x');
    await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/word\/document.xml/);
    const bad = new JSZip();
    bad.file('word/document.xml', '<w:document><w:body><w:p>');
    await expect(readDocx(await bad.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/XML/);
    for (const e of [await readDocx(Buffer.from('not a zip')).catch((x) => x), await readDocx(await bad.generateAsync({ type: 'uint8array' })).catch((x) => x)]) {
      expect(e.vi).toMatch(/^(không phải tệp \.docx|tệp \.docx bị hỏng)/);
      expect(e.message).not.toMatch(/\n/);
    }
  });
});

describe('bold', () => {
  test('all-bold paragraphs are bold; a bold lead (run-in heading) is boldStart', async () => {
    const { writeDocx } = await import('../../src/docx/write-docx');
    const buf = await writeDocx([
      { kind: 'para', text: 'I. KẾT QUẢ', bold: true },
      { kind: 'para', boldLead: '2.1. Kết quả huy động nguồn lực:', text: ' Tổng nguồn lực 520 tỷ đồng.' },
      { kind: 'para', text: 'Đoạn thường.' },
    ]);
    const doc = await readDocx(buf);
    expect(doc.paragraphs.map((p) => [p.text, !!p.bold, !!p.boldStart])).toEqual([
      ['I. KẾT QUẢ', true, false],
      ['2.1. Kết quả huy động nguồn lực: Tổng nguồn lực 520 tỷ đồng.', false, true],
      ['Đoạn thường.', false, false],
    ]);
  });
});

describe('underline', () => {
  const run = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  test('a paragraph underlined in all its runs, or by its style, is underline; a part underlined, or w:val="none", is not', async () => {
    const { makeDocx, documentXml, W } = await import('./kit');
    const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Gach"><w:name w:val="Gạch chân"/><w:rPr><w:u w:val="single"/></w:rPr></w:style></w:styles>`;
    const body = [
      `<w:p>${run('Kết quả ', '<w:u w:val="single"/>')}${run('thực hiện:', '<w:u w:val="double"/>')}</w:p>`,
      `<w:p><w:pPr><w:pStyle w:val="Gach"/></w:pPr>${run('Kiến nghị, đề xuất:')}</w:p>`,
      `<w:p>${run('Tồn tại', '<w:u w:val="single"/>')}${run(' và hạn chế')}</w:p>`,
      `<w:p>${run('Nhiệm vụ, giải pháp:', '<w:u w:val="none"/>')}</w:p>`,
    ].join('');
    const d = await readDocx(await makeDocx({ document: documentXml(body), styles: { path: 'word/styles.xml', target: 'styles.xml', xml: styles } }));
    expect(d.paragraphs.map((p) => [p.text, !!p.underline])).toEqual([
      ['Kết quả thực hiện:', true],
      ['Kiến nghị, đề xuất:', true],
      ['Tồn tại và hạn chế', false],
      ['Nhiệm vụ, giải pháp:', false],
    ]);
  });
});

describe('tabs', () => {
  test('a tab between a line\'s cells is read as a tab (as Word gives it), spaces around it and runs of tabs made one (session 23)', async () => {
    const { documentXml, makeDocx } = await import('./kit');
    const row = '<w:p><w:r><w:t>2</w:t><w:tab/><w:t xml:space="preserve">Xã đạt chuẩn NTM nâng cao </w:t><w:tab/><w:tab/><w:t>13 xã</w:t></w:r></w:p>';
    const d = await readDocx(await makeDocx({ document: documentXml(row) }));
    expect(d.paragraphs[0].text).toBe('2\tXã đạt chuẩn NTM nâng cao\t13 xã');
  });
});

describe('vertical merges', () => {
  test('a cell merged down ("restart") and those that continue it ("vMerge" with no value) are marked, and the table knows the first spans down', async () => {
    const { documentXml, makeDocx } = await import('./kit');
    const { tables } = await import('../../src/core/model');
    const cell = (text: string, merge = '') => `<w:tc><w:tcPr>${merge}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const body = `<w:tbl>${row(cell('17.1'), cell('100%'), cell('Chưa đạt', '<w:vMerge w:val="restart"/>'))}${row(cell('17.2'), cell('76,5%'), cell('', '<w:vMerge/>'))}${row(cell('18'), cell('Đạt'), cell('Đạt'))}</w:tbl>`;
    const d = await readDocx(await makeDocx({ document: documentXml(body) }));
    const merges = d.paragraphs.filter((p) => p.cell?.col === 2).map((p) => p.cell!.merge);
    expect(merges).toEqual(['first', 'more', undefined]);
    const [t] = tables(d);
    expect([...(t.spansDown?.[0] ?? [])]).toEqual([2]);
    expect(t.spansDown?.[1]).toBeUndefined();
  });
});
