/**
 * Named patterns of a report's layout: numbering markers that open a heading, an appendix's own line, text left to fill.
 * Each registers in PATTERNS (its examples run by the lexicon test) and is imported by name where it is used.
 */
import { pattern } from './patterns';

// ── read by structure.ts

/** A paragraph that opens with what may be a number: "Phần", "II.", "2", "(3)", "a)", "A.". */
export const MARKER_START = pattern({
  name: 'marker-start',
  description: 'A paragraph that opens with what may be a numbering marker (tested on the whole paragraph): a heading candidate.',
  re: /^\s*(phần|câu\s+(?:hỏi\s+)?(?:số\s+)?\d|[IVX]+\s*[.\-–:)/]|\d|\(|[a-zđ][)/]|[A-HĐ]\s*[.)/]\s)/iu,
  examples: { hit: ['Phần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT', 'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', '2.1. Về công tác quy hoạch', 'a) Công tác tuyên truyền, vận động', 'Câu 3. Kết quả tái cơ cấu ngành nông nghiệp?'], miss: ['Công tác tuyên truyền được các cấp ủy quan tâm thực hiện.', '- Quy hoạch: 7/7 xã đã hoàn thành', 'Đến nay, toàn huyện có 15/15 xã đạt chuẩn nông thôn mới.', 'Câu lạc bộ dân ca có 35 thành viên.'] },
});

/**
 * "Câu 2. Kết quả thực hiện mục tiêu …?": a questionnaire's numbered question, which a unit answering it keeps as the heading of its answer
 * (session 64, pqe02: a commune answering the province's Phiếu khảo sát question by question, one question per task of the template).
 */
