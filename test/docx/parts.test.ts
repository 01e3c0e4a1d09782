/** Finding the parts the OOXML way: each case is a small .docx built here with jszip. */
import JSZip from 'jszip';
import { readDocx, DocxError } from '../../src/docx/read-docx';
import { resolveTarget } from '../../src/docx/package';
import {
  CT_DOCM, CT_DOTM, CT_DOTX, MC, R_STRICT, W, W_STRICT, contentTypesXml, documentXml, makeDocx, numberingXml, para, rel, relsXml, stylesXml,
} from './kit';

const texts = async (b: Uint8Array) => (await readDocx(b)).paragraphs.map((p) => p.text);
const body = para('BÁO CÁO', 'H1') + `<w:p><w:pPr><w:pStyle w:val="Num"/></w:pPr><w:r><w:t>Kết quả</w:t></w:r></w:p>` + para('Nội dung.');

describe('main part from _rels/.rels', () => {
  test('Word on the web: word/document22.xml', async () => {
    const d = await readDocx(await makeDocx({ main: 'word/document22.xml', document: documentXml(body) }));
    expect(d.paragraphs.map((p) => p.text)).toEqual(['BÁO CÁO', 'Kết quả', 'Nội dung.']);
  });
  test('an absolute target (/word/document22.xml)', async () => {
    expect(await texts(await makeDocx({ main: 'word/document22.xml', mainTarget: '/word/document22.xml', document: documentXml(body) }))).toHaveLength(3);
  });
  test('a target with ./ and .. segments, and percent-encoding', async () => {
    expect(await texts(await makeDocx({ main: 'word/doc main.xml', mainTarget: './x/../word/doc%20main.xml', document: documentXml(body) }))).toHaveLength(3);
  });
  test('part names compare case-insensitively', async () => {
    expect(await texts(await makeDocx({ main: 'Word/Document.XML', mainTarget: 'word/document.xml', document: documentXml(body) }))).toHaveLength(3);
  });
  test('Strict OOXML relationship type', async () => {
    expect(await texts(await makeDocx({ main: 'word/document.xml', strictRels: true, document: documentXml(body) }))).toHaveLength(3);
  });
  test('a relationship to a missing main part is a damaged file, not jszip or a crash', async () => {
    const zip = await JSZip.loadAsync(await makeDocx({ main: 'word/document22.xml', document: documentXml(body) }));
    zip.remove('word/document22.xml');
    const e = await readDocx(await zip.generateAsync({ type: 'uint8array' })).catch((x) => x);
    expect(e).toBeInstanceOf(DocxError);
    expect(e.reason).toBe('corrupt');
    expect(e.vi).toMatch(/bị hỏng.*document22\.xml/);
  });
  test('targets outside the package are never followed', () => {
    expect(resolveTarget('', '../../etc/passwd')).toBeUndefined();
    expect(resolveTarget('word/', '../../etc/passwd')).toBeUndefined();
    expect(resolveTarget('word/', '../x.xml')).toBe('x.xml');
    expect(resolveTarget('word/', '/etc/passwd')).toBe('etc/passwd');
    expect(resolveTarget('word/', 'http://example.com/a.xml')).toBeUndefined();
    expect(resolveTarget('word/', 'file:///etc/passwd')).toBeUndefined();
    expect(resolveTarget('word/', '//host/share')).toBeUndefined();
  });
  test('main part target outside the package: the Word-typed part is read instead, or the file is refused', async () => {
    expect(await texts(await makeDocx({ mainTarget: '../../etc/passwd', document: documentXml(body) }))).toHaveLength(3);
    const e = await readDocx(await makeDocx({ main: 'word/x.xml', mainTarget: '../../etc/passwd', document: documentXml(body), mainType: 'application/xml' })).catch((x) => x);
    expect(e).toBeInstanceOf(DocxError);
    expect(e.reason).toBe('corrupt');
  });
  test('no _rels/.rels at all: word/document.xml is read', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', documentXml(body));
    expect(await texts(await zip.generateAsync({ type: 'uint8array' }))).toHaveLength(3);
  });
});

