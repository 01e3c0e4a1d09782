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
  re: /^\s*(phần|[IVX]+\s*[.\-–:)/]|\d|\(|[a-zđ][)/]|[A-HĐ]\s*[.)/]\s)/iu,
  examples: { hit: ['Phần thứ nhất: KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT', 'II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM', '2.1. Về công tác quy hoạch', 'a) Công tác tuyên truyền, vận động'], miss: ['Công tác tuyên truyền được các cấp ủy quan tâm thực hiện.', '- Quy hoạch: 7/7 xã đã hoàn thành', 'Đến nay, toàn huyện có 15/15 xã đạt chuẩn nông thôn mới.'] },
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

// ── read by rules/missing-list.ts

/** A bracket that says the list is attached, however long its name: "(có danh mục số lớp, số lượng học viên kèm theo)". */
export const LIST_IN_BRACKET = pattern({
  name: 'list-in-bracket',
  description: 'A bracket that opens on a danh mục, a list or a table and closes on its being attached (tested on the section\'s paragraphs): the section sends its list there.',
  re: /\(\s*(?:(?:có\s+|xem\s+)?(?:danh mục|danh sách|biểu|bảng)(?![\p{L}])(?:(?!chưa|không)[^()]){0,120}?(?<!chưa\s|không\s)(?:kèm theo|đính kèm|gửi kèm)|(?:có\s+)?(?:kèm theo|đính kèm|gửi kèm)\s+(?:danh mục|danh sách|biểu|bảng)(?![\p{L}])[^()]{0,120})\s*\)/iu,
  examples: { hit: ['(có danh mục số lớp, số lượng học viên kèm theo)', '(danh sách các lớp, hội nghị và số người dự đính kèm)', '(kèm theo danh mục các lớp, hội nghị)'], miss: ['(chưa có danh mục)', 'có danh mục số lớp, số lượng học viên kèm theo', '(danh mục các lớp đang tổng hợp, chưa kèm theo)'] },
});
