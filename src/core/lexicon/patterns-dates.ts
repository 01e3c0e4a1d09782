/**
 * Named patterns of dates and times beside figures: what a date holds, the words between as-of words and a date, a time before or
 * inside a bracket.
 * Each registers in PATTERNS (its examples run by the lexicon test) and is imported by name where it is used.
 */
import { pattern } from './patterns';

// ── read by dates.ts

/**
 * What every date DATE_RE finds holds: a year after "/", "." or "-" ("30/6/2024"), or "tháng" (in any case, as DATE_RE
 * reads it). A text without either holds no date; this one look costs a fraction of DATE_RE's.
 */
export const DATE_HINT = pattern({
  name: 'date-hint',
  description: 'What every date the date reader finds holds: a year after "/", "." or "-", or "tháng"; a text without either holds no date.',
  re: /[/.\-](?:19|20)\d\d|tháng/iu,
  examples: { hit: ['Đến ngày 30/6/2024, toàn huyện có 15 xã đạt chuẩn', 'Tháng 6 năm 2024', 'tính đến 31.12.2023'], miss: ['Toàn huyện có 19/19 xã đạt chuẩn nông thôn mới', 'năm 2024 đạt 65%'] },
});

// (… typed without diacritics too: "tinh den ngay 31/3/2024")
export const AS_OF_GAP = pattern({
  name: 'as-of-gap',
  description: 'Between as-of words and a date (tested on the words between them): nothing, or "ngày", "tháng", "hết" alone.',
  re: /^\s*(?:(?:ngày|tháng|hết|ngay|thang|het)\s*)?$/iu,
  examples: { hit: [' ngày ', ' hết ', ' ', ' thang '], miss: [' nay đã có ', ' năm '] },
});

/** Between as-of words and a year (tested on the words between them): the date's day and month, "ngày" or "tháng" before them. */
export const AS_OF_GAP_DAY_MONTH = pattern({
  name: 'as-of-gap-day-month',
  description: 'Between as-of words and a year (tested on the words between them): the date\'s day and month, "ngày" or "tháng" before them.',
  re: /^\s*(?:(?:ngày|tháng|ngay|thang)\s*)?(?:\d{1,2}\/)?\d{1,2}\/$/iu,
  examples: { hit: [' ngày 31/12/', ' 30/6/', ' thang 12/'], miss: [' ngày ', ' nay có 12/'] },
});

// ── read by quantities.ts (session 61)

/**
 * A named day right before a bracket that holds only its day and month: "Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8)", "\"Ngày hội
 * Đại đoàn kết toàn dân tộc ở khu dân cư\" (18/11)" — the bracket dates the day, it is no fraction (nzn03, nzn05). Tested on the words of
 * the clause before the "(": the day's name opens them, no figure between.
 */