export const QUESTION_NUMBER = pattern({
  name: 'question-number',
  description: 'A paragraph opening with a numbered question of a questionnaire ("Câu 1.", "Câu hỏi 2:", "Câu số 3 -"): the number is the item\'s, what follows its title (session 64, pqe02).',
  // (the number by levels, "Câu 2.1.", and a word after its stop: not a range of questions in prose, "Câu 3 - 5 của phiếu …" — code review of
  // walk64, item 10)
  re: /^\s*(?:Câu|CÂU)(?:\s+(?:hỏi|HỎI))?(?:\s+(?:số|SỐ))?\s+(\d{1,2}(?:\.\d{1,2})*)\s*[.:)\-–]\s*(?=[\p{L}"“«(])(.*)$/su,
  examples: { hit: ['Câu 1. Kết quả công tác quán triệt, tuyên truyền?', 'Câu hỏi 2: Kết quả huy động nguồn lực', 'CÂU 9. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ', 'Câu số 3 - Tái cơ cấu ngành nông nghiệp', 'Câu 2.1. Số xã đạt chuẩn nông thôn mới?'], miss: ['Câu lạc bộ dân ca có 35 thành viên.', 'Câu 1 trong Phiếu khảo sát xã đã trả lời đầy đủ', 'Câu khẩu hiệu "Nông thôn mới - Nông dân giàu" được treo tại 23 thôn.', 'Câu 3 - 5 của phiếu khảo sát xã đã trả lời đầy đủ'] },
});

/** "Kiến nghị với UBND tỉnh, các sở, ngành": the bodies a heading of proposals is addressed to, which an outline calls "cấp trên". */
export const ADDRESSEES = pattern({
  name: 'addressees',
  description: 'In a heading of proposals (tested on its title), the bodies after "kiến nghị / đề xuất / đề nghị (đối) với": the higher levels the outline names "cấp trên" — the heading is aligned as if it said so (session 39, ntu02).',
  re: /(?<![\p{L}])(?:kiến nghị|đề xuất|đề nghị)\s+(?:đối\s+)?(?:với|lên)\s+((?:(?:các|và|cấp|trên|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|ban chỉ đạo|bcđ|trung ương|chính phủ|thủ tướng chính phủ|quốc hội|bộ|ngành|sở|ban|tỉnh|huyện|thành phố|cơ quan|liên quan|văn phòng điều phối)(?![\p{L}])[\s,;]*)+)$/iu,
  examples: { hit: ['KIẾN NGHỊ VỚI UBND TỈNH, CÁC SỞ, NGÀNH', 'Kiến nghị, đề xuất với Trung ương và tỉnh', 'Đề nghị đối với Ban Chỉ đạo tỉnh', 'Đề xuất, kiến nghị đối với cấp trên'], miss: ['Đề xuất, kiến nghị để khắc phục những bất cập', 'Kiến nghị với các xã về xây dựng thôn kiểu mẫu', 'Đề xuất phương hướng kiện toàn bộ máy'] },
});

// ── read by check.ts

/** The words of an official letter's header or closing block, which Word lays out as a table without borders. */
export const LETTER_LAYOUT = pattern({
  name: 'letter-layout',
  description: 'A cell\'s paragraph of an official letter\'s header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM") or closing ("Nơi nhận:"): its table is layout, not one a reader counts when told "bảng 2, dòng 5" (walk54).',
  re: /(?:CỘNG HÒA|CỘNG HOÀ) XÃ HỘI CHỦ NGHĨA|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*[-–]\s*Tự do|(?<![\p{L}])Nơi nhận\s*:/u,
  examples: { hit: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Nơi nhận:\n- Như trên;'], miss: ['Tổng cộng', 'Xã đạt chuẩn nông thôn mới', 'Cộng hòa'] },
});

/** A line that marks the document a draft, alone in its paragraph at the head: "DỰ THẢO", "(Dự thảo)", "Dự thảo lần 2" (walk60's left). */
export const DRAFT_MARK = pattern({
  name: 'draft-mark',
  description: 'A paragraph at the document\'s head that only marks it a draft ("DỰ THẢO", "(Dự thảo lần 2)"): said beside the template, not a finding.',
  // (… or what was done to it, "(Dự thảo lần 2 - đã chỉnh sửa, bổ sung theo ý kiến …)" — session 61's left)
  // (… its round or its purpose after it, "DỰ THẢO (lần 2)", "(Dự thảo trình Ban Thường vụ Tỉnh ủy)", "DỰ THẢO (bản trình lãnh đạo Sở ký)",
  // "(Dự thảo - bản chỉnh sửa …)" — code review of walk61, from corpus B's heads; tested on each line of a paragraph)
  re: /^\s*[([]?\s*(?:DỰ THẢO|Dự thảo|dự thảo)(?:\s*[([]?\s*(?:lần|LẦN)\s*\d{1,2}\s*[)\]]?|\s+\d{1,2})?(?:\s*[-–:,(]?\s*(?:trình|TRÌNH|bản|BẢN|lấy ý kiến|LẤY Ý KIẾN|xin ý kiến|XIN Ý KIẾN|gửi|GỬI|chỉnh sửa|sửa đổi|(?:đã|ĐÃ)\s+(?:chỉnh sửa|CHỈNH SỬA|tiếp thu|TIẾP THU|bổ sung|BỔ SUNG|sửa|SỬA)|để|ĐỂ)(?![\p{L}])[^()\n]{0,100}\)?)?\s*[)\]]?\s*$/u,
  examples: { hit: ['DỰ THẢO', '(Dự thảo)', 'Dự thảo lần 2', ' DỰ THẢO LẦN 3 ', 'DỰ THẢO (lần 2)', '(Dự thảo trình Ban Thường vụ Tỉnh ủy)', 'DỰ THẢO (bản trình lãnh đạo Sở ký)', '(Dự thảo - bản chỉnh sửa sau hội nghị)', '(lấy ý kiến các chi bộ)'.replace(/^/u, 'DỰ THẢO '), '(Dự thảo lần 2 - đã chỉnh sửa, bổ sung theo ý kiến của Thường trực Huyện ủy)'], miss: ['Dự thảo đã được gửi xin ý kiến các ngành', 'Sở đã góp ý dự thảo Bộ tiêu chí', 'Dự thảo Kế hoạch năm 2025', 'BÁO CÁO', 'Dự thảo Báo cáo chính trị trình Đại hội'] },
});

// ── read by analysis.ts

/** What follows "Phụ lục" in an appendix's own line: its number ("01", "II", "số 2", "A") and a stop, or nothing. */
export const APPENDIX_NUMBER = pattern({
  name: 'appendix-number',
  description: 'What follows "Phụ lục" in an appendix\'s own line (tested on the words after it): its number and a stop, or nothing.',
  re: /^\s*(?:số\s*)?(?:\d{1,2}|[IVX]{1,5}|[A-H])?\s*(?:[.:\-–)]|$)/u,
  examples: { hit: [' 01. Kết quả thực hiện các chỉ tiêu chủ yếu', ' số 02: Biểu tổng hợp nguồn vốn', ' II - Danh mục công trình', ''], miss: [' kèm theo Báo cáo số 125/BC-UBND', ' chi tiết các xã đạt chuẩn nông thôn mới', ' 02 Dự kiến kết quả thực hiện'] },
});

// ── read by rules/placeholder.ts

/** A first, cheap look at a paragraph for text left to fill ("…", "xx", "Số:   /", "ngày … tháng", "nếu có"): only a paragraph it matches is read by the placeholder shapes. */
export const QUICK = pattern({
  name: 'quick',
  description: 'A first, cheap look at a paragraph for text left to fill ("…", "xx", "Số:   /", "ngày … tháng", "nếu có"): only a paragraph it matches is read by the placeholder shapes.',
  re: /…|\.\.|__|xx|\[|số\s*:?[\s_]*[-/]|tháng[\s_]*năm|ngày[\s_.…]*tháng|nếu có/iu,
  examples: { hit: ['Số:      /BC-UBND', 'Hà Tĩnh, ngày     tháng     năm 2024', 'Tỷ lệ hộ nghèo đa chiều còn …%', 'Kinh phí hỗ trợ (nếu có)'], miss: ['Tỷ lệ hộ nghèo đa chiều còn 2,1%.', 'Thực hiện Kế hoạch số 125/KH-UBND ngày 15/6/2024 của UBND tỉnh', 'Toàn huyện có 19/19 xã đạt chuẩn nông thôn mới.'] },
});

/**
 * An ellipsis where a count stands, before the noun it would count ("tổ chức … lớp bồi dưỡng", "hỗ trợ … hộ", "… tỷ đồng"): left to
 * fill. Not an "and so on" closing a list ("…, các xã đều"), nor one before a word that counts nothing ("… nào", "… khác").
 */
export const BLANK_COUNT = pattern({
  name: 'blank-count',
  description: 'An ellipsis where a figure stands, right before the noun or unit it would count (tested on the whole paragraph): text left to fill. Only nouns that count and say nothing else: "cuộc", "bản", "con", "tin", "nhà" open other words too ("cuộc sống", "bản sắc", "con em", "tin tưởng", "nhà nhà").',
  re: /(?<![\p{L}\d])(?<!,\s{0,3})(?:…|\.{3,})(?=\s*(?:xã|huyện|thôn|ấp|người|lao động|triệu|tỷ|nghìn|ha|km|m2|m²|m3|m³|mét vuông|mét khối|mét|ki-lô-mét|tấn|sản phẩm|lần|ngày công|công trình|hộ|lượt|lớp|buổi|hội nghị|văn bản|nghị quyết|dự án|mô hình|hợp tác xã|tổ hợp tác|doanh nghiệp)(?![\p{L}])(?!\s+(?:nào|khác|đều|cũng)(?![\p{L}])))/u,
  examples: {
    hit: ['Sở đã tổ chức … lớp bồi dưỡng nghiệp vụ cho 1.046 lượt cán bộ', 'Nhân dân hiến … m² đất', 'Nhân dân hiến … mét vuông đất', 'hỗ trợ … hộ nghèo xây nhà', 'vốn lồng ghép ... tỷ đồng', 'toàn huyện có … xã đạt chuẩn'],
    miss: ['các loại cây trồng như lúa, ngô, sắn, … đều được', 'Tổ chức 06 lớp tập huấn', 'các mô hình trồng rau, nuôi cá… xã đã nhân rộng', 'vận động … xã khác cùng làm', 'điện, nước sạch … cuộc sống của người dân được cải thiện', 'đánh cồng chiêng … bản sắc văn hóa dân tộc', 'trang thiết bị được bổ sung … con em địa phương', 'đồng tình … tin tưởng vào chủ trương', 'thắp sáng đường quê … nhà nhà hưởng ứng'],
  },
});

/**
 * A note among the drafters in square brackets: someone is to add or update the content ("[Phòng NN bổ sung]", "[Ủy ban MTTQ huyện bổ
 * sung]", "[Phòng LĐ-TB&XH bổ sung số liệu đến 30/6/2024]"), the data are awaited ("[chờ số liệu của Phòng …]"), or a slot holds only
 * what goes there ("[số]", "[tên xã]", "[   ]"). Not a source or a note on the data ("[Nguồn: … tổng hợp, cập nhật]", "[Ghi chú: số liệu đã
 * được … cập nhật …]"), an extract's title ("[Trích Đề án hoàn thiện …]"), nor a legal title's "[đã được sửa đổi và bổ sung …]": what was
 * done, not what is to do.
 */
export const DRAFTERS_BRACKET = pattern({
  name: 'drafters-bracket',
  description: 'A note in square brackets asking someone to add, update or complete the content (the verb with no "đã"/"được" before it, no figure before it), the data awaited, or a slot word alone ("số", "tên xã") or blank: text left to fill (tested on the whole paragraph; a paragraph that is only this note leaves its section empty).',
  re: /\[(?:(?!\s*(?:nguồn|ghi chú|chú thích|trích|theo|xem|về việc|số liệu\s*:)(?![\p{L}]))(?:(?!(?:đã|được)\s)[^\]\d]){0,100}?(?<![\p{L}])(?<!(?:sửa đổi|dồn|phê duyệt|thẩm định|phối hợp|điều chỉnh)(?:,|\s+và)?\s{1,3})(?:bổ sung|bổ xung|cập nhật|hoàn thiện|hoàn chỉnh)(?![\p{L}])(?!(?<=,\s{0,3}\p{L}+\s+\p{L}+)\s+(?:đến|tới)\s)[^\]]{0,60}|\s*(?:đang\s+)?chờ\s+(?:số liệu|ý kiến|kết quả)[^\]]{0,80}|\s*(?:tên(?:\s+\p{L}+){0,2}|số|số hiệu|ngày|tháng|năm|số liệu|tỷ lệ|họ tên|họ và tên|địa danh)\s*|\s+)\]/iu,
  examples: {
    hit: ['tỷ lệ che phủ rừng đạt [Phòng NN bổ sung].', '[Ủy ban MTTQ huyện bổ sung]', 'tại Quyết định số [số]/QĐ-UBND ngày 12/3/2025', '4. Công tác quản lý, bảo trì đường giao thông nông thôn: [Phòng QL KCHT giao thông bổ sung]', '[Văn phòng Điều phối cập nhật]', 'đạt [Phòng LĐ-TB&XH bổ sung số liệu đến 30/6/2024].', '[Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện bổ sung]', 'xã [tên xã] được công nhận', 'Quyết định số [   ]/QĐ-UBND', '[Phòng Y tế bổ xung]', 'là [chờ số liệu của Phòng Tài chính - Kế hoạch] tỷ đồng', '[Văn phòng HĐND-UBND huyện rà soát, hoàn chỉnh]', '[Ủy ban MTTQ huyện bổ sung, gửi trước ngày 15/7]'],
    miss: ['Luật số 35/2018/QH14 [sửa đổi, bổ sung một số điều của 37 luật]', 'Luật Đất đai năm 2013 [đã được sửa đổi và bổ sung một số điều]', 'theo tài liệu [1]', '[Nguồn: Phòng Kinh tế - Hạ tầng cung cấp]', '[Nguồn: Văn phòng Điều phối nông thôn mới huyện tổng hợp, cập nhật]', '[Ghi chú: số liệu đã được Chi cục Thống kê huyện cập nhật theo kết quả rà soát]', '[Trích Đề án hoàn thiện hệ thống thủy lợi nội đồng]', '[Báo cáo kết quả dồn điền, đổi thửa của Phòng Nông nghiệp và PTNT]', '[Trích Báo cáo số 125/BC-UBND bổ sung]', '[Quyết định công nhận của UBND tỉnh, cập nhật đến tháng 6/2024]', 'Quyết định số 1689/QĐ-UBND [về việc phê duyệt bổ sung quy hoạch chung xây dựng xã]', 'đạt 120 tỷ đồng [số liệu ước tính].', '[Số liệu: Văn phòng Điều phối huyện cập nhật]', 'Phòng Nông nghiệp bổ sung số liệu', '[Ghi chú: số liệu do Chi cục Thống kê cung cấp năm 2024]'],
  },
});

