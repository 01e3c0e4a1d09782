/** Words around a figure that say what the figure is: a target, a plan, a proposal, a base, a qualifier. */
import { phraseSet, type Matcher } from './phrases';

export const TARGET_WORDS = phraseSet({
  name: 'target-words',
  description: 'The figure is a target set by a plan (the pack\'s or the unit\'s), not a result.',
  phrases: [
    'mục tiêu', 'chỉ tiêu', 'kế hoạch', 'đề ra', 'nghị quyết đề ra', 'chương trình hành động', 'so với mục tiêu',
    'so với chỉ tiêu', 'so với kế hoạch', 'theo kế hoạch', 'chỉ tiêu giao', 'được giao', 'yêu cầu đặt ra', 'yêu cầu gấp', 'yêu cầu tối thiểu', 'yêu cầu ít nhất', 'yêu cầu từ', 'yêu cầu là', 'nq đề ra',
    // (the level a result has not reached: "Thu nhập … chưa đạt mức tăng 1,5 lần so với năm 2020" — nwu06)
    'chưa đạt mức', 'không đạt mức', 'chưa đạt được mức',
  ],
  // "Chương trình mục tiêu quốc gia" is the programme's name, not a target
  notBefore: ['quốc gia'],
  examples: {
    hit: ['vượt mục tiêu 80% mà Nghị quyết đề ra', 'so với chỉ tiêu 36 xã', 'Kế hoạch năm 2025 là 70%', 'chưa đạt yêu cầu gấp 1,5 lần năm 2020', 'yêu cầu tối thiểu 50% số ấp', 'Thu nhập của người dân nông thôn chưa đạt mức tăng 1,5 lần so với năm 2020'],
    miss: ['Tỷ lệ lao động qua đào tạo đạt 72,4%', 'tiêu chí số 17 về môi trường', 'nước sạch đáp ứng yêu cầu chất lượng đạt 97,1%', 'nước sạch đáp ứng yêu cầu đạt 96,0%', 'UBND tỉnh yêu cầu các huyện', 'vốn lồng ghép các chương trình mục tiêu quốc gia 6.930 triệu đồng', 'thu nhập đạt mức 51,8 triệu đồng'],
  },
});

export const ACHIEVED_WORDS = phraseSet({
  name: 'achieved-words',
  description: 'After the name of a target ("chỉ tiêu xã kiểu mẫu"), the figure is what was reached: "mới đạt 20/22 xã".',
  phrases: ['đã đạt', 'mới đạt', 'chỉ đạt', 'hiện đạt', 'đã có', 'mới có', 'hiện có', 'thực hiện được', 'ước đạt', 'đã hoàn thành'],
  examples: {
    hit: ['chỉ tiêu xã NTM kiểu mẫu mới đạt 20/22 xã', 'chỉ tiêu lao động qua đào tạo đã đạt 72,4%'],
    miss: ['mục tiêu tỷ lệ lao động qua đào tạo đạt 70%', 'chỉ tiêu giao 38 xã', 'Mục tiêu của huyện đến hết năm 2025 đạt được 75% lao động qua đào tạo'],
  },
});

export const PLAN_WORDS = phraseSet({
  name: 'plan-words',
  description: 'The figure is what is planned or hoped for, not what was achieved.',
  phrases: [
    'phấn đấu', 'dự kiến', 'dự báo', 'định hướng', 'hướng tới', 'đặt ra', 'sẽ đạt', 'sẽ có', 'cần đạt', 'phải đạt',
    'đăng ký', 'kế hoạch năm', 'thời gian tới', 'thời gian đến', 'giai đoạn tới', 'đến năm 2030', 'tầm nhìn', 'phải có', 'cần', 'để nâng',
    'nhằm nâng', 'chiến lược', 'quy định', 'yêu cầu', 'kế hoạch của … năm',
  ],
  // ("Thực hiện Kế hoạch của UBND huyện năm 2023, tỷ lệ … đạt 68,5%": the plan carried out, the figure its result)
  // (… nor "đạt yêu cầu Nghị quyết", "đáp ứng yêu cầu": a claim the requirement is met)
  notAfter: ['thực hiện', 'triển khai', 'theo', 'kết quả thực hiện', 'đạt', 'đáp ứng'],
  examples: {
    hit: ['Phấn đấu đến năm 2025 có 85% số thôn đạt chuẩn', 'dự kiến đạt 70% vào cuối năm', 'định hướng đến năm 2030 đạt 80%', 'Thời gian tới, huyện tập trung hoàn thành mục tiêu đến cuối năm 2025 có thêm 03 xã', 'Kế hoạch của huyện năm 2025 là thêm 02 xã đạt chuẩn nâng cao, 01 xã kiểu mẫu'],
    miss: ['đã đạt 72,4%', 'ước đạt 68,5%', 'kết quả thực hiện năm 2024 của huyện', 'Thực hiện Kế hoạch của UBND huyện năm 2023, tỷ lệ lao động qua đào tạo đạt 68,5%', 'xã không thuộc diện xã dưới 15 tiêu chí, đạt yêu cầu Nghị quyết'],
  },
});

export const PROPOSAL_WORDS = phraseSet({
  name: 'proposal-words',
  description: 'A proposal to change a target or to add units: not a quotation of the target.',
  phrases: ['đề xuất', 'đề nghị', 'kiến nghị', 'điều chỉnh', 'nâng lên', 'tăng lên', 'có thêm', 'bổ sung thêm', 'xin'],
  examples: {
    hit: ['đề nghị điều chỉnh tăng chỉ tiêu lên 45 xã', 'phấn đấu có thêm 02 huyện đạt chuẩn'],
    miss: ['đạt 45 xã, vượt mục tiêu'],
  },
});

export const BASELINE_WORDS = phraseSet({
  name: 'baseline-words',
  description: 'The figure is a starting point (base year, start of the period), not the result.',
  phrases: ['năm gốc', 'đầu kỳ', 'đầu giai đoạn', 'năm đầu giai đoạn', 'năm đầu kỳ', 'thời điểm ban hành', 'thời điểm … ban hành', 'thời điểm ban chấp hành đảng bộ tỉnh ban hành', 'khi ban hành nghị quyết', 'khi ban hành kết luận', 'khi kết luận được ban hành', 'khi nghị quyết được ban hành', 'tình hình khi ban hành', 'ban hành trong bối cảnh', 'trước khi triển khai', 'xuất phát điểm', 'so với thời điểm', 'từ mức'],
  // (the time the source was issued said as "khi … được ban hành", a run-in "Tình hình khi ban hành Kết luận:", "… được ban hành trong bối cảnh
  // …" — review-54c B2, B12, B17)
  examples: {
    hit: ['So với năm gốc, tỷ lệ này là 61%', 'từ mức 58,2% năm 2020', 'Tại thời điểm Ban Chấp hành Đảng bộ tỉnh ban hành Kết luận', 'Tại thời điểm Tỉnh ủy ban hành Nghị quyết', 'Khi Kết luận được ban hành, toàn tỉnh có', 'Tình hình khi ban hành Kết luận:', 'Kết luận được ban hành trong bối cảnh toàn tỉnh có'],
    miss: ['đạt 72,4% năm 2023'],
  },
});

/** How the writer hedges a figure. Matched just before the figure. */
export const QUALIFIERS = {
  'at-least': phraseSet({ name: 'qualifier-at-least', description: 'At least the figure.', phrases: ['ít nhất', 'tối thiểu', 'không dưới', '≥', '>='], examples: { hit: ['ít nhất 38 xã', '≥ 15'], miss: ['38 xã'] } }),
  'at-most': phraseSet({ name: 'qualifier-at-most', description: 'At most the figure.', phrases: ['không quá', 'tối đa', 'không vượt quá', '≤', '<='], examples: { hit: ['không quá 5%', '≤ 4%'], miss: ['5%'] } }),
  above: phraseSet({ name: 'qualifier-above', description: 'More than the figure.', phrases: ['trên', 'hơn', '>'], examples: { hit: ['trên 70%', '> 3'], miss: ['70%'] } }),
  below: phraseSet({ name: 'qualifier-below', description: 'Less than the figure.', phrases: ['dưới', 'chưa đến', 'chưa tới', '<'], examples: { hit: ['dưới 15 tiêu chí', '< 5%'], miss: ['15 tiêu chí'] } }),
  nearly: phraseSet({ name: 'qualifier-nearly', description: 'Close to but below the figure.', phrases: ['gần', 'xấp xỉ', 'gần đạt'], examples: { hit: ['gần 70%'], miss: ['70%'] } }),
  about: phraseSet({ name: 'qualifier-about', description: 'Roughly the figure.', phrases: ['khoảng', 'chừng', 'khoảng gần'], examples: { hit: ['khoảng 70%'], miss: ['70%'] } }),
  estimate: phraseSet({ name: 'qualifier-estimate', description: 'An estimate for the end of the period.', phrases: ['ước đạt', 'ước', 'ước tính', 'ước thực hiện', 'dự ước', 'dự kiến đạt', 'dự kiến'], examples: { hit: ['ước đạt 68,5%'], miss: ['đạt 68,5%'] } }),
} as const;

export const DEADLINE_WORDS = phraseSet({
  name: 'deadline-words',
  description: 'A date that is a deadline or the date of a document, not the date of a figure.',
  phrases: ['hạn', 'trước ngày', 'thời hạn', 'chậm nhất', 'hoàn thành trước', 'ban hành ngày', 'gửi về', 'hoàn thành hồ sơ'],
  examples: { hit: ['gửi báo cáo trước ngày 15/8/2024', 'thời hạn đến 30/9/2024'], miss: ['tính đến 30/9/2024 đạt 72%'] },
});

export const ZERO_WORDS = phraseSet({
  name: 'zero-words',
  description: 'A zero written in words: "không còn xã dưới 15 tiêu chí".',
  phrases: ['không còn', 'không có', 'hết', 'xóa hết', 'không thuộc diện', 'không nằm trong diện', 'không thuộc nhóm', 'ra khỏi nhóm', 'thoát khỏi nhóm', 'ra khỏi diện', 'thoát khỏi diện'],
  examples: { hit: ['Toàn huyện không còn xã dưới 15 tiêu chí', 'không có xã dưới 15 tiêu chí', 'Xã không thuộc diện xã còn dưới 15 tiêu chí', 'như vậy xã đã ra khỏi nhóm xã dưới 15 tiêu chí'], miss: ['còn 2 xã dưới 15 tiêu chí'] },
});

export const EXTENDED_TO = phraseSet({
  name: 'extended-to',
  description: 'A time allowed to run on ("Phần vốn còn lại được phép kéo dài thời gian thực hiện, giải ngân đến hết ngày 31/12/2024"): the date the sentence gives after it is a deadline, however many verbs between.',
  // (… or said run on to a day, "Thời gian giải ngân kế hoạch vốn năm 2023 được kéo dài đến hết ngày 31/01/2024" — session 62, nzv03; not run on
  // into a year, "vốn năm 2023 được kéo dài sang năm 2024, huyện đã giải ngân …", nor a road made longer — review-62b E4, E6, E8, E12, E16)
  phrases: ['kéo dài thời gian', 'được phép kéo dài', 'cho phép kéo dài', 'được kéo dài đến', 'gia hạn', 'được gia hạn', 'chuyển nguồn sang', 'được phép giải ngân', 'được phép thực hiện và giải ngân'],
  // (what is allowed, by law, to be paid out to a later day: "kế hoạch vốn năm 2023 được phép giải ngân đến hết ngày 31/01/2024" — nxw03)
  examples: { hit: ['Phần vốn còn lại được phép kéo dài thời gian thực hiện, giải ngân đến hết ngày 31/12/2024', 'được gia hạn đến 30/6/2025', 'kế hoạch vốn năm 2023 được phép giải ngân đến hết ngày 31/01/2024', 'Thời gian giải ngân kế hoạch vốn năm 2023 được kéo dài đến hết ngày 31/01/2024'], miss: ['tính đến 30/9/2024 đạt 72%', 'kéo dài đường giao thông', 'vốn năm 2023 được kéo dài sang năm 2024', 'Tuyến đường trục xã được kéo dài thêm 2,5 km'] },
});

