/**
 * Where a finding is, for a reader without Word (walk60, items 1, 2 and 6): under the writer's heading above it and its rank among the
 * paragraphs of text after it ("mục 1, đoạn 2"), the heading itself ("đề mục 2"), or the letter's head — in the JSON, the text, the HTML.
 * And the report's own number left blank, said again over an appendix, is one gap.
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { formatHtml } from '../../src/core/format/html';
import { formatText } from '../../src/core/format/text';
import { placeOf } from '../../src/core/format/words';
import { MET, MET_TINH, NQ16_HEAD, doc, nq16, results } from './doc';

const PACK = builtinPack('nq16-so-ket-3-nam')!;
const run = (src: string) => check(doc(src), PACK, { level: 'huyen' });

describe('a finding\'s place', () => {
  // (the rate in the second paragraph of text under "1. Kết quả …", a blank line and a table between that a reader does not count)
  const lines = [...MET.filter((l) => !l.includes('nước sạch')), '', '| TT | Chỉ tiêu | Kết quả |', '| 1 | Hộ nghèo | 2,1% |', 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96,1%.'];
  const r = run(nq16(results(lines)));
  const f = r.findings.find((x) => x.code === 'indicator-below-target' && x.indicator === 'nuoc-sach')!;
  test('under the writer\'s heading, counted among the paragraphs of text after it', () => {
    // ("1" is the number of several items: led by its part's, "III.1" — review of walk60's change)
    expect(f.at).toEqual({ under: 'III.1', nth: MET.length });
    expect(placeOf(f, 'vi')).toBe(`mục III.1, đoạn ${MET.length}`);
    expect(placeOf(f, 'en')).toBe(`item III.1, paragraph ${MET.length}`);
  });
  test('said in the text report and in the HTML report alike', () => {
    expect(formatText([r], 'vi', false)).toContain(`lưu ý   mục III.1, đoạn ${MET.length} Tỷ lệ hộ dân`);
    expect(formatHtml([r], 'vi', [PACK])).toContain(`<span class="where">mục III.1, đoạn ${MET.length}</span>`);
  });
  test('a finding on a heading is the heading itself; one before any heading is in the letter\'s head', () => {
    const e = run(nq16(results(MET)).replace(/(### 2\. Xu hướng[^\n]*\n)[^\n]*\n/u, '$1'));
    const empty = e.findings.find((x) => x.code === 'empty-section');
    expect(empty && placeOf(empty, 'vi')).toBe('đề mục I.2');
    const head = run(nq16(results(MET), [], NQ16_HEAD.replace(/Số: [^\n]*/u, 'Số:    -BC/HU')));
    const blank = head.findings.find((x) => x.code === 'placeholder')!;
    expect(placeOf(blank, 'vi')).toMatch(/^đầu văn bản, đoạn \d+$/u);
  });
});

describe('the report\'s own number left blank (walk60, item 6)', () => {
  const head = NQ16_HEAD.replace(/Số: [^\n]*/u, 'Số:    -BC/HU');
  test('said again over an appendix ("Kèm theo Báo cáo Số -BC/HU"): one gap, one lỗi', () => {
    const r = run(nq16(results(MET), [], head) + '\nPHỤ LỤC 01\n(Kèm theo Báo cáo Số    -BC/HU của Huyện ủy)\n| TT | Chỉ tiêu | Kết quả |\n| 1 | Thôn đạt chuẩn | 98 |');
    expect(r.findings.filter((x) => x.code === 'placeholder')).toHaveLength(1);
  });
  test('… but another document\'s number left blank is a gap of its own', () => {
    const r = run(nq16(results([...MET, 'Thực hiện Kế hoạch Số:    /KH-UBND ngày 15/3/2022 của UBND huyện, các xã đã rà soát tiêu chí.']), [], head));
    expect(r.findings.filter((x) => x.code === 'placeholder').length).toBeGreaterThanOrEqual(2);
  });
});

