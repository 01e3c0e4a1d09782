import { ruleTester, type Gap } from './tester';
import { MET, NQ04_TASKS, doc, nq04Untitled, nq16, outline, results } from '../doc';
import { check } from '../../../src/core/check';
import { builtinPack } from '../../../src/packs/builtin';

const REPORT = nq16(results(MET));

/** Move the block of markup from heading `from` up to (not including) heading `to` just before heading `before`. */
function moveBefore(src: string, from: string, to: string, before: string): string {
  const a = src.indexOf(from);
  const b = src.indexOf(to);
  const block = src.slice(a, b);
  const rest = src.slice(0, a) + src.slice(b);
  const at = rest.indexOf(before);
  if (a < 0 || b < 0 || at < 0) throw new Error('heading not found');
  return rest.slice(0, at) + block + rest.slice(at);
}

ruleTester('section-order', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: 'a complete report in the outline\'s order' },
    { name: '2.5 before 2.6 is accepted (the pack lists them the other way round)', src: moveBefore(REPORT, '#### 2.5.', '#### 2.7.', '#### 2.6.') },
    { name: 'a missing item does not put the next ones out of order', drop: ['p1.iv.2'] },
    { name: 'sub-headings of the writer\'s own inside an item', extra: { 'p1.iii.2.1': '#### a) Về công tác lãnh đạo\nCấp ủy các cấp đã ban hành nghị quyết chuyên đề.\n#### b) Về công tác chỉ đạo\nBan Chỉ đạo huyện thường xuyên kiểm tra cơ sở.' } },
    { name: 'a missing part does not put the next part out of order', drop: ['p1.iii'] },
  ],
  invalid: [
    {
      name: 'a part of the writer\'s own over the last two items, "PHẦN II. KIẾN NGHỊ VÀ NHIỆM VỤ THỜI GIAN ĐẾN", the proposals first: the tasks\' own heading under it is theirs, out of order — not the part (session 35, py05)',
      pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa',
      src: outline('ntm-so-ket-2021-2023-dia-phuong', {}, ['nhiem-vu-giai-phap', 'de-xuat-kien-nghi']).replace('(Đính kèm các phụ lục)', ['# PHẦN II', '# KIẾN NGHỊ VÀ NHIỆM VỤ THỜI GIAN ĐẾN', '## 1. Đề xuất, kiến nghị với cấp trên', 'Đề nghị huyện hỗ trợ kinh phí nâng cấp tuyến đường liên thôn và nhà văn hóa thôn.', '## 2. Nhiệm vụ, giải pháp thời gian đến', 'Tập trung nâng chất các tiêu chí, xây dựng thêm 02 thôn kiểu mẫu, phát triển sản phẩm OCOP.', '(Đính kèm các phụ lục)'].join('\n')),
      expect: { sections: ['nhiem-vu-giai-phap'] },
    },
    {
      name: 'a lead in the text ("**Về huy động nguồn lực:** …" under b) that shares words with a later item took it in order, while that item\'s own heading stands after the next ("d) Kết quả thực hiện các phong trào thi đua, …, huy động nguồn lực …" after "c) Tác động của Chương trình"): the heading is the item, out of order (session 32, on05)',
      pack: 'ntm-tong-ket-2010-2020', level: 'huyen',
      src: [
        'ỦY BAN NHÂN DÂN', 'HUYỆN NHƠN TRẠCH', 'BÁO CÁO', 'Tổng kết 10 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2010 - 2020 trên địa bàn huyện Nhơn Trạch',
        '# 1. TỔNG KẾT 10 NĂM VÀ ĐỊNH HƯỚNG GIAI ĐOẠN SAU NĂM 2020',
        '## 1.1. Đánh giá kết quả thực hiện Chương trình giai đoạn 2010 - 2020',
        '### a) Bối cảnh (lợi thế, khó khăn) trong xây dựng nông thôn mới của huyện', 'Huyện ven đô có 11 xã và thị trấn Hiệp Phước.',
        '### b) Kết quả thực hiện Chương trình giai đoạn 2010 - 2020', 'Đến 30/6/2019, toàn huyện có 11/11 xã đạt chuẩn nông thôn mới.',
        '**Về huy động nguồn lực:** Từ năm 2011 đến 30/6/2019, tổng nguồn lực huy động đạt 9.872,19 tỷ đồng.',
        '**So sánh giai đoạn 2016 - 6/2019 với giai đoạn 2011 - 2015:** Giai đoạn sau huy động vốn lớn hơn.',
        '### c) Tác động của Chương trình', 'Hạ tầng nông thôn được đầu tư đồng bộ; sự hài lòng của người dân được nâng lên.',
        '### d) Kết quả thực hiện các phong trào thi đua, cuộc vận động trong phát huy dân chủ, huy động nguồn lực và kiểm tra, giám sát tình hình thực hiện ở cơ sở', 'Phong trào thi đua được triển khai sâu rộng.',
        '### e) Hiệu quả của công tác truyền thông về xây dựng nông thôn mới', 'Đã phát trên 3.800 tin, bài.',
        '### f) Bài học kinh nghiệm và đề xuất, kiến nghị để duy trì bền vững kết quả đạt được', 'Một là, gắn với quy hoạch công nghiệp.',
        '## 1.2. Xây dựng định hướng thực hiện Chương trình giai đoạn sau năm 2020',
        '### a) Quan điểm chỉ đạo', 'Xây dựng nông thôn mới là nhiệm vụ thường xuyên.',
        '### b) Mục tiêu, chỉ tiêu phấn đấu giai đoạn 2021 - 2025, định hướng đến 2030', 'Phấn đấu 100% xã đạt chuẩn nông thôn mới nâng cao.',
        '### c) Nội dung, giải pháp thực hiện, đặc biệt là giải pháp nâng cao chất lượng, đảm bảo tính bền vững của Chương trình', 'Rà soát, nâng chất các tiêu chí.',
        '### d) Cơ chế chính sách huy động nguồn lực', 'Đề xuất cơ chế để doanh nghiệp đóng góp.',
        '### e) Kiện toàn bộ máy, tổ chức tham mưu, giúp việc Ban Chỉ đạo', 'Giữ ổn định Văn phòng Điều phối.',
        '### f) Phát động phong trào thi đua', 'Tiếp tục phát động phong trào thi đua.',
        'Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN',
      ].join('\n'),
      expect: { count: 1, sections: ['1-1.phong-trao'] },
    },
    {
      name: 'a tham luận whose solutions come before its proposals, its signature the last line ("III. GIẢI PHÁP TRONG THỜI GIAN ĐẾN", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "UBND XÃ QUẢNG THÁI"): out of order, not missing (session 26, ex06)',
      pack: 'ntm-so-ket-2021-2023-tham-luan', level: 'xa',
      src: ['ỦY BAN NHÂN DÂN', 'XÃ QUẢNG THÁI', 'THAM LUẬN', '**Khôi phục tiêu chí nông thôn mới sau bão lũ**', '**I. KẾT QUẢ VÀ KINH NGHIỆM**', 'Xã khôi phục 12 km đường giao thông.', '**II. KHÓ KHĂN, VƯỚNG MẮC**', 'Nguồn lực còn hạn chế.', '**III. GIẢI PHÁP TRONG THỜI GIAN ĐẾN**', 'Tập trung khôi phục sinh kế.', '**IV. KIẾN NGHỊ, ĐỀ XUẤT**', 'Đề nghị tỉnh hỗ trợ làm nhà phòng tránh bão.', 'Xin trân trọng cảm ơn.', '**UBND XÃ QUẢNG THÁI**'].join('\n'),
      expect: { count: 1 },
    },
    { name: 'items the writer numbered in its own order ("2.5. … nguồn lực", "2.6. … Bộ tiêu chí", "2.7. … Mặt trận", "2.8. … dân chủ" for the outline\'s 2.6, 2.5, dân chủ, Mặt trận): the order made dân chủ take "2.6. … Bộ tiêu chí", a weak fit, while its own heading was left over; it takes its own, out of order, and Bộ tiêu chí is found (session 21, az06)', drop: ['p1.iii.2.5', 'p1.iii.2.6', 'p1.iii.2.7', 'p1.iii.2.8'], extra: { ...results(MET), 'p1.iii.2.4.11': ['Các cấp ủy đã ban hành 12 văn bản lãnh đạo, chỉ đạo triển khai thực hiện các nhiệm vụ đề ra.', '#### 2.5. Kết quả huy động nguồn lực', 'Tổng nguồn lực huy động giai đoạn 2021 - 6/2024 đạt 1.250 tỷ đồng.', '#### 2.6. Kết quả thực hiện Bộ tiêu chí nông thôn mới các cấp', 'Toàn huyện có 41 xã đạt chuẩn nông thôn mới.', '#### 2.7. Công tác phối hợp tuyên truyền và tham gia xây dựng nông thôn mới của Mặt trận và các đoàn thể chính trị - xã hội', 'Mặt trận và các đoàn thể đã tổ chức 120 buổi tuyên truyền.', '#### 2.8. Kết quả thực hiện quy chế dân chủ, công khai, minh bạch trong xây dựng nông thôn mới', 'Các xã đã công khai 100% các dự án đầu tư.'].join('\n') }, expect: { sections: ['p1.iii.2.7'] } },
    {
      name: 'a speech whose first part is written over its own parts ("I. KẾT QUẢ 3 NĂM …" over "2. Về kết quả thực hiện các Bộ tiêu chí"), its proposals after its tasks: the part is the item, and the proposals are out of order (session 18, xs01)',
      pack: 'ntm-so-ket-2021-2023-tham-luan',
      level: 'huyen',
      src: [
        'ỦY BAN NHÂN DÂN', 'HUYỆN PHÚ NINH', 'BÀI THAM LUẬN', 'Kết quả 3 năm xây dựng nông thôn mới trên địa bàn huyện Phú Ninh',
        '# I. KẾT QUẢ 3 NĂM XÂY DỰNG NÔNG THÔN MỚI VÀ NHỮNG KINH NGHIỆM',
        '## 1. Về công tác lãnh đạo, chỉ đạo', 'Huyện ủy ban hành nghị quyết chuyên đề.',
        '## 2. Về kết quả thực hiện các Bộ tiêu chí', 'Đến cuối năm 2023, có 10/10 xã đạt chuẩn nông thôn mới.',
        '## 3. Về huy động và sử dụng nguồn lực', 'Tổng nguồn lực huy động 3 năm là 986,4 tỷ đồng.',
        '## 4. Một số kinh nghiệm rút ra', 'Phát huy vai trò chủ thể của người dân.',
        '# II. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC', 'Nguồn lực đầu tư còn hạn chế.',
        '# III. LỘ TRÌNH, GIẢI PHÁP XÂY DỰNG HUYỆN NÔNG THÔN MỚI NÂNG CAO',
        '## 1. Lộ trình', 'Năm 2024 hoàn thành hồ sơ huyện nông thôn mới nâng cao.',
        '## 2. Giải pháp chủ yếu', 'Tiếp tục huy động các nguồn lực.',
        '# IV. KIẾN NGHỊ, ĐỀ XUẤT', 'Đề nghị tỉnh hỗ trợ kinh phí duy trì các tiêu chí.',
      ].join('\n'),
      expect: { count: 1 },
    },
    {
      name: 'an item written under another part, its heading almost word for word the item\'s ("### 4. Công tác phối hợp tuyên truyền … của Mặt trận …" at the end of part II for 2.8 of III): out of order, not missing',
      src: REPORT.replace(/#### 2\.8\. [^\n]*\n[^\n]*\n/u, '').replace('## III. KẾT QUẢ ĐẠT ĐƯỢC', '### 4. Công tác phối hợp tuyên truyền và tham gia xây dựng nông thôn mới của Mặt trận và các đoàn thể chính trị - xã hội\nỦy ban Mặt trận Tổ quốc huyện và các đoàn thể đã ký kết chương trình phối hợp, tổ chức 46 hội nghị tuyên truyền.\n## III. KẾT QUẢ ĐẠT ĐƯỢC'),
      expect: { count: 1, sections: ['p1.iii.2.8'] },
    },
    {
      name: 'two swapped items (4 written before 3 of IV): one is out of order — by convention the one the outline puts first, pushed down (3)',
      src: moveBefore(REPORT, '### 4. Bài học kinh nghiệm', '# Phần thứ hai', '### 3. Phân tích nguyên nhân'),
      expect: { count: 1, severity: 'warning', sections: ['p1.iv.3'] },
    },
    {
      name: 'item 3 of II written first: it is the one that moved',
      src: moveBefore(REPORT, '### 3. Công tác kiểm tra, giám sát', '## III. KẾT QUẢ ĐẠT ĐƯỢC', '### 1. Công tác tổ chức học tập'),
      expect: { sections: ['p1.ii.3'] },
    },
    {
      name: 'item 1 of IV written last: it is the one that moved',
      src: moveBefore(REPORT, '### 1. Những kết quả đạt được', '### 2. Những hạn chế, khó khăn', '# Phần thứ hai'),
      expect: { sections: ['p1.iv.1'] },
    },
    {
      name: 'a part written before the one the outline puts first, with its items ("III. Nhiệm vụ, giải pháp trọng tâm" with "1. Nhiệm vụ", "2. Giải pháp" before "II. Phương hướng, mục tiêu"): its items are found under it',
      src: moveBefore(REPORT, '## III. Nhiệm vụ, giải pháp trọng tâm', '## IV. Đề xuất, kiến nghị', '## II. Phương hướng, mục tiêu'),
      expect: { count: 1 },
    },
    {
      name: 'item 2.7 written before 2.1: it is the one that moved',
      src: moveBefore(REPORT, '#### 2.7.', '#### 2.8.', '#### 2.1.'),
      expect: { sections: ['p1.iii.2.7'] },
    },
  ],
});

