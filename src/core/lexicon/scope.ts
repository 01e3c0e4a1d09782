/** Whose figure it is: the reporting unit's, or the country's, a region's, another place's. */
import { phraseSet } from './phrases';

export const SCOPE_WIDER = phraseSet({
  name: 'scope-wider',
  description: 'The figure belongs to the whole country or a region: context, never the unit\'s result.',
  phrases: [
    'cả nước', 'toàn quốc', 'trên cả nước', 'các tỉnh', 'các tỉnh thành', 'tỉnh thành', 'các địa phương trong cả nước',
    'bình quân chung cả nước', 'đồng bằng sông hồng', 'đồng bằng bắc bộ', 'đồng bằng nam bộ', 'đồng bằng sông cửu long', 'vùng bắc trung bộ',
    'bắc trung bộ', 'duyên hải nam trung bộ', 'duyên hải miền trung', 'tây nguyên', 'trung du và miền núi', 'miền núi phía bắc',
    'đông nam bộ', 'tây nam bộ', 'các vùng miền', 'các vùng kinh tế', 'vùng kinh tế', 'các nước', 'trên thế giới', 'toàn thế giới', 'của thế giới', 'bình quân thế giới', 'trung bình thế giới', 'bộ lđtbxh', 'bộ lao động', 'bộ nông nghiệp', 'bộ nn&ptnt',
    'tổng cục thống kê', 'ban chỉ đạo trung ương', 'bộ y tế', 'bộ tài chính', 'bộ kế hoạch', 'bộ xây dựng', 'bộ giáo dục', 'bộ giao thông',
    'bộ tài nguyên', 'bộ công thương', 'bộ văn hóa', 'bộ khoa học', 'bộ nông nghiệp và môi trường', 'bộ nn và ptnt', 'văn phòng điều phối nông thôn mới trung ương',
  ],
  // (a lowland is a region of the country only by its river's or its part's name, "vùng Đồng bằng sông Hồng", "đồng bằng Bắc Bộ" — review-43
  // C15–C17; alone, "289 thôn vùng đồng bằng, ven biển", it is the lowland of the unit itself — session 43, nvj05)
  // (the world is a scope only as a place — "trên thế giới", "của thế giới" —, not as a word of a name: "vốn vay Ngân hàng Thế giới", "Tổ chức
  // Y tế Thế giới", "di sản văn hóa và thiên nhiên thế giới", "Làng du lịch tốt nhất thế giới")
  examples: {
    hit: ['Cả nước có 6.041 xã đạt chuẩn nông thôn mới', 'tỷ lệ che phủ rừng trên thế giới khoảng 31%', 'vùng Bắc Trung Bộ đạt 78%', 'toàn quốc đạt 73,3%', 'vùng Đồng bằng sông Hồng đạt 92%', 'vùng đồng bằng Bắc Bộ đạt 95,6%'],
    miss: ['Toàn huyện có 12 xã đạt chuẩn', 'vốn vay Ngân hàng Thế giới 142,8 tỷ đồng', 'Tổ chức Y tế Thế giới khuyến cáo', 'di sản văn hóa và thiên nhiên thế giới', 'được Tổ chức Du lịch Thế giới công nhận là Làng du lịch tốt nhất thế giới', 'các vùng sản xuất tập trung như lúa chất lượng cao', 'trên địa bàn tỉnh', 'ngân sách trung ương 320 tỷ đồng', 'Chương trình mục tiêu quốc gia', 'khu vực nông thôn', 'vùng đồng bào dân tộc thiểu số', '289 thôn vùng đồng bằng, ven biển'],
  },
});

export const COMPARED_WITH = phraseSet({
  name: 'compared-with',
  description: 'A place named only to compare with: "cao hơn mức bình quân chung của tỉnh (69,8%)" — it owns the figure right after it, nothing further.',
  phrases: ['cao hơn', 'thấp hơn', 'so với', 'so sánh với', 'bằng', 'gấp', 'vượt', 'kém', 'hơn', 'xếp thứ', 'đứng thứ', 'dẫn đầu'],
  examples: { hit: ['cao hơn mức bình quân chung của tỉnh', 'so với bình quân của tỉnh'], miss: ['toàn tỉnh có 41 xã'] },
});

