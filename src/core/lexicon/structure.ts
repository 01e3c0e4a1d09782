/** Words about the shape of a report: filler that is not content, closing lines. */
import { phraseSet } from './phrases';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const TWO_CAPITALS = /^\p{Lu}{2}/u;

export const NONE_ANSWER = phraseSet({
  name: 'none-answer',
  description: 'A definite answer that there is nothing to report ("Không phát sinh." under nợ đọng, "Không có." under kiến nghị): content, not filler.',
  phrases: ['không', 'không có', 'không phát sinh', 'chưa phát sinh', 'không có phát sinh', 'không có nợ đọng', 'không nợ đọng', 'không có nợ đọng xây dựng cơ bản', 'không có kiến nghị', 'không có đề xuất', 'không có kiến nghị, đề xuất', 'không có vướng mắc', 'không có kiến nghị khác', 'không có đề xuất khác', 'không có kiến nghị, đề xuất khác'],
  examples: { hit: ['Không phát sinh', 'Không có', 'Không có nợ đọng xây dựng cơ bản', 'Không có kiến nghị khác'], miss: ['Đang tổng hợp, báo cáo sau', 'Nội dung này sẽ bổ sung sau'] },
});

export const NONE_ASKED = phraseSet({
  name: 'none-asked',
  description: 'Words anywhere in a heading that ask about something a unit may well not have (debts, complaints, "(nếu có)"): there a none-answer ("Không.", "Không có.") is content; under a heading of work done ("Vai trò của Mặt trận Tổ quốc …") it leaves the section empty.',
  phrases: ['nợ đọng', 'vốn đối ứng', 'nếu có', 'sai phạm', 'vi phạm', 'khiếu nại', 'tố cáo', 'đơn thư', 'sự cố', 'rủi ro', 'có sự tham gia của cộng đồng'],
  examples: { hit: ['Tình hình nợ đọng xây dựng cơ bản', 'Kiến nghị khác (nếu có)'], miss: ['Vai trò của Mặt trận Tổ quốc và các đoàn thể', 'Tổ chức thực hiện', 'Bối cảnh, thuận lợi, khó khăn của địa phương'] },
});

export const NONE_ASKED_LEAD = phraseSet({
  name: 'none-asked-lead',
  description: 'Words that open a heading asking about something a unit may not have (proposals, difficulties, lessons): "Kiến nghị", "Khó khăn, vướng mắc", "Bài học kinh nghiệm". Read at the heading\'s start only (substance.ts): such a word inside a heading of other things ("Bối cảnh, thuận lợi, khó khăn …") asks nothing.',
  phrases: ['kiến nghị', 'đề xuất', 'đề nghị', 'vướng mắc', 'khó khăn', 'tồn tại', 'hạn chế', 'phát sinh', 'bài học', 'những khó khăn', 'những tồn tại', 'những hạn chế', 'các kiến nghị', 'một số kiến nghị', 'ý kiến'],
  examples: { hit: ['Đề xuất, kiến nghị', 'Bài học kinh nghiệm', 'Khó khăn, vướng mắc'], miss: ['Vai trò của Mặt trận Tổ quốc', 'Tổ chức thực hiện'] },
});

export const FILLER = phraseSet({
  name: 'filler',
  description: 'A line that stands in for content without being content.',
  phrases: [
    'đang tổng hợp', 'báo cáo sau', 'bổ sung sau', 'sẽ bổ sung', 'sẽ bổ sung sau', 'nội dung này sẽ bổ sung sau', 'sẽ được bổ sung', 'được bổ sung sau', 'sẽ báo cáo', 'cập nhật sau', 'đang cập nhật', 'sẽ cập nhật',
    'như báo cáo trước', 'như đã báo cáo', 'như báo cáo kỳ trước', 'đính kèm phụ lục', 'đính kèm các phụ lục', 'có phụ lục kèm theo',
    'phụ lục kèm theo', 'có phụ lục … kèm theo', 'phụ lục số … kèm theo', 'chi tiết tại phụ lục', 'chi tiết có phụ lục', 'chi tiết theo phụ lục', 'xem phụ lục', 'nếu có',
    'có biểu … kèm theo', 'biểu tổng hợp kèm theo', 'biểu chi tiết kèm theo', 'có bảng … kèm theo', 'phụ biểu kèm theo', 'có phụ biểu … kèm theo',
    'chi tiết tại biểu', 'chi tiết theo biểu', 'biểu số … kèm theo',
    'không có nội dung', 'chưa có số liệu', 'đang hoàn thiện', 'tiếp tục cập nhật', 'đang xây dựng', 'sẽ gửi sau', 'gửi sau',
  ],
  examples: {
    hit: ['(Đính kèm phụ lục)', '(Có biểu tổng hợp kèm theo)', 'Đang tổng hợp, báo cáo sau.', 'Nội dung này sẽ bổ sung sau.', 'Nội dung này sẽ bổ sung sau', 'Như báo cáo trước.', '(Chi tiết tại Phụ lục 01 kèm theo)', '(Có Phụ lục số 02 kèm theo)', '(Chi tiết tại Biểu số 05 kèm theo)'],
    miss: ['Các cấp ủy đã tập trung lãnh đạo thực hiện nghiêm túc.', 'Toàn huyện có 12 xã đạt chuẩn.', 'Biểu dương 25 tập thể, 48 cá nhân có thành tích.'],
  },
});

export const LEFT_TO_FILL = phraseSet({
  name: 'left-to-fill',
  description: 'A note in brackets inside written text marking a spot still to fill ("danh sách khen thưởng (đang cập nhật)").',
  phrases: ['đang cập nhật', 'cập nhật sau', 'sẽ cập nhật', 'đang bổ sung', 'bổ sung sau', 'sẽ bổ sung', 'sẽ bổ sung sau', 'chưa có số liệu', 'đang tổng hợp', 'số liệu cập nhật sau', 'đang tổng hợp số liệu', 'chưa cập nhật'],
  examples: { hit: ['đang cập nhật', 'Số liệu cập nhật sau', 'chưa có số liệu'], miss: ['nâng cấp 12 km', 'kể cả đồng bào dân tộc thiểu số'] },
});