describe('styles, numbering, footnotes from the main part’s relationships', () => {
  test('oddly named parts, relative target (word/st.xml) and absolute target (/custom/numbers.xml)', async () => {
    const d = await readDocx(
      await makeDocx({
        main: 'word/document22.xml',
        document: documentXml(body),
        styles: { path: 'word/st.xml', target: 'st.xml' },
        numbering: { path: 'custom/numbers.xml', target: '/custom/numbers.xml' },
      }),
    );
    expect(d.paragraphs[0].styleLevel).toBe(1);
    expect(d.paragraphs[1].numLabel).toBe('I.');
  });
  test('a target going up a folder (../shared/styles.xml)', async () => {
    const d = await readDocx(await makeDocx({ document: documentXml(body), styles: { path: 'shared/styles.xml', target: '../shared/styles.xml' } }));
    expect(d.paragraphs[0].styleLevel).toBe(1);
  });
  test('the rels decide: word/styles.xml is not read when the rels point elsewhere', async () => {
    const zip = await JSZip.loadAsync(await makeDocx({ document: documentXml(body), styles: { path: 'word/st.xml', target: 'st.xml' } }));
    zip.file('word/styles.xml', '<w:styles xmlns:w="' + W + '"><w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 3"/></w:style></w:styles>');
    expect((await readDocx(await zip.generateAsync({ type: 'uint8array' }))).paragraphs[0].styleLevel).toBe(1);
  });
  test('styles and numbering relationships to missing parts, outside the package or external: read without them', async () => {
    for (const target of ['missing.xml', '../../etc/passwd', '/etc/passwd', 'http://example.com/styles.xml']) {
      const zip = await JSZip.loadAsync(await makeDocx({ document: documentXml(body), styles: { path: 'word/styles.xml', target: 'styles.xml' } }));
      zip.file('word/_rels/document.xml.rels', relsXml([rel('rId1', 'styles', target, target.startsWith('http')), rel('rId2', 'numbering', target)]));
      const d = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
      expect(d.paragraphs.map((p) => p.styleLevel)).toEqual([undefined, undefined, undefined]);
    }
  });
  test('footnotes through the relationship', async () => {
    const zip = await JSZip.loadAsync(await makeDocx({ document: documentXml(body) }));
    zip.file('word/_rels/document.xml.rels', relsXml([rel('rId9', 'footnotes', 'notes/fn.xml')]));
    zip.file('word/notes/fn.xml', `<w:footnotes xmlns:w="${W}"><w:footnote w:id="1"><w:p><w:r><w:t>Nguồn: Sở NN&amp;PTNT.</w:t></w:r></w:p></w:footnote></w:footnotes>`);
    expect((await readDocx(await zip.generateAsync({ type: 'uint8array' }))).footnotes).toEqual(['Nguồn: Sở NN&PTNT.']);
  });
  test('a paragraph carries the footnotes it refers to, a deleted reference aside', async () => {
    const ref = (id: string) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
    const withNotes = `<w:p><w:r><w:t>Có 98/112 thôn đạt chuẩn.</w:t></w:r>${ref('2')}</w:p><w:p><w:r><w:t>Đoạn khác.</w:t></w:r><w:del w:id="9" w:author="A">${ref('3')}</w:del></w:p>`;
    const zip = await JSZip.loadAsync(await makeDocx({ document: documentXml(withNotes) }));
    zip.file('word/_rels/document.xml.rels', relsXml([rel('rId9', 'footnotes', 'footnotes.xml')]));
    const note = (id: string, t: string) => `<w:footnote w:id="${id}"><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:footnote>`;
    zip.file('word/footnotes.xml', `<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>${note('2', 'Số liệu cập nhật đến ngày 15/7/2024.')}${note('3', 'Chú thích đã xóa.')}</w:footnotes>`);
    const d = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(d.paragraphs.map((p) => p.notes)).toEqual([['Số liệu cập nhật đến ngày 15/7/2024.'], undefined]);
  });
});

