/**
 * Named patterns for figures that must add up: a structure's shares (structure-shares), rate columns of a table (table-rates), a
 * fraction's share and lists of items with their total (arithmetic-mismatch).
 * Each registers in PATTERNS (its examples run by the lexicon test) and is imported by name where it is used.
 */
import { pattern } from './patterns';

// ── read by structure-shares.ts

/** After the structure's name, the words that open its parts, within a few words: "… năm 2024 gồm:", "…: ", "… là". */
export const OPENS = pattern({
  name: 'opens',
  description: 'After a structure\'s name (tested on the words after it), the words that open its parts within a few words: "… năm 2024 gồm:", ":", "là".',
  re: /^[^.;:()\d]{0,60}?(?:(?:19|20)\d\d[^.;:()\d]{0,20}?)?(?:\s(?:gồm|bao gồm|là)\s*:?|:)\s*/iu,
  examples: { hit: [' kinh tế năm 2024 gồm: nông, lâm nghiệp và thủy sản 32,4%; công nghiệp - xây dựng 35,1%', ': nông nghiệp 45%, công nghiệp 25%, dịch vụ 30%', ' lao động năm 2023 là nông nghiệp 38,6%, phi nông nghiệp 61,4%'], miss: [' kinh tế chuyển dịch đúng hướng, tỷ trọng nông nghiệp giảm còn 32,4%', ' kinh tế tiếp tục chuyển dịch theo hướng tích cực.'] },
});

/** Parts apart: ";", a comma not inside a figure, "và" between two shares ("… 31,2% và 30,2%"). */
export const PART_SEP = pattern({
  name: 'part-sep',
  description: 'What parts a list of shares ("Cơ cấu … gồm: …"): ";", a comma not inside a figure, "và" before a share.',
  re: /;|,(?!\d)|\svà\s(?=[^%]*%)/u,
  examples: { hit: ['nông, lâm nghiệp và thủy sản 32,4%; công nghiệp - xây dựng 35,1%', '38,6% và 30,2%', 'dịch vụ 33,7%, công nghiệp 35,1%'], miss: ['thương mại - dịch vụ 33,7%', '32,4%', 'nông nghiệp và thủy sản'] },
});

/** A bracket that restates the parts at another time: "(năm 2021 tương ứng là 38,6%, 31,2% và 30,2%)". */
export const RESTATED = pattern({
  name: 'restated',
  description: 'A bracket right after a structure\'s parts that gives the same parts at another time (group 1: the list).',
  re: /^\(\s*(?:(?:năm|cuối năm|đầu năm)\s+(?:19|20)\d\d|(?:19|20)\d\d)[^()%\d]{0,30}?(?:tương ứng\s+)?(?:là|:)?\s*([^()]*)\)/iu,
  examples: { hit: ['(năm 2021 tương ứng là 38,6%, 31,2% và 30,2%)', '(cuối năm 2020: 40,1%, 30,5%, 29,4%)', '(2020 là 45%, 25% và 30%)'], miss: ['(tăng 2,1% so với năm 2020)', '(theo số liệu của Chi cục Thống kê)'] },
});

/** Words of a rate or a change, not of a part's name. */
export const NOT_A_PART = pattern({
  name: 'not-a-part',
  description: 'Words of a rate or a change in what stands before a share (tested on a part\'s words): it is no part of the structure.',
  re: /(?<![\p{L}])(?:tỷ lệ|tốc độ|tăng|giảm|bình quân|so với|đạt|trong đó|riêng)(?![\p{L}])/iu,
  examples: { hit: ['tỷ lệ cơ giới hóa đạt', 'giá trị sản xuất tăng', 'trong đó du lịch'], miss: ['nông, lâm nghiệp và thủy sản', 'công nghiệp - xây dựng', 'thương mại - dịch vụ'] },
});

/** Words that open a part's own breakdown: the whole's list ends before them. */
export const SUB_LIST = pattern({
  name: 'sub-list',
  description: 'Words that open a part\'s own breakdown in a list of shares: the whole\'s list ends before them.',
  re: /(?<![\p{L}])(?:trong đó|riêng|bao gồm|gồm)(?![\p{L}])/iu,
  examples: { hit: ['nông nghiệp 32,4%, công nghiệp 35,1%, dịch vụ 32,5%, trong đó du lịch 12%', 'trồng trọt 60%, chăn nuôi 40%, riêng thủy sản 5%'], miss: ['nông, lâm nghiệp và thủy sản 32,4%; công nghiệp - xây dựng 35,1%; thương mại - dịch vụ 33,7%', 'lúa 45%, rau màu 25%, cây ăn quả 20%'] },
});

/** A part that stands for all the rest: the list may be whole though short of 100% as written elsewhere. */
export const REST = pattern({
  name: 'rest',
  description: 'A part of a list of shares that stands for all the rest ("khác", "còn lại"): the list may be whole though short of 100%.',
  re: /(?<![\p{L}])(?:khác|còn lại)(?![\p{L}])/iu,
  examples: { hit: ['lúa 45%, rau màu 25%, cây trồng khác 20%', 'nông nghiệp 40%, công nghiệp 35%, còn lại là dịch vụ 20%'], miss: ['lúa 45%, rau màu 25%, cây ăn quả 20%', 'nông nghiệp 40%, công nghiệp 35%, dịch vụ 20%'] },
});

// ── read by table-rates.ts

/** Headers of a rate column: "Tỷ lệ (%)", "Tỷ lệ so KH", "%". */
export const RATE_HEADER = pattern({
  name: 'rate-header',
  description: 'A table column\'s header that makes it a rate column (tested on the header cell).',
  re: /tỷ lệ|%/iu,
  examples: { hit: ['Tỷ lệ (%)', 'Tỷ lệ so KH', '%'], miss: ['Số xã đạt chuẩn', 'Tổng chiều dài (km)'] },
});

/** Columns that hold no amount a rate is made of: row numbers, codes, years, units, other rates. */
export const NOT_AN_AMOUNT = pattern({
  name: 'not-an-amount',
  description: 'A table column\'s header of no amount a rate is made of (tested on the header cell): row numbers, codes, years, units, other rates.',
  re: /tỷ lệ|%|^\s*s?tt\b|mã|ngày|^\s*năm\s*$|đơn vị tính|đvt|bình quân|tăng|giảm/iu,
  examples: { hit: ['TT', 'Đơn vị tính', 'Năm', 'Bình quân/xã', 'Tỷ lệ (%)'], miss: ['Tổng chiều dài (km)', 'Đã cứng hóa (km)', 'Số hộ nghèo'] },
});

// ── read by rules/arithmetic-mismatch.ts

/** "… có tỷ lệ …" after a count: the things counted have a rate of their own. */
export const PLACES_HAVE_RATE = pattern({
  name: 'places-have-rate',
  description: 'Between a count of places and a percentage (tested on the words between them), "có tỷ lệ …" — or the rate right after the places\' noun, "37/63 địa phương tỉ lệ giải ngân là 0%" (session 40, real text rt40-33): the places each have a rate of their own.',
  re: /(?:(?<![\p{L}])có|^\s*(?:địa phương|tỉnh|huyện|xã|thôn|bản|ấp|đơn vị|hộ))\s+(?=tỷ lệ|tỉ lệ)/iu,
  examples: { hit: [' xã có tỷ lệ nợ quá hạn dưới ', ' hộ có tỉ lệ thu gom rác đạt ', ' địa phương tỉ lệ giải ngân là '], miss: [' xã đạt chuẩn, tỷ lệ ', ' thôn có đường giao thông được cứng hóa (', ' địa phương đạt tỷ lệ '] },
});

/** "tỷ lệ đạt", "tỷ lệ là": the words of the share itself, not of a rate named. */
export const RATE_SAID = pattern({
  name: 'rate-said',
  description: 'Right after "có" (tested on the words after it), "tỷ lệ đạt", "tỷ lệ là": the words of the share itself, not of a rate named.',
  re: /^\s*(?:tỷ lệ|tỉ lệ)\s+(?:đạt|là|bằng|chiếm)(?![\p{L}])/iu,
  examples: { hit: ['tỷ lệ đạt ', 'tỉ lệ là ', 'tỷ lệ chiếm '], miss: ['tỷ lệ nợ quá hạn dưới ', 'tỷ lệ hộ nghèo còn '] },
});

/** Right before a fraction, the words that make it the places where something is done: "tại 6/6 thôn", "ở 12/15 xã". */
export const AT_PLACES = pattern({
  name: 'at-places',
  description: 'Right before a fraction (tested on the 12 characters before it), the words that make it the places where something is done.',
  re: /(?<![\p{L}])(?:tại|ở)\s*(?:cả\s+|các\s+)?$/iu,
  examples: { hit: ['thu gom tại ', 'triển khai ở ', 'thực hiện tại các ', 'đã làm ở cả '], miss: ['toàn huyện có ', 'đã đạt chuẩn '] },
});