export const OWN_PLAN = phraseSet({
  name: 'own-plan',
  description: 'A target the unit set for itself (its congress, council or own plan), or the yearly plan the province gives it ("KH tỉnh giao năm 2023", "KH của tỉnh năm 2024") — or any party congress\'s resolution, which no pack transcribes ("chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX", "chỉ tiêu Đại hội (20 xã)"; not a congress as an event, "chào mừng Đại hội"), or the target the central government hands the province, named a target ("Chỉ tiêu Trung ương giao cho tỉnh tại Quyết định số 211/QĐ-TTg … là 48 xã", nyy06 — not money or a plan of capital it hands down, "kế hoạch vốn Trung ương giao", review-59 B7, B20, B22) — not the plan the pack transcribes.',
  phrases: [
    'đại hội đảng bộ huyện', 'đại hội đảng bộ xã', 'đại hội đảng bộ thị xã', 'đại hội đảng bộ thành phố', 'riêng cho huyện', 'riêng cho xã', 'kế hoạch riêng', 'chỉ tiêu riêng', 'kế hoạch của sở', 'kế hoạch riêng của sở',
    'của huyện', 'của xã', 'huyện đề ra', 'xã đề ra', 'hđnd huyện', 'hđnd xã', 'hội đồng nhân dân huyện', 'hội đồng nhân dân xã',
    'kế hoạch của huyện', 'kế hoạch huyện', 'kh huyện', 'kh xã', 'kế hoạch xã', 'của ubnd huyện', 'huyện giao', 'huyện ủy đề ra',
    'kế hoạch của xã', 'kh của huyện', 'kh của xã', 'kế hoạch thị xã', 'kh thị xã', 'kế hoạch thành phố', 'hđnd huyện giao',
    'kế hoạch … của ngành', 'kế hoạch … của sở', 'mục tiêu … của ngành', 'mục tiêu của ngành', 'mục tiêu … của sở', 'chỉ tiêu … của ngành', 'kế hoạch … của huyện', 'kế hoạch … của xã', 'kế hoạch của ngành', 'kế hoạch của sở', 'kế hoạch ngành', 'ngành đề ra', 'sở đề ra',
    'nghị quyết đại hội', 'nq đại hội', 'chỉ tiêu đại hội', 'mục tiêu đại hội', 'chỉ tiêu nghị quyết đại hội', 'mục tiêu nghị quyết đại hội',
    'nq đh', 'nqđh', 'đh huyện', 'đh xã', 'đh tỉnh', 'đhđb', 'đh đảng bộ',
    'kế hoạch phát triển kinh tế - xã hội', 'kế hoạch phát triển kinh tế xã hội', 'kế hoạch phát triển kinh tế-xã hội', 'kế hoạch phát triển kt-xh', 'kh phát triển kt-xh', 'kế hoạch kt-xh', 'kh kt-xh',
    'kh tỉnh', 'kế hoạch tỉnh', 'kh của tỉnh', 'kế hoạch của tỉnh', 'kh … của tỉnh', 'kế hoạch … của tỉnh', 'kh ubnd tỉnh', 'kế hoạch ubnd tỉnh', 'kế hoạch của ubnd tỉnh', 'kh … của ubnd tỉnh', 'kế hoạch … của ubnd tỉnh', 'tỉnh giao', 'kh tỉnh giao', 'kế hoạch tỉnh giao',
    'chỉ tiêu trung ương giao', 'mục tiêu trung ương giao', 'chỉ tiêu chính phủ giao', 'mục tiêu chính phủ giao', 'chỉ tiêu thủ tướng chính phủ giao', 'chỉ tiêu thủ tướng giao',
  ],
  examples: {
    hit: ['Nghị quyết Đại hội Đảng bộ huyện lần thứ XIII đề ra riêng cho huyện mục tiêu 62%', 'Mục tiêu phấn đấu của ngành: tỷ lệ hộ nghèo',  'Kế hoạch phát triển kinh tế - xã hội năm 2025 của tỉnh Khánh Hòa (sau hợp nhất) giao chỉ tiêu tỷ lệ che phủ rừng 48,5%', 'chưa đạt KH huyện', 'Kế hoạch năm 2025 của ngành là đưa tỷ lệ diện tích chủ động tưới lên 62,5%', 'đạt chỉ tiêu Nghị quyết Đại hội huyện (90%)', 'chưa đạt NQ ĐH huyện', 'Chỉ tiêu NQ Đại hội xã đến năm 2025', 'và chỉ tiêu Đại hội (20 xã)', 'KH tỉnh giao năm 2023', 'Mục tiêu ĐH Đảng bộ tỉnh XIX', 'KH của tỉnh năm 2024', 'KH năm 2025 của tỉnh', 'KH UBND tỉnh năm 2025', 'kế hoạch năm 2025 của UBND tỉnh (03 huyện)', 'Chỉ tiêu Trung ương giao cho tỉnh tại Quyết định số 211/QĐ-TTg', 'chỉ tiêu Thủ tướng Chính phủ giao'],
    miss: ['vượt mục tiêu 70% Nghị quyết đề ra', 'Trung ương ban hành Bộ tiêu chí', 'kế hoạch vốn Trung ương giao', 'nguồn vốn Trung ương giao còn hạn chế', 'so với mục tiêu Nghị quyết số 16-NQ/TU', 'Phấn đấu chào mừng Đại hội Thi đua yêu nước'],
  },
});

export const PLAN_NAMING = phraseSet({
  name: 'plan-naming',
  description: 'Words that name a plan before whose plan it is, between a claim and the plan it is said of ("chưa đạt NQ ĐH huyện", "đạt so với mục tiêu Đại hội"): only these may stand between.',
  phrases: ['so với', 'mục tiêu', 'chỉ tiêu', 'nghị quyết', 'nq', 'kế hoạch', 'kh', 'so với mục tiêu', 'so với chỉ tiêu', 'so với kế hoạch', 'do', 'riêng', 'của', 'theo'],
  examples: { hit: ['so với mục tiêu', 'NQ', 'riêng'], miss: ['huyện giao'] },
});

export const BEYOND_PLAN = phraseSet({
  name: 'beyond-plan',
  description: 'A target said to differ from the plan\'s ("Phấn đấu … (cao hơn mục tiêu Chương trình hành động) có 70 xã"): the unit\'s own target, not a quote of the plan\'s.',
  phrases: ['cao hơn mục tiêu', 'cao hơn chỉ tiêu', 'cao hơn so với mục tiêu', 'cao hơn so với chỉ tiêu', 'thấp hơn mục tiêu', 'thấp hơn chỉ tiêu', 'cao hơn kế hoạch', 'nâng cao hơn mục tiêu', 'nâng mục tiêu', 'nâng chỉ tiêu'],
  examples: {
    hit: ['Phấn đấu đến cuối năm 2025 (cao hơn mục tiêu Chương trình hành động) có 70 xã đạt chuẩn', 'tỉnh nâng chỉ tiêu lên 70 xã'],
    miss: ['mục tiêu Chương trình hành động đến năm 2025 là 38 xã', 'vượt mục tiêu 70% Nghị quyết đề ra'],
  },
});

export const DIFFERENCE_WORDS = phraseSet({
  name: 'difference-words',
  description: 'A percentage that is a rise or a fall ("tăng 2,9%"), not a share: it is no check of the fraction before it.',
  phrases: ['tăng', 'giảm', 'vượt', 'cao hơn', 'thấp hơn', 'tăng thêm', 'giảm thêm', 'hơn', 'thêm', 'có thêm'],
  // ("hơn một nửa số hộ", "hơn 2/3": a share said roughly in words, no difference)
  notBefore: ['một nửa', 'nửa', 'phân nửa', 'một phần ba', 'một phần tư', 'hai phần ba', 'ba phần tư'],
  examples: { hit: ['53,5/52ha, tăng 2,9%', 'vượt 4,3%', 'có thêm 02 xã'], miss: ['1.205/1.512 thôn (đạt 79,7%)', 'hộ, hơn một nửa số hộ (đạt '] },
});

export const SOURCE_PLAN = phraseSet({
  name: 'source-plan',
  description: 'The plan the pack transcribes, named as the target\'s source.',
  phrases: ['nghị quyết', 'nq', 'chương trình hành động', 'cthđ', 'ctrhđ', 'tỉnh ủy', 'tỉnh đề ra', 'ban chấp hành', 'kết luận', 'kl'],
  examples: { hit: ['vượt mục tiêu 80% mà Nghị quyết đề ra', 'mục tiêu NQ', 'Chỉ tiêu CTHĐ đến năm 2025', 'Mục tiêu KL'], miss: ['kế hoạch của huyện năm 2023', 'Kế hoạch đến 31/12/2024'] },
});

export const NAMES_ELSEWHERE = phraseSet({
  name: 'names-elsewhere',
  description: 'Words between a count and a bracket of names after which the bracket names another thing, the one just before it: "62 sản phẩm OCOP đưa lên sàn TMĐT (Postmart, Voso, Shopee)" names the platforms, not the products ("trên địa bàn" says where, and leaves the names to the count).',
  phrases: ['lên', 'tại', 'ở', 'vào', 'với', 'trên'],
  notBefore: ['địa bàn'],
  examples: { hit: [' đưa lên sàn TMĐT ', ' bán tại các siêu thị ', ' liên kết với doanh nghiệp '], miss: [' đạt chuẩn nông thôn mới kiểu mẫu ', ' trên địa bàn '] },
});

export const SUBGROUP_OF_PLACES = phraseSet({
  name: 'subgroup-of-places',
  description: 'Words after a count of places, before its verb, that say which of the unit\'s places it counts: "04/05 xã hình thành sau sắp xếp hoàn thành thủ tục đạt chuẩn" counts the communes the merger formed, a share of its own beside the district\'s 20/21 (nvz02). Not where they lie ("trên toàn huyện", "thuộc xã") nor a time ("sau sáp nhập"): the unit\'s own places counted again.',
  phrases: ['hình thành sau', 'hình thành từ', 'mới thành lập', 'thành lập mới', 'mới sáp nhập', 'được sáp nhập', 'mới chia tách', 'thuộc diện', 'đặc biệt khó khăn', 'bãi ngang', 'biên giới', 'miền núi', 'vùng cao', 'ven biển', 'hải đảo', 'đồng bào', 'an toàn khu'],
  examples: { hit: ['xã hình thành sau sắp xếp hoàn thành thủ tục', 'thôn thuộc diện đặc biệt khó khăn', 'thôn đồng bào Chăm'], miss: ['thôn trên toàn huyện', 'thôn sau sáp nhập', 'thôn thuộc xã'] },
});

/** Words after a count of places that set them apart by what they reached or lost: a group of the unit's places, its own whole. */
export const GROUP_BY_STATUS = phraseSet({
  name: 'group-by-status',
  description: 'Words after a count of places that set them apart by what they reached, lost or signed up for: "có 31 xã đã đạt chuẩn giai đoạn trước bị giảm tiêu chí …; đến nay đã có 23/31 xã hoàn thiện lại" — a fraction of them is the group\'s, no second count of the unit\'s (nyq01). Not words that only say where or which unit\'s they are ("trên địa bàn", "nông thôn", "thực hiện Chương trình"): the unit\'s places said another way (review-57c C12–C18).',
  phrases: ['đã đạt chuẩn', 'đạt chuẩn giai đoạn trước', 'giai đoạn trước', 'bị giảm', 'bị rớt', 'bị tụt', 'tụt chuẩn', 'giảm tiêu chí', 'đăng ký', 'chưa đạt chuẩn', 'được công nhận'],
  examples: { hit: ['xã đã đạt chuẩn giai đoạn trước bị giảm tiêu chí', 'xã đăng ký đạt chuẩn năm 2023', 'xã chưa đạt chuẩn'], miss: ['xã nông thôn', 'xã thực hiện Chương trình xây dựng nông thôn mới', 'xã trên địa bàn'] },
});

/** Whether the words after a count of places set them apart from the unit's places — by what they reached, lost or signed up for, or by their
 * kind (group-by-status, subgroup-of-places): "13 xã đã được công nhận đạt chuẩn", "04/05 xã hình thành sau sắp xếp". */
export const setApart = (words: string): boolean => GROUP_BY_STATUS.test(words) || SUBGROUP_OF_PLACES.test(words);

export const CRITERION_NAMES = phraseSet({
  name: 'criterion-names',
  description: 'The names of the criteria of the national sets (Bộ tiêu chí xã, xã nâng cao, huyện), as a report names them in a list: a bracket of only these after a count of places names the criteria, not the places ("06 xã có tiêu chí chưa bền vững (Môi trường, Tổ chức sản xuất, Thu nhập)").',
  phrases: [
    'quy hoạch', 'giao thông', 'thủy lợi', 'thuỷ lợi', 'thủy lợi và phòng, chống thiên tai', 'điện', 'trường học', 'cơ sở vật chất văn hóa', 'cơ sở vật chất văn hoá', 'cơ sở hạ tầng thương mại nông thôn',
    'thông tin và truyền thông', 'nhà ở dân cư', 'thu nhập', 'nghèo đa chiều', 'hộ nghèo', 'lao động', 'tổ chức sản xuất', 'tổ chức sản xuất và phát triển kinh tế nông thôn', 'kinh tế',
    'giáo dục', 'giáo dục và đào tạo', 'y tế', 'văn hóa', 'văn hoá', 'môi trường', 'môi trường và an toàn thực phẩm', 'chất lượng môi trường sống', 'hệ thống chính trị', 'hệ thống chính trị và tiếp cận pháp luật',
    'quốc phòng và an ninh', 'quốc phòng', 'an ninh', 'an ninh, trật tự xã hội', 'cảnh quan', 'hành chính công', 'chuyển đổi số', 'an ninh trật tự',
  ],
  examples: { hit: ['Môi trường', 'Tổ chức sản xuất', 'Thu nhập', 'Hệ thống chính trị và tiếp cận pháp luật'], miss: ['An Phú', 'Thạch Xuân', 'Giao Thủy'] },
});

