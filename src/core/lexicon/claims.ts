/** What the writer says of a result against its target. */
import { phraseSet } from './phrases';

export const CLAIM_NOT_MET = phraseSet({
  name: 'claim-not-met',
  description: 'The writer says the target is not met.',
  phrases: ['chưa đạt', 'không đạt', 'chưa hoàn thành', 'không hoàn thành', 'thấp hơn mục tiêu', 'thấp hơn chỉ tiêu', 'chưa bằng', 'còn thấp so với', 'thấp hơn kế hoạch', 'gần đạt', 'xấp xỉ đạt', 'tiệm cận'],
  examples: {
    hit: ['đạt 66,5%, chưa đạt mục tiêu đề ra', 'Chưa đạt', 'không hoàn thành chỉ tiêu', 'đạt 148 triệu đồng, gần đạt mục tiêu'],
    miss: ['đạt 72,4%, vượt mục tiêu', 'Đạt'],
  },
});

export const CLAIM_MET = phraseSet({
  name: 'claim-met',
  description: 'The writer says the target is met or exceeded.',
  phrases: [
    'vượt mục tiêu', 'vượt chỉ tiêu', 'vượt kế hoạch', 'đạt mục tiêu', 'đạt chỉ tiêu', 'đạt kế hoạch', 'hoàn thành mục tiêu',
    'hoàn thành chỉ tiêu', 'hoàn thành kế hoạch', 'đạt và vượt', 'đạt yêu cầu', 'vượt so với', 'vượt mức', 'vượt xa', 'hoàn thành vượt', 'cao hơn mục tiêu',
  ],
  // (after "phấn đấu", "quyết tâm", "để": an aim still ahead, not a claim — "huyện có 17/18 xã đạt chuẩn, tiếp tục phấn đấu hoàn thành mục tiêu …")
  notAfter: ['chưa', 'không', 'chưa thể', 'không thể', 'gần', 'xấp xỉ', 'phấn đấu', 'quyết tâm', 'nỗ lực', 'cố gắng', 'để', 'nhằm', 'sẽ'],
  examples: {
    hit: ['36 xã (vượt mục tiêu 38 xã)', 'đạt 65,6%, hoàn thành chỉ tiêu', 'vượt so với mục tiêu'],
    miss: ['chưa đạt mục tiêu', 'đạt 72,4%', 'gần đạt mục tiêu', 'nhờ Nhân dân đã vượt qua khó khăn', 'huyện có 17/18 xã đạt chuẩn, tiếp tục phấn đấu hoàn thành mục tiêu huyện đạt chuẩn NTM trong năm 2025', 'quyết tâm hoàn thành kế hoạch năm 2025'],
  },
});

/** A table's assessment cell ("Đánh giá"): short words. */
export const ASSESS_NOT_MET = phraseSet({
  name: 'assessment-not-met',
  description: 'An assessment cell that says not met.',
  phrases: ['chưa đạt', 'không đạt', 'chưa hoàn thành', 'không hoàn thành', 'khó đạt', 'khó hoàn thành', 'có nguy cơ không đạt', 'nguy cơ không đạt', 'chưa đạt kh', 'chưa đạt kế hoạch', 'không đạt kế hoạch', 'chưa hoàn thành kế hoạch', 'không hoàn thành kế hoạch', 'chưa đạt chỉ tiêu', 'chưa đạt mục tiêu', 'chưa hoàn thành chỉ tiêu', 'không hoàn thành chỉ tiêu'],
  examples: { hit: ['Chưa đạt', 'không hoàn thành', 'Khó đạt', 'Chưa đạt kế hoạch'], miss: ['Đạt', 'Vượt KH', 'Vượt kế hoạch'] },
});