/** Words after which a put-off or pointer phrase is about a routine, not this section ("báo cáo sau mỗi quý", "sau khi …"). */
const ROUTINE_AFTER = ['mỗi', 'khi', 'từng', 'hằng', 'định kỳ', 'các', 'cho'];

export const DEFERRAL = phraseSet({
  name: 'deferral',
  description: 'A sentence that puts its content off to later, or to a separate letter: with no figure, the whole sentence is filler, whoever it names ("Văn phòng NTM xã đang tổng hợp số liệu, sẽ báo cáo bổ sung sau.").',
  phrases: ['báo cáo sau', 'bổ sung sau', 'báo cáo bổ sung sau', 'sẽ tổng hợp … bổ sung', 'bổ sung sau khi có', 'báo cáo sau khi có số liệu', 'đang chờ số liệu', 'hoàn thiện sau khi có', 'cập nhật vào báo cáo sau', 'cập nhật vào báo cáo sau khi có', 'sẽ cập nhật sau khi có', 'sẽ được cập nhật sau khi có', 'sẽ được cập nhật khi có', 'sẽ cập nhật … vào báo cáo', 'sẽ cập nhật … vào báo cáo khi có', 'sẽ bổ sung … vào báo cáo khi có', 'cập nhật … vào báo cáo sau khi có', 'bổ sung sau khi thống nhất', 'sẽ báo cáo bổ sung', 'cập nhật sau', 'gửi sau', 'sẽ bổ sung … vào báo cáo', 'sẽ bổ sung … trong báo cáo', 'sẽ bổ sung … tại báo cáo', 'sẽ được bổ sung … vào báo cáo', 'sẽ được bổ sung … trong báo cáo', 'sẽ được bổ sung … tại báo cáo', 'sẽ … bổ sung trong dự thảo', 'sẽ được bổ sung trong dự thảo', 'số liệu … sẽ bổ sung', 'số liệu … sẽ được bổ sung', 'số liệu … sẽ bổ sung khi', 'số liệu … sẽ được bổ sung khi', 'nội dung này sẽ được … bổ sung', 'đề xuất sẽ được … bổ sung', 'kiến nghị sẽ được … bổ sung', 'số liệu sẽ được … bổ sung', 'báo cáo bằng văn bản riêng', 'bổ sung nội dung này', 'hoàn thiện nội dung này', 'điền sau', 'phần này do', 'mục này do', 'sẽ … văn bản riêng', 'sẽ … văn bản kiến nghị riêng', 'sẽ có văn bản', 'đã báo cáo tại báo cáo số', 'được báo cáo tại báo cáo số', 'đã báo cáo … tại báo cáo số', 'được báo cáo … tại báo cáo số', 'đã có kiến nghị … tại báo cáo số', 'đã kiến nghị … tại báo cáo số', 'được … báo cáo … tại báo cáo số', 'đã có đề xuất … tại báo cáo số', 'đã đề xuất … tại báo cáo số', 'nội dung … được cụ thể tại', 'nội dung … đã được cụ thể tại', 'nội dung … được cụ thể hóa tại', 'nội dung … đã được cụ thể hóa tại', 'nội dung … được cụ thể hoá tại', 'nội dung … được nêu cụ thể tại', 'nội dung … đã được nêu cụ thể tại', 'nội dung … được nêu tại kế hoạch số', 'nội dung … được nêu tại báo cáo số', 'nội dung … được quy định cụ thể tại'],
  notBefore: ROUTINE_AFTER,
  examples: {
    hit: ['Nội dung này sẽ được Văn phòng Điều phối tổng hợp, bổ sung sau khi có số liệu chính thức.', 'Sở sẽ tổng hợp, bổ sung sau khi có ý kiến của các đơn vị phối hợp.', 'Phòng sẽ tổng hợp và bổ sung vào báo cáo chính thức.', 'Ủy ban MTTQ Việt Nam huyện đang tổng hợp, sẽ bổ sung vào báo cáo chính thức.', '(Văn phòng nông thôn mới xã đang tổng hợp số liệu, sẽ báo cáo bổ sung sau.)', 'Số liệu cập nhật sau.', 'Sẽ báo cáo sau khi có số liệu quyết toán năm 2023.', 'Phòng Tài chính - Kế hoạch sẽ bổ sung số liệu vào báo cáo chính thức.', 'Đang chờ số liệu chính thức của Chi cục Thống kê.', 'Nội dung đánh giá sẽ được bổ sung tại Báo cáo tổng kết năm 2024.', 'Nội dung đánh giá công tác phối hợp của Mặt trận sẽ được bổ sung trong dự thảo lần 2.', 'UBND huyện sẽ bổ sung đầy đủ trong báo cáo chính thức.', 'Số liệu huy động nguồn lực sẽ bổ sung khi Chi cục Thống kê công bố chính thức.', '(Bộ phận Tài chính - Kế toán xã bổ sung nội dung này)', 'Sở Giao thông vận tải sẽ tổng hợp và có văn bản kiến nghị riêng gửi UBND tỉnh sau Hội nghị sơ kết.', 'Phần này do Phòng Tài chính - Kế hoạch báo cáo.', 'Những tồn tại, hạn chế trong thực hiện tiêu chí y tế Sở Y tế đã báo cáo cụ thể tại Báo cáo số 3302/BC-SYT ngày 20/10/2023 gửi UBND tỉnh.', 'Sở đã có kiến nghị cụ thể tại Báo cáo số 3856/BC-SCT ngày 20/10/2023 gửi UBND tỉnh.', 'Như nội dung UBND huyện đã kiến nghị tại Báo cáo số 412/BC-UBND ngày 10/11/2023 về sơ kết 3 năm thực hiện Chương trình.', 'Những tồn tại trong thực hiện tiêu chí môi trường đã được Sở báo cáo đầy đủ tại Báo cáo số 1862/BC-STNMT ngày 14/7/2023.', 'Nội dung tổ chức thực hiện đã được cụ thể tại Kế hoạch số 152-KH/HU ngày 10/9/2021 của Ban Thường vụ Huyện ủy.', 'Nội dung kiến nghị, đề xuất sẽ được UBND xã bổ sung sau khi thống nhất với các phòng, ban của thành phố.', 'Văn phòng Điều phối sẽ tổng hợp, cập nhật vào báo cáo sau khi có ý kiến của các phòng, ban.'],
    miss: ['Danh sách hộ nghèo, hộ cận nghèo được cập nhật sau khi có kết quả rà soát và niêm yết công khai tại nhà văn hóa thôn.', 'UBND tỉnh sẽ xem xét bổ sung kinh phí cho các xã đặc biệt khó khăn.', 'Sở sẽ tổng hợp kết quả, báo cáo UBND tỉnh.', 'Ban Chỉ đạo huyện phân công các thành viên theo dõi, kiểm tra địa bàn và báo cáo theo lĩnh vực phụ trách.', 'Đã báo cáo UBND huyện kết quả thẩm định.', 'Các xã đang tổng hợp hồ sơ đề nghị công nhận.', 'tổng hợp kết quả và báo cáo sau mỗi quý', 'sẽ báo cáo UBND tỉnh kết quả thẩm định', 'UBND tỉnh đã ban hành văn bản riêng hướng dẫn thực hiện tiêu chí giao thông.', 'Nghị quyết số 16-NQ/TU đã được cụ thể hóa tại Kế hoạch số 152-KH/HU và Đề án phát triển nông nghiệp hữu cơ của huyện.', 'Các giải pháp đã được nêu cụ thể tại Kế hoạch số 45/KH-UBND, trong đó tập trung rà soát quy hoạch.', 'Các công trình còn thiếu vốn sẽ được huyện bổ sung trong kế hoạch đầu tư công.', 'Các hồ chứa nước được đầu tư trong giai đoạn 2021-2024 sẽ bổ sung nguồn nước tưới và sinh hoạt.', 'Kinh phí duy tu các tuyến đường đã xuống cấp, UBND huyện sẽ bổ sung khi có nguồn vượt thu ngân sách.', 'Các thiết chế văn hóa thôn còn thiếu, UBND các xã sẽ bổ sung khi có quỹ đất phù hợp.', 'Phòng Nông nghiệp và PTNT thẩm định các tiêu chí của từng xã, báo cáo sau khi có kết quả kiểm tra thực tế.', 'Ban giám sát đầu tư của cộng đồng hoạt động thường xuyên và sẽ báo cáo sau khi công trình hoàn thành, bàn giao.'],
  },
});

