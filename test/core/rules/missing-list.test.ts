import { ruleTester, type Gap } from './tester';
import { MET, results } from '../doc';

const PROSE = 'Đã ban hành nhiều văn bản chỉ đạo kịp thời, sát thực tế.';

ruleTester('missing-list', {
  defaults: { level: 'huyen', extra: results(MET) },
  valid: [
    { name: 'the list\'s table with one entry after its header (beside walk59, item 2)', extra: { 'p1.ii.2': `${PROSE}\n| TT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n| 1 | 25-KH/HU | 12/3/2022 | Kế hoạch thực hiện Nghị quyết |\n| 2 |  |  |  |` } },
    { name: 'an item run into its text, the reference to the appendix in that text ("**1. Học tập, quán triệt, tuyên truyền:** … Chi tiết số lớp, số người tại Phụ lục 02 kèm theo.") (session 35, py02)', drop: ['p1.ii.1'], extra: { ...results(MET), 'p1.ii': '**1. Công tác học tập, quán triệt, tuyên truyền:** Đảng ủy tổ chức 01 hội nghị quán triệt cho 48 cán bộ chủ chốt; 14/14 chi bộ học tập trong sinh hoạt chi bộ. Chi tiết số lớp, số người tại Phụ lục 02 kèm theo.' } },
    { name: 'the list sent to an attached danh mục named at length in a bracket ("(có danh mục số lớp, số lượng học viên kèm theo)") (session 23, cv02)', extra: { ...results(MET), 'p1.ii.1': 'Từ năm 2022 đến 30/6/2024 toàn xã tổ chức 24 lớp, hội nghị với 1.186 lượt đảng viên, cán bộ, công chức tham dự (có danh mục số lớp, số lượng học viên kèm theo).' } },
    { name: 'a complete report (both danh mục present as tables)' },
    { name: 'the list sent to an attached danh mục in other words ("có danh mục văn bản kèm theo")', extra: { ...results(MET), 'p1.ii.2': 'Sở đã tham mưu ban hành 18 văn bản (có danh mục văn bản kèm theo).' } },
    {
      name: 'a table whose caption names the list, in other columns',
      extra: { 'p1.ii.2': `Đã ban hành các văn bản chỉ đạo.
Danh mục văn bản chỉ đạo thực hiện Nghị quyết
| TT | Cơ quan | Nội dung |
| 1 | Huyện ủy | Kế hoạch thực hiện |` },
    },
    {
      name: 'a table with the expected columns',
      extra: { 'p1.ii.2': `Đã ban hành các văn bản.\n| TT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n| 1 | 25-KH/HU | 12/3/2022 | Kế hoạch thực hiện |` },
    },
    { name: 'a typed list of two or more items', extra: { 'p1.ii.2': 'Đã ban hành các văn bản.\n- Kế hoạch số 25-KH/HU\n- Chương trình hành động số 12\n- Quyết định số 318' } },
    { name: 'a reference to the appendix', extra: { 'p1.ii.2': 'Đã ban hành các văn bản.\nCác văn bản đã ban hành (có danh mục tại Phụ lục 2 kèm theo).' } },
    { name: 'a reference to a danh mục kèm theo', extra: { 'p1.ii.2': `${PROSE}\nĐã ban hành 25 văn bản chỉ đạo (có danh mục kèm theo).` } },
    { name: 'list items numbered by Word (no marker in the text)', extra: { 'p1.ii.2': `${PROSE}\n{list} Kế hoạch số 25-KH/HU ngày 12/3/2022 thực hiện Nghị quyết.\n{list} Chương trình hành động số 12-CTr/HU ngày 20/3/2022.` } },
    {
      name: 'the lớp quán triệt as a table with its own column names',
      extra: { 'p1.ii.1': 'Đã tổ chức quán triệt Nghị quyết đến toàn thể cán bộ, đảng viên.\n| TT | Lớp quán triệt | Số lượt người tham dự |\n| 1 | Cấp huyện | 350 |\n| 2 | Cấp xã | 1.200 |' },
    },
  ],
  invalid: [
    { name: 'the list\'s table left as the outline inserted it, its header and a blank numbered row: it lists nothing (walk59, item 2)', extra: { 'p1.ii.2': `${PROSE}\n| TT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n| 1 |  |  |  |` }, expect: { count: 1, sections: ['p1.ii.2'] } },
    { name: '… but a bracket that says there is none is no list ("(chưa có danh mục số lớp kèm theo)" is not attached) (session 23)', extra: { 'p1.ii.1': 'Đã tổ chức 24 lớp, hội nghị với 1.186 lượt tham dự; danh mục số lớp chưa lập.' }, expect: { sections: ['p1.ii.1'] } },
    { name: 'a section that must carry a danh mục has only prose', extra: { 'p1.ii.2': PROSE }, expect: { sections: ['p1.ii.2'], severity: 'error' } },
    { name: 'the lớp quán triệt told in prose only', extra: { 'p1.ii.1': 'Đã tổ chức 15 lớp quán triệt cho 1.200 lượt cán bộ, đảng viên.' }, expect: { sections: ['p1.ii.1'] } },
    {
      name: 'both sections without their danh mục, in report order',
      extra: { 'p1.ii.1': 'Đã tổ chức 15 lớp quán triệt cho 1.200 lượt cán bộ, đảng viên.', 'p1.ii.2': PROSE },
      expect: { sections: ['p1.ii.1', 'p1.ii.2'] },
    },
    { name: 'a "list" of one item is not a list', extra: { 'p1.ii.2': `${PROSE}\n- Kế hoạch số 25-KH/HU ngày 12/3/2022.` }, expect: { sections: ['p1.ii.2'] } },
  ],
});

export const KNOWN_GAPS: Gap[] = [];