/** A bracket opening on a rate named by its own subject ("(tỷ lệ đường trục thôn …"), not by a verb ("(tỷ lệ đạt …"). */
export const OWN_RATE_IN_BRACKET = pattern({
  name: 'own-rate-in-bracket',
  description: 'Between a fraction and a percentage (tested on the words between them), a bracket opening on a rate named by its own subject, not by a verb — or on an interest rate right before it ("(lãi suất 0,55%/tháng)", review-46b C12; not "(lãi suất ưu đãi, đạt 96,3%)", the share after a comma — review-46d F6).',
  re: /\(\s*(?:(?:tỷ lệ|tỉ lệ)\s+(?!(?:đạt|là|được|hoàn thành|chiếm)(?![\p{L}]))\p{L}+|lãi suất(?![\p{L}])[^(),]*$)[^()]*$/iu,
  examples: { hit: [' tiêu chí, các tiêu chí chưa đạt gồm: Giao thông (tỷ lệ đường trục thôn có rãnh thoát nước mới đạt ', ' thôn (tỉ lệ hộ dùng nước sạch ', ' hộ có nhu cầu vay vốn (lãi suất '], miss: [' hộ có nhu cầu vay vốn (lãi suất ưu đãi, đạt ', ' thôn (tỷ lệ đạt ', ' xã đạt chuẩn (đạt '] },
});

/** A paragraph that ends on the words that open its parts, the list below it. */
export const OPENS_ITEMS = pattern({
  name: 'opens-items',
  description: 'A paragraph that ends on the words that open its parts, listed on the item lines below it (group 1: the words).',
  re: /(?<![\p{L}])(trong đó|bao gồm|gồm)\s*:\s*$/iu,
  examples: { hit: ['Tổng nguồn vốn huy động là 2.764,3 tỷ đồng, trong đó:', 'Ngân sách trung ương: 142,35 tỷ đồng, gồm:', 'Tổng kinh phí thực hiện 45,2 tỷ đồng, bao gồm :'], miss: ['Tổng nguồn vốn huy động là 2.764,3 tỷ đồng.', 'Kết quả cụ thể như sau:', 'Nguồn vốn bao gồm: ngân sách 50%, huy động 50%'] },
});

/** A short line that gives a total: "Tổng cộng: 2.764,3 tỷ đồng.", "Cộng: 412 công trình". */
export const TOTAL_LINE = pattern({
  name: 'total-line',
  description: 'A short line that gives a total after item lines: "Tổng cộng: …", "Cộng: …".',
  re: /^\s*(?:tổng cộng|tổng số|tổng|cộng)\s*(?:\([^()]*\)\s*)?:\s*\d/iu,
  examples: { hit: ['Tổng cộng: 2.764,3 tỷ đồng.', 'Cộng: 412 công trình', 'Tổng số (làm tròn): 1.250 hộ'], miss: ['Tổng nguồn vốn huy động: 2.764,3 tỷ đồng', 'Cộng đồng dân cư đóng góp: 272,6 tỷ đồng'] },
});

/** A line that adds something besides the list: "Ngoài ra, …", "Bên cạnh đó, …". */
export const BESIDES = pattern({
  name: 'besides',
  description: 'An item line (its mark taken off) that adds something besides the list: "Ngoài ra, …", "Bên cạnh đó, …" — the list ends before it.',
  re: /^\s*(?:ngoài ra|bên cạnh đó|ngoài các)(?![\p{L}])/iu,
  examples: { hit: ['Ngoài ra, nhân dân hiến 12.500 m² đất', 'Bên cạnh đó, các doanh nghiệp ủng hộ 1,2 tỷ đồng', 'Ngoài các nguồn vốn trên, xã vận động 300 triệu đồng'], miss: ['Vốn cộng đồng dân cư đóng góp: 272,6 tỷ đồng.', 'Ngoài giờ hành chính, đoàn viên ra quân 120 lượt'] },
});

// ── read by totals.ts (session 21)

/** A row that gives an average or a rate: "Bình quân tiêu chí/xã", "Tỷ lệ hộ nghèo (%)" — not a place named so, "Trung Bình". */
export const RATE_ROW = pattern({
  name: 'rate-row',
  description: 'A table row\'s label that gives an average or a rate: under a whole row at the top, the table is one of indicators, not a sum.',
  re: /^\s*(?:[-+–]\s*)?(?:[Bb]ình quân|[Tt]rung bình|[Tt]ỷ lệ|[Tt]ỉ lệ)(?![\p{L}])/u,
  examples: { hit: ['Bình quân tiêu chí/xã', '- Tỷ lệ hộ nghèo (%)'], miss: ['Trung Bình', 'Xã đạt chuẩn nông thôn mới'] },
});

/**
 * A table row's label that counts the things of the whole that have reached a standard or been recognised ("Xóm đạt chuẩn nông thôn mới",
 * "Số thôn được công nhận kiểu mẫu"), not those that have not ("Xóm chưa đạt chuẩn"): under a whole row at the top that counts them all
 * ("Tổng số xóm"), rows all of this kind are subsets, no parts of it (session 61, nzp04).
 */
export const REACHED_ROW = pattern({
  name: 'reached-row',
  description: 'A row\'s label counting the things that reached a standard or were recognised: under a whole of all of them at the top, no part of a sum.',
  re: /^(?![^|]*(?<![\p{L}])(?:chưa|không|dưới)(?![\p{L}]))\s*(?:[-+–]\s*)?(?:số\s+)?\p{L}+(?:,?\s+\p{L}+){0,2}?\s+(?:đã\s+|được\s+)?(?:đạt chuẩn|được công nhận|đạt tiêu chí)(?![\p{L}])/iu,
  examples: { hit: ['Xóm đạt chuẩn nông thôn mới', 'Xóm đạt chuẩn nông thôn mới kiểu mẫu', 'Số thôn, bản được công nhận', '- Xã đạt tiêu chí số 4'], miss: ['Xóm chưa đạt chuẩn', 'Tổng số xóm', 'Tiểu học và Trung học cơ sở', 'Mầm non', 'Số xã không đạt chuẩn'] },
});

/** A unit that measures rather than counts things: no item of a list of kinds. */
export const MEASURE_UNIT = pattern({
  name: 'measure-unit',
  description: 'A figure\'s unit that measures money, land, people or turns rather than counting things: no kind among a list of things.',
  re: /đồng|^ha$|^km|^m\d?$|tấn|%|lượt|người|hộ/u,
  examples: { hit: ['tỷ đồng', 'ha', 'người'], miss: ['~nghị quyết', 'nhà'] },
});

/** A time counted ("6 tháng", "3 năm", "2 quý"): no part of a list of things. */
export const TIME_NOUN = pattern({
  name: 'time-noun',
  description: 'A count of time (the unit\'s noun, without its mark): no item of a list of things.',
  re: /^(?:tháng|năm|quý|ngày|tuần|đợt)(?![\p{L}])/u,
  examples: { hit: ['tháng đầu', 'năm'], miss: ['nghị quyết', 'vườn'] },
});

/** A word of relation right before a count ("của 14 chủ thể", "do 09 chủ thể"): the count is of something the item relates to, not an item. */
export const RELATION_BEFORE = pattern({
  name: 'relation-before',
  description: 'A word of relation right before a count in a list item (tested on the item\'s words before it): the count is no item of the list.',
  re: /(?<![\p{L}])(?:của|với|cho|tại|trên|trong|thuộc|từ|đến|gồm|bao gồm|do|bởi)\s*$/iu,
  examples: { hit: ['của ', ' do '], miss: ['HĐND huyện ', 'UBND huyện, Ban Chỉ đạo '] },
});

/** The level a change starts from, after "từ", then "lên"/"xuống"/"thành" and the level reached: "từ 15 xã lên 18 xã" (tested after the first figure). */
export const CHANGE_TO = pattern({
  name: 'change-to',
  description: 'After the figure a change starts from ("từ 15 xã …"), the words that lead to the level reached: the first figure is no part.',
  re: /^[^\d,;]{0,24}?(?<![\p{L}])(?:lên|xuống|thành)\s+\d/iu,
  examples: { hit: [' xã lên 18 xã', ' hộ xuống 5 hộ'], miss: [' xã, 03 xã', ' xã đạt chuẩn'] },
});

// ── read by totals.ts (session 22)

/** After a list's parts, a measure of the whole they make: ", với tổng vốn …", ", tổng kinh phí …" — the list ends there. */
export const WHOLE_MEASURED = pattern({
  name: 'whole-measured',
  description: 'After a list\'s parts (tested on the list): the whole measured again another way, ", với tổng vốn …" — the list ends there, and a "trong đó" after it breaks down that measure, not the list.',
  re: /,\s*(?:với\s+)?tổng\s+(?:số\s+)?(?:vốn|kinh phí|chiều dài|diện tích|mức đầu tư|giá trị|nguồn vốn|dự toán|chi phí|mức vốn)(?![\p{L}])/iu,
  examples: { hit: ['gồm: 09 chợ xây mới, 27 chợ nâng cấp và 08 chợ được hỗ trợ di dời, với tổng vốn 186 tỷ đồng', '12 công trình, tổng kinh phí 45 tỷ đồng', '08 chợ, tổng dự toán 186 tỷ đồng', '08 chợ, với tổng chi phí 186 tỷ đồng'], miss: ['gồm: 09 chợ xây mới, 27 chợ nâng cấp', 'tổng vốn huy động đạt 186 tỷ đồng'] },
});

/** An item of a "trong đó:" list that opens on a rate: a figure of its own, no part. */
export const RATE_ITEM = pattern({
  name: 'rate-item',
  description: 'An item after ";" in a "trong đó:" list (tested on its first words) that opens on a rate ("; tỷ lệ lao động qua đào tạo đạt 65,2%"): a figure of its own, and the list ends before it.',
  re: /^\s*(?:(?:nâng|đưa|giảm|tăng)\s+)?(?:tỷ lệ|tỉ lệ)(?![\p{L}])/iu,
  examples: { hit: [' tỷ lệ lao động qua đào tạo đạt 65,2%', 'Tỉ lệ hộ nghèo còn 2,1%', ' nâng tỷ lệ lao động qua đào tạo lên 72,4%'], miss: [' nghề phi nông nghiệp 1.716 người', ' vốn tín dụng 12 tỷ đồng'] },
});

// ── read by totals.ts (session 25)

/** Right after a part's count, its noun and a rank of it: "chợ hạng II", "trạm loại A", "đường cấp V" (groups: the rank's word, the rank). */
export const RANKED_KIND = pattern({
  name: 'ranked-kind',
  description: 'Right after a part\'s count in a "trong đó" list (tested on the words after it): the whole\'s noun and a rank of it, "18 chợ hạng II" — a thing has one rank of a kind, so two parts ranked by the same word are kinds that must fit in the whole ("152 chợ, trong đó 18 chợ hạng II và 141 chợ hạng III").',
  re: /^\s+(?:\p{L}+\s+){1,3}?(hạng|loại|cấp)\s+([IVX]{1,4}|\d{1,2}|[A-D])(?![\p{L}\d])/iu,
  examples: { hit: [' chợ hạng II và', ' chợ nông thôn hạng III', ' trạm loại A', ' đường cấp V'], miss: [' chợ đạt chuẩn', ' hộ nghèo loại trừ', ' chợ được nâng cấp'] },
});

// ── read by totals.ts (session 29)

/** A yearly or per-unit average said beside the whole a list breaks down: "đạt 1.186,4 tỷ đồng, bình quân 339 tỷ đồng/năm, gồm: …". */
export const AVERAGE_BEFORE = pattern({
  name: 'average-before',
  description: 'The words right before a figure that make it an average ("bình quân", "trung bình mỗi năm"), tested on the 30 characters before it: the figure is no whole a following "gồm" list breaks down.',
  re: /(?<![\p{L}])(?:bình quân|trung bình)(?:\s+(?:mỗi|hằng|hàng|một)\s+(?:năm|xã|hộ|thôn))?(?:\s+(?!đầu\s+người)(?:được|đã)?\s*\p{L}+(?:\s+\p{L}+)?)?(?:\s+(?:đạt|là|khoảng|gần|hơn|trên|mới đạt))?\s*:?\s*$/iu,
  examples: { hit: ['đạt 1.186,4 tỷ đồng, bình quân ', 'trung bình mỗi năm đạt ', 'bình quân một xã là ', 'mỗi xã bình quân được đầu tư '], miss: ['tổng vốn ', 'thu nhập bình quân đầu người đạt 52 triệu đồng, tổng vốn ', 'thu nhập bình quân đầu người đạt '] },
});

/** A figure per a span of time or a unit, right after it: "339 tỷ đồng/năm", "12,2 tỷ đồng/xã", "… mỗi năm". */
export const PER_UNIT_AFTER = pattern({
  name: 'per-unit-after',
  description: 'The words right after a figure that make it a rate per year, per place or per head ("/năm", "/xã", "mỗi năm"): no whole of a list.',
  re: /^\s*(?:\/\s*(?:năm|tháng|xã|thôn|hộ|người|khẩu|ha)(?![\p{L}])|(?:mỗi|một|trên)\s+(?:năm|xã|hộ|người)(?![\p{L}]))/iu,
  examples: { hit: ['/năm, gồm', ' mỗi năm, gồm', '/xã'], miss: [', gồm: ngân sách', ' (chiếm 12%)'] },
});

/** A rate's change in points right after a figure: "tăng 6,66 điểm phần trăm", "giảm 1,2 điểm %". */
export const RATE_POINTS_AFTER = pattern({
  name: 'rate-points-after',
  description: 'The words right after a figure that make it a change of a rate in percentage points ("điểm phần trăm", "điểm %"): no whole of a list and no part, whatever follows — nyp05.',
  re: /^\s*điểm\s*(?:phần\s+trăm|%)(?![\p{L}])/iu,
  examples: { hit: [' điểm phần trăm so với năm 2020, ', ' điểm %'], miss: [' điểm du lịch', ' điểm trường, trong đó'] },
});

/** How badly a part's things were hit, said as a share after words of damage: "37 nhà hư hỏng nặng trên 50%" (the share describes the part, as the criteria a part's places reached do; nye06). */
export const DAMAGE_DEGREE = pattern({
  name: 'damage-degree',
  description: 'Words of damage or loss, then a share or a span of shares: how badly a part\'s things were hit ("hư hỏng nặng trên 50%", "thiệt hại từ 30-70%"), no figure of the list: its digits are masked as a criterion reached is.',
  re: /(?<![\p{L}])(?:hư hỏng|hư hại|thiệt hại|tốc mái|mất trắng|giảm năng suất)(?:\s+(?:nặng|nhẹ|một phần|hoàn toàn))?\s+(?:(?:trên|dưới|từ|hơn|khoảng)\s+)?\d{1,3}(?:,\d+)?\s*%?(?:\s*(?:-|–|đến)\s*\d{1,3}(?:,\d+)?)?\s*%/iu,
  examples: { hit: ['37 nhà hư hỏng nặng trên 50%', '112 nhà bị tốc mái trên 50%', 'lúa thiệt hại từ 30-70%', 'diện tích thiệt hại trên 70%', 'hư hỏng 30% - 50%'], miss: ['37 nhà hư hỏng nặng', 'chiếm 50%', 'hư hỏng, trong đó 12%'] },
});

/** A part's band of how badly things were hit, in its words once the damage's share is masked ("xx%"): a share, or words of degree. */
export const DAMAGE_BAND = pattern({
  name: 'damage-band',
  description: 'In a part\'s words, once a share of damage is masked to letters ("trên xx%"), the band of how badly its things were hit: a share, or "nặng", "nhẹ", "một phần", "hoàn toàn" — a list is read as bands only where every part says one (review-55 B1, B3, B5, B10).',
  re: /x\s*%|(?<![\p{L}])(?:nặng|nhẹ|một phần|hoàn toàn)(?![\p{L}])/iu,
  examples: { hit: [' 37 nhà hư hỏng nặng trên xx%', ' 398 nhà tốc mái một phần', ' 11 nhà bị tốc mái hoàn toàn'], miss: [' 215 nhà bị tốc mái', ' 620 ha hoa màu bị ngập úng', ' đến nay đã hỗ trợ sửa chữa 320 nhà'] },
});

/** Inside a list, a comma then words that open a clause of their own: "…, đồng thời vận động doanh nghiệp hỗ trợ 3,2 tỷ đồng vật tư". */
export const CLAUSE_AFTER_COMMA = pattern({
  name: 'clause-after-comma',
  description: 'A comma, then words that open a clause of its own within a list ("đồng thời", "ngoài ra", "bên cạnh đó"): the list ends at the comma, what follows is no part.',
  re: /,\s*(?:đồng thời|ngoài ra|bên cạnh đó|ngoài các)(?![\p{L}])/iu,
  examples: { hit: ['tiền mặt 12,6 tỷ đồng, ngày công 8,8 tỷ đồng, đồng thời vận động doanh nghiệp hỗ trợ 3,2 tỷ đồng', 'gồm 12 xã, ngoài ra còn 03 thị trấn'], miss: ['tiền mặt 12,6 tỷ đồng, ngày công 8,8 tỷ đồng', 'đồng thời'] },
});

// ── moved from the code that reads them (session 29)

/** A caption of the criteria each place reached: "Số tiêu chí đạt của từng xã", "Kết quả thực hiện tiêu chí theo xã". */
export const CRITERIA_CAPTION = pattern({
  name: 'criteria-caption',
  description: 'A table\'s caption of the criteria each place reached ("Số tiêu chí đạt của từng xã", "Tiêu chí đã đạt theo xã"): counts whose whole row may be their sum.',
  re: /(?<![\p{L}])(?:số\s+)?tiêu chí(?:\s+\p{L}+){0,2}\s+đạt|số tiêu chí/iu,
  examples: { hit: ['Bảng: Số tiêu chí đạt của từng xã qua các năm', 'Tiêu chí đã đạt theo xã'], miss: ['Bảng: Thu nhập bình quân đầu người của các xã', 'Tỷ lệ hộ nghèo theo xã'] },
});

/** An item that gives a running total: "lũy kế", "tính lũy kế", "cộng dồn". */
/** A whole row's label that names the group it sums (group 1 or 2: the group's number). */
export const GROUP_NAMED = pattern({
  name: 'group-named',
  description: 'A table\'s whole row whose label names the lettered or numbered group it sums ("Cộng kinh phí (B)", "Cộng II"): it sums the rows under that group\'s row only.',
  re: /(?:(?<![+\-–]\s*)\(\s*([A-H]|[IVX]+)\s*\)|^\s*(?:[Cc]ộng|[Tt]ổng [Cc]ộng|[Tt]ổng)\s+(?:(?:phần|nhóm|mục)\s+)?([A-H]|[IVX]+))\s*$/u,
  examples: { hit: ['Cộng kinh phí (B)', 'Cộng II', 'Tổng cộng phần A'], miss: ['Tổng cộng', 'Cộng kinh phí', 'Cộng (triệu đồng)', 'Tổng cộng (I)+(II)', 'TỔNG CỘNG (A)+(B)'] },
});

/** What a part's words after its count say, where each thing has one: the place it was held ("được tổ chức tại …", "tại …"; group 1) or
 * the body that held it ("do … tổ chức"; group 2). */
export const ONE_EACH_FRAME = pattern({
  name: 'one-each-frame',
  description: 'The words after a part\'s count and noun that say where it was held or which body held it: every part said so parts the whole (a class is held in one place, by one body), no traits that may overlap.',
  re: /^(?:(?:được\s+)?(?:tổ chức|mở)(?:\s+tập trung)?\s+)?(tại|ở)\s|^(do)\s[^,;]{2,80}?\s(?:tổ chức|chủ trì|mở|thực hiện)[\s.]*$/iu,
  examples: { hit: ['được tổ chức tại các xã', 'tại Trung tâm Giáo dục nghề nghiệp huyện', 'do Hội Nông dân huyện tổ chức'], miss: ['có doanh nghiệp phối hợp', 'do Hội Nông dân huyện chủ trì có doanh nghiệp tham gia', 'nghề nông nghiệp'] },
});

/** Right after a noun: a word that opens what it is for or whose, not a kind of it (" cho các hộ", " của hộ", " này"). */
export const NOUN_COMPLEMENT = pattern({
  name: 'noun-complement',
  description: 'Words right after a noun said again that open whom it is for or whose it is, or point back ("nhà cho các hộ", "nhà của hộ", "nhà này"): the noun is the count\'s own things, named no other way.',
  re: /^\s+(?:cho|của|tại|này|đó|trên|mới|các|những|đã|được)(?![\p{L}])/iu,
  examples: { hit: [' cho các hộ', ' của hộ nghèo', ' này'], miss: [' ở cho hộ nghèo', ' văn hóa thôn', ' đại đoàn kết'] },
});

/** Right before a verb: words that single out some of a count's own things as a priority ("ưu tiên", "chú trọng", "nhất là"). */
export const PRIORITY_BEFORE = pattern({
  name: 'priority-before',
  description: 'Words right before a verb that make what it names a priority among a count\'s own things ("…, ưu tiên hỗ trợ hộ đồng bào …"), no other thing.',
  re: /(?<![\p{L}])(?:ưu tiên|chú trọng|tập trung|nhất là|đặc biệt là|trong đó)\s*$/iu,
  examples: { hit: ['320 hộ nghèo phát triển sản xuất, ưu tiên ', ', chú trọng '], miss: [', vận động ', ', đồng thời '] },
});

/** An item of a list that opens on "riêng", "tính riêng" or "chỉ riêng" (group 1: the words after it). */
export const SINGLED_OUT = pattern({
  name: 'singled-out',
  description: 'An item of a list that opens on "riêng" ("tính riêng", "chỉ riêng"): part of the item before it where that item names a group of its kind ("03 Chương trình" … "riêng Chương trình 1719"), or where it names a kind of budget money after a source (lexicon: budget-kind); else a part of its own.',
  re: /^\s*(?:(?:tính|chỉ)\s+)?riêng(?![\p{L}])\s*(.*)$/isu,
  examples: { hit: [' riêng Chương trình 1719 là', ' tính riêng vốn sự nghiệp là', ' chỉ riêng Chương trình giảm nghèo bền vững đã là'], miss: [' Nhân dân đóng góp', ' vốn riêng của doanh nghiệp'] },
});



export const RUNNING_ITEM = pattern({
  name: 'running-item',
  description: 'An item of a list that gives a running total ("năm 2022 lũy kế 04 xã", "cộng dồn"): each is the whole so far, no part.',
  re: /(?<![\p{L}])(?:lũy kế|luỹ kế|cộng dồn)(?![\p{L}])/iu,
  examples: { hit: ['năm 2022 lũy kế 04 xã', 'tính cộng dồn 12 xã'], miss: ['năm 2022 có 04 xã', 'kế hoạch 12 xã'] },
});

/** Between a fraction and its share: the plan named as the fraction's whole, then the share after a comma or in a bracket ("… tỷ đồng kế
 * hoạch giao, đạt", "… theo kế hoạch được giao, đạt", "… kế hoạch vốn được giao năm 2024, đạt"). */
export const PLAN_AS_WHOLE = pattern({
  name: 'plan-as-whole',
  description: 'Between a fraction and its share: the plan named as the fraction\'s whole, then the share after a comma or in a bracket ("… tỷ đồng kế hoạch giao, đạt", "… theo kế hoạch được giao, đạt").',
  re: /^[^\d,;()]{0,30}?(?<![\p{L}])(?:theo\s+)?kế hoạch(?:\s+vốn)?(?:\s+(?:được\s+|đã\s+)?giao)?(?:\s+năm\s+(?:19|20)\d\d)?\s*(?:,\s*(?:đạt|bằng)|\(\s*(?:đạt|bằng|chiếm)?)\s*$/iu,
  examples: { hit: [' tỷ đồng kế hoạch giao, đạt ', ' tỷ đồng theo kế hoạch được giao, đạt ', ' tỷ đồng kế hoạch vốn được giao năm 2024, đạt '], miss: [' tỷ đồng, đạt ', ' tỷ đồng kế hoạch vốn năm 2023, vượt '] },
});

/** A list whose items open on their years: "năm 2021 là 312 tỷ đồng, năm 2022 …". */
export const YEAR_ITEMS = pattern({
  name: 'year-items',
  description: 'A list whose items open on their years ("năm 2021 là 312 tỷ đồng, năm 2022 …"): after a yearly average, the years it is the average of, no parts of it.',
  re: /^\s*:?\s*(?:năm\s+)?(?:19|20)\d\d(?![\d/])[^,;]*\d[^,;]*[,;]\s*(?:năm\s+)?(?:19|20)\d\d(?![\d/])/iu,
  examples: { hit: [': năm 2021 là 312 tỷ đồng, năm 2022 là 345 tỷ đồng', ' 2021: 12 xã; 2022: 15 xã'], miss: [': ngân sách tỉnh 312 tỷ đồng, vốn tín dụng 45 tỷ đồng', ' năm 2021 là 312 tỷ đồng'] },
});

/** After a share, a plan named with words of its own ("đạt 98,6% kế hoạch vốn sau điều chỉnh", "… kế hoạch cả năm"): another plan than the
 * fraction's whole; a bare "kế hoạch", "KH", "kế hoạch vốn (được) giao" is that whole's. */
export const OTHER_PLAN_AFTER = pattern({
  name: 'other-plan-after',
  description: 'After a share, a plan named with words of its own ("đạt 98,6% kế hoạch vốn sau điều chỉnh"): another plan than the fraction\'s whole; a bare "kế hoạch", "KH", "kế hoạch vốn (được) giao" is that whole\'s.',
  re: /^\s*(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu)(?![\p{L}])(?!(?:\s+vốn)?(?:\s+(?:được\s+|đã\s+)?giao)?\s*(?:[.,;)]|$))/iu,
  examples: { hit: [' kế hoạch vốn sau điều chỉnh.', ' kế hoạch cả năm'], miss: [' KH.', ' kế hoạch.', ' kế hoạch vốn được giao,', ', vượt tiến độ'] },
});

// ── read by rules/arithmetic-mismatch.ts and totals.ts (session 30)

/** A money part's share that names its whole by "tổng" and the whole's words: "268,90 tỷ đồng (chiếm 12,4% tổng nguồn vốn)" (group 1: the whole's words). */
export const SHARE_NAMING_WHOLE = pattern({
  name: 'share-naming-whole',
  description: 'A sum of money, then its share of a whole named by "tổng" and all its words up to the bracket\'s or the clause\'s end (group 1): read against the whole a paragraph above gives in a sentence whose subject says every one of those words.',
  re: /(?:đồng|tỷ đ|trđ)\s*[(,]\s*chiếm\s+(?:tỷ lệ\s+)?\d{1,3}(?:,\d{1,2})?\s*%\s+(tổng(?:\s+[^\s(),.;:%]+){1,12}?)(?=\s*(?:[),.;]|$))/iu,
  examples: { hit: ['268,90 tỷ đồng (chiếm 12,4% tổng nguồn vốn)', '1.915 triệu đồng, chiếm 5,8% tổng kinh phí.', '68,2 tỷ đồng (chiếm 12,5% tổng nguồn vốn năm 2023)'], miss: ['268,90 tỷ đồng (chiếm 12,4%)', '520 hộ (chiếm 4,2% tổng số hộ)', '268,90 tỷ đồng (đạt 12,4% kế hoạch)'] },
});

/** A paragraph that opens on a list's head and "gồm:", no count before it: "Các làng được công nhận năm 2023 gồm: …". */
export const LIST_OPENS_PARAGRAPH = pattern({
  name: 'list-opens-paragraph',
  description: 'A paragraph that opens on the words of a list\'s head (a year may be among them), then "gồm:" — its whole, if every word of the head is said in the paragraph above, is one of that paragraph\'s figures.',
  re: /^[^\d.;:]{0,20}\p{L}[^.;:]{2,80}?(?<![\p{L}])(?:bao\s+)?gồm(?:\s*:|\s+(?=\p{L}))/u,
  examples: { hit: ['Các làng được công nhận năm 2023 gồm: Chư Prông 6 làng', 'Vốn Chương trình 1719 gồm: Dự án 1', 'Các thôn được công nhận năm 2023 gồm xã Triệu Phong 5 thôn'], miss: ['Toàn tỉnh có 38 làng. Các làng gồm', 'Các làng gồm 6'] },
});

/** Right after a figure, its noun and "trở lên" or "trở xuống": a threshold, no count ("3 sao trở lên"). */
export const THRESHOLD_AFTER = pattern({
  name: 'threshold-after',
  description: 'Right after a figure (tested on the words after it), its noun and "trở lên" or "trở xuống": a threshold ("09 sản phẩm OCOP đạt 3 sao trở lên"), no whole a list may break down.',
  re: /^\s*\p{L}+\s+trở\s+(?:lên|xuống)(?![\p{L}])/iu,
  examples: { hit: [' sao trở lên (02 sản phẩm 4 sao', ' tuổi trở lên'], miss: [' sao, gồm', ' bồn chứa nước'] },
});

/** A row of averages: "Bình quân tiêu chí/xã", "Trung bình". */
export const AVERAGE_ROW = pattern({
  name: 'average-row',
  description: 'A table row\'s label that gives an average (a place named so, "Trung Bình", is none): under the whole row of a table with no average or rate above it, no part of the sum ("Tổng cộng | 52 | 112 | …" over "Bình quân tiêu chí/xã | 15,71 | …").',
  re: /^\s*(?:[-+–]\s*)?(?:[Bb]ình quân|[Tt]rung bình|BÌNH QUÂN|TRUNG BÌNH)(?![\p{L}])|(?<![\p{L}])(?:bình quân|trung bình|BQ)(?![\p{L}])/u,
  examples: { hit: ['Bình quân tiêu chí/xã', '- Trung bình', 'Số tiêu chí bình quân/xã', 'Số tiêu chí đạt BQ/xã'], miss: ['Tỷ lệ hộ nghèo (%)', 'Trung Bình Tây', 'Xã Trung Bình'] },
});

/** A sentence's opening time and its comma: "Giai đoạn 2021 - 6/2024, ", "Năm 2023, ", "Đến 30/6/2024, ". */
export const TIME_LEAD = pattern({
  name: 'time-lead',
  description: 'A sentence\'s opening time and its comma ("Giai đoạn 2021 - 6/2024, tổng nguồn vốn … là …"): the total\'s sentence opens after it.',
  re: /^\s*(?:(?:trong\s+)?giai đoạn|(?:trong\s+)?năm|đến|tính đến|từ năm)\s[^,]{1,40},\s*/iu,
  examples: { hit: ['Giai đoạn 2021 - 6/2024, tổng nguồn vốn', 'Năm 2023, tổng kinh phí', 'Trong giai đoạn 2021 - 6/2024, tổng nguồn vốn'], miss: ['Tổng nguồn vốn giai đoạn 2021 - 6/2024, trong đó', 'Nguồn vốn năm 2023'] },
});


/** A whole's second kind named right after its count's unit (tested on the words after the count; group 1 the kind's first one or two
 * words): "418 hội nghị, lớp học tập …", "145 hợp tác xã, tổ hợp tác". */
export const SECOND_KIND = pattern({
  name: 'second-kind',
  description: 'A second kind named right after a whole\'s count and unit, parted by ",", "/" or "và" (group 1: its first one or two words): the parts after "trong đó" may be of either kind — "418 hội nghị, lớp học tập …, trong đó … 04 hội nghị, … 46 lớp".',
  re: /^(?:\s+\p{L}+){0,2}?\s*(?:,|\/|(?<![\p{L}])và(?![\p{L}]))\s*(\p{L}+(?:\s\p{L}+)?)/u,
  examples: { hit: [', lớp học tập, quán triệt cho', ', tổ hợp tác'], miss: [' đạt chuẩn nông thôn mới'] },
});

/** A whole counted as administrative units, of a level perhaps (tested on the whole's unit and the words after it; group 1 or 2: the
 * level): "15 đơn vị hành chính cấp xã", "09 đơn vị cấp huyện", "13 đơn vị hành chính". */
export const UNITS_OF_LEVEL = pattern({
  name: 'units-of-level',
  description: 'A whole counted as administrative units ("đơn vị hành chính", "đơn vị cấp …"), of a level perhaps (group 1 or 2: "xã", "huyện"): its parts may be of any kind of place of that level — "15 đơn vị hành chính cấp xã, gồm 11 phường và 04 xã", "13 đơn vị hành chính (12 xã, 01 thị trấn)" (nzx06). Not units of another sort ("đơn vị sự nghiệp", "đơn vị trực thuộc").',
  re: /^đơn vị\s+(?:hành chính(?:\s+cấp\s+(xã|huyện))?|cấp\s+(xã|huyện))(?![\p{L}])/iu,
  examples: { hit: ['đơn vị hành chính cấp xã, gồm', 'đơn vị cấp huyện', 'đơn vị hành chính (12 xã'], miss: ['đơn vị sự nghiệp', 'đơn vị trực thuộc', 'đơn vị hành chánh'] },
});

/** Words after a whole row's total word that say whose whole it is (tested on them): the unit, its places, "chung", "các …" — not a count of
 * its own, "Tổng số hộ dân". */
export const TOTAL_SCOPE = pattern({
  name: 'total-scope',
  description: 'Words after a whole row\'s total word that say whose whole it is — "Tổng cộng toàn huyện", "Cộng các xã", "Tổng cộng chung" — not a count of its own ("Tổng số hộ dân").',
  re: /^(?:toàn|cả|chung|các|của|trên địa bàn|huyện|xã|tỉnh|thị xã|thành phố|thị trấn|phường)(?![\p{L}])/iu,
  examples: { hit: ['toàn huyện', 'các xã', 'chung'], miss: ['hộ dân', 'hộ sử dụng nước sạch'] },
});

/** Words that make a clause, not a name: a list's last item holding one closes a whole list ("…; thôn Bắc đã không còn hộ nghèo"), it is no name cut before its amount. */
export const CLAUSE_WORD = pattern({
  name: 'clause-word',
  description: 'A verb of being or doing, or a word that opens a clause, that an item\'s name in a list never holds: a list whose last item holds one is whole, not a name cut before its amount ("…; Nhân dân đóng góp 5,2 tỷ đồng; doanh nghiệp").',
  re: /(?<![\p{L}])(?:đã|được|đều|không|chưa|sẽ|đang|là|góp phần|tất cả|bị|cần|phải|vẫn|cũng|thì|nên|để|nhằm|còn lại|thoát)(?![\p{L}])/iu,
  examples: { hit: ['thôn Bắc đã không còn hộ nghèo', 'các công trình đều được nghiệm thu', 'góp phần hoàn thành tiêu chí', 'tất cả đều được công khai'], miss: ['doanh nghiệp', 'doanh nghiệp, nhà hảo tâm', 'tỷ lệ hộ dân nông thôn sử dụng nước sạch', 'vốn lồng ghép các chương trình mục tiêu'] },
});

// ── read by remainders.ts

/**
 * Criteria reached of their whole, then the rest said in the next clause: "đạt 15/19 tiêu chí, còn 03 tiêu chí chưa đạt" (group 1 the count
 * reached, 2 the whole, 3 the noun, 4 the rest, 5 the rest's noun, 6 the words between the rest's noun and its verdict). The rest follows right after the reached count's clause — its noun's
 * words and a bracket between, no figure, no other subject ("xã Long Môn còn 04 …") — and is said not reached by its own words. Criteria
 * and indicators only: places left may be some of the rest, or fall short of another standard ("10/16 xã đạt chuẩn nông thôn mới nâng
 * cao, còn 03 xã chưa đạt chuẩn" — three not even at the first level).
 */
export const REACHED_THEN_REST = pattern({
  name: 'reached-then-rest',
  description: 'A fraction of criteria reached, then ", còn N tiêu chí chưa đạt": the rest must be the whole less the count reached.',
  re: /(?<![\d/.,])(\d{1,4})\s*\/\s*(\d{1,4})(?![\d/.,])\s+(tiêu chí|chỉ tiêu)(?![\p{L}])[^\d;.()]{0,70}?(?:\([^()]*\)[^\d;.()]{0,12}?)?,\s*còn(?:\s+lại)?\s+(\d{1,4})\s+(tiêu chí|chỉ tiêu)(?![\p{L}])(\s+[^\d;.,()]{0,40}?)?(?:\s*\([^()]*\))?\s+(?:chưa|không)\s+(?:đạt|được công nhận|hoàn thành)(?![\p{L}])/iu,
  examples: {
    hit: ['xã đạt 15/19 tiêu chí, còn 03 tiêu chí chưa đạt gồm: Giao thông', 'đạt 16/19 tiêu chí xã nông thôn mới nâng cao, còn 03 tiêu chí chưa đạt (Thu nhập, Y tế, Môi trường)', '17/19 tiêu chí, còn 02 tiêu chí Thu nhập và Hộ nghèo chưa đạt'],
    miss: ['04/8 xã đạt chuẩn nông thôn mới, còn 02 xã dưới 15 tiêu chí', '04 xã đạt chuẩn duy trì 19/19 tiêu chí, xã Long Môn còn 04 tiêu chí chưa đạt', 'đạt 15/19 tiêu chí, năm 2024 còn 02 tiêu chí chưa đạt', '14/19 tiêu chí, còn 5 tiêu chí đang thực hiện', 'có 10/16 xã đạt chuẩn nông thôn mới nâng cao, còn 03 xã chưa đạt chuẩn'],
  },
});

/** Another criterion or indicator named in a clause after the rest's: the rest is not all that is left. */
export const ANOTHER_AFTER_REST = pattern({
  name: 'another-after-rest',
  description: 'After "còn N tiêu chí chưa đạt", a clause that names another criterion or indicator (tested on the rest of the sentence): the rest is not all that is left.',
  re: /[,;]\s*(?:(?:riêng|các|còn|và)\s+)?(?:tiêu chí|chỉ tiêu)(?![\p{L}])/iu,
  examples: { hit: [', tiêu chí Môi trường và chất lượng môi trường sống cơ bản đạt', '; tiêu chí Y tế đang hoàn thiện hồ sơ', '; chỉ tiêu tỷ lệ hộ nghèo chưa có số liệu'], miss: [' gồm: Giao thông, Thu nhập, Y tế và Môi trường', ' (17.5, 17.9) do kinh phí hạn chế'] },
});

/** A status said in a clause after the rest's: other items are in another state. */
export const STATUS_AFTER_REST = pattern({
  name: 'status-after-rest',
  description: 'After "còn N tiêu chí chưa đạt", a clause that gives something else a status (tested on the rest of the sentence) — not a plan\'s clause ("phấn đấu …"): the rest is not all that is left.',
  re: /[,;](?!\s*(?:phấn đấu|dự kiến|tiếp tục|để|nhằm)(?![\p{L}]))[^,;]*?(?<![\p{L}])(?:đạt|chưa|đang|riêng|hoàn thiện|số liệu)(?![\p{L}])/iu,
  examples: { hit: ['; riêng giải ngân vốn đầu tư công chưa có số liệu đánh giá', '; Y tế và Môi trường cơ bản đạt, đang hoàn thiện hồ sơ', ', riêng nội dung 17.10 đang chờ kết quả thẩm định'], miss: [' (Thu nhập, Hộ nghèo đa chiều, Môi trường), phấn đấu đạt chuẩn nông thôn mới nâng cao trong năm 2024', ' gồm: Giao thông, Thu nhập, Y tế và Môi trường'] },
});

// ── read by table-rates.ts

/** A rate column's header that names another whole than its row's fraction. */
export const RATE_OF_OTHER_WHOLE = pattern({
  name: 'rate-of-other-whole',
  description: 'Words in a rate column\'s header that make it a rate of another whole than the fraction beside it: a target, a change, an average, last year.',
  re: /(?<![\p{L}])(?:so\s+(?:kh|cùng)|tăng|giảm|mục tiêu|chỉ tiêu|bình quân)(?![\p{L}])/iu,
  examples: { hit: ['Tỷ lệ so với mục tiêu giai đoạn (%)', 'Tỷ lệ so cùng kỳ (%)', 'Tỷ lệ tăng (%)'], miss: ['Tỷ lệ (%)', 'Kết quả thực hiện Tỷ lệ (%)', 'Tỷ lệ hoàn thành (%)'] },
});

// ── read by table-transpose.ts

/** A place named in a table's column header. */
export const PLACE_NAMED_HEADER = pattern({
  name: 'place-named-header',
  description: 'A place\'s rank then its name in a column header ("Thôn đạt chuẩn NTM - Xã Nghĩa Sơn"): a column of a part, no indicator of the unit — not an acronym nor the programme\'s words written with a capital.',
  re: /(?<![\p{L}])(?:[xX]ã|[pP]hường|[tT]hị trấn|[hH]uyện|[tT]hôn|[bB]ản|[ấẤ]p|[tT]ỉnh)\s+(?![nN]ông thôn|[kK]iểu mẫu|[đĐ]ạt)\p{Lu}\p{Ll}/u,
  examples: { hit: ['Thôn đạt chuẩn NTM - Xã Nghĩa Sơn', 'Huyện Sơn Hà'], miss: ['Thôn NTM kiểu mẫu', 'Xã Nông thôn mới nâng cao', 'Hộ dân nông thôn dùng nước sạch'] },
});

// ── read by totals-lists.ts (session 43)

/** A count that stands for each of the places named before it: "Tân Hương, Quang Vĩnh và Hòa Lạc mỗi xã 01 cầu". */
export const EACH_PLACE_BEFORE = pattern({
  name: 'each-place-before',
  description: 'Words right before a list item\'s count that make it the count of each place the item names ("mỗi xã", "mỗi thôn có", "mỗi xóm", "mỗi xã được hỗ trợ", "mỗi đơn vị"), tested on the 40 characters before it: the item stands for its count as many times as it names places (group 1: the kind of place). Not "Mỗi xã một sản phẩm", the OCOP programme\'s name (review-43c A1n).',
  re: /(?<![\p{L}])mỗi\s+(xã|thôn|bản|ấp|làng|buôn|xóm|tổ dân phố|tổ|khu phố|khu|khối|huyện|phường|thị trấn|đơn vị|địa phương|nơi)(?!\s+một\s+sản phẩm)(?:\s+\p{Ll}+){0,3}?\s*:?\s*$/u,
  examples: { hit: ['Quang Vĩnh và Hòa Lạc mỗi xã ', 'Hòa Lạc, mỗi xã có ', 'Tân Hương, Yên Hồ mỗi đơn vị xây mới ', 'Hải Định và Hải Lâm mỗi xã được hỗ trợ ', 'xóm 2 và xóm 4 mỗi xóm '], miss: ['Tân Hương ', 'bình quân mỗi năm ', 'mỗi hộ được hỗ trợ ', 'Chương trình Mỗi xã một sản phẩm ', 'Chương trình mỗi xã một sản phẩm '] },
});

/** A village's kind right before a number: the number is the village's name ("thôn 3", "xóm 5", "tổ dân phố 2"). */
export const VILLAGE_NUMBER = pattern({
  name: 'village-number',
  description: 'A village\'s kind right before a number (tested on the 14 characters before it): villages are often named by numbers, "thôn 3 và thôn 5 mỗi thôn 12 bóng" — the number is a name, no count of the list.',
  re: /(?<![\p{L}])(?<!mỗi\s+)(?:thôn|xóm|tổ|đội|khu|khối|ấp|bản|tổ dân phố|khu phố)\s*$/iu,
  examples: { hit: ['gồm: thôn ', ', xóm ', ' và tổ dân phố '], miss: ['gồm: Hải Sơn ', 'có ', 'thôn Trường Thọ ', 'thôn 5 mỗi thôn '] },
});

/** The words that raise a count to its whole so far, right before the figure: "nâng tổng số xã đạt chuẩn lên ", "đưa tổng số lên ". */
export const RAISED_TO = pattern({
  name: 'raised-to',
  description: 'Right before a figure (tested on the 60 characters before it): a verb that raises a count to a new whole, then "lên" — the figure is the whole so far, no part of a list ("…, có thêm 02 xã, nâng tổng số xã đạt chuẩn lên 14 xã").',
  re: /(?<![\p{L}])(?:nâng|đưa)\s+(?:tổng\s+)?(?:số\s+)?[^,;.()\d]{0,40}?lên(?:\s+(?:thành|tới|đến))?\s*$/iu,
  examples: { hit: [', nâng tổng số xã đạt chuẩn lên ', 'đưa tổng số lên ', 'nâng số xã đạt chuẩn nông thôn mới lên '], miss: ['tăng ', 'có thêm ', 'nâng cao chất lượng '] },
});

/**
 * After ";" that ends a list of kinds (crops, sources), a clause whose subject is a way of producing or a certification, which cuts across
 * those kinds: "…; diện tích sản xuất hữu cơ (được chứng nhận) đạt 1.415 ha" — no part of the list (nvo03, review-44c A10). Tested on the
 * clause's first words.
 */
/** What a "riêng" item names that cuts across the kinds of a list: an act of planting, applying, linking or certifying, not a place, a source or a kind. */
export const SINGLED_ACROSS = pattern({
  name: 'singled-across',
  description: 'Words of an item on "riêng" after a list that makes its whole, naming what cuts across the list\'s kinds — new planting, a technique applied, a link in a value chain, a project, a certification or standard: "riêng diện tích trồng mới quế là 3.215,6 ha" after forest by use (nzi01), "riêng các dự án liên kết theo chuỗi giá trị", "riêng diện tích áp dụng cơ giới hóa đồng bộ". Not a place, the rest, a source of money or another kind of the list ("riêng thị trấn Krông Kmar", "riêng các huyện còn lại", "riêng Nhân dân đóng góp", "riêng lâm nghiệp", "riêng diện tích cây sắn": a further part — review-60b B4–B18).',
  re: /(?<![\p{L}])(?:trồng mới|áp dụng|cơ giới hóa|cơ giới hoá|liên kết|chuỗi|dự án|ứng dụng|chứng nhận|chứng chỉ|công nghệ cao|hữu cơ|vietgap|globalgap|mã số vùng trồng)(?![\p{L}])/iu,
  examples: {
    hit: ['diện tích trồng mới quế là 3.215,6 ha', 'các dự án liên kết theo chuỗi giá trị là 37,2 tỷ đồng', 'diện tích áp dụng cơ giới hóa đồng bộ là 2.640 ha'],
    miss: ['thị trấn Krông Kmar là 410 hộ', 'các huyện còn lại là 440 hộ', 'Nhân dân đóng góp là 1.150 tỷ đồng', 'lâm nghiệp là 9,6 tỷ đồng', 'diện tích cây sắn là 640 ha'],
  },
});

export const STANDARD_ACROSS = pattern({
  name: 'standard-across',
  description: 'The first words of a clause after ";" that ends a list of kinds: its subject is a way of producing or a certification ("diện tích sản xuất hữu cơ", "diện tích được chứng nhận", "ứng dụng công nghệ cao"), which cuts across the kinds — no part of the list.',
  re: /^\s*(?:(?:tổng\s+)?diện tích\s+|số\s+(?:\p{L}+\s+){1,2}?)?(?:(?:được\s+)?(?:sản xuất|canh tác|trồng trọt|nuôi trồng)\s+(?:theo\s+(?:hướng\s+)?)?|(?=được|có|ứng dụng))(?:hữu cơ|theo hướng hữu cơ|được chứng nhận|có chứng nhận|được cấp (?:giấy\s+)?chứng nhận|ứng dụng công nghệ cao|công nghệ cao|có mã số vùng trồng|được cấp mã số vùng trồng|tuần hoàn)(?![\p{L}])/iu,
  examples: {
    hit: [' diện tích sản xuất hữu cơ được chứng nhận đạt 186 ha', ' diện tích sản xuất hữu cơ đạt 1.415 ha', ' diện tích ứng dụng công nghệ cao đạt 420 ha', ' diện tích được cấp mã số vùng trồng là 350 ha', ' số hộ được cấp giấy chứng nhận VietGAP là 310 hộ'],
    miss: [' diện tích nhãn đạt 380 ha', ' các xã còn lại là 385 hộ', ' vốn tín dụng là 45,6 tỷ đồng', ' cây công nghiệp hàng năm là 680 ha', ' diện tích rau hữu cơ đạt 120 ha', ' lúa hữu cơ 50 ha'],
  },
});

/** Right after a count, the kind of those honoured or served that a count of turns holds: "tập thể", "cá nhân", "hộ gia đình". */
export const HONOURED_KIND = pattern({
  name: 'honoured-kind',
  description: 'The words right after an item\'s count in a list of turns ("386 lượt tập thể, cá nhân, gồm: …") that name a kind of those honoured or served: an item of such a kind the whole did not name is one more turn (nyo05), an item of another thing is not (review-57 L8).',
  re: /^\s*(?:tập thể|cá nhân|hộ gia đình|gia đình|hộ|đơn vị|tổ chức|doanh nghiệp|cơ quan)(?![\p{L}])/u,
  examples: { hit: [' hộ gia đình có thành tích xuất sắc', ' tập thể', ' đơn vị'], miss: [' trường hợp vi phạm', ' mô hình', ' cửa hàng'] },
});

/** Words that make a period's figure, or a total after periods, no amount to add: a running total, a rough, yearly or average one, a level. */
export const NOT_ADDED_AMOUNT = pattern({
  name: 'not-added-amount',
  description: 'In a clause of a period\'s amount or of the total after periods, words that make the figure no amount of its own span to add: a running total, a rough figure, a yearly or average one, a level raised to, a loan balance (review-58b B1–B7, B18).',
  re: /(?<![\p{L}])(?:lũy kế|luỹ kế|cộng dồn|khoảng|gần|trên|hơn|ước|bình quân|trung bình|mỗi năm|hằng năm|hàng năm|tăng lên|nâng|dư nợ|còn lại)(?![\p{L}])|\/\s*năm/iu,
  examples: { hit: ['bình quân mỗi năm huy động 650 tỷ đồng', 'huy động 45 tỷ đồng/năm', 'nâng tổng nguồn lực lên 2.846,5 tỷ đồng', 'tổng dư nợ đạt 612,8 tỷ đồng'], miss: ['giai đoạn 2016 - 6/2019 huy động 4.382 tỷ đồng', 'tổng nguồn lực 10 năm đạt 7.805 tỷ đồng'] },
});

/** Words that make a total after periods a level or another whole than their sum. */
export const NOT_THE_PERIODS_SUM = pattern({
  name: 'not-the-periods-sum',
  description: 'In the clause of a total after the amounts of periods, words that make it a level now, a need, a whole of the unit, or a whole taking in more than the periods (review-58b B8, B19, B21, B32, B33).',
  re: /(?<![\p{L}])(?:hiện nay|hiện có|nhu cầu|toàn huyện|toàn tỉnh|toàn xã|kể cả|gồm cả|bao gồm cả|trước năm|tính đến)(?![\p{L}])/iu,
  examples: { hit: ['tổng chiều dài đường giao thông nông thôn toàn huyện hiện nay là', 'tổng nhu cầu vốn giai đoạn 2021 - 2025 là', 'tổng nguồn lực huy động (kể cả các xã điểm thực hiện thí điểm trước năm 2011) đạt'], miss: ['tổng nguồn lực 10 năm đạt', 'tổng cộng cả giai đoạn huy động được'] },
});

/** Words that say a total is of the whole span of the periods before it. */
export const WHOLE_SPAN = pattern({
  name: 'whole-span',
  description: 'In the clause of a total after the amounts of periods, words that say it is of their whole span: "tổng cộng", "cả giai đoạn", "hai giai đoạn", "10 năm".',
  re: /(?<![\p{L}])(?:tổng cộng|cả giai đoạn|cả hai giai đoạn|hai giai đoạn|(?:gần\s+|hơn\s+)?\d{1,2}\s+năm)(?![\p{L}])/iu,
  examples: { hit: ['tổng nguồn lực 10 năm đạt', 'tổng cộng cả giai đoạn', 'tổng số vốn trong cả hai giai đoạn'], miss: ['tổng nguồn lực đạt', 'tổng vốn năm 2023'] },
});

/** Verbs of amounts that add up over periods. */
export const ADDS_UP_VERB = pattern({
  name: 'adds-up-verb',
  description: 'A verb of amounts that add up over periods, said alike in each period\'s clause ("huy động", "đầu tư", "cứng hóa", "đào tạo"): not a level, a stock or a need.',
  re: /(?<![\p{L}])(?:huy động|đầu tư|giải ngân|cứng hóa|cứng hoá|bê tông hóa|bê tông hoá|nhựa hóa|nhựa hoá|kiên cố hóa|kiên cố hoá|xây dựng|làm mới|đào tạo|thu hút|trồng mới)(?![\p{L}])/iu,
  examples: { hit: ['giai đoạn 2010 - 2015 huy động 3.126 tỷ đồng', 'giai đoạn 2016 - 2020 cứng hóa 212 km'], miss: ['giai đoạn 2016 - 2020 có 9 xã đạt chuẩn', 'tổng dư nợ đạt 612,8 tỷ đồng'] },
});

/** Words that name a source of money (each said once, as the code gathers them: the periods and their total must name the same). */
export const MONEY_SOURCE = pattern({
  name: 'money-source',
  description: 'Words that name a source of money in a clause of an amount: a total naming other sources than its periods is of another whole ("tổng vốn ngân sách nhà nước … 512 tỷ đồng" after what was mobilised from all sources — review-58 E1, review-58b B20).',
  re: /(?<![\p{L}])(?:ngân sách|nhà nước|trung ương|tín dụng|nhân dân|người dân|doanh nghiệp|lồng ghép|xã hội hóa|xã hội hoá|đóng góp)(?![\p{L}])/iu,
  examples: { hit: ['tổng vốn ngân sách nhà nước bố trí', 'tổng số vốn nhân dân đóng góp'], miss: ['tổng nguồn lực huy động', 'giai đoạn 2010 - 2015 huy động 3.126 tỷ đồng'] },
});

/** In a part's words before its bracketed share, words that make the bracket a rate of its own, not its share of the whole. */
export const OWN_RATE_WORDS = pattern({
  name: 'own-rate-words',
  description: 'In the words of a part between its count and a bracketed share, words that make the bracket a rate the part has, or its share of a plan, not its share of the whole before "trong đó" ("24 công trình có tỷ lệ thất thoát nước bình quân (15,2%)", "18 dự án có tỷ lệ giải ngân cao (95,3%)" — review-58b A8, A9).',
  re: /(?<![\p{L}])(?:tỷ lệ|tỉ lệ|bình quân|trung bình|đạt|vượt|kế hoạch)(?![\p{L}])/iu,
  examples: { hit: [' công trình có tỷ lệ thất thoát nước bình quân ', ' dự án đạt kế hoạch '], miss: [' báo cáo đúng hạn ', ' hồ sơ trực tuyến '] },
});

/** People said to have work after their training: "15.218 người có việc làm sau đào tạo", "Số người có việc làm sau học nghề là …". */
export const WORK_AFTER_TRAINING = pattern({
  name: 'work-after-training',
  description: 'Words that say people found work after their training ("có việc làm sau đào tạo", "có việc làm sau học nghề"): a count of them with its share in a bracket is a share of the people trained, whatever noun each count takes ("đào tạo nghề cho 18.426 lao động nông thôn …. Số người có việc làm sau đào tạo là 15.218 người (86,3%)" is 82,6% — nyy03).',
  re: /(?<![\p{L}])có việc làm\s+sau\s+(?:khi\s+)?(?:được\s+)?(?:đào tạo|học nghề|dạy nghề)(?:\s+nghề)?(?![\p{L}])/iu,
  examples: { hit: [' người có việc làm sau đào tạo ', 'Số người có việc làm sau học nghề là', ' lao động có việc làm sau khi được đào tạo nghề '], miss: [' người có việc làm mới ', ' lao động có việc làm thường xuyên '] },
});

/** Right before a count of people, in its clause, the act of training it: "đào tạo nghề trình độ sơ cấp … cho 18.426", "tuyển sinh, đào tạo cho". */
export const TRAINED_FOR = pattern({
  name: 'trained-for',
  description: 'Right before a count of people, in its clause, the act of training it ("đã tổ chức đào tạo nghề trình độ sơ cấp và dưới 3 tháng cho 18.426 lao động", "dạy nghề cho 1.200 hội viên"): the whole the share of those with work after training is of (nyy03) — not a stock of workers once trained ("36.680 lao động đã qua đào tạo", review-59b A7).',
  re: /(?<![\p{L}])(?:đào tạo|học nghề|dạy nghề|tuyển sinh)(?![\p{L}])[^,;.]{0,80}?(?<![\p{L}])cho\s*$/iu,
  examples: { hit: ['đã tổ chức đào tạo nghề trình độ sơ cấp và dưới 3 tháng cho ', 'phối hợp dạy nghề cho '], miss: ['toàn huyện có ', 'mở 46 lớp cho '] },
});

/** Right after a count of people, the act of training it: "3.250 lao động nông thôn được đào tạo nghề". */
export const TRAINED_AFTER = pattern({
  name: 'trained-after',
  description: 'Right after a count of people and a few words, the act of training it ("3.250 lao động nông thôn được đào tạo nghề", "1.240 người được hỗ trợ học nghề"): the whole the share of those with work after training is of — not "đã qua đào tạo", a stock.',
  re: /^(?:\s+\p{L}+){0,4}\s+(?:đã\s+)?được\s+(?:hỗ trợ\s+)?(?:đào tạo|học nghề|dạy nghề)(?![\p{L}])/iu,
  examples: { hit: [' lao động nông thôn được đào tạo nghề', ' người được hỗ trợ học nghề'], miss: [' lao động đã qua đào tạo', ' người có việc làm sau đào tạo'] },
});

/** Before a count of people with work after training, in its sentence, words that make it a group or a time of its own. */
export const OWN_GROUP_BEFORE = pattern({
  name: 'own-group-before',
  description: 'In the sentence of a count of people with work after training, before it, words that make it a group or a time of its own ("Riêng năm 2023 có 2.070 người …", "số lao động nữ …", "khóa 2022", "nghề may"): the training of the sentence before is no whole of it (review-59b A8, A9, A13).',
  re: /(?<![\p{L}])(?:riêng|nữ|năm|trong năm|tháng|quý|khóa|khoá|nghề\s+\p{L}+|dân tộc|người khuyết tật)(?![\p{L}])/iu,
  examples: { hit: ['Riêng năm 2023 có ', 'Số lao động nữ có '], miss: ['Số người có việc làm sau đào tạo là '] },
});

/** After a share, the whole it is of named: "trên tổng số 2.100 học viên", "so với số người học". */
export const WHOLE_NAMED_AFTER = pattern({
  name: 'whole-named-after',
  description: 'Right after a share, the whole it is of named ("(85,1%) trên tổng số 2.100 học viên", "so với số người học"): the share is of that whole, no count before it (review-59b A16, A17).',
  re: /^[^.;]{0,40}?(?<![\p{L}])(?:trên|trong|so với)\s+(?:tổng\s+)?số(?![\p{L}])/iu,
  examples: { hit: [' trên tổng số 2.100 học viên', ' so với số người học'], miss: ['; bình quân mỗi năm có 21.350 hộ'] },
});

/**
 * In the words between a count and the colon before names (tested on them whole), a clause that opens on a subject of its own: the names
 * after the colon are of that subject, not the places counted — "12 thôn …, tập trung ở các địa phương có phong trào …, gồm:", "05 xã …, các
 * xã chưa đạt chuẩn … là:", "04 đơn vị …, hai đơn vị được công nhận sớm nhất là:", "02 đơn vị …, với những mô hình …, gồm:" (review-64b).
 */
export const OWN_SUBJECT_CLAUSE = pattern({
  name: 'own-subject-clause',
  description: 'Between a count and the colon before names: a clause after a comma that opens on another subject ("các …", "những …", a number in words, "tập trung ở", "với", "trong đó") — the names are that subject\'s.',
  // (not the places counted pointed back to, "…, các xã này gồm:", "…, những xã đó là:"; not "năm", a year as often as five; "với" only
  // before a group of its own, "với những mô hình …", not "với sự vào cuộc của …" — code review of walk64, item 4)
  re: /,\s*(?!(?:các|những)\s+\p{L}+(?:\s+\p{L}+)?\s+(?:này|đó|trên|nêu trên|kể trên|nói trên)(?![\p{L}]))(?:các|những|hai|ba|bốn|sáu|bảy|tám|chín|mười|một số|nhiều|trong đó|tập trung|chủ yếu|với\s+(?:những|các)|riêng|tiêu biểu|điển hình)(?![\p{L}])/iu,
  examples: { hit: ['thôn đạt chuẩn khu dân cư kiểu mẫu, tập trung ở các địa phương có phong trào mạnh, gồm', 'xã đạt chuẩn nâng cao, các xã chưa đạt chuẩn phấn đấu được công nhận trong thời gian tới là', 'đơn vị cấp huyện đạt chuẩn, hai đơn vị được công nhận sớm nhất là', 'đơn vị cấp huyện hoàn thành nhiệm vụ, với những mô hình, điểm sáng được tham quan, gồm'], miss: ['đơn vị cấp huyện được Thủ tướng Chính phủ công nhận đạt chuẩn/hoàn thành nhiệm vụ xây dựng nông thôn mới, gồm', 'xã đạt chuẩn nông thôn mới nâng cao, gồm', 'sản phẩm OCOP đạt 3 sao, 4 sao, gồm', 'xã đạt chuẩn nông thôn mới nâng cao, các xã này gồm', 'xã đạt chuẩn nâng cao, những xã đó là', 'xã đạt chuẩn, với sự vào cuộc của cả hệ thống chính trị, gồm', 'xã đạt chuẩn nâng cao, năm nay được công nhận, gồm'] },
});

/** Any kind of place opening a name, for units counted by their level ("thành phố Vĩnh Yên", "thị xã …", "huyện …", "phường …"; pqg06). */
export const LEVEL_KINDS = pattern({
  name: 'level-kinds',
  description: 'The kind of place opening a name in a list of units counted by their level (tested on the name): taken off before the name is read.',
  re: /^(?:thành phố|thị xã|thị trấn|xã|huyện|quận|phường|tp\.)\s*/iu,
  examples: { hit: ['thành phố Vĩnh Yên', 'thị xã Kỳ Anh', 'huyện Tam Dương', 'TP. Đông Hà'], miss: ['Tam Dương', 'Vĩnh Yên'] },
});

/** The words that open a list at the end of a long lead before its colon: "…, gồm", "… là" (pqg06). */
export const LIST_OPENS_AT_END = pattern({
  name: 'list-opens-at-end',
  description: 'The end of the words between a count and the colon before names (tested on them): "gồm" or "là" — a lead longer than most read only then.',
  re: /(?<![\p{L}])(?:gồm|là)\s*$/u,
  examples: { hit: ['đơn vị cấp huyện được công nhận đạt chuẩn, gồm', 'xã được công nhận trong năm là'], miss: ['xã đạt chuẩn nông thôn mới nâng cao', 'xã được công nhận bao gồm cả thị trấn'] },
});