describe('an indicator\'s figure the check found wrong in its own paragraph (walk60, item 9)', () => {
  test('is marked in the HTML\'s table of indicators, not shown as a plain result', () => {
    const r = run(nq16(results(MET.map((l) => (l.startsWith('Có 98/112 thôn') ? 'Có 97/112 thôn đạt chuẩn nông thôn mới (88,6%).' : l)))));
    expect(r.findings.some((f) => f.code === 'arithmetic-mismatch' && /không phải 88,6%/u.test(f.message.vi))).toBe(true);
    expect(formatHtml([r], 'vi', [PACK])).toContain('88,6%<br><small>(số liệu sai, xem các điểm cần xem)</small>');
    expect(formatHtml([run(nq16(results(MET)))], 'vi', [PACK])).not.toContain('số liệu sai');
  });
  test('the finding carries the figure it says is wrong, in the JSON too; the workbook\'s table of indicators marks that unit\'s cell, by the figure, not the message\'s words (walk60\'s left)', async () => {
    const { jsonText } = await import('../../src/core/format/json');
    const { buildSummary } = await import('../../src/core/summary/model');
    const r = run(nq16(results(MET.map((l) => (l.startsWith('Có 98/112 thôn') ? 'Có 97/112 thôn đạt chuẩn nông thôn mới (88,6%).' : l)))));
    const f = r.findings.find((x) => x.code === 'arithmetic-mismatch')!;
    expect(f.wrong).toBe(88.6);
    expect(JSON.parse(jsonText([r], 'vi')).reports[0].findings.find((x: { code: string }) => x.code === 'arithmetic-mismatch').wrong).toBe(88.6);
    // (the message in English only: the mark still holds)
    const en = { ...r, findings: r.findings.map((x) => (x === f ? { ...x, message: { vi: 'x', en: 'x' } } : x)) };
    const header = { unit: 'HUYỆN ỦY HẢI LĂNG', level: 'huyen' as const, place: 'HẢI LĂNG', number: '51-BC/HU', date: '2024-08-10' };
    const cellOf = (rep: typeof r) => {
      const m = buildSummary([{ file: 'a.docx', header, report: rep }], [PACK]).matrices[0];
      return m.rows[0].cells[m.columns.findIndex((c) => c.id === 'thon-dat-chuan')];
    };
    expect(cellOf(en)).toMatchObject({ value: 88.6, disputed: true });
    expect(cellOf(run(nq16(results(MET))))).not.toHaveProperty('disputed');
    // (a count of the same value as the share found wrong is no figure found wrong: "9/13 xã … (chiếm 9%)" marks no 9 xã — code review)
    const count = check(doc(nq16(results(MET_TINH.map((l) => (l === 'Toàn tỉnh có 41 xã đạt chuẩn nông thôn mới.' ? 'Toàn tỉnh có 9/13 xã đạt chuẩn nông thôn mới (chiếm 9%).' : l))))), PACK, { level: 'tinh' });
    expect(count.indicators.find((i) => i.id === 'xa-dat-chuan')?.value).toBe(9);
    expect(count.findings.some((x) => x.code === 'arithmetic-mismatch' && x.wrong === 9 && x.wrongUnit === '%')).toBe(true);
    expect(formatHtml([count], 'vi', [PACK])).not.toContain('9 xã<br><small>(số liệu sai');
  });
});

describe('two reports of one unit, the body above it written two ways (walk60, item 4)', () => {
  test('the check\'s "Trùng đơn vị" keys the unit as the summary does: its name, and the province of the body above it', async () => {
    const { sameUnit } = await import('../../src/core/format/words');
    const head = (above: string, unit: string) => `${above}\n${unit}\nSố: 51-BC/BCSĐ\nBÁO CÁO\nSơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới`;
    const r = (above: string, unit: string, file: string) => ({ ...check(doc(nq16(results(MET), [], head(above, unit))), PACK, { file }) });
    const a = r('TỈNH ỦY QUẢNG TRỊ', 'BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH', 'a.docx');
    const b = r('ĐẢNG BỘ TỈNH QUẢNG TRỊ', 'BAN CÁN SỰ ĐẢNG UBND TỈNH', 'b.docx');
    const c = r('TỈNH ỦY NINH THUẬN', 'BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH', 'c.docx');
    expect(a.unit).toMatch(/\(TỈNH ỦY QUẢNG TRỊ\)$/u);
    const twins = sameUnit([a, b, c]);
    expect(twins.get(0)).toEqual(['b.docx']);
    expect(twins.get(1)).toEqual(['a.docx']);
    // (… another province's committee of the same name is another unit)
    expect(twins.has(2)).toBe(false);
  });
});