export const POINTER = phraseSet({
  name: 'pointer',
  description: 'A lead that points to another report ("Như đã nêu tại Báo cáo số …", "Như báo cáo năm 2022."): the sentence is filler unless it goes on, after a comma, to say something; the figures in it name the report pointed to.',
  phrases: ['như … đã báo cáo', 'như báo cáo trước', 'như đã báo cáo', 'như báo cáo năm', 'như báo cáo quý', 'như báo cáo tháng', 'như báo cáo 6 tháng', 'như báo cáo 9 tháng', 'như báo cáo lần trước', 'như báo cáo sơ kết', 'như báo cáo tổng kết', 'như báo cáo số', 'như báo cáo kỳ trước', 'như kỳ báo cáo trước', 'tương tự báo cáo', 'tương tự như báo cáo', 'không thay đổi so với báo cáo', 'như đã nêu tại báo cáo', 'như đã nêu trong báo cáo', 'như đã trình bày tại báo cáo', 'như đã trình bày trong báo cáo', 'như nội dung tại báo cáo', 'như nội dung trong báo cáo', 'như nội dung báo cáo', 'như đã kiến nghị', 'như đã đề xuất', 'như đã đề nghị'],
  notBefore: ROUTINE_AFTER,
  examples: {
    hit: ['Như nội dung đã báo cáo tại Báo cáo số 1186/BC-SXD ngày 12/6/2023 của Sở Xây dựng.', 'Như báo cáo năm 2022.', 'Như báo cáo quý I/2025.', 'Như báo cáo 6 tháng đầu năm 2024.', 'Giữ nguyên như kỳ báo cáo trước.', 'Tương tự báo cáo 6 tháng đầu năm.', 'Nội dung này không thay đổi so với báo cáo 6 tháng đầu năm.', 'Như báo cáo sơ kết năm 2023.', 'Như đã nêu tại Báo cáo số 412/BC-UBND ngày 10/11/2023 của UBND huyện.', '(Như nội dung tại Báo cáo sơ kết 3 năm số 412/BC-UBND ngày 08/11/2023 của UBND huyện.)', 'Như đã kiến nghị tại Báo cáo sơ kết 3 năm của Sở.'],
    miss: ['Như đã nêu ở phần trên, do thiếu vốn nên nhiều công trình chậm tiến độ.', 'Đã báo cáo UBND huyện kết quả thẩm định.'],
  },
});

export const REFERRAL = phraseSet({
  name: 'referral',
  description: 'A sentence that says where "this content" is, or who gives it ("Nội dung này do Sở Y tế báo cáo …", "Nội dung này được báo cáo tại Báo cáo số …", "Nội dung này … sẽ đề xuất …"): filler, whatever figures it holds.',
  phrases: ['nội dung này do', 'nội dung này … báo cáo tại', 'nội dung này … báo cáo trong', 'nội dung này … báo cáo riêng', 'nội dung này … sẽ đề xuất', 'nội dung này … sẽ báo cáo', 'nội dung này … sẽ bổ sung', 'nội dung này … sẽ cập nhật', 'nội dung này … sẽ xây dựng kế hoạch', 'nội dung này … riêng sau', 'đã được … xây dựng tại kế hoạch', 'đã được … nêu tại kế hoạch', 'đã được … thể hiện tại kế hoạch', 'đã được … nêu cụ thể tại', 'đã được … thể hiện cụ thể tại'],
  notBefore: ROUTINE_AFTER,
  examples: {
    hit: ['Lộ trình và các giải pháp cụ thể đã được UBND xã xây dựng tại Kế hoạch số 95/KH-UBND ngày 15/5/2023 của UBND xã (gửi kèm theo tham luận này).', 'Nội dung này do Sở Giáo dục và Đào tạo, Sở Y tế báo cáo theo lĩnh vực phụ trách.', 'Nội dung này UBND xã đã báo cáo tại Báo cáo số 118/BC-UBND ngày 25/9/2023 gửi Phòng Tài chính - Kế hoạch huyện.', 'Nội dung này được báo cáo tại Báo cáo số 245/BC-UBND ngày 05/6/2025 của UBND tỉnh.', 'Nội dung này Ban Chỉ đạo tỉnh sẽ đề xuất cụ thể sau khi có hướng dẫn của Ban Chỉ đạo Trung ương.', 'Nội dung này UBND xã đã báo cáo riêng tại Báo cáo số 131/BC-UBND ngày 14/8/2023.', 'Nội dung này UBND huyện sẽ xây dựng kế hoạch và phát động riêng sau khi Hội nghị tổng kết của tỉnh được tổ chức.'],
    miss: ['Nội dung này được các xã triển khai nghiêm túc, 100% thôn tổ chức họp dân.'],
  },
});

