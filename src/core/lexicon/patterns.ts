/**
 * Vietnamese as data, for shapes a phrase set cannot say: a named pattern is a regular expression over
 * a sentence's words, anchored where the code that uses it slices the sentence (a pattern ending in `$`
 * is tested on the words before a figure, one starting with `^` on the words after it), with examples
 * that must and must not match, run by the lexicon's tests. The code imports the pattern by name.
 */

export interface NamedPattern {
  name: string;
  description: string;
  re: RegExp;
  /** Texts the pattern must match, and texts it must not, as the code hands them to it. */
  examples: { hit: string[]; miss: string[] };
}

export const PATTERNS: NamedPattern[] = [];

export function pattern(p: NamedPattern): RegExp {
  if (p.re.global || p.re.sticky) throw new Error(`pattern ${p.name}: no g or y flag (test() must not keep state)`);
  PATTERNS.push(p);
  return p.re;
}

/** A criterion of the national set named right before a claim: "tiêu chí số 10", "tiêu chí thu nhập" (its own norm, not the indicator's target). */
export const CRITERION_BEFORE = pattern({
  name: 'criterion-before',
  description: 'A criterion of the national set named as the subject right before a claim (tested on the 40 characters before it).',
  re: /(?<![\p{L}])tiêu chí\s+(?:số\s+)?(?:\d{1,2}|\p{L}+(?:\s+\p{L}+)?)\s+(?:vẫn\s+|còn\s+|đã\s+|cũng\s+)?$/iu,
  examples: { hit: ['trong đó tiêu chí số 10 ', 'riêng tiêu chí thu nhập vẫn ', 'tiêu chí 17 '], miss: ['tỷ lệ hộ nghèo 2,1%, ', 'đạt 19/19 tiêu chí, '] },
});

/** A bracket that opens on a year and gives that year's figure: "(năm 2020 đạt 112 triệu đồng/ha)", "(cuối năm 2020 là 58,4%)". */
export const YEAR_FIGURE_BRACKET = pattern({
  name: 'year-figure-bracket',
  description: 'A bracket opening on a year and giving that year\'s figure (the code takes the year from group 1 and judges it against the period).',
  re: /^\(\s*(?:(?:cuối|đầu|giữa)\s+)?năm\s+((?:19|20)\d\d)\s*(?:là|:|đạt|có|mới đạt|chỉ đạt)/iu,
  examples: { hit: ['(năm 2020 đạt 112 triệu đồng/ha)', '(cuối năm 2020 là 58,4%)', '(năm 2025: 65%)'], miss: ['(tăng 2,1% so với năm 2020)', '(kế hoạch năm 2023 là 40 sản phẩm)'] },
});

/** A clause that opens on what it speaks of, then a comma: "Đối với 16 thôn thuộc 02 xã đặc biệt khó khăn (Ma Nới, Hòa Sơn), …". */
export const FRAME_KIND = pattern({
  name: 'frame-kind',
  description: 'A clause opening on what it speaks of ("Đối với …,", "Riêng các thôn thuộc …,", or "Tại"/"Ở" and places of a kind, "Tại 02 xã đặc biệt khó khăn,"): its figures are of that kind (group 1).',
  // ("Tại"/"Ở" only before places of a kind that makes them a group: "Tại xã Ma Nới," names a place, not a kind — nxy01)
  re: /^\s*(?:đối với|riêng đối với|riêng|(?:tại|ở)(?=\s+(?:các|những|\d{1,3})\s+(?:xã|thôn|huyện|bản|ấp|buôn|làng)\s+[^,;]{0,40}?(?<![\p{L}])(?:đặc biệt khó khăn|bãi ngang|biên giới|miền núi|vùng cao|an toàn khu|vùng đồng bào|ven biển|hải đảo)))\s+([^;]{3,160}?(?:\([^()]*\))?),\s/iu,
  examples: { hit: ['Đối với 16 thôn thuộc 02 xã đặc biệt khó khăn (Ma Nới, Hòa Sơn), tỷ lệ hộ nghèo còn 9,8%', 'Riêng đối với hộ cận nghèo, giảm 1,2%', 'Riêng các thôn thuộc 02 xã đặc biệt khó khăn (Ma Nới, Hòa Sơn), có 9/13 thôn được công nhận', 'Tại 02 xã đặc biệt khó khăn, có 7/12 thôn được công nhận'], miss: ['Riêng năm 2024 có thêm 02 xã', 'Tỷ lệ hộ nghèo đối với các xã còn 2,1%', 'Đối với', 'Tại xã Ma Nới, có 4/6 thôn', 'Tại 02 xã, có 7/12 thôn'] },
});

/** The plain indicator's name in full ("… đạt chuẩn nông thôn mới"), on folded words. */
export const FULL_NAME = pattern({
  name: 'full-name',
  description: 'The programme\'s name spelled out in a clause (folded words): the clause names its own indicator, not the label\'s.',
  re: /\bnong ?thon moi\b|\bntm\b/,
  examples: { hit: ['so xa dat chuan nong thon moi', 'xa ntm nang cao'], miss: ['ty le lao dong qua dao tao', 'nong san'] },
});

/** A share of a plan right after a figure: "đạt 45,7% kế hoạch", "bằng 62,5% so với kế hoạch năm". */
export const SHARE_OF_PLAN_AFTER = pattern({
  name: 'share-of-plan-after',
  description: 'A share of a plan, right after its figure: the figure measures the plan done, not the indicator.',
  re: /^\s*(?:so với\s+)?(?:kế hoạch|KH|chỉ tiêu giao)(?![\p{L}])/iu,
  examples: { hit: [' kế hoạch năm', ' so với kế hoạch', ' KH'], miss: [' số lao động', ', vượt kế hoạch'] },
});

/** Words a subject may hold beside an indicator's own and leads, saying nothing of a kind, a part or a place (one folded word). */
export const SUBJECT_FILLER = pattern({
  name: 'subject-filler',
  description: 'One folded word a subject of a series may hold besides its indicator\'s words and leads ("Thu nhập bình quân đầu người khu vực nông thôn năm 2010 là …"): the rate\'s, the head\'s, the area\'s words — never a kind of people, a part, a place\'s name ("lao động nữ", "đồng bào dân tộc thiểu số", "có chứng chỉ", "thôn Tân Lập"), which make the series another\'s.',
  re: /^(?:ty|ti|le|khu|vuc|dau|nguoi|dan|ho|cua|tren|dia|ban|chi|so|cac|ve|-|–)$/,
  examples: { hit: ['khu', 'vuc', 'dau', 'nguoi'], miss: ['nu', 'chung', 'dong', 'bao', 'tan', 'lap'] },
});

/** The words a clause may hold before a figure that takes a label's subject: leads, times, the unit, figures of dates (one folded word). */
export const LEAD_WORD = pattern({
  name: 'lead-word',
  description: 'One folded word that may stand before a figure lent a paragraph label\'s subject (leads, times, the unit, the plan\'s name, figures).',
  re: /^(?:giai|doan|quy|thoi|diem|ca|tu|luy|bq|ket|qua|thuc|hien|den|nay|tinh|uoc|du|nam|thang|ngay|cuoi|dau|giua|het|dat|co|la|con|moi|chi|da|toan|cua|xa|huyen|thi|chuong|trinh|hanh|dong|nghi|quyet|luan|ke|hoach|de|ra|tang|giam|len|xuong|binh|quan|sau|truoc|khoang|tren|duoi|gan|muc|tieu|giao|the|va|o|dia|ban|trong|ky|bao|cao|so|voi|dieu|chinh|nen|cap|nhat|do|lai|vi|vay|lieu|duoc|\d+)$/,
  examples: { hit: ['den', 'nay', '2020', 'uoc'], miss: ['lua', 'dat lua', 'ho'] },
});

/** A label before a colon that opens a paragraph, naming one measure: "- Chỉ tiêu lao động nông thôn qua đào tạo:", "+ Tỷ lệ hộ nghèo:". */
export const LABEL_LEAD = pattern({
  name: 'label-lead',
  description: 'A paragraph led by a label naming one measure, then a colon (group 1: the label; "Về", "Đối với" before it aside) — not a list of topics.',
  re: /^\s*(?:[-–+•*]\s*)?(?:(?:về|đối với)\s+)?((?:chỉ tiêu|tỷ lệ|tỉ lệ|số|tổng số|thu nhập|giá trị|tốc độ|diện tích)\s[^:;.,()%]{4,120}):/iu,
  examples: { hit: ['- Chỉ tiêu lao động nông thôn qua đào tạo: Chương trình hành động đề ra 70%', '+ Tỷ lệ hộ nghèo đa chiều: 2,1%', 'Về tỷ lệ hộ dân nông thôn sử dụng nước sạch: tại Báo cáo số 112/BC-UBND …'], miss: ['- Về sản xuất, thủy lợi, nước sạch, rừng: đạt', 'Kết quả: đạt 70%'] },
});

/** A label of the things counted and their standard before a colon that opens a paragraph: "- Xã đạt chuẩn NTM nâng cao:", "- Đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM:". */
export const COUNTED_LABEL = pattern({
  name: 'counted-label',
  description: 'A paragraph led by a label that names what is counted and the standard it reached, then a colon (group 1: the label): read as a label-lead where it names one measure.',
  re: /^\s*(?:[-–+•*]\s*|[a-zđ]\)\s*|\d{1,2}[.)]\s*|\(\d{1,2}\)\s*)?(?:về\s+)?((?:xã|thôn|bản|ấp|làng|huyện|đơn vị cấp huyện|khu dân cư|hộ|sản phẩm)\s[^:;.,()%\d]{0,40}?(?:đạt chuẩn|đạt|hoàn thành|được công nhận)[^:;.,()%\d]{0,80}):\s/iu,
  examples: { hit: ['- Xã đạt chuẩn NTM nâng cao: Tại Báo cáo số 186/BC-UBND', '- Đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM: Báo cáo', 'Thôn đạt chuẩn nông thôn mới kiểu mẫu: 12/45 thôn', 'b) Xã đạt chuẩn NTM nâng cao: Tại Báo cáo', '- Về xã đạt chuẩn NTM nâng cao: Tại Báo cáo'], miss: ['- Xã Hương Trà: đạt 19/19 tiêu chí', '- Hộ nghèo: Cuối năm 2021 xã có 402 hộ nghèo', 'Xã đạt chuẩn nông thôn mới nâng cao 12 xã: gồm'] },
});

/** A paragraph led by a short label of its subject alone, then a colon: "- Hộ nghèo: …", "+ Lao động nông thôn: …" (group 1: the label). */
export const SUBJECT_LABEL = pattern({
  name: 'subject-label',
  description: 'A paragraph led by a label of a few words naming a subject, not a measure, then a colon (group 1: the label): its clauses that name no subject of their own are of it, with the measure they say.',
  re: /^\s*(?:[-–+•*]\s*)?(\p{Lu}\p{Ll}*(?:\s+\p{Ll}+){0,4}):\s/u,
  examples: { hit: ['- Hộ nghèo: Cuối năm 2021 xã có 402 hộ nghèo', '+ Lao động nông thôn: năm 2023 có 3.120 người'], miss: ['Kết quả thực hiện các chỉ tiêu của Nghị quyết đến hết tháng 6 năm 2024: đạt', 'Hộ nghèo giảm còn 2,1%'] },
});

/** Words that open a subject of the clause's own before its figure: "tỷ lệ …", "số …", "tổng …". */
export const OWN_SUBJECT = pattern({
  name: 'own-subject',
  description: 'A clause names a subject of its own before its figure (it takes no label\'s subject); a document\'s number, "Tờ trình số 25/TTr-UBND", is none.',
  re: /(?<![\p{L}])(?<!nâng\s+)(?<!nâng\s+tổng\s+)(?:tỷ lệ|tỉ lệ|số|chỉ tiêu|tổng|giá trị|thu nhập|diện tích)(?![\p{L}])(?!\s+số\s+lên)(?!\s+liệu(?![\p{L}]))(?!\s+\d+\s*[/\-]\s*\p{L})/iu,
  examples: { hit: ['năm 2020 tỷ lệ ', 'tổng giá trị '], miss: ['kết quả đến nay đạt ', 'năm 2020 xã mới đạt ', 'nâng tổng số lên ', 'vì vậy số liệu được cập nhật lại là ', 'xã Hương Trà mới có Tờ trình số 25/TTr-UBND ngày 12/6/2025 đề nghị '] },
});

/** A time that opens a sentence, with its comma: "Đến nay, ", "Năm 2023, ", "Tính đến 30/6/2024, ", "Sau 3 năm thực hiện Nghị quyết, ". */
export const OPENING_TIME = pattern({
  name: 'opening-time',
  description: 'A time that opens a sentence, with its comma: set aside when the sentence\'s first words are read for its subject (the unit, "Đến nay, huyện có …").',
  re: /^\s*(?:(?:Đến nay|Hiện nay|Hiện tại|Đến thời điểm hiện tại)|Sau (?:\d+|hơn \d+|ba|hai|năm) năm[^,;]{0,60}|(?:Năm|Đến (?:cuối |hết )?năm) (?:19|20)\d\d|(?:Tính đến|Đến) (?:ngày )?\d{1,2}\/\d{1,2}\/(?:19|20)\d\d)\s*,\s*/u,
  examples: { hit: ['Đến nay, huyện có', 'Năm 2023, toàn huyện', 'Tính đến 30/6/2024, xã', 'Sau 3 năm thực hiện Nghị quyết, huyện'], miss: ['Huyện có 12 xã, ', 'Đến năm 2025 phấn đấu', 'Năm xã đạt chuẩn, '] },
});

/** Words that point to places other than the unit: "nơi", "địa phương", "các/những huyện …". */
export const OTHER_PLACES = pattern({
  name: 'other-places',
  description: 'Words of a figure\'s clause that point back to a place named before it or to places other than the unit ("nơi có …", "địa phương có …", "của các huyện nghèo"): the place before keeps its scope.',
  re: /(?<![\p{L}])(?:nơi|địa phương|(?:các|những)\s+(?:huyện|xã|tỉnh|thôn|bản|làng|ấp|thị xã|thành phố|nước|quốc gia|vùng))(?![\p{L}])/iu,
  examples: { hit: [' nơi có tỷ lệ che phủ rừng đạt ', ' địa phương có tỷ lệ ', ' tỷ lệ hộ nghèo bình quân của các huyện nghèo giảm '], miss: [' tỷ lệ che phủ rừng đạt ', ' những năm qua tỷ lệ diện tích ', ' tỷ lệ hộ của người dân '] },
});

/** A clause that opens on its own subject, a rate or a count, a time before it allowed: "tỷ lệ che phủ rừng đạt", "những năm qua tỷ lệ …". */
export const SUBJECT_FIRST = pattern({
  name: 'subject-first',
  description: 'A clause after a comma that opens on its own subject — a rate, a count, a total, a value, an income, an area — a time before it allowed: its figure speaks of that subject, not of a place the sentence named before the comma.',
  re: /^\s*(?:(?:những năm qua|thời gian qua|hiện nay|đến nay|năm (?:19|20)\d\d)\s*,?\s*)?(?:tỷ lệ|tỉ lệ|số|tổng|giá trị|thu nhập|diện tích)(?![\p{L}])/iu,
  examples: { hit: [' tỷ lệ che phủ rừng đạt ', ' những năm qua tỷ lệ diện tích sản xuất chủ động tưới chỉ đạt ', ' thu nhập bình quân đạt '], miss: [' nơi có tỷ lệ ', ' huyện đạt ', ' địa phương có tỷ lệ '] },
});

/** Words, as normalised, that say a place was recognised as reaching the standard: "được công nhận (đạt chuẩn)", "đạt chuẩn". */
export const RECOGNISED_WORDS = pattern({
  name: 'recognised-words',
  description: 'Words, as normalised (no marks), that say a place reached the standard — "được công nhận (đạt chuẩn)", "đạt chuẩn" — one thing when a list\'s head is matched against the words of the paragraph above.',
  re: /\b(?:duoc cong nhan(?: dat chuan)?|dat chuan)\b/u,
  examples: { hit: ['cac thon duoc cong nhan nam 2023', 'co them 14 thon dat chuan'], miss: ['cac thon dang ky nam 2024', 'cong nhan'] },
});

/** A sentence that opens on the means its result came by, up to a comma: "Thông qua Chương trình nước sạch …, ", "Nhờ nguồn vốn …, ". */
export const MEANS_OPENER = pattern({
  name: 'means-opener',
  description: 'A sentence opens on the means by which its result came, up to a comma: the words there say how, not which part of the indicator, so the indicator\'s exclusions (a programme, "chương trình") are not looked for in them when the clause after the comma gives the indicator by its full name.',
  re: /^\s*(?:[-–+•]\s*)?(?:[Tt]hông qua|[Qq]ua (?:triển khai|thực hiện)|[Nn]hờ(?:\s+có)?|[Bb]ằng (?:các )?nguồn vốn|[Tt]ừ (?:các )?nguồn vốn|[Vv]ới sự hỗ trợ của)\s[^,;:]{3,200},\s*/u,
  examples: { hit: ['Thông qua Chương trình nước sạch và vệ sinh môi trường nông thôn vay vốn Ngân hàng Thế giới, tỷ lệ hộ', 'Nhờ nguồn vốn Chương trình 135, ', '- Từ nguồn vốn lồng ghép các chương trình, ', 'Qua triển khai Chương trình nước sạch, ', 'Từ các nguồn vốn lồng ghép, '], miss: ['Tại hai xã đặc biệt khó khăn, 14/20 thôn', 'Chương trình nước sạch đã cấp nước cho 1.200 hộ, đạt', 'Thông qua Chương trình: ', 'Bằng nguồn nước từ công trình cấp nước tập trung, '] },
});

/** Words before a claim in its sentence that make it an aim or a hedge: "tiến tới", "bảo đảm", "phải", "sớm", "cơ bản", "mục tiêu". */
export const AIM_BEFORE = pattern({
  name: 'aim-before',
  description: 'Words before a claim on a quoted target that make it an aim or a hedge, not a result.',
  re: /(?<![\p{L}])(?:tiến tới|hướng tới|bảo đảm|đảm bảo|phải|sớm|cơ bản|mục tiêu|nhằm|để|quyết tâm|phấn đấu|dự báo|dự kiến|ước)(?![\p{L}])/iu,
  examples: { hit: ['Huyện phấn đấu ', 'tiến tới ', 'cơ bản '], miss: ['Đến nay, huyện đã ', 'Sau 3 năm, toàn huyện '] },
});

/**
 * A claim's subject that is every place of a kind, said all together: "các xã (cũ) đều ", "tất cả các thôn đều đã ", "cả 04 xã (cũ) đều ".
 * The target named right after the claim ("… hoàn thành mục tiêu đạt chuẩn theo Bộ tiêu chí …") is then the rate of those places (session
 * 64, pqe01: a commune formed from four old ones, 03/04 of them meeting the 2021–2025 criteria, writes "các xã (cũ) đều hoàn thành mục tiêu
 * đạt chuẩn theo Bộ tiêu chí … theo Kết luận đề ra").
 */
export const ALL_PLACES_SUBJECT = pattern({
  name: 'all-places-subject',
  description: 'The words before a claim (the clause up to it, tested whole): every place of a kind, then "đều" — group 1 is the kind ("xã", "thôn"). Not a count of some ("03/04 xã"), not places of a group ("các xã đã đạt chuẩn"), not a hedge.',
  re: /^(?:(?:tất cả|toàn bộ)\s+)?(?:các|cả\s+(?:\d{1,3}|các))\s+(xã|thôn|huyện|làng|bản|ấp|khu dân cư|đơn vị)(?:\s*\((?:cũ|mới)\))?\s+(?:đều|cùng)(?:\s+đã)?\s*$/iu,
  examples: { hit: ['các xã (cũ) đều ', 'Tất cả các thôn đều đã ', 'cả 04 xã (cũ) đều ', 'các xã đều'], miss: ['03/04 xã (cũ) đều ', 'các xã đã đạt chuẩn đều ', 'các xã (cũ) cơ bản đều ', 'huyện đã ', 'các xã còn lại đều '] },
});