describe('content types', () => {
  test.each([
    ['.docm', CT_DOCM],
    ['.dotx', CT_DOTX],
    ['.dotm', CT_DOTM],
  ])('%s main part is read', async (_k, ct) => {
    expect(await texts(await makeDocx({ document: documentXml(body), mainType: ct }))).toHaveLength(3);
  });
  test('a main part typed as a workbook is named as one', async () => {
    const e = await readDocx(await makeDocx({ document: documentXml(body), mainType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' })).catch((x) => x);
    expect(e.kind).toBe('xlsx');
    expect(e.vi).toMatch(/Excel/);
  });
  test('an .xlsx is named as one', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', contentTypesXml([['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml']]));
    zip.file('_rels/.rels', relsXml([rel('rId1', 'officeDocument', 'xl/workbook.xml')]));
    zip.file('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    const e = await readDocx(await zip.generateAsync({ type: 'uint8array' })).catch((x) => x);
    expect([e.reason, e.kind]).toEqual(['not-docx', 'xlsx']);
  });
});

describe('namespaces: matched by namespace, not by the w: prefix', () => {
  test('Strict OOXML (purl.oclc.org namespaces) reads like transitional', async () => {
    const d = await readDocx(
      await makeDocx({
        document: documentXml(body, W_STRICT),
        strictRels: true,
        styles: { path: 'word/styles.xml', target: 'styles.xml', xml: stylesXml(W_STRICT) },
        numbering: { path: 'word/numbering.xml', target: 'numbering.xml', xml: numberingXml(W_STRICT) },
      }),
    );
    expect(d.paragraphs.map((p) => [p.text, p.styleLevel, p.numLabel])).toEqual([
      ['BÁO CÁO', 1, undefined],
      ['Kết quả', undefined, 'I.'],
      ['Nội dung.', undefined, undefined],
    ]);
  });
  test('another prefix (ElementTree writes ns0:) and the default namespace', async () => {
    const ns0 = documentXml(para('Một', 'H1', 'ns0') + para('Hai', undefined, 'ns0'), W, 'ns0');
    const d = await readDocx(await makeDocx({ document: ns0, styles: { path: 'word/styles.xml', target: 'styles.xml' } }));
    expect(d.paragraphs.map((p) => [p.text, p.styleLevel])).toEqual([['Một', 1], ['Hai', undefined]]);
    const dflt = `<document xmlns="${W}" xmlns:w="${W}"><body><p><pPr><pStyle w:val="H1"/></pPr><r><t>Ba</t></r></p></body></document>`;
    const d2 = await readDocx(await makeDocx({ document: dflt, styles: { path: 'word/styles.xml', target: 'styles.xml' } }));
    expect(d2.paragraphs.map((p) => [p.text, p.styleLevel])).toEqual([['Ba', 1]]);
  });
  test('a w: prefix bound to another namespace is not WordprocessingML; one bound inside the body is', async () => {
    const other = `<w:document xmlns:w="${W}"><w:body>${para('Có')}<w:p xmlns:w="urn:not-word"><w:r><w:t>Không</w:t></w:r></w:p><x:p xmlns:x="${W}"><x:r><x:t>Cũng có</x:t></x:r></x:p>${para('Sau')}</w:body></w:document>`;
    expect(await texts(await makeDocx({ document: other }))).toEqual(['Có', 'Cũng có', 'Sau']);
  });
  test('a main part that is not WordprocessingML is refused, naming its root', async () => {
    const e = await readDocx(await makeDocx({ document: `<document xmlns="urn:other"><body/></document>` })).catch((x) => x);
    expect(e.reason).toBe('not-docx');
    expect(e.vi).toMatch(/không phải văn bản Word.*<document>/);
  });
});

describe('mc:AlternateContent', () => {
  const box = (choice: string, fallback: string) =>
    `<w:p><w:r><w:t>Trước </w:t></w:r><w:r><mc:AlternateContent xmlns:mc="${MC}">` +
    (choice ? `<mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${para(choice)}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>` : '') +
    (fallback ? `<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${para(fallback)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` : '') +
    `</mc:AlternateContent></w:r><w:r><w:t>sau.</w:t></w:r></w:p>`;
  test('a text box is read once: the Choice, not also the Fallback', async () => {
    expect(await texts(await makeDocx({ document: documentXml(box('Trong hộp', 'Trong hộp (VML)')) }))).toEqual(['Trong hộp', 'Trước sau.']);
  });
  test('the Fallback when there is no Choice', async () => {
    expect(await texts(await makeDocx({ document: documentXml(box('', 'Chỉ VML')) }))).toEqual(['Chỉ VML', 'Trước sau.']);
  });
  test('only the first of several Choices; nested AlternateContent once each', async () => {
    const two = `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="a">${para('A')}</mc:Choice><mc:Choice Requires="b">${para('B')}</mc:Choice><mc:Fallback>${para('C')}</mc:Fallback></mc:AlternateContent>`;
    const nested = `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="a">${two}${para('D')}</mc:Choice><mc:Fallback>${two}</mc:Fallback></mc:AlternateContent>`;
    expect(await texts(await makeDocx({ document: documentXml(two + nested + para('E')) }))).toEqual(['A', 'A', 'D', 'E']);
  });
  test('with another prefix for markup compatibility', async () => {
    const doc = `<w:document xmlns:w="${W}" xmlns:m="${MC}"><w:body><m:AlternateContent><m:Choice Requires="x">${para('Một lần')}</m:Choice><m:Fallback>${para('Một lần')}</m:Fallback></m:AlternateContent></w:body></w:document>`;
    expect(await texts(await makeDocx({ document: doc }))).toEqual(['Một lần']);
  });
});

test('Strict relationship namespace for styles too', async () => {
  const zip = await JSZip.loadAsync(await makeDocx({ document: documentXml(body, W_STRICT), strictRels: true }));
  zip.file('word/_rels/document.xml.rels', relsXml([`<Relationship Id="rId1" Type="${R_STRICT}/styles" Target="s.xml"/>`]));
  zip.file('word/s.xml', stylesXml(W_STRICT));
  expect((await readDocx(await zip.generateAsync({ type: 'uint8array' }))).paragraphs[0].styleLevel).toBe(1);
});

describe('docProps/custom.xml: what decuong recorded (walk44, item 10)', () => {
  const custom = (inner: string) => `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${inner}</Properties>`;
  const prop = (name: string, value: string) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property>`;
  const read = async (extra: Record<string, string>) => (await readDocx(await makeDocx({ document: documentXml(body), extra }))).recorded;
  test('the level an outline was made for is read back', async () => {
    expect(await read({ 'docProps/custom.xml': custom(prop('Phòng', 'NN') + prop('decuong.level', 'huyen')) })).toEqual({ level: 'huyen' });
  });
  test('no property, another value, a broken part: nothing recorded, the document read all the same', async () => {
    expect(await read({})).toBeUndefined();
    expect(await read({ 'docProps/custom.xml': custom(prop('decuong.level', 'quan')) })).toBeUndefined();
    expect(await read({ 'docProps/custom.xml': '<Properties><property name="decuong.level"><vt:lpwstr>xa' })).toBeUndefined();
    expect(await texts(await makeDocx({ document: documentXml(body), extra: { 'docProps/custom.xml': '\u0000garbage' } }))).toEqual(['BÁO CÁO', 'Kết quả', 'Nội dung.']);
  });
});