export const NORM_OWNER = phraseSet({
  name: 'norm-owner',
  description: 'A standard, a plan, a rule or a group that a place owns: "theo chuẩn nghèo đa chiều của tỉnh" says whose standard the figure is measured by, "thuộc nhóm xã dưới 15 tiêu chí của huyện" whose list the commune was in, not whose figure it is.',
  phrases: ['theo chuẩn', 'chuẩn nghèo', 'theo tiêu chí', 'bộ tiêu chí', 'theo quy định', 'theo hướng dẫn', 'theo quyết định', 'theo kế hoạch', 'theo nghị quyết', 'theo chỉ đạo', 'theo chủ trương', 'theo đề án', 'theo phương án', 'chương trình hành động', 'thuộc nhóm', 'thuộc diện', 'trong danh sách', 'thuộc danh sách'],
  examples: {
    hit: ['Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh giảm còn 0,35%', 'đạt 19 tiêu chí theo Bộ tiêu chí của tỉnh', 'theo kế hoạch của huyện', 'năm 2021 xã mới đạt 14/19 tiêu chí, thuộc nhóm xã dưới 15 tiêu chí của huyện', 'Chương trình hành động của tỉnh đề ra tỷ lệ … đạt 95%'],
    miss: ['Tỷ lệ hộ nghèo của tỉnh giảm còn 2,1%', 'bình quân chung của tỉnh'],
  },
});

export const AUTHORITY = phraseSet({
  name: 'authority',
  description: 'A body that acts on the unit, right before "của tỉnh", "của huyện": the place is the body\'s, not whose figure it is ("xã Hậu Lộc đã được Đoàn thẩm định của tỉnh thống nhất đề nghị công nhận, nâng tổng số lên 10/16 xã").',
  phrases: ['đoàn thẩm định', 'hội đồng thẩm định', 'đoàn kiểm tra', 'đoàn công tác', 'đoàn giám sát', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'ubnd', 'ban chỉ đạo', 'văn phòng điều phối', 'chủ tịch', 'thường trực', 'ban thường vụ', 'sở', 'các sở, ngành'],
  examples: { hit: ['Đoàn thẩm định', 'được UBND'], miss: ['toàn', 'bình quân'] },
});

export const PLACES_LIST_LEAD = phraseSet({
  name: 'places-list-lead',
  description: 'Words between a place noun and the names it lists: "hai huyện lân cận là Can Lộc và Nghi Xuân", "các xã còn lại gồm …".',
  phrases: ['lân cận', 'giáp ranh', 'bạn', 'khác', 'còn lại'],
  examples: { hit: ['huyện lân cận', 'các xã còn lại'], miss: ['huyện Can Lộc'] },
});

export const RANKING = phraseSet({
  name: 'ranking',
  description: 'Words right before "toàn tỉnh", "toàn huyện" that rank a part within the unit: the whole is what it is ranked in, not whose figure follows ("Thành phố Kon Tum dẫn đầu toàn tỉnh với 11/11 xã đạt chuẩn").',
  phrases: ['dẫn đầu', 'đứng đầu', 'cao nhất', 'thấp nhất', 'xếp thứ nhất', 'xếp đầu', 'đứng cuối', 'xếp cuối', 'dẫn đầu trong', 'cao nhất trong', 'thấp nhất trong', 'đứng đầu trong'],
  examples: { hit: ['Thành phố Kon Tum dẫn đầu ', 'là huyện có tỷ lệ cao nhất trong '], miss: ['Đến nay, ', 'của '] },
});

export const ALL_OF_UNIT = phraseSet({
  name: 'all-of-unit',
  description: 'Words that make a count of places all of the unit\'s: "18 xã trên địa bàn huyện có 98/112 thôn" speaks of the unit, not of some of its communes.',
  phrases: ['trên địa bàn', 'toàn', 'của huyện', 'của tỉnh', 'của xã', 'của thị xã', 'của thành phố'],
  examples: { hit: ['18 xã trên địa bàn huyện có', 'toàn bộ 12 xã'], miss: ['03 xã bãi ngang ven biển có'] },
});

export const OFFICE_NAME = phraseSet({
  name: 'office-name',
  description: 'Capitalised words that open the name of an office or a post, not of a place: after "huyện Hải Lăng," or "là", they end a list of places ("huyện Hải Lăng, Ban Chỉ đạo …", "UBND huyện là Trưởng Ban Chỉ đạo").',
  phrases: ['ban', 'phòng', 'sở', 'phó', 'trưởng', 'chủ tịch', 'chủ nhiệm', 'ủy ban', 'uỷ ban', 'ubnd', 'hđnd', 'văn phòng', 'hội', 'đảng', 'đảng ủy', 'đảng uỷ', 'mặt trận', 'trung tâm', 'ngân hàng', 'công ty', 'hợp tác xã', 'trường', 'bí thư', 'thường trực', 'đoàn', 'chi cục', 'cục', 'bộ', 'tổ', 'nhân dân', 'nhà nước', 'quỹ', 'chương trình', 'nghị quyết', 'kế hoạch', 'quyết định'],
  examples: { hit: ['Ban Chỉ đạo', 'Phòng Nông nghiệp', 'Trưởng Ban', 'Phó Chủ tịch'], miss: ['Can Lộc', 'Nghi Xuân', 'Thống Nhất'] },
});