/** A sentence that says its content was gathered or set out in full elsewhere: "… đã tổng hợp đầy đủ tại Báo cáo số …" (session 63, nzz04). */
export const GATHERED_AT = phraseSet({
  name: 'gathered-at',
  description: 'A sentence that says its content was gathered or set out in full elsewhere ("Nội dung kiến nghị, đề xuất UBND huyện đã tổng hợp đầy đủ tại Báo cáo sơ kết 3 năm số 412/BC-UBND ngày 10/11/2023 gửi UBND tỉnh." — nzz04): filler only when nothing of the writer\'s own comes before it (no figure, few words beyond the heading\'s) and nothing but that document\'s reference after it — not "Tỷ lệ … đạt 72,4%, số liệu chi tiết đã tổng hợp đầy đủ tại Báo cáo số …", nor "… tại Báo cáo số 412/BC-UBND, trong đó đề nghị tỉnh hỗ trợ 35 tỷ đồng", nor "… đã báo cáo đầy đủ tại cuộc họp Ban Chỉ đạo huyện tiến độ thực hiện 19 tiêu chí của từng xã" (review-63c).',
  phrases: ['đã tổng hợp đầy đủ tại', 'đã được tổng hợp đầy đủ tại', 'đã nêu đầy đủ tại', 'đã được nêu đầy đủ tại', 'đã báo cáo đầy đủ tại', 'đã được báo cáo đầy đủ tại'],
  notBefore: ROUTINE_AFTER,
  examples: {
    hit: ['Nội dung kiến nghị, đề xuất UBND huyện đã tổng hợp đầy đủ tại Báo cáo sơ kết 3 năm số 412/BC-UBND ngày 10/11/2023 gửi UBND tỉnh.', 'Các hạn chế, tồn tại đã được nêu đầy đủ tại Báo cáo số 1862/BC-STNMT.'],
    miss: ['UBND huyện đã tổng hợp đầy đủ các kiến nghị của 19 xã và đề nghị tỉnh sớm phân bổ vốn cho 02 xã khu vực III.', 'Các kiến nghị của cử tri đã được tiếp thu đầy đủ.'],
  },
});

export const REPORTED_AT = phraseSet({
  name: 'reported-at',
  description: 'A sentence that says its content was given in another report ("Các khó khăn, vướng mắc đã được UBND xã nêu tại Báo cáo sơ kết 3 năm số 86/BC-UBND ngày 10/11/2023."): filler only when it ends at that report\'s reference (its name, number, date, maker, to whom it went) — not when it goes on to say something ("… đã được nêu trong báo cáo năm 2023 cơ bản được khắc phục").',
  phrases: ['đã được … nêu tại báo cáo', 'đã được … nêu trong báo cáo', 'đã được … trình bày tại báo cáo', 'đã được … trình bày trong báo cáo', 'đã … nêu tại báo cáo', 'đã … nêu trong báo cáo', 'được … nêu tại báo cáo', 'được … nêu trong báo cáo', 'đã được … đề cập tại báo cáo', 'đã được … đề cập trong báo cáo', 'đã … đề cập tại báo cáo', 'đã … đề cập trong báo cáo'],
  notBefore: ROUTINE_AFTER,
  examples: {
    hit: ['Các khó khăn, vướng mắc đã được UBND xã nêu tại Báo cáo sơ kết 3 năm số 86/BC-UBND ngày 10/11/2023.', 'Những hạn chế đã được nêu trong báo cáo năm 2023 cơ bản được khắc phục.'],
    miss: ['Các khó khăn đã được tháo gỡ kịp thời, báo cáo số liệu đầy đủ.'],
  },
});

export const DENIAL = phraseSet({
  name: 'denial',
  description: 'A denial says something even in the heading\'s own words ("Xã không có nợ đọng xây dựng cơ bản.", "Chưa phát sinh vướng mắc."): text with one is never read as saying nothing.',
  phrases: ['không', 'chưa', 'chẳng'],
  notBefore: ['ngừng', 'gian', 'chỉ', 'những', 'ngại'],
  examples: { hit: ['Xã không có nợ đọng xây dựng cơ bản.', 'Chưa phát sinh.'], miss: ['Xã luôn thực hiện tốt quy chế dân chủ.', 'Chất lượng các tiêu chí không ngừng được nâng cao.'] },
});

export const FUNCTION_WORDS = phraseSet({
  name: 'function-words',
  description: 'Words that carry no content of their own, with their marks ("có", not "cố"): left out when asking whether a text says anything beyond its heading.',
  phrases: ['và', 'của', 'các', 'trong', 'với', 'cho', 'theo', 'để', 'là', 'có', 'những', 'một', 'tại', 'về', 'được', 'từ', 'đến', 'này', 'đã', 'ở', 'nhằm', 'như', 'trên', 'đó', 'thì', 'mà', 'cũng', 'đều', 'việc', 'sự', 'thuộc'],
  examples: { hit: ['các nhiệm vụ', 'đã có'], miss: ['cố gắng', 'trạm y tế'] },
});