export const ASSESS_MET = phraseSet({
  name: 'assessment-met',
  description: 'An assessment cell that says met or exceeded.',
  // (… the plan named in full, as a table of plan and result writes it: "Vượt kế hoạch", "Hoàn thành vượt kế hoạch" — session 56, nyi04)
  phrases: ['đạt', 'vượt', 'hoàn thành', 'đạt kh', 'vượt kh', 'đạt kế hoạch', 'vượt kế hoạch', 'hoàn thành kế hoạch', 'hoàn thành vượt kế hoạch', 'đạt và vượt kế hoạch', 'hoàn thành vượt kh', 'đạt chỉ tiêu', 'vượt chỉ tiêu', 'hoàn thành chỉ tiêu', 'đạt mục tiêu', 'vượt mục tiêu', 'hoàn thành mục tiêu', 'vượt mức', 'hoàn thành vượt mức'],
  notAfter: ['chưa', 'không', 'khó', 'phấn đấu', 'dự kiến', 'có khả năng'],
  examples: { hit: ['Đạt', 'Vượt', 'Hoàn thành', 'Vượt kế hoạch', 'Hoàn thành vượt kế hoạch'], miss: ['Ghi chú', '', 'Khó đạt', 'Chưa đạt kế hoạch'] },
});

/** A claim about the unit's own plan or quota, judged against the plan's figure when the sentence gives it. */
export const PLAN_CLAIM_MET = phraseSet({
  name: 'plan-claim-met',
  description: 'The writer says the unit\'s own plan or quota was met or exceeded ("…; kết quả có 03 xã được công nhận, vượt kế hoạch năm"; "mục tiêu" only when the plan then named is the unit\'s own: "vượt mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh … (60% số xã)").',
  phrases: ['vượt kế hoạch', 'đạt kế hoạch', 'hoàn thành kế hoạch', 'đạt và vượt kế hoạch', 'hoàn thành vượt kế hoạch', 'vượt chỉ tiêu', 'đạt chỉ tiêu', 'hoàn thành chỉ tiêu', 'đạt và vượt chỉ tiêu', 'hoàn thành vượt chỉ tiêu', 'bằng kế hoạch', 'vượt mục tiêu', 'đạt mục tiêu', 'hoàn thành mục tiêu'],
  notAfter: ['chưa', 'không', 'chưa thể', 'không thể', 'gần', 'xấp xỉ', 'phấn đấu', 'quyết tâm', 'nỗ lực', 'cố gắng', 'để', 'nhằm', 'sẽ', 'cơ bản', 'cơ bản đã', 'gần như', 'gần như đã', 'hầu như', 'hầu như đã'],
  examples: {
    hit: ['kết quả năm 2023 có 03 xã được công nhận, vượt kế hoạch năm', 'đạt 5 km, hoàn thành kế hoạch'],
    miss: ['chưa đạt kế hoạch', 'phấn đấu hoàn thành kế hoạch năm 2024', 'chưa đạt mục tiêu Nghị quyết', 'đã hoàn thành 28 công trình, cơ bản hoàn thành kế hoạch', 'về cơ bản đã hoàn thành kế hoạch', 'gần như hoàn thành kế hoạch'],
  },
});

export const PLAN_CLAIM_NOT_MET = phraseSet({
  name: 'plan-claim-not-met',
  description: 'The writer says the unit\'s own plan or quota was not met ("chỉ có 3 xã, chưa đạt kế hoạch").',
  phrases: ['chưa đạt kế hoạch', 'không đạt kế hoạch', 'chưa hoàn thành kế hoạch', 'không hoàn thành kế hoạch', 'thấp hơn kế hoạch', 'chưa đạt chỉ tiêu', 'không đạt chỉ tiêu', 'chưa hoàn thành chỉ tiêu', 'không hoàn thành chỉ tiêu', 'thấp hơn chỉ tiêu', 'chưa đạt mục tiêu', 'không đạt mục tiêu', 'chưa hoàn thành mục tiêu', 'thấp hơn mục tiêu'],
  examples: { hit: ['có 3 xã được công nhận, chưa đạt kế hoạch', 'không hoàn thành chỉ tiêu giao'], miss: ['vượt kế hoạch', 'đạt kế hoạch'] },
});