/**
 * The clause before a note in square brackets that asks to add or update, when it gives its figure and is complete ("… toàn huyện có 27 sản
 * phẩm OCOP đạt từ 3 sao trở lên [bổ sung theo số liệu mới nhất của Phòng NN]."): the note is a remark on a figure written, not a blank
 * (nvr01). Not a clause that stops where the figure should stand ("… đạt [Phòng NN bổ sung].", "… thẩm định ngày [cập nhật]."), nor one
 * whose only figure is a year or a date ("Năm 2023, tỷ lệ che phủ rừng [bổ sung].").
 */
export const NOTE_ON_GIVEN = pattern({
  name: 'note-on-given',
  description: 'The clause before a note in square brackets asking to add or update (tested on the words from the clause\'s start — after the last comma, semicolon, colon or full stop — to the bracket, the note closing its sentence): it holds a figure that is no year or date, no rank in stars, no number of a programme, criterion or article, and ends on it ("đạt 92,5%", "50,1" in a table cell) or on a word that leaves no slot ("đạt", "là", "có", "ngày", "số" … leave one) — the note remarks on a figure written.',
  re: /(?<![\p{L}\d.,/])(?<!(?:năm|ngày|tháng|số|khóa|khoá|thứ|lần|chương trình|tiêu chí|nhóm|mục|điều|khoản)\s+)(?!(?:19|20)\d\d(?![\d.,/]))\d+(?:[.,]\d+)*(?:\/\d+(?:[.,]\d+)*)?(?![\d/])(?!\s*sao(?![\p{L}]))(?:\s*%?\s*$|(?:\d+\s*sao(?![\p{L}])|[^\d])*?(?:(?<![\p{L}])(?!(?:đạt|là|có|bằng|chiếm|còn|khoảng|số|ngày|tháng|năm|gồm|được|tới|đến|(?<!trở\s+)lên|xuống|và|với|của|tại|ước)\s*$)\p{L}+|\d+\s*sao(?![\p{L}]))\s*$)/iu,
  examples: {
    hit: ['đạt 92,5% ', '50,1 ', 'trong đó 5 sản phẩm đạt 4 sao ', 'toàn huyện có 27 sản phẩm OCOP đạt từ 3 sao trở lên ', 'toàn huyện có 1.284 hộ được hỗ trợ nhà ở', 'toàn huyện có 68/72 thôn đạt chuẩn nông thôn mới '],
    miss: ['tỷ lệ che phủ rừng đạt ', 'tỷ lệ che phủ rừng năm 2023 ', 'đã được UBND tỉnh trình Trung ương thẩm định ngày ', 'toàn huyện có ', 'trong đó vốn tín dụng ', 'tính đến ngày 30/9/2024 toàn huyện có sản phẩm OCOP ', 'Quyết định số 12 ', 'nâng tổng số sản phẩm OCOP của xã có 3 sao lên ', 'số sản phẩm OCOP đạt 3 sao của huyện ', 'kết quả thực hiện Chương trình 135 trên địa bàn huyện ', 'Tiêu chí 17 về môi trường '],
  },
});

