import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { builtinPackSources, builtinPacks } from '../../src/packs/builtin';
import { Pack } from '../../src/packs/schema';
import { validatePackText } from '../../src/packs/validate';
import type { Section } from '../../src/packs/schema';
import { identifyPack } from '../../src/core/identify';
import { doc, nq04Untitled, NQ04_TASKS, NQ04_UNTITLED_HEAD } from '../core/doc';

const DIR = join(__dirname, '../../src/packs/builtin');

describe('built-in packs', () => {
  test('every JSON file in src/packs/builtin validates and is registered', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(6);
    const ids = builtinPacks().map((p) => p.id);
    for (const f of files) {
      const r = validatePackText(readFileSync(join(DIR, f), 'utf8'));
      if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.problems)}`);
      expect(r.pack.id + '.json').toBe(f);
      expect(ids).toContain(r.pack.id);
    }
  });

  test('the packs as used, not read by the schema at start (issue 11: zod out of the pane\'s first JavaScript), are the packs as the schema reads them, defaults and all', () => {
    const read = builtinPackSources().map((r) => Pack.parse(r));
    expect(builtinPacks()).toStrictEqual(read);
    // (… and a default the schema gains that the packs leave out shows here: a pack without its rules, read both ways)
    const bare = builtinPackSources()[0] as Record<string, unknown>;
    delete bare.rules;
    expect((Pack.parse(bare) as Record<string, unknown>).rules).toEqual({});
  });

  test('the ids are exactly the ones the secretariat was promised', () => {
    expect(builtinPacks().map((p) => p.id).sort()).toEqual(
      [
        'nq04-ket-luan-ha-tinh', 'nq16-so-ket-3-nam', 'ntm-so-ket-2021-2023-dia-phuong',
        'ntm-so-ket-2021-2023-so-nganh', 'ntm-so-ket-2021-2023-tham-luan', 'ntm-tong-ket-2010-2020',
      ].sort(),
    );
  });

  test('every pack carries a version, sources, a period and the due dates its guidance sets (nq04\'s Kết luận sets none: 30/6/2025 dates the dossier, a deadline)', () => {
    for (const p of builtinPacks()) {
      expect(p.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(p.sources.length).toBeGreaterThan(0);
      expect(p.period.from <= p.period.to).toBe(true);
      expect(p.due.length > 0).toBe(p.id !== 'nq04-ket-luan-ha-tinh');
    }
    expect(builtinPacks().find((p) => p.id === 'nq04-ket-luan-ha-tinh')!.deadlines.map((d) => d.date)).toEqual(['2025-06-30']);
  });

  test('periods and due dates follow the seeds', () => {
    const by = (id: string) => builtinPacks().find((p) => p.id === id)!;
    expect(by('nq16-so-ket-3-nam').period).toMatchObject({ from: '2021-01-01', to: '2024-06-30' });
    expect(by('nq16-so-ket-3-nam').due.map((d) => d.date)).toEqual(['2024-08-15']);
    expect(by('ntm-tong-ket-2010-2020').period).toMatchObject({ from: '2010-12-31', to: '2019-06-30' });
    expect(by('ntm-tong-ket-2010-2020').due).toEqual([
      expect.objectContaining({ date: '2019-08-01', levels: ['huyen'] }),
      expect.objectContaining({ date: '2019-09-30', levels: ['tinh'] }),
    ]);
    for (const id of ['ntm-so-ket-2021-2023-dia-phuong', 'ntm-so-ket-2021-2023-so-nganh']) {
      expect(by(id).period.to).toBe('2023-12-31');
      expect(by(id).due[0].date).toBe('2023-11-15');
    }
    expect(by('ntm-so-ket-2021-2023-tham-luan').due[0].date).toBe('2023-11-30');
  });

  test('the commune report of 2021-2023 alone must cover Điều 8 Nghị định 27/2022/NĐ-CP', () => {
    const p = builtinPacks().find((x) => x.id === 'ntm-so-ket-2021-2023-dia-phuong')!;
    const s = p.outline.find((x) => /Điều 8 Nghị định số 27\/2022\/NĐ-CP/.test(x.title));
    expect(s?.levels).toEqual(['xa']);
  });

  test('nq04 keeps the seed baseline figures and records its two arithmetic slips', () => {
    const p = builtinPacks().find((x) => x.id === 'nq04-ket-luan-ha-tinh')!;
    expect(p.outline.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const b = p.baselines.find((x) => x.value === 1205)!;
    expect(b.total).toBe(1512);
    expect(b.written).toContain('79,9%');
    expect(b.note).toContain('79,7%');
    expect(p.baselines.find((x) => x.value === 69)!.note).toContain('40,6%');
    const t = Object.fromEntries(p.indicators.map((i) => [i.id, i.target]));
    expect(t['xa-dat-chuan-2021-2025']).toMatchObject({ comparator: 'at-least', value: 100 });
    expect(t['xa-nang-cao']).toMatchObject({ comparator: 'at-least', value: 75 });
    expect(t['xa-kieu-mau']).toMatchObject({ comparator: 'at-least', value: 22 });
    expect(t['don-vi-cap-huyen']).toMatchObject({ comparator: 'count-of-total', count: 12, total: 12 });
    expect(t['huyen-nang-cao']).toMatchObject({ comparator: 'at-least', value: 2 });
    expect(p.deadlines[0].date).toBe('2025-06-30');
  });

  test('section ids are unique within each pack', () => {
    for (const p of builtinPacks()) {
      const ids: string[] = [];
      const walk = (l: Section[]) => l.forEach((s) => (ids.push(s.id), walk(s.children)));
      walk(p.outline);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('the pack a report is written to, from its title', () => {
  const titled = (title: string, unit: string) =>
    doc(`ỦY BAN NHÂN DÂN\n${unit}\nSố: 128/BC-UBND\nBÁO CÁO\n${title}\n# I. KẾT QUẢ\nNội dung.`);
  test.each([
    ['Sơ kết 03 năm thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2023 trên địa bàn xã Hựu Thành', 'XÃ HỰU THÀNH', 'ntm-so-ket-2021-2023-dia-phuong'],
    ['Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới', 'HUYỆN HẢI LĂNG', 'nq16-so-ket-3-nam'],
  ])('"%s" (%s) is read with %s', (title, unit, id) => {
    expect(identifyPack(builtinPacks(), titled(title, unit))?.pack.id).toBe(id);
  });

  test('a Sở whose title names only its criteria is read by the plan it answers ("sơ kết 03 năm" is the keyword "sơ kết 3 năm")', () => {
    const d = doc(
      'UBND TỈNH ĐỒNG THÁP\nSỞ CÔNG THƯƠNG\nSố: 96/BC-SCT\nBÁO CÁO\nKết quả thực hiện tiêu chí số 4 về Điện giai đoạn 2021-2023\n' +
        'Căn cứ Kế hoạch số 18/KH-BCĐ của Ban Chỉ đạo tỉnh về tổ chức sơ kết 03 năm thực hiện Chương trình MTQG xây dựng nông thôn mới, Sở Công Thương báo cáo như sau:\n# I. KẾT QUẢ\nNội dung.',
    );
    expect(identifyPack(builtinPacks(), d)?.pack.id).toBe('ntm-so-ket-2021-2023-so-nganh');
    // the padded year-free count is not read into other numbers: "2021-2023" and "10,5" stay as they are
    const plain = doc('UBND TỈNH ĐỒNG THÁP\nSỞ CÔNG THƯƠNG\nBÁO CÁO\nKết quả thực hiện tiêu chí số 4 về Điện\n# I. KẾT QUẢ\nNội dung.');
    expect(identifyPack(builtinPacks(), plain)).toBeUndefined();
  });

  test('two packs whose words fit the head alike: the one whose title pattern stands first (the title, not a body paragraph that recalls "giai đoạn 2010-2020")', () => {
    const d = doc(
      'UBND TỈNH QUẢNG NAM\nUBND HUYỆN NÔNG SƠN\nBÀI THAM LUẬN\nKết quả thực hiện Chương trình nông thôn mới trên địa bàn huyện Nông Sơn trong 3 năm (2021-2023)\n(Tại Hội nghị sơ kết 3 năm Chương trình MTQG xây dựng nông thôn mới tỉnh Quảng Nam)\n' +
        '# I. Kết quả thực hiện\nKết thúc giai đoạn 2010-2020, huyện có 3 xã đạt chuẩn nông thôn mới.\n# II. Nhiệm vụ, giải pháp\nNội dung.\n# III. Những tồn tại, hạn chế\nNội dung.\n# IV. Kiến nghị, đề xuất\nNội dung.',
    );
    expect(identifyPack(builtinPacks(), d)?.pack.id).toBe('ntm-so-ket-2021-2023-tham-luan');
  });

  test('the head is read up to the body\'s first part: a word of another pack\'s title in the body ("… được chọn làm điển hình tham luận tại Hội nghị") names no pack (session 23, cu05)', () => {
    const d = doc('ỦY BAN NHÂN DÂN\nHUYỆN QUẾ SƠN\nSố: 412/BC-UBND\nBÁO CÁO\nSơ kết 3 năm (2021-2023) thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện Quế Sơn\n# I. ĐÁNH GIÁ KẾT QUẢ CÔNG TÁC TỔ CHỨC, TRIỂN KHAI\nNội dung có 12 xã.\n# II. KẾT QUẢ THỰC HIỆN BỘ TIÊU CHÍ\nToàn huyện có 14/96 thôn đạt chuẩn thôn kiểu mẫu. Thôn Phước Dương được chọn làm điển hình tham luận tại Hội nghị sơ kết cấp tỉnh.');
    expect(identifyPack(builtinPacks(), d)?.pack.id).toBe('ntm-so-ket-2021-2023-dia-phuong');
  });

  test('a title two packs share, the level not telling them apart: the headings decide when they follow one outline clearly better (session 23, cf06)', () => {
    // (an issuer whose level is not read from its header: the title "Sơ kết 3 năm (2021-2023)" is a district's and a department's)
    const head = 'UBND TỈNH QUẢNG NAM\nHỘI ĐỒNG QUẢN LÝ\nSố: 96/BC-HĐQL\nBÁO CÁO\nSơ kết 3 năm (2021-2023) thực hiện nội dung phát triển kinh tế hợp tác trong Chương trình mục tiêu quốc gia xây dựng nông thôn mới\n';
    const sở = doc(head + '# I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC PHÂN CÔNG GIAI ĐOẠN 2021-2023\nNội dung có 12 hợp tác xã.\n# II. NHỮNG TỒN TẠI, HẠN CHẾ, VƯỚNG MẮC\nNội dung.\n# III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN TRONG THỜI GIAN ĐẾN (2024-2025)\nNội dung.\n# IV. KIẾN NGHỊ, ĐỀ XUẤT\nNội dung.');
    expect(identifyPack(builtinPacks(), sở)?.pack.id).toBe('ntm-so-ket-2021-2023-so-nganh');
    // (… and a district's outline under the same title stays the district's)
    const huyện = doc(head.replace('HỘI ĐỒNG QUẢN LÝ', 'UBND HUYỆN ĐẠI LỘC') + '# I. Đánh giá kết quả công tác tổ chức, triển khai thực hiện Chương trình\nNội dung.\n# II. Kết quả thực hiện các Bộ tiêu chí\nNội dung.\n# III. Kết quả huy động nguồn lực\nNội dung.\n# IV. Nhiệm vụ, giải pháp\nNội dung.\n# V. Kiến nghị\nNội dung.');
    expect(identifyPack(builtinPacks(), huyện)?.pack.id).toBe('ntm-so-ket-2021-2023-dia-phuong');
  });

  test('a title that names no pack: the pack whose outline the headings follow, said to be chosen so; none when two packs fit alike', () => {
    // the writer's own title ("Kết luận số 04-KL/TU" for the Kết luận on Nghị quyết 04), the Kết luận's eight tasks as headings
    const d = doc(nq04Untitled());
    const found = identifyPack(builtinPacks(), d);
    expect([found?.pack.id, found?.by]).toEqual(['nq04-ket-luan-ha-tinh', 'outline']);
    // the title alone names it: chosen by the title
    const titled = doc(nq04Untitled(NQ04_TASKS, 'Nội dung.', NQ04_UNTITLED_HEAD.replace('Kết luận số 04-KL/TU', 'Kết luận về tiếp tục thực hiện Nghị quyết số 04-NQ/TU')));
    expect(identifyPack(builtinPacks(), titled)?.by).toBe('title');
    // three of the eight tasks are not enough to say which plan the report answers
    expect(identifyPack(builtinPacks(), doc(nq04Untitled(NQ04_TASKS.slice(0, 3), 'Nội dung.')))).toBeUndefined();
    // a Sở's four parts fit the Sở's plan and the tham luận's alike, and the title says neither
    const four = doc('UBND TỈNH BÌNH ĐỊNH\nSỞ Y TẾ\nBÁO CÁO\nKết quả thực hiện tiêu chí Y tế\n# I. Kết quả đạt được\nNội dung có 12 trạm.\n# II. Tồn tại, hạn chế, nguyên nhân\nNội dung có 3 trạm.\n# III. Nhiệm vụ, giải pháp\nNội dung có 4 trạm.\n# IV. Kiến nghị, đề xuất\nNội dung có 5 trạm.');
    expect(identifyPack(builtinPacks(), four)).toBeUndefined();
    // a report on another subject with the usual four parts follows no pack of the programme
    const other = doc('UBND XÃ TAM LÃNH\nSố: 45/BC-UBND\nBÁO CÁO\nKết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023\n# I. Kết quả đạt được\nXã tổ chức 3 đợt diễn tập.\n# II. Tồn tại, hạn chế\nCòn 2 thôn thiếu nhà chống bão.\n# III. Nhiệm vụ, giải pháp\nMua thêm 4 xuồng.\n# IV. Kiến nghị, đề xuất\nĐề nghị huyện hỗ trợ 120 triệu đồng.');
    expect(identifyPack(builtinPacks(), other)).toBeUndefined();
  });
});