/** The advice says where the item belongs, by the writer's own heading of the neighbour it is on the wrong side of (session 39's
 * walk-through, point 22; session 41's: "về sau mục I" for a III already after I misled). */
test('an item written after items the outline puts after it says to go before the first of them, named as the writer wrote it (session 40, 41)', () => {
  const tasks = [NQ04_TASKS[0], NQ04_TASKS[1], NQ04_TASKS[2], NQ04_TASKS[4], NQ04_TASKS[5], NQ04_TASKS[6], NQ04_TASKS[7], NQ04_TASKS[3]];
  const r = check(doc(nq04Untitled(tasks)), builtinPack('nq04-ket-luan-ha-tinh')!, { level: 'huyen' });
  const f = r.findings.find((x) => x.code === 'section-order');
  expect(f?.section).toBe('nv-4');
  expect(f?.suggestion?.vi).toBe(`Chuyển mục về trước mục "${NQ04_TASKS[4]}" của báo cáo, theo thứ tự của đề cương.`);
});

test('an item written before one the outline puts before it says to go after that one (session 41)', () => {
  const tasks = [NQ04_TASKS[0], NQ04_TASKS[2], NQ04_TASKS[1], NQ04_TASKS[3], NQ04_TASKS[4], NQ04_TASKS[5], NQ04_TASKS[6], NQ04_TASKS[7]];
  const r = check(doc(nq04Untitled(tasks)), builtinPack('nq04-ket-luan-ha-tinh')!, { level: 'huyen' });
  const f = r.findings.find((x) => x.code === 'section-order');
  const moved = f?.section === 'nv-3' ? NQ04_TASKS[1] : NQ04_TASKS[2];
  expect(['nv-2', 'nv-3']).toContain(f?.section);
  expect(f?.suggestion?.vi).toBe(f?.section === 'nv-3' ? `Chuyển mục về sau mục "${moved}" của báo cáo, theo thứ tự của đề cương.` : `Chuyển mục về trước mục "${moved}" của báo cáo, theo thứ tự của đề cương.`);
});