/** The same note in round brackets, said by an office: "(Ủy ban MTTQ huyện bổ sung)", "(Phòng Tài chính - Kế hoạch cập nhật số liệu)". */
export const DRAFTERS_ROUND = pattern({
  name: 'drafters-round',
  description: 'A bracket that opens on an office and closes on its adding or updating the content, no figure in it (tested on the whole paragraph): a note among the drafters, text left to fill; a paragraph that is only this note leaves its section empty.',
  re: /\(\s*(?:phòng|sở|ban|văn phòng|ủy ban|uỷ ban|ubnd|mttq|ub mttq|bộ phận|trung tâm|chi cục|hội|đảng ủy|đảng uỷ|công an|ban chỉ huy|huyện đoàn|liên đoàn)(?![\p{L}])(?:(?!(?:đã|được)\s)[^()\d]){0,100}?(?<![\p{L}])(?<!(?:phê duyệt|sửa đổi|thẩm định|phối hợp|điều chỉnh|xem xét|ban hành|tiếp tục|kịp thời|thường xuyên|định kỳ)(?:,|\s+và)?\s{1,3})(?:bổ sung|bổ xung|cập nhật|hoàn thiện|hoàn chỉnh)(?:\s+(?:số liệu|nội dung|sau|nội dung này))?\s*\)/iu,
  examples: {
    hit: ['(Ủy ban MTTQ huyện bổ sung)', 'Kết quả vận động: (Phòng Tài chính - Kế hoạch cập nhật số liệu).'],
    miss: ['(sửa đổi, bổ sung)', '(UBND tỉnh sửa đổi, bổ sung)', '(UBND tỉnh phê duyệt bổ sung)', '(Sở Tài chính thẩm định, bổ sung)', '(Trung tâm Văn hóa - Thông tin và Thể thao huyện phối hợp cập nhật)', '(Phòng Tài chính - Kế hoạch đã cập nhật)', '(Ban Chỉ đạo huyện bổ sung 02 thành viên)', 'Quyết định số 12/QĐ-UBND (bổ sung)'],
  },
});