export const WHERE_WORDS = phraseSet({
  name: 'where-words',
  description: 'A count right after these words says where the subject is, not how many: "7/11 thôn thuộc 02 xã đặc biệt khó khăn" — or what a target was worked out on: "… được Nghị quyết xác định trên cơ sở 47 xã".',
  phrases: ['thuộc', 'tại', 'ở', 'của', 'trên địa bàn', 'trong số', 'xác định trên cơ sở', 'tính trên cơ sở', 'tính trên'],
  examples: { hit: ['7/11 thôn thuộc', 'hộ nghèo tại', 'Chỉ tiêu ít nhất 38 xã đạt chuẩn NTM được Nghị quyết xác định trên cơ sở'], miss: ['toàn huyện có'] },
});

export const BEFORE_YEAR = phraseSet({
  name: 'before-year',
  description: 'After a count, the year before which it was reached: the count is of the year before ("9 đơn vị đã được công nhận trước năm 2025" is 2024\'s).',
  phrases: ['trước năm'],
  examples: { hit: ['9 đơn vị đã được Thủ tướng Chính phủ công nhận trước năm 2025'], miss: ['trong năm 2025', 'sau năm 2020'] },
});

export const FOR_COMPARISON = phraseSet({
  name: 'for-comparison',
  description: 'A sentence that opens by saying its figures are given for comparison or reference: they are context, not the unit\'s result ("Để so sánh, đầu năm 2025 toàn tỉnh có 69 xã …").',
  phrases: ['để so sánh', 'để đối chiếu', 'để tham khảo', 'so sánh thêm', 'tham khảo thêm'],
  examples: { hit: ['Để so sánh, đầu năm 2025 toàn tỉnh có 69 xã đạt chuẩn nông thôn mới nâng cao (40,6%)', 'Để đối chiếu, năm 2023 huyện có 12 xã'], miss: ['So với năm 2020, tăng 12 xã', 'đã so sánh, đối chiếu hồ sơ 12 xã'] },
});

export const PLACE_BODY = phraseSet({
  name: 'place-body',
  description: 'The noun right after a count, before a place\'s noun, that makes the count one of bodies or buildings of those places, not of the places: "07/07 chi bộ thôn ban hành nghị quyết chuyên đề về xây dựng thôn kiểu mẫu" counts party cells, no village.',
  phrases: ['chi bộ', 'chi hội', 'chi đoàn', 'ban công tác mặt trận', 'ban nhân dân', 'ban phát triển', 'tổ tự quản', 'tổ dân vận', 'nhà văn hóa', 'nhà văn hoá', 'trạm y tế', 'trường học', 'điểm trường', 'hội trường', 'đảng bộ', 'đảng ủy', 'ủy ban nhân dân', 'ubnd', 'trung tâm văn hóa', 'trung tâm văn hoá', 'ttvh-tt', 'ttvh - tt', 'ttvhtt', 'ttvh', 'trung tâm học tập cộng đồng', 'điểm bưu điện', 'bưu điện', 'sân thể thao', 'khu thể thao', 'chợ'],
  examples: { hit: [' chi bộ thôn ban hành nghị quyết', ' nhà văn hóa thôn đạt chuẩn', ' Trung tâm Văn hóa - Thể thao xã đạt chuẩn theo quy định của Bộ VHTTDL'], miss: [' thôn đạt chuẩn', ' xã đạt chuẩn nông thôn mới'] },
});

export const OWNED_FACILITY = phraseSet({
  name: 'owned-facility',
  description: 'After a count\'s noun, "có" and a facility: what is up to standard is the facility, not the places counted ("7/7 xã có nhà văn hóa xã đạt chuẩn" counts no commune meeting the NTM standard).',
  phrases: [
    'có nhà văn hóa', 'có nhà văn hoá', 'có trạm y tế', 'có trường', 'có chợ', 'có đường', 'có trụ sở', 'có hội trường', 'có sân thể thao', 'có khu thể thao',
    'có điểm bưu điện', 'có bưu điện', 'có nghĩa trang', 'có hệ thống', 'có đài truyền thanh', 'có cơ sở vật chất', 'có trung tâm văn hóa', 'có trung tâm văn hoá', 'có điểm phục vụ',
  ],
  examples: {
    hit: ['xã có nhà văn hóa xã đạt chuẩn', 'thôn có nhà văn hóa đạt chuẩn', 'xã có trạm y tế đạt chuẩn quốc gia', 'xã có đường trục xã được cứng hóa'],
    miss: ['xã có quyết định công nhận đạt chuẩn nông thôn mới', 'xã có 19/19 tiêu chí đạt chuẩn'],
  },
});

export const TARGET_AFTER = phraseSet({
  name: 'target-after',
  description: 'Words after a figure that make it a target: "75 xã NTM nâng cao mà Kết luận đặt ra cho toàn tỉnh".',
  phrases: ['mà … đặt ra', 'mà … đề ra', 'mà … giao', 'theo mục tiêu', 'theo chỉ tiêu'],
  examples: { hit: ['Trong tổng số 75 xã NTM nâng cao mà Kết luận đặt ra cho toàn tỉnh', '80% mà Nghị quyết Đại hội đề ra'], miss: ['đạt 05 xã, 02 xã còn lại đang hoàn thiện hồ sơ'] },
});

export const TARGET_FRAME = phraseSet({
  name: 'target-frame',
  description: 'A sentence that opens by announcing targets, then lists them after a colon (or ", với"): every figure of the list is a target ("Kết luận đề ra mục tiêu …: 100% số xã …; có tối thiểu 70 xã …").',
  phrases: [
    'đề ra mục tiêu', 'đề ra các mục tiêu', 'đề ra các chỉ tiêu', 'đặt ra mục tiêu', 'đặt ra các mục tiêu', 'đặt ra các chỉ tiêu', 'đặt mục tiêu', 'đặt các mục tiêu', 'xác định mục tiêu', 'mục tiêu … đề ra', 'chỉ tiêu … đề ra', 'giao chỉ tiêu', 'mục tiêu cụ thể', 'các mục tiêu cụ thể',
    'các chỉ tiêu cụ thể', 'mục tiêu phấn đấu', 'chỉ tiêu phấn đấu', 'với mục tiêu', 'với các mục tiêu', 'với các chỉ tiêu', 'mục tiêu như sau', 'chỉ tiêu như sau', 'các mục tiêu sau', 'các chỉ tiêu sau', 'kết luận yêu cầu', 'nghị quyết yêu cầu', 'kế hoạch yêu cầu',
    'kết luận đề ra', 'nghị quyết đề ra', 'nq đề ra', 'kế hoạch đề ra', 'kết luận xác định', 'nghị quyết xác định', 'theo kết luận', 'theo nghị quyết', 'theo nq',
    'mục tiêu đến năm', 'chỉ tiêu đến năm',
    'theo mục tiêu của kết luận', 'theo mục tiêu của nghị quyết', 'theo mục tiêu kết luận', 'theo mục tiêu nghị quyết',
    'ban chấp hành đảng bộ tỉnh xác định', 'ban thường vụ tỉnh ủy xác định', 'tỉnh ủy xác định', 'xác định nhiệm vụ trọng tâm', 'yêu cầu của kết luận', 'yêu cầu của nghị quyết', 'yêu cầu của kế hoạch',
    'mục tiêu của kết luận là', 'mục tiêu của nghị quyết là',
  ],
  notAfter: ['kết quả thực hiện', 'kết quả', 'thực hiện', 'đối', 'so với', 'vượt', 'đạt'],
  // ("theo kết luận của Đoàn thẩm định" is an inspection's finding, not the plan)
  notBefore: ['của đoàn', 'đoàn', 'thẩm định', 'kiểm tra', 'thanh tra', 'giám sát'],
  examples: {
    hit: ['Kết luận đặt ra các mục tiêu đến ngày 30/6/2025', 'Kết luận của Ban Chấp hành Đảng bộ tỉnh xác định: 100% số xã cập nhật, củng cố, nâng cấp bảo đảm đạt chuẩn', 'Theo mục tiêu của Kết luận, đến năm 2025 có 100% số xã đạt chuẩn', 'Theo Kết luận, đến ngày 30/6/2025 toàn tỉnh phải hoàn thành hồ sơ', 'Kết luận đề ra mục tiêu đến thời điểm hoàn thành hồ sơ', 'Kết luận đặt mục tiêu hoàn thành hồ sơ trước ngày 30/6/2025', 'Kết luận yêu cầu', 'Nghị quyết đặt ra mục tiêu đến năm 2025', 'Các mục tiêu cụ thể', 'tỉnh phải hoàn thành hồ sơ trước ngày 30/6/2025 với mục tiêu', 'Kết luận đề ra đến năm 2025', 'Kết luận xác định đến năm 2025 có', 'Mục tiêu đến năm 2025 là 100% xã đạt chuẩn', 'Bám sát mục tiêu của Kết luận là 100% số xã cập nhật, …, tối thiểu 75 xã đạt chuẩn nông thôn mới nâng cao và 22 xã đạt chuẩn nông thôn mới kiểu mẫu trên địa bàn tỉnh'],
    miss: ['Kết quả thực hiện mục tiêu đến năm 2025', 'vượt mục tiêu của Kết luận là 75 xã', 'vượt mục tiêu đến năm 2025', 'Theo kết luận của Đoàn thẩm định, xã đạt 19/19 tiêu chí', 'Kết quả thực hiện so với Nghị quyết đề ra', 'vượt Nghị quyết đề ra', 'Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu', 'Kết quả thực hiện mục tiêu cụ thể', 'Toàn tỉnh có 41 xã đạt chuẩn', 'Đối với các chỉ tiêu đã đạt, đề xuất điều chỉnh tăng'],
  },
});

export const REACHED_TARGETS = phraseSet({
  name: 'reached-targets',
  description: 'Words in the head of a target list that say the targets were reached: the list after the colon is what was reached, not the targets ("Đến nay, toàn tỉnh cơ bản hoàn thành các mục tiêu đề ra: …; 81 xã NTM nâng cao, 26 xã NTM kiểu mẫu", "Các chỉ tiêu cụ thể của Nghị quyết đã đạt được như sau: …"). Said as done, not as a task ("Tập trung … hoàn thành các mục tiêu Nghị quyết đề ra đến năm 2025: …" lists targets).',
  phrases: ['đến nay', 'hiện nay', 'cơ bản hoàn thành', 'đã hoàn thành', 'đã đạt', 'đạt được', 'thực hiện được', 'kết quả thực hiện'],
  notAfter: ['phải', 'cần', 'để', 'nhằm', 'phấn đấu', 'sẽ'],
  examples: {
    hit: ['Đến nay, toàn tỉnh cơ bản hoàn thành các', 'Kết quả đạt được so với các', 'Tỉnh đã hoàn thành', 'Các chỉ tiêu cụ thể của Nghị quyết đã đạt được như sau', 'Các mục tiêu Nghị quyết đề ra đến nay đã cơ bản hoàn thành'],
    miss: ['Kết luận đề ra', 'Nghị quyết đã đề ra các', 'Ban Chấp hành Đảng bộ tỉnh', 'Theo Kết luận, tỉnh phải hoàn thành hồ sơ trình các Bộ, ngành Trung ương thẩm định trước ngày 30/6/2025', 'phấn đấu hoàn thành các', 'Tập trung lãnh đạo, chỉ đạo hoàn thành các mục tiêu Nghị quyết đề ra đến năm 2025', 'các mục tiêu cần đạt được đến năm 2025'],
  },
});

export const REMAINDER_PART = phraseSet({
  name: 'remainder-part',
  description: 'A part that is the rest of a whole after its kinds ("… và 17 thôn chưa đạt chuẩn"): with it the parts are the whole.',
  phrases: ['chưa đạt', 'không đạt', 'còn lại', 'chưa được công nhận', 'chưa hoàn thành', 'chưa được xếp hạng', 'chưa xếp hạng', 'chưa được phân loại', 'chưa phân loại'],
  examples: { hit: ['thôn chưa đạt chuẩn', 'xã còn lại', 'chợ chưa được xếp hạng'], miss: ['thôn đạt chuẩn thôn nông thôn mới kiểu mẫu'] },
});