/** Words right after a claim on the targets that lead the names of what it is said of. */
export const CLAIM_ABOUT = phraseSet({
  name: 'claim-about',
  description: 'Right after a claim on the targets, these lead the names of the indicators it is said of, with no figure: "tỉnh đã hoàn thành vượt mục tiêu về số xã đạt chuẩn NTM nâng cao, xã NTM kiểu mẫu" is read against the results the report gives for those indicators.',
  phrases: ['về', 'đối với', 'về các chỉ tiêu', 'đối với các chỉ tiêu', 'ở các chỉ tiêu', 'các chỉ tiêu về'],
  examples: { hit: [' về số xã đạt chuẩn NTM nâng cao', ' đối với chỉ tiêu xã kiểu mẫu'], miss: [' đề ra', ' năm 2025'] },
});

/** A claim of meeting a requirement: read only against a bound given right after it ("đạt 92,8% …, đạt yêu cầu tiêu chí xã nông thôn mới nâng cao (≥ 95%)"); "chất lượng công trình đạt yêu cầu" claims nothing of a figure. */
export const BOUND_CLAIM_MET = phraseSet({
  name: 'bound-claim-met',
  description: 'The writer says a requirement was met; read against the bound in brackets after it only.',
  phrases: ['đạt yêu cầu', 'đáp ứng yêu cầu'],
  // an aim is no claim: "đạt 92,5%, đang tiếp tục hoàn thiện để đạt yêu cầu (≥ 95%)"
  notAfter: ['chưa', 'không', 'để', 'nhằm', 'sẽ', 'phấn đấu'],
  examples: { hit: ['đạt 96,1%, đạt yêu cầu tiêu chí (≥ 95%)'], miss: ['chưa đạt yêu cầu', 'đạt 92,5%, đang tiếp tục hoàn thiện để đạt yêu cầu (≥ 95%)', 'phấn đấu đáp ứng yêu cầu'] },
});

export const BOUND_CLAIM_NOT_MET = phraseSet({
  name: 'bound-claim-not-met',
  description: 'The writer says a requirement was not met; read against the bound in brackets after it only.',
  phrases: ['chưa đạt yêu cầu', 'không đạt yêu cầu', 'chưa đáp ứng yêu cầu'],
  examples: { hit: ['đạt 96,1%, chưa đạt yêu cầu (≥ 95%)'], miss: ['đạt yêu cầu'] },
});

/** Words between a result and a plan claim that make the claim about other things than that result. */
export const PLAN_CLAIM_OTHER = phraseSet({
  name: 'plan-claim-other',
  description: 'Between a result and a plan claim, words that give the claim another subject ("thực hiện được 10 km, các chỉ tiêu còn lại đều vượt kế hoạch").',
  phrases: ['còn lại', 'các chỉ tiêu', 'các nội dung', 'các nhiệm vụ', 'chỉ tiêu khác', 'các mặt', 'nhìn chung', 'tổng thể'],
  examples: { hit: ['thực hiện được 10 km, các chỉ tiêu còn lại đều', ', nhìn chung'], miss: [' xã được công nhận (Thạnh Lộc, Hiệp Đức, Bình Phú), '] },
});