export const NAMED_DAY_BEFORE = pattern({
  name: 'named-day-before',
  description: 'A named day ("Ngày hội …", "Ngày Thương binh - Liệt sĩ", "Tết …") right before a bracket holding a day and month: the bracket dates the day.',
  // ("Ngày càng …", "Ngày nay …" open no day's name; a year may stand in the name, "Ngày hội … năm 2023 (18/11)" — review-61 A10, A17)
  re: /(?<![\p{L}])(?:Ngày|NGÀY|Tết|TẾT)(?!\s+(?:càng|nay|mai|đêm|công|thường|trước|sau|đó|này)(?![\p{L}]))\s+\p{L}(?:[^;.()\d]|(?<=năm\s)\d{4})*["”]?\s*\(\s*$/u,
  examples: {
    hit: ['Phong trào được triển khai sâu rộng; Ngày hội toàn dân bảo vệ an ninh Tổ quốc (', 'phát động phong trào "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư" (', 'nhân dịp Ngày Thương binh - Liệt sĩ (', 'Ngày hội Đại đoàn kết toàn dân tộc năm 2023 ('],
    miss: ['Ngày 12/7/2024, UBND tỉnh công nhận 8 xã (', 'Ngày hội được tổ chức ở 8 khu dân cư (', 'số ngày công lao động (', 'Toàn huyện có 12 xã đạt chuẩn (', 'Ngày càng có nhiều thôn đăng ký xây dựng thôn kiểu mẫu ('],
  },
});

// ── read by rules/arithmetic-mismatch.ts

/** Only a time between a percentage and an opening bracket: " cuối năm 2021 (", " năm 2020 (", " tại thời điểm 31/12/2023 (". */
export const DATE_BETWEEN = pattern({
  name: 'date-between',
  description: 'Only a time between a percentage and an opening bracket (tested on the words between them): the fraction in the bracket explains the percentage.',
  re: /^\s*,?\s*(?:(?:vào\s+)?(?:cuối|đầu|giữa)\s+)?(?:(?:năm|tháng|ngày|tại\s+thời\s+điểm|thời\s+điểm)\s+)?(?:\d{1,2}\/)?(?:\d{1,2}\/)?(?:19|20)\d\d\s*\(\s*$/u,
  examples: { hit: [' cuối năm 2021 (', ' năm 2020 (', ' tại thời điểm 31/12/2023 ('], miss: [' (', ' so với năm 2020 ('] },
});

/** A time opening a bracket: "(năm 2020 ", "(cuối năm 2020, ", "(tại thời điểm 31/12/2020 ". */
export const BRACKET_TIME = pattern({
  name: 'bracket-time',
  description: 'A time opening a bracket (tested on the words after "("): what follows it is the bracket\'s own subject.',
  re: /^\s*(?:(?:vào\s+)?(?:cuối|đầu|giữa)\s+)?(?:năm|tháng|ngày|tại\s+thời\s+điểm|thời\s+điểm|đến)\s+(?:(?:ngày|năm|tháng)\s+)?(?:\d{1,2}\/)?(?:\d{1,2}\/)?(?:19|20)\d\d\s*,?\s*/u,
  examples: { hit: ['năm 2020 tỷ lệ hộ sử dụng điện an toàn là ', 'cuối năm 2020, ', 'tại thời điểm 31/12/2020 '], miss: ['đạt ', 'tỷ lệ đường trục thôn '] },
});

// ── read by rules/out-of-period.ts (session 30)

/** An aside set off by spaced dashes: " – hồ sơ đã được thẩm định trước ngày 30/6/2024 – ". */
export const DASHED_ASIDE = pattern({
  name: 'dashed-aside',
  description: 'An aside set off by spaced dashes, as a bracket would be: a deadline said in it dates no figure of the sentence ("Ngày 12/7/2024, UBND tỉnh … công nhận thêm 02 xã … – hồ sơ đã được thẩm định trước ngày 30/6/2024 – nâng tổng số …").',
  re: /\s[–—-]\s[^–—]{1,160}?\s[–—-]\s/u,
  examples: { hit: [' – hồ sơ đã được thẩm định trước ngày 30/6/2024 – ', ' - theo kế hoạch - '], miss: ['Kinh tế - xã hội', '2021 - 2025'] },
});

/** A document cited by its kind and number, after "theo": "theo Kế hoạch số 125/KH-UBND" (every one in a text). */
export const DOCUMENT_NAMED = new RegExp(pattern({
  name: 'document-named',
  description: 'A document cited by its kind and its number after "theo" ("thành lập theo Kế hoạch số 125/KH-UBND"): its kind\'s word names no plan the figures are of, and no target — unlike one issued, "ban hành Kế hoạch số 215/KH-UBND về xây dựng 02 xã …".',
  re: /(?<![\p{L}])theo\s+(?:kế hoạch|quyết định|nghị quyết|chương trình|công văn|thông báo|báo cáo|kết luận|chỉ thị)\s+(?:số\s+)?\d+[-/][\p{L}\d/-]*/iu,
  examples: { hit: ['thành lập theo Kế hoạch số 125/KH-UBND của UBND tỉnh', 'theo Quyết định 512/QĐ-UBND'], miss: ['kế hoạch vốn năm 2025', 'ban hành Kế hoạch số 215/KH-UBND về xây dựng'] },
}).source, 'giu');


/** The start of a span right before its "đến" (tested on the words before the date's lead): the date ends the span something was done over
 * — "từ ngày 15/7 đến ngày 25/7/2024 Đoàn giám sát … đã giám sát …" — no figure's time. */
export const SPAN_FROM = pattern({
  name: 'span-from',
  description: 'The start of a span, "từ (ngày) 15/7", right before the "đến (ngày)" of a date: the date ends the span an activity took, no time a figure is counted to.',
  // (… or its month, "từ tháng 01 đến tháng 4/2024" — session 62, nzt02)
  re: /(?<![\p{L}])từ\s+(?:ngày\s+|tháng\s+)?\d{1,2}(?:\/\d{1,2})?(?:\/\d{4})?\s*$/iu,
  examples: { hit: [', từ ngày 15/7 ', 'từ 29/7 ', '(từ tháng 01 '], miss: ['tính ', 'số liệu rà soát ', 'từ năm 2021 '] },
});

/** Right before a figure (tested on the words before it), a condition and its bound: "không thả nuôi khi độ mặn vượt 35‰", "nếu nhiệt độ trên
 * 35°C" — a threshold, no figure counted over the span the sentence names (session 62, nzt02). */
export const CONDITION_THRESHOLD = pattern({
  name: 'condition-threshold',
  description: 'Right before a figure, a condition and its bound ("khi độ mặn vượt ", "nếu lượng mưa trên "), or a norm\'s bound ("không quá ", "tối đa "): the figure is a threshold, not a count.',
  // (… or a bound a norm sets, "lượng giống gieo sạ không quá 100 kg/ha" — review-62b A3)
  re: /(?<![\p{L}])(?:(?:khi|nếu|trường hợp|lúc)\s+(?:[^\s,;.()\d]+\s+){0,4}(?:vượt(?:\s+quá)?|trên|dưới|quá|lớn hơn|nhỏ hơn|cao hơn|thấp hơn)|không quá|không vượt quá|tối đa|không dưới)\s*$/iu,
  examples: { hit: ['không thả nuôi khi độ mặn vượt ', 'nếu nhiệt độ trên ', 'trường hợp lượng mưa lớn hơn ', 'lượng giống gieo sạ không quá ', 'mật độ thả tối đa '], miss: ['toàn xã xuống giống được ', 'đã thu gom, xử lý ', 'độ mặn vượt '] },
});

/** A team that did the work right after a span's end (tested on the words after the date): "…, Đoàn giám sát của Ban đã giám sát …", "Đoàn
 * kiểm tra của huyện đã làm việc …" — the span is when it worked. */
export const TEAM_AFTER = pattern({
  name: 'team-after',
  description: 'Right after the end of a span, the team that worked over it ("Đoàn giám sát", "Đoàn kiểm tra", "Đoàn công tác"): the span is when it worked, no time a figure is counted to.',
  re: /^\s*,?\s*(?:các\s+)?đoàn\s+(?:giám sát|kiểm tra|công tác|khảo sát|thẩm định|liên ngành)(?![\p{L}])/iu,
  examples: { hit: [' Đoàn giám sát của Ban đã giám sát', ', Đoàn kiểm tra của huyện đã làm việc'], miss: [', toàn huyện đã giải ngân 12.450 triệu đồng', ' đạt 12.450 triệu đồng', ' Đoàn đã giám sát trực tiếp tại UBND huyện'] },
});

/** Right after the end of a span, "Đoàn" alone, then a team's work (tested on the words after the date): "…, Đoàn đã giám sát trực tiếp tại
 * UBND huyện …" — a supervision's span only where its sentence counts nothing but places visited (no rate, money, raised total: the Youth
 * Union's "Đoàn đã … giải ngân 2.350 triệu đồng" counts over the span — nxo01; review-53 D3, D4, D8). */
export const BARE_TEAM_AFTER = pattern({
  name: 'bare-team-after',
  description: 'Right after the end of a span, "Đoàn" alone and a team\'s work ("Đoàn đã giám sát trực tiếp tại …", "Đoàn đã làm việc với UBND 08 xã"): the span is when it worked, where its sentence counts no rate, money or raised total.',
  re: /^\s*,?\s*đoàn\s+(?:(?:đã|tiếp tục|tiến hành|trực tiếp|đã trực tiếp)\s+)?(?:giám sát|kiểm tra|khảo sát|làm việc)(?![\p{L}])/iu,
  examples: { hit: [' Đoàn đã giám sát trực tiếp tại UBND huyện', ', Đoàn đã làm việc với UBND 08 xã', ' Đoàn trực tiếp khảo sát tại 03 xã'], miss: [' Đoàn thanh niên xã đã vận động 120 đoàn viên', ' đoàn viên thanh niên đã tham gia 1.200 ngày công', ' Đoàn đã thẩm định, đề nghị công nhận thêm 03 thôn'] },
});

/** Right after the end of a span, several teams at work (tested on the words after the date): "… các Đoàn đã làm việc với 06 huyện", "03 Đoàn
 * đã tiến hành kiểm tra tại 06 xã" — the span is when they worked, only where every count after them is a place they went to (nza06). */
export const TEAMS_AFTER = pattern({
  name: 'teams-after',
  description: 'Right after the end of a span, delegations named as several ("các Đoàn", "03 Đoàn") and their work ("đã làm việc với", "đã tiến hành kiểm tra tại", "trực tiếp khảo sát"): the span is when they worked, where every count in the sentence after them is a place visited (see places-visited) — not "các Đoàn đã thẩm định, đề nghị công nhận thêm 03 xã, đưa số xã … lên 15 xã" nor "… toàn tỉnh có 98 xã đạt chuẩn" (review-59c B6, B7, B19).',
  re: /^\s*,?\s*(?:các|\d{1,2})\s+đoàn\s+(?:(?:đã|tiếp tục|tiến hành|trực tiếp)\s+){0,2}(?:giám sát|kiểm tra|khảo sát|làm việc|rà soát|thẩm định)(?![\p{L}])/iu,
  examples: { hit: [' các Đoàn đã làm việc với 06 huyện, thị xã, thành phố', ' 03 Đoàn đã tiến hành kiểm tra tại 06 xã', ', các đoàn đã giám sát trực tiếp tại UBND 04 xã'], miss: [' các đoàn viên đã tham gia 300 ngày công', ' các Đoàn thể chính trị - xã hội đã vận động'] },
});

/** Right before a count of places, the words that say a team went there: "làm việc với 06 huyện", "khảo sát tại 12 thôn của 04 xã". */
export const PLACES_VISITED = pattern({
  name: 'places-visited',
  description: 'Right before a count of places, words that say a team went there or met them ("với", "tại", "ở", "của", a body before the places: "làm việc với Ban Chỉ đạo 06 xã", "khảo sát tại 12 thôn của 04 xã"): a count of places visited, no figure of the period (review-59c B1, B2, B22).',
  re: /(?<![\p{L}])(?:với|tại|ở|của)(?:\s+(?:các|ubnd|ủy ban nhân dân|ban chỉ đạo|ban quản lý|đảng ủy|lãnh đạo))*\s*$/iu,
  examples: { hit: ['làm việc với ', 'khảo sát tại 12 thôn của ', 'giám sát tại UBND ', 'làm việc với Ban Chỉ đạo '], miss: ['nghiệm thu đưa vào sử dụng ', 'rà soát '] },
});

/** The body that recognises or issues, named with its place (tested on the words before the place): "được UBND tỉnh Quảng Nam công nhận". */
export const ISSUER_BEFORE = pattern({
  name: 'issuer-before',
  description: 'Right before a place\'s name, the body of that place by which something was recognised or decided, said in the passive ("được UBND", "được Chủ tịch UBND"): with issuer-acts after the name, the place is who decided, the thing recognised named before it — not whose figure the date counts. Said in the active, "UBND huyện Triệu Phong đã công nhận 35 thôn", the body\'s place is the count\'s (review-40b I3, I6, I7).',
  re: /(?<![\p{L}])được\s+(?:chủ tịch\s+)?(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|hội đồng nhân dân)\s+$/iu,
  examples: { hit: ['đã được UBND ', 'được Chủ tịch Ủy ban nhân dân '], miss: ['toàn ', 'của ', 'Ngày 20/7/2024, UBND ', 'Quyết định của UBND '] },
});

/** What the body named before does (tested on the words after the place): "… công nhận đạt chuẩn", "… (cũ) quyết định công nhận". */
export const ISSUER_ACTS = pattern({
  name: 'issuer-acts',
  description: 'Right after a place named with its body (issuer-before), the body\'s act: recognising, issuing, approving. The place decided; the figures are of the unit the sentence is about.',
  re: /^\s*(?:\([^()]{0,12}\)\s*)?(?:đã\s+|chính thức\s+|ra\s+)?(?:quyết định\s+)?(?:công nhận|ban hành|phê duyệt|cấp giấy)(?![\p{L}])/iu,
  examples: { hit: [' công nhận đạt chuẩn nông thôn mới', ' (cũ) quyết định công nhận', ' đã ban hành Quyết định'], miss: [' có 126 xã đạt chuẩn', ', toàn tỉnh đạt 78%'] },
});

// ── read by facts-years.ts (session 63)

/** Target words, then the year they are due by (tested on the words before a year): "mục tiêu đề ra đến năm ", "chỉ tiêu Nghị quyết đến cuối năm ". */
export const TARGET_DUE = pattern({
  name: 'target-due',
  description: 'Right before a year, target words and the words that say it is due by then ("các chỉ tiêu … đều đạt và vượt mục tiêu đề ra đến năm 2025: tỷ lệ … đạt 78,6%"): the year the target is due by, not the time of the figure after it. Not an orientation\'s own year ("theo mục tiêu Nghị quyết và định hướng đến năm 2030 đạt tỷ lệ lao động nông thôn qua đào tạo 80%" gives the 2030 orientation\'s figure — nzy02).',
  re: /(?:mục tiêu|chỉ tiêu)[^,;.:\d]{0,30}(?<!(?:định hướng|tầm nhìn)\s*)(?:đến|vào|tới)\s+(?:cuối\s+|hết\s+)?năm\s*$/iu,
  examples: { hit: ['các chỉ tiêu đều đạt và vượt mục tiêu đề ra đến năm ', 'chỉ tiêu Nghị quyết đến cuối năm ', 'vượt mục tiêu Nghị quyết đề ra vào năm '], miss: ['theo mục tiêu Nghị quyết và định hướng đến năm ', 'mục tiêu Nghị quyết và tầm nhìn đến năm ', 'chỉ tiêu Nghị quyết và định hướng tới năm '] },
});

// ── read by facts.ts

/**
 * Right before a figure, a date it was counted before, then at most a verb: "trước tháng 7/2021 có ", "trước ngày 15/7/2021 đã có ". The figure
 * is as of before that date; where the date is not after the period's start, the figure is before the period (session 64, pqd01: "Kết quả công
 * nhận xã nông thôn mới nâng cao theo năm: trước tháng 7/2021 có 03 xã …; năm 2022 có thêm 02 xã …").
 */
export const COUNTED_BEFORE_DATE = pattern({
  name: 'counted-before-date',
  description: 'Right before a figure (tested on the clause before it), the date before which it was counted, then at most a verb ("trước tháng 7/2021 có "): group 1 is the day and 2 the month of a full date, 3 the month said alone, 4 the year.',
  // (… the clause's subject between, "Trước ngày 15/7/2021, toàn tỉnh có " — review-64b A15)
  re: /(?<![\p{L}])trước\s+(?:(?:ngày\s+)?(\d{1,2})\/(\d{1,2})|tháng\s+(\d{1,2}))\/((?:19|20)\d\d)\s*[,:]?\s*(?:(?:toàn|cả|trên địa bàn)\s+\p{L}+\s+)?(?:(?:đã|đều)\s+)?(?:có|đạt|được công nhận|là)?\s*$/iu,
  examples: { hit: ['Kết quả công nhận theo năm: trước tháng 7/2021 có ', 'trước ngày 15/7/2021 đã có ', 'trước 01/7/2021, ', 'Trước ngày 15/7/2021, toàn tỉnh có '], miss: ['hoàn thành trước ngày 30/6/2025 hồ sơ của ', 'trước năm 2021 có ', 'trước tháng 7/2021 có 03 xã; năm 2022 có thêm '] },
});
