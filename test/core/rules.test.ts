/** Each rule on its own: Vietnamese text that must raise it, and text that must not. */
import { run, nq16, codes, NQ16_HEAD } from './doc';

/** Every huyện-level indicator quoted and met. */
const MET = [
  'Toàn huyện không còn xã dưới 15 tiêu chí.',
  'Có 98/112 thôn đạt chuẩn nông thôn mới (đạt 87,5%).',
  'Tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu đạt 6,3%.',
  'Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%.',
  'Thu nhập bình quân của người dân nông thôn năm 2023 đạt 52,3 triệu đồng/người/năm, gấp 1,56 lần so với năm 2020.',
  'Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,8%/năm.',
  'Tốc độ tăng trưởng giá trị gia tăng ngành nông nghiệp bình quân đạt 3,6%/năm.',
  'Giá trị sản xuất trên 01 ha đất trồng trọt đạt 162 triệu đồng/ha.',
  'Tỷ lệ diện tích sản xuất chủ động tưới đạt 68,9%.',
  'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,2%.',
  'Tỷ lệ che phủ rừng đạt 50,1%.',
];
const results = (lines: string[]) => ({ 'p1.iii.1': lines.join('\n') });
const huyen = (extra: Record<string, string> = {}, drop: string[] = []) => run(nq16({ ...results(MET), ...extra }, drop), undefined, 'huyen');

test('a complete, correct report is ready and raises nothing', () => {
  const r = huyen();
  expect(r.findings).toEqual([]);
  expect(r.summary.ready).toBe(true);
  expect(r.indicators.filter((i) => i.status === 'met').length).toBe(11);
});