/**
 * The object of an all-places claim when it is nothing but the standard, its set of criteria and the plan: "đạt chuẩn theo Bộ tiêu chí xây
 * dựng nông thôn mới giai đoạn 2021-2025 theo Kết luận đề ra" (pqe01) — not another standard, a step towards it, or a count (review-64c).
 */
export const STANDARD_ONLY = pattern({
  name: 'standard-only',
  description: 'The words right after a claim on the targets whose subject is every place of a kind (tested on them to the clause\'s end): the standard itself, its set of criteria\'s years and the plan, nothing else.',
  re: /^\s*(?:(?:về\s+)?(?:xây dựng\s+)?(?:(?:xã|thôn|huyện)\s+)?)đạt chuẩn(?:\s+(?:nông thôn mới|NTM))?(?:\s+(?:nâng cao|kiểu mẫu))?(?:\s+theo\s+Bộ tiêu chí(?:\s+(?:quốc gia\s+)?(?:về\s+)?(?:xã\s+)?(?:xây dựng\s+)?(?:xã\s+)?(?:nông thôn mới|NTM))?(?:\s+(?:nâng cao|kiểu mẫu))?\s+giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)?(?:\s+(?:theo\s+)?(?:mục tiêu\s+)?(?:Kết luận|Nghị quyết|Chương trình|Kế hoạch)(?:\s+(?:số\s+)?[\w/-]+)?(?:\s+(?:đã\s+)?đề ra)?)?\s*$/iu,
  examples: { hit: [' đạt chuẩn theo Bộ tiêu chí xây dựng nông thôn mới giai đoạn 2021-2025 theo Kết luận đề ra', ' đạt chuẩn nông thôn mới nâng cao', ' xây dựng xã đạt chuẩn nông thôn mới'], miss: [' xây dựng ít nhất một thôn đạt chuẩn nông thôn mới kiểu mẫu', ' xã phù hợp với trẻ em', ' chỉnh trang vườn hộ theo tiêu chí khu dân cư kiểu mẫu', ' đề ra'] },
});

/** Right after an all-places claim's object, an exception: "(trừ xã Cẩm Thành (cũ) …)", ", trừ xã Sơn Kim 2" (review-64c A13, B11). */
export const EXCEPTION_AFTER = pattern({
  name: 'exception-after',
  description: 'The words after a claim\'s object (tested on them): an exception that makes "every place" all but some.',
  re: /^\s*[,(]?\s*(?:trừ|ngoại trừ|ngoài|riêng)(?![\p{L}])/iu,
  examples: { hit: [' (trừ xã Cẩm Thành (cũ) còn thiếu tiêu chí số 17)', ', trừ xã Sơn Kim 2', ', riêng thôn Bàu Sen'], miss: ['; kết cấu hạ tầng tiếp tục được đầu tư', '.'] },
});

/** A topic said before a colon in the sentence of a claim: "Về xây dựng khu dân cư kiểu mẫu: các xã (cũ) đều …" (review-64c A15). */
export const TOPIC_LEAD_COLON = pattern({
  name: 'topic-lead-colon',
  description: 'In the sentence before a claim (tested on it): "Về …:" — the claim is of that topic, not of the indicator its words may name.',
  re: /(?:^|[\s;,])Về\s[^:;]{0,80}:/u,
  examples: { hit: ['Về xây dựng khu dân cư kiểu mẫu: các xã (cũ) đều ', 'Năm 2024; Về môi trường: '], miss: ['Các xã (cũ) đều ', 'Kết quả về xây dựng nông thôn mới: '] },
});

/** A count of places in the sentence before a claim on every place of a kind: "03 xã A, B, C …; các xã đều …" points back to them (review-64c B1, C1). */
export const PLACES_COUNTED_BEFORE = pattern({
  name: 'places-counted-before',
  description: 'In the sentence before the subject of an all-places claim (tested on it): a count of places, which "các xã" then points back to.',
  re: /\d\s*(?:\/\s*\d+\s*)?(?:xã|thôn|huyện|làng|bản|ấp|khu dân cư|đơn vị)(?![\p{L}])/iu,
  examples: { hit: ['Năm 2024 có 03 xã Sơn Hòa, Sơn Lâm, Sơn Tiến được công nhận; ', '05/08 thôn '], miss: ['Công tác lãnh đạo được quan tâm; ', 'Đến ngày 30/6/2025, '] },
});

/** A count of places as the subject: "Có 08/12 huyện …", "8 địa phương …". */
export const COUNTED_SUBJECT = pattern({
  name: 'counted-subject',
  description: 'A count of places as a claim\'s subject: the claim is theirs, not the unit\'s.',
  re: /\d+(?:\s*\/\s*\d+)?\s+(?:huyện|xã|thôn|địa phương|đơn vị|thị xã|thành phố)(?![\p{L}])/iu,
  examples: { hit: ['Có 08/12 huyện ', '8 địa phương '], miss: ['Huyện đã ', 'Năm 2023, huyện '] },
});

/** A target quoted right after a claim on the targets, with the noun that opens its indicator's name: " 100% số", " tối thiểu 75 xã". */
export const TARGET_QUOTED = pattern({
  name: 'target-quoted',
  description: 'A target figure quoted right after a claim, followed by the noun that opens its indicator\'s name.',
  re: /^\s*(?:(?:đề ra|là)\s+)?(?:(?:tối thiểu|ít nhất|trên|từ)\s+|[≥>]\s*)?\d{1,3}(?:[.,]\d+)?\s*%?\s+(?=(?:số|tỷ lệ|tỉ lệ|xã|huyện|thôn|hộ|lao động)\s)/iu,
  examples: { hit: [' 100% số xã đạt chuẩn', ' tối thiểu 75 xã đạt chuẩn', ' đề ra 70% lao động qua đào tạo'], miss: [' đề ra', ' của Nghị quyết'] },
});

/** A clause that opens on the target it sets out, up to the target's figure: "Mục tiêu đến hết năm 2023 của 03 xã cũ là ". */
export const TARGET_SET_OUT = pattern({
  name: 'target-set-out',
  description: 'A clause that opens on "Mục tiêu" or "Chỉ tiêu" (after a run-in label or a frame "Theo <văn bản>, ", if any) and sets out the target\'s figure: a later claim on "mục tiêu đề ra" in its sentence is on that target.',
  re: /(?:^|:|^\s*theo\s[^;:]{0,160}?,)\s*(?:mục tiêu|chỉ tiêu)(?![\p{L}])[^;:()]{0,80}?(?:\s(?:là|đạt|có)|:)\s*$/iu,
  examples: { hit: ['Mục tiêu đến hết năm 2023 của 03 xã cũ là ', '5. Về kết quả xây dựng bản nông thôn mới: Mục tiêu đến năm 2025 là ', 'Chỉ tiêu năm 2023: ', 'Theo Kế hoạch số 125/KH-UBND ngày 15/3/2022 của UBND huyện, mục tiêu đến năm 2025 có '], miss: ['Kết quả đến nay là ', 'Để đạt mục tiêu đến năm 2025 là ', 'Nghị quyết đề ra mục tiêu là '] },
});

/** A plan set out with the thing it is of named before its figure: "đề ra chỉ tiêu thu nhập bình quân đầu người đạt", "phấn đấu đến năm
 * 2025 thu nhập bình quân đầu người đạt" — the "đạt" says what the plan wants, not what was reached (walk55). */
export const SUBJECT_SET_OUT = pattern({
  name: 'subject-set-out',
  description: 'A quota or an aim set out ("đề ra / đặt ra / giao chỉ tiêu, mục tiêu", "phấn đấu"), then the thing it is of and the time it is due, words only, then "đạt", "là" or "có" right before the figure (tested on the clause before it): the figure is the plan\'s. Not where a word of what happened stands between ("đặt ra chỉ tiêu cao nhưng huyện đã có").',
  re: /(?<![\p{L}])(?<!nỗ lực\s)(?:(?:đề ra|đặt ra|giao)\s+(?:chỉ tiêu|mục tiêu)|phấn đấu)(?:\s+(?!(?:đã|nhưng|song|tuy|kết quả|đến nay|hiện nay|thực hiện|mới|nay|nên|nhờ|vì|do|để|qua|cho|từng|và)(?![\p{L}]))\p{L}+|\s+(?:19|20)\d\d|\s*[-–]\s*(?:19|20)\d\d){0,16}?\s+(?:là|đạt|có)\s*$/iu,
  examples: { hit: ['Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025 đề ra chỉ tiêu thu nhập bình quân đầu người đạt ', 'Nghị quyết phấn đấu đến năm 2025 thu nhập bình quân đầu người đạt ', 'Kế hoạch đề ra mục tiêu tỷ lệ hộ dân sử dụng nước sạch là '], miss: ['mặc dù tỉnh đặt ra chỉ tiêu cao nhưng huyện đã có ', 'huyện phấn đấu và đã có ', 'đề ra chỉ tiêu; kết quả năm 2023 đạt ', 'nhờ sự nỗ lực phấn đấu nên thu nhập bình quân đầu người đạt ', 'nhờ giao chỉ tiêu cụ thể cho từng xã nên toàn huyện có ', 'cả hệ thống chính trị nỗ lực phấn đấu toàn huyện có '] },
});

export const QUOTA_SET_OUT = pattern({
  name: 'quota-set-out',
  description: 'A quota set out right before its figure, with at most the time it is due and whose it is between ("đề ra chỉ tiêu đến cuối năm 2023 có", "giao chỉ tiêu năm 2023 huyện có"): the figure is the plan\'s, not a result (nwy03); other words between make it a result — "đặt ra chỉ tiêu cao nhưng huyện đã có 12 xã" (review-50b C3, C7, C11, C12).',
  re: /(?<![\p{L}])(?:đề ra|đặt ra|giao)\s+chỉ tiêu(?:\s+(?:(?:đến|tới|vào|trong)\s+)?(?:(?:hết|cuối|đầu)\s+)?(?:năm|tháng|ngày)\s+[\d/]+)?(?:\s+(?:cho\s+)?(?:huyện|xã|tỉnh|thị xã|thành phố)(?:\s+\p{Lu}\p{Ll}*){0,3})?\s*(?:là|:)?\s*(?:có|đạt)?\s*$/u,
  examples: { hit: ['UBND tỉnh đề ra chỉ tiêu đến cuối năm 2023 có ', 'UBND tỉnh giao chỉ tiêu năm 2023 huyện có ', 'Nghị quyết đặt ra chỉ tiêu là '], miss: ['mặc dù tỉnh đặt ra chỉ tiêu cao nhưng huyện đã có ', 'huyện đã giao chỉ tiêu cụ thể nên có ', 'kết quả có '] },
});

/** Words before a claim that make it a prospect, not a result: "khó đạt", "có khả năng đạt", "phấn đấu". */
export const PROSPECT = pattern({
  name: 'prospect',
  description: 'Words right before a claim that make it a prospect, not a result.',
  re: /(?<![\p{L}])(?:khó|có thể|có khả năng|phấn đấu|dự kiến|sẽ)\s*$/iu,
  examples: { hit: ['chỉ tiêu này khó ', 'dự kiến '], miss: ['đến nay đã ', 'kết quả '] },
});

/** Words right before a level reached of something that should fall: "giảm còn dưới 2%", "còn 2,35%", "xuống 1,8%". */
export const LEVEL_BEFORE = pattern({
  name: 'level-before',
  description: 'Words right before a figure that make it a level reached of something that should fall (tested on the 12 characters before it).',
  re: /(?<![\p{L}])(?:còn|xuống|dưới)\s*$/u,
  examples: { hit: ['giảm còn ', 'xuống ', 'còn dưới '], miss: ['giảm ', 'giảm được '] },
});

/** A figure left to fill in a list: "[số liệu]", "[…]", "xx", "… tỷ đồng". */
export const LEFT_BLANK = pattern({
  name: 'left-blank',
  description: 'A figure left to fill in a list of parts: the list is not added up.',
  re: /\[[^\]\d]{0,40}\]|(?<![\p{L}\d])xx+(?![\p{L}\d])|(?:…|\.{3,})\s*(?:tỷ|triệu|nghìn|đồng|ha|km|xã|thôn|hộ|người|%)(?![\p{L}])/iu,
  examples: { hit: ['gồm: ngân sách trung ương [số liệu], ngân sách tỉnh 12 tỷ đồng', 'xã A: xx thôn', 'vốn lồng ghép … tỷ đồng'], miss: ['gồm: ngân sách trung ương 20 tỷ đồng, ngân sách tỉnh 12 tỷ đồng', 'xã Xuân Lộc'] },
});

/** The whole of the country ("Cả nước", "Toàn quốc") as a table row's label. */
export const NATION_WHOLE = pattern({
  name: 'nation-whole',
  description: 'A row label naming the whole country.',
  re: /(?<![\p{L}])(?:cả nước|toàn quốc)(?![\p{L}])/iu,
  examples: { hit: ['Cả nước', 'Toàn quốc (tham khảo)'], miss: ['Toàn tỉnh', 'nước sạch'] },
});

/** The whole of a province ("Toàn tỉnh", "Cả tỉnh") as a table row's label. */
export const PROVINCE_WHOLE = pattern({
  name: 'province-whole',
  description: 'A row label naming the whole province.',
  re: /(?<![\p{L}])(?:toàn|cả)\s+tỉnh(?![\p{L}])/iu,
  examples: { hit: ['Toàn tỉnh', 'Cả tỉnh'], miss: ['Toàn huyện', 'Tỉnh đoàn'] },
});

/** The whole of a district ("Toàn huyện", "Cả huyện") as a table row's label. */
export const DISTRICT_WHOLE = pattern({
  name: 'district-whole',
  description: 'A row label naming the whole district.',
  re: /(?<![\p{L}])(?:toàn|cả)\s+huyện(?![\p{L}])/iu,
  examples: { hit: ['Toàn huyện', 'Cả huyện'], miss: ['Toàn tỉnh', 'Huyện ủy'] },
});

/** A run-in label that opens a sentence and ends on a colon, with no figure: "a) Kết quả thực hiện các mục tiêu của Kết luận: ". */
export const RUN_IN_LABEL = pattern({
  name: 'run-in-label',
  description: 'A label with no figure that opens a sentence and ends on a colon: the sentence\'s own words start after it.',
  re: /^\s*(?:[a-zđ]\)\s*|[-–+•*]\s*)?[^:\d;.]{4,90}:\s*/u,
  examples: { hit: ['a) Kết quả thực hiện các mục tiêu của Kết luận: Kết luận đặt mục tiêu 100% số xã', '- Về giao thông: đã cứng hóa 12 km'], miss: ['Kết luận đặt mục tiêu 100% số xã', 'Đến 30/6/2024: có 12 xã'] },
});

/** The noun a count counts, right after its figure in a cell: the words after it describe the things counted ("02/03 xã (cũ) đạt chuẩn"). */
export const COUNTED_NOUN_AFTER = pattern({
  name: 'counted-noun-after',
  description: 'The words right after a figure open on the noun it counts: what follows says what they are, not a verdict on the target.',
  re: /^(?:xã|thôn|huyện|hộ|người|lao động|đơn vị|sản phẩm|khu dân cư|ấp|bản|làng|tổ dân phố)(?![\p{L}])/iu,
  examples: { hit: ['xã (cũ) đạt chuẩn', 'thôn đạt chuẩn'], miss: ['Đạt', '- Vượt', 'chưa đạt'] },
});

/** After a count of places, words that say what they reached ("(cũ) đạt chuẩn", "được công nhận"): a description of the things counted. */
export const STANDARD_REACHED = pattern({
  name: 'standard-reached',
  description: 'Right after a count of places (an aside allowed between), the words that say they reached the standard: what they are, not a verdict on the target.',
  re: /^\s*(?:\([^()]*\)\s*)?(?:đã\s+|được\s+)?(?:đạt chuẩn|được công nhận)/iu,
  examples: { hit: ['(cũ) đạt chuẩn', 'đã đạt chuẩn', 'được công nhận'], miss: ['Đạt', '(vượt KH)', 'chưa đạt chuẩn'] },
});

/** The words right before a percentage that make it a share of what was just said ("…, chiếm gần 30% tổng kinh phí"). */
export const SHARE_LEAD = pattern({
  name: 'share-lead',
  description: 'Right before a percentage (tested on the words before it): the share of the item just said, not an item of a list.',
  re: /(?<![\p{L}])(?:chiếm|bằng)\s+(?:(?:gần|khoảng|hơn|trên|xấp xỉ|tới)\s+)?$/iu,
  examples: { hit: ['2,95 tỷ đồng, chiếm gần ', 'chiếm '], miss: ['ngân sách tỉnh ', 'tăng '] },
});

/** A sentence that opens on a whole, its parts after it: "Trong tổng số 11 xã, có 02 xã …" (group 1: the spaces before; group 2: the whole). */
export const WHOLE_FIRST = pattern({
  name: 'whole-first',
  description: 'A sentence that opens on the whole ("Trong tổng số 11 xã,", or "Trong 16 xã:" with its colon) and lists its parts after it, each opening on its count.',
  // (its first part may be said as what the others are besides: "Trong tổng số 89 xã, ngoài 59 xã đạt chuẩn, có 27 xã …" — session 43,
  // nvh05)
  // (a time may open the sentence, and the whole be said at length, a document's number in it: "Năm 2023, trong tổng số 392 HTX nông
  // nghiệp được đánh giá, phân loại theo Thông tư số 01/2020/TT-BKHĐT, có 186 HTX …")
  re: /^(\s*(?:[^,;:()]{1,40}?[,:]\s*){0,2})(?:trong\s+)?(tổng\s+số\s+\d[\d.,]*\s+(?:[^,;:()\d]{1,40}?|[^;:()]{1,120}?(?=\s*,\s*có\s))|(?<=trong\s+)(?:số\s+)?\d[\d.,]*\s+[^,;:()\d]{1,40}?(?=\s*(?:,\s*có\s*)?:))(?:\s*,\s*(?:(?:thì\s+)?có\s*:?\s*|ngoài\s+)?|\s+có\s+|\s*:\s*(?:có\s+|ngoài\s+)?)(?=\d)/iu,
  examples: { hit: ['Trong tổng số 89 xã, ngoài 59 xã đạt chuẩn, có 27 xã đạt từ 15 - 18 tiêu chí', 'Trong tổng số 19 xã: ngoài 12 xã đạt chuẩn nông thôn mới, có 06 xã', 'Tổng số 17 xã của huyện, có 11 xã đạt chuẩn nông thôn mới', 'Trong tổng số 11 xã, có 02 xã đạt từ 15-18 tiêu chí', 'Trong 16 xã: 09 xã đạt 19/19 tiêu chí; 05 xã đạt từ 15 - 18 tiêu chí', 'Trong số 16 xã: 09 xã đạt 19/19 tiêu chí', 'Trong 16 xã, có: 09 xã đạt 19/19 tiêu chí', 'Tính đến 30/9/2023, trong tổng số 13 xã của huyện: 01 xã đạt chuẩn nông thôn mới; 02 xã đạt từ 15 đến 18 tiêu chí', 'Về mức độ đạt tiêu chí: Trong tổng số 17 xã, có 11 xã đạt 19/19 tiêu chí', 'Về mức độ đạt tiêu chí: Trong tổng số 17 xã: có 11 xã đạt 19/19 tiêu chí', 'Về mức độ đạt tiêu chí, tính đến ngày 30/6/2024: trong tổng số 17 xã, có 11 xã', 'Trong tổng số 46 mô hình có 28 mô hình trồng trọt', 'Năm 2023, trong tổng số 392 HTX nông nghiệp được đánh giá, phân loại theo Thông tư số 01/2020/TT-BKHĐT, có 186 HTX đạt loại tốt, khá'], miss: ['Trong đó 02 xã đạt chuẩn', 'Trong 16 xã, 09 xã đạt 19/19 tiêu chí', 'Trong 6 tháng đầu năm 2024 có 03 xã được công nhận', 'Trong tổng số vốn, ngân sách chiếm 40%', 'Trong số 18 xã của huyện, có 10 xã đạt chuẩn nông thôn mới tính đến cuối năm 2020'] },
});