test('the item is named by the writer\'s own heading, the outline\'s number after it: "Mục "8. …" … (trong đề cương là mục 4)" for an item the document numbers 8 (session 42\'s walk-through, item 1)', () => {
  const tasks = [NQ04_TASKS[0], NQ04_TASKS[1], NQ04_TASKS[2], NQ04_TASKS[4], NQ04_TASKS[5], NQ04_TASKS[6], NQ04_TASKS[7], NQ04_TASKS[3].replace(/^4\./u, '8.')];
  const f = check(doc(nq04Untitled(tasks)), builtinPack('nq04-ket-luan-ha-tinh')!, { level: 'huyen' }).findings.find((x) => x.code === 'section-order');
  expect(f?.message.vi).toBe(`Mục "${NQ04_TASKS[3].replace(/^4\./u, '8.')}" nằm sai thứ tự đề cương (trong đề cương là mục 4).`);
});

export const KNOWN_GAPS: Gap[] = [
  {
    kind: 'invalid',
    name: 'IV. Đề xuất, kiến nghị written before I. Dự báo tình hình: only the part moved, not its items',
    src: moveBefore(REPORT, '## IV. Đề xuất, kiến nghị', '(Đính kèm các phụ lục)', '## I. DỰ BÁO TÌNH HÌNH'),
    expect: { sections: ['p2.iv'] },
    engine: 'labels p2.iv and also its items p2.iv.1 and p2.iv.2, which are in order among their siblings',
  },
  {
    kind: 'invalid',
    name: 'two parts of Phần thứ nhất swapped (IV before III): one part is out of order, its items are not',
    src: moveBefore(REPORT, '## IV. ĐÁNH GIÁ CHUNG', '# Phần thứ hai', '## III. KẾT QUẢ ĐẠT ĐƯỢC'),
    expect: { count: 1 },
    engine: '5 findings: the moved part and every item under it',
  },
];