export const SPEECH_TITLE = phraseSet({
  name: 'speech-title',
  description: 'The title of a speech (tham luận): its title names its topic ("THAM LUẬN Kinh nghiệm phát triển du lịch cộng đồng …"), so its words are said already when a section restates them; a báo cáo\'s title names the programme and the period.',
  phrases: ['tham luận', 'bài tham luận'],
  examples: { hit: ['THAM LUẬN Kinh nghiệm phát triển du lịch cộng đồng', 'Bài tham luận'], miss: ['BÁO CÁO Sơ kết 3 năm'] },
});

export const STOCK_WORDS = phraseSet({
  name: 'stock-words',
  description: 'Words of officialese that add nothing to what a heading says: time frames, assurances, intensifiers ("Trong quá trình …, xã luôn thực hiện tốt …", "… sẽ tiếp tục tập trung triển khai đồng bộ … ngày càng hiệu quả hơn"). Text whose words are only its heading\'s, the report title\'s and these says nothing: a section holding only it is empty.',
  notAfter: ['hợp tác'],
  notBefore: ['hội'],
  phrases: ['các cấp ủy, chính quyền', 'các cấp ủy', 'chính quyền các cấp', 'các cấp', 'ban thường vụ huyện ủy', 'ban thường vụ tỉnh ủy', 'ban thường vụ đảng ủy', 'phù hợp với tình hình', 'tình hình của huyện', 'tình hình của xã', 'tình hình của tỉnh', 'tình hình địa phương', 'cấp ủy, chính quyền', 'phát huy vai trò chủ thể của nhân dân', 'trong quá trình', 'luôn', 'thực hiện tốt', 'rất tốt', 'ngày càng', 'hơn nữa', 'hơn', 'tiếp tục', 'tập trung', 'đồng bộ', 'hiệu quả', 'bảo đảm', 'đảm bảo', 'thời gian đến', 'thời gian tới', 'sẽ', 'ở cơ sở', 'nghiêm túc', 'tích cực', 'kịp thời', 'xã', 'huyện', 'tỉnh', 'địa phương', 'triển khai', 'ubnd', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'đảng ủy', 'đảng uỷ', 'huyện ủy', 'huyện uỷ', 'chính quyền', 'thời gian qua', 'còn một số mặt', 'một số mặt', 'còn một số', 'cần khắc phục', 'cần được khắc phục', 'cần tiếp tục khắc phục', 'đã đề ra', 'đề ra', 'phấn đấu hoàn thành các chỉ tiêu', 'hoàn thành các chỉ tiêu', 'các chỉ tiêu', 'chỉ tiêu', 'nông thôn mới', 'xây dựng nông thôn mới', 'trên địa bàn', 'địa bàn', 'giai đoạn', 'lãnh đạo, chỉ đạo', 'lãnh đạo', 'chỉ đạo', 'thực hiện', 'bám sát'],
  examples: {
    hit: ['Trong quá trình xây dựng nông thôn mới, xã luôn thực hiện tốt quy chế dân chủ', 'Các cấp ủy, chính quyền đã thực hiện tốt quy chế dân chủ, phát huy vai trò chủ thể của Nhân dân', 'Ban Thường vụ Huyện ủy tiếp tục bám sát phù hợp với tình hình của huyện', 'sẽ tiếp tục tập trung triển khai đồng bộ các nhiệm vụ, giải pháp ngày càng hiệu quả hơn', 'Tồn tại, hạn chế trong phát triển sản xuất còn một số mặt cần khắc phục trong thời gian tới.', 'UBND xã sẽ tiếp tục thực hiện tốt các nhiệm vụ, giải pháp đã đề ra, phấn đấu hoàn thành các chỉ tiêu nông thôn mới.', 'Kết quả thực hiện Bộ tiêu chí nông thôn mới các cấp giai đoạn 2021-2025 trên địa bàn xã.', 'Ban Thường vụ Huyện ủy chỉ đạo tiếp tục bám sát các chủ trương để lãnh đạo, chỉ đạo thực hiện phù hợp với tình hình của huyện.', 'Đảng ủy xã tiếp tục bám sát các chủ trương', 'Thời gian qua, Đảng ủy, chính quyền xã luôn bám sát', 'Huyện ủy tiếp tục chỉ đạo'],
    miss: ['Phấn đấu hoàn thành cứng hóa đường trục thôn.', 'Đã tổ chức hội nghị quán triệt nghị quyết.', '100% thôn tổ chức họp dân bàn công khai các công trình', 'phát triển kinh tế - xã hội', 'thành lập hợp tác xã'],
  },
});

export const GUIDANCE_LEAD = phraseSet({
  name: 'guidance-lead',
  description: 'Words that open an instruction only where the outline\'s guidance stands — in its tagged content control, or bracketed ("(Đánh giá cụ thể …)") — since they open the writer\'s own text as often ("Đánh giá chung, …").',
  phrases: ['đánh giá'],
  notBefore: ['chung'],
  examples: { hit: ['Đánh giá vai trò của Mặt trận Tổ quốc trong giám sát, phản biện', 'Đánh giá cụ thể kết quả'], miss: ['Nêu rõ kết quả', 'Đánh giá chung, bài học lớn nhất là phát huy vai trò chủ thể của Nhân dân'] },
});

/** A note to colleagues in a draft, a whole paragraph in brackets: who is to write or send the content ("(Ban Dân vận Huyện ủy chủ trì, gửi về Ban Tuyên giáo.)"). */
export const DRAFTING_NOTE = phraseSet({
  name: 'drafting-note',
  description: 'In a paragraph wholly in brackets with no figure, these words make it a note among the drafters (who writes, sends or checks the content), no content of the report.',
  phrases: ['gửi về', 'gửi lại', 'cung cấp số liệu', 'bổ sung số liệu', 'cập nhật số liệu', 'rà soát lại số liệu', 'đề nghị bổ sung', 'tổng hợp gửi'],
  examples: { hit: ['Ban Dân vận Huyện ủy chủ trì, gửi về Ban Tuyên giáo', 'Phòng Tài chính - Kế hoạch cập nhật số liệu'], miss: ['Các tổ chức đoàn thể phối hợp tuyên truyền tại 16 thôn', 'Ủy ban MTTQ huyện chủ trì, phối hợp các đoàn thể vận động Nhân dân hiến đất', 'Các xã đã rà soát lại hiện trạng các tiêu chí'] },
});

