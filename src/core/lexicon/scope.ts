/** Whose figure it is: the reporting unit's, or the country's, a region's, another place's. */
import { phraseSet } from './phrases';

export const SCOPE_WIDER = phraseSet({
  name: 'scope-wider',
  description: 'The figure belongs to the whole country or a region: context, never the unit\'s result.',
  phrases: [
    'cả nước', 'toàn quốc', 'trên cả nước', 'các tỉnh', 'các tỉnh thành', 'tỉnh thành', 'các địa phương trong cả nước',
    'bình quân chung cả nước', 'vùng đồng bằng', 'đồng bằng sông hồng', 'đồng bằng sông cửu long', 'vùng bắc trung bộ',
    'bắc trung bộ', 'duyên hải nam trung bộ', 'duyên hải miền trung', 'tây nguyên', 'trung du và miền núi', 'miền núi phía bắc',
    'đông nam bộ', 'tây nam bộ', 'các vùng miền', 'các vùng kinh tế', 'vùng kinh tế', 'các nước', 'thế giới', 'bộ lđtbxh', 'bộ lao động', 'bộ nông nghiệp', 'bộ nn&ptnt',
    'tổng cục thống kê', 'ban chỉ đạo trung ương', 'bộ y tế', 'bộ tài chính', 'bộ kế hoạch', 'bộ xây dựng', 'bộ giáo dục', 'bộ giao thông',
    'bộ tài nguyên', 'bộ công thương', 'bộ văn hóa', 'bộ khoa học', 'bộ nông nghiệp và môi trường', 'bộ nn và ptnt', 'văn phòng điều phối nông thôn mới trung ương',
  ],
  examples: {
    hit: ['Cả nước có 6.041 xã đạt chuẩn nông thôn mới', 'vùng Bắc Trung Bộ đạt 78%', 'toàn quốc đạt 73,3%'],
    miss: ['Toàn huyện có 12 xã đạt chuẩn', 'các vùng sản xuất tập trung như lúa chất lượng cao', 'trên địa bàn tỉnh', 'ngân sách trung ương 320 tỷ đồng', 'Chương trình mục tiêu quốc gia', 'khu vực nông thôn', 'vùng đồng bào dân tộc thiểu số'],
  },
});

export const COMPARED_WITH = phraseSet({
  name: 'compared-with',
  description: 'A place named only to compare with: "cao hơn mức bình quân chung của tỉnh (69,8%)" — it owns the figure right after it, nothing further.',
  phrases: ['cao hơn', 'thấp hơn', 'so với', 'so sánh với', 'bằng', 'gấp', 'vượt', 'kém', 'hơn', 'xếp thứ', 'đứng thứ', 'dẫn đầu'],
  examples: { hit: ['cao hơn mức bình quân chung của tỉnh', 'so với bình quân của tỉnh'], miss: ['toàn tỉnh có 41 xã'] },
});
