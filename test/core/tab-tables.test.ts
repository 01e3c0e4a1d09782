/** Tables typed with tabs (a table a PDF or a scan turned into lines, or typed so): read as the tables they are (session 23, cq02, cq04). */
import { tabTables } from '../../src/core/tab-tables';
import { tables } from '../../src/core/model';
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { doc, outline } from './doc';

const ROWS = [
  'TT\tNội dung\tKế hoạch của huyện năm 2025\tThực hiện đến 31/5/2025',
  '1\tXã đạt chuẩn theo Bộ tiêu chí xã NTM giai đoạn 2021-2025\t17 xã\t17 xã',
  '2\tXã đạt chuẩn NTM nâng cao\t13 xã\t12 xã',
  '3\tXã đạt chuẩn NTM kiểu mẫu\t05 xã\t04 xã',
];

describe('tabTables', () => {
  test('three lines or more with two tabs each are the rows of a table; their text and indices stay', () => {
    const d = doc(['Kết quả như sau:', ...ROWS, 'Hai xã đang hoàn thiện các tiêu chí.'].join('\n'));
    const t = tabTables(d);
    expect(t.paragraphs.map((p) => p.text)).toEqual(d.paragraphs.map((p) => p.text));
    expect(t.paragraphs.map((p) => !!p.cell)).toEqual([false, true, true, true, true, false]);
    const [view] = tables(t);
    expect(view.rows[2]).toEqual(['2', 'Xã đạt chuẩn NTM nâng cao', '13 xã', '12 xã']);
    expect(view.rowFirst).toEqual([1, 2, 3, 4]);
  });

  test('lines aligned by one tab, or two such rows alone, are no table; a document without tabs is itself', () => {
    const one = doc(['- Số xã đạt chuẩn NTM:\t12 xã', '- Số xã nâng cao:\t5 xã', '- Số xã kiểu mẫu:\t2 xã'].join('\n'));
    expect(tabTables(one)).toBe(one);
    const two = doc(ROWS.slice(0, 2).join('\n'));
    expect(tabTables(two)).toBe(two);
    const plain = doc('Nội dung.\nNội dung khác.');
    expect(tabTables(plain)).toBe(plain);
  });

  test('a total row that lost its empty first cell with the line\'s leading tab is read in its columns', () => {
    const rows = ['TT\tĐơn vị\tTổng số xã\tXã đạt chuẩn\tTỷ lệ (%)', '1\tThành phố Vĩnh Long\t4\t4\t100', '2\tThị xã Bình Minh\t5\t5\t100', 'Toàn tỉnh\t9\t9\t100'];
    const [view] = tables(tabTables(doc(rows.join('\n'))));
    expect(view.rows[3]).toEqual(['', 'Toàn tỉnh', '9', '9', '100']);
  });

  test('a row\'s target and result are not two results of one indicator (cq02, cq04)', () => {
    const pack = builtinPack('nq04-ket-luan-ha-tinh')!;
    const src = outline('nq04-ket-luan-ha-tinh', { 'nv-2': ['Kết quả thực hiện các mục tiêu:', ...ROWS].join('\n') });
    const r = check(doc(src), pack, { level: 'huyen', only: ['conflicting-figures'] });
    expect(r.findings.map((f) => `${f.code} ${f.indicator}`)).toEqual([]);
  });

  test('a total in a table typed with tabs that its rows do not make is found (cq01)', () => {
    const pack = builtinPack('ntm-so-ket-2021-2023-dia-phuong')!;
    const table = ['TT\tĐơn vị\tSố lớp\tSố người tham dự', '1\tCấp huyện\t12\t1.120', '2\tCấp xã\t55\t4.051', '\tTổng cộng\t67\t5.271'];
    const r = check(doc(outline('ntm-so-ket-2021-2023-dia-phuong', { 'to-chuc-trien-khai': ['Kết quả tuyên truyền:', ...table].join('\n') })), pack, { level: 'huyen', only: ['arithmetic-mismatch'] });
    expect(r.findings.map((f) => f.message.vi)).toEqual(['Tổng ở cột Số người tham dự ghi 5.271 nhưng các phần cộng lại 5.171.']);
  });
  test('a table flattened into lines with semicolons between its cells is read as the table it is; its text and indices stay (session 38, ntm01)', () => {
    const rows = [
      'TT; Chỉ tiêu; ĐVT; Mục tiêu NQ 16 đến năm 2025; Thực hiện đến 30/6/2024; Đánh giá',
      '1; Số xã còn dưới 15 tiêu chí; xã; 0; 0; Đạt',
      '9; Tỷ lệ hộ dân nông thôn sử dụng nước sạch; %; 98; 98,3; Đạt',
      '10; Tỷ lệ che phủ rừng; %; 49; 53,1; Đạt',
    ];
    const d = doc(['Kết quả cụ thể các chỉ tiêu:', ...rows, 'Hai xã đang hoàn thiện các tiêu chí.'].join('\n'));
    const t = tabTables(d);
    expect(t.paragraphs.map((p) => p.text)).toEqual(d.paragraphs.map((p) => p.text));
    expect(t.paragraphs.map((p) => !!p.cell)).toEqual([false, true, true, true, true, false]);
    expect(tables(t)[0].rows[3]).toEqual(['10', 'Tỷ lệ che phủ rừng', '%', '49', '53,1', 'Đạt']);
    // … so the prose's other figure of the same year disagrees with the table's (conflicting-figures)
    const pack = builtinPack('nq16-so-ket-3-nam')!;
    const src = outline('nq16-so-ket-3-nam', { 'p1.iii.1': ['Tỷ lệ che phủ rừng đạt 52,6%.', 'Kết quả cụ thể các chỉ tiêu:', ...rows].join('\n') });
    const r = check(doc(src), pack, { level: 'huyen', only: ['conflicting-figures'] });
    expect(r.findings.map((f) => `${f.code} ${f.indicator}`)).toEqual(['conflicting-figures che-phu-rung']);
  });

  test('prose with semicolons is no table: clauses of words, rows that do not open on a number or differ in their cells (session 38)', () => {
    const lines = [
      'Khó khăn; vướng mắc; kiến nghị',
      '- Khoa học công nghệ: chuyển giao kỹ thuật; cơ giới hóa đạt trên 90%; đưa giống mới vào sản xuất',
      '- OCOP: 02 sản phẩm 3 sao; 01 sản phẩm đang hoàn thiện hồ sơ; 03 chủ thể tham gia',
      '- Môi trường: thu gom rác tại 11/11 thôn; trồng 6,5 km hàng rào xanh; phân loại rác tại nguồn',
    ];
    const d = doc(lines.join('\n'));
    expect(tabTables(d)).toBe(d);
    const uneven = doc(['TT; Chỉ tiêu; ĐVT; Kết quả', '1; Xã đạt chuẩn; xã; 12', '2; Thôn đạt chuẩn; thôn; 85; vượt kế hoạch'].join('\n'));
    expect(tabTables(uneven)).toBe(uneven);
  });
});