export const INSTRUCTION = phraseSet({
  name: 'instruction',
  description: 'How the outline\'s guidance opens: an instruction to the writer ("Nêu …", "Trình bày …"); not "Đánh giá …", which opens the writer\'s own text as often. Text in a guidance control that opens so is the guidance, not the writer\'s.',
  phrases: ['nêu', 'nêu rõ', 'trình bày', 'ghi rõ', 'liệt kê', 'làm rõ', 'đề nghị nêu', 'yêu cầu nêu'],
  notBefore: ['cao', 'gương', 'lên'],
  examples: { hit: ['Nêu các nhiệm vụ, giải pháp thực hiện trong thời gian đến', 'Trình bày kết quả thực hiện'], miss: ['Sở đã ban hành 18 văn bản', 'Đánh giá chung, các cấp ủy đã phát huy tốt vai trò', 'Nêu cao tinh thần trách nhiệm của người đứng đầu', 'Nêu gương người tốt việc tốt'] },
});

export const INSTRUCTION_WITHIN = phraseSet({
  name: 'instruction-within',
  description: 'An instruction to the writer inside the plan\'s own sentence ("Đối với cấp xã cần đánh giá thêm tình hình …"): what follows it, when it only restates the item\'s title, is the plan\'s wording pasted in, not the writer\'s.',
  phrases: ['cần đánh giá', 'cần đánh giá thêm', 'cần nêu', 'cần nêu rõ', 'cần làm rõ', 'cần báo cáo', 'đề nghị đánh giá', 'đề nghị nêu', 'yêu cầu đánh giá', 'yêu cầu nêu'],
  examples: {
    hit: ['Đối với cấp xã cần đánh giá thêm tình hình xây dựng, thực hiện kế hoạch', 'Các huyện cần làm rõ nguyên nhân'],
    miss: ['UBND xã đã đánh giá kết quả thực hiện kế hoạch', 'Cần tập trung nguồn lực cho các xã khó khăn'],
  },
});

export const FUTURE_HEADING = phraseSet({
  name: 'future-heading',
  description: 'A heading of the writer\'s own about the period to come ("IV. NHIỆM VỤ TRỌNG TÂM QUÝ II/2025", "Phương hướng thời gian tới"): the figures under it are plans.',
  phrases: ['thời gian tới', 'thời gian đến', 'phương hướng', 'giai đoạn tới', 'nhiệm vụ trọng tâm', 'năm tới', 'những tháng cuối năm', 'tháng cuối năm', 'nhiệm vụ … thời gian tới', 'kế hoạch năm'],
  examples: { hit: ['IV. NHIỆM VỤ TRỌNG TÂM QUÝ II/2025', 'Phương hướng, nhiệm vụ thời gian tới'], miss: ['Kết quả thực hiện các nhiệm vụ, giải pháp', 'Hạn chế, tồn tại và nguyên nhân'] },
});

/** A heading that opens on what was done ("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM THEO KẾT LUẬN"): about the period reported, whatever words of the future it holds after. */
export const DONE_HEADING = phraseSet({
  name: 'done-heading',
  description: 'The words a heading of the writer\'s own opens on (its number left out) when it reports what was done: no heading about the period to come, whatever words of plans follow ("Kết quả thực hiện các nhiệm vụ trọng tâm").',
  phrases: ['kết quả', 'tình hình thực hiện', 'tình hình và kết quả', 'đánh giá kết quả', 'đánh giá tình hình', 'kết quả thực hiện'],
  examples: { hit: ['KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM THEO KẾT LUẬN', 'Tình hình thực hiện kế hoạch năm 2024'], miss: ['NHIỆM VỤ TRỌNG TÂM QUÝ II/2025', 'Phương hướng, nhiệm vụ thời gian tới'] },
});

export const TARGETS_HEADING = phraseSet({
  name: 'targets-heading',
  description: 'What a heading of the writer\'s own opens on when it restates the plan\'s targets before the results ("Các chỉ tiêu chủ yếu Nghị quyết số 16-NQ/TU … đề ra đến năm 2025", "Mục tiêu, chỉ tiêu Nghị quyết đề ra"): the figures under it are the targets, not results (not "Kết quả thực hiện các chỉ tiêu chủ yếu").',
  phrases: ['các chỉ tiêu chủ yếu', 'chỉ tiêu chủ yếu', 'các mục tiêu, chỉ tiêu', 'mục tiêu, chỉ tiêu', 'mục tiêu cụ thể', 'các mục tiêu cụ thể', 'các chỉ tiêu cụ thể', 'chỉ tiêu cụ thể'],
  examples: { hit: ['Các chỉ tiêu chủ yếu Nghị quyết số 16-NQ/TU đề ra đến năm 2025', 'Mục tiêu, chỉ tiêu Nghị quyết đề ra'], miss: ['Kết quả thực hiện các chỉ tiêu chủ yếu'] },
});

export const CLOSING = phraseSet({
  name: 'closing',
  description: 'A line that closes the body of a report (or of a speech: "Trân trọng cảm ơn …", "Kính chúc các đồng chí … sức khỏe", "Chúc Hội nghị thành công tốt đẹp!").',
  phrases: ['trên đây là', 'nơi nhận', 'kính báo cáo', 'kính trình', 'xin báo cáo', 'phụ lục kèm theo', 'các phụ lục kèm theo', 'đính kèm các phụ lục', 'đính kèm phụ lục', 'kèm theo các phụ lục', 'kèm theo phụ lục', 'có các phụ lục kèm theo', 'có phụ lục kèm theo', 'đính kèm các biểu phụ lục', 'kèm theo các biểu phụ lục', 'trân trọng cảm ơn', 'xin trân trọng cảm ơn', 'xin chân thành cảm ơn', 'chân thành cảm ơn', 'kính chúc', 'chúc hội nghị'],
  examples: { hit: ['Trên đây là báo cáo sơ kết…', 'Nơi nhận:', '(Đính kèm các phụ lục)', 'Trân trọng cảm ơn các đồng chí lãnh đạo và quý vị đại biểu!', 'Kính chúc các đồng chí lãnh đạo và toàn thể Hội nghị sức khỏe, hạnh phúc.', 'Chúc Hội nghị thành công tốt đẹp!'], miss: ['Phụ lục 01: Danh mục văn bản', 'Trên địa bàn huyện', 'Nhân dân cảm ơn Đảng, Nhà nước đã quan tâm đầu tư.'] },
});

/** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "T/M BAN THƯỜNG VỤ": who signs for whom, the signature block's first words. */
export const SIGNED_FOR = phraseSet({
  name: 'signed-for',
  description: 'The words that open a line of the signature block: signing for a body (TM., T/M), for a superior (KT.), by order (TL., TUQ.), or as acting (Q.) — followed by the body or the office in capitals.',
  phrases: ['tm.', 't/m', 'kt.', 'k/t', 'tl.', 't/l', 'ttl.', 'tuq.', 'q.'],
  examples: { hit: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'T/M BAN THƯỜNG VỤ', 'TL. GIÁM ĐỐC'], miss: ['Tổ chức thực hiện', 'TMDV: thương mại dịch vụ', 'TM-DV: đề nghị tỉnh hỗ trợ'] },
});

/** "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "BÍ THƯ": the signer's office, alone on its line above the name. */
export const SIGNER = phraseSet({
  name: 'signer',
  description: 'The office of whoever signs the report, a line of its own in the signature block.',
  phrases: ['chủ tịch', 'phó chủ tịch', 'giám đốc', 'phó giám đốc', 'bí thư', 'phó bí thư', 'trưởng ban', 'phó trưởng ban', 'trưởng phòng', 'phó trưởng phòng', 'chánh văn phòng', 'phó chánh văn phòng', 'trưởng ban chỉ đạo', 'phó trưởng ban thường trực', 'chánh văn phòng điều phối', 'người báo cáo', 'người lập biểu', 'thủ trưởng đơn vị', 'thủ trưởng cơ quan'],
  examples: { hit: ['CHỦ TỊCH', 'PHÓ GIÁM ĐỐC', 'Bí thư'], miss: ['Vai trò của Mặt trận Tổ quốc', 'Tổ chức thực hiện'] },
});

export const APPENDIX_ATTACHED = phraseSet({
  name: 'appendix-attached',
  description: 'A paragraph that starts an attached appendix.',
  phrases: ['phụ lục', 'biểu phụ lục', 'phụ biểu'],
  examples: { hit: ['Phụ lục 01: Danh mục văn bản', 'PHỤ LỤC'], miss: ['Danh mục văn bản'] },
});

export const APPENDIX_REFERENCE = phraseSet({
  name: 'appendix-reference',
  description: 'A reference to appendices sent with the report.',
  phrases: [
    'đính kèm phụ lục', 'đính kèm các phụ lục', 'kèm theo phụ lục', 'kèm theo các phụ lục', 'phụ lục kèm theo', 'các phụ lục kèm theo',
    'gửi kèm phụ lục', 'tại phụ lục', 'theo phụ lục', 'phụ lục số', 'phụ lục 01', 'phụ lục 02', 'phụ lục 1', 'phụ lục 2', 'phụ lục i',
    'phụ lục ii', 'phụ lục iii', 'biểu phụ lục', 'phụ lục đính kèm', 'các biểu kèm theo', 'biểu kèm theo', 'có phụ lục', 'có các phụ lục', 'phụ lục … kèm theo', 'phụ lục … đính kèm', 'kèm theo … phụ lục', 'đính kèm … phụ lục', 'gửi kèm … phụ lục',
  ],
  notAfter: ['không có', 'chưa có', 'không', 'chưa'],
  examples: { hit: ['(Đính kèm các phụ lục)', 'chi tiết tại Phụ lục II', 'Phụ lục số 01 kèm theo', '(Có 02 phụ lục chi tiết kèm theo)', 'Các phụ lục số liệu chi tiết đính kèm', '(Kèm theo 02 phụ lục)', '(Gửi kèm 02 phụ lục: số liệu các chỉ tiêu chủ yếu)'], miss: ['Danh mục văn bản ban hành', '(Báo cáo không có phụ lục kèm theo)'] },
});

export const LIST_REFERENCE = phraseSet({
  name: 'list-reference',
  description: 'A section that sends its list to an appendix or an attached danh mục.',
  phrases: ['phụ lục', 'danh mục … kèm theo', 'biểu … kèm theo', 'danh mục … đính kèm', 'danh sách … kèm theo', 'bảng … kèm theo', 'danh mục kèm theo', 'biểu kèm theo', 'danh mục đính kèm', 'danh sách kèm theo', 'bảng kèm theo'],
  examples: { hit: ['(có danh mục kèm theo)', 'chi tiết tại Phụ lục 02', '(có danh mục văn bản kèm theo)', '(danh mục các văn bản đính kèm)'], miss: ['Đã ban hành 25 văn bản chỉ đạo.', 'danh mục văn bản do Sở ban hành trong năm qua được lưu tại văn phòng kèm theo'] },
});

export const NOT_OURS = phraseSet({
  name: 'appendix-not-ours',
  description: 'An appendix that is promised for later, or belongs to another document.',
  phrases: ['gửi sau', 'sẽ gửi', 'bổ sung sau', 'kèm theo quyết định', 'kèm theo nghị định', 'kèm theo thông tư', 'kèm theo kế hoạch', 'kèm theo nghị quyết', 'ban hành kèm theo'],
  examples: { hit: ['(Phụ lục số liệu sẽ gửi sau)', 'Phụ lục kèm theo Quyết định số 318/QĐ-TTg'], miss: ['(Đính kèm các phụ lục)'] },
});