/** The places a bare fraction counts, named right before it: "số huyện (7/12)", "số xã: 12/15" (group 1: the place's noun). */
export const NOUN_BEFORE_FRACTION = pattern({
  name: 'noun-before-fraction',
  description: 'Right before a fraction with no unit (tested on the words before it), "số" and the noun of the places it counts.',
  re: /(?<![\p{L}])số\s+(\p{L}+)(?:\s+\p{L}+)?\s*[(:]?\s*$/iu,
  examples: { hit: ['hơn một nửa số huyện (', 'số xã: '], miss: ['đạt ', 'Có '] },
});

/**
 * A report that says its figures are of a former place ("Phạm vi và mốc số liệu: địa bàn tỉnh Ninh Thuận (cũ)", "số liệu trong báo cáo
 * được tính … theo địa giới hành chính tỉnh Ninh Thuận (cũ)"): after the 2025 merger, the merged province reporting on one former
 * province's resolution. Group 1: the place's noun; group 2: its name.
 */
export const FORMER_SCOPE = pattern({
  name: 'former-scope',
  description: 'A sentence early in a report saying its figures are of one former place (before the 2025 merger): that place is the unit whose results are judged.',
  re: /số liệu[^.;]{0,100}?(?:địa bàn|địa giới hành chính|phạm vi)\s+(tỉnh|huyện|xã)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*\((?:cũ|trước sáp nhập|trước hợp nhất|trước sắp xếp)\)/u,
  examples: {
    hit: ['Phạm vi và mốc số liệu: địa bàn tỉnh Ninh Thuận (cũ), từ năm 2021 đến hết tháng 6/2024', 'số liệu trong báo cáo được tính từ năm 2021 đến hết ngày 30/6/2024 và theo địa giới hành chính tỉnh Ninh Thuận (cũ)'],
    miss: ['Trên phạm vi toàn huyện Cẩm Xuyên (cũ), đến ngày 30/6/2025 có 20/20 xã đạt chuẩn', 'số liệu của tỉnh Cà Mau (cũ) và tỉnh Bạc Liêu (cũ) được trình bày song song để đối chiếu'],
  },
});

/** The same said in a bracket under the report's title: "(trên địa bàn tỉnh Ninh Thuận trước hợp nhất)" (groups as former-scope's: the level's noun, the name). */
export const FORMER_SCOPE_TITLE = pattern({
  name: 'former-scope-title',
  description: 'A bracket under the report\'s title that says the report is of one former place\'s area (before the 2025 merger): that place is the unit whose results are judged.',
  re: /^\s*\(\s*(?:[Tt]rên\s+|[Tt]rong\s+)?(?:[Đđ]ịa bàn|[Pp]hạm vi|[Đđ]ịa giới hành chính)\s+(tỉnh|huyện|xã)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*(?:\(\s*cũ\s*\)|cũ|trước sáp nhập|trước hợp nhất|trước sắp xếp)\s*\)\s*$/u,
  examples: { hit: ['(trên địa bàn tỉnh Ninh Thuận trước hợp nhất)', '(Phạm vi huyện Cẩm Xuyên (cũ))'], miss: ['(kèm theo Báo cáo số 47-BC/ĐU)', 'trên địa bàn tỉnh Ninh Thuận trước hợp nhất, toàn tỉnh có 47 xã'] },
});

/** The report's title names the plan of one former place: "Kết quả 03 năm thực hiện Nghị quyết số 16-NQ/TU … của Ban Chấp hành Đảng bộ tỉnh Ninh Thuận (cũ) về …" (groups as former-scope's). */
export const FORMER_PLAN_TITLE = pattern({
  name: 'former-plan-title',
  description: 'In the report\'s title, the plan reported on is said to be one former place\'s (before the 2025 merger): that place is the unit whose results are judged, whoever writes the report.',
  re: /(?:[Nn]ghị quyết|[Kk]ết luận|[Cc]hương trình hành động)[^.;]{0,80}?của\s+(?:(?:[Bb]an [Cc]hấp hành|[Bb]an [Tt]hường vụ)\s+)?(?:[Đđ]ảng bộ\s+|HĐND\s+|UBND\s+)?(tỉnh|huyện|xã)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*\(\s*(?:cũ|trước sáp nhập|trước hợp nhất)\s*\)/u,
  examples: { hit: ['Kết quả 03 năm thực hiện Nghị quyết số 16-NQ/TU ngày 13/01/2022 của Ban Chấp hành Đảng bộ tỉnh Ninh Thuận (cũ) về tiếp tục', 'Sơ kết Kết luận số 04-KL/TU của Ban Thường vụ tỉnh Hà Tĩnh (cũ)'], miss: ['Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU của Ban Chấp hành Đảng bộ tỉnh Ninh Thuận', 'báo cáo của UBND tỉnh Khánh Hòa (mới)'] },
});

/** A clause, after a comma, that names the unit's own figures: "…, toàn tỉnh có 81 xã", "…, năm 2023 tỷ lệ … của huyện là 66,5%". */
export const UNIT_CLAUSE = pattern({
  name: 'unit-clause',
  description: 'After a comma, a clause naming the unit\'s own figures: it ends a list of targets found after a run-in label.',
  re: /,\s*(?:[^,;]{0,80}?(?<![\p{L}])(?:toàn|cả|của)\s+(?:tỉnh|huyện|xã)(?![\p{L}])|[^,;]{0,40}?(?<![\p{L}])(?:tỉnh|huyện|xã)\s+(?:đã\s+)?có\s+\d)/iu,
  examples: { hit: ['tối thiểu 75 xã nâng cao, toàn tỉnh có 81 xã', '70%, năm 2023 tỷ lệ lao động qua đào tạo của huyện là 66,5%', '100% số xã đạt chuẩn theo Bộ tiêu chí, đến ngày 31/5/2025 huyện có 20/21 xã'], miss: ['75 xã nâng cao, 22 xã kiểu mẫu', '12/12 đơn vị cấp huyện'] },
});

/** A bracket that only points to an appendix or a table for the figures: "(số liệu tại Phụ lục 02)", "(chi tiết tại Biểu số 3)". */
export const APPENDIX_POINTER = pattern({
  name: 'appendix-pointer',
  description: 'A bracket, or a clause closing the sentence, that only says where the figures are (an appendix, a table by its number): its number is no figure of the sentence.',
  re: /\(\s*(?:(?:số liệu|chi tiết|cụ thể|kết quả|xem|kèm theo|có)\s+){0,3}(?:(?:tại|theo|ở|trong|như)\s+)?(?:phụ lục|biểu|bảng)\s*(?:số\s*)?(?:\d{1,2}|[IVX]{1,4})[^()\d]{0,40}\)|,\s*(?:(?:số liệu|chi tiết|cụ thể|kết quả)\s+){1,2}(?:(?:tại|theo|ở|trong|như|xem)\s+)?(?:phụ lục|biểu|bảng)\s*(?:số\s*)?(?:\d{1,2}|[IVX]{1,4})(?!\d)[^\d,;]{0,30}$/iu,
  examples: { hit: ['đạt mục tiêu Nghị quyết đề ra (số liệu tại Phụ lục 02).', '(chi tiết tại Biểu số 3 kèm theo)', '(Phụ lục II)', '(số liệu chi tiết tại Phụ lục 02)', '(kèm theo Phụ lục số 02)', '(chi tiết như Phụ lục 02)', '(chi tiết có Phụ lục 02 kèm theo)', 'đạt mục tiêu đề ra, chi tiết tại Phụ lục 02.'], miss: ['(số liệu năm 2023)', '(98,2%)', '(tại Phụ lục 02: 95,7%)', ', tăng 12 xã'] },
});

/** A row label that counts the criteria reached: "Số tiêu chí xã nông thôn mới đạt", "Tiêu chí đạt được". */
export const CRITERIA_COUNT_LABEL = pattern({
  name: 'criteria-count-label',
  description: 'A table row\'s label saying it counts the criteria a place reached: its bare fractions are criteria, not places.',
  re: /(?<![\p{L}])số tiêu chí|tiêu chí[^|]{0,40}?(?<![\p{L}])đạt(?![\p{L}])/iu,
  examples: { hit: ['Số tiêu chí xã nông thôn mới đạt', 'Tiêu chí đạt được'], miss: ['Xã còn dưới 15 tiêu chí', 'Số xã đạt chuẩn'] },
});

/** An average or a rate named in a row's label: "Bình quân số tiêu chí đạt/xã", "Tỷ lệ …". */
export const AVERAGE_OR_RATE = pattern({
  name: 'average-or-rate',
  description: 'A row label that names an average or a rate anywhere in it: no count of places, nor named by its target cell.',
  re: /bình quân|trung bình|tỷ lệ|tỉ lệ/iu,
  examples: { hit: ['Bình quân số tiêu chí đạt/xã', 'Tỷ lệ thôn đạt chuẩn'], miss: ['Số tiêu chí xã nông thôn mới đạt', 'Xã còn dưới 15 tiêu chí'] },
});

/** After "toàn tỉnh": the province as merged ("sau hợp nhất", "(mới)"). */
export const MERGED_WHOLE = pattern({
  name: 'merged-whole',
  description: 'Right after "toàn tỉnh": the merged province, wider than a report scoped to one former province.',
  re: /^\s*(?:sau\s+(?:hợp nhất|sáp nhập|sắp xếp)|\(\s*mới\s*\)|mới(?![\p{L}]))/iu,
  examples: { hit: [' sau hợp nhất', ' (mới)'], miss: [' có 108 xã', ' đạt 85%'] },
});

/** Words that ask for something: a line holding them is a request, not the closing line. */
export const ASKS = pattern({
  name: 'asks',
  description: 'Words of a request after "kính trình"/"xin báo cáo": the line is content (a recommendation), not the body\'s closing line.',
  re: /(?<![\p{L}])(?:đề nghị|kiến nghị|xem xét|đề xuất|bố trí|hỗ trợ)(?![\p{L}])/iu,
  examples: { hit: [' UBND tỉnh xem xét, bố trí 15 tỷ đồng', ' đề nghị UBND tỉnh'], miss: [' UBND tỉnh, Văn phòng Điều phối tổng hợp./.', ' UBND huyện.'] },
});

/** A column of tasks ahead: "Nhiệm vụ 6 tháng cuối năm", "Nhiệm vụ năm 2025". */
export const TASKS_AHEAD = pattern({
  name: 'tasks-ahead',
  description: 'A table header naming the tasks ahead: its date is no figure\'s date.',
  re: /(?<![\p{L}])nhiệm vụ(?![\p{L}])/iu,
  examples: { hit: ['Nhiệm vụ 6 tháng cuối năm (đến 31/12/2024)'], miss: ['Từ 01/01 đến 31/7/2024', 'Thực hiện đến 30/6/2024'] },
});

/** Right before a count, the whole it is a part of: "trong 39 xã đã đạt chuẩn, có " (group 1: the whole's words after its figure). */
export const WITHIN_WHOLE = pattern({
  name: 'within-whole',
  description: 'Right before a count (tested on the words before it): the whole it is a part of, said first — "trong 39 xã đã đạt chuẩn, có 26 xã …" counts some of those 39.',
  re: /(?<![\p{L}])trong\s+(?:tổng\s+số\s+|số\s+)?\d[\d.,]*\s+([^,;:()\d]{1,60}?)\s*,\s*(?:(?:thì\s+)?có\s+)?$/iu,
  examples: { hit: ['trong 39 xã đã đạt chuẩn, có ', 'Trong số 12 xã đạt chuẩn nâng cao, '], miss: ['Trong năm 2024, có ', 'trong đó có ', 'Toàn tỉnh có 39 xã đạt chuẩn, '] },
});

/** Nothing, or only the plan's name, between a margin's words and its count: "vượt mục tiêu Kết luận 01 xã". */
export const PLAN_NAME_ONLY = pattern({
  name: 'plan-name-only',
  description: 'Between the words of a margin ("vượt mục tiêu") and its count (tested on the words between): nothing, or only the plan\'s name — "vượt mục tiêu Kết luận 01 xã" says by how much the target was passed.',
  re: /^\s*(?:(?:của\s+)?(?:kết luận|nghị quyết|nq|kl|chương trình hành động|cthđ|kế hoạch)(?:\s+đề ra)?\s*)?$/iu,
  examples: { hit: [' Kết luận ', ' ', ' của Nghị quyết đề ra '], miss: [' năm 2025 là ', ' Kết luận đề ra là '] },
});

/** Between target words and a bracket of targets: the plan's name, number, maker and the year it runs to — "So với mục tiêu Nghị quyết số 16-NQ/TU đến năm 2025 (85% số thôn …)". */
export const PLAN_REFERENCE = pattern({
  name: 'plan-reference',
  description: 'Between target words and the bracket that lists the targets (tested on the words between): the plan named with its number, its maker and the year it runs to — "mục tiêu Nghị quyết số 16-NQ/TU đến năm 2025 (85% số thôn …)" quotes 85% as the target.',
  re: /^\s*(?:(?:của\s+)?(?:kết luận|nghị quyết|nq|kl|chương trình hành động|cthđ|kế hoạch|đề án|quyết định)(?:\s+số)?(?:\s+\d+[-/][\p{L}\d/-]*)?(?:\s+(?:của\s+)?(?:ban thường vụ\s+)?(?:tỉnh ủy|huyện ủy|thành ủy|thị ủy|đảng ủy|hđnd|ubnd)(?:\s+(?:tỉnh|huyện|xã))?)?\s*)?(?:(?:đề ra\s+)?(?:đến|tới|giai đoạn)\s+(?:năm\s+)?\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:đề ra|đặt ra)?\s*$/iu,
  examples: { hit: [' Nghị quyết số 16-NQ/TU đến năm 2025 ', ' của Kết luận số 01-KL/TU của Ban Thường vụ Tỉnh ủy ', ' giai đoạn 2021 - 2025 ', ' Nghị quyết đề ra '], miss: [' năm 2025 là ', ' đề ra, xã đã đạt 100% ', ' Nghị quyết, toàn huyện có 12 xã '] },
});

/** A line that opens on a criterion of the national set and says it is met: "- Tiêu chí số 14 về Y tế: đạt; …" (group 1: the verdict). */
export const CRITERION_VERDICT_LINE = pattern({
  name: 'criterion-verdict-line',
  description: 'A paragraph that opens on a criterion of the set, by its number and maybe its name, and says at once that the unit meets it ("- Tiêu chí số 14 về Y tế: đạt; tỷ lệ … 93,6%, yêu cầu ≥ 95%"): the figures after it, each beside the norm it is held to, are what the verdict rests on.',
  re: /^\s*(?:[-–+•*]\s*|[a-zđ]\)\s*|\d{1,2}[.)]\s*)?[Tt]iêu chí(?:\s+số)?\s+\d{1,2}(?:\.\d{1,2})?(?:\s*\([^()]{1,60}\)|\s+(?:về\s+)?[^:;()\d]{1,60}?)?\s*:\s*((?:đạt|Đạt|ĐẠT)(?:\s+chuẩn)?)(?=\s*[;,.(]|\s*$)/u,
  examples: { hit: ['- Tiêu chí số 15 về Y tế: đạt chuẩn; tỷ lệ …', '- Tiêu chí số 14 về Y tế: đạt; tỷ lệ người dân tham gia bảo hiểm y tế 93,6%', 'Tiêu chí số 17 (Môi trường): Đạt.', 'b) Tiêu chí 15 về Y tế: đạt, tỷ lệ …'], miss: ['- Tiêu chí số 14 về Y tế: chưa đạt; tỷ lệ …', '- Tiêu chí số 14 về Giáo dục và Đào tạo: 16/17 xã đạt (94,1%);', 'Tiêu chí số 14 về Y tế: đạt 18/19 chỉ tiêu'] },
});

