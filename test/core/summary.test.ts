/** The summary as plain data: the header read, duplicates, lateness, sums and spreads against hand-computed figures. */
import { doc } from './doc';
import { readHeader, unitNamed } from '../../src/core/summary/header';
import { buildSummary, missingItems, type SummaryEntry } from '../../src/core/summary/model';
import { rowNote, summaryWords } from '../../src/core/summary/words';
import { builtinPack } from '../../src/packs/builtin';
import type { IndicatorStatus, ReportResult } from '../../src/core/report';

const head = (h: string) => readHeader(doc(`${h}\nBÁO CÁO\nSơ kết 3 năm thực hiện Nghị quyết`));

describe('readHeader', () => {
  test('a unit on two lines under its superior, with its number and date', () => {
    expect(head('UBND TỈNH QUẢNG NAM\nỦY BAN NHÂN DÂN\nHUYỆN DUY XUYÊN\nSố: 358/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nDuy Xuyên, ngày 13 tháng 11 năm 2023')).toMatchObject({
      unit: 'ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN', above: 'UBND TỈNH QUẢNG NAM', level: 'huyen', number: '358/BC-UBND', date: '2023-11-13',
    });
  });
  test('a bare body word over its place, then a second body named whole: the first two lines are the superior, the last the unit (walk62, item 11)', () => {
    expect(head('ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\nỦY BAN NHÂN DÂN XÃ XUÂN NỘN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXuân Nộn, ngày 28 tháng 11 năm 2023')).toMatchObject({
      unit: 'ỦY BAN NHÂN DÂN XÃ XUÂN NỘN', above: 'ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH',
    });
    // (… not a bare word over its place alone: "ỦY BAN NHÂN DÂN" / "HUYỆN DUY XUYÊN" is one unit)
    expect(head('ỦY BAN NHÂN DÂN\nHUYỆN DUY XUYÊN\nSố: 358/BC-UBND').unit).toBe('ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN');
  });
  test('one line, no superior; a date left blank is no date', () => {
    const h = head('HUYỆN ỦY HẢI LĂNG\n*\nSố 125-BC/HU\nHải Lăng, ngày    tháng 8 năm 2024');
    expect(h).toMatchObject({ unit: 'HUYỆN ỦY HẢI LĂNG', level: 'huyen', number: '125-BC/HU', dateText: 'Hải Lăng, ngày tháng 8 năm 2024' });
    expect(h.above).toBeUndefined();
    expect(h.date).toBeUndefined();
  });
  test('a department under the province; 31 February is no date', () => {
    const h = head('UBND TỈNH GIA LAI\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 2865/BC-SNNPTNT\nGia Lai, ngày 31 tháng 02 năm 2024');
    expect(h).toMatchObject({ unit: 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN', above: 'UBND TỈNH GIA LAI', level: 'so-nganh' });
    expect(h.date).toBeUndefined();
  });
  test('a header typed with tabs: the agency left, the motto, number and date right; a draft\'s mark is no part of the unit (walk45, item 6)', () => {
    expect(head('ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN CAN LỘC\tĐộc lập - Tự do - Hạnh phúc\nSố: 175/BC-UBND\tCan Lộc, ngày 06 tháng 6 năm 2025')).toMatchObject({
      unit: 'ỦY BAN NHÂN DÂN HUYỆN CAN LỘC', level: 'huyen', number: '175/BC-UBND', date: '2025-06-06',
    });
    expect(head('ỦY BAN NHÂN DÂN\nHUYỆN HƯƠNG KHÊ\nDỰ THẢO\nSố: 12/BC-UBND').unit).toBe('ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ');
  });
  test('a header pasted from a PDF, its two sides parted by runs of spaces: the motto is no part of the superior (walk51)', () => {
    expect(head('ĐẢNG BỘ TỈNH NINH THUẬN          ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY NINH PHƯỚC\n*\nSố 412-BC/HU          Ninh Phước, ngày 05 tháng 8 năm 2024')).toMatchObject({
      unit: 'HUYỆN ỦY NINH PHƯỚC', above: 'ĐẢNG BỘ TỈNH NINH THUẬN', number: '412-BC/HU', date: '2024-08-05',
    });
  });
  test('a date line with its day and month left to fill ("ngày … tháng … năm 2023") ends the unit; the Front\'s superior stands above the Front (walk53, item 3)', () => {
    const h = head('UBND XÃ THANH NGỌC\nThanh Ngọc, ngày … tháng … năm 2023');
    expect(h).toMatchObject({ unit: 'UBND XÃ THANH NGỌC', dateText: 'Thanh Ngọc, ngày … tháng … năm 2023' });
    expect(h.date).toBeUndefined();
    expect(head('ỦY BAN NHÂN DÂN\nXÃ PHƯỚC HẬU\nPhước Hậu, ngày ..... tháng ..... năm 2025').unit).toBe('ỦY BAN NHÂN DÂN XÃ PHƯỚC HẬU');
    expect(head('UBMTTQ VIỆT NAM TỈNH VĨNH LONG\nỦY BAN MTTQ VIỆT NAM THỊ XÃ BÌNH MINH\nBAN THƯỜNG TRỰC\nSố: 45/BC-MTTQ-BTT')).toMatchObject({
      above: 'UBMTTQ VIỆT NAM TỈNH VĨNH LONG', unit: 'ỦY BAN MTTQ VIỆT NAM THỊ XÃ BÌNH MINH BAN THƯỜNG TRỰC', number: '45/BC-MTTQ-BTT',
    });
  });
  test('a unit whose own line names no place is told apart by its superior (session 39\'s walk-through, item 18)', () => {
    expect(unitNamed(head('TỈNH ỦY QUẢNG TRỊ\nBAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH\nSố 51-BC/BCSĐ'))).toBe('BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH (TỈNH ỦY QUẢNG TRỊ)');
    expect(unitNamed(head('UBND TỈNH QUẢNG NAM\nỦY BAN NHÂN DÂN\nHUYỆN DUY XUYÊN\nSố: 358/BC-UBND'))).toBe('ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN');
    expect(unitNamed(head('HUYỆN ỦY HẢI LĂNG\nSố 125-BC/HU'))).toBe('HUYỆN ỦY HẢI LĂNG');
  });
});

const pack = builtinPack('nq16-so-ket-3-nam')!;
const ind = (id: string, status: IndicatorStatus['status'], value?: number): IndicatorStatus => {
  const p = pack.indicators.find((i) => i.id === id)!;
  return { id, label: p.label, target: p.target, unit: p.unit, status, ...(value !== undefined ? { value } : {}) };
};
const report = (file: string, level: string, inds: IndicatorStatus[], errors = 0): ReportResult => ({
  file, pack: { id: pack.id, version: pack.version }, level,
  summary: { errors, warnings: 1, infos: 0, ready: errors === 0, mapped: true },
  sections: [
    { id: 'p1', number: 'Phần thứ nhất', title: 'KẾT QUẢ', depth: 0, status: 'present' },
    { id: 'p1.iv', number: 'IV', title: 'ĐÁNH GIÁ CHUNG', depth: 1, status: 'present' },
    { id: 'p1.iv.3', number: '3', title: 'Nguyên nhân', depth: 2, status: errors ? 'missing' : 'present' },
  ],
  indicators: inds,
  findings: errors ? [{ code: 'missing-section', severity: 'error', section: 'p1.iv.3', paragraph: 60, message: { vi: 'Thiếu mục "3. Nguyên nhân".', en: 'Missing item.' } }] : [],
});
const district = (file: string, name: string, date: string, xa: number | undefined, thon: number, extra: Partial<SummaryEntry> = {}): SummaryEntry => ({
  file,
  header: { unit: `UBND HUYỆN ${name}`, level: 'huyen', place: name, number: '1/BC-UBND', date },
  report: report(file, 'huyen', [ind('xa-dat-chuan', 'not-applicable'), ind('thon-dat-chuan', thon >= 85 ? 'met' : 'not-met', thon)], file === 'a.docx' ? 1 : 0),
  ...(xa !== undefined ? { contributions: { 'xa-dat-chuan': { value: xa, quote: `có ${xa} xã đạt chuẩn` } } } : {}),
  ...extra,
});

describe('buildSummary', () => {
  const entries: SummaryEntry[] = [
    district('a.docx', 'A', '2024-08-10', 12, 88.6),
    district('b.docx', 'B', '2024-08-20', 8, 72),
    district('c-cu.docx', 'C', '2024-08-01', 99, 10, { mtime: 2 }),
    district('c.docx', 'C', '2024-08-14', 5, 90, { mtime: 1 }),
    district('d.docx', 'D', '2024-08-15', undefined, 80),
    { file: 'hong.docx', error: 'không phải tệp .docx' },
  ];
  const s = buildSummary(entries, [pack]);
  const row = (f: string) => s.rows.find((r) => r.file === f)!;

  test('on time up to the due date (15/8/2024), late after it, by so many days', () => {
    expect(row('a.docx')).toMatchObject({ timeliness: 'on-time', due: '2024-08-15' });
    expect(row('d.docx').timeliness).toBe('on-time');
    expect(row('b.docx')).toMatchObject({ timeliness: 'late', daysLate: 5 });
  });
  test('a pack whose guidance sets no report due date (nq04: 30/6/2025 dates the dossier) leaves the report neither late nor on time: "Chưa rõ hạn nộp" (walk44, item 5)', () => {
    const nq04 = builtinPack('nq04-ket-luan-ha-tinh')!;
    const r = { ...report('kc.docx', 'tinh', []), pack: { id: nq04.id, version: nq04.version } };
    const one = buildSummary([{ file: 'kc.docx', header: { unit: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', level: 'tinh', place: 'HÀ TĨNH', number: '245/BC-UBND', date: '2025-07-04' }, report: r }], [nq04]);
    expect(one.rows[0]).toMatchObject({ timeliness: 'no-due' });
    expect(one.rows[0].due).toBeUndefined();
    expect(one.rows[0].daysLate).toBeUndefined();
  });
  test('the unreadable file keeps its row with the reason', () => {
    expect(row('hong.docx')).toMatchObject({ state: 'unreadable', note: 'không phải tệp .docx' });
  });
  test('two files of one unit: the later by its date is kept, even when the file is older', () => {
    expect(row('c-cu.docx')).toMatchObject({ state: 'replaced', note: 'c.docx' });
    expect(row('c.docx')).toMatchObject({ state: 'kept', replaces: ['c-cu.docx'] });
  });
  test('two copies of one unit\'s report of one date: the one its document says was saved later is kept, whatever the files\' times (walk58, item 1)', () => {
    const copies = buildSummary([
      district('e-sua.docx', 'E', '2024-08-10', 6, 90, { mtime: 1, saved: '2026-11-28T09:12:00Z' }),
      district('e.docx', 'E', '2024-08-10', 6, 80, { mtime: 2, saved: '2024-07-05T08:00:00Z' }),
    ], [pack]);
    expect(copies.rows.find((r) => r.file === 'e-sua.docx')).toMatchObject({ state: 'kept', replaces: ['e.docx'] });
    expect(copies.rows.find((r) => r.file === 'e.docx')).toMatchObject({ state: 'replaced' });
    // (… and by the files' times where a document says nothing)
    const unsaid = buildSummary([district('f-sua.docx', 'F', '2024-08-10', 6, 90, { mtime: 1 }), district('f.docx', 'F', '2024-08-10', 6, 80, { mtime: 2, saved: '2024-07-05T08:00:00Z' })], [pack]);
    expect(unsaid.rows.find((r) => r.file === 'f.docx')).toMatchObject({ state: 'kept' });
  });
  test('two copies of one unit\'s report, the later still marked a draft: the one not marked is kept, each row saying why; a draft kept alone says so in its note, "Có" left alone in the Ready column (walk64, item 1; its code review, items 2 and 5)', () => {
    const draft = district('h-du-thao.docx', 'H', '2024-08-12', 6, 90);
    draft.report!.draft = { paragraph: 0 };
    const final = district('h.docx', 'H', '2024-08-10', 6, 80);
    const s = buildSummary([draft, final], [pack]);
    const kept = s.rows.find((r) => r.file === 'h.docx')!;
    const dropped = s.rows.find((r) => r.file === 'h-du-thao.docx')!;
    expect(kept).toMatchObject({ state: 'kept', replaces: ['h-du-thao.docx'], overDraft: true });
    expect(dropped).toMatchObject({ state: 'replaced', overDraft: true });
    const vi = summaryWords('vi');
    expect(vi.ready(dropped)).toBe('Bỏ (bản dự thảo)');
    expect(rowNote(dropped, vi)).toBe('Trùng đơn vị: bản còn dòng "DỰ THẢO", bỏ; dùng bản không ghi dự thảo (h.docx)');
    expect(rowNote(kept, vi)).toBe('Bản không ghi dự thảo của cùng đơn vị, thay cho bản dự thảo: h-du-thao.docx');
    // (a draft alone is kept, ready as it is, the draft said in its note)
    const lone = district('k.docx', 'K', '2024-08-12', 6, 90);
    lone.report!.draft = { paragraph: 0 };
    const row = buildSummary([lone], [pack]).rows[0];
    expect(row).toMatchObject({ state: 'kept', draft: true });
    expect(vi.ready(row)).toBe(row.ready ? 'Có' : 'Chưa');
    expect(rowNote(row, vi)).toBe('Đầu văn bản còn dòng "DỰ THẢO"');
    expect(rowNote(row, summaryWords('en'))).toBe('The document\'s head still says "DỰ THẢO" (draft)');
    // (… and two copies both drafts: the later kept, by its date, as ever)
    const d2 = district('m2.docx', 'M', '2024-08-12', 6, 90);
    d2.report!.draft = { paragraph: 0 };
    const d1 = district('m1.docx', 'M', '2024-08-10', 6, 80);
    d1.report!.draft = { paragraph: 0 };
    expect(buildSummary([d2, d1], [pack]).rows.find((r) => r.file === 'm2.docx')).toMatchObject({ state: 'kept' });
  });
  test('a report of another kind than its template (a five-year review checked as a three-year one) keeps its row, said so, its figures out of the sums (walk58, item 2)', () => {
    const five = district('g.docx', 'G', '2024-08-10', 30, 99);
    five.report!.summary.ready = false;
    five.report!.findings = [{ code: 'unmapped-document', severity: 'error', message: { vi: 'Tiêu đề văn bản là báo cáo tổng kết 5 năm …', en: '…' } }];
    const withFive = buildSummary([district('a.docx', 'A', '2024-08-10', 12, 88.6), five], [pack]);
    expect(withFive.rows.find((r) => r.file === 'g.docx')).toMatchObject({ state: 'kept', ready: false, note: 'Khác loại báo cáo của mẫu: chỉ kiểm tra để tham khảo, số liệu không tính vào tổng hợp' });
    expect(withFive.matrices[0].rows.map((r) => r.file)).toEqual(['a.docx']);
    // (… and alone, no matrix at all rather than a failure)
    expect(buildSummary([five], [pack]).matrices).toEqual([]);
  });
  test('missing items by their place in the outline; errors, readiness', () => {
    expect(row('a.docx')).toMatchObject({ missing: ['IV.3 (Phần thứ nhất)'], errors: 1, ready: false });
    expect(row('b.docx')).toMatchObject({ missing: [], ready: true });
  });
  test('counts add up over the districts against the province target, rates give min, median, max', () => {
    const m = s.matrices[0];
    expect(m.rows.map((r) => r.file)).toEqual(['a.docx', 'b.docx', 'c.docx', 'd.docx']);
    const xa = m.columns.findIndex((c) => c.id === 'xa-dat-chuan');
    const thon = m.columns.findIndex((c) => c.id === 'thon-dat-chuan');
    expect(m.columns[xa].kind).toBe('count');
    expect(m.columns[thon].kind).toBe('rate');
    expect(m.rows[0].cells[xa]).toMatchObject({ status: 'contribution', value: 12 });
    expect(m.rows[3].cells[xa]).toEqual({ status: 'not-applicable' });
    const g = m.byLevel[0];
    expect(g).toMatchObject({ level: 'huyen', from: 0, to: 3 });
    // 12 + 8 + 5 = 25 (the replaced file's 99 left out), below "≥ 38 xã": three districts of the province's, the rest not in — nothing said
    // yet (walk44, item 5)
    expect(g.cells[xa]).toEqual({ n: 3, sum: 25, against: 'open' });
    // 72, 80, 88.6, 90
    expect(g.cells[thon]).toEqual({ n: 4, min: 72, median: 84.3, max: 90 });
  });
  test('a sum of districts that reaches the province\'s target has reached it; districts of two provinces are not added up (walk44, item 5)', () => {
    const two = (above: string[]) => buildSummary(above.map((a, i) => ({ ...district(`${i}.docx`, `H${i}`, '2024-08-10', 20, 90), header: { unit: `UBND HUYỆN H${i}`, above: a, level: 'huyen', place: `H${i}`, number: '1/BC-UBND', date: '2024-08-10' } })), [pack]).matrices[0];
    const one = two(['UBND TỈNH QUẢNG TRỊ', 'UBND TỈNH QUẢNG TRỊ']);
    const xa = one.columns.findIndex((c) => c.id === 'xa-dat-chuan');
    expect(one.byLevel[0].cells[xa]).toEqual({ n: 2, sum: 40, against: 'met' });
    expect(one.byLevel[0].provinces).toBeUndefined();
    // (one district reported on by two bodies counts once: 20, not 40 — walk45, item 2)
    const twice = buildSummary(['HUYỆN ỦY', 'UBND'].map((body, i) => ({ ...district(`${i}.docx`, 'X', `2024-08-1${i}`, 20, 90), header: { unit: `${body} HUYỆN HƯƠNG KHÊ`, above: 'UBND TỈNH HÀ TĨNH', level: 'huyen', place: 'HƯƠNG KHÊ', number: `${i}/BC`, date: `2024-08-1${i}` } })), [pack]).matrices[0];
    expect(twice.byLevel[0].cells[xa]).toEqual({ n: 1, sum: 20, against: 'open' });
    // (… and once in the lowest, median and highest of a rate: the later report's 90 — walk51)
    const thon = twice.columns.findIndex((c) => c.id === 'thon-dat-chuan');
    expect(twice.byLevel[0].cells[thon]).toEqual({ n: 1, min: 90, median: 90, max: 90 });
    const apart = two(['ĐẢNG BỘ TỈNH QUẢNG TRỊ', 'ĐẢNG BỘ TỈNH NINH THUẬN']);
    expect(apart.byLevel[0].cells[xa]).toEqual({ n: 2 });
    expect(apart.byLevel[0].provinces).toEqual(['QUẢNG TRỊ', 'NINH THUẬN']);
  });
  test('provinces\' own reports: two provinces are not added up; two reports of one province count once and judge it either way (walk51)', () => {
    const province = (file: string, unit: string, place: string, date: string, xa: number): SummaryEntry => ({
      file, header: { unit, level: 'tinh', place, number: '1/BC', date },
      report: report(file, 'tinh', [ind('xa-dat-chuan', xa >= 38 ? 'met' : 'not-met', xa)]),
    });
    const m = (es: SummaryEntry[]) => buildSummary(es, [pack]).matrices[0];
    const apart = m([province('kh.docx', 'BAN CHỈ ĐẠO TỈNH KHÁNH HÒA', 'KHÁNH HÒA', '2024-08-10', 38), province('cm.docx', 'ỦY BAN NHÂN DÂN TỈNH CÀ MAU', 'CÀ MAU', '2024-08-12', 118)]);
    const xa = apart.columns.findIndex((c) => c.id === 'xa-dat-chuan');
    expect(apart.byLevel[0].cells[xa]).toEqual({ n: 2 });
    expect(apart.byLevel[0].provinces).toEqual(['KHÁNH HÒA', 'CÀ MAU']);
    // (the steering committee's report and the UBND's of one province: the later counts, and it is the province's own — below its 38: "Chưa đạt")
    const one = m([province('bcd.docx', 'BAN CHỈ ĐẠO TỈNH HÀ TĨNH', 'HÀ TĨNH', '2024-08-10', 40), province('ubnd.docx', 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', 'HÀ TĨNH', '2024-08-12', 30)]);
    expect(one.byLevel[0].cells[xa]).toEqual({ n: 1, sum: 30, against: 'not-met' });
    expect(one.byLevel[0].provinces).toBeUndefined();
    // (named as the header writes them, marks and all — the place the level reads is folded: "NINH THUAN, BINH DINH" — walk60, item 9)
    const folded = m([province('nt.docx', 'BAN CÁN SỰ ĐẢNG UBND TỈNH NINH THUẬN', 'NINH THUAN', '2024-08-10', 38), { ...province('qt.docx', 'BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH', 'QUANG TRI', '2024-08-12', 36), header: { unit: 'BAN CÁN SỰ ĐẢNG ỦY BAN NHÂN DÂN TỈNH', above: 'TỈNH ỦY QUẢNG TRỊ', level: 'tinh', place: 'QUANG TRI', number: '1/BC', date: '2024-08-12' } }]);
    expect(folded.byLevel[0].provinces).toEqual(['NINH THUẬN', 'QUẢNG TRỊ']);
  });
  test('findings of kept reports only, with the item named and the paragraph counted from 1, as the CLI prints "đoạn 61" (walk44)', () => {
    expect(s.findings).toEqual([expect.objectContaining({ file: 'a.docx', unit: 'UBND HUYỆN A', code: 'missing-section', section: '3. Nguyên nhân', where: 'đoạn 61' })]);
  });
  test('a finding tied to no item is named as the CLI, the HTML report and the pane group it: "Chỉ tiêu" for an indicator\'s, else "Toàn văn bản" (walk49: blank)', () => {
    const e = district('z.docx', 'Z', '2024-08-10', 12, 88.6);
    e.report!.findings = [
      { code: 'placeholder', severity: 'error', message: { vi: 'Còn chỗ trống', en: 'A blank left' } },
      { code: 'indicator-missing', severity: 'warning', indicator: 'thon-dat-chuan', message: { vi: 'Chưa nêu', en: 'Not given' } },
    ];
    expect(buildSummary([e], [pack]).findings.map((f) => f.section)).toEqual(['Toàn văn bản', 'Chỉ tiêu']);
    expect(buildSummary([e], [pack], 'en').findings.map((f) => f.section)).toEqual(['Whole document', 'Indicator']);
  });
  test('missingItems of an unnumbered item gives its short title', () => {
    const r = report('x', 'huyen', []);
    r.sections = [{ id: 'x', number: '', title: 'Đánh giá tình hình nợ đọng xây dựng cơ bản, nhất là nợ giai đoạn trước', depth: 0, status: 'missing' }];
    expect(missingItems(r)).toEqual(['"Đánh giá tình hình nợ đọng xây dựng cơ…"']); // (cut after a whole word, walk60's left)
  });
  test('missingItems keeps a number written in brackets whole ("(11)"), and drops a bracket that only closes ("a)") (walk53, item 5)', () => {
    const r = report('x', 'huyen', []);
    r.sections = [
      { id: 'p1', number: 'Phần thứ nhất', title: 'Kết quả', depth: 0, status: 'present' },
      { id: 'iii', number: 'III.', title: 'Kết quả', depth: 1, status: 'present' },
      { id: 'n11', number: '(11)', title: 'Nâng cao năng lực', depth: 2, status: 'missing' },
      { id: 'a', number: 'a)', title: 'Tiểu mục', depth: 2, status: 'missing' },
    ];
    expect(missingItems(r)).toEqual(['III.(11) (Phần thứ nhất)', 'III.a (Phần thứ nhất)']);
  });
});

describe('summaryEntry: a unit\'s own counts for the province\'s sum', () => {
  // (imported here, the reviewer web page builds its entries with it too)
  const { summaryEntry } = require('../../src/cli/summary/read-one') as typeof import('../../src/cli/summary/read-one');
  const withQuote = (quote: string, value: number) => ({ ...report('v.docx', 'huyen', []), indicators: [{ ...ind('xa-kieu-mau', 'not-applicable', value), quote }] });
  test('a district\'s own count is its contribution; the province\'s target or whole quoted in its text is not (walk45, item 1)', () => {
    expect(summaryEntry('v.docx', doc(''), withQuote('toàn huyện có 02 xã đạt chuẩn nông thôn mới kiểu mẫu', 2), pack).contributions).toEqual({ 'xa-kieu-mau': { value: 2, quote: 'toàn huyện có 02 xã đạt chuẩn nông thôn mới kiểu mẫu' } });
    expect(summaryEntry('v.docx', doc(''), withQuote('Kết luận đặt mục tiêu có tối thiểu 75 xã đạt chuẩn NTM nâng cao, 22 xã đạt chuẩn NTM kiểu mẫu trên toàn tỉnh', 22), pack).contributions).toBeUndefined();
    expect(summaryEntry('v.docx', doc(''), withQuote('toàn tỉnh có 22 xã đạt chuẩn NTM kiểu mẫu', 22), pack).contributions).toBeUndefined();
  });
});

test('an item whose heading stands with nothing under it is listed beside the missing ones, marked "(trống)" ("(empty)" in English) (walk50)', () => {
  const base = { file: 'x.docx', pack: { id: 'p', version: '1' } } as unknown as Record<string, unknown>;
  const r = {
    ...base,
    sections: [
      { id: 'p1', number: 'Phần thứ nhất', title: 'Kết quả', depth: 0, status: 'present' },
      { id: 'p1.iv', number: 'IV', title: 'Tồn tại', depth: 1, status: 'empty' },
      { id: 'p1.v', number: 'V', title: 'Kiến nghị', depth: 1, status: 'missing' },
      { id: 'p1.vi', number: 'VI', title: 'Nhiệm vụ', depth: 1, status: 'present' },
    ],
    findings: [
      { code: 'empty-section', severity: 'error', section: 'p1.iv', paragraph: 12, message: { vi: 'Mục trống.', en: 'Empty.' } },
      { code: 'missing-section', severity: 'error', section: 'p1.v', paragraph: 12, message: { vi: 'Thiếu mục.', en: 'Missing.' } },
    ],
  } as unknown as Parameters<typeof missingItems>[0];
  expect(missingItems(r)).toEqual(['IV (Phần thứ nhất) (trống)', 'V (Phần thứ nhất)']);
  expect(missingItems(r, '(empty)')).toEqual(['IV (Phần thứ nhất) (empty)', 'V (Phần thứ nhất)']);
});