export const REPORT_TITLE = phraseSet({
  name: 'report-title',
  description: 'The line that titles the document: what stands above it is the header block, what follows is the body.',
  phrases: ['báo cáo', 'tham luận', 'bài tham luận', 'tờ trình'],
  examples: { hit: ['BÁO CÁO', 'THAM LUẬN'], miss: ['ỦY BAN NHÂN DÂN'] },
});

/** Whether a line is the document's title ("BÁO CÁO", at the start of the line, in capitals). */
export const isReportTitle = (text: string) => {
  const t = text.trim();
  return REPORT_TITLE.find(t)?.start === 0 && TWO_CAPITALS.test(t);
};

export const TOTAL_ROW = phraseSet({
  name: 'total-row',
  description: 'The label of a table row that sums the rows above or below it (or the header of a column that sums the columns before it): "Tổng cộng", "Cộng 3 năm" — not "Cộng đồng", "Tổng kết".',
  phrases: ['tổng cộng', 'tổng số', 'tổng', 'cộng'],
  notBefore: ['đồng', 'tác', 'sự', 'hưởng', 'hòa', 'kết', 'hợp', 'quan', 'thể', 'công ty', 'cục', 'điều tra', 'liên đoàn', 'bí thư', 'giám đốc', 'biên tập'],
  examples: { hit: ['Tổng cộng', 'Cộng 3 năm', 'Tổng số'], miss: ['Xã Hải Thượng', 'Cộng đồng dân cư', 'Tổng kết phong trào', 'Tổng hợp chung', 'Tổng công ty Điện lực miền Trung', 'Tổng Bí thư'] },
});

export const PLACE_COLUMN = phraseSet({
  name: 'place-column',
  description: 'The whole header over a column of places in a table by place ("Đơn vị", "Xã, thị trấn"): each row below is a commune, district or village.',
  phrases: ['đơn vị', 'tên đơn vị', 'địa phương', 'địa bàn', 'xã', 'tên xã', 'huyện', 'thôn', 'bản', 'ấp', 'xã, thị trấn', 'xã, phường', 'xã, phường, thị trấn', 'huyện, thị xã', 'huyện, thị xã, thành phố', 'đơn vị hành chính'],
  examples: { hit: ['Đơn vị', 'Xã, thị trấn', 'Tên xã'], miss: ['Chỉ tiêu', 'Kết quả thực hiện'] },
});

export const TOPIC_LEAD = phraseSet({
  name: 'topic-lead',
  description: 'The word that opens a topic run into a paragraph, its label ending at a colon: "Về quy hoạch: … Về hạ tầng: …" — the outline\'s items written inline, each a candidate the alignment confirms or drops.',
  phrases: ['về', 'đối với'],
  examples: { hit: ['Về quy hoạch', 'Đối với giảm nghèo'], miss: ['Quy hoạch'] },
});

export const TOTAL_ROW_WHOLE = phraseSet({
  name: 'total-row-whole',
  description: 'The label of a table row that is the whole unit ("Toàn huyện", "Toàn xã Đồng Tiến" under the old communes), or a running total ("Lũy kế đến 30/6/2019" after the periods).',
  // ("Chung 03 xã", "Chung cả xã" under the former communes' rows, as the README's own example writes it — walk54, item 2)
  // (… not a group's, "Chung 02 xã vùng cao" — review-35e T3; nor "Bình quân chung" — review-35f T6)
  phrases: ['toàn tỉnh', 'toàn huyện', 'toàn xã', 'chung toàn', 'toàn thị xã', 'lũy kế', 'luỹ kế', 'chung cả xã', 'chung các xã', ...['2', '3', '4', '5', '02', '03', '04', '05', 'hai', 'ba', 'bốn', 'năm'].map((n) => `chung ${n} xã`)],
  notBefore: ['vùng', 'miền', 'đặc biệt', 'bãi ngang', 'khu vực', 'nhóm', 'biên giới', 'ven biển', 'dân tộc'],
  examples: { hit: ['Toàn huyện', 'Toàn xã Đồng Tiến', 'Lũy kế đến 30/6/2019', 'Chung 03 xã', 'Chung cả xã', 'Chung 03 xã (cũ)'], miss: ['Xã Hải Thượng', 'Thôn Đồng Tiến', 'Chung 02 xã vùng cao', 'Bình quân chung'] },
});

export const SUB_ROW = phraseSet({
  name: 'sub-row',
  description: 'A table row that belongs under the row above it ("- Trong đó: xã nâng cao", "+ Thôn kiểu mẫu").',
  phrases: ['trong đó', '-', '+', '•', '–', '*'],
  examples: { hit: ['- Trong đó: xã đạt chuẩn NTM nâng cao', '+ Thôn kiểu mẫu', 'Trong đó: nâng cao'], miss: ['Xã đạt chuẩn NTM'] },
});

export const SOURCE_LINE = phraseSet({
  name: 'source-line',
  description: 'What a line right under a table opens on when it names where the table\'s figures come from and when ("Nguồn: Ban Quản lý xây dựng nông thôn mới xã, số liệu rà soát đến 31/3/2024"): its date is the table\'s figures\' date, as a footnote\'s is.',
  phrases: ['nguồn', 'nguồn số liệu', 'nguồn:', 'số liệu'],
  examples: { hit: ['Nguồn: Chi cục Thống kê huyện, số liệu đến 31/12/2023', 'Nguồn số liệu: Phòng Nông nghiệp'], miss: ['Ghi chú: các xã', 'Bảng 2'] },
});

export const LIST_CAPTION = phraseSet({
  name: 'list-caption',
  description: 'A line that captions a list or table ("Danh mục văn bản …", "Bảng 2: …", "Biểu …").',
  phrases: ['danh mục', 'bảng', 'biểu', 'danh sách'],
  examples: { hit: ['Danh mục văn bản chỉ đạo', 'Bảng 2: Số lớp quán triệt'], miss: ['bằng 1/3 diện tích'] },
});

/**
 * Items numbered in words, as party documents list tasks: "Một là, …" … "Mười là, …"; "Thứ nhất, …" … "Thứ mười, …"
 * (each list in order: its position is the number).
 */
export const COUNTED_WORDS = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'];
export const ORDINAL_WORDS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
