/** Guards at the depth where data enters: numbers from the file, nesting, sizes. Each limit is named when met. */
import { readDocx, DocxError, LIMITS } from '../../src/docx/read-docx';
import { formatNumber, NumberingState } from '../../src/docx/numbering';
import { documentXml, makeDocx, numberingXml, para, rawDocxEntries, rawZip, setDeclaredSize, W } from './kit';

const refusal = async (b: Uint8Array) => {
  const e = await readDocx(b).then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DocxError);
  return e as DocxError;
};
const numbered = (n: number, ilvl = '0') => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Mục</w:t></w:r></w:p>`.repeat(n);
const withNumbering = (body: string, xml: string) => makeDocx({ document: documentXml(body), numbering: { path: 'word/numbering.xml', target: 'numbering.xml', xml } });

describe('numbering values from the file are clamped, labels bounded', () => {
  test.each([['4294967296'], ['1e21'], ['Infinity'], ['-5'], ['NaN'], ['9'.repeat(400)]])('start %#', async (start) => {
    for (const fmt of ['upperRoman', 'lowerLetter', 'decimal', 'decimalZero']) {
      const d = await readDocx(await withNumbering(numbered(3), numberingXml(W, start, fmt)));
      for (const p of d.paragraphs) expect(p.numLabel!.length).toBeLessThanOrEqual(LIMITS.labelChars);
      if (fmt === 'decimal') expect(d.paragraphs[0].numLabel).toBe(/^-|NaN/.test(start) ? (start === 'NaN' ? '1.' : '0.') : '32767.');
    }
  });
  test('a paragraph level (ilvl) of 4294967296 or -1 is clamped, never used as an array size', async () => {
    for (const ilvl of ['4294967296', '1e21', '-1', 'Infinity']) {
      const d = await readDocx(await withNumbering(numbered(2, ilvl), numberingXml()));
      expect(d.paragraphs).toHaveLength(2);
    }
  });
  test('a level template of 60,000 characters gives a label of at most LIMITS.labelChars', async () => {
    const xml = numberingXml(W, '32767', 'lowerLetter').replace('w:val="%1."', `w:val="${'%1.'.repeat(20000)}"`);
    const d = await readDocx(await withNumbering(numbered(50), xml));
    expect(d.paragraphs[49].numLabel!.length).toBeLessThanOrEqual(LIMITS.labelChars);
  });
  test('formatNumber is safe for any number', () => {
    for (const n of [Infinity, -Infinity, NaN, -1, 1e21, 2 ** 53, 4294967296])
      for (const f of ['upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'decimalZero', 'decimal']) expect(formatNumber(n, f).length).toBeLessThanOrEqual(LIMITS.labelChars + 20);
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
  });
  test('NumberingState.next clamps a level given by any caller', () => {
    const s = new NumberingState({
      abstract: new Map([['0', new Map([[0, { start: 1, numFmt: 'decimal', lvlText: '%1.' }], [8, { start: 1, numFmt: 'decimal', lvlText: '%9)' }]])]]),
      nums: new Map([['1', { abstractId: '0', overrides: new Map() }]]),
    });
    expect(s.next('1', 4294967296)?.label).toBe('1)');
    expect(s.next('1', -3)?.label).toBe('2.');
  });
});

describe('nesting', () => {
  test('content controls nested 300 deep read (iteratively), their tags shared, not copied per paragraph', async () => {
    const open = '<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr><w:sdtContent>';
    const d = await readDocx(await makeDocx({ document: documentXml(open.repeat(300) + para('a').repeat(3) + '</w:sdtContent></w:sdt>'.repeat(300)) }));
    expect(d.paragraphs[2].tags).toHaveLength(300);
    expect(d.paragraphs[0].tags).toBe(d.paragraphs[2].tags);
  });
  test('tables nested 200 deep read; deeper than LIMITS.xmlDepth is refused naming the limit', async () => {
    const nest = (n: number) => '<w:tbl><w:tr><w:tc>'.repeat(n) + para('trong cùng') + '</w:tc></w:tr></w:tbl>'.repeat(n);
    const d = await readDocx(await makeDocx({ document: documentXml(nest(200)) }));
    expect(d.paragraphs[0].cell).toMatchObject({ table: 199, row: 0, cell: 0 });
    const e = await refusal(await makeDocx({ document: documentXml(nest(5000)) }));
    expect(e.reason).toBe('too-large');
    expect(e.vi).toContain('1.000 cấp');
    expect(e.en).toContain('1,000 levels');
  });
  test('50,000 nested paragraphs (no stack overflow)', async () => {
    const e = await refusal(await makeDocx({ document: documentXml('<w:p>'.repeat(50000) + '</w:p>'.repeat(50000)) }));
    expect(e.reason).toBe('too-large');
  });
});

describe('sizes', () => {
  test('a paragraph of 1,200,000 characters is refused naming the limit; 900,000 read', async () => {
    const d = await readDocx(await makeDocx({ document: documentXml(para('.'.repeat(900_000))) }));
    expect(d.paragraphs[0].text.length).toBe(900_000);
    const e = await refusal(await makeDocx({ document: documentXml(para('.'.repeat(1_200_000))) }));
    expect(e.vi).toContain('1.000.000 ký tự');
    // split into many runs and tabs: the same limit
    const runs = '<w:p>' + '<w:r><w:t>..........</w:t><w:tab/></w:r>'.repeat(100_000) + '</w:p>';
    expect((await refusal(await makeDocx({ document: documentXml(runs) }))).reason).toBe('too-large');
  });
  test('20,000,000 characters without markup are refused before the parser holds them', async () => {
    const e = await refusal(await makeDocx({ document: documentXml(para('9'.repeat(20_000_000))) }));
    expect(e.reason).toBe('too-large');
  });
  test('150,000 empty paragraphs and headings read; more than 200,000 paragraphs refused naming the limit', async () => {
    const d = await readDocx(await makeDocx({ document: documentXml('<w:p/>'.repeat(75_000) + '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>I</w:t></w:r></w:p>'.repeat(75_000)) }));
    expect(d.paragraphs).toHaveLength(150_000);
    const e = await refusal(await makeDocx({ document: documentXml('<w:p/>'.repeat(200_001)) }));
    expect(e.vi).toContain('200.000 đoạn');
    expect(e.en).toContain('200,000 paragraphs');
  });
  test('more than 100,000 table rows refused naming the limit', async () => {
    const e = await refusal(await makeDocx({ document: documentXml(`<w:tbl>${'<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(100_001)}</w:tbl>`) }));
    expect(e.vi).toContain('100.000 dòng bảng');
  });
  test('a document.xml inflating beyond 64 MB is refused while inflating, even when its header says 4 KB', async () => {
    const doc = Buffer.concat([Buffer.from(`<w:document xmlns:w="${W}"><w:body>`), Buffer.alloc(70 * 1024 * 1024, '<w:proofErr/>'), Buffer.from('</w:body></w:document>')]);
    const lying = rawZip(rawDocxEntries(doc).map((x) => (x.name === 'word/document.xml' ? { ...x, declaredSize: 4096 } : x)));
    const before = process.memoryUsage().heapUsed;
    for (const zip of [lying, setDeclaredSize(lying, 'word/document.xml', doc.length)]) {
      const e = await refusal(zip);
      expect(e.reason).toBe('too-large');
      expect(e.vi).toContain('64 MB');
    }
    // the part was never held whole
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(150 * 1024 * 1024);
  });
  test('a header lying about sizes is a damaged file in our words, never jszip\'s "Bug : uncompressed data size mismatch"', async () => {
    const doc = documentXml(para('Một đoạn.').repeat(100));
    for (const lie of [10, Buffer.byteLength(doc) - 1, Buffer.byteLength(doc) + 1, 0]) {
      const e = await refusal(rawZip(rawDocxEntries(doc).map((x) => (x.name === 'word/document.xml' ? { ...x, declaredSize: lie } : x))));
      expect(e.reason).toBe('corrupt');
      expect(e.message).not.toMatch(/Bug|jszip|mismatch/i);
      expect(e.vi).toMatch(/bị hỏng/);
    }
  });
  test('a basedOn chain of 20,000 styles (and a cycle) is followed at most LIMITS.styleChain steps', async () => {
    // S0 → S1 → … → S19999 → S0; only S200 is a heading style, so a paragraph sees it only within the step limit
    let styles = '';
    for (let i = 0; i < 20_000; i++) styles += `<w:style w:type="paragraph" w:styleId="S${i}"><w:name w:val="${i === 200 ? 'heading 2' : `S${i}`}"/><w:basedOn w:val="S${(i + 1) % 20_000}"/></w:style>`;
    const near = 200 - LIMITS.styleChain + 1;
    const far = 200 - LIMITS.styleChain;
    const body = [near, far, 0, 201, ...Array.from({ length: 2_000 }, (_, i) => i * 9)].map((n) => `<w:p><w:pPr><w:pStyle w:val="S${n}"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>`).join('');
    const d = await readDocx(await makeDocx({ document: documentXml(body), styles: { path: 'word/styles.xml', target: 'styles.xml', xml: `<w:styles xmlns:w="${W}">${styles}</w:styles>` } }));
    expect(d.paragraphs).toHaveLength(2_004);
    expect(d.paragraphs.slice(0, 4).map((p) => p.styleLevel)).toEqual([2, undefined, undefined, undefined]);
  });
});

test('grid columns from the file (gridBefore, gridSpan) never push a cell beyond LIMITS.gridColumns', async () => {
  const row = `<w:tr><w:trPr>${'<w:gridBefore w:val="4294967296"/>'.repeat(50_000)}</w:trPr>${'<w:tc><w:tcPr><w:gridSpan w:val="1e21"/></w:tcPr><w:p/></w:tc>'.repeat(100)}</w:tr>`;
  const d = await readDocx(await makeDocx({ document: documentXml(`<w:tbl>${row}</w:tbl>`) }));
  for (const p of d.paragraphs) expect(p.cell!.col! + (p.cell!.span ?? 1)).toBeLessThanOrEqual(LIMITS.gridColumns + LIMITS.gridSpan);
});
