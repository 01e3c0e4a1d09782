import { ruleTester, type Gap } from './tester';
import { MET, outline, results } from '../doc';

/** One sentence per chương trình chuyên đề of nq16 2.3, as offices write them. */
const T = {
  ocop: 'Chương trình OCOP: toàn huyện có 45 sản phẩm đạt 3 sao trở lên.',
  so: 'Chuyển đổi số trong xây dựng nông thôn mới: 100% xã có cổng thông tin điện tử.',
  mt: 'Về môi trường, an toàn thực phẩm và cấp nước sạch nông thôn: đã thu gom, xử lý rác thải tại 18/18 xã.',
  dl: 'Phát triển du lịch nông thôn: hình thành 03 điểm du lịch cộng đồng.',
  kh: 'Ứng dụng khoa học và công nghệ: chuyển giao 12 mô hình sản xuất.',
  an: 'An ninh, trật tự xã hội nông thôn được giữ vững.',
};
const all = Object.values(T);
const without = (...drop: string[]) => all.filter((s) => !drop.includes(s)).join('\n');

ruleTester('missing-topic', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: 'the builder names all six programmes' },
    { name: 'each programme in a sentence of its own', extra: { 'p1.iii.2.3': all.join('\n') } },
    {
      name: 'OCOP written out ("mỗi xã một sản phẩm"), chuyển đổi số as "nông thôn mới thông minh"',
      extra: { 'p1.iii.2.3': without(T.ocop, T.so) + '\nChương trình mỗi xã một sản phẩm có 45 sản phẩm được công nhận.\nXây dựng 02 xã nông thôn mới thông minh.' },
    },
    { name: 'the programmes under sub-headings of the writer\'s own', extra: { 'p1.iii.2.3': all.map((s, i) => `**${String.fromCharCode(97 + i)}) ${s.split(':')[0]}**\n${s}`).join('\n') } },
    { name: 'the section missing: missing-section says it, not missing-topic', drop: ['p1.iii.2.3'] },
    {
      name: 'the two phases compared ("So với giai đoạn 2010 - 2015, giai đoạn 2016 - 6/2019 …")',
      pack: 'ntm-tong-ket-2010-2020', level: 'tinh',
      src: outline('ntm-tong-ket-2010-2020', { '1-1.ket-qua': 'Đến 30/6/2019, toàn tỉnh có 52/89 xã đạt chuẩn nông thôn mới (58,4%).\nSo với giai đoạn 2010 - 2015, giai đoạn 2016 - 6/2019 có thêm 31 xã đạt chuẩn, cơ chế hỗ trợ được ban hành đồng bộ hơn.' }),
    },
    { name: 'the section empty: empty-section says it, not missing-topic', extra: { 'p1.iii.2.3': '' } },
  ],
  invalid: [
    {
      name: 'the impact told as people "phấn khởi, đồng thuận" taking part: no word of their satisfaction (as ntl06 is labelled; a rating "đánh giá tốt" tried as the topic\'s word in session 45 and backed out: any subject\'s rating, a team\'s, a department\'s — review-45b F3–F5, review-45c H4)',
      pack: 'ntm-tong-ket-2010-2020', level: 'huyen',
      src: outline('ntm-tong-ket-2010-2020', { '1-1.tac-dong': 'Tác động lan tỏa rõ nét là vai trò chủ thể của người dân được phát huy, người dân phấn khởi, đồng thuận tham gia xây dựng nông thôn mới.' }),
      expect: { count: 1, sections: ['1-1.tac-dong'], snippets: ['Sự hài lòng của người dân'] },
    },
    {
      name: 'the digital "tổ công nghệ số" is chuyển đổi số: khoa học công nghệ still not mentioned',
      pack: 'ntm-so-ket-2021-2023-dia-phuong', level: 'xa',
      src: outline('ntm-so-ket-2021-2023-dia-phuong', { 'chuong-trinh-chuyen-de': ['Chương trình OCOP: xã có 03 sản phẩm đạt 3 sao.', 'Môi trường: thu gom rác thải tại 10/10 thôn.', 'Du lịch nông thôn: đón 2.500 lượt du khách.', 'Chuyển đổi số: thành lập 10 tổ công nghệ số cộng đồng ở thôn.'].join('\n') }),
      expect: { count: 1, sections: ['chuong-trinh-chuyen-de'], snippets: ['Khoa học công nghệ'] },
    },
    {
      name: 'the programme\'s whole span named ("giai đoạn 2010 - 6/2019") but the two phases never compared',
      pack: 'ntm-tong-ket-2010-2020', level: 'tinh',
      src: outline('ntm-tong-ket-2010-2020', { '1-1.ket-qua': 'Sau gần 10 năm, đến ngày 30/6/2019, toàn tỉnh có 52/89 xã đạt chuẩn nông thôn mới (58,4%).\nTổng nguồn lực huy động giai đoạn 2010 - 6/2019 là 24.315 tỷ đồng.' }),
      expect: { count: 1, sections: ['1-1.ket-qua'], snippets: ['So sánh giai đoạn 2016 - 2020 với giai đoạn 2010 - 2015'] },
    },
    {
      name: 'five of six: du lịch nông thôn never mentioned',
      extra: { 'p1.iii.2.3': without(T.dl) },
      expect: { count: 1, sections: ['p1.iii.2.3'], snippets: ['Phát triển du lịch nông thôn'], severity: 'warning' },
    },
    {
      name: 'only OCOP and chuyển đổi số: the other four are missing',
      extra: { 'p1.iii.2.3': `${T.ocop}\n${T.so}` },
      expect: { count: 4, snippets: ['Môi trường, an toàn thực phẩm, cấp nước sạch nông thôn', 'Phát triển du lịch nông thôn', 'Khoa học và công nghệ', 'An ninh, trật tự xã hội nông thôn'] },
    },
    {
      name: 'a general sentence that names none of them',
      extra: { 'p1.iii.2.3': 'Đã triển khai đồng bộ 06 chương trình chuyên đề trong xây dựng nông thôn mới, đạt nhiều kết quả tích cực.' },
      expect: { count: 6, sections: Array(6).fill('p1.iii.2.3') },
    },
    {
      name: 'a programme mentioned only in another section does not count for 2.3',
      extra: { 'p1.iii.2.3': without(T.an), 'p1.iii.2.4.7': 'An ninh, trật tự xã hội nông thôn được giữ vững, không để xảy ra điểm nóng.' },
      expect: { count: 1, snippets: ['An ninh, trật tự xã hội nông thôn'] },
    },
  ],
});

export const KNOWN_GAPS: Gap[] = [];