/** A note where a figure stands, saying the data are to be put in: "đạt (cập nhật số liệu).", "- Độ che phủ rừng: (cần cập nhật số liệu)". */
export const DATA_NOTE_AT_SLOT = pattern({
  name: 'data-note-at-slot',
  description: 'Right after the word or colon a figure follows ("đạt", "là", "bằng", "chiếm", "còn", ":"), a bracket saying the data are to be updated or added (tested on the whole paragraph): text left to fill — not such a bracket after a task\'s name ("nhập liệu (cập nhật số liệu)") or a letter\'s number.',
  re: /(?:(?<![\p{L}])(?:đạt|là|bằng|chiếm|còn)|:)\s*\(\s*(?:cần\s+|đang\s+|sẽ\s+)?(?:cập nhật|bổ sung|bổ xung)\s+số liệu[^()]{0,40}\)/iu,
  examples: {
    hit: ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch theo quy chuẩn đạt (cập nhật số liệu).', 'đạt (cập nhật số liệu đến 30/6/2024)', 'tỷ lệ che phủ rừng toàn huyện đạt (cần cập nhật số liệu).', '- Độ che phủ rừng: (cập nhật số liệu)'],
    miss: ['phân công công chức phụ trách nhập liệu (cập nhật số liệu) trên Hệ thống thông tin', 'Văn bản số 1245/UBND-NN ngày 28/6/2024 (bổ sung số liệu) về Sở Nông nghiệp và PTNT'],
  },
});