describe('an outline item with no number (session 43\'s walk-through, item 2)', () => {
  const PACK = 'ntm-so-ket-2021-2023-so-nganh';
  const swapped = () => {
    const lines = outline(PACK, {}).split('\n');
    const heads = lines.map((l, i) => (l.startsWith('# ') ? i : -1)).filter((i) => i >= 0);
    // the last two items' blocks swapped
    const [a, b] = heads.slice(-2);
    const out = [...lines.slice(0, a), lines[b], ...lines.slice(b + 1), lines[a], ...lines.slice(a + 1, b)];
    return out.join('\n');
  };
  test('the writer\'s heading says its title: no bracket that only says it again', () => {
    const f = check(doc(swapped()), builtinPack(PACK)!, { level: 'so-nganh' }).findings.find((x) => x.code === 'section-order');
    expect(f?.message.vi).toMatch(/^Mục "[^"]+" nằm sai thứ tự đề cương\.$/u);
  });
  test('the writer\'s heading says its title after its own number, in capitals ("# IV. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC"): no bracket either (walk46, item 9)', () => {
    const f = check(doc(swapped().replace(/^# Những tồn tại, hạn chế, vướng mắc$/mu, '# IV. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC')), builtinPack(PACK)!, { level: 'so-nganh' }).findings.find((x) => x.code === 'section-order');
    expect(f?.message.vi).toMatch(/^Mục "[^"]+" nằm sai thứ tự đề cương\.$/u);
  });
  test('the writer\'s heading words it otherwise: the outline\'s title in the bracket', () => {
    const f = check(doc(swapped().replace(/^# Những tồn tại, hạn chế, vướng mắc$/mu, '# Một số tồn tại, hạn chế, vướng mắc')), builtinPack(PACK)!, { level: 'so-nganh' }).findings.find((x) => x.code === 'section-order');
    expect(f?.message.vi).toMatch(/^Mục "[^"]+" nằm sai thứ tự đề cương \(trong đề cương là mục "[^"]+"\)\.$/u);
  });
});
