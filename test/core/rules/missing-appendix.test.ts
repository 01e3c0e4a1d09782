import { ruleTester, type Gap } from './tester';
import { MET, nq16, results } from '../doc';

/** The complete report with its closing appendix line replaced (and sections filled with `extra`). */
const closing = (line: string, extra: Record<string, string> = {}) => nq16({ ...results(MET), ...extra }).replace('(Đính kèm các phụ lục)', line);

ruleTester('missing-appendix', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: '"(Gửi kèm 02 phụ lục: số liệu các chỉ tiêu chủ yếu và danh mục công trình …)" (session 21, au06)', src: closing('(Gửi kèm 02 phụ lục: số liệu các chỉ tiêu chủ yếu và danh mục công trình đầu tư giai đoạn 2021 - 6/2024)') },
    { name: '"(Đính kèm các phụ lục)" at the end' },
    { name: 'an attached appendix: "Phụ lục I"', src: closing('Phụ lục I') },
    { name: '"Có các phụ lục kèm theo báo cáo này."', src: closing('Có các phụ lục kèm theo báo cáo này.') },
    { name: '"(Kèm theo Phụ lục số liệu)"', src: closing('(Kèm theo Phụ lục số liệu)') },
    { name: 'an attached appendix with its title: "PHỤ LỤC 01: Danh mục văn bản"', src: `${closing('')}\nPHỤ LỤC 01: DANH MỤC VĂN BẢN CHỈ ĐẠO` },
    { name: 'referred to in the text: "chi tiết tại Phụ lục II"', src: closing('', { 'p1.iii.2.5': 'Tổng nguồn lực huy động 520 tỷ đồng (chi tiết tại Phụ lục II).' }) },
    { name: '"Phụ lục số 01 kèm theo"', src: closing('(Phụ lục số 01 kèm theo)') },
  ],
  invalid: [
    { name: 'neither attached nor referred to', src: closing(''), expect: { count: 1, severity: 'warning' } },
    { name: 'a xã report with no appendix line', src: closing(''), level: 'xa', expect: { count: 1 } },
    { name: 'the closing line says nothing of appendices', src: closing('Trên đây là báo cáo sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU.'), expect: { count: 1 } },
  ],
});

export const KNOWN_GAPS: Gap[] = [
  {
    kind: 'invalid',
    name: 'the appendix is promised, not sent: "(Phụ lục sẽ gửi sau)"', src: closing('(Phụ lục số liệu sẽ gửi sau)'), expect: { count: 1 },
    engine: 'no finding: "Phụ lục số" matches APPENDIX_REFERENCE; a promise to send the appendix later counts as referring to it',
  },
  {
    kind: 'invalid',
    name: 'an appendix of another document ("Phụ lục kèm theo Quyết định số 318/QĐ-TTg") is not the report\'s', src: closing('', { 'p1.iii.2.6': 'Thực hiện Bộ tiêu chí ban hành tại Phụ lục kèm theo Quyết định số 318/QĐ-TTg của Thủ tướng Chính phủ, toàn huyện đã rà soát các tiêu chí.' }), expect: { count: 1 },
    engine: 'no finding: "Phụ lục kèm theo" matches APPENDIX_REFERENCE wherever it stands, even for another document\'s appendix',
  },
  {
    kind: 'invalid',
    name: '"(không có phụ lục)" says there is none', src: closing('(Báo cáo không có phụ lục kèm theo)'), expect: { count: 1 },
    engine: 'no finding: "có phụ lục" is found inside "không có phụ lục"; the negation is not seen',
  },
];