export const PART_VERB = phraseSet({
  name: 'part-verb',
  description: 'Words of a part after "trong đó" (with no colon) that say what the things do or did, not what kind they are: "150 hợp tác xã hoạt động hiệu quả", "80 hợp tác xã tham gia liên kết" may overlap, while "126 phòng học mầm non, 248 phòng học tiểu học" are kinds that make up the whole.',
  phrases: ['được', 'đã', 'đang', 'hoạt động', 'tham gia', 'sử dụng', 'thực hiện', 'liên kết', 'áp dụng', 'ứng dụng', 'đạt', 'có', 'không', 'chưa'],
  examples: { hit: ['hoạt động hiệu quả', 'tham gia liên kết chuỗi', 'được công nhận năm 2023'], miss: ['mầm non', 'tiểu học', 'trung học cơ sở'] },
});

export const TRAIT_PART = phraseSet({
  name: 'trait-part',
  description: 'What opens the words of a part after "trong đó" that names a trait, not a kind: one place may have several ("41 xã, trong đó 30 xã đạt tiêu chí giao thông, 35 xã đạt tiêu chí điện"), so such parts need not fit in the whole.',
  phrases: ['có', 'đạt tiêu chí', 'đạt chuẩn tiêu chí', 'đạt các tiêu chí', 'đạt chuẩn quốc gia', 'đạt chuẩn mức độ', 'đạt chuẩn cơ sở vật chất', 'đạt chuẩn văn hóa'],
  examples: { hit: ['đạt tiêu chí giao thông', 'có người cao tuổi', 'đạt chuẩn quốc gia', 'đạt chuẩn mức độ 2'], miss: ['từ nguồn ngân sách tỉnh', 'đạt chuẩn nông thôn mới nâng cao'] },
});

/**
 * Traits of people that cut across one another, one set per dimension: a part after "trong đó" of one dimension and a part of
 * another are overlapping groups, not kinds that make the whole ("22.584 lao động …, trong đó 18.412 lao động là người dân tộc thiểu
 * số (81,5%) và 9.640 lao động nữ (42,7%)").
 */
export const PERSON_TRAITS = [
  phraseSet({
    name: 'person-trait-sex',
    description: 'A group of people by sex ("lao động nữ", "là nữ", "phụ nữ").',
    phrases: ['nữ', 'phụ nữ', 'nam giới', 'nữ giới', 'là nam', 'lao động nam', 'học sinh nam', 'người nam'],
    examples: { hit: ['9.640 lao động nữ', 'là nữ', '12.944 lao động nam'], miss: ['miền Nam', 'năm 2023', 'tỉnh Quảng Nam'] },
  }),
  phraseSet({
    name: 'person-trait-ethnicity',
    description: 'A group of people by ethnicity ("là người dân tộc thiểu số", "đồng bào dân tộc").',
    phrases: ['dân tộc thiểu số', 'đồng bào dân tộc', 'người dân tộc', 'đồng bào khmer', 'người khmer', 'đồng bào chăm', 'người kinh', 'dân tộc kinh', 'đồng bào kinh'],
    examples: { hit: ['18.412 lao động là người dân tộc thiểu số', 'đồng bào dân tộc Mông'], miss: ['dân tộc học', 'Mặt trận'] },
  }),
  phraseSet({
    name: 'person-trait-age',
    description: 'A group of people by age ("thanh niên", "người cao tuổi", "trẻ em").',
    phrases: ['thanh niên', 'người cao tuổi', 'trẻ em', 'học sinh'],
    examples: { hit: ['3.105 lao động là thanh niên', 'người cao tuổi'], miss: ['Đoàn viên'] },
  }),
  phraseSet({
    name: 'person-trait-disability',
    description: 'A group of people with a disability ("người khuyết tật").',
    phrases: ['khuyết tật', 'người khuyết tật'],
    examples: { hit: ['215 người khuyết tật'], miss: ['khuyết điểm'] },
  }),
];

/**
 * Classes of land as the land law and the land statistics name them (Luật Đất đai 2024, Điều 9), each with the classes it lies within: a part
 * of one class after "trong đó" and a part of a class within it are nested, not kinds that make the whole ("Tổng diện tích tự nhiên 16.883,6
 * ha, trong đó đất sản xuất nông nghiệp 9.812,4 ha, đất trồng lúa 8.146,2 ha" — nxr01); each names its parent, the classes above derived. Forestry and aquaculture land lie within agricultural
 * land by law, but writers list "đất nông nghiệp" beside them as the land for crops ("đất nông nghiệp 28 450 ha, đất lâm nghiệp 9 120 ha"
 * parts a whole — review-35c S19): only the crop classes are read inside it.
 */
export const LAND_CLASSES: Array<{ name: string; set: Matcher; parent?: string }> = [
  { name: 'agricultural', set: phraseSet({ name: 'land-agricultural', description: 'Agricultural land as a whole.', phrases: ['đất nông nghiệp'], examples: { hit: ['đất nông nghiệp 12.450 ha'], miss: ['đất phi nông nghiệp', 'đất sản xuất nông nghiệp'] } }) },
  { name: 'farming', parent: 'agricultural', set: phraseSet({ name: 'land-farming', description: 'Land for crops (annual and perennial), within agricultural land.', phrases: ['đất sản xuất nông nghiệp', 'đất canh tác'], examples: { hit: ['đất sản xuất nông nghiệp 9.812,4 ha', 'đất canh tác'], miss: ['đất nông nghiệp', 'đất lâm nghiệp'] } }) },
  { name: 'annual', parent: 'farming', set: phraseSet({ name: 'land-annual-crops', description: 'Land for annual crops, within land for crops.', phrases: ['đất trồng cây hàng năm', 'đất cây hàng năm'], examples: { hit: ['đất trồng cây hàng năm 10.250 ha'], miss: ['đất trồng cây lâu năm'] } }) },
  { name: 'rice', parent: 'annual', set: phraseSet({ name: 'land-rice', description: 'Rice land, within land for annual crops.', phrases: ['đất trồng lúa', 'đất lúa', 'đất chuyên trồng lúa', 'đất chuyên lúa'], examples: { hit: ['đất trồng lúa 8.146,2 ha', 'đất chuyên trồng lúa nước'], miss: ['đất trồng cây hàng năm khác', 'đất trồng màu'] } }) },
  { name: 'perennial', parent: 'farming', set: phraseSet({ name: 'land-perennial-crops', description: 'Land for perennial crops, within land for crops.', phrases: ['đất trồng cây lâu năm', 'đất cây lâu năm'], examples: { hit: ['đất trồng cây lâu năm 3.120 ha'], miss: ['đất trồng cây hàng năm'] } }) },
  { name: 'forestry', set: phraseSet({ name: 'land-forestry', description: 'Forestry land, read beside agricultural land, as writers list them.', phrases: ['đất lâm nghiệp', 'đất có rừng'], examples: { hit: ['đất lâm nghiệp 45.210 ha'], miss: ['đất nông nghiệp'] } }) },
  { name: 'forest-kind', parent: 'forestry', set: phraseSet({ name: 'land-forest-kind', description: 'A kind of forest land, within forestry land.', phrases: ['đất rừng sản xuất', 'đất rừng phòng hộ', 'đất rừng đặc dụng'], examples: { hit: ['đất rừng phòng hộ 12.300 ha'], miss: ['đất lâm nghiệp'] } }) },
  { name: 'aquaculture', set: phraseSet({ name: 'land-aquaculture', description: 'Land for aquaculture, read beside agricultural land, as writers list them.', phrases: ['đất nuôi trồng thủy sản', 'đất nuôi trồng thuỷ sản'], examples: { hit: ['đất nuôi trồng thủy sản 1.240 ha'], miss: ['sản lượng thủy sản'] } }) },
  { name: 'non-agricultural', set: phraseSet({ name: 'land-non-agricultural', description: 'Non-agricultural land as a whole.', phrases: ['đất phi nông nghiệp'], examples: { hit: ['đất phi nông nghiệp 2.310 ha'], miss: ['đất nông nghiệp'] } }) },
  { name: 'residential', parent: 'non-agricultural', set: phraseSet({ name: 'land-residential', description: 'Residential land, within non-agricultural land.', phrases: ['đất ở', 'đất ở nông thôn', 'đất ở đô thị', 'đất ở tại nông thôn'], examples: { hit: ['đất ở nông thôn 640 ha', 'đất ở 812 ha'], miss: ['đất ở các xã', 'đất phi nông nghiệp'] }, notBefore: ['các', 'những', 'một số', 'xã', 'huyện', 'vùng', 'khu vực'] }) },
  { name: 'special-use', parent: 'non-agricultural', set: phraseSet({ name: 'land-special-use', description: 'Land for special use, within non-agricultural land.', phrases: ['đất chuyên dùng'], examples: { hit: ['đất chuyên dùng 1.020 ha'], miss: ['đất phi nông nghiệp'] } }) },
];

/** The classes each class of land lies within, from its parent up ("rice" → annual, farming, agricultural). */
const LAND_ABOVE = new Map(LAND_CLASSES.map((c) => {
  const above: string[] = [];
  for (let p = c.parent; p; p = LAND_CLASSES.find((x) => x.name === p)?.parent) above.push(p);
  return [c.name, above] as const;
}));

/** Among the words naming each part, the parts that name a class of land within another part's ("đất sản xuất nông nghiệp …, đất trồng lúa
 * …": the rice land), by their indices: the others, the outermost, part the whole (review-53 X3, review-53b B7). */
export function landInner(partWords: string[]): number[] {
  // (a catch-all class, "đất trồng cây hàng năm khác", "đất nông nghiệp khác", "… còn lại", is a sibling of the others, no parent — review-53b
  // B2, B4, B6)
  // (… and a part's class is the one that heads it, or where land is converted the one it becomes: "từ đất trồng lúa sang đất trồng cây lâu năm
  // 390 ha" is land for perennials — review-53c W9)
  const head = (w: string) => {
    const into = /(?<![\p{L}])sang\s+/u.exec(w);
    const words = into ? w.slice(into.index + into[0].length) : w;
    const hits = LAND_CLASSES.map((c) => ({ c, at: c.set.find(words)?.start ?? Infinity })).filter((x) => x.at < Infinity);
    const first = Math.min(...hits.map((x) => x.at));
    return hits.filter((x) => x.at === first).map((x) => x.c.name);
  };
  const classes = partWords.map((w) => (/(?<![\p{L}])(?:khác|còn lại)(?![\p{L}])/u.test(w) ? [] : head(w)));
  return classes.flatMap((cs, i) => (classes.some((other, j) => j !== i && cs.some((c) => LAND_ABOVE.get(c)!.some((w) => other.includes(w)))) ? [i] : []));
}

export const RESULTS_SUMMARY = phraseSet({
  name: 'results-summary',
  description: 'What opens a paragraph that sums up the unit\'s own results ahead of the section that gives them ("Một số kết quả chủ yếu: xã … tỷ lệ hộ sử dụng nước sạch đạt 98,7%"): its figures are the unit\'s, to agree with that section\'s.',
  phrases: ['một số kết quả chủ yếu', 'kết quả chủ yếu', 'một số kết quả nổi bật', 'kết quả nổi bật'],
  examples: { hit: ['Một số kết quả chủ yếu: xã tiếp tục giữ vững 19/19 tiêu chí', 'Kết quả nổi bật:'], miss: ['Kết quả khảo sát của Bộ', 'Kết quả cụ thể: sau 5 năm thực hiện Chương trình giai đoạn trước'] },
});

export const BREAKDOWN = phraseSet({
  name: 'breakdown',
  description: 'What introduces the parts of a figure: "trong đó", "gồm".',
  phrases: ['trong đó', 'bao gồm', 'gồm', 'trong số đó'],
  examples: { hit: ['41 xã đạt chuẩn, trong đó 16 xã nâng cao', '520 tỷ đồng, gồm: …'], miss: ['41 xã đạt chuẩn'] },
});

export const RATE_LEAD = phraseSet({
  name: 'rate-lead',
  description: 'The words between a count and its rate: "…, chiếm 5,6%".',
  phrases: ['chiếm', 'đạt', 'bằng', 'đạt tỷ lệ', 'tỷ lệ', 'tương đương', 'chiếm tỷ lệ'],
  examples: { hit: ['chiếm', 'đạt tỷ lệ'], miss: ['trong đó'] },
});

export const COORDINATION = phraseSet({
  name: 'coordination',
  description: 'A second figure of the same kind follows: "… 16 xã nâng cao và 05 xã kiểu mẫu".',
  phrases: ['và', 'cùng', 'trong đó có', 'cùng với'],
  examples: { hit: ['và', 'trong đó có'], miss: ['chiếm'] },
});