describe('missing-section', () => {
  test('a missing item is reported once, by id', () => {
    const r = huyen({}, ['p1.iv.3']);
    expect(codes(r, 'missing-section').map((f) => f.section)).toEqual(['p1.iv.3']);
    expect(r.summary.ready).toBe(false);
  });
  test('a missing part is reported as the part, not each of its items', () => {
    expect(codes(huyen({}, ['p1.iv']), 'missing-section').map((f) => f.section)).toEqual(['p1.iv']);
  });
  test('headings written without diacritics, in capitals, abbreviated or as bold lines still match', () => {
    const src = nq16(results(MET))
      .replace('# Phần thứ nhất: TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 16-NQ/TU', '**PHẦN THỨ NHẤT. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NQ 16**')
      .replace('### 3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan', '**3. Phan tich nguyen nhan han che, nhat la nguyen nhan chu quan**')
      .replace('### 4. Bài học kinh nghiệm', '### 4. BÀI HỌC KINH NGHIỆM');
    expect(codes(run(src, undefined, 'huyen'), 'missing-section')).toEqual([]);
  });
  test('run-in headings ("**4. Bài học kinh nghiệm:** text") are found, and their text fills the section', () => {
    const src = nq16(results(MET)).replace(/### 4\. Bài học kinh nghiệm\n[^\n]*/, '**4. Bài học kinh nghiệm:** Phải phát huy vai trò người đứng đầu cấp ủy.');
    const r = run(src, undefined, 'huyen');
    expect(codes(r, 'missing-section')).toEqual([]);
    expect(codes(r, 'empty-section')).toEqual([]);
    expect(r.sections.find((s) => s.id === 'p1.iv.4')?.status).toBe('present');
  });
  test('a numbered paragraph with a bold lead that is no outline item is content, not a heading', () => {
    const r = huyen({ 'p1.iv.4': '**1. Kế hoạch số 25-KH/HU:** triển khai thực hiện đồng bộ các giải pháp.' });
    expect(codes(r, 'empty-section')).toEqual([]);
  });
  test('numbers produced by Word numbering (not in the text) still match', () => {
    const r = run(nq16(results(MET)).replace('### 4. Bài học kinh nghiệm', '### Bài học kinh nghiệm'), undefined, 'huyen');
    expect(codes(r, 'missing-section')).toEqual([]);
  });
});

describe('empty-section', () => {
  test.each([['nothing', ''], ['dots', '……………'], ['pending', '(Đang cập nhật)'], ['guidance copied', 'Đánh giá khái quát công tác lãnh đạo']])('%s', (_n, body) => {
    const r = huyen({ 'p1.iv.4': body });
    expect(codes(r, 'empty-section').map((f) => f.section)).toEqual(body.startsWith('Đánh giá') ? [] : ['p1.iv.4']);
  });
  test('a short real paragraph is substance', () => {
    expect(codes(huyen({ 'p1.iv.4': 'Phải phát huy vai trò người đứng đầu.' }), 'empty-section')).toEqual([]);
  });
  test('the closing lines do not fill the last section', () => {
    expect(codes(huyen({ 'p2.iv.2': '' }), 'empty-section').map((f) => f.section)).toEqual(['p2.iv.2']);
  });
});

describe('section-order', () => {
  test('two swapped items: one is out of order', () => {
    const src = nq16(results(MET));
    const a = src.indexOf('### 3. Phân tích nguyên nhân');
    const b = src.indexOf('### 4. Bài học kinh nghiệm');
    const c = src.indexOf('## Phần thứ hai') >= 0 ? src.indexOf('## Phần thứ hai') : src.indexOf('# Phần thứ hai');
    const swapped = src.slice(0, a) + src.slice(b, c) + src.slice(a, b) + src.slice(c);
    const f = codes(run(swapped, undefined, 'huyen'), 'section-order');
    expect(f).toHaveLength(1);
    expect(['p1.iv.3', 'p1.iv.4']).toContain(f[0].section);
  });
  test('2.5 before 2.6 is accepted (the pack lists them the other way round)', () => {
    const src = nq16(results(MET));
    const a = src.indexOf('#### 2.6.');
    const b = src.indexOf('#### 2.5.');
    const c = src.indexOf('#### 2.7.');
    expect(codes(run(src.slice(0, a) + src.slice(b, c) + src.slice(a, b) + src.slice(c), undefined, 'huyen'), 'section-order')).toEqual([]);
  });
});

describe('missing-list', () => {
  test('a section that must carry a danh mục has only prose', () => {
    const r = huyen({ 'p1.ii.2': 'Đã ban hành nhiều văn bản chỉ đạo kịp thời, sát thực tế.' });
    expect(codes(r, 'missing-list').map((f) => f.section)).toEqual(['p1.ii.2']);
  });
  test.each([
    ['a table with the expected columns', '| TT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n| 1 | 25-KH/HU | 12/3/2022 | Kế hoạch thực hiện |'],
    ['a typed list', '- Kế hoạch số 25-KH/HU\n- Chương trình hành động số 12\n- Quyết định số 318'],
    ['a reference to the appendix', 'Các văn bản đã ban hành (có danh mục tại Phụ lục 2 kèm theo).'],
  ])('%s is enough', (_n, body) => {
    expect(codes(huyen({ 'p1.ii.2': `Đã ban hành các văn bản.\n${body}` }), 'missing-list')).toEqual([]);
  });
});

describe('missing-appendix', () => {
  test('neither attached nor referenced', () => {
    expect(codes(run(nq16(results(MET)).replace('(Đính kèm các phụ lục)', ''), undefined, 'huyen'), 'missing-appendix')).toHaveLength(1);
  });
  test.each(['Phụ lục I', 'Có các phụ lục kèm theo báo cáo này.', '(Kèm theo Phụ lục số liệu)'])('"%s" counts', (line) => {
    expect(codes(run(nq16(results(MET)).replace('(Đính kèm các phụ lục)', line), undefined, 'huyen'), 'missing-appendix')).toEqual([]);
  });
});

describe('placeholder', () => {
  test.each([
    ['Số:      /BC-UBND', 'Số: 125/BC-UBND'],
    ['Hải Lăng, ngày … tháng … năm 2024', 'Hải Lăng, ngày 12 tháng 8 năm 2024'],
    ['Tỷ lệ hộ gia đình văn hóa đạt …%.', 'Tỷ lệ hộ gia đình văn hóa đạt 92,1%.'],
    ['Đã tổ chức xx hội nghị.', 'Đã tổ chức 12 hội nghị.'],
    ['Số lớp bồi dưỡng: [cập nhật số liệu].', 'Số lớp bồi dưỡng: 14 lớp.'],
    ['Đề xuất khác (nếu có)', 'Không có đề xuất khác.'],
    ['| 3 |  |  |', '| 3 | Hội nghị | 12 |'],
  ])('"%s" is left to fill; "%s" is not', (bad, good) => {
    const at = (line: string) => codes(huyen({ 'p1.iv.4': `Bài học về phát huy vai trò người dân.\n| TT | Nội dung | Số |\n| 1 | Lớp học | 3 |\n${line}` }), 'placeholder');
    expect(at(bad)).toHaveLength(1);
    expect(at(good)).toEqual([]);
  });
});

describe('indicators', () => {
  const swap = (from: string, to: string, level = 'huyen' as const) => run(nq16(results(MET.map((l) => (l === from ? to : l)))), undefined, level);
  test('indicator-missing: a required indicator never quoted', () => {
    const r = run(nq16(results(MET.filter((l) => !l.includes('che phủ rừng')))), undefined, 'huyen');
    expect(codes(r, 'indicator-missing').map((f) => f.indicator)).toEqual(['che-phu-rung']);
  });
  test('indicator-below-target: 66,5% against ≥ 70%', () => {
    const r = swap(MET[3], 'Tỷ lệ lao động nông thôn qua đào tạo đạt 66,5%.');
    expect(codes(r, 'indicator-below-target').map((f) => f.indicator)).toEqual(['lao-dong-dao-tao']);
    expect(r.indicators.find((i) => i.id === 'lao-dong-dao-tao')).toMatchObject({ status: 'not-met', value: 66.5 });
  });
  test('qualifiers: "gần 70%" is below 70, "trên 70%" meets it', () => {
    expect(codes(swap(MET[3], 'Tỷ lệ lao động nông thôn qua đào tạo đạt gần 70%.'), 'indicator-below-target')).toHaveLength(1);
    expect(codes(swap(MET[3], 'Tỷ lệ lao động nông thôn qua đào tạo đạt trên 70%.'), 'indicator-below-target')).toEqual([]);
  });
  test('a fraction is judged by its rate: 94/112 thôn is 83,9% < 85%', () => {
    expect(codes(swap(MET[1], 'Có 94/112 thôn đạt chuẩn nông thôn mới.'), 'indicator-below-target').map((f) => f.indicator)).toEqual(['thon-dat-chuan']);
  });
  test('a range target: 2,8%/năm is below 3-4%', () => {
    expect(codes(swap(MET[6], 'Tốc độ tăng trưởng giá trị gia tăng ngành nông nghiệp bình quân đạt 2,8%/năm.'), 'indicator-below-target')).toHaveLength(1);
  });
  test('a multiple of the base year: 1,42 lần < 1,5 lần', () => {
    expect(codes(swap(MET[4], 'Thu nhập bình quân của người dân nông thôn năm 2023 đạt 48 triệu đồng/người/năm, gấp 1,42 lần so với năm 2020.'), 'indicator-below-target')).toHaveLength(1);
  });
  test('"exactly 0": còn 2 xã dưới 15 tiêu chí', () => {
    expect(codes(swap(MET[0], 'Toàn huyện còn 2 xã dưới 15 tiêu chí.'), 'indicator-below-target').map((f) => f.indicator)).toEqual(['xa-duoi-15-tieu-chi']);
    expect(codes(swap(MET[0], 'Toàn huyện còn 2 xã dưới 15 tiêu chí, đạt mục tiêu.'), 'claim-contradiction').map((f) => f.indicator)).toEqual(['xa-duoi-15-tieu-chi']);
  });
  test('figures in an indicator table, with ĐVT and the assessment column', () => {
    const table = [
      '| TT | Chỉ tiêu | ĐVT | Kế hoạch | Kết quả thực hiện | Đánh giá |',
      '| 1 | Tỷ lệ lao động nông thôn qua đào tạo | % | 70 | 66,5 | Đạt |',
      '| 2 | Tỷ lệ che phủ rừng | % | 49 | 50,1 | Chưa đạt |',
    ].join('\n');
    const r = run(nq16(results([...MET.filter((l) => !/đào tạo|che phủ/.test(l)), table])), undefined, 'huyen');
    expect(codes(r, 'indicator-below-target').map((f) => f.indicator)).toEqual(['lao-dong-dao-tao']);
    expect(codes(r, 'claim-contradiction').map((f) => f.indicator).sort()).toEqual(['che-phu-rung', 'lao-dong-dao-tao']);
  });
  test('claim-contradiction: "vượt" where the number falls short, "chưa đạt" where it meets', () => {
    expect(codes(swap(MET[9], 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96,1%, vượt mục tiêu đề ra.'), 'claim-contradiction')).toHaveLength(1);
    expect(codes(swap(MET[9], 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,5%, chưa đạt mục tiêu.'), 'claim-contradiction')).toHaveLength(1);
    expect(codes(swap(MET[9], 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96,1%, chưa đạt mục tiêu.'), 'claim-contradiction')).toEqual([]);
  });
  test('target-misquoted: the report restates the source target wrongly (province level)', () => {
    const tinh = (line: string) => run(nq16(results([...MET, line])).replace('HUYỆN ỦY HẢI LĂNG', 'TỈNH ỦY QUẢNG TRỊ'), undefined, 'tinh');
    expect(codes(tinh('Toàn tỉnh có 40 xã đạt chuẩn nông thôn mới (mục tiêu 42 xã).'), 'target-misquoted').map((f) => f.indicator)).toEqual(['xa-dat-chuan']);
    expect(codes(tinh('Toàn tỉnh có 40 xã đạt chuẩn nông thôn mới (mục tiêu 38 xã).'), 'target-misquoted')).toEqual([]);
    // a proposal to change a target is not a misquote
    expect(codes(tinh('Đề xuất điều chỉnh mục tiêu số xã đạt chuẩn nông thôn mới lên 45 xã.'), 'target-misquoted')).toEqual([]);
  });
  test('a subject with a comma in it, and a figure written before its subject', () => {
    const dbkk = 'Tỷ lệ số thôn thuộc các xã đặc biệt khó khăn, xã bãi ngang ven biển được công nhận đạt chuẩn nông thôn mới đạt 52,1%.';
    expect(codes(run(nq16(results([...MET, dbkk])), undefined, 'huyen'), 'indicator-below-target').map((f) => f.indicator)).toEqual(['thon-xa-dbkk']);
    expect(codes(swap(MET[3], 'Toàn huyện có 66,5% lao động nông thôn qua đào tạo.'), 'indicator-below-target').map((f) => f.indicator)).toEqual(['lao-dong-dao-tao']);
  });
  test('the writer\'s own unit ("Toàn huyện có …") does not exclude an indicator', () => {
    const r = run(nq16(results(MET.map((l, i) => (i === 1 ? 'Toàn huyện có 83,0% thôn đạt chuẩn nông thôn mới.' : l)))), undefined, 'huyen');
    expect(codes(r, 'indicator-below-target').map((f) => f.indicator)).toEqual(['thon-dat-chuan']);
  });
  test('figures in the sections about the period to come are targets, not results', () => {
    const r = huyen({ 'p2.ii.2': 'Phấn đấu đến năm 2030 tỷ lệ lao động nông thôn qua đào tạo đạt 60%.' });
    expect(codes(r, 'indicator-below-target')).toEqual([]);
  });
});

describe('arithmetic-mismatch', () => {
  test.each([
    ['Có 1.205/1.512 hộ đạt gia đình văn hóa (79,9%).', true],
    ['Có 1.205/1.512 hộ đạt gia đình văn hóa (79,7%).', false],
    ['Có 1.205/1.512 hộ đạt gia đình văn hóa (đạt 80%).', false],
    ['Tổng nguồn lực 500 tỷ đồng, trong đó ngân sách trung ương 320 tỷ đồng, ngân sách tỉnh 250 tỷ đồng.', true],
    ['Tổng nguồn lực 500 tỷ đồng, trong đó ngân sách trung ương 220 tỷ đồng, ngân sách tỉnh 250 tỷ đồng.', false],
  ])('%s → %s', (line, bad) => {
    expect(codes(huyen({ 'p1.iii.2.5': `Huy động nguồn lực.\n${line}` }), 'arithmetic-mismatch')).toHaveLength(bad ? 1 : 0);
  });
});

describe('out-of-period', () => {
  test.each([
    ['Tính đến 31/12/2024, toàn huyện có 9 xã đạt chuẩn nâng cao.', true],
    ['Tính đến 30/6/2024, toàn huyện có 9 xã đạt chuẩn nâng cao.', false],
    ['Phấn đấu đến 31/12/2025 có 12 xã đạt chuẩn nâng cao.', false],
    ['Nghị quyết số 16-NQ/TU ngày 13/01/2022 của Ban Chấp hành Đảng bộ tỉnh.', false],
    ['Tính đến 31/12/2024, có 12/12 xã hoàn thành.', true],
  ])('%s → %s', (line, bad) => {
    expect(codes(huyen({ 'p1.iii.2.6': `Kết quả thực hiện bộ tiêu chí.\n${line}` }), 'out-of-period')).toHaveLength(bad ? 1 : 0);
  });
});

describe('unmapped-document', () => {
  test('a document with no headings is never ready', () => {
    const r = run(`${NQ16_HEAD}\nMột đoạn văn bản không có đề mục nào cả, chỉ có nội dung chung chung.`);
    expect(r.summary).toMatchObject({ ready: false, mapped: false });
    expect(codes(r, 'unmapped-document')).toHaveLength(1);
  });
  test('the wrong pack is never ready', () => {
    const r = run(nq16(results(MET)), 'ntm-so-ket-2021-2023-so-nganh');
    expect(r.summary.ready).toBe(false);
    expect(codes(r, 'unmapped-document')).toHaveLength(1);
  });
});

describe('arithmetic-mismatch: parts and their total', () => {
  const table = (total: string) => [
    '| TT | Nguồn vốn | Kinh phí (tỷ đồng) | Số công trình |',
    '| 1 | Ngân sách trung ương | 120,5 | 14 |',
    '| 2 | Ngân sách tỉnh | 80,2 | 9 |',
    '| 3 | Nhân dân đóng góp | 35,3 | 21 |',
    `| | Tổng cộng | ${total} |`,
  ].join('\n');
  test.each([
    ['236 | 44', false],
    ['236,0 | 44', false],
    ['246 | 44', true],
    ['236 | 45', true],
  ])('table total row %s → %s', (total, bad) => {
    const f = codes(huyen({ 'p1.iii.2.5': `Huy động nguồn lực.\n${table(total)}` }), 'arithmetic-mismatch');
    expect(f).toHaveLength(bad ? 1 : 0);
  });
  test('a table with sub-rows ("Trong đó") is not summed', () => {
    const src = ['| TT | Nội dung | Số lượng |', '| 1 | Xã đạt chuẩn | 12 |', '| | Trong đó: nâng cao | 5 |', '| 2 | Xã chưa đạt | 3 |', '| | Tổng cộng | 15 |'].join('\n');
    expect(codes(huyen({ 'p1.iii.2.5': `Huy động nguồn lực.\n${src}` }), 'arithmetic-mismatch')).toEqual([]);
  });
  test.each([
    ['Tổng nguồn lực huy động 520 tỷ đồng, gồm: ngân sách trung ương 200 tỷ đồng, ngân sách địa phương 250 tỷ đồng, nhân dân đóng góp 70 tỷ đồng.', false],
    ['Tổng nguồn lực huy động 520 tỷ đồng, gồm: ngân sách trung ương 200 tỷ đồng, ngân sách địa phương 250 tỷ đồng, nhân dân đóng góp 90 tỷ đồng.', true],
    ['Tổng số 45 hộ, gồm 20 hộ nghèo và 25 hộ cận nghèo.', false],
    ['Tổng số 45 hộ, gồm 20 hộ nghèo và 26 hộ cận nghèo.', true],
  ])('%s → %s', (line, bad) => {
    expect(codes(huyen({ 'p1.iii.2.5': `Huy động nguồn lực.\n${line}` }), 'arithmetic-mismatch')).toHaveLength(bad ? 1 : 0);
  });
});
