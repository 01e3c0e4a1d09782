/**
 * The villages a commune is made of go by many names: "thôn" in most provinces, "bản" in the northern
 * mountains, "ấp" and "khóm" in the south, "buôn", "plei" and "làng" in the Central Highlands, "sóc" and
 * "phum" among the Khmer, "bon" among the M'nông (Đắk Nông, Bình Phước), "palei" among the Chăm (Ninh Thuận), "xóm", "tổ dân phố", "khu dân cư" in the midlands (Phú Thọ). The packs name them "thôn". For matching, a settlement
 * word that stands for one of them ("47/112 bản đạt chuẩn", "số ấp đạt chuẩn", "các buôn") is read as
 * "thôn"; the same word in another sense ("cơ bản đạt chuẩn", "văn bản", "làng nghề", "Sóc Trăng") is not.
 *
 * No imports: src/core/text.ts applies it while normalising, and the lexicon imports text.ts.
 */

/** The other names of a thôn, lower case. */
export const SETTLEMENT_WORDS = ['bản', 'buôn', 'bon', 'làng', 'ấp', 'xóm', 'sóc', 'phum', 'plei', 'palei', 'khóm', 'tổ dân phố', 'khu phố', 'khối phố', 'khu dân cư'];

/** Words before a settlement word that make it a count or a set of villages. */
const BEFORE = ['số', 'các', 'những', 'mỗi', 'tỷ lệ', 'thôn', 'thôn,', 'thôn/', 'và', 'tại', 'ở'];
/** Words after it that make it the village of the programme. */
const AFTER = ['đạt chuẩn', 'kiểu mẫu', 'nông thôn mới', 'đặc biệt khó khăn', 'văn hóa', 'văn hoá', 'thuộc', 'trên địa bàn'];
/** Words that make it part of another word: "cơ bản", "văn bản", "căn bản", "kịch bản", "phiên bản", "nguyên bản". */
const NOT_AFTER = ['cơ', 'căn', 'văn', 'kịch', 'phiên', 'nguyên', 'hình', 'bảng', 'dự thảo'];
/** Words after it that make it something else: "làng nghề", "Sóc Trăng", "Sóc Sơn", "bản sắc", "bản đồ". */
const NOT_BEFORE = ['chen', 'sai', 'nghề', 'bán', 'chuyến', 'trăng', 'sơn', 'sắc', 'đồ', 'thân', 'chất', 'lĩnh', 'án', 'tin', 'sao', 'chính', 'gốc', 'thảo', 'vẽ'];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|');
const WORD = `(?:${alt(SETTLEMENT_WORDS)})`;
const NUMBER = String.raw`\d+(?:[.,]\d+)*(?:\s*\/\s*\d+(?:[.,]\d+)*)?`;
/** A settlement word, not inside another word; group 1 is what follows it when that makes it a village. */
const SETTLEMENT_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?<!(?:${alt(NOT_AFTER)})\s+)(?!(?<=(?<![\p{L}])(?:tín chỉ|phát thải|hấp thụ|khí|lưu giữ|trung hòa|trung hoà|thị trường)\s+các\s+)bon(?![\p{L}]))(?!(?<=(?<![\p{L}])các\s+)bon\s+(?:rừng|thấp|đioxit|dioxit)(?![\p{L}]))(?:${WORD})(?![\p{L}\d])(?!\s+(?:${alt(NOT_BEFORE)})(?![\p{L}]))(?=(\s+(?:${alt(AFTER)})(?![\p{L}]))?)`,
  'giu',
);
/** What stands before it when that makes it a village: a figure, "số", "các", … or a comma of a list ("thôn, bản"). */
const BEFORE_RE = new RegExp(String.raw`(?:(?:^|[^\p{L}\d])(?:${NUMBER}|${alt(BEFORE)})\s+|[,/]\s*)$`, 'iu');
/** A cheap look first: most texts name none of them. */
const HINT = new RegExp(WORD, 'iu');

/**
 * The text with every settlement word that names a village written "thôn" (lengths change: for matching
 * only, never for display). A word counts when a figure, "số", "các", "tỷ lệ"… or a list's comma stands
 * before it, or "đạt chuẩn", "kiểu mẫu"… follows it.
 */
export function settlementsAsThon(text: string): string {
  if (!HINT.test(text)) return text;
  return text.replace(SETTLEMENT_RE, (word: string, after: string | undefined, at: number) => {
    if (!after && !BEFORE_RE.test(text.slice(Math.max(0, at - 30), at))) return word;
    return word[0] === word[0].toUpperCase() ? 'Thôn' : 'thôn';
  });
}

/** Examples the lexicon test runs: [text, what settlementsAsThon makes of it]. */
export const SETTLEMENT_EXAMPLES: Array<[string, string]> = [
  ['Có 47/112 bản đạt chuẩn nông thôn mới (42,0%)', 'Có 47/112 thôn đạt chuẩn nông thôn mới (42,0%)'],
  ['số ấp đạt chuẩn NTM kiểu mẫu', 'số thôn đạt chuẩn NTM kiểu mẫu'],
  ['12 buôn đặc biệt khó khăn', '12 thôn đặc biệt khó khăn'],
  ['tỷ lệ tổ dân phố văn hóa', 'tỷ lệ thôn văn hóa'],
  ['Ấp Tân Hòa đạt chuẩn', 'Ấp Tân Hòa đạt chuẩn'],
  ['huyện cơ bản đạt chuẩn nông thôn mới', 'huyện cơ bản đạt chuẩn nông thôn mới'],
  ['ban hành 12 văn bản chỉ đạo', 'ban hành 12 văn bản chỉ đạo'],
  ['05 làng nghề được công nhận', '05 làng nghề được công nhận'],
  ['tỉnh Sóc Trăng đạt chuẩn', 'tỉnh Sóc Trăng đạt chuẩn'],
  ['giữ gìn bản sắc văn hóa', 'giữ gìn bản sắc văn hóa'],
  ['các bản đồ quy hoạch', 'các bản đồ quy hoạch'],
  ['274 thôn, bản, có 32 thôn, bản đặc biệt khó khăn', '274 thôn, thôn, có 32 thôn, thôn đặc biệt khó khăn'],
  [', bản,', ', thôn,'],
  ['hoạt động buôn bán nông sản', 'hoạt động buôn bán nông sản'],
  ['32/182 khu dân cư đạt chuẩn NTM kiểu mẫu, đạt 17,6%', '32/182 thôn đạt chuẩn NTM kiểu mẫu, đạt 17,6%'],
  ['quy hoạch khu dân cư mới ven quốc lộ', 'quy hoạch khu dân cư mới ven quốc lộ'],
  // the M'nông's bon and the Chăm's palei (nxc03: "toàn xã có 14 thôn, bon, gồm 11 thôn và 02 bon"); carbon written "các bon" is not one
  // where carbon is named around it ("tín chỉ các bon", "các bon rừng"), but the plural of the villages is ("Tỷ lệ các bon đạt chuẩn" —
  // review-51b V26); nor is a bonsai ("bon sai")
  ['toàn xã có 14 thôn, bon, gồm 11 thôn và 02 bon', 'toàn xã có 14 thôn, thôn, gồm 11 thôn và 02 thôn'],
  ['03 palei đồng bào Chăm đạt chuẩn', '03 thôn đồng bào Chăm đạt chuẩn'],
  ['bán tín chỉ các bon rừng', 'bán tín chỉ các bon rừng'],
  ['giảm phát thải khí các bon, tránh bon chen', 'giảm phát thải khí các bon, tránh bon chen'],
  ['Tỷ lệ các bon đạt chuẩn nông thôn mới của xã đạt 61,5%', 'Tỷ lệ các thôn đạt chuẩn nông thôn mới của xã đạt 61,5%'],
  ['trồng cây cảnh, bon sai', 'trồng cây cảnh, bon sai'],
];
