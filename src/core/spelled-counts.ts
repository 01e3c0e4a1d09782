/**
 * Counts spelled in words inside a breakdown, as an old hand writes them: "14 cuộc kiểm tra, giám sát, trong đó kiểm tra 06 cuộc,
 * giám sát chuyên đề chín cuộc", "186 thôn, tổ dân phố, gồm 171 thôn và mười bảy tổ dân phố" (nwp01, nwp06).
 *
 * `spelledCountsAsDigits` writes each such count in digits, padded with spaces before them to the words' length, so that a breakdown's parts are
 * read as if typed in digits and every offset into the text stays where it was. Only a count before a noun is read ("chín cuộc", "hai
 * mươi lăm hộ"), in lower case (a capital opens a name: "Ba Vì", "Hai Bà Trưng"), not after "thứ" (an order: "lần thứ hai"), nor before
 * "phần" (a fraction in words: "hai phần ba"). "một" and "năm" alone are left: "một số", "một cách", "năm 2024", "năm nay" say no count;
 * five after ten is "lăm" ("mười lăm"): "mười năm" is ten years.
 */

/** The digits a unit word stands for, alone or after "mươi"/"mười" (language data: Vietnamese number words). */
const DIGIT_WORDS: Record<string, number> = { 'một': 1, 'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'lăm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9 };
/** Unit words that stand for a count on their own (not "một", "năm", "tư", "mốt", "lăm"). */
const ALONE = ['hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín'];
/** Words after "mười" (11–19) and after "… mươi" (21–99). */
const AFTER_TEN = ['một', 'hai', 'ba', 'bốn', 'lăm', 'sáu', 'bảy', 'tám', 'chín'];
const AFTER_TENS = ['mốt', 'một', 'hai', 'ba', 'bốn', 'tư', 'lăm', 'sáu', 'bảy', 'tám', 'chín'];

const alt = (ws: string[]) => ws.join('|');
/** Every Vietnamese number word up to 99, as a pattern's alternatives ("hai", "mười", "mươi", "lăm" …): a count spelled in words. */
export const NUMBER_WORDS = alt([...Object.keys(DIGIT_WORDS), 'mười', 'mươi']);
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\d])(?<![Tt]hứ\s)(?<!phần\s)(?:(mười)(?:\s+(${alt(AFTER_TEN)}))?|(${alt(ALONE)})\s+mươi(?:\s+(${alt(AFTER_TENS)}))?|(${alt(ALONE)}))` +
    // a noun after it, no other number word nor a fraction's "phần"
    String.raw`(?=\s+(?!(?:phần|${NUMBER_WORDS})(?![\p{L}]))\p{Ll})`,
  'gu',
);

function valueOf(m: RegExpExecArray): number {
  if (m[1]) return 10 + (m[2] ? DIGIT_WORDS[m[2]] : 0);
  if (m[3]) return DIGIT_WORDS[m[3]] * 10 + (m[4] ? DIGIT_WORDS[m[4]] : 0);
  return DIGIT_WORDS[m[5]];
}

/** A word right before the count that makes it no part of a list: "cả hai xã" (both, said again), "mỗi xã hai lớp", "sau mười năm", "trong hai
 * năm", "hơn ba", an order ("lần hai", "đợt hai"), hundreds or thousands before it ("một trăm hai mươi hộ" is not read). */
const NOT_AFTER = /(?<![\p{L}])(?:cả|mỗi|từng|các|những|hơn|gần|khoảng|trên|dưới|sau|trong|thứ|lần|đợt|hàng|vài|mấy|trăm|nghìn|ngàn|vạn|triệu|tỷ|linh|lẻ|giữa|với)\s*$/iu;
/** "mỗi xã hai lớp": a count per place, a word or two after "mỗi". */
const PER_EACH = /(?<![\p{L}])mỗi\s+\p{L}+(?:\s+\p{L}+)?\s*$/iu;
/** After the count: a noun of time ("hai năm", "ba tháng", "hai kỳ họp"), or hundreds or thousands ("hai trăm"). */
const NOT_BEFORE = /^\s*(?:năm|tháng|quý|ngày|tuần|kỳ|nhiệm kỳ|lần|đợt|giờ|trăm|nghìn|ngàn|vạn|triệu|tỷ|mặt|bên|công khai|tốt|không)(?![\p{L}])/iu;
/** A verb in the item after the count's noun: the item is a clause of its own ("ba xã đã đạt chuẩn nâng cao", a subset), no bare part. */
const ITEM_VERB = /(?<![\p{L}])(?:đã|được|đạt|đang|sẽ|có|là|còn|chưa|tăng|giảm|thuộc)(?![\p{L}])/iu;

/** The text with each count spelled before a noun written in digits, spaces before them keeping the length — only where it stands as a
 * list's bare part (review-48 A4–A18: "cả hai xã", "mỗi xã hai lớp", "sau mười năm", "một trăm hai mươi hộ", "ba xã đã đạt chuẩn …" are
 * left as written). */
export function spelledCountsAsDigits(text: string): string {
  if (!/(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)/u.test(text)) return text;
  return text.replace(SPELLED, (...args) => {
    const m = args.slice(0, 6) as unknown as RegExpExecArray;
    const at = args[6] as number;
    const before = text.slice(Math.max(0, at - 24), at);
    const after = text.slice(at + m[0].length);
    if (NOT_AFTER.test(before) || PER_EACH.test(before) || NOT_BEFORE.test(after) || ITEM_VERB.test(after.split(/[,;.:()]|\svà\s/u)[0])) return m[0];
    const digits = String(valueOf(m));
    return ' '.repeat(Math.max(0, m[0].length - digits.length)) + digits;
  });
}