export const SETTLEMENT_KINDS = phraseSet({
  name: 'settlement-kinds',
  description: 'Names of the villages a commune is made of; "thôn, buôn", "thôn, bản", "thôn, tổ dân phố" name one subject, the comma does not end it.',
  phrases: ['thôn', 'buôn', 'bản', 'làng', 'ấp', 'xóm', 'sóc', 'plei', 'tổ dân phố', 'khu phố', 'khối phố', 'thôn bản', 'thôn xóm'],
  examples: { hit: ['buôn đạt chuẩn', 'tổ dân phố'], miss: ['xã đạt chuẩn', 'bảng 2'] },
});

export const PLAN_AFTER = phraseSet({
  name: 'plan-after',
  description: 'A plan\'s verb right after a figure\'s noun, which makes the figure a plan ("hồ sơ của 04 xã đăng ký đạt chuẩn NTM nâng cao", "12 xã dự kiến đạt chuẩn", "03 xã phấn đấu về đích") — narrower than plan-words: "theo quy định", "đạt yêu cầu", "kế hoạch năm" after a figure say what it met, and "hộ đăng ký tham gia BHYT" is done.',
  phrases: ['đăng ký đạt', 'đăng ký xây dựng', 'đăng ký về đích', 'đăng ký phấn đấu', 'đăng ký nâng cao', 'đăng ký kiểu mẫu', 'đăng ký nông thôn mới', 'đăng ký ntm', 'dự kiến', 'phấn đấu', 'sẽ'],
  // (the standard named right after "đăng ký": "126,5 tỷ đồng … cho xã Thạch Hải và 09 xã đăng ký nâng cao, kiểu mẫu" — nxe06)
  // (phrases in lower case, as the matcher reads the text: "đăng ký NTM" never matched — review-51c D17)
  examples: { hit: [' xã đăng ký đạt chuẩn NTM nâng cao', ' xã dự kiến đạt chuẩn', ' xã phấn đấu về đích', ' xã đăng ký nâng cao, kiểu mẫu', ' thôn đăng ký kiểu mẫu', ' xã đăng ký NTM nâng cao'], miss: ['% theo quy định', ' thôn đạt yêu cầu', '% kế hoạch năm', '% hộ đăng ký tham gia BHYT'] },
});

export const AS_OF = phraseSet({
  name: 'as-of',
  description: 'Words right before a date that give it as the time of the figures: "tính đến 30/6/2024", "đến hết tháng 6/2024", "tại thời điểm 31/12/2023", "số liệu đến ngày …". Read by the facts (the year of a figure) and by out-of-period (a figure dated after the period).',
  phrases: ['tính đến', 'đến hết', 'đến', 'đến ngày', 'đến thời điểm', 'tại thời điểm', 'thời điểm', 'số liệu đến'],
  examples: { hit: ['tính đến ', 'Kết quả đến hết ', 'tại thời điểm ', 'số liệu đến ngày '], miss: ['Ngày ', 'Trong năm ', 'cuối '] },
});

export const AS_OF_END = phraseSet({
  name: 'as-of-end',
  description: 'The end of a month or year before a date, as the figures\' time ("cuối tháng 12/2020, toàn huyện có …", "hết tháng 6/2024"): the facts read the figures\' year from it; out-of-period does not flag a date on these alone (in published text a later month\'s end is a news item\'s time as often as the report\'s).',
  phrases: ['cuối', 'hết'],
  examples: { hit: ['cuối ', 'hết '], miss: ['tính đến '] },
});

export const DATA_AS_OF = phraseSet({
  name: 'data-as-of',
  description: 'Words a little before the end of a year that give it as the time the figures were counted ("Theo số liệu rà soát cuối năm 2024, tỷ lệ hộ nghèo …", "kết quả rà soát hộ nghèo cuối năm 2024"; not what a decision is based on, "Căn cứ kết quả rà soát …"): out-of-period reads such a year\'s end as the figures\' date (a bare "cuối năm 2024" it does not: in published text it is a news item\'s time as often as the report\'s).',
  phrases: ['số liệu rà soát', 'kết quả rà soát', 'theo rà soát', 'số liệu thống kê', 'số liệu điều tra', 'kết quả điều tra', 'số liệu tổng hợp', 'số liệu đến'],
  notAfter: ['căn cứ', 'căn cứ vào', 'dựa trên', 'dựa vào', 'trên cơ sở'],
  examples: { hit: ['Theo số liệu rà soát ', 'theo kết quả rà soát hộ nghèo '], miss: ['Kế hoạch ', 'đến ', 'tính đến ', 'Căn cứ kết quả rà soát hộ nghèo '] },
});

export const REACHED_SO_FAR = phraseSet({
  name: 'reached-so-far',
  description: 'Words that say the figures after them are what has been reached so far, not targets: they end a list of targets ("Kết luận đề ra …; đến nay đạt …") and keep a clause from being read as one.',
  phrases: ['đến nay', 'hiện nay', 'hiện tại', 'đã', 'kết quả', 'thực tế', 'mới có', 'mới đạt', 'nâng tổng', 'sau … năm triển khai', 'sau … năm thực hiện'],
  examples: { hit: ['đến nay toàn tỉnh có 78 xã', 'kết quả đạt 71 xã', 'sau 3 năm triển khai, tỷ lệ thôn đạt chuẩn là 80,2%'], miss: ['mục tiêu đến năm 2025 có 75 xã'] },
});

export const CARRIED_OUT = phraseSet({
  name: 'carried-out',
  description: 'A sentence about carrying the targets out, not listing them ("Mục tiêu cụ thể của Nghị quyết được triển khai đồng bộ, …").',
  phrases: ['triển khai', 'thực hiện', 'quán triệt', 'cụ thể hóa', 'cụ thể hoá', 'bám sát'],
  examples: { hit: ['Mục tiêu cụ thể của Nghị quyết được triển khai đồng bộ', 'bám sát các mục tiêu'], miss: ['Mục tiêu đến năm 2025 có 100% số xã đạt chuẩn'] },
});

export const SHORT_OF = phraseSet({
  name: 'short-of',
  description: 'Words before a count, in its part of the clause, that make it the ones short of the standard, not how many reached it ("các tiêu chí khó đạt còn lại là Môi trường (02 xã)", "Số xã chưa đạt chuẩn: 05 xã").',
  phrases: ['khó đạt', 'chưa đạt', 'còn thiếu', 'chưa hoàn thành', 'còn lại là'],
  examples: { hit: ['các tiêu chí khó đạt còn lại là Môi trường (', 'Số xã chưa đạt chuẩn: '], miss: ['Toàn huyện có ', 'đã đạt chuẩn '] },
});

/** The gap to a target, right before its figure: "chỉ tiêu … kiểu mẫu còn thiếu 02 xã", "còn cách mục tiêu 3,2%". */
export const NOT_YET_RECOGNISED = phraseSet({
  name: 'not-yet-recognised',
  description: 'A count of those not (yet) recognised as meeting the standard ("còn 01 đơn vị cấp huyện chưa có quyết định công nhận", "01 huyện đang thẩm định"): no count of those that met it.',
  phrases: ['chưa được công nhận', 'chưa đạt chuẩn', 'chưa được thẩm định', 'chưa được xét công nhận', 'chưa có quyết định công nhận', 'chưa có quyết định', 'chưa được cấp có thẩm quyền công nhận', 'đang chờ công nhận', 'đang chờ quyết định', 'chờ quyết định công nhận', 'đang thẩm định', 'đang được thẩm định', 'đang hoàn thiện hồ sơ', 'đang trình', 'dự kiến được công nhận', 'dự kiến công nhận', 'đang được … xem xét', 'đang được … thẩm định', 'đang xem xét', 'chậm hoàn thiện hồ sơ', 'chậm hoàn thành hồ sơ', 'có khả năng', 'có hồ sơ đề nghị', 'đang chờ thẩm định', 'hồ sơ đề nghị xét công nhận', 'hồ sơ đề nghị công nhận', 'đã trình hồ sơ'],
  examples: {
    hit: ['còn 01 đơn vị cấp huyện chưa có quyết định công nhận', '01 huyện NTM nâng cao đang thẩm định', 'còn 02 xã chưa được công nhận', '04 xã (Thạch Văn, Cẩm Quang) đã hoàn thiện hồ sơ, dự kiến được công nhận trong quý II/2025', 'còn 01 xã nâng cao và 01 xã kiểu mẫu đang được Hội đồng thẩm định tỉnh xem xét', '6/16 thôn thuộc xã đặc biệt khó khăn chưa đạt chuẩn', '50/112 thôn có khả năng đạt chuẩn nông thôn mới trong năm 2025', '12/112 thôn có hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới', '10/112 thôn có khả năng hoàn thành các tiêu chí, đạt chuẩn nông thôn mới', '06/112 thôn đã hoàn thiện hồ sơ đề nghị xét công nhận đạt chuẩn nông thôn mới'],
    miss: ['12/12 đơn vị cấp huyện đã có quyết định công nhận', '01 huyện được công nhận đạt chuẩn NTM nâng cao', '78 xã đạt chuẩn nông thôn mới nâng cao đã hoàn thiện hồ sơ và được UBND tỉnh công nhận'],
  },
});

export const SHORTFALL = phraseSet({
  name: 'shortfall',
  description: 'Words that end right before a figure and make it the gap still to close, neither the target nor the result ("còn thiếu 02 xã", "thiếu so với kế hoạch 5 km", "chỉ còn cách mục tiêu 1,3%").',
  phrases: ['còn thiếu', 'thiếu', 'còn cách', 'chỉ còn cách'].flatMap((lead) => ['', ' mục tiêu', ' chỉ tiêu', ' kế hoạch', ' so với mục tiêu', ' so với chỉ tiêu', ' so với kế hoạch'].map((tail) => lead + tail)),
  examples: { hit: ['chỉ tiêu xã kiểu mẫu còn thiếu ', 'thiếu so với kế hoạch ', 'chỉ còn cách mục tiêu '], miss: ['đạt ', 'vượt mục tiêu '] },
});

export const MARGIN = phraseSet({
  name: 'margin',
  description: 'Words that end right before a bare count closing its clause, after a result, and make it the margin by which the target was passed — neither the target nor the result — when the result less it is the target ("81/170 xã … (chiếm 47,6%), vượt mục tiêu 06 xã" with a target of 75). A count with more after it, or one that does not make the target so, is the target quoted ("vượt mục tiêu 70 xã mà Kết luận đề ra", "41 xã, vượt so với chỉ tiêu 36 xã").',
  phrases: ['vượt', 'vượt mục tiêu', 'vượt chỉ tiêu', 'vượt kế hoạch', 'vượt so với mục tiêu', 'vượt so với chỉ tiêu', 'vượt so với kế hoạch', 'vượt mục tiêu đề ra', 'vượt chỉ tiêu đề ra', 'vượt kế hoạch đề ra'],
  examples: { hit: ['vượt mục tiêu ', 'vượt so với kế hoạch '], miss: ['đạt mục tiêu ', 'còn thiếu '] },
});

export const CAUSE_LEAD = phraseSet({
  name: 'cause-lead',
  description: 'Words that end right before a count and make it the subject of a cause, no figure of what is measured ("… chưa đạt mục tiêu do 02 xã (Sơn Kim 2, Cẩm Thành) bị ảnh hưởng nặng bởi bão").',
  phrases: ['do', 'vì', 'bởi', 'bởi vì', 'là do', 'nguyên nhân là', 'nguyên nhân do'],
  examples: { hit: ['chưa đạt mục tiêu do ', 'nguyên nhân là '], miss: ['đạt ', 'vượt mục tiêu '] },
});

export const REQUEST_LEAD = phraseSet({
  name: 'request-lead',
  description: 'Words a sentence opens with to ask something of a higher level: its figures are what is asked for, no results ("Đề nghị bổ sung 02 xã (Hương Trạch, Kỳ Phú) vào danh sách xã phấn đấu đạt chuẩn nông thôn mới kiểu mẫu năm 2025").',
  phrases: ['đề nghị', 'kiến nghị', 'đề xuất', 'kính đề nghị', 'xin'],
  examples: { hit: ['Đề nghị bổ sung 02 xã', 'Kiến nghị Trung ương'], miss: ['Đến nay có 20 xã'] },
});

export const RAISED_TOTAL = phraseSet({
  name: 'raised-total',
  description: 'Words that raise the whole to a new total after naming the places just added: the figure after them is the unit\'s whole, not those places\' ("thị xã Hồng Lĩnh và thị xã Kỳ Anh được công nhận …, nâng tổng số đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ lên 12/12 đơn vị").',
  phrases: ['nâng tổng số', 'nâng tổng', 'đưa tổng số', 'nâng số', 'lũy kế', 'luỹ kế'],
  examples: { hit: [', nâng tổng số đơn vị cấp huyện đạt chuẩn lên ', ', đưa tổng số xã đạt chuẩn lên '], miss: [' được công nhận đạt chuẩn '] },
});