export const FORMER_PLACE = phraseSet({
  name: 'former-place',
  description: 'Said right after a place\'s name: the place as it was before the 2025 merger ("tỉnh Quảng Nam (cũ)", "xã Bình An (cũ)") — now a part of a merged unit.',
  phrases: ['(cũ)', 'cũ', '(trước sáp nhập)', '(trước hợp nhất)', 'trước sáp nhập', 'trước hợp nhất', '(trước sắp xếp)', 'trước sắp xếp'],
  examples: { hit: ['(cũ) có 117/193 xã', 'cũ đạt chuẩn', '(trước sáp nhập) có 12 thôn'], miss: ['có 117/193 xã', 'cũng đạt chuẩn'] },
});

/** Right after a figure, words saying the writer typed it wrong: the figure is replaced, no result. */
export const MISTAKEN_FIGURE = phraseSet({
  name: 'mistaken-figure',
  description: 'Right after a figure, words saying it was written wrong, as a correction restates the wrong figure before the right one ("ghi 78,4% là do lỗi đánh máy, số liệu đúng là 87,4%"): the wrong figure is no result.',
  phrases: ['là do lỗi đánh máy', 'do lỗi đánh máy', 'là lỗi đánh máy', 'là do đánh máy nhầm', 'do đánh máy nhầm', 'là do ghi nhầm', 'do ghi nhầm', 'là do nhầm lẫn', 'do nhầm lẫn', 'bị ghi nhầm', 'là ghi nhầm', 'ghi nhầm', 'là chưa chính xác', 'là không chính xác', 'chưa chính xác', 'không chính xác'],
  examples: {
    hit: ['là do lỗi đánh máy, số liệu đúng là 87,4%', 'bị ghi nhầm thành', 'là chưa chính xác'],
    miss: ['đạt kế hoạch đề ra', ', vượt mục tiêu', 'sai số cho phép', 'là do lỗi thiết kế của công trình', 'là sai lệch không đáng kể'],
  },
});

/** Words that cite an earlier document before its number and date: the figures the clause then gives are that document's, of its date. */
export const EARLIER_FIGURE = phraseSet({
  name: 'earlier-figure',
  description: 'Right before a figure, words saying an earlier report gave it, as a report that corrects or replaces another restates the old figure before the new one ("Tại Báo cáo số 45/BC-UBND đã báo cáo 7/8 thôn đạt chuẩn (87,5%); … nay điều chỉnh là 8/8 thôn"): the old figure is no result of the period.',
  phrases: ['đã báo cáo', 'đã được báo cáo', 'trước đây báo cáo', 'báo cáo trước đây', 'số liệu cũ', 'số liệu trước đây', 'số liệu đã báo cáo', 'số đã báo cáo'],
  examples: {
    hit: ['Tại Báo cáo số 45/BC-UBND đã báo cáo 7/8 thôn đạt chuẩn', 'Báo cáo số 186/BC-UBND đã báo cáo 12/12 đơn vị cấp huyện', 'số liệu cũ là 79 xã'],
    miss: ['nay điều chỉnh là 8/8 thôn đạt chuẩn', 'Đến nay toàn huyện có 12 xã đạt chuẩn', 'báo cáo kết quả thực hiện 12 xã'],
  },
});

export const CITED_REPORT = phraseSet({
  name: 'cited-report',
  description: 'A clause that opens by citing an earlier document ("Tại Báo cáo số 52-BC/ĐU ngày 20/12/2023 của Đảng ủy xã, tỷ lệ lao động qua đào tạo là 66,2%") gives that document\'s figures, dated as the document is, not the period\'s result.',
  phrases: ['tại báo cáo', 'theo báo cáo', 'trong báo cáo', 'tại văn bản', 'theo văn bản', 'tại thông báo', 'theo thông báo'],
  examples: { hit: ['Tại Báo cáo số 52-BC/ĐU ngày 20/12/2023 của Đảng ủy xã', 'Theo báo cáo số 112/BC-UBND ngày 15/12/2023'], miss: ['Báo cáo kết quả thực hiện', 'Đến ngày 30/6/2024'] },
});