/** A bracket that only says data go here: "(số liệu)", "(chờ số liệu)", "(số liệu cụ thể)" — "giảm còn dưới (số liệu)%" (walk63, item 1). */
export const DATA_WORD_SLOT = pattern({
  name: 'data-word-slot',
  description: 'A bracket holding only the words for data, maybe waited for ("(số liệu)", "(chờ số liệu)", "(số liệu cụ thể)"), where a figure stands — after a word a figure follows ("đạt", "là", "còn", "dưới", ":") or before its unit ("%", "tỷ đồng", "hộ"), as the old reports mark one missing ("tỷ lệ hộ nghèo đa chiều giảm còn dưới (số liệu)%"): text left to fill, like "[số liệu]". Not words about data in a bracket ("(số liệu năm 2023)", "(theo số liệu của Cục Thống kê)"), nor an edition\'s note after a title, "(cập nhật số liệu)" (data-note-at-slot reads that one where a figure stands).',
  re: /(?:(?<![\p{L}])(?:đạt|là|bằng|chiếm|còn|dưới|trên|khoảng|có)\s*|:\s*)\(\s*(?:(?:chờ|cần|điền)\s+)?số liệu(?:\s+cụ thể)?\s*\)|\(\s*(?:(?:chờ|cần|điền)\s+)?số liệu(?:\s+cụ thể)?\s*\)\s*(?:%|(?:triệu|tỷ|nghìn)\s+đồng|đồng|ha|km|xã|thôn|hộ|người|lượt)(?![\p{L}])/iu,
  examples: {
    hit: ['tỷ lệ hộ nghèo đa chiều giảm còn dưới (số liệu)%', 'Tỷ lệ lao động qua đào tạo đạt (chờ số liệu).', 'tổng vốn huy động là (số liệu cụ thể) tỷ đồng', '- Số hộ nghèo: (số liệu)', 'hỗ trợ (số liệu) hộ'],
    miss: ['(số liệu năm 2023)', '(theo số liệu của Cục Thống kê)', '| Số lượng (số) |', 'Phụ lục 02: Biểu tổng hợp kết quả thực hiện các chỉ tiêu (số liệu).', 'cơ sở dữ liệu (số liệu) về nông thôn mới', 'Số: (số)/BC-HU', 'Sơ kết 03 năm (2021-2023) thực hiện Chương trình … trên địa bàn huyện Thăng Bình (cập nhật số liệu)', 'Biểu 01 (số liệu chi tiết kèm theo)', 'Quyết định (sửa đổi, bổ sung)'],
  },
});

// ── read by facts.ts