export const SHARE_OF_TARGET = phraseSet({
  name: 'share-of-target',
  description: 'Right after a percentage that follows a fraction, the words that make it a share of the target, not of the fraction\'s whole: "10/14 xã đạt chuẩn, đạt 100% chỉ tiêu Nghị quyết Đại hội" (10 of the 10 aimed at). A share of a plan of money ("612.480/735.920 triệu đồng, đạt 86,4% kế hoạch") is the fraction itself: "kế hoạch" is not here.',
  phrases: ['chỉ tiêu', 'mục tiêu', 'so với chỉ tiêu', 'so với mục tiêu'],
  examples: { hit: ['chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XI', 'mục tiêu đề ra'], miss: ['kế hoạch', 'số xã', 'tổng số hộ'] },
});

export const SHARE_OF_PLAN = phraseSet({
  name: 'share-of-plan',
  description: 'Right after a percentage, the words that make it a share of a plan or an estimate of money ("bằng 97,6% kế hoạch do thiếu nước tưới", "đạt 86,4% kế hoạch vốn"): a degree of completion, never the rate an indicator measures.',
  phrases: ['kế hoạch', 'kh', 'so với kế hoạch', 'so kế hoạch', 'so với kh', 'so kh', 'dự toán', 'so với dự toán', 'kế hoạch vốn', 'chỉ tiêu giao', 'chỉ tiêu được giao', 'chỉ tiêu năm', 'mục tiêu năm'],
  examples: { hit: ['kế hoạch do thiếu nước tưới', 'KH năm', 'so với dự toán'], miss: ['hộ dân sử dụng nước sạch', 'so với cùng kỳ'] },
});

/** The economy's sectors, the parts of a structure whatever names it ("98.450 lao động, trong đó: nông nghiệp 61,2%, công nghiệp - xây dựng 17,5%, thương mại - dịch vụ 23,8%" — nwd03). */
export const ECONOMIC_SECTORS = phraseSet({
  name: 'economic-sectors',
  description: 'The sectors of the economy, which part a whole (labour, output, income) with no overlap: shares of all of them make 100% whether or not the writer says "cơ cấu" ("trong đó: nông nghiệp 61,2%, công nghiệp - xây dựng 17,5%, thương mại - dịch vụ 23,8%" makes 102,5%). Not a sector\'s own branch ("trồng trọt", "chăn nuôi", "du lịch"), whose shares may be of another whole.',
  phrases: ['nông nghiệp', 'nông, lâm nghiệp và thủy sản', 'nông, lâm nghiệp, thủy sản', 'nông, lâm, thủy sản', 'nông lâm thủy sản', 'nông, lâm, ngư nghiệp', 'nông - lâm - thủy sản', 'khu vực nông nghiệp', 'công nghiệp - xây dựng', 'công nghiệp, xây dựng', 'công nghiệp và xây dựng', 'công nghiệp - tiểu thủ công nghiệp - xây dựng', 'công nghiệp, tiểu thủ công nghiệp và xây dựng', 'tiểu thủ công nghiệp - xây dựng', 'khu vực công nghiệp', 'thương mại - dịch vụ', 'thương mại, dịch vụ', 'thương mại và dịch vụ', 'dịch vụ - thương mại', 'dịch vụ', 'khu vực dịch vụ', 'ngành nghề nông thôn', 'phi nông nghiệp'],
  examples: { hit: ['nông nghiệp', 'công nghiệp - xây dựng', 'thương mại - dịch vụ', 'nông, lâm nghiệp và thủy sản'], miss: ['trồng trọt', 'chăn nuôi', 'du lịch', 'lao động nữ'] },
});

export const STRUCTURE_LEAD = phraseSet({
  name: 'structure-lead',
  description: 'The name of a structure whose parts are shares of one whole and make 100% ("Cơ cấu kinh tế năm 2024 gồm: nông, lâm nghiệp và thủy sản 32,4%; …"). Not a restructuring ("tái cơ cấu").',
  phrases: ['cơ cấu'],
  notAfter: ['tái'],
  examples: { hit: ['Cơ cấu kinh tế năm 2024 gồm', 'cơ cấu lao động'], miss: ['tái cơ cấu nông nghiệp'] },
});

export const VERB_NOT_KIND = phraseSet({
  name: 'verb-not-kind',
  description: 'A verb written with the words of a kind an indicator excludes: "nâng cao chất lượng các tiêu chí" is to improve, not the "NTM nâng cao" standard — so "…, nâng cao chất lượng các tiêu chí, phấn đấu … 20 xã kiểu mẫu" still speaks of model communes.',
  phrases: ['nâng cao chất lượng', 'nâng cao hiệu quả', 'nâng cao đời sống', 'nâng cao nhận thức', 'nâng cao thu nhập', 'nâng cao năng lực', 'nâng cao vai trò', 'nâng cao trình độ', 'nâng cao giá trị', 'nâng cao mức sống', 'nâng cao tiêu chí', 'nâng cao các tiêu chí'],
  examples: { hit: ['tiếp tục duy trì, nâng cao chất lượng các tiêu chí', 'nang cao chat luong cac tieu chi'], miss: ['xã đạt chuẩn nông thôn mới nâng cao', 'xa nang cao'] },
});

export const SHARE_NOUN = phraseSet({
  name: 'share-noun',
  description: 'What a percentage counts, written right after it ("100% chi bộ thôn có nghị quyết …", "95% số hộ …", "85% công suất thiết kế" of a works, "41% tổng vốn ngân sách" of money): a rate of villages is no share of party cells, a rate of households no share of the funds. Only nouns of counted things; a share followed by a verb ("100% đạt chuẩn") says nothing here.',
  phrases: ['chi bộ', 'đảng ủy', 'đảng uỷ', 'đảng bộ', 'cấp ủy', 'cấp uỷ', 'tổ chức cơ sở đảng', 'tổ chức đảng', 'ban chỉ đạo', 'ban phát triển', 'ban quản lý', 'cơ quan', 'hội viên', 'đoàn viên', 'chi hội', 'đảng viên', 'cán bộ', 'công chức', 'hộ', 'hộ dân', 'hộ gia đình', 'người', 'người dân', 'lao động', 'học sinh', 'trường', 'trường học', 'trạm y tế', 'hợp tác xã', 'doanh nghiệp', 'xã', 'huyện', 'thôn', 'bản', 'buôn', 'ấp', 'làng', 'xóm', 'tổ dân phố', 'khu dân cư', 'đơn vị', 'công trình', 'tuyến đường', 'hồ sơ', 'sản phẩm', 'diện tích', 'ha', 'công suất', 'vốn', 'tổng vốn', 'nguồn vốn', 'tổng nguồn vốn', 'kinh phí', 'tổng kinh phí', 'ngân sách', 'tổng mức đầu tư'],
  examples: { hit: ['chi bộ thôn có nghị quyết chuyên đề', 'đảng ủy xã đưa chỉ tiêu thôn đạt chuẩn vào nghị quyết', 'số hộ sử dụng nước sạch', 'thôn đạt chuẩn', 'công suất thiết kế', 'tổng vốn ngân sách', 'kinh phí thực hiện'], miss: ['đạt chuẩn', 'so với kế hoạch'] },
});

export const LIST_OPENER = phraseSet({
  name: 'list-opener',
  description: 'Words opening names in brackets that give only some of them ("(như Tam Xuân 1, Tam Anh Nam)", "(điển hình là …)"): fewer names than the count is no stale list.',
  phrases: ['như', 'điển hình', 'điển hình là', 'tiêu biểu', 'tiêu biểu là', 'chẳng hạn', 'gồm các xã như'],
  examples: { hit: ['như Tam Xuân 1, Tam Anh Nam', 'điển hình là thôn Đông Yên'], miss: ['Tam Xuân 1, Tam Anh Nam', 'Thạch Tân, Xuân Quý'] },
});

export const REMAINING = phraseSet({
  name: 'remaining',
  description: 'After the name of a target, right before a count, the words that make it what is left to reach it, not the target: "chỉ tiêu đơn vị cấp huyện còn 01 đơn vị đang trong quá trình thẩm định".',
  phrases: ['còn', 'chỉ còn', 'vẫn còn', 'còn lại'],
  examples: { hit: ['chỉ tiêu đơn vị cấp huyện còn ', 'mục tiêu xã kiểu mẫu chỉ còn '], miss: ['chỉ tiêu giao ', 'mục tiêu đến năm 2025 là '] },
});

export const LAGGING = phraseSet({
  name: 'lagging',
  description: 'Words right after a count that make it the ones lagging ("03 xã còn chậm", "05 xã chưa hoàn thành", "02 xã đang chờ công nhận") — not a count judged against its target ("12 xã nâng cao chưa đạt mục tiêu").',
  phrases: ['còn chậm', 'chậm tiến độ', 'chưa hoàn thành', 'chưa đạt', 'chưa được công nhận', 'còn khó khăn', 'đang chờ công nhận', 'chờ công nhận', 'đang chờ thẩm định', 'đang hoàn thiện hồ sơ'],
  notBefore: ['mục tiêu', 'chỉ tiêu', 'kế hoạch', 'yêu cầu', 'so với mục tiêu', 'so với chỉ tiêu', 'so với kế hoạch', 'so với yêu cầu'],
  examples: { hit: [' xã còn chậm', ' xã chưa hoàn thành các tiêu chí', ' xã đang chờ công nhận'], miss: [' xã nâng cao chưa đạt mục tiêu', ' xã chưa đạt so với kế hoạch', ' xã đạt chuẩn'] },
});

export const REST_OF = phraseSet({
  name: 'rest-of',
  description: 'Within six words after a count and its noun, with no comma or figure between and no figure after it, the words that make it the rest of them ("Tiến độ đạt chuẩn của 03 xã còn lại chậm", "hoàn thành 01 xã kiểu mẫu còn lại", "hồ sơ 02 xã nông thôn mới nâng cao còn lại", "02 xã còn thiếu so với mục tiêu") — not "16 xã đạt chuẩn NTM nâng cao còn lại 02 xã …", where the rest is the next count.',
  phrases: ['còn lại', 'còn thiếu'],
  examples: { hit: ['còn lại chậm', 'còn thiếu so với mục tiêu'], miss: ['còn chậm', 'lại'] },
});

export const SHARE_PREDICATE = phraseSet({
  name: 'share-predicate',
  description: 'What may follow a percentage that restates the share of the fraction before it ("37/37 xã, 100% đạt chuẩn", "…, 100% đã hoàn thành"). After a comma, a percentage followed by any other word has a subject of its own ("17/17 xã có trang thông tin điện tử, 78% hồ sơ … nộp trực tuyến", "05/05 thôn …, 68% hộ có điện thoại thông minh"): it is a rate of its own, not that share.',
  phrases: ['đạt', 'đều', 'hoàn thành', 'trở lên', 'so với', 'tổng số'],
  examples: { hit: ['đạt chuẩn', 'hoàn thành quy hoạch', 'trở lên'], miss: ['có thư viện', 'đã được phê duyệt điều chỉnh quy hoạch', 'hồ sơ thủ tục hành chính nộp trực tuyến', 'hộ sử dụng nước sạch', 'lao động qua đào tạo'] },
});

export const GROWTH_WORDS = phraseSet({
  name: 'growth-words',
  description: 'A percentage per year that is a growth rate ("tốc độ tăng trưởng 3,6%/năm", "giá trị gia tăng … bình quân tăng 3,2%/năm").',
  phrases: ['tăng trưởng', 'tốc độ', 'bình quân tăng', 'tăng bình quân'],
  examples: { hit: ['Tốc độ tăng trưởng bình quân', 'Giá trị gia tăng ngành nông nghiệp bình quân tăng'], miss: ['Tỷ lệ hộ nghèo', 'Giá trị gia tăng ngành nông nghiệp'] },
});

export const MEASURE_LEAD = phraseSet({
  name: 'measure-lead',
  description: 'How the name of a measured figure opens ("Tỷ lệ …", "Số …", "Thu nhập bình quân …"): a label before a colon that opens so names one indicator, whatever commas it holds; a label of topics does not ("Môi trường, an toàn thực phẩm và cấp nước sạch: …").',
  phrases: ['tỷ lệ', 'tỉ lệ', 'số', 'tổng số', 'tổng', 'mức', 'thu nhập', 'diện tích', 'giá trị', 'bình quân', 'tốc độ', 'sản lượng', 'chiều dài', 'kinh phí', 'nguồn vốn', 'vốn'],
  examples: {
    hit: ['Tỷ lệ lao động nông thôn qua đào tạo, bồi dưỡng nghề', 'Số xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu', 'Thu nhập bình quân đầu người'],
    miss: ['Môi trường, an toàn thực phẩm và cấp nước sạch', 'Giao thông, thủy lợi'],
  },
});