/** Right after a figure (tested on the words after it, an aside in brackets first): the norm it is held to, "(…), yêu cầu ≥ 95%", " (yêu cầu ≥ 95%)", ", chuẩn tối thiểu 90%". */
export const NORM_AFTER = pattern({
  name: 'norm-after',
  description: 'Right after a figure (tested on the words after it): the norm of the criterion it is held to, after an aside in brackets if any — "93,6% (18.478/19.742 người), yêu cầu ≥ 95%", "95,6% (yêu cầu ≥ 95%)"; the bound is read from where it matches.',
  re: /^\s*(?:\([^()]{0,80}\)\s*)?(?:,\s*|\(\s*|[-–]\s*|;\s*)?(?:so với\s+)?(?:yêu cầu|theo quy định|quy định|chuẩn|mức chuẩn|tiêu chuẩn|chỉ tiêu)(?:\s+(?:của\s+)?(?:tiêu chí|bộ tiêu chí))?(?:\s+là)?\s*:?\s*(?=(?:(?:≥|>=|>|≤|<=|<|tối thiểu|ít nhất|từ|tối đa|không vượt quá|không quá|dưới|trên)\s*)?\d)/u,
  examples: { hit: [', yêu cầu 95%', ' (chỉ tiêu ≥ 95%)', ' (theo quy định ≥ 95%)', ' (18.478/19.742 người), yêu cầu ≥ 95%', ' (yêu cầu ≥ 95%)', ', chuẩn tối thiểu 90%', ' - quy định từ 70% trở lên'], miss: [', tăng 2,1% so với năm 2020', ' (năm 2020 là 90%)', ', đạt yêu cầu'] },
});

/** The targets said met as a whole, then the ones named among them: "các mục tiêu chủ yếu của Kết luận … đều đã hoàn thành, trong đó có mục tiêu về ", "Huyện đã hoàn thành các mục tiêu …, trong đó có …" (group 1 or 2: the claim). */
export const TARGETS_DONE_AMONG = pattern({
  name: 'targets-done-among',
  description: 'The plan\'s targets said met as a whole, then "trong đó có mục tiêu về" and the names of some of them ("các mục tiêu chủ yếu của Kết luận trên địa bàn huyện đều đã hoàn thành, trong đó có mục tiêu về xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025"): each named target is claimed met. Not an aim ("phấn đấu hoàn thành").',
  re: /(?:(?<![\p{L}])(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+(?!phấn đấu|cần|phải|để)[^\s.;:,]+){0,12}?\s+((?:đều\s+)?(?:đã\s+)?(?:cơ bản\s+)?(?:hoàn thành(?:\s+vượt)?|đạt và vượt|đạt))|(?<![\p{L}])((?:đã\s+)?(?:cơ bản\s+)?hoàn thành(?:\s+vượt)?)\s+(?:các|tất cả các|toàn bộ các)\s+(?:mục tiêu|chỉ tiêu)(?:\s+[^\s.;:,]+){0,8}?)\s*,\s*trong đó\s+(?:có\s+)?(?:cả\s+)?(?:mục tiêu|chỉ tiêu)\s+(?:về\s+)?/iu,
  examples: { hit: ['Huyện đã hoàn thành các mục tiêu Nghị quyết đề ra, trong đó có mục tiêu về lao động', 'Các chỉ tiêu của Nghị quyết đều đạt và vượt, trong đó có chỉ tiêu về lao động', 'các mục tiêu chủ yếu của Kết luận trên địa bàn huyện đều đã hoàn thành, trong đó có mục tiêu về xã đạt chuẩn', 'Các chỉ tiêu của Nghị quyết cơ bản hoàn thành, trong đó chỉ tiêu về thôn đạt chuẩn'], miss: ['các mục tiêu phấn đấu hoàn thành, trong đó có mục tiêu về', 'Đã hoàn thành 12/15 chỉ tiêu, trong đó có'] },
});

/** A sentence that opens on the data and says it is still being gathered: "Số liệu huy động … của 03 xã cũ đang được tổng hợp, đối chiếu …". */
export const DATA_PENDING = pattern({
  name: 'data-pending',
  description: 'A sentence that opens on the figures or the content themselves and says they are still being gathered or checked, by a body it may name ("… đang được các phòng, ban tổng hợp"; "Số liệu huy động, lồng ghép nguồn lực … của 03 xã cũ đang được tổng hợp, đối chiếu với hồ sơ bàn giao; UBND xã sẽ báo cáo bổ sung sau."): it puts the content off, and a count in it says whose figures they are, not what they are.',
  re: /^\s*(?:[(\[]\s*)?(?:[^,.;:]{1,60},\s*)?(?:toàn bộ\s+)?(?:các\s+)?(?:số liệu|nội dung|kết quả)(?![\p{L}])(?:(?!(?:đạt|là|được|gồm|có|với)\s+\d)[^.;]){0,160}?(?<![\p{L}])(?:đang|chưa|sẽ)\s+(?:được\s+(?:(?:các\s+)?(?:phòng|ban|sở|ngành|đơn vị|cơ quan|bộ phận|văn phòng|ubnd|ủy ban|địa phương|xã|huyện|thôn|tổ|hội)(?![\p{L}])[^\d.;:]{0,40}?\s+)?)?(?:tổng hợp|cập nhật|rà soát|đối chiếu|thống kê|bổ sung|hoàn thiện)(?![\p{L}])(?!\s+(?:thường xuyên|định kỳ|hằng|hàng|kịp thời|đầy đủ|công khai|trên|tại|lên|vào)(?![\p{L}]))/iu,
  examples: { hit: ['Do 03 xã mới sáp nhập, số liệu huy động nguồn lực đang được tổng hợp', 'Số liệu huy động, lồng ghép nguồn lực xây dựng nông thôn mới của 03 xã cũ đang được tổng hợp, đối chiếu với hồ sơ bàn giao', 'Kết quả huy động nguồn lực năm 2024 đang tổng hợp', 'Các số liệu về huy động nguồn lực năm 2024 của 18 xã đang được các phòng, ban tổng hợp', 'Số liệu nợ đọng xây dựng cơ bản đang được UBND các xã rà soát'], miss: ['Kết quả huy động nguồn lực đạt 45 tỷ đồng, phần còn lại đang được tổng hợp', 'Các xã đang tổng hợp hồ sơ đề nghị công nhận', 'Kết quả chưa được người dân đồng tình, cần rà soát lại', 'Các nội dung công khai theo quy định đang được các xã cập nhật thường xuyên trên bảng tin', 'Các nội dung công khai đang được cập nhật trên trang thông tin điện tử'] },
});

/** The unit's own criteria reached, right after its noun or name: " đạt 18/19 tiêu chí", " giữ vững chuẩn nông thôn mới với 19/19 tiêu chí" (groups: reached, all). */
export const REACHES_CRITERIA = pattern({
  name: 'reaches-criteria',
  description: 'Right after the unit\'s bare noun or its name (tested on the words after it): the criteria it reached out of all of them, " đạt 18/19 tiêu chí", " giữ vững chuẩn nông thôn mới với 19/19 tiêu chí".',
  re: /^\s*(?:(?:đã|vẫn|mới|cơ bản|chỉ|hiện|nay|đến nay)\s+)*(?:đạt|giữ vững chuẩn(?:\s+\p{Ll}+){0,5}\s+với|duy trì chuẩn(?:\s+\p{Ll}+){0,5}\s+với|duy trì|giữ vững)\s+(\d{1,2})\s*\/\s*(\d{1,2})\s+tiêu chí(?![\p{L}])/u,
  examples: { hit: [' đạt 18/19 tiêu chí, còn tiêu chí số 17 chưa đạt', ' giữ vững chuẩn nông thôn mới với 19/19 tiêu chí đạt chuẩn', ' mới đạt 17/19 tiêu chí'], miss: [' có 18/19 thôn đạt chuẩn', ' đạt chuẩn nông thôn mới năm 2017'] },
});

/** A unit said to be among those below a number of criteria: "vẫn còn dưới 15 tiêu chí", "thuộc nhóm xã dưới 15 tiêu chí" (group 1: the number). */
export const AMONG_BELOW = pattern({
  name: 'among-below',
  description: 'Words saying a unit is among those below a number of criteria, "vẫn còn dưới 15 tiêu chí", "thuộc nhóm xã dưới 15 tiêu chí", "nằm trong danh sách các xã dưới 15 tiêu chí" (who says so is read around it).',
  re: /(?<![\p{L}])(?:(?:vẫn\s+)?(?:còn\s+)?(?:thuộc|nằm trong|là)\s+(?:(?:nhóm|diện|danh sách)\s+)?(?:(?:các|những|một)\s+)?(?:xã|huyện)\s+(?:còn\s+)?(?:đạt\s+)?|(?:vẫn\s+)?còn\s+)dưới\s+(\d{1,2})\s+tiêu chí(?![\p{L}])/iu,
  examples: { hit: ['xã đạt 11/19 tiêu chí, vẫn còn dưới 15 tiêu chí', 'Xã vẫn thuộc nhóm xã dưới 15 tiêu chí của huyện', 'Xã hiện vẫn nằm trong danh sách các xã dưới 15 tiêu chí'], miss: ['toàn huyện còn 02 xã dưới 15 tiêu chí', 'xã đạt 16/19 tiêu chí'] },
});

/** Between a unit and its being below the criteria, words that make it no state of the unit now: an object, a negation, a doubt. */
export const NOT_OWN_STATE = pattern({
  name: 'not-own-state',
  description: 'Between a unit and "còn dưới 15 tiêu chí": words that make it another\'s or no fact — an object ("giúp đỡ các xã còn …", "từ một xã còn …", "tình trạng còn …"), a negation ("chưa bao giờ thuộc", "không phải là"), a doubt or a condition ("có nguy cơ", "nếu").',
  re: /(?<![\p{L}])(?:không|chưa|chẳng|thoát|ra khỏi|từ|nguy cơ|nếu|có thể|các|những|một|giúp|giúp đỡ|hỗ trợ|tình trạng)(?![\p{L}])/iu,
  examples: { hit: [' chưa bao giờ ', ' được huyện phân công giúp đỡ ', ' có nguy cơ lại ', ' đã thoát khỏi '], miss: [' đạt 11/19 tiêu chí (tăng 03 tiêu chí so với năm 2020), ', ' hiện vẫn '] },
});

/** A time before the period's end said in words: "Khi bắt đầu triển khai Nghị quyết", "trước đây", "đầu giai đoạn". */
export const EARLIER_TIME = pattern({
  name: 'earlier-time',
  description: 'A time before the period\'s end said in words, no year: "Khi bắt đầu triển khai Nghị quyết, xã còn dưới 15 tiêu chí", "trước đây", "đầu giai đoạn", "trước khi sáp nhập".',
  re: /(?<![\p{L}])(?:khi bắt đầu|bắt đầu triển khai|trước đây|trước khi|đầu giai đoạn|đầu nhiệm kỳ|thời điểm ban hành|năm đầu|ban đầu|trước sáp nhập|trước khi sáp nhập)(?![\p{L}])/iu,
  examples: { hit: ['Khi bắt đầu triển khai Nghị quyết, xã', 'Đầu giai đoạn, xã', 'Trước khi sáp nhập, xã'], miss: ['Đến 30/6/2024, xã', 'Hiện nay xã'] },
});

/** A bracket that opens on a time of its own, up to a figure in it: "(cuối năm 2020 còn ", "(năm 2021: ". */
export const DATED_ASIDE = pattern({
  name: 'dated-aside',
  description: 'From a bracket\'s opening up to a figure in it (tested on that span): the bracket opens on a time of its own — "(cuối năm 2020 còn 03 xã)" gives an earlier level, not the result a claim after it is on.',
  re: /^\(\s*(?:(?:vào|đến|tại|từ)\s+)?(?:ngày\s+)?(?:(?:cuối|đầu|hết)\s+)?(?:(?:năm(?:\s+gốc)?|tháng|thời điểm)\s+)?(?:\d{1,2}\s*\/\s*){0,2}(?:19|20)\d\d(?!\d)/iu,
  examples: { hit: ['(cuối năm 2020 còn ', '(năm 2021: ', '(đến tháng 6/2024 có ', '(đến 31/12/2020 còn ', '(đến ngày 31/12/2020 còn ', '(cuối 2020 còn ', '(năm gốc 2020 còn '], miss: ['(gồm ', '(Dân Tiến năm 2021, ', '(03 xã '] },
});

/** Right after a count, the standard said reached in the phase before ("02 xã đã đạt chuẩn ở giai đoạn trước là Hòa Sơn và Lâm Sơn hiện đạt …"): an earlier time's. */
export const EARLIER_PHASE = pattern({
  name: 'earlier-phase',
  description: 'The words after a count up to its clause\'s next comma (tested on them): the places reached the standard in the phase before, a figure of that time, not how many meet it now.',
  re: /^[^,;()]{0,60}?(?:đạt chuẩn|được công nhận(?:\s+đạt chuẩn)?)(?:\s+(?:nông thôn mới|NTM))?(?:\s+theo\s+(?:bộ\s+)?tiêu chí(?:\s+quốc gia)?)?\s+(?:(?:ở|từ|trong)\s+)?(?:các\s+)?giai đoạn trước(?![\p{L}])(?!\s*(?:(?:,|\/|và|hoặc)\s*(?:trong\s+)?(?:giai đoạn|những năm|các năm|năm|\d+\s+năm)|(?:tính\s+)?(?:đến|tới|cho đến|cho tới)\s+(?:nay|hiện nay|thời điểm|(?:hết\s+|cuối\s+)?(?:năm\s+)?(?:(?:\d{1,2}\/)+)?20(?:2[1-9]|[3-9]\d))))/iu,
  examples: { hit: [' xã đã đạt chuẩn ở giai đoạn trước là Hòa Sơn và Lâm Sơn', ' xã được công nhận từ giai đoạn trước', ' xã đã đạt chuẩn giai đoạn trước theo Bộ tiêu chí mới', ' xã đạt chuẩn nông thôn mới giai đoạn trước đang tiếp tục rà soát', ' xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn trước đang', ' xã đạt chuẩn nông thôn mới giai đoạn trước đến hết năm 2020 đang'], miss: [' xã đạt chuẩn nông thôn mới', ' xã đạt chuẩn, tăng 2 xã so với giai đoạn trước', ' xã đạt chuẩn giai đoạn trước và giai đoạn 2021-2025', ' xã đạt chuẩn nông thôn mới từ giai đoạn trước đến nay', ' xã đạt chuẩn nông thôn mới giai đoạn trước và những năm gần đây', ' xã đạt chuẩn nông thôn mới từ giai đoạn trước cho tới nay', ' xã đạt chuẩn nông thôn mới giai đoạn trước tính đến thời điểm hiện tại', ' xã đạt chuẩn nông thôn mới giai đoạn trước và trong 3 năm qua'] },
});

/** After "giai đoạn trước", up to the clause's end (tested on those words): the places are said to hold the standard now — recognised again
 * under the new set, kept up to now — so a rate of them is today's, the phase before only naming which they are (review-53 E2, E7, E8). */
export const STANDARD_KEPT_NOW = pattern({
  name: 'standard-kept-now',
  description: 'The words after "… đạt chuẩn … giai đoạn trước" up to the clause\'s end (tested on them): recognised again under the new set, or kept up to now — a rate of those places is today\'s, the earlier phase only naming them.',
  re: /^[^;.]{0,160}?(?<![\p{L}])(?:(?:được\s+)?công nhận lại|tái công nhận|duy trì|giữ vững|đến nay|hiện nay|giai đoạn 2021\s*[-–]\s*2025|bộ tiêu chí mới)(?![\p{L}])/iu,
  examples: { hit: [' đã được công nhận lại đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025', ' và tiếp tục duy trì, giữ vững đến nay.'], miss: ['.', ' (Hòa Sơn, Lâm Sơn), đang rà soát; năm 2025 duy trì', ' là Hòa Sơn và Lâm Sơn.'] },
});

/** After a figure, the set of criteria it is counted by, with its span: "… theo Bộ tiêu chí giai đoạn 2016-2020" (group 1: the span's last year). */
export const SET_SPAN_AFTER = pattern({
  name: 'set-span-after',
  description: 'The words after a figure up to its clause\'s next comma (tested on them): the span of the set of criteria it is counted by, "theo Bộ tiêu chí giai đoạn 2016-2020" — a span that ends before the period makes it that earlier set\'s figure.',
  re: /^[^,;()]{0,80}?giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)(?!\d)/u,
  examples: { hit: [' tiêu chí theo Bộ tiêu chí giai đoạn 2016-2020', ' theo Bộ tiêu chí xã nông thôn mới giai đoạn 2021 - 2025'], miss: [' tiêu chí, giai đoạn 2016-2020 đạt 12 xã', ' tiêu chí'] },
});

/** Right after a count of places, words of work done on them again: "xã đã cập nhật đạt chuẩn theo Bộ tiêu chí …", "xã đã rà soát, củng cố". */
export const REWORKED_AFTER = pattern({
  name: 'reworked-after',
  description: 'Right after a count of places (tested on the words after it): a review or update done on some of them ("109/118 xã đã cập nhật đạt chuẩn theo Bộ tiêu chí giai đoạn 2021 - 2025") — a count of those among a whole, not a second figure of the whole.',
  re: /^\s*\p{L}+(?:\s+\p{L}+)?\s+(?:đã\s+|được\s+)*(?:cập nhật|rà soát|củng cố|nâng chất|bổ sung hồ sơ)(?![\p{L}])/iu,
  examples: { hit: [' xã đã cập nhật đạt chuẩn theo Bộ tiêu chí giai đoạn 2021 - 2025', ' xã được rà soát, củng cố'], miss: [' huyện đạt chuẩn nông thôn mới', ' xã đạt chuẩn nông thôn mới nâng cao'] },
});

/** A clause opened by a time within the period, up to a count (tested on the words before it): "; 6 tháng đầu năm 2025 công nhận ". */
export const TIME_OPENS_CLAUSE = pattern({
  name: 'time-opens-clause',
  description: 'The words before a count, from its clause\'s start (tested on them, the clause opening after ";" or ":" or at the start): a time opens the clause — "năm 2022 công nhận 11 xã", "6 tháng đầu năm 2025 công nhận 04 xã" count what that time added.',
  re: /(?:^\s*|[;:]\s*)(?:trong\s+)?(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+)?(?:năm\s+(?:19|20)\d\d|quý\s+[IV]{1,3}(?:\s*\/\s*(?:19|20)\d\d)?)[^;:]*$/iu,
  examples: { hit: ['Kết quả cụ thể theo từng năm: năm 2022 công nhận ', 'năm 2023 công nhận 14 xã NTM NC, 05 xã NTM KM; 6 tháng đầu năm 2025 công nhận ', ' năm 2023 công nhận '], miss: ['Đến nay đã công nhận ', 'năm 2022 công nhận 11 xã; đến nay đã công nhận '] },
});

// ── read by facts.ts (session 26)

/** Right after a count and its noun (tested on the words after them): "khác", the others beside a group named before — "01 xã đạt chuẩn NTM kiểu mẫu (Phúc Đồng); 05 xã khác đạt chuẩn NTM nâng cao" counts a part, not all of them. */
export const OTHERS_BESIDE = pattern({
  name: 'others-beside',
  description: 'Right after a count and its noun, "khác": the others beside a group the text named before, a part and not the whole ("01 xã đạt chuẩn NTM kiểu mẫu (Phúc Đồng); 05 xã khác đạt chuẩn NTM nâng cao"). Not "khác nhau" (different ones), nor "khác" further on ("của các huyện khác").',
  re: /^\s*(?:khác(?![\p{L}])(?!\s+nhau(?![\p{L}]))|nữa(?![\p{L}]))/iu,
  examples: { hit: [' khác đạt chuẩn nông thôn mới nâng cao (Hương Trà, Hương Đô)', ' khác được công nhận', ' nữa đạt chuẩn nông thôn mới nâng cao'], miss: [' khác nhau', ' đạt chuẩn, cao hơn các huyện khác', ' khách du lịch'] },
});

/** The kinds of document a plan is, as an alternation: "kế hoạch|chương trình|…" (facts.ts reads a plan named after a figure with it, plan-claims.ts a plan named before a bracket). */
export const PLAN_KINDS = 'kế hoạch|chương trình|đề án|nghị quyết|kết luận|quyết định';

/** A document's number ("số 25/TTr-UBND", "25/TTr-UBND", "12/2024/NQ-HĐND", "Kế hoạch số 145/KH-UBND") or a date ("12/6/2025", "12-6-2025"): digits that are no figure. */
export const DOCUMENT_OR_DATE = pattern({
  name: 'document-or-date',
  description: 'A document\'s number ("số 25/TTr-UBND", "25/TTr-UBND", "12/2024/NQ-HĐND") or a date ("12/6/2025", "12-6-2025"): digits that name a text or a day, no figure. Read by facts.ts (a clause\'s first figure) and plan-claims.ts (the words between a claim and its plan\'s figure).',
  re: /(?<![\p{L}])số\s+\d+\s*[/\-][^\s,;]*|(?<![\d.,])\d+\s*\/\s*(?:\d{4}\s*\/\s*)?[\p{Lu}Đ][\p{Lu}Đ\-]*(?:\/[\p{Lu}Đ][\p{Lu}Đ\-]*)?|(?<!\d)\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}(?!\d)|(?<![\p{L}])ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}/u,
  examples: { hit: ['ngày 15 tháng 3 năm 2022', 'ngày 15.3.2022', 'Tờ trình số 25/TTr-UBND', 'theo 12/2024/NQ-HĐND', 'ngày 15/3/2022', 'ngày 12-6-2025', 'Kế hoạch số 145/KH-UBND của UBND tỉnh'], miss: ['đạt 72/169 xã', 'tăng 2,1%', 'năm 2024', '19/19 tiêu chí'] },
});
const DOCUMENTS_OR_DATES = new RegExp(DOCUMENT_OR_DATE.source, 'gu');
/** The text with each document's number and date made letters of the same length ("x…x"): positions stay, no digit of them is read as a figure. */
export const documentsBlanked = (text: string) => text.replace(DOCUMENTS_OR_DATES, (m) => 'x'.repeat(m.length));

/** Right before a bare number (tested on the words before it): the kind of text or programme it names — "Chương trình 135", "Quyết định 1600", "Đề án 06", "tiêu chí 17": a name, no count. */
export const NAMED_BY_NUMBER = pattern({
  name: 'named-by-number',
  description: 'Right before a number with no unit, the kind of programme, text or item it names ("nguồn vốn Chương trình 135", "theo Quyết định 1600", "Đề án 06", "tiêu chí 17", "Phụ lục 02"): the number is a name, not a count, and no whole of a list after it.',
  re: /(?<![\p{L}])(?:[Cc]hương trình|[Qq]uyết định|[Nn]ghị quyết|[Nn]ghị định|[Đđ]ề án|[Cc]hỉ thị|[Kk]ết luận|[Tt]hông tư|[Tt]iểu dự án|[Dd]ự án thành phần|Dự án|[Tt]iêu chí|[Pp]hụ lục|[Bb]iểu|[Đđ]iều|[Kk]hoản)(?:\s+số)?\s*$/u,
  examples: { hit: ['được đầu tư từ nguồn vốn Chương trình ', 'theo Quyết định số ', 'thực hiện Đề án ', 'đạt tiêu chí '], miss: ['toàn huyện có ', 'chương trình đã hỗ trợ ', 'xây dựng được '] },
});

/** Words of the towns, not the countryside: "khu vực đô thị", "thành thị", "nội thị", "phường". */
export const URBAN_WORDS = pattern({
  name: 'urban-words',
  description: 'Words that make a rate the towns\', not the countryside\'s an indicator counts: "Tỷ lệ hộ dân khu vực đô thị sử dụng nước sạch năm 2015 đạt 85,2%, …" is no series of the rural households\' rate.',
  re: /(?<![\p{L}])(?:đô thị(?!\s+hóa)|thành thị|nội thị|nội thành|phường)(?![\p{L}])/iu,
  examples: { hit: ['Tỷ lệ hộ dân khu vực đô thị sử dụng nước sạch năm ', 'hộ dân thành thị '], miss: ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch năm ', 'đô thị hóa'] },
});

/** A rise or fall said with the level it reached: "tăng lên", "giảm xuống", "giảm còn". */
export const CHANGED_TO_LEVEL = pattern({
  name: 'changed-to-level',
  description: 'Words right before a figure that give the level a rise or fall reached, not its size: "đến nay tăng lên 47,8%", "giảm xuống còn 2,1%".',
  re: /(?<![\p{L}])(?:tăng lên|giảm xuống|giảm còn|tăng thành)(?:\s+(?:còn|mức|là))?\s*$/iu,
  examples: { hit: ['đến nay tăng lên ', 'năm 2023 giảm xuống còn ', 'giảm còn '], miss: ['năm 2023 tăng ', 'giảm '] },
});

/** Words before a figure in its clause that date it now: "đến nay", "hiện nay", "hiện tại", "tới nay". */
export const NOW_LEAD = pattern({
  name: 'now-lead',
  description: 'Words before a figure, in a clause after the first of its sentence, that date it now, not in the year the sentence opens with: "Tỷ lệ … năm 2020 đạt 58,6%, năm 2022 đạt 64,3%; đến nay đạt 69,2%".',
  re: /(?<![\p{L}])(?:đến nay|hiện nay|hiện tại|tới nay)(?![\p{L}])/iu,
  examples: { hit: ['đến nay đạt ', '; hiện nay toàn huyện có '], miss: ['năm 2022 đạt ', 'ngày nay '] },
});

/** A comma, then words that move to the present before a claim: ", đến nay", ", hiện nay", ", nay". */
export const NOW_AFTER = pattern({
  name: 'now-after',
  description: 'A comma, then words that move to the present before a claim: ", đến nay", ", hiện nay", ", nay".',
  re: /,\s*(?:đến nay|hiện nay|hiện tại|nay)(?![\p{L}])/iu,
  examples: { hit: [', đến nay đã vượt chỉ tiêu', ', hiện nay đạt 75%'], miss: ['đến nay đạt 75%', ', ngày nay'] },
});

/** A run-in label that lists several topics before its colon: "- Môi trường, an toàn thực phẩm, nước sạch:". */
export const TOPICS_LABEL = pattern({
  name: 'topics-label',
  description: 'A run-in label that lists several topics before its colon: "- Môi trường, an toàn thực phẩm, nước sạch:".',
  re: /^[\s\-–—+•*]*[^:;,.\d]{2,40},[^:;.\d]{2,80}:/u,
  examples: { hit: ['- Môi trường, an toàn thực phẩm, nước sạch: 100% hộ có thùng chứa rác'], miss: ['Tỷ lệ hộ dân sử dụng nước sạch đạt 98%.', 'Kết quả: 100% hộ có nước sạch'] },
});

/** Right after a share, the households or places it counts, then "có" and what they have (group 1: the thing had, to the clause's end). */
export const HAVING_THING = pattern({
  name: 'having-thing',
  description: 'Right after a share, the households or places it counts, then "có" and what they have (group 1: the thing had, to the clause\'s end).',
  re: /^\s*(?:(?:tổng\s+)?số\s+)?(?:các\s+)?(?:hộ(?:\s+dân|\s+gia đình)?|thôn|bản|ấp|xã|khu dân cư|trường|người dân)(?:\s+nông thôn)?\s+(?:đều\s+)?(?:đã\s+)?(?:có|được trang bị|được cấp|sử dụng|dùng)\s+((?!\d)[^,;.()]{3,80})/iu,
  examples: { hit: [' hộ dân nông thôn có thùng chứa rác', ' trường được trang bị máy tính'], miss: [' hộ đạt chuẩn', ' xã đạt chuẩn nông thôn mới', ' hộ có 2 con'] },
});

/** After a share, the places it counts up to standard, then "có" and what they have (group 1: the thing had, to the clause's end). */
export const HAVING_AFTER_STANDARD = pattern({
  name: 'having-after-standard',
  description: 'After a share, the places it counts up to standard, then "có" and what they have (group 1: the thing had, to the clause\'s end).',
  re: /^\s*(?:(?:tổng\s+)?số\s+)?(?:các\s+)?(?:thôn|bản|ấp|xã|khu dân cư|hộ)(?:\s*,\s*(?:thôn|bản|ấp|làng|buôn|khu dân cư|tổ dân phố|khu phố))*\s+(?:đã\s+)?đạt\s+chuẩn(?:\s+(?:nông thôn mới|ntm|nâng cao|kiểu mẫu))*(?:\s+(?:trên địa bàn|của|tại)(?:\s+[^\s\d,;.()]+){1,3}?)?\s+(?:đều\s+)?(?:đã\s+)?(?:có|xây dựng được|xây dựng|duy trì|hình thành|được\s+(?!công nhận)[^\s\d,;.()]+(?:\s+[^\s\d,;.()]+)?)\s+((?!\d)[^,;.()]{3,80})/iu,
  examples: { hit: [' thôn đạt chuẩn nông thôn mới đều có nhà văn hóa', ' xã đạt chuẩn đã xây dựng được mô hình'], miss: [' thôn đạt chuẩn nông thôn mới', ' xã đạt chuẩn được công nhận'] },
});

/** A plan named to compare with, then a bracket opening: "So với Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025 (", "theo Kế hoạch số 52-KH/HU (" (not a programme's, "Chương trình OCOP (", nor one said carried out, "Thực hiện Đề án … (": its bracket says what was done). */
export const PLAN_THEN_BRACKET = pattern({
  name: 'plan-then-bracket',
  description: 'A plan named to compare with, then a bracket opening: "So với Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025 (", "theo Kế hoạch số 52-KH/HU (" (not a programme\'s, "Chương trình OCOP (", nor one said carried out, "Thực hiện Đề án … (": its bracket says what was done).',
  re: /(?<![\p{L}])(?:so với|đối chiếu với|theo)\s+(?:các\s+)?(?:mục tiêu|chỉ tiêu)?\s*(?:nghị quyết|kế hoạch|kết luận|đề án|chương trình hành động)(?![\p{L}])[^;:()]{0,140}\(\s*$/iu,
  examples: { hit: ['So với Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025 (', 'theo Kế hoạch số 52-KH/HU (', 'So với Chương trình hành động số 25-CTr/HU của Huyện ủy ('], miss: ['Chương trình OCOP (', 'Thực hiện Đề án phát triển nông nghiệp ('] },
});

/** Words in such a bracket that say what was done, not what was set. */
export const DONE_IN_BRACKET = pattern({
  name: 'done-in-bracket',
  description: 'Words in such a bracket that say what was done, not what was set.',
  re: /(?<![\p{L}])(?:đã|hiện|nay|thực hiện được|kết quả|ước|đạt|có|mới|còn)(?![\p{L}])/iu,
  examples: { hit: ['(đã có 12 xã', '(hiện đạt 70%'], miss: ['(tỷ lệ lao động qua đào tạo 72%'] },
});

/**
 * A plan's target named, then a bracket that opens on a bound: "vượt mục tiêu Nghị quyết (ít nhất 38 xã đạt chuẩn, 15 xã nâng cao, 05 xã
 * kiểu mẫu)" — the bracket lists what the plan sets, its later items with the bound left to the first.
 */
export const TARGET_THEN_BOUND = pattern({
  name: 'target-then-bound',
  description: 'A plan\'s target named, then a bracket that opens on a bound: "vượt mục tiêu Nghị quyết (ít nhất 38 xã đạt chuẩn, 15 xã nâng cao, 05 xã kiểu mẫu)" — the bracket lists what the plan sets, its later items with the bound left to the first.',
  re: new RegExp(String.raw`(?<![\p{L}])(?:mục tiêu|chỉ tiêu)(?:\s+(?:của|do|theo))?\s+(?:${PLAN_KINDS})(?![\p{L}])[^;:()]{0,90}\(\s*(?:đến năm\s+(?:19|20)\d\d\s*,?\s*)?(?:có\s+)?(?:ít nhất|tối thiểu|không dưới|≥|>=)`, 'iu'),
  examples: { hit: ['đều vượt mục tiêu Nghị quyết (ít nhất 38 xã', 'vượt mục tiêu Nghị quyết (có ít nhất 38 xã', 'vượt mục tiêu Nghị quyết (đến năm 2025 có ít nhất 38 xã'], miss: ['đều vượt mục tiêu Nghị quyết (191 xã', 'vượt mục tiêu (ít nhất 38 xã'] },
});

/** … and the words in it that still say what was done (its items name their kinds with "đạt": "38 xã đạt chuẩn"). */
export const DONE_IN_BOUND_BRACKET = pattern({
  name: 'done-in-bound-bracket',
  description: '… and the words in it that still say what was done (its items name their kinds with "đạt": "38 xã đạt chuẩn").',
  re: /(?<![\p{L}])(?:đã|hiện|nay|thực hiện được|kết quả|ước|có|mới|còn)(?![\p{L}])/iu,
  examples: { hit: ['(ít nhất 38 xã, đến nay có'], miss: ['(ít nhất 38 xã đạt chuẩn, 15 xã nâng cao'] },
});

/** A share of places or households that pledge or sign up, right after the figure: "100% khu dân cư đăng ký xây dựng …", "100% thôn đã ký cam kết …" — no rate of those that met the standard. */
export const PLEDGE_SHARE = pattern({
  name: 'pledge-share',
  description: 'After a percentage, the places or households it counts and a verb of signing up or pledging ("đăng ký", "phát động", "ký cam kết"): the share that pledged, not the rate of those that reached the standard.',
  re: /^\s*(?:số\s+)?(?:các\s+)?(?:thôn|bản|ấp|khu dân cư|xóm|làng|buôn|tổ dân phố|khu phố|hộ(?:\s+gia đình|\s+dân)?|xã)(?:\s+(?!đạt|được)[^\s\d,;.()]+){0,3}?\s+(?:(?:đã|đều|cùng)\s+)*(?:đăng ký|phát động|ký cam kết|cam kết|hưởng ứng)(?![\p{L}])/iu,
  examples: { hit: [' khu dân cư đăng ký xây dựng khu dân cư nông thôn mới kiểu mẫu', ' khu dân cư đã phát động phong trào', ' thôn ký cam kết thực hiện các tiêu chí', ' hộ dân đã đăng ký'], miss: [' thôn đạt chuẩn nông thôn mới kiểu mẫu', ' khu dân cư được công nhận đạt chuẩn', ' hộ sử dụng nước sạch'] },
});

// ── moved from the code that reads them (session 29)

/** Between a target's bound and a figure in its bracket: the words that say the figure was reached, ", đạt", "; thực tế đạt", ", toàn tỉnh đạt". */
export const REACHED_IN_BRACKET = pattern({
  name: 'reached-in-bracket',
  description: 'Between a target\'s bound and a figure in its bracket (tested on the words between them): the words that say the figure was reached, ", đạt", "; thực tế đạt", ", toàn tỉnh đạt" — the figure is the result.',
  re: /^\s*[,;]\s*(?:(?:thực tế|kết quả|thực hiện|hiện|đến nay|hiện nay|toàn (?:tỉnh|huyện|xã))\s+)?(?:đã\s+)?(?:đạt|có)\s*$/iu,
  examples: { hit: [', đạt ', '; thực tế đạt ', ', toàn tỉnh đạt '], miss: [', ', ' và ', ', phấn đấu đạt '] },
});

/**
 * Before a plan's figure, in its clause, the writer's own judgement of the result against it: "cao hơn mục tiêu Nghị quyết số 16-NQ/TU (",
 * "vượt chỉ tiêu tỉnh giao là ". A claim set against it after "nhưng" ("…, nhưng chưa đạt chỉ tiêu Nghị quyết Đại hội …") speaks of another
 * plan (session 61, nzo01).
 */
export const JUDGED_AGAINST_BEFORE = pattern({
  name: 'judged-against-before',
  description: 'A comparison with a plan right before its figure ("cao hơn mục tiêu … (", "vượt chỉ tiêu … là "): a claim after "nhưng" is of another plan.',
  re: /(?<![\p{L}])(?:cao hơn|thấp hơn|vượt|vượt xa|bằng|gấp \S+ lần)\s+(?:so với\s+)?(?:mức\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)(?![\p{L}])[^;,]*$/iu,
  examples: { hit: ['đạt 54,2%, cao hơn mục tiêu Nghị quyết số 16-NQ/TU (', 'đạt 12 xã, vượt chỉ tiêu tỉnh giao là '], miss: ['đạt 54,2%; mục tiêu Nghị quyết đề ra (', 'Kế hoạch đề ra '] },
});

/** A claim's plan said right after it to be the year's: "đạt chỉ tiêu kế hoạch năm", "vượt kế hoạch năm 2023". */
export const YEARS_PLAN_AFTER = pattern({
  name: 'years-plan-after',
  description: 'Right after a plan claim: the plan it speaks of is the year\'s ("đạt chỉ tiêu kế hoạch năm", "vượt kế hoạch năm 2023"), not the targets set out for the period.',
  re: /^\s*(?:kế hoạch\s+)?(?:của\s+)?năm(?![\p{L}])/iu,
  examples: { hit: [' kế hoạch năm; ', ' năm 2023'], miss: [' đề ra; ', ' Nghị quyết đề ra'] },
});

/**
 * Inside a bracket right after a result's percentage, the words up to its figure that give it as another office's figure for the same
 * thing: "72,6% (Phòng LĐ-TB&XH báo cáo 73,4%)", "(theo số liệu của Chi cục Thống kê là 71,9%)" — two figures of one result (nvr01).
 */
/** An office's name, up to 80 characters with no figure or comma, naming nothing but the office (read by other-source-bracket). */
const OFFICE_SPAN = String.raw`(?:phòng|sở|chi cục|cục|trung tâm|văn phòng|ban|ngành|bộ phận)(?![\p{L}])(?:(?!(?:kế hoạch|mục tiêu|chỉ tiêu|giao|phấn đấu|dự kiến|năm|kỳ|tháng|quý|tỷ lệ|tỉ lệ|riêng|trong đó|nữ|nam giới|dân tộc|thiểu số|đồng bào|bằng cấp|chứng chỉ|khu vực|báo cáo|tổng hợp|số liệu|quản lý|vận hành|phục vụ|cung cấp)(?![\p{L}]))[^()\d;,]){0,80}?`;
export const OTHER_SOURCE_BRACKET = pattern({
  name: 'other-source-bracket',
  description: 'Inside a bracket right after a result\'s percentage (tested on the words from the bracket to its figure): an office\'s data or report and "là"/":" ("theo số liệu của …"), or an office and its reporting verb, right before the figure — no time, kind, part, rate, target or plan, nothing it runs or serves, no comma between — the figure is another source\'s for the same result.',
  re: new RegExp(String.raw`^\(\s*(?:(?:theo\s+)?(?:số liệu|báo cáo)\s+(?:của\s+)?${OFFICE_SPAN}(?:\s(?:là|đạt)|\s*:)|(?:theo\s+)?${OFFICE_SPAN}\s(?:báo cáo|tổng hợp|thống kê)(?:\s+(?:là|đạt))?)\s*$`, 'iu'),
  examples: {
    hit: ['(Phòng LĐ-TB&XH báo cáo ', '(theo số liệu của Phòng Lao động - Thương binh và Xã hội là ', '(số liệu của Chi cục Thống kê: ', '(Sở Lao động - Thương binh và Xã hội tổng hợp đạt '],
    miss: ['(năm 2020 là ', '(cả nước ', '(Sở LĐ-TB&XH giao ', '(mục tiêu ', '(Phòng LĐ-TB&XH báo cáo năm 2020 là ', '(kế hoạch Sở giao là ', '(Sở LĐ-TB&XH giao chỉ tiêu là ', '(tăng ', '(Phòng LĐ-TB&XH báo cáo cùng kỳ năm trước là ', '(Phòng LĐ-TB&XH báo cáo lao động nữ là ', '(Phòng LĐ-TB&XH báo cáo tỷ lệ có bằng cấp, chứng chỉ là ', '(theo số liệu của Phòng LĐ-TB&XH, lao động nữ là ', '(Trung tâm Nước sạch và VSMT nông thôn quản lý vận hành là ', '(Phòng LĐ-TB&XH là '],
  },
})

/** A sentence that opens on a contrast with the one before or on another source of the same figure. */
export const AGAINST_BEFORE = pattern({
  name: 'against-before',
  description: 'A sentence (or a clause after ";") that opens on a contrast with the one before or on another source of the same figure ("Tuy nhiên, qua giám sát …", "qua kiểm tra thực tế …"): a second figure there is of the same measure and time.',
  re: /^\s*(?:tuy nhiên|tuy vậy|nhưng|song|mặt khác|trong khi đó|như vậy|trên thực tế|thực tế|qua (?:giám sát|kiểm tra|rà soát|khảo sát|đối chiếu)|theo (?:số liệu|báo cáo|kết quả|thống kê)|số liệu|đối chiếu|còn theo)(?![\p{L}])/iu,
  examples: { hit: ['Tuy nhiên, qua giám sát tại các huyện', 'qua kiểm tra thực tế tại các xã', 'Theo số liệu của Cục Thống kê'], miss: ['Riêng tỷ lệ lao động nông thôn', 'Ở các xã vùng đồng bào', 'Cùng kỳ năm trước'] },
});

// ── read by facts.ts (session 30)

/** Before a frame of targets, the name of the plan whose authority sets it: "Kết luận của ", "Nghị quyết số 16-NQ/TU ngày 20/5/2021 của ". */
export const PLAN_OF_AUTHORITY = pattern({
  name: 'plan-of-authority',
  description: 'The words before a frame of targets (tested on them): the name of the plan, then "của" and the authority that sets it ("Kết luận của Ban Chấp hành Đảng bộ tỉnh xác định nhiệm vụ trọng tâm là 100% số xã …") — the frame still opens the sentence.',
  // (… or its number alone, no authority: "Kết luận số 150-KL/TU đề ra mục tiêu 100% số xã …, có tối thiểu 75 xã … và 22 xã …" — walk46, bq03)
  re: /^\s*(?:kết luận|nghị quyết|chỉ thị)(?:\s+số\s+[\p{L}\d/.-]*\d[\p{L}\d/.-]*(?:\s+ngày\s+[\d/]+)?(?:\s+của(?:\s+[^\s\d,;:.()]+){0,10})?|(?:\s+ngày\s+[\d/]+)?\s+của(?:\s+[^\s\d,;:.()]+){0,10})\s*$/iu,
  examples: { hit: ['Kết luận số 150-KL/TU ', 'Kết luận của ', 'Nghị quyết số 16-NQ/TU ngày 20/5/2021 của ', 'Chỉ thị số 12-CT/TU của ', 'Kết luận của Ban Thường vụ Huyện ủy ', 'Nghị quyết số 09-NQ/TU ngày 12/8/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XIX '], miss: ['Kết quả thực hiện Kết luận của ', 'Theo báo cáo của ', 'Kết luận ', 'Kết luận của Tỉnh ủy, đến nay toàn tỉnh '] },
});

/** An act of recognising, before a count or the list of counts it opens: "trình UBND tỉnh công nhận 12 xã … và ". */
export const ACT_OF_RECOGNISING = pattern({
  name: 'act-of-recognising',
  description: 'An act of recognising and the space after it (the last before a count is read): with a span said after the count or the list of counts the act opens ("công nhận 12 xã … nâng cao và 03 xã … kiểu mẫu trong 6 tháng đầu năm 2025"), the counts are the span\'s new ones.',
  re: /(?<![\p{L}])công nhận(?:\s+(?:thêm|mới|bổ sung))?\s+/iu,
  examples: { hit: ['trình UBND tỉnh công nhận 12 xã', 'đã công nhận thêm 03 xã'], miss: ['được công nhận', 'công nhận'] },
});

/** The words before a share that name a rate of people: "Tỷ lệ dân số nông thôn …", "tỷ lệ người dân …" (the clause's words before the figure). */
export const RATE_OF_PEOPLE = pattern({
  name: 'rate-of-people',
  description: 'Before a share, in its clause, "tỷ lệ" and a noun of people ("dân số", "người dân", "nhân khẩu", "dân cư"): a rate of people, another measure than a rate of households of the same thing ("Tỷ lệ dân số nông thôn được sử dụng nước sạch đạt 90,3%").',
  re: /(?<![\p{L}])(?:tỷ|tỉ) lệ\s+(?:số\s+)?(?:dân số|người dân|nhân khẩu|dân cư)(?![\p{L}])/iu,
  examples: { hit: ['Tính theo nhân khẩu, tỷ lệ dân số nông thôn sử dụng nước sạch đạt ', 'Tỷ lệ người dân nông thôn sử dụng nước sạch đạt '], miss: ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt ', 'tỷ lệ hộ dân cư ', 'tỷ lệ số hộ '] },
});

/** Right after a frame named after its plan's authority, the words that say it sets targets: "nhiệm vụ trọng tâm là", "mục tiêu", "đến năm 2025". */
export const SETS_TARGETS_AFTER = pattern({
  name: 'sets-targets-after',
  description: 'After a frame found past the opening, behind the name of the plan and its authority ("Kết luận … của Ban Thường vụ Tỉnh ủy xác định …"), the words that say it sets targets (or the frame\'s own words say so): not an assessment, "xác định sau 2 năm triển khai Nghị quyết, toàn tỉnh có …".',
  re: /^\s*,?\s*(?:(?:là|:)\s*)?(?:các\s+)?(?:nhiệm vụ|mục tiêu|chỉ tiêu|phấn đấu|đến năm\s+20\d\d|đến hết năm|giai đoạn\s+20\d\d)/iu,
  examples: { hit: [' nhiệm vụ trọng tâm là 100% số xã', ' đến năm 2025 có ít nhất 85% số thôn', ' mục tiêu đến năm 2025', ', đến năm 2025 toàn tỉnh có'], miss: [' sau 2 năm triển khai Nghị quyết, toàn tỉnh có', ' kết quả đạt được'] },
});

/** What stands between a share and its own fraction in brackets: "(", "(tương đương " ("90,3% (tương đương 64.603/71.540 người)"). */
export const BRACKET_OPEN = pattern({
  name: 'bracket-open',
  description: 'The words between a share and the fraction in brackets after it (tested on them): an opening bracket, maybe "tương đương", "tương ứng" or "bằng" — the fraction is then the share\'s own.',
  re: /^\s*\(\s*(?:tương đương|tương ứng|bằng)?\s*$/u,
  examples: { hit: [' (', ' (tương đương ', '(tương ứng '], miss: [' (năm 2023: ', ', tương đương ', ' (trong đó '] },
});

/** Right after a bare count, a noun of time: "3 năm …", "6 tháng …". */
export const SPAN_NOUN = pattern({
  name: 'span-noun',
  description: 'Right after a bare count (tested on the words after it), a noun of time: the count is a span ("sau 3 năm triển khai"), no figure of an indicator.',
  re: /^\s*(?:năm|tháng|quý)(?![\p{L}])/u,
  examples: { hit: [' năm triển khai', ' tháng đầu năm', ' quý đầu năm'], miss: [' xã đạt chuẩn', ' lượt người'] },
});

/** A rate of households named: "tỷ lệ hộ dân …", "tỷ lệ số hộ …". */
export const HOUSEHOLD_RATE = pattern({
  name: 'household-rate',
  description: 'A rate of households named ("tỷ lệ hộ dân nông thôn sử dụng nước sạch"): where the report names one, a rate of people of the same thing is another measure.',
  re: /(?<![\p{L}])(?:tỷ|tỉ) lệ\s+(?:số\s+)?hộ(?![\p{L}])/iu,
  examples: { hit: ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch', 'tỷ lệ số hộ nghèo'], miss: ['Tỷ lệ dân số nông thôn', 'tỷ lệ hội viên'] },
});

/** Between an act of recognising and its count, its standard and "cho": "công nhận đạt chuẩn nông thôn mới nâng cao cho ". */
export const ACT_FOR = pattern({
  name: 'act-for',
  description: 'The words between an act of recognising and a count (tested on them): the standard recognised, then "cho" — the count is of the places recognised ("công nhận đạt chuẩn nông thôn mới nâng cao cho 09 xã").',
  re: /^[^,;.\d]{0,80}?(?<![\p{L}])(?:cho|đối với)\s*$/u,
  examples: { hit: ['đạt chuẩn nông thôn mới nâng cao cho ', 'cho ', 'đạt chuẩn nông thôn mới nâng cao đối với '], miss: ['đạt chuẩn nông thôn mới, trong đó ', 'đạt chuẩn nông thôn mới nâng cao '] },
});

/** In a count's own words, the year or the months it was recognised in, no "trong", no as-of: "… nâng cao năm 2023", "… 6 tháng đầu năm 2024". */
export const SPAN_SAID = pattern({
  name: 'span-said',
  description: 'In the words after a count an act of recognising opens, a year or months said without "trong" and without an as-of word ("… nâng cao năm 2023", "… kiểu mẫu 6 tháng đầu năm 2024"): the count is the span\'s new ones.',
  re: /(?<![\p{L}])(?<!(?:đến|hết|cuối|tính đến|đầu)\s)(?:năm\s+20\d\d|\d{1,2}\s+tháng\s+(?:đầu|cuối)\s+năm\s+20\d\d)(?!\d)/iu,
  examples: { hit: [' xã đạt chuẩn nông thôn mới nâng cao năm 2023', ' xã đạt chuẩn kiểu mẫu 6 tháng đầu năm 2024'], miss: [' xã đạt chuẩn đến năm 2025', ' xã đạt chuẩn tính đến hết năm 2024'] },
});

/** Before a year in a count's words, a document or a set of criteria the year is of: "theo Bộ tiêu chí ban hành năm 2022". */
export const YEAR_OF_DOCUMENT = pattern({
  name: 'year-of-document',
  description: 'In a count\'s words before a year (tested on them), a document or a set of criteria the year is of ("13 xã đạt chuẩn … theo Bộ tiêu chí ban hành năm 2022"): no year the places were recognised in.',
  re: /(?<![\p{L}])(?:bộ tiêu chí|ban hành|quyết định|nghị quyết|kế hoạch|thông tư|nghị định)(?![\p{L}])/iu,
  examples: { hit: [' xã đạt chuẩn nông thôn mới nâng cao theo Bộ tiêu chí ban hành ', ' xã theo Quyết định '], miss: [' xã đạt chuẩn nông thôn mới nâng cao ', ' xã đạt chuẩn kiểu mẫu '] },
});


export const ISSUED_LEAD = pattern({
  name: 'issued-lead',
  description: 'A plan named (its number and date may follow), then that it assessed or found the state up to the time it was issued, or an assessment at that time (tested on the words before "thời điểm ban hành"): its figures are the base — "Kết luận đánh giá đến thời điểm ban hành có 69 xã …", "Theo đánh giá tại thời điểm ban hành Kết luận, …".',
  re: /^\s*(?:(?:nghị quyết|kết luận|chương trình|kế hoạch|đề án)(?:\s+[^\s,;:]+){0,6}\s+(?:đánh giá|xác định|nêu)|theo đánh giá)\s+(?:đến|tại|vào)\s+$/iu,
  examples: { hit: ['Kết luận đánh giá đến ', 'Nghị quyết xác định tại ', 'Kết luận số 04-KL/TU ngày 18/7/2021 đánh giá đến ', 'Theo đánh giá tại '], miss: ['Tính đến ', 'Đến nay, toàn tỉnh có ', 'Kết luận đặt mục tiêu đến '] },
});

export const DONE_AT = pattern({
  name: 'done-at',
  description: 'A verb of a thing reached or built among the words before "ở", "tại" and a count of places (tested on those words): the count is of the places where it was reached — "mô hình … đã đạt chuẩn ở 4/112 thôn", "công nhận thôn đạt chuẩn … tại 95/112 thôn" — where a noun alone says only where something stands, "Một số tiêu chí xã nâng cao ở 04 xã …", and carrying out says where work goes on, "triển khai thực hiện tại 12 xã".',
  re: /(?<![\p{L}])(?:đạt|đạt chuẩn|được công nhận|công nhận|hoàn thành|xây dựng|duy trì|giữ vững|có)(?![\p{L}])/iu,
  examples: { hit: ['mô hình thôn nông thôn mới kiểu mẫu đã đạt chuẩn ', 'công nhận thôn đạt chuẩn nông thôn mới ', 'được xây dựng thành công ', 'Mô hình thôn nông thôn mới kiểu mẫu hiện có '], miss: ['Một số tiêu chí xã nâng cao ', 'Hộ nghèo ', 'Mô hình được triển khai thực hiện '] },
});

export const IN_TURN_LEAD = pattern({
  name: 'in-turn-lead',
  description: 'Words right before a run of bare figures that give them one for each result before, in turn (tested on the words before the run): "lần lượt (là)", "tương ứng (là)".',
  re: /(?:lần lượt|tương ứng)(?:\s+là)?\s*:?\s*$/u,
  examples: { hit: ['vượt mục tiêu đề ra lần lượt là ', 'tương ứng '], miss: ['vượt mục tiêu đề ra là ', 'lần lượt được công nhận năm '] },
});

export const IN_TURN_CLOSE = pattern({
  name: 'in-turn-close',
  description: 'What may follow the last of a run of bare targets in turn (tested on the words after it): the bracket\'s close, the clause\'s end, or the year they are due by first — "lần lượt là 80% và 5% vào năm 2025".',
  re: /^\s*(?:(?:vào|đến)\s+năm\s+(?:19|20)\d\d\s*)?(?:\)|[.;,]?\s*$)/u,
  examples: { hit: [')', ' vào năm 2025.', '.'], miss: [' số thôn', ' và 90% vào năm 2030 số xã'] },
});

export const YEARS_OWN_PLAN = pattern({
  name: 'years-own-plan',
  description: 'A source named in turn that is a year\'s plan or the unit\'s own (tested on the source\'s words): "kế hoạch năm 2023", "kế hoạch huyện giao", a "kế hoạch" that names no resolution — no target the pack holds.',
  re: /kế hoạch\s+(?:năm|của (?:huyện|xã|tỉnh)|huyện giao|tỉnh giao)|kế hoạch(?![^,;()]*(?:Nghị quyết|Kết luận|Chương trình))/iu,
  examples: { hit: ['vượt kế hoạch năm 2023 ', 'kế hoạch huyện giao '], miss: [' mục tiêu Nghị quyết ', 'kế hoạch thực hiện Nghị quyết số 16'] },
});

export const WAITS_FOR = pattern({
  name: 'waits-for',
  description: 'All that follows a sentence\'s data said pending is the condition it waits for (tested on those words): "sau khi quyết toán", "khi có số liệu chính thức" — the sentence still says nothing.',
  re: /^\s*(?:sau khi|khi|sau)(?![\p{L}])[^\d.;]{0,60}\.?\s*$/iu,
  examples: { hit: [' sau khi quyết toán.', ' khi Chi cục Thống kê công bố chính thức'], miss: [' sau khi quyết toán, đạt 45 tỷ đồng', ' và đã giải ngân 12 tỷ đồng'] },
});

export const DEFERRED_AT_END = pattern({
  name: 'deferred-at-end',
  description: 'A sentence that ends on "sẽ (được) bổ sung" after the data or their gathering named in it: the content is put off — "Phòng Tài chính - Kế hoạch đang tổng hợp số liệu, sẽ bổ sung." — where one that adds works or money ("…, UBND các xã sẽ bổ sung.") says something.',
  re: /(?<![\p{L}])(?:số liệu|nội dung|đang tổng hợp)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])sẽ\s+(?:được\s+)?bổ sung\s*[.)]*\s*$/iu,
  examples: { hit: ['Phòng Tài chính - Kế hoạch đang tổng hợp số liệu, sẽ bổ sung.', 'Nội dung này sẽ được bổ sung.'], miss: ['Biển báo giao thông trên các tuyến đường trục xã còn thiếu, UBND các xã sẽ bổ sung.', 'Hệ thống camera an ninh tại các thôn còn thiếu sẽ được bổ sung.'] },
});

/** A plan named at the sentence's start (after a short lead, "Trên cơ sở đó, "), then a verb that sets targets for a year or a day of it. */
export const PLAN_SETS_FOR_YEAR = pattern({
  name: 'plan-sets-for-year',
  description: 'A sentence that opens on a plan\'s name (after a short lead) and says what it sets for a year or a day, in its opening 200 characters (tested on the sentence): its figures are the plan\'s targets, and the date is the plan\'s, no figure\'s time.',
  re: /^\s*(?:[^,.;:\d]{1,30},\s*)?(?:nghị quyết|nq|kết luận|chương trình hành động|kế hoạch|đề án)(?![\p{L}])[^.;:]{0,160}?(?<![\p{L}])(?:đề ra|đặt ra|xác định|giao)(?:\s+cho\s+(?:các\s+)?(?:huyện|xã|thị xã|thành phố|thị trấn|đơn vị|địa phương)(?:\s+(?:\p{L}+|\d{1,2}(?![\d.,\/%]))){0,3}?)?\s+(?:mục tiêu\s+|chỉ tiêu\s+)?(?:(?:chậm nhất|muộn nhất)\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:năm\s+|(?:ngày\s+)?\d{1,2}\/\d{1,2}\/|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+|tháng\s+\d{1,2}\/)20\d\d(?!\d)(?!\s*,?\s*(?:đã|mới)\s)/iu,
  examples: {
    hit: ['Nghị quyết Đại hội Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2020 - 2025 đề ra đến năm 2025 huyện đạt chuẩn', 'Kết luận của Ban Chấp hành Đảng bộ tỉnh xác định đến ngày 30/6/2025 có 95% số xã', 'Kết luận xác định đến 30/6/2025 có 95% số xã', 'Kết luận số 15-KL/TU xác định chậm nhất đến ngày 30/6/2025 có 95% số xã', 'Kết luận xác định đến ngày 30 tháng 6 năm 2025 có 95% số xã', 'Chương trình hành động của Ban Cán sự Đảng UBND tỉnh xác định đến ngày 31/12/2025 có 85% số thôn', 'Kế hoạch tỉnh giao cho huyện đến năm 2025 có 09 xã đạt chuẩn NTM nâng cao', 'Kế hoạch của UBND huyện giao cho xã Sơn Kim 1 đến năm 2025 đạt 19/19 tiêu chí'],
    miss: ['Đến ngày 30/6/2025, toàn huyện có 17/18 xã đạt chuẩn', 'Thực hiện Kết luận, đến ngày 30/6/2025 toàn huyện có 95% số xã đạt chuẩn', 'Kế hoạch vốn ngân sách tỉnh năm 2024 giao cho huyện đến ngày 31/7/2024 đã giải ngân được 62.450 triệu đồng'],
  },
});

/** Right after a figure and before the next (tested on the words between): its change said against a base before or after it, then the change's figure — the claim after that change is the first figure's, and the change's figure no figure of the indicator. */
export const OWN_CHANGE = pattern({
  name: 'own-change',
  description: "Right after a figure and before the next (tested on the words between): its change said against a base before or after it, then the change's figure — the claim after that change is the first figure's, and the change's figure no figure of the indicator.",
  re: /^\s*,\s*(?:so với\s[^,;()]{1,60}?\s)?(?:tăng|giảm)(?:\s+thêm|\s+bình quân)?\s*$/u,
  examples: { hit: ['  , tăng ', ', so với năm 2020 tăng ', ', tăng bình quân ', ', giảm thêm '], miss: [', trong đó ', ' (năm 2020 là ', ', chiếm '] },
});

/** After a frame's words or a plan's (tested on the words up to the figure): a comma and the results the sentence goes on to — its figures are results, not targets. */
export const RESULTS_AFTER_FRAME = pattern({
  name: 'results-after-frame',
  description: "After a frame's words or a plan's (tested on the words up to the figure): a comma and the results the sentence goes on to — its figures are results, not targets.",
  re: /,\s*(?:và\s+)?kết quả(?![\p{L}])/iu,
  examples: { hit: [', kết quả đến 30/6/2024: ', ' phù hợp với từng năm, và kết quả '], miss: [' nâng cao kết quả ', ' đến năm 2025: '] },
});

/** The words between a fraction and its share said right after it (tested on the words between): the share is the fraction's, of the same scope. */
export const SHARE_AFTER_FRACTION = pattern({
  name: 'share-after-fraction',
  description: "The words between a fraction and its share said right after it (tested on the words between): the share is the fraction's, of the same scope.",
  re: /^[^,;()\d]{0,80},\s*(?:(?:đạt|chiếm|bằng)(?:\s+tỷ lệ)?|tỷ lệ(?:\s+(?:đạt|là))?)\s*$/u,
  examples: { hit: [' thôn đạt chuẩn, đạt ', ', chiếm ', ' thôn đã được công nhận đạt chuẩn nông thôn mới, đạt ', ', tỷ lệ đạt '], miss: [' thôn; tỷ lệ ', ' (năm 2020: '] },
});

/** A clause that only says someone is still gathering or checking something (tested on the clause before a ';'): before a deferral, filler too. */
export const GATHERING = pattern({
  name: 'gathering',
  description: "A clause that only says someone is still gathering or checking something (tested on the clause before a ';'): before a deferral, filler too.",
  re: /^[^;.]{0,80}?(?<![\p{L}])đang\s+(?:tổng hợp|rà soát|thu thập|chờ|xin ý kiến|lấy ý kiến)(?![\p{L}])[^;.]*$/iu,
  examples: { hit: ['Sở Y tế đang tổng hợp ý kiến của các Trung tâm Y tế huyện, thị xã, thành phố', 'Văn phòng Điều phối đang rà soát số liệu'], miss: ['Sở Y tế đã tổng hợp ý kiến của 18 đơn vị', 'Các xã đang triển khai xây dựng nhà văn hóa'] },
});

/** A column header that says its figures count places (tested on the header): no figure of an indicator measured otherwise. */
export const PLACES_COUNTED = pattern({
  name: 'places-counted',
  description: 'A column header that says its figures count places (tested on the header): no figure of an indicator measured otherwise.',
  re: /(?<![\p{L}])số\s+(?:xã|thôn|huyện|ấp|bản|đơn vị)(?![\p{L}])/iu,
  examples: { hit: ['Đến 30/6/2024 (số xã)', 'Số thôn đạt chuẩn', 'Số đơn vị'], miss: ['Tỷ lệ (%)', 'Thu nhập (triệu đồng)', 'Xã'] },
});

// ── session 36: shapes read by facts.ts, facts-claims.ts, indicators.ts and table-facts.ts

/** "còn" right before a count (tested on the dozen characters before it): the count opens what is left. */
export const REMAINDER_BEFORE = pattern({
  name: 'remainder-before',
  description: 'Right before a count, "còn" (or "còn lại"): the count is what is left; with a not-yet-recognised phrase after it in its clause, a count of those not up to standard ("còn 67/185 thôn thuộc các xã …, xã bãi ngang ven biển chưa đạt chuẩn").',
  re: /(?<![\p{L}])còn(?:\s+lại)?\s*$/iu,
  examples: { hit: ['chưa đồng đều; còn ', 'số còn lại '], miss: ['toàn tỉnh có ', 'xã còn có '] },
});

/**
 * The words before the figure of a clause after ";" that only quotes a target, naming no indicator: "…; mục tiêu Nghị quyết đề ra đến năm
 * 2025 là 75%" — of the indicator whose result the clause before gave (nvn01).
 */
export const TARGET_ONLY_LEAD = pattern({
  name: 'target-only-lead',
  description: 'The words of a clause after ";" up to its figure (tested on them whole): "mục tiêu" or "chỉ tiêu", the plan that sets it or none, a year, a verb and a bound — no other words, so no indicator or part of its own; the figure is the target of the indicator the clause before gave a result of.',
  re: /^\s*(?:(?:trong khi|còn|so với)\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+(?:của\s+)?(?:nghị quyết|nq|chương trình hành động|cthđ|ctrhđ|kết luận|kl)(?:\s+(?:số\s+)?[\d\-/A-ZĐa-zđ.]+)?)?(?:\s+(?:của\s+)?(?:ban chấp hành đảng bộ tỉnh|tỉnh ủy|tỉnh uỷ|bch đảng bộ tỉnh))?(?:\s+(?:đã\s+)?đề ra)?(?:\s+(?:đến|vào)\s+(?:cuối\s+)?năm\s+(?:19|20)\d\d)?\s*(?:là|:|\(\s*(?:(?:là|đạt)\s+)?)\s*(?:(?:tối thiểu|ít nhất|trên|từ)\s+)?$/iu,
  examples: {
    hit: ['mục tiêu Nghị quyết đề ra đến năm 2025 là ', ' So với mục tiêu Nghị quyết đến năm 2025 (đạt ', ' chỉ tiêu Chương trình hành động của Tỉnh ủy là ', ' mục tiêu Nghị quyết số 16-NQ/TU đề ra là tối thiểu ', ' trong khi mục tiêu Kết luận đề ra là ', ' mục tiêu đề ra là '],
    miss: [' năm 2020 là ', ' đến nay đạt ', ' mục tiêu của huyện đến năm 2025 là ', ' chỉ tiêu về lao động nữ là ', ' mục tiêu Nghị quyết Đại hội Đảng bộ huyện là '],
  },
});

/** After a figure a clause lends an indicator to (tested on the words after it): nothing more, a bracket, or a verdict. */
export const VERDICT_OR_END = pattern({
  name: 'verdict-or-end',
  description: 'After the figure of a clause that takes the indicator of the target before it ("…; đến nay xã đạt 70,4%, vượt mục tiêu"): the figure is bare — nothing, a bracket, or a verdict follows; not a noun of its own ("85,3% học viên"), a share of the plan ("103,4% so với mục tiêu") or a share said to meet another norm ("62,5% đạt quy chuẩn kỹ thuật quốc gia").',
  re: /^\s*(?:[,.;]|\((?!\s*(?:đạt|theo|đáp ứng)?\s*(?:quy chuẩn|QCVN|tiêu chuẩn))|$|(?:vượt|chưa đạt|chưa hoàn thành|cao hơn|thấp hơn|bằng)(?![\p{L}])|hoàn thành(?:\s+(?:vượt(?:\s+mức)?|sớm))?(?:\s+(?:mục tiêu|chỉ tiêu|kế hoạch)(?![\p{L}])|\s*(?:[,.;]|$))|(?:đạt|hoàn thành)\s+\d)/iu,
  examples: { hit: [', vượt mục tiêu', '', ' (kế hoạch của xã năm 2024 là 68%)', ' chưa đạt chỉ tiêu', ' chưa hoàn thành mục tiêu', ' bằng 99,3% mục tiêu', ' đạt 98,7% mục tiêu'], miss: [' học viên sau đào tạo có việc làm ổn định', ' so với mục tiêu', ' đạt quy chuẩn kỹ thuật quốc gia', ' (đạt quy chuẩn QCVN 01-1:2018/BYT)', ' hoàn thành điều chỉnh quy hoạch chung xây dựng xã'] },
});

/** A line's label that opens on the noun counted itself, no name after it (tested on the words before a bare count). */
export const NOUN_LABEL = pattern({
  name: 'noun-label',
  description: 'A label that opens on the noun counted, no "Số" before it, then straight its status ("còn", "đạt", "được", "chưa" …), then a colon: a bare count after it counts that noun ("- Xã còn dưới 15 tiêu chí: 0"); not a place named ("- Xã Sính Phình: 19") nor a kind of places ("- Xã đặc biệt khó khăn đạt chuẩn …: 09"). Group 1 is the noun.',
  re: /(?:^|[.;:\n]\s*|^[\s\-–+•*]*|[\-–+•*]\s*)(Xã|xã|Thôn|thôn|Huyện|huyện|Bản|bản|Ấp|ấp)\s+(?:còn|đạt|đã|được|chưa|không|dưới|hoàn thành)\s[^:;]{0,100}:\s*$/u,
  examples: { hit: ['- Xã còn dưới 15 tiêu chí: ', 'Thôn đạt chuẩn nông thôn mới: '], miss: ['- Xã Sính Phình: ', 'Số xã đạt chuẩn: ', 'Toàn xã: ', '- Xã đặc biệt khó khăn đạt chuẩn nông thôn mới: ', '- Xã biên giới đạt chuẩn nông thôn mới: '] },
});

/** One criterion of the national set named by its name or number, in a label. */
export const ONE_CRITERION = pattern({
  name: 'one-criterion',
  description: 'A label naming one criterion by its name or number ("tiêu chí Giao thông", "tiêu chí số 17"): a count under it counts places that met that criterion, not the standard.',
  re: /(?<![\p{L}])(?<![Bb]ộ\s)tiêu chí\s+(?:số\s*\d|\d|\p{Lu}|(?:giao thông|thủy lợi|thuỷ lợi|điện|trường học|cơ sở vật chất|cơ sở hạ tầng|thông tin|nhà ở|thu nhập|nghèo|hộ nghèo|lao động|tổ chức sản xuất|giáo dục|y tế|văn hóa|văn hoá|môi trường|hệ thống chính trị|quốc phòng|an ninh|quy hoạch)(?![\p{L}]))/u,
  examples: { hit: ['- Xã đạt chuẩn tiêu chí Giao thông: ', 'Số xã đạt tiêu chí số 17: ', '- Xã đạt chuẩn tiêu chí giao thông: '], miss: ['- Xã còn dưới 15 tiêu chí: ', 'Số xã đạt chuẩn theo Bộ tiêu chí: ', '- Xã đạt chuẩn nông thôn mới theo Bộ tiêu chí Quốc gia: '] },
});

/** Right before a figure: the words of a correction that gives it. */
export const RIGHT_FIGURE_LEAD = pattern({
  name: 'right-figure-lead',
  description: 'After a figure said to be written wrong (lexicon: mistaken-figure), the words right before the right one: "… ghi 87,5% là do lỗi đánh máy, số liệu đúng là 78,6%" — the right figure is the same subject\'s.',
  re: /^[^\d;]{0,60}?(?:(?:số liệu|số|con số)\s+(?:đúng|chính xác)\s+là|(?:sửa|điều chỉnh)\s+(?:lại\s+)?(?:là|thành))\s*$/iu,
  examples: { hit: [' là do lỗi đánh máy, số liệu đúng là ', ', nay sửa lại là '], miss: [' là do lỗi đánh máy, số liệu năm 2022 là ', ' là do lỗi đánh máy; 12 xã '] },
});

export const CORRECTED_TO = pattern({
  name: 'corrected-to',
  description: 'Right before a figure, the words of a correction ("nay điều chỉnh là ", "được điều chỉnh lại thành "): the figure is the one the report now gives.',
  re: /(?<![\p{L}])điều chỉnh(?:\s+lại)?\s+(?:là|thành)\s*$/iu,
  examples: { hit: ['nay điều chỉnh là ', 'được điều chỉnh lại thành '], miss: ['đề nghị điều chỉnh lên ', 'điều chỉnh quy hoạch '] },
});

/** "diện tích" right after a share, as the area a rate of hectares counts. */
export const AREA_ITSELF = pattern({
  name: 'area-itself',
  description: 'Right after a share, "diện tích" of the production area, the crops, the land farmed, or said no further ("100% diện tích sản xuất được chủ động tưới", "65% diện tích cây trồng cần tưới"): the hectares a rate of area counts; not the area of one crop or of a plan ("95% diện tích lúa hai vụ", "101,2% diện tích kế hoạch").',
  re: /^\s*(?:(?:tổng\s+)?số\s+)?diện tích\s*(?:$|[,.;)]|(?:đất\s+)?(?:sản xuất|canh tác|cây trồng|gieo trồng)(?:\s+nông nghiệp)?(?:\s+(?:của|trên địa bàn|toàn)(?:\s+toàn)?\s+(?:huyện|xã|tỉnh|thành phố))?(?:\s+hằng năm)?\s*(?:$|[,.;)]|(?:được|đã|có|cần|chủ động)(?![\p{L}])))/iu,
  examples: { hit: [' diện tích sản xuất được chủ động tưới', ' diện tích sản xuất nông nghiệp được tưới', ' diện tích cây trồng cần tưới', ' diện tích.', ' diện tích đất sản xuất nông nghiệp trên địa bàn huyện đã được chủ động nước tưới'], miss: [' diện tích lúa hai vụ', ' diện tích kế hoạch', ' diện tích đã được tưới nhỏ giọt', ' diện tích gieo trồng lúa', ' diện tích sản xuất lúa', ' diện tích cây trồng chủ lực', ' diện tích sản xuất chưa được tưới', ' diện tích gieo trồng theo kế hoạch'] },
});

/** The rest named as a claim's subject, right before it (tested on the 30 characters before the claim). */
export const REST_BEFORE = pattern({
  name: 'rest-before',
  description: 'Right before a claim, the rest as its subject ("…, còn lại chưa đạt chuẩn", "số còn lại đều đã đạt"): said of the others, not of the figure before it.',
  re: /(?<![\p{L}])còn lại(?:\s+(?:đều|cũng|đã|vẫn))*\s*$/iu,
  examples: { hit: ['đạt chuẩn (63,8%), còn lại ', 'số còn lại đều '], miss: ['đạt 72,4%, ', 'còn '] },
});

/** A row label that opens on what was achieved against a plan (tested on the label). */
export const RESULT_LABEL = pattern({
  name: 'result-label',
  description: 'A table row whose label opens on what was achieved against a plan ("Kết quả thực hiện so với đăng ký"): a row of results among rows of plans.',
  re: /^\s*(?:\d+[.)]?\s*)?kết quả(?:\s+thực hiện)?\s+so với(?![\p{L}])/iu,
  examples: { hit: ['Kết quả thực hiện so với đăng ký', '2. Kết quả so với kế hoạch'], miss: ['Dự kiến kết quả đạt được', 'Kết quả thực hiện'] },
});

/** A row of a table by place that gives the whole unit's average (tested on the label). */
export const WHOLE_AVERAGE = pattern({
  name: 'whole-average',
  description: 'A row of a table by place whose whole label is the unit\'s average ("Bình quân", "Bình quân chung", "Bình quân toàn huyện", "Chung toàn xã"): the unit\'s figure; not a group\'s ("Bình quân chung các xã vùng cao").',
  re: /^\s*(?:(?:bình quân|trung bình)(?:\s+chung)?(?:\s+(?:của\s+)?(?:toàn\s+)?(?:huyện|xã|tỉnh|thành phố|thị xã))?|chung\s+toàn\s+(?:huyện|xã|tỉnh|thành phố|thị xã))\s*$/iu,
  examples: { hit: ['Bình quân', 'Bình quân chung', 'Bình quân toàn huyện', 'Chung toàn xã'], miss: ['Bình quân chung các xã vùng cao', 'Bình quân thu nhập'] },
});

/** A cell that opens on a verdict, whatever figure follows it. */
export const VERDICT_OPENS = pattern({
  name: 'verdict-opens',
  description: 'A table cell that opens on a verdict, whatever figure follows it ("Vượt 2,4%", "Chưa đạt (thiếu 1,2%)"): an assessment column\'s cell.',
  re: /^\s*(?:đạt|vượt|chưa đạt|không đạt|hoàn thành|chưa hoàn thành)(?![\p{L}])/iu,
  examples: { hit: ['Vượt 2,4%', 'Chưa đạt (thiếu 1,2%)', 'Đạt'], miss: ['Đang thực hiện', '72,4'] },
});

/** Right after a count of communes or districts, "mới" that makes them the units formed by the 2025 reorganisation (tested on the words after the count). */
export const NEW_UNITS_AFTER = pattern({
  name: 'new-units-after',
  description: 'Right after a count of places, "mới" then words of their forming ("14 xã mới mà tất cả các xã cũ cấu thành …", "60 xã mới sau sắp xếp", "xã mới được hình thành"): units of the new administrative map, another count than the indicator\'s (session 36, zo01); not "03 xã mới đạt chuẩn" (newly recognised).',
  re: /^\s*mới\s+(?:mà|sau\s+(?:khi\s+)?(?:sắp xếp|sáp nhập)|(?:được\s+)?(?:hình thành|thành lập))(?![\p{L}])/iu,
  examples: { hit: [' mới mà tất cả các xã cũ cấu thành', ' mới sau sắp xếp', ' mới được hình thành'], miss: [' mới đạt chuẩn nông thôn mới', ' đạt chuẩn nông thôn mới'] },
});

/** A kind of irrigation named beside a share of area (tested on the clause around the share). */
export const IRRIGATION_KIND = pattern({
  name: 'irrigation-kind',
  description: 'A kind of irrigation named beside a share of area — advanced, drip, sprinkler, water-saving ("30% diện tích canh tác được tưới tiên tiến, tiết kiệm nước", "tưới nhỏ giọt chiếm 12% diện tích canh tác"): the share is of that kind\'s area, not of the area watered at all (review-36e A5, review-36f D2, D7).',
  re: /(?<![\p{L}])(?:(?:biện pháp|công nghệ|phương pháp)\s+)?tưới\s+(?:bằng\s+(?:các\s+)?(?:biện pháp|công nghệ|phương pháp)\s+)?(?:tiên tiến|nhỏ giọt|phun(?:\s+mưa)?|tiết kiệm)(?![\p{L}])|(?<![\p{L}])tưới\s+TT(?![\p{L}])/iu,
  examples: { hit: ['được tưới tiên tiến, tiết kiệm nước', 'tưới nhỏ giọt chiếm 12%', 'áp dụng tưới phun mưa', 'được tưới bằng các biện pháp tiên tiến, tiết kiệm nước', 'tưới TT, TKN'], miss: ['được chủ động tưới', 'tưới tiêu chủ động', 'được tưới chủ động, góp phần tiết kiệm nước', 'ứng dụng công nghệ tiên tiến trong sản xuất'] },
});

/** A clause that opens on "Mục tiêu", after a run-in label if any: its figure may be the plan's (plan-claims). */
export const OPENS_ON_TARGET = pattern({
  name: 'opens-on-target',
  description: 'A clause (tested from its start) that opens on "Mục tiêu", after a run-in label if any ("5. Về giao thông: Mục tiêu …"), or on "Chỉ tiêu" with the plan that sets it named right after, that sets it out ("đề ra", "giao") and gives it with "có" or "là" ("chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện … đề ra đến cuối năm 2023 có " — nwp04; "Chỉ tiêu Kế hoạch năm 2023 của huyện có " — review-48b C4; not "chỉ tiêu thu nhập", a criterion\'s indicator, nor "Chỉ tiêu Nghị quyết … về thu nhập năm 2023 đạt", a result — review-48b C5).',
  re: new RegExp(String.raw`^\s*(?:[^:;]{0,80}:\s*)?(?:mục tiêu(?![\p{L}])|chỉ tiêu\s+(?:(?:của|theo|tại)\s+)?(?:${PLAN_KINDS})(?![\p{L}])(?=(?:\s+năm\s+(?:19|20)\d\d|[^;:]*?(?:đề ra|đặt ra|giao)(?![\p{L}]))[^;:]*?\s(?:có|là)\s*$))`, 'iu'),
  examples: { hit: ['Mục tiêu Quyết định số 2105/QĐ-UBND đề ra', 'Về giao thông: Mục tiêu Kế hoạch số 45/KH-UBND', 'chỉ tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII đề ra đến cuối năm 2023 có ', 'Chỉ tiêu Kế hoạch năm 2023 của huyện có '], miss: ['Theo kết quả rà soát, chỉ tiêu thu nhập có', 'Để đạt mục tiêu', 'Chỉ tiêu thu nhập theo kế hoạch', 'Chỉ tiêu Nghị quyết Đại hội về thu nhập năm 2023 đạt '] },
});

/** What was recognised, named right after a count: the count is a result, not a target's. */
export const RECOGNISED_AFTER = pattern({
  name: 'recognised-after',
  description: 'Words right after a count (tested on the 60 characters after it) that say it was recognised: "01 xã được công nhận là xã Tân Hòa", "03 xã đã được công nhận".',
  re: /^[^,;.]{0,40}?(?:được công nhận là|(?:đã|vừa) được)(?![\p{L}])/iu,
  examples: { hit: [' xã được công nhận là xã Tân Hòa', ' xã đã được công nhận'], miss: [' xã đạt tiêu chí số 2 về Giao thông', ' sản phẩm OCOP được công nhận mới'] },
});

// ── read by facts.ts (session 43)

/** After a count's places, "có" and a thing of theirs that is up to standard: the standard is the thing's, not the places'. */
export const OWNED_THING_STANDARD = pattern({
  name: 'owned-thing-standard',
  description: 'Right after a count (tested on the 100 characters after it): the places it counts, "có" and a thing of theirs said up to standard ("19/19 xã có điểm vui chơi, khu thể thao xã đạt chuẩn") — the count is of places that have the thing, no count of places up to the NTM standard (group 1: the thing). Not a decision ("QĐ" too), criteria (but one criterion named, "có tiêu chí giao thông đạt chuẩn", is a thing of theirs: review-43b A11), a file or a chance, named anywhere in the thing, which the places themselves are up to standard by or short of (review-43b N1–N6).',
  re: /^[\s,]*(?:\p{L}+,?\s+){0,3}?(?:đều\s+|đã\s+)?có\s+(?!(?:(?!đạt(?![\p{L}]))[^\s\d,;.()]+,?\s+){0,8}?(?:quyết định|qđ|công nhận|(?:tiêu chí|chỉ tiêu)(?!\s+(?!đạt(?![\p{L}]))\p{L})|đủ|khả năng|hồ sơ|thêm|nhiều|tất cả|\d)(?![\p{L}]))((?:[^\s\d,;.()]+,?\s+){1,8}?)(?:đều\s+|đã\s+)?(?:được\s+(?:công nhận\s+)?)?đạt\s+(?:tiêu\s+)?chuẩn(?![\p{L}])/iu,
  examples: {
    hit: [' xã có điểm vui chơi, khu thể thao xã đạt chuẩn', ' thôn có nhà sinh hoạt cộng đồng đạt chuẩn, 02 thôn đang sửa chữa', ' thôn có tiêu chí giao thông đạt chuẩn', ' thôn có sân chơi cho trẻ em đạt chuẩn', ' xã, thị trấn có thiết chế văn hóa đạt chuẩn'],
    miss: [' xã có quyết định công nhận đạt chuẩn nông thôn mới', ' xã có 19/19 tiêu chí đạt chuẩn', ' xã có khả năng đạt chuẩn', ' xã đạt chuẩn nông thôn mới', ' xã có tỷ lệ hộ nghèo 2,1%, đạt chuẩn', ' thôn đã có QĐ công nhận đạt chuẩn nông thôn mới', ' thôn có QĐ của UBND huyện công nhận đạt chuẩn', ' thôn có tất cả các tiêu chí đạt chuẩn nông thôn mới'],
  },
});

// ── read by table-facts.ts (session 43)

/** A column header naming the province's action programme, the plan the packs transcribe (CTHĐ of the Tỉnh ủy or the UBND tỉnh). */
export const PROVINCE_PROGRAMME_HEADER = pattern({
  name: 'province-programme-header',
  description: 'A column header that names an action programme (CTHĐ) as the province\'s — "Chỉ tiêu CTHĐ của tỉnh đến năm 2025", "Chỉ tiêu CTHĐ của Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 10-CTr/TU" — or as the one carrying out the province\'s resolution by its number, "Chỉ tiêu CTHĐ thực hiện NQ 16 đến năm 2025" (nyy01; not a bare "Chỉ tiêu CTHĐ", at a district\'s level as likely its own — review-59 A17): its figures are the plan\'s targets, quoted (see own-programme-header for what makes it none).',
  re: /(?<![\p{L}])(?:cthđ|ctrhđ|chương trình hành động)(?![\p{L}])(?:[^()]{0,60}?(?<![\p{L}])(?:tỉnh ủy|ubnd tỉnh|ủy ban nhân dân tỉnh|đảng bộ tỉnh|của tỉnh)(?![\p{L}])|\s+số\s+\d+\s*-\s*ctr\s*\/\s*tu(?![\p{L}])|\s+thực hiện\s+(?:nq|nghị quyết)(?:\s+số)?\s+\d+(?:\s*-\s*nq\s*\/\s*tu)?(?!\s*-|[\d\p{L}\/]))/iu,
  examples: { hit: ['Chỉ tiêu CTHĐ của tỉnh đến năm 2025', 'Chỉ tiêu CTHĐ của Ban Thường vụ Tỉnh ủy đến năm 2025', 'Chỉ tiêu CTHĐ của BCH Đảng bộ tỉnh', 'Chương trình hành động số 10-CTr/TU', 'Chỉ tiêu CTHĐ thực hiện NQ 16 đến năm 2025', 'Chỉ tiêu CTHĐ thực hiện Nghị quyết số 16-NQ/TU'], miss: ['Chỉ tiêu CTHĐ số 42-CTr/HU đến năm 2025', 'Chỉ tiêu CTHĐ năm 2024', 'Mục tiêu NQ 16 đến năm 2025', 'Chỉ tiêu CTHĐ đến năm 2025', 'Chỉ tiêu CTHĐ thực hiện NQ 05-NQ/HU'] },
});

/** What makes a header naming the province's programme none of its targets: a year's step, the unit's own or a ministry's. */
export const OWN_PROGRAMME_HEADER = pattern({
  name: 'own-programme-header',
  description: 'Words in a header naming the province\'s programme that make its column none of the plan\'s targets (review-43b): a year\'s step ("năm 2024" — not "đến năm 2025", a span "giai đoạn 2021 - 2025" nor the programme\'s own date "ngày 20 tháng 4 năm 2021", review-43c E3n), the unit\'s own ("huyện đăng ký", "của Thị ủy", "giao cho xã") or a ministry\'s ("Ban cán sự đảng Bộ NN&PTNT"). Results are results-opening-header\'s.',
  re: /(?<![\p{L}])(?:huyện|xã|thị xã|thị ủy|thành ủy|huyện ủy|đảng ủy|sở|đăng ký|giao|bộ(?!\s+tỉnh))(?![\p{L}])|\/\s*(?:hu|đu|du|qu|txu|tu-hu)(?![\p{L}])|(?<!(?:đến|tới)\s+(?:năm\s+|hết\s+năm\s+|cuối\s+năm\s+)?)(?<!tháng\s+\d{1,2}\s+năm\s+)(?<!(?:giai đoạn|gđ)\s+(?:(?:19|20)\d\d\s*[-–]\s*)?)(?<![-–]\s*)(?<![\d/])(?:19|20)\d\d(?!\d)(?!\s*[-–]\s*(?:19|20)\d\d)/iu,
  examples: { hit: ['Chỉ tiêu CTHĐ của tỉnh năm 2024', 'Chỉ tiêu huyện đăng ký theo CTHĐ của tỉnh', 'Chỉ tiêu CTHĐ số 41-CTr/HU thực hiện NQ 16', 'Chỉ tiêu CTHĐ số 15-CTr/TU của Thị ủy', 'Chỉ tiêu CTHĐ của Ban cán sự đảng Bộ NN&PTNT', 'Năm 2024'], miss: ['Chỉ tiêu CTHĐ của tỉnh đến năm 2025', 'Chỉ tiêu CTHĐ của BCH Đảng bộ tỉnh', 'Chương trình hành động số 10-CTr/TU', 'Chỉ tiêu theo CTHĐ số 10-CTr/TU ngày 20 tháng 4 năm 2021 của Tỉnh ủy', 'Chỉ tiêu CTHĐ của UBND tỉnh giai đoạn 2021 - 2025', 'Chỉ tiêu CTHĐ của UBND tỉnh giai đoạn 2021-2025'] },
});

/** A header that says its column holds results, not opening on the target's words: "Kết quả thực hiện các chỉ tiêu CTHĐ của tỉnh". */
export const RESULTS_HEADER = pattern({
  name: 'results-header',
  description: 'A column header naming the province\'s programme that says its figures are results ("Kết quả thực hiện …", "… triển khai …", "đạt được", "ước", "lũy kế") — unless it opens on the target\'s own words, "Mục tiêu thực hiện CTHĐ của Tỉnh ủy đến năm 2025" (review-43c E1n).',
  re: /^(?!\s*(?:mục tiêu|chỉ tiêu|kế hoạch|kh)(?![\p{L}])).*(?<![\p{L}])(?:kết quả|thực hiện|triển khai|đạt được|ước|lũy kế|th)(?![\p{L}])/iu,
  examples: { hit: ['Kết quả thực hiện các chỉ tiêu CTHĐ của tỉnh', 'Kết quả triển khai CTHĐ của Tỉnh ủy', 'Kết quả đạt được theo CTHĐ của Tỉnh ủy'], miss: ['Mục tiêu thực hiện CTHĐ của Tỉnh ủy đến năm 2025', 'Chỉ tiêu CTHĐ của tỉnh đến năm 2025'] },
});

/** None of the unit's places reached a standard, said in words ("chưa có thôn đạt chuẩn thôn nông thôn mới kiểu mẫu"): a count of zero. */
export const NONE_REACHED = pattern({
  name: 'none-reached',
  description: 'None of the places reached a standard, in words: "chưa có"/"không có" right before the place (villages, communes, districts; "nào" allowed) and its reaching ("đạt chuẩn", "được công nhận", "đạt"): a count of zero, as firm as "0 thôn" — the reaching may be "cơ bản đạt", the standard of districts ("Chưa có huyện cơ bản đạt chuẩn nông thôn mới nâng cao", nzg02). Not "chưa có thêm xã nào" (none more: no total), nor a place that registered or plans ("chưa có thôn đăng ký").',
  re: /(?<![\p{L}])(?:chưa|không)\s+có\s+(xã|thôn|bản|ấp|huyện)(?:\s+nào)?\s+(?:cơ\s+bản\s+)?(?:được\s+công\s+nhận|đạt)(?![\p{L}])/iu,
  examples: {
    hit: ['chưa có thôn đạt chuẩn thôn nông thôn mới kiểu mẫu', 'huyện chưa có xã nào được công nhận đạt chuẩn NTM kiểu mẫu', 'không có bản đạt chuẩn', 'Chưa có huyện cơ bản đạt chuẩn nông thôn mới nâng cao'],
    miss: ['chưa có thêm xã nào đạt chuẩn', 'chưa có thôn đăng ký xây dựng thôn kiểu mẫu', 'không có xã nào còn dưới 15 tiêu chí', 'có 3/11 thôn đạt chuẩn'],
  },
});

/** Before "chưa có … đạt" in its clause: nothing but the unit itself and "now" — the zero is the unit's, at the report's time. */
export const NONE_REACHED_LEAD = pattern({
  name: 'none-reached-lead',
  description: 'The words of a clause before "chưa có/không có <places> đạt …" (after its last ";" or ":"), when the zero is the unit\'s now: nothing, a dash, "đến nay", "hiện nay", the unit named ("xã", "toàn huyện", "cả tỉnh") — not a time ("Từ chỗ", "Thời điểm ban hành Nghị quyết, toàn huyện", "Từ đầu năm đến nay, toàn tỉnh"), nor some places ("còn 05 xã", "hỗ trợ các xã", "Trong 59 xã khu vực III, ").',
  re: /^[\s\-–+•*]*(?:(?:đến nay|hiện nay|hiện tại|tính đến nay)\s*,?\s*)?(?:(?:toàn|cả|trên địa bàn)\s+)?(?:xã|huyện|tỉnh|thị xã|thành phố|địa phương|đơn vị)?\s*(?:(?:đến nay|hiện nay|hiện|vẫn|cũng)\s+)*$/iu,
  examples: { hit: [' ', '- ', 'Đến nay, toàn huyện ', 'Đến nay, trên địa bàn huyện ', 'Xã vẫn ', 'hiện nay huyện '], miss: ['Từ chỗ ', 'Thời điểm ban hành Nghị quyết, toàn huyện ', 'Từ đầu năm đến nay, toàn tỉnh ', 'còn 05 xã ', 'hỗ trợ các xã ', 'Trong 59 xã khu vực III, '] },
});

/** After "chưa có … đạt" in its clause, words of a time or of what befell the places: no count of the unit's places now. */
export const NONE_REACHED_TAIL = pattern({
  name: 'none-reached-tail',
  description: 'After "chưa có/không có <places> đạt …" in its clause, words that make it something else than the unit\'s count now: a time ("trong năm 2021", "giai đoạn 2016-2020", "khi bắt đầu", "từ …", "sau …", "trước …"), none of them that befell something ("… nào bị rớt chuẩn"), or more of them ("thêm").',
  re: /(?<![\p{L}])(?:nào|bị|trong|từ|giai đoạn|năm|khi|so với|thêm|lần|sau|trước|phải)(?![\p{L}])/iu,
  examples: { hit: [' chuẩn nông thôn mới nâng cao trong năm 2021', ' chuẩn nông thôn mới nào bị rớt chuẩn', ' chuẩn nông thôn mới nâng cao trong giai đoạn 2016-2020'], miss: [' chuẩn thôn nông thôn mới kiểu mẫu', ' chuẩn nông thôn mới kiểu mẫu'] },
});

/** Before a bracket after a count, words that compare with another place's or an average figure: the bracket holds that figure. */
export const COMPARED_AVERAGE = pattern({
  name: 'compared-average',
  description: 'Words between a count and the bracket after it that compare with another place or an average ("cao hơn bình quân chung của tỉnh (85,9%)", "so với cả nước (80,2%)"): the share in the bracket is that other figure, not the count\'s.',
  re: /(?<![\p{L}])(?:cao hơn|thấp hơn|bằng|so với|gấp)(?![\p{L}])[^()]{0,60}(?:bình quân|trung bình|chung|cả nước|toàn quốc|toàn tỉnh|của tỉnh|của vùng|khu vực)/iu,
  examples: { hit: ['98/112 thôn đạt chuẩn nông thôn mới, cao hơn bình quân chung của tỉnh ', ' thôn đạt chuẩn, thấp hơn so với cả nước '], miss: [' thôn đạt chuẩn nông thôn mới ', ', chiếm ', ' thôn đạt chuẩn nông thôn mới kiểu mẫu '] },
});

/** In a clause that quotes a target, another body's numbered document: the target is that body's, not the pack's plan. */
export const OTHER_BODY_NUMBER = pattern({
  name: 'other-body-number',
  description: 'A document numbered the way a council, a department or a people\'s committee numbers its own ("15/NQ-HĐND", "85/KH-SLĐTBXH", "245/QĐ-UBND"): a target quoted beside it is that body\'s, not the plan the pack transcribes (its number is written "16-NQ/TU").',
  re: /\d+\s*\/\s*(?:NQ|KL|KH|CTr|CTHĐ|QĐ|TTr|BC)\s*-\s*[A-ZĐ&]+/u,
  examples: { hit: ['Chỉ tiêu Nghị quyết số 15/NQ-HĐND đến năm 2025 là ', 'theo Kế hoạch số 85/KH-SLĐTBXH của Sở'], miss: ['mục tiêu Nghị quyết số 16-NQ/TU đề ra là ', 'mục tiêu Nghị quyết đến năm 2025 là '] },
});

/** A bracket after a target's figure that says whose plan it is. */
export const OWNER_BRACKET = pattern({
  name: 'owner-bracket',
  description: 'A bracket after a target\'s figure that names whose plan it is — a congress, a party committee, a council, a department, the unit itself ("(Nghị quyết Đại hội Đảng bộ huyện lần thứ XX)", "(theo Kế hoạch số … của Sở)"): the target is that owner\'s.',
  re: /\([^()]*(?:đại hội|kế hoạch số|ban chấp hành|ban thường vụ|huyện ủy|huyện uỷ|đảng ủy|đảng uỷ|đảng bộ (?:huyện|xã)|hđnd|của\s+(?:sở|huyện|xã|ngành|ubnd|hđnd|phòng))(?![\p{L}])/iu,
  examples: { hit: [' (Nghị quyết Đại hội Đảng bộ huyện lần thứ XX).', ' (theo Kế hoạch số 85/KH-SLĐTBXH của Sở).', ' (Nghị quyết chuyên đề của Ban Chấp hành Đảng bộ huyện)'], miss: ['), chỉ tiêu này còn thấp', ' (năm 2020 là 61,3%)', '.'] },
});

/** A clause that opens on the comparison with a target: "So với mục tiêu …", "So với chỉ tiêu …". */
export const SO_VOI_TARGET = pattern({
  name: 'so-voi-target',
  description: 'A clause opening on the comparison with a target ("So với mục tiêu …", "So với chỉ tiêu …"): a bound alone in a bracket after it, then the measure\'s subject, is that measure\'s target (nyq01) — not "So với kế hoạch …", "Kết quả thực hiện chỉ tiêu …" (review-57c A2, A11).',
  re: /^[\s\-–+•*]*so với\s+(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?![\p{L}])/iu,
  examples: { hit: ['So với mục tiêu Nghị quyết đề ra ', '- So với chỉ tiêu Chương trình hành động '], miss: ['So với kế hoạch giao năm 2024 ', 'Kết quả thực hiện chỉ tiêu của Nghị quyết '] },
});

/** The year a target is due by, "đến năm 2025", "đến cuối năm 2025": the only time the words before a target's bracket may name. */
export const TARGET_DUE_YEAR = pattern({
  name: 'target-due-year',
  description: 'The year a target is due by, in the words before its bracket ("đến năm 2025", "vào cuối năm 2025"): taken out before other-time-in-lead is tested.',
  re: /(?:đến|vào)\s+(?:hết\s+|cuối\s+)?năm\s+(?:19|20)\d\d/iu,
  examples: { hit: ['So với mục tiêu Nghị quyết đến năm 2025 ', 'vào cuối năm 2025'], miss: ['So với mục tiêu năm 2024 ', 'giai đoạn 2016-2020'] },
});

/** Another time in the words before a target's bracket: a year, an earlier phase, the year's quota, the start of the period. */
export const OTHER_TIME_IN_LEAD = pattern({
  name: 'other-time-in-lead',
  description: 'A time in the words before a target\'s bracket other than the year it is due by (tested once target-due-year is taken out): a year\'s plan, an earlier phase, the year\'s quota, the start of the period — no target of the pack (review-57c A3, A9, A13, D14).',
  re: /(?:19|20)\d\d|giai đoạn|trong năm|đầu kỳ|năm nay|kỳ trước|hằng năm|hàng năm/iu,
  examples: { hit: ['So với mục tiêu giai đoạn 2016-2020 ', 'So với chỉ tiêu được giao trong năm ', 'So với chỉ tiêu kế hoạch năm 2024 '], miss: ['So với mục tiêu Nghị quyết đề ra ', 'So với mục tiêu Nghị quyết  '] },
});

/** Words of carrying out another document: a document named after them is the one carried out, not the one that sets a target. */
export const CARRYING_OUT = pattern({
  name: 'carrying-out',
  description: 'Words of carrying out a document ("thực hiện", "triển khai", "cụ thể hóa"): in "chỉ tiêu Nghị quyết số 08-NQ/HU của Ban Chấp hành Đảng bộ huyện thực hiện Nghị quyết số 16-NQ/TU là 75%" the target is the district\'s own, set by the document named before them (review-58c D3, D4).',
  re: /(?<![\p{L}])(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)(?![\p{L}])/iu,
  examples: { hit: ['của Ban Chấp hành Đảng bộ huyện thực hiện Nghị quyết số 16-NQ/TU', 'Kế hoạch số 45/KH-UBND triển khai'], miss: ['mục tiêu Nghị quyết số 16-NQ/TU đến năm 2025 là', 'so với chỉ tiêu tỉnh giao'] },
});

// ── read by facts.ts, facts-carry.ts, plan-claims.ts and rules/conflicting-figures.ts (session 61)

/** Inside a bracket after an indicator's label, words that make the figure another unit's or an average: "(bình quân chung toàn huyện)". */
export const ASIDE_OF_OTHER = pattern({
  name: 'aside-of-other',
  description: 'Inside a bracket right after an indicator\'s label: words that make the figure another unit\'s or an average, no aside of the label\'s own.',
  re: /(?<![\p{L}])(?:xã|huyện|tỉnh|thị xã|thành phố|cả nước|toàn quốc|vùng|khu vực|bình quân|trung bình|chung)(?![\p{L}])/iu,
  examples: { hit: ['(bình quân chung toàn huyện)', '(cả nước 42,02%)', '(của tỉnh)'], miss: ['(tính cả diện tích cây cao su)', '(kể cả tưới tiết kiệm nước)', '(theo số liệu kiểm kê)'] },
});

/** A bracket that says what the figure counts in: "(tính cả diện tích cây cao su)", "(kể cả tưới tiết kiệm nước)". */
export const COUNTS_IN = pattern({
  name: 'counts-in',
  description: 'Words in a bracket beside a figure that say what it counts in ("tính cả", "kể cả", "bao gồm"): the kind named after them is no subject.',
  re: /(?<![\p{L}])(?:tính cả|kể cả|bao gồm|gồm cả)(?![\p{L}])/iu,
  examples: { hit: ['(tính cả diện tích cây cao su)', '(kể cả tưới tiết kiệm nước)', '(bao gồm rừng phòng hộ)'], miss: ['(không tính cây cao su)', '(năm 2020 là 46,5%)'] },
});

/** A bracket that says what the figure leaves out: "(không tính cây cao su)". Beside one that counts it in, two measures. */
export const LEAVES_OUT = pattern({
  name: 'leaves-out',
  description: 'Words in a bracket beside a figure that say what it leaves out ("không tính", "chưa tính", "trừ"): a figure that counts it in is another measure.',
  re: /(?<![\p{L}])(?:không tính|chưa tính|không kể|trừ|loại trừ|không bao gồm)(?![\p{L}])/iu,
  examples: { hit: ['(không tính cây cao su)', '(chưa tính diện tích rừng sản xuất)', '(trừ 02 xã mới sáp nhập)'], miss: ['(tính cả diện tích cây cao su)', '(bao gồm rừng phòng hộ)'] },
});

/** Right after a claim, words that point back to a plan said before it: "chưa đạt chỉ tiêu nêu trên", "… kế hoạch đó", "… chỉ tiêu này". */
export const POINTS_BACK = pattern({
  name: 'points-back',
  description: 'Right after a plan claim (tested on the words after it): the claim points back to a plan said before it, "nêu trên", "này", "đó".',
  re: /^[^,;.()\d]{0,24}?(?<![\p{L}])(?:nêu trên|đã nêu|nói trên|trên đây|này|đó|ấy)(?![\p{L}])/iu,
  examples: { hit: [' nêu trên.', ' này', ' đề ra nêu trên'], miss: [' Nghị quyết Đại hội Đảng bộ huyện đề ra (55%).', ' của tỉnh giao'] },
});