/** A reviewer's comment left in a draft: "Ý kiến góp ý (Phòng Lao động - Thương binh và Xã hội, ngày 02/8/2024): …", "Ý kiến góp ý của Phòng Tài chính - Kế hoạch huyện: …". */
export const REVIEW_COMMENT = pattern({
  name: 'review-comment',
  description: 'A paragraph that opens on a reviewer\'s comment on the draft, then a colon (tested on the whole paragraph): its figures are the reviewer\'s ("nay điều chỉnh là 72,9%"), not the report\'s.',
  re: /^\s*(?:[-–+•*]\s*)?(?:\[-?\s*|\(\s*)?(?:(?:ý kiến\s+(?:góp ý|tham gia góp ý|tham gia|thẩm định|đóng góp)|góp ý)(?:\s*\([^()]{0,120}\))?(?:\s+của\s+[^:()]{1,120}(?:\([^()]{0,80}\))?)?|ý kiến(?:\s*\([^()]{0,40}\))?\s+của\s+(?:phòng|sở|ban|văn phòng|ủy ban|uỷ ban|ubnd|đồng chí|thường trực|chi cục|trung tâm|cục|bộ phận)(?![\p{L}])[^:()]{0,120}(?:\([^()]{0,80}\))?|(?:phòng|sở|ban|văn phòng|ủy ban|uỷ ban|ubnd|chi cục|trung tâm)(?![\p{L}])(?:(?!tổng hợp|tiếp thu|ý kiến)[^:()]){0,100}?\s(?:góp ý|có ý kiến|đề nghị điều chỉnh))\s*:/iu,
  examples: {
    hit: ['Ý kiến góp ý (Phòng Lao động - Thương binh và Xã hội, ngày 02/8/2024): Tỷ lệ lao động nông thôn qua đào tạo nay điều chỉnh là 72,9%', 'Ý kiến góp ý của Phòng Tài chính - Kế hoạch huyện: tổng nguồn lực nay điều chỉnh là 39,14 tỷ đồng', 'Ý kiến góp ý của Ban Thường vụ Huyện ủy (đồng chí Ủy viên Ban Thường vụ phụ trách xã): Đề nghị bổ sung', 'Ý kiến của Phòng Lao động - Thương binh và Xã hội: tỷ lệ … 72,9%', '- Ý kiến góp ý của Phòng Lao động - Thương binh và Xã hội: …', '[Ý kiến góp ý của Phòng Lao động - Thương binh và Xã hội: …]', '(Ý kiến góp ý của Phòng Lao động - Thương binh và Xã hội: …)', 'Phòng Lao động - Thương binh và Xã hội góp ý: tỷ lệ …', 'Ý kiến góp ý (lần 2) của Phòng Lao động - Thương binh và Xã hội: …', 'Ý kiến đóng góp của Phòng Lao động - Thương binh và Xã hội: …', 'Phòng Lao động - Thương binh và Xã hội đề nghị điều chỉnh: tỷ lệ … 66,5%'],
    miss: ['Ý kiến của Nhân dân: 95,2% số hộ hài lòng với kết quả xây dựng nông thôn mới.', 'Phòng Nông nghiệp và PTNT đã tổng hợp ý kiến góp ý của 17 xã: 16/17 xã thống nhất.', 'Văn phòng Điều phối nông thôn mới huyện tổng hợp ý kiến góp ý: tỷ lệ lao động qua đào tạo đạt 66,5%', 'Sau khi tiếp thu ý kiến góp ý, huyện cập nhật: 16/16 xã đạt chuẩn.', 'Các nội dung Sở đã góp ý với dự thảo Bộ tiêu chí gồm: 05 nội dung.'],
  },
});

// ── read by rules/missing-list.ts

/** A bracket that says the list is attached, however long its name: "(có danh mục số lớp, số lượng học viên kèm theo)". */
export const LIST_IN_BRACKET = pattern({
  name: 'list-in-bracket',
  description: 'A bracket that opens on a danh mục, a list or a table and closes on its being attached (tested on the section\'s paragraphs): the section sends its list there.',
  re: /\(\s*(?:(?:có\s+|xem\s+)?(?:danh mục|danh sách|biểu|bảng)(?![\p{L}])(?:(?!chưa|không)[^()]){0,120}?(?<!chưa\s|không\s)(?:kèm theo|đính kèm|gửi kèm)|(?:có\s+)?(?:kèm theo|đính kèm|gửi kèm)\s+(?:danh mục|danh sách|biểu|bảng)(?![\p{L}])[^()]{0,120})\s*\)/iu,
  examples: { hit: ['(có danh mục số lớp, số lượng học viên kèm theo)', '(danh sách các lớp, hội nghị và số người dự đính kèm)', '(kèm theo danh mục các lớp, hội nghị)'], miss: ['(chưa có danh mục)', 'có danh mục số lớp, số lượng học viên kèm theo', '(danh mục các lớp đang tổng hợp, chưa kèm theo)'] },
});

// ── read by reflow.ts

/** After a figure's line, a line that is a label and its own figure (tested on the text after the line break). */
export const LABEL_LINE = pattern({
  name: 'label-line',
  description: 'After a line that ends on a figure, a line that is a label ending on its own figure with no full stop ("xã đạt chuẩn … nâng cao 16", "… nâng cao: 16"): a line of a list, kept; not the figure\'s noun carried over ("36↵xã đạt chuẩn nông thôn mới.", "1,46↵lần so với năm 2020.").',
  re: /^[^\n\d]*(?<!năm\s)\d+(?:[.,/]\d+)*\s*%?[ \t]*(?:\n|$)/u,
  examples: { hit: ['xã đạt chuẩn nông thôn mới nâng cao 16', 'nâng cao: 16\nthêm'], miss: ['xã đạt chuẩn nông thôn mới.', 'lần so với năm 2020.', 'đến năm 2025'] },
});

// ── read by rules/out-of-period.ts

/** The line that gives a table's unit, between its caption and the table: "ĐVT: triệu đồng", "(Đơn vị tính: ha)". */
export const UNIT_LINE = pattern({
  name: 'unit-line',
  description: 'The line between a table\'s caption and the table that gives its unit (tested on the whole line): "ĐVT: triệu đồng", "Đơn vị tính: ha".',
  re: /^\W*(?:đvt|đơn vị tính|đơn vị)\s*:/iu,
  examples: { hit: ['ĐVT: triệu đồng', '(Đơn vị tính: ha)', 'Đơn vị: hộ'], miss: ['Đơn vị thực hiện là UBND các xã', 'Biểu 2. Nguồn vốn'] },
});

/**
 * A note among the drafters that asks someone to draft "this content": "Đề nghị Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu nội dung này,
 * gửi Văn phòng Điều phối … trước ngày 20/7/2019 để tổng hợp." (session 64, pqg06) — a request, opening the note, for the content to come;
 * not an act done ("Văn phòng Điều phối đã tham mưu nội dung này cho Ban Thường vụ …") nor a proposal about other work (review-64 H1–H20).
 */
export const DRAFT_THIS_ASKED = pattern({
  name: 'draft-this-asked',
  description: 'A paragraph wholly in brackets (tested on its words inside them) that opens by asking someone to draft or send "nội dung này" / "phần này": filler, whatever it names; not one that says it was done ("đã").',
  // (… or who is to send it, and to whom: "Các sở, ngành gửi kết quả thực hiện nội dung này về Văn phòng Điều phối … để tổng hợp." — review-64 H19)
  // (not a past act, "Đã gửi nội dung này về … tại Công văn số 125/UBND-NN", nor one said done by a letter — code review of walk64, item 10)
  re: /^(?!\s*đã\s)(?![^()]*(?:tại|bằng)\s+(?:công văn|báo cáo|văn bản|tờ trình)(?![\p{L}]))\s*(?:(?:đề nghị|giao|yêu cầu|nhờ)(?![\p{L}])(?:(?!\sđã\s)[^.;()]){0,120}?(?<![\p{L}])(?:tham mưu|chuẩn bị|dự thảo|viết|xây dựng|soạn|cung cấp|bổ sung|báo cáo)\s+(?:(?:lại|thêm)\s+)?(?:nội dung|phần)\s+này(?![\p{L}])|(?:(?!\sđã\s)[^.;()]){0,80}?(?<![\p{L}])gửi\s+(?:(?:(?!\sđã\s)[^.;()]){0,40}?\s)?(?:nội dung|phần)\s+này\s+(?:về|cho|đến)(?![\p{L}]))/iu,
  examples: { hit: ['Đề nghị Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu nội dung này, gửi Văn phòng Điều phối nông thôn mới tỉnh trước ngày 20/7/2019 để tổng hợp.', 'Giao Phòng Nội vụ dự thảo nội dung này', 'Đề nghị Hội Nông dân huyện viết phần này', 'Đề nghị Ủy ban MTTQ huyện dự thảo nội dung này theo Công văn số 215-CV/HU, gửi Văn phòng Huyện ủy trước ngày 15/7/2024 để tổng hợp.', 'Các sở, ngành gửi kết quả thực hiện nội dung này về Văn phòng Điều phối nông thôn mới tỉnh để tổng hợp.'], miss: ['Văn phòng Điều phối nông thôn mới huyện đã tham mưu nội dung này cho Ban Thường vụ Huyện ủy ban hành Chỉ thị số 12-CT/HU', 'Các sở, ngành đã gửi kết quả thực hiện nội dung này về Văn phòng Điều phối', 'Đã gửi nội dung này về Văn phòng Điều phối tại Công văn số 125/UBND-NN', 'UBND xã gửi nội dung này về Văn phòng Điều phối tại Công văn số 125/UBND-NN',  'Đề nghị UBND tỉnh chỉ đạo Cục Thống kê hướng dẫn thống nhất biểu mẫu để tổng hợp, đánh giá', 'Ủy ban Kiểm tra Huyện ủy đã tiến hành kiểm tra chuyên đề, thu thập ý kiến của cơ sở để tổng hợp'] },
});

/** The label a unit answering a questionnaire puts before its answer: "Trả lời: …" — no content of its own (review-64 A6, A8). */
export const ANSWER_LABEL = pattern({
  name: 'answer-label',
  description: 'The label opening an answer to a questionnaire\'s question ("Trả lời:", "TL:"): the answer is what follows it — "Trả lời: Đang tổng hợp, báo cáo sau." is filler as the words after it are.',
  // ("TL" is also "tỷ lệ" and "tỉnh lộ": "TL-8", "TL: 65%" — not an answer's label; only "Trả lời" — code review of walk64, item 10)
  re: /^\s*trả lời\s*[:：\-–]\s*/iu,
  examples: { hit: ['Trả lời: Đang tổng hợp, báo cáo sau.', 'TRẢ LỜI: Đảng ủy đã ban hành 12 nghị quyết', 'Trả lời - Có'], miss: ['Trả lời kiến nghị của cử tri, UBND xã đã sửa 2 km đường', 'Trả lời Phiếu khảo sát của Văn phòng Điều phối', 'TL: 65%', 'TL-8 dài 12 km'] },
});

/** A table's first column headed as the rows' own numbers: "TT", "STT", "Số TT", "Số thứ tự" (walk64, item 5). */
export const TT_HEADER = pattern({
  name: 'tt-header',
  description: 'The header of a table\'s first column (tested on its text) that makes it the rows\' own numbers: a finding in a row says that number beside the row\'s rank ("dòng 17 (TT 16)").',
  re: /^\s*(?:s?tt|số\s*tt|số\s+thứ\s+tự|thứ\s+tự)\s*$/iu,
  examples: { hit: ['TT', 'STT', 'Số TT', 'Số thứ tự'], miss: ['Năm', 'Xã', 'Chỉ tiêu', 'TT Nội dung'] },
});

/** What a table's row gives itself as its number in the first column: "16", "II", "a", "1.1" (tested on the cell's text, its stop taken off). */
export const OWN_ROW_NUMBER = pattern({
  name: 'own-row-number',
  description: 'A first cell under a "TT" header that numbers its row: digits, perhaps by levels ("1.1"), a Roman numeral or a small letter — not a value or a year.',
  re: /^(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVX]{1,6}|[a-zđ])$/u,
  examples: { hit: ['16', '1.1', 'II', 'a'], miss: ['2024', '1.205', 'Tổng cộng', '12,5'] },
});