export const SHARE_OF_WHOLE = phraseSet({
  name: 'share-of-whole',
  description: 'The words between a part and its share of a whole, after "(" or ",": "1.915 triệu đồng (chiếm 5,8%)", "…, chiếm tỷ lệ 60%". Read by arithmetic-mismatch (a share of the total stated before).',
  phrases: ['chiếm', 'chiếm tỷ lệ'],
  examples: { hit: ['chiếm', 'chiếm tỷ lệ'], miss: ['đạt', 'bằng'] },
});

export const WHOLE_NAMED = phraseSet({
  name: 'whole-named',
  description: 'Words right after a share that name the total as its whole ("chiếm 36,3% tổng nguồn lực"); any other words name another whole ("chiếm 45% số hộ nghèo", "chiếm 90% kế hoạch vốn").',
  phrases: ['tổng số', 'tổng nguồn', 'tổng vốn', 'tổng kinh phí', 'tổng mức', 'tổng nguồn lực'],
  examples: { hit: ['tổng nguồn lực', 'tổng vốn huy động'], miss: ['số hộ nghèo', 'kế hoạch vốn'] },
});

/** Words before "gồm", in a sentence that gives no figure of its own, that say the list breaks down a whole given before ("Cơ cấu nguồn vốn gồm: …"). */
export const LIST_OF_WHOLE = phraseSet({
  name: 'list-of-whole',
  description: 'A list in a sentence with no figure before "gồm" breaks down a whole the paragraph gave only when its words refer back to it ("Cơ cấu nguồn vốn gồm: …", "Tổng vốn trên gồm"); a part named with no figure ("Vốn tín dụng gồm dư nợ … 1.482,9 tỷ đồng và … 2.099,5 tỷ đồng") breaks down a figure the report does not give.',
  phrases: ['cơ cấu', 'tổng số', 'tổng vốn', 'tổng nguồn', 'tổng kinh phí', 'tổng mức', 'toàn bộ', 'cụ thể', 'chi tiết', 'phân theo', 'chia theo', 'nói trên', 'vốn trên', 'nguồn vốn trên', 'kinh phí trên', 'số trên'],
  examples: { hit: ['Cơ cấu nguồn vốn', 'Tổng vốn trên', 'Cụ thể'], miss: ['Vốn tín dụng', 'Ngân sách tỉnh', 'Vốn tín dụng trên địa bàn'] },
});

/** Words right after a count that say those were proposed for recognition, not recognised: "tại 2 xã đề nghị công nhận đạt chuẩn". */
export const PROPOSED_FOR = phraseSet({
  name: 'proposed-for',
  description: 'Right after a count (and its noun), these say the places are proposed or registered for recognition ("lấy ý kiến sự hài lòng của người dân tại 2 xã đề nghị công nhận đạt chuẩn"): no count of those that met the standard.',
  phrases: ['đề nghị công nhận', 'đề nghị xét công nhận', 'đang đề nghị công nhận', 'được đề nghị công nhận', 'đề nghị thẩm định', 'trình công nhận', 'trình thẩm định', 'đăng ký đạt chuẩn', 'đăng ký công nhận', 'đăng ký xây dựng'],
  examples: { hit: ['đề nghị công nhận đạt chuẩn', 'đăng ký đạt chuẩn năm 2024'], miss: ['được công nhận đạt chuẩn', 'đạt chuẩn nông thôn mới'] },
});

/** A table row's label that counts those recognised (or added) in each year, not how many there are. */
export const RECOGNISED_IN_YEAR = phraseSet({
  name: 'recognised-in-year',
  description: 'In a row with a result column per year, these words say each figure is that year\'s new ones ("Xã NTM nâng cao được công nhận (xã) | 2 | 1 | 3 | 0"), read so only when the figures fall from one year to the next.',
  phrases: ['được công nhận', 'công nhận mới', 'tăng thêm', 'đạt chuẩn mới', 'xây dựng mới'],
  examples: { hit: ['Xã NTM nâng cao được công nhận (xã)', 'Số thôn kiểu mẫu tăng thêm'], miss: ['Số xã đạt chuẩn nông thôn mới'] },
});

/** An act that recognises places said new by its own words, right before the count or a list of counts ("công nhận mới 10 xã …"). */
export const NEWLY_RECOGNISED = phraseSet({
  name: 'newly-recognised',
  description: 'Right before a count (or a list of counts, each opening on its figure), these say the places were recognised anew: the counts are additions, not how many there are ("toàn tỉnh công nhận mới 10 xã đạt chuẩn nông thôn mới, 12 xã … nâng cao").',
  phrases: ['công nhận mới', 'công nhận thêm', 'được công nhận mới', 'được công nhận thêm', 'công nhận bổ sung'],
  examples: { hit: ['toàn tỉnh công nhận mới 10 xã', 'huyện có thêm 03 xã được công nhận thêm'], miss: ['đã công nhận 15 xã', 'được công nhận đạt chuẩn'] },
});

/** A time span within which things happened: places recognised within it are its new ones ("trong 6 tháng đầu năm 2025"). */
export const WITHIN_SPAN = phraseSet({
  name: 'within-span',
  description: 'A span that counts what happened within it ("Các xã được công nhận trong 6 tháng đầu năm 2025 gồm: 09 xã …", "Trong năm 2024, huyện có 03 xã được công nhận"): a count of places recognised within it is the span\'s new ones, not how many there are.',
  phrases: ['trong năm', 'trong … tháng', 'trong tháng', 'trong quý', 'trong đợt', 'riêng … tháng', 'riêng năm', 'riêng quý', 'trong 02 năm', 'trong 2 năm', 'trong 03 năm', 'trong 3 năm', 'trong hai năm', 'trong ba năm', 'trong 05 năm', 'trong 5 năm', 'trong năm năm'],
  examples: { hit: ['Các xã được công nhận trong 6 tháng đầu năm 2025 gồm', 'Trong năm 2024, huyện có', 'trong quý III/2024', 'riêng 5 tháng đầu năm 2025 đã chi thưởng'], miss: ['đến hết năm 2024', 'trong đó', 'trong số 12 xã', 'trong giai đoạn 2021 - 2025'] },
});

/** Words right before a figure that make it a condition or a requirement, not a result: "điều kiện 100% số xã … chưa đáp ứng". */
export const NORM_LEAD = phraseSet({
  name: 'norm-lead',
  description: 'Right before a figure, these make it what is required ("điều kiện 100% số xã trên địa bàn đạt chuẩn … chưa đáp ứng", "yêu cầu tối thiểu 95%"), not what was reached.',
  phrases: ['điều kiện', 'điều kiện là', 'yêu cầu', 'yêu cầu là', 'quy định'],
  examples: { hit: ['đồng thời điều kiện', 'theo yêu cầu'], miss: ['đạt', 'có'] },
});

/** Words that make a part after a comma a clause of its own, not more of the places' description ("05 xã bãi ngang ven biển, đầm phá có"). */
/** Kinds of budget money by use, which divide a budget source ("ngân sách trung ương 420 tỷ đồng; riêng vốn đầu tư phát triển 310 tỷ đồng"). */
export const BUDGET_KIND = phraseSet({
  name: 'budget-kind',
  description: 'A kind of budget money by its use — investment or recurrent, or government bonds — that divides a source of funds: a list item on "riêng" naming one is part of the source before it (not of another such kind beside it), no source of its own.',
  phrases: ['vốn đầu tư phát triển', 'vốn đầu tư công', 'vốn sự nghiệp', 'kinh phí sự nghiệp', 'nguồn vốn đầu tư phát triển', 'nguồn vốn sự nghiệp', 'vốn ĐTPT', 'vốn SN', 'vốn trái phiếu chính phủ', 'vốn trái phiếu'].map((x) => x.toLowerCase()),
  examples: { hit: ['vốn đầu tư phát triển 310 tỷ đồng', 'vốn sự nghiệp là 41.200 triệu đồng'], miss: ['nhân dân đóng góp', 'vốn tín dụng', 'vốn lồng ghép'] },
});

export const ACTION_LEAD = phraseSet({
  name: 'action-lead',
  description: 'After ";" in a "trong đó:" list, a verb right before a count opens a statement of its own, no part of the list ("… 1.102 nhà cho hộ nghèo, 531 nhà cho hộ cận nghèo và 213 nhà cho người có công; xây dựng 12 nhà văn hóa cộng đồng"). A verb before a purpose is a part named by its purpose ("; xây dựng đường giao thông 50 tỷ đồng").',
  phrases: ['xây dựng', 'xây mới', 'hỗ trợ', 'tổ chức', 'đầu tư', 'triển khai', 'sửa chữa', 'nâng cấp', 'cải tạo', 'thực hiện', 'ban hành', 'vận động', 'huy động', 'đào tạo', 'tập huấn', 'giải quyết', 'khen thưởng', 'thành lập', 'trao', 'tặng', 'cấp'],
  examples: { hit: ['xây dựng 12 nhà văn hóa', 'tổ chức 06 lớp'], miss: ['nhà cho hộ nghèo', 'so với năm 2020'] },
});

export const CLAUSE_WORDS = phraseSet({
  name: 'clause-words',
  description: 'After a comma in the words that describe a count of places, these open a clause of its own ("05 xã đạt chuẩn, toàn huyện có …"); without them the comma goes on describing the places ("05 xã bãi ngang ven biển, đầm phá có 30/32 thôn").',
  phrases: ['đạt', 'được', 'là', 'toàn', 'trên', 'của', 'đã'],
  examples: { hit: [', toàn huyện có', ', đã được công nhận'], miss: [', đầm phá có'] },
});

/** Units that count things made or done (not money, land, lengths or people): their kinds may be named by nouns of their own. */
export const THINGS_COUNTED = phraseSet({
  name: 'things-counted',
  description: 'A whole counted in these ("14 công trình hạ tầng") may be broken down into kinds named by nouns of their own ("06 tuyến đường …, 04 nhà văn hóa xóm và 03 công trình nước …").',
  phrases: ['công trình', 'dự án', 'mô hình', 'hạng mục', 'sản phẩm'],
  examples: { hit: ['công trình', 'dự án'], miss: ['tỷ đồng', 'ha'] },
});

/** Kinds of a thing that are not the kind an indicator's compound names ("nước hợp vệ sinh" is water, not "nước sạch"). */
export const OTHER_KIND_OF_THING = phraseSet({
  name: 'other-kind-of-thing',
  description: 'Kinds of a thing an indicator names by a compound, other than that kind: water that is hygienic, piped, rain or well water is no clean water ("- Nước sạch: Tỷ lệ hộ … sử dụng nước hợp vệ sinh đạt 99,3%" gives the hygienic-water rate, whatever the label — nyw01). Water said to meet the standard ("nước sinh hoạt đạt quy chuẩn", "nước theo QCVN") is clean water, and named by none of these (review-58c A3–A6).',
  phrases: ['nước hợp vệ sinh', 'nước sinh hoạt hợp vệ sinh', 'nước máy', 'nước mưa', 'nước giếng', 'nước từ công trình cấp nước tập trung', 'nước của các công trình cấp nước tập trung', 'nước của công trình cấp nước tập trung'],
  examples: { hit: ['sử dụng nước hợp vệ sinh đạt', 'dùng nước máy đạt', 'sử dụng nước của các công trình cấp nước tập trung'], miss: ['sử dụng nước sinh hoạt đạt quy chuẩn', 'sử dụng nước theo quy chuẩn', 'sử dụng nước sạch'] },
});

/** Right after a count, a kind of cooperative named by a noun of its own: "61 quỹ tín dụng nhân dân" is some of "389 HTX" (not "17 tổ hợp tác", "25 trang trại"). */
export const COOPERATIVE_KIND = phraseSet({
  name: 'cooperative-kind',
  description: 'Kinds of cooperative named by a noun of their own, counted among the cooperatives ("389 HTX, trong đó 241 HTX nông nghiệp, 95 HTX phi nông nghiệp và 61 quỹ tín dụng nhân dân"): a people\'s credit fund is a cooperative; a cooperative group (tổ hợp tác), a farm or a product is not.',
  phrases: ['quỹ tín dụng nhân dân', 'qtdnd', 'liên hiệp hợp tác xã', 'liên hiệp htx'],
  examples: { hit: ['quỹ tín dụng nhân dân', 'liên hiệp hợp tác xã'], miss: ['tổ hợp tác', 'trang trại'] },
});

