/**
 * Counts spelled in words inside a breakdown, as an old hand writes them: "14 cuộc kiểm tra, giám sát, trong đó kiểm tra 06 cuộc,
 * giám sát chuyên đề chín cuộc", "186 thôn, tổ dân phố, gồm 171 thôn và mười bảy tổ dân phố" (nwp01, nwp06).
 *
 * `spelledCountsAsDigits` writes each such count in digits, padded with spaces before them to the words' length, so that a breakdown's parts are
 * read as if typed in digits and every offset into the text stays where it was. Only a count before a noun is read ("chín cuộc", "hai
 * mươi lăm hộ"), in lower case (a capital opens a name: "Ba Vì", "Hai Bà Trưng"), not after "thứ" (an order: "lần thứ hai"), nor before
 * "phần" (a fraction in words: "hai phần ba"). "một" and "năm" alone are left: "một số", "một cách", "năm 2024", "năm nay" say no count.
 */

/** The digits a unit word stands for, alone or after "mươi"/"mười" (language data: Vietnamese number words). */
const DIGIT_WORDS: Record<string, number> = { 'một': 1, 'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'lăm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9 };
/** Unit words that stand for a count on their own (not "một", "năm", "tư", "mốt", "lăm"). */
const ALONE = ['hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín'];
/** Words after "mười" (11–19) and after "… mươi" (21–99). */
const AFTER_TEN = ['một', 'hai', 'ba', 'bốn', 'lăm', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const AFTER_TENS = ['mốt', 'một', 'hai', 'ba', 'bốn', 'tư', 'lăm', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

const alt = (ws: string[]) => ws.join('|');
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\d])(?<![Tt]hứ\s)(?<!phần\s)(?:(mười)(?:\s+(${alt(AFTER_TEN)}))?|(${alt(ALONE)})\s+mươi(?:\s+(${alt(AFTER_TENS)}))?|(${alt(ALONE)}))` +
    // a noun after it, no other number word nor a fraction's "phần"
    String.raw`(?=\s+(?!(?:phần|mươi|mười|${alt(Object.keys(DIGIT_WORDS))})(?![\p{L}]))\p{Ll})`,
  'gu',
);

function valueOf(m: RegExpExecArray): number {
  if (m[1]) return 10 + (m[2] ? DIGIT_WORDS[m[2]] : 0);
  if (m[3]) return DIGIT_WORDS[m[3]] * 10 + (m[4] ? DIGIT_WORDS[m[4]] : 0);
  return DIGIT_WORDS[m[5]];
}

/** The text with each count spelled before a noun written in digits, spaces before them keeping the length. */
export function spelledCountsAsDigits(text: string): string {
  if (!/(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)/u.test(text)) return text;
  return text.replace(SPELLED, (...args) => {
    const m = args.slice(0, 6) as unknown as RegExpExecArray;
    const digits = String(valueOf(m));
    return ' '.repeat(Math.max(0, m[0].length - digits.length)) + digits;
  });
}