/** Words before a figure that make it the plan's: "Kế hoạch năm 2023 của huyện đăng ký 04 xã", "(kế hoạch 04 xã)", "chỉ tiêu giao 12 km". */
export const PLAN_FIGURE_LEAD = phraseSet({
  name: 'plan-figure-lead',
  description: 'The nearest of these before a figure, nearer than any result word, makes the figure the plan\'s or the quota\'s.',
  phrases: ['kế hoạch', 'chỉ tiêu', 'đăng ký', 'được giao', 'giao', 'dự kiến', 'đề ra có', 'đặt ra có', 'đăng ký có', 'kế hoạch có', 'chỉ tiêu có', 'phấn đấu', 'phấn đấu có', 'phấn đấu đạt', 'mục tiêu', 'mục tiêu … có', 'mục tiêu … đạt'],
  examples: { hit: ['Kế hoạch năm 2023 của huyện đăng ký 04 xã', 'chỉ tiêu giao 12 km', 'Kế hoạch năm 2023 của huyện đề ra có 02 xã', 'xã phấn đấu có 05 thôn', 'Nghị quyết Đại hội Đảng bộ huyện đề ra mục tiêu đến năm 2020 có 12/16 xã', 'Năm 2023, huyện đăng ký kế hoạch có 04 xã'], miss: ['kết quả năm 2023 có 03 xã', 'đến nay huyện đã có 10 xã'] },
});

/** Words before a figure that make it what was reached. */
export const RESULT_FIGURE_LEAD = phraseSet({
  name: 'result-figure-lead',
  description: 'The nearest of these before a figure, nearer than any plan word, makes the figure what was reached.',
  phrases: ['kết quả', 'thực hiện', 'thực tế', 'có', 'đạt', 'được công nhận', 'công nhận', 'hoàn thành', 'làm được', 'xây dựng được', 'đến nay'],
  examples: { hit: ['kết quả năm 2023 có 03 xã', 'thực hiện được 5,2 km', 'đến nay các cấp hội đã thành lập 962 chi hội'], miss: ['Kế hoạch năm 2023 đăng ký 04 xã'] },
});

/** Subjects where less is better: a plan for them is a ceiling, and "vượt" means something else. */
export const SHOULD_FALL = phraseSet({
  name: 'should-fall',
  description: 'Beyond lower-better: words of a table row\'s label about something that should fall or stay low ("Tỷ lệ hộ có nhà tạm, dột nát", "Tỷ lệ lao động nông nghiệp trong tổng số lao động", "Số vụ ngộ độc thực phẩm"): a plain target in such a row is a ceiling, and its verdict is not read against it.',
  phrases: ['dưới', 'còn', 'nhà tạm', 'dột nát', 'bỏ học', 'tăng dân số', 'thấp còi', 'ngộ độc', 'chưa đạt', 'lao động nông nghiệp', 'số vụ', 'mù chữ', 'thất thoát', 'tồn đọng', 'nợ đọng'],
  examples: { hit: ['Tỷ lệ hộ có nhà tạm, dột nát (%)', 'Tỷ lệ lao động nông nghiệp trong tổng số lao động (%)', 'Số vụ ngộ độc thực phẩm đông người (vụ)', 'Tỷ lệ xã chưa đạt chuẩn (%)'], miss: ['Tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh (%)', 'Tỷ lệ lao động qua đào tạo (%)'] },
});

export const LOWER_BETTER = phraseSet({
  name: 'lower-better',
  description: 'A sentence about something that should fall (poor households, accidents, debt): its plan is a ceiling, so the plan claim is judged there only where both figures are levels reached ("còn dưới 2%", "còn 2,35%").',
  phrases: ['nghèo', 'giảm', 'tai nạn', 'vi phạm', 'ô nhiễm', 'nợ', 'tử vong', 'suy dinh dưỡng', 'thất nghiệp', 'tội phạm', 'cháy', 'ca mắc', 'mắc bệnh', 'bỏ học', 'quá hạn', 'trễ hạn', 'làm lại'],
  examples: { hit: ['tỷ lệ hộ nghèo còn 1,2%, vượt kế hoạch', 'giảm 12 vụ tai nạn', 'số ca mắc sốt xuất huyết trên địa bàn là 45 ca, đạt chỉ tiêu kế hoạch (60 ca)', 'Tỷ lệ hồ sơ giải quyết quá hạn'], miss: ['có 03 xã được công nhận, vượt kế hoạch'] },
});