/** Right after "vụ", an offence or incident under which each case is counted once: "12 vụ trộm cắp tài sản, 9 vụ cố ý gây thương tích". */
export const OFFENCE_KIND = phraseSet({
  name: 'offence-kind',
  description: 'Kinds of case ("vụ") as public-security reports count them, each case under one kind: parts after "trong đó" so named divide the whole ("27 vụ phạm pháp hình sự, trong đó 12 vụ trộm cắp tài sản, 9 vụ cố ý gây thương tích, 8 vụ đánh bạc"), however many words a kind takes. Not what was done about the cases ("điều tra làm rõ", "khởi tố"), nor groups by victim or setting that cut across the offences ("xâm hại tình dục trẻ em", "bạo lực gia đình"), nor civil disputes ("tranh chấp …"), which a dispute\'s other traits overlap — review-50 A6, A18, A19.',
  phrases: ['trộm cắp', 'trộm', 'cướp giật', 'cướp', 'cưỡng đoạt', 'lừa đảo', 'lạm dụng tín nhiệm', 'cố ý gây thương tích', 'gây thương tích', 'giết người', 'hiếp dâm', 'đánh bạc', 'tổ chức đánh bạc', 'gá bạc', 'ma túy', 'ma tuý', 'mua bán trái phép', 'tàng trữ trái phép', 'vận chuyển trái phép', 'tổ chức sử dụng trái phép', 'gây rối trật tự', 'hủy hoại', 'huỷ hoại', 'chống người thi hành công vụ', 'buôn lậu', 'buôn bán hàng cấm', 'vận chuyển hàng cấm', 'khai thác khoáng sản trái phép', 'khai thác cát trái phép', 'vi phạm quy định về', 'tai nạn giao thông', 'cháy', 'cháy rừng', 'mua bán người'],
  examples: { hit: ['trộm cắp tài sản', 'cố ý gây thương tích', 'đánh bạc', 'mua bán trái phép chất ma túy'], miss: ['đã điều tra làm rõ', 'khởi tố', 'do người ngoài địa bàn gây ra', 'bạo lực gia đình', 'tranh chấp kéo dài, phức tạp'] },
});

/** Right before a count: the words that take one ("hoàn thành 12 cầu", "trồng 12.500 cây", "có thêm 03 trường"). */
export const COUNT_VERB = phraseSet({
  name: 'count-verb',
  description: 'Words that take a count right after them: an ellipsis in its place, before a noun the paragraph counts elsewhere, is a count left out ("… 46 cầu …; ước cả năm 2023 hoàn thành … cầu"). Not a list\'s last item before a closing ellipsis ("chanh leo … cây").',
  // (the verbs that open a statement of their own before a count, action-lead's, and more)
  phrases: [...ACTION_LEAD.set.phrases, 'hoàn thành', 'xây dựng mới', 'làm mới', 'trồng', 'trồng mới', 'có', 'có thêm', 'thêm', 'đạt', 'còn', 'được', 'lên', 'tăng', 'giảm', 'được công nhận', 'công nhận', 'phát triển', 'tiếp nhận', 'xử lý', 'tiêm phòng cho', 'cho'],
  examples: { hit: ['ước cả năm 2023 hoàn thành', '6 tháng đầu năm 2024 trồng', 'có thêm', 'năm 2024 tiếp tục hỗ trợ'], miss: ['chanh leo', 'bưởi và cam', 'trâu/bò/dê'] },
});

/** After a noun, a word that ends its phrase: a count left out before "cầu, chủ yếu tại …", "trường được công nhận" names the noun alone. */
export const PHRASE_ENDS = phraseSet({
  name: 'phrase-ends',
  description: 'Words of no content that may follow a noun and end its phrase ("… cầu, chủ yếu tại", "… trường được công nhận", "… con cho hộ nghèo"): the noun is the thing counted, not the first word of another ("cuộc sống", "cầu nối", "bản sắc").',
  phrases: ['được', 'đã', 'đạt', 'tại', 'ở', 'trong', 'cho', 'với', 'của', 'chủ yếu', 'trên', 'theo', 'thuộc', 'là', 'và', 'nữa', 'mới'],
  examples: { hit: ['được', 'chủ yếu', 'cho'], miss: ['sống', 'nối', 'sắc'] },
});

/** A table cell's words that compare with the same time a year before: "(6 tháng, so cùng kỳ)". */
export const SAME_TIME_LAST_YEAR = phraseSet({
  name: 'same-time-last-year',
  description: 'A result cell that says its figure is against the same time last year ("3,4 (6 tháng, so cùng kỳ)") gives another measure than the period\'s, beside a column that gives the period\'s.',
  phrases: ['cùng kỳ', 'so cùng kỳ', 'so với cùng kỳ'],
  examples: { hit: ['3,4 (6 tháng, so cùng kỳ)'], miss: ['3,62 (bình quân 2021-2023)'] },
});

/** Words that name a rate: "tỷ lệ hộ nghèo" — a percentage in the bracket after them is that rate. */
export const RATE_WORDS = phraseSet({
  name: 'rate-words',
  description: 'Followed by the rate\'s subject, these name a rate ("do tỷ lệ hộ nghèo còn cao (7,64%)"): the percentage in the bracket after is that rate, not a fraction\'s share.',
  phrases: ['tỷ lệ', 'tỉ lệ'],
  examples: { hit: ['do tỷ lệ hộ nghèo còn cao ('], miss: ['còn thiếu tiêu chí Nghèo đa chiều ('] },
});

export const AVERAGE_OF_SPAN = phraseSet({
  name: 'average-of-span',
  description: 'All the words between a span just given and its yearly average ("… giảm từ 7,94% cuối năm 2021 xuống còn 2,86% cuối năm 2023, bình quân giảm 2,54%/năm"): the average is said of the span\'s own subject, as directly as the span.',
  phrases: ['bình quân giảm', 'bình quân tăng', 'bình quân mỗi năm giảm', 'bình quân mỗi năm tăng', 'mỗi năm giảm', 'mỗi năm tăng', 'giảm bình quân', 'tăng bình quân', 'bình quân hằng năm giảm', 'bình quân hằng năm tăng', 'bình quân hàng năm giảm', 'bình quân hàng năm tăng', 'mỗi năm giảm bình quân', 'mỗi năm tăng bình quân', 'bình quân giảm mỗi năm', 'bình quân tăng mỗi năm', 'giảm bình quân mỗi năm', 'tăng bình quân mỗi năm', 'bình quân giảm hằng năm', 'bình quân giảm hàng năm'],
  examples: { hit: ['bình quân giảm', 'mỗi năm giảm'], miss: ['trong đó', 'giảm còn', 'bình quân đạt'] },
});

export const SPAN_WORDS = phraseSet({
  name: 'span-words',
  description: 'A change told from one level to another ("giảm từ 7,94% … xuống còn 2,86%", "tăng từ 38,3 triệu đồng lên 59,8 triệu đồng"): the yearly average after it is of the same subject.',
  phrases: ['xuống còn', 'xuống', 'lên', 'giảm từ', 'tăng từ', 'còn'],
  examples: { hit: ['giảm từ 7,94% cuối năm 2021 xuống còn 2,86%', 'tăng từ 38,3 triệu đồng lên 59,8 triệu đồng', 'giảm từ 9,86% (cuối năm 2021) còn 7,95% (cuối năm 2022)', 'đầu năm 2022 toàn xã có 443 hộ nghèo (14,63%); cuối năm 2023 còn 303 hộ (9,87%)'], miss: ['bình quân giảm 2,54%/năm'] },
});

export const PER_YEAR_WORDS = phraseSet({
  name: 'per-year-words',
  description: 'A percentage that is a yearly change ("giảm bình quân 1,8%", "mỗi năm giảm 2,05%").',
  phrases: ['bình quân', 'mỗi năm', 'hằng năm', 'hàng năm', '/năm'],
  examples: { hit: ['giảm bình quân 1,8%', 'bình quân mỗi năm giảm'], miss: ['giảm còn 4,2%'] },
});

type Finder = { find(t: string): { start: number; end: number } | null; atStart?(t: string): { start: number; end: number } | null };
/** The hit at the text's start (a set's anchored search where it has one). */
const first = (m: Finder, t: string) => (m.atStart ? m.atStart(t) : m.find(t));
/** Whether the text (spaces and commas aside) is one phrase of the set and nothing else. */
export const isOnly = (m: Finder, text: string) => {
  const t = text.replace(/^[\s,]+|[\s,]+$/gu, '');
  const h = first(m, t);
  return !!h && h.start === 0 && h.end === t.length;
};
/** Whether the text (spaces and commas aside) is phrases of the set one after another and nothing else ("chỉ tiêu riêng do Nghị quyết"). */
export const isOnlyOf = (m: Finder, text: string) => {
  let t = text.replace(/^[\s,]+|[\s,]+$/gu, '');
  for (let n = 0; t && n < 12; n++) {
    const h = first(m, t);
    if (!h || h.start !== 0) return false;
    t = t.slice(h.end).replace(/^[\s,]+/u, '');
  }
  return !t;
};
/** Whether the text (spaces and commas aside) starts with a phrase of the set. */
export const startsWith = (m: Finder, text: string) => first(m, text.replace(/^[\s,]+/u, ''))?.start === 0;

/** "06 đơn vị cấp huyện": units of a level, written out (a count of units and of that level's places at once). */
export const LEVEL_UNITS: Record<string, string> = { 'đơn vị cấp huyện': 'huyện', 'đơn vị cấp xã': 'xã' };
/** Units written two ways for one thing: "46 căn nhà …, trong đó 28 căn …"; a yearly fall "2,36 điểm phần trăm/năm" is "%/năm". */
/** Money's units, in millions of đồng: one sum written in two of them is one sum ("31.500 triệu đồng" is 31,5 tỷ đồng). */
export const MONEY_IN_MILLIONS: Record<string, number> = { 'tỷ đồng': 1000, 'triệu đồng': 1, 'nghìn đồng': 0.001, 'ngàn đồng': 0.001 };

export const SAME_UNIT: Record<string, string> = {
  'căn nhà': 'căn', 'ngôi nhà': 'căn', 'căn hộ': 'căn', 'điểm phần trăm/năm': '%/năm', 'điểm %/năm': '%/năm',
  // money abbreviated as offices type it in a hurry: "158 tr.đồng/ha", "12,5 tỷ đ", "45 trđ"
  'tr.đồng': 'triệu đồng', 'tr.đ': 'triệu đồng', 'tr. đồng': 'triệu đồng', 'trđ': 'triệu đồng', 'tr đồng': 'triệu đồng', 'tỷ đ': 'tỷ đồng', 'tỉ đồng': 'tỷ đồng',
  // square metres typed without the superscript
  m2: 'm²',
  // a percentage written out, "chiếm 65,4 phần trăm", "còn 1,93 phần trăm" (nwd06; "điểm phần trăm" stays points: "điểm" comes first)
  'phần trăm': '%',
  // the short form every office writes for cooperatives: "392 HTX nông nghiệp"
  HTX: 'hợp tác xã',
  // … and for criteria: "huyện tự đánh giá đạt 7/9 TC huyện NTM NC" counts criteria, no districts (walk46, by05)
  TC: 'tiêu chí',
};

/**
 * A classifier and the noun it counts, read as the noun alone: "1.086 cây cầu …, gồm: 214 cầu trên đường huyện, …" counts bridges both
 * times (session 45, nvx03); a part counted by the classifier, "214 cây", still fits. Only pairs: "cây" alone is a tree ("1.000 cây
 * xanh"), "cây số" a kilometre, "con" a child.
 */
export const CLASSIFIED_NOUNS: Record<string, string> = {
  'cây cầu': 'cầu', 'chiếc cầu': 'cầu', 'con đường': 'đường', 'ngôi nhà': 'nhà', 'căn nhà': 'nhà', 'ngôi trường': 'trường',
  'chiếc tàu': 'tàu', 'con tàu': 'tàu', 'chiếc xe': 'xe', 'ngôi chợ': 'chợ', 'cái giếng': 'giếng',
};

export const SOURCE_OF_MEANS = phraseSet({
  name: 'source-of-means',
  description: 'A list item that opens on where the means came from (a budget, a programme\'s money, the people, firms): items so named divide a whole by source, each thing done counted once.',
  phrases: ['từ vốn', 'từ nguồn', 'từ ngân sách', 'vốn', 'nguồn vốn', 'nguồn', 'ngân sách', 'nhân dân', 'người dân', 'doanh nghiệp', 'xã hội hóa', 'vận động', 'lồng ghép', 'tín dụng', 'nhà nước', 'các tổ chức', 'con em'],
  examples: { hit: ['từ vốn Chương trình nông thôn mới 62 tuyến', 'nhân dân tự đóng góp nạo vét 58 tuyến', 'doanh nghiệp hỗ trợ 14 tuyến'], miss: ['kiên cố hóa 124 tuyến', 'lĩnh vực trồng trọt 5 tổ', 'bình quân mỗi năm 12 tuyến'] },
});
