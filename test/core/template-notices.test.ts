/**
 * A template the user gave that does not fit the document is said beside it, in the text, HTML and pane alike (session 43's walk-through,
 * item 1): the title names another template, or the report's level is none of the template's. A report checked against another template
 * than its title names is not confirmed ready.
 */
import { check } from '../../src/core/check';
import { titledOtherThan } from '../../src/core/identify';
import { formatText } from '../../src/core/format/text';
import { formatHtml } from '../../src/core/format/html';
import { toJson } from '../../src/core/format/json';
import { countsText, templateNotices } from '../../src/core/format/words';
import { builtinPack, builtinPacks } from '../../src/packs/builtin';
import { doc, outline, MET, nq16 as nq16Doc, results, swap } from './doc';
import { reasonsOf } from '../../src/core/summary/model';

const NQ04 = 'nq04-ket-luan-ha-tinh';

describe('a template that does not fit the document', () => {
  test('its own template, given: no notice, and ready when clean', () => {
    const d = doc(outline(NQ04, {}));
    const pack = builtinPack(NQ04)!;
    const titled = titledOtherThan(builtinPacks(), d, pack);
    expect(titled).toBeUndefined();
    const r = check(d, pack, { chosen: 'given' });
    expect(templateNotices(r, 'vi')).toEqual([]);
    expect(formatText([r], 'vi', false)).not.toContain('\n  ! ');
  });
  test('a report of another kind than the template (a five-year review checked as a three-year one) says so first, the other points for reference only (walk58, item 2)', () => {
    const P = 'ntm-so-ket-2021-2023-dia-phuong';
    const pack = builtinPack(P)!;
    const d = doc(outline(P, {}).replace(pack.title, 'Báo cáo tổng kết 5 năm (2021-2025) thực hiện Chương trình MTQG xây dựng nông thôn mới'));
    const r = check(d, pack, { chosen: 'given' });
    expect(r.summary.mapped).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('unmapped-document');
    expect(templateNotices(r, 'vi')[0]).toMatch(/^Loại báo cáo ghi ở tiêu đề khác với mẫu đang dùng .*chỉ để tham khảo\.$/u);
    expect(templateNotices(r, 'en')[0]).toMatch(/^The kind of report its title names is not the template's/u);
    // (… and not for a report of the template's own kind)
    expect(templateNotices(check(doc(outline(P, {})), pack, { chosen: 'given' }), 'vi').join(' ')).not.toMatch(/Loại báo cáo/u);
  });
  test('the title names another template, the document mapped onto the one given: said, in both languages, and never ready', () => {
    // (the nq04 outline under the title of the nq16 template, checked against nq04 as a user who picked it would)
    const nq16 = builtinPack('nq16-so-ket-3-nam')!;
    const src = outline(NQ04, {}).replace(/^(.*KẾT LUẬN.*|.*Kết luận.*)$/mu, 'BÁO CÁO Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới');
    const d = doc(src);
    const pack = builtinPack(NQ04)!;
    const titled = titledOtherThan(builtinPacks(), d, pack);
    expect(titled?.id).toBe(nq16.id);
    const r = check(d, pack, { chosen: 'given', titled });
    expect(r.summary.mapped).toBe(true);
    expect(r.summary.ready).toBe(false);
    expect(r.pack.titled?.id).toBe(nq16.id);
    const vi = formatText([r], 'vi', false);
    expect(vi).toContain(`! Tiêu đề văn bản ứng với mẫu "${nq16.title}" (mã ${nq16.id}), không phải mẫu đang dùng`);
    expect(formatText([r], 'en', false)).toContain(`The document's title names the template "${nq16.title}"`);
    expect(formatHtml([r], 'vi', builtinPacks())).toContain('class="notice"');
    // (the summary's reason for a unit not ready with no error is this notice, not an empty cell — code review of session 62)
    expect(r.summary.errors).toBe(0);
    expect(reasonsOf(r, 'vi')).toEqual([expect.stringMatching(/^Tiêu đề văn bản ứng với mẫu "/u)]);
  });
  test('a level the template is not for: said, with the levels it is for', () => {
    const pack = builtinPack('ntm-so-ket-2021-2023-so-nganh')!;
    const r = check(doc(outline(NQ04, {})), pack, { level: 'huyen' });
    expect(r.pack.levels).toEqual(pack.levels);
    expect(templateNotices(r, 'vi')).toContain('Mẫu này dành cho báo cáo sở, ngành; văn bản là báo cáo cấp huyện: kiểm tra lại mẫu báo cáo.');
    const ok = check(doc(outline(NQ04, {})), builtinPack(NQ04)!, { level: 'huyen' });
    expect(ok.pack.levels).toBeUndefined();
  });
});

describe('a template whose report was due before the day of the check (walk54: the 2021–2023 commune template used in December 2026)', () => {
  const PACK = 'ntm-so-ket-2021-2023-dia-phuong';
  const pack = builtinPack(PACK)!;
  const due = pack.due[0].date;
  const d = doc(outline(PACK, {}));
  test('checked after the due date: said beside the template, with the date as written in Vietnam, in the text and HTML reports and the JSON', () => {
    const r = check(d, pack, { today: '2026-12-06' });
    expect(r.pack.duePassed).toBe(due);
    const vn = due.split('-').reverse().join('/');
    expect(templateNotices(r, 'vi')).toContain(`Hạn nộp báo cáo theo mẫu này là ${vn}, đã qua: nếu đợt báo cáo này có hạn khác thì theo hạn ấy; nếu không, kiểm tra xem mẫu này còn dùng hay đã có mẫu mới.`);
    expect(templateNotices(r, 'en').join(' ')).toContain(`was due by ${vn}`);
    expect(formatText([r], 'vi', false)).toContain(`\n  ! Hạn nộp báo cáo theo mẫu này là ${vn}, đã qua`);
    expect(formatHtml([r], 'vi', [pack])).toContain(`Hạn nộp báo cáo theo mẫu này là ${vn}, đã qua`);
  });
  test('the round\'s own due date, given by the office and passed: said as the round\'s, not the template\'s (walk60, item 5)', () => {
    const r = check(d, pack, { today: '2026-12-06', due: '2024-12-15' });
    expect(r.pack).toMatchObject({ duePassed: '2024-12-15', dueGiven: true });
    expect(templateNotices(r, 'vi')).toContain('Hạn nộp của đợt báo cáo này là 15/12/2024, đã qua.');
    expect(templateNotices(r, 'vi').join(' ')).not.toContain('theo mẫu này');
  });
  test('checked on or before it, or with no day given (the core reads no clock): nothing said', () => {
    expect(check(d, pack, { today: due }).pack.duePassed).toBeUndefined();
    expect(check(d, pack, { today: '2023-10-01' }).pack.duePassed).toBeUndefined();
    const r = check(d, pack);
    expect(r.pack.duePassed).toBeUndefined();
    expect(templateNotices(r, 'vi').join(' ')).not.toContain('Hạn nộp');
  });
  test('a template whose guidance sets no due date: nothing said, whatever the day', () => {
    const nq04 = builtinPack(NQ04)!;
    expect(nq04.due).toEqual([]);
    expect(check(doc(outline(NQ04, {})), nq04, { today: '2030-01-01' }).pack.duePassed).toBeUndefined();
  });
});

describe('a report said ready by a template that holds no target for its level (walk57, item 2: a department\'s template has none)', () => {
  const SO = 'ntm-so-ket-2021-2023-so-nganh';
  test('ready, no indicator applies: said in the text and the HTML, in both languages', () => {
    const r = check(doc(outline(SO, {})), builtinPack(SO)!, { level: 'so-nganh' });
    expect(r.summary.ready).toBe(true);
    expect(templateNotices(r, 'vi')).toContain('Mẫu này không có chỉ tiêu nào để so với mục tiêu ở cấp báo cáo này: số liệu chỉ được kiểm tra về cộng, tỷ lệ, thời điểm và lời đánh giá.');
    expect(formatText([r], 'en', false)).toContain('This template holds no target to compare with at this report\'s level');
    expect(formatHtml([r], 'vi', builtinPacks())).toContain('Mẫu này không có chỉ tiêu nào');
  });
  test('a template with targets at the report\'s level: no such notice', () => {
    const r = check(doc(outline(NQ04, {})), builtinPack(NQ04)!, { level: 'tinh' });
    expect(templateNotices(r, 'vi').some((n) => n.startsWith('Mẫu này không có chỉ tiêu'))).toBe(false);
  });
});

describe('counts in English take their plural (walk57, item 5: "4 error" in the HTML report and the copied summary)', () => {
  test('one wording everywhere', () => {
    expect(countsText('en', 4, 1)).toBe('4 errors, 1 warning');
    expect(countsText('en', 1, 0)).toBe('1 error, 0 warnings');
    expect(countsText('vi', 4, 1)).toBe('4 lỗi, 1 lưu ý');
    const r = check(doc(outline(NQ04, { 'nv-2': 'Có 12/15 xã đạt chuẩn nông thôn mới (đạt 85%).' })), builtinPack(NQ04)!, { level: 'tinh' });
    expect(formatHtml([r], 'en', builtinPacks())).toContain(countsText('en', r.summary.errors, r.summary.warnings));
  });
});

describe('the JSON report gives a table finding\'s cell (walk57, item 6: docs/report-format.md promised it)', () => {
  test('a finding in a table row carries {table, row}, as the text report prints it', () => {
    const d = doc(outline(NQ04, { 'nv-2': ['Kết quả:', '| TT | Nguồn vốn | Kinh phí (tỷ đồng) |', '| 1 | Ngân sách trung ương | 120,5 |', '| 2 | Ngân sách tỉnh | 80,2 |', '| | Tổng cộng | 210,7 |'].join('\n') }));
    const r = check(d, builtinPack(NQ04)!, { level: 'tinh' });
    const f = toJson([r], 'vi').reports[0].findings.find((x) => x.code === 'arithmetic-mismatch');
    expect(f?.cell).toEqual({ table: expect.any(Number), row: 4 });
    expect(formatText([r], 'vi', false)).toContain(`bảng ${f!.cell!.table}, dòng 4`);
  });
});

test('the summary\'s reasons put the items missing or empty first, then the other errors, three at most; a long quoted heading is cut, not the words after it (code review of session 62)', () => {
  const pack = builtinPack('nq16-so-ket-3-nam')!;
  const bad = [...swap(swap(MET, 'lao động nông thôn qua đào tạo', '- Tỷ lệ lao động nông thôn qua đào tạo 48/51 người là 96,1%.'), 'nước sạch', '- Tỷ lệ hộ dân nông thôn sử dụng nước sạch: 45/50 hộ (96,0%).'), '- Có 30/40 thôn thu gom rác thải sinh hoạt, đạt 80,5%.', '- Có 12/16 xã có chợ đạt chuẩn, đạt 80,5%.'];
  const r = check(doc(nq16Doc({ ...results(bad), 'p1.iv.3': '' })), pack, { level: 'huyen' });
  const reasons = reasonsOf(r, 'vi');
  expect(r.summary.errors).toBeGreaterThan(3);
  expect(reasons).toHaveLength(3);
  expect(reasons[0]).toMatch(/ — (?:thiếu|chưa có nội dung)$/u);
  expect(reasons[2]).toMatch(/^… và \d+ lỗi khác$/u);
});
