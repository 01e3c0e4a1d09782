/**
 * Named patterns for a change said against an earlier figure: "tăng 35,2% so với giai đoạn 2018-2020 (968,7 tỷ đồng)", "gấp 2,9
 * lần giai đoạn trước" (relative-changes).
 * Each registers in PATTERNS (its examples run by the lexicon test) and is imported by name where it is used.
 */
import { pattern } from './patterns';

// ── read by relative-changes.ts

/** Between the later figure and the percentage: a comma and "tăng" or "giảm" (no other word). */
export const WAY = pattern({
  name: 'way',
  description: 'Between a later figure and the percentage of its change (tested on the words between them): a comma and "tăng" or "giảm" alone (group 1).',
  re: /^\s*,?\s*(tăng|giảm)\s*$/iu,
  examples: { hit: [', tăng ', ' giảm ', ',tăng'], miss: [', tăng thêm ', ', bằng '] },
});

/** After the percentage: "so với", a few words of time (a year or a span among them), then the bracket opening. */
export const AGAINST = pattern({
  name: 'against',
  description: 'After the percentage of a change (tested on the words up to the bracket): "so với", a few words of time, then the bracket that holds the earlier figure.',
  re: /^\s*so với\s+(?:cùng kỳ\s+)?(?:[^()\d;,.]{0,30}?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?[^()\d;,.]{0,20}?)\(\s*$/iu,
  examples: { hit: [' so với giai đoạn 2018-2020 (', ' so với cùng kỳ năm 2023 (', ' so với năm 2020 ( '], miss: [' so với năm 2020, đạt kế hoạch (', ', vượt mục tiêu Nghị quyết đề ra ('] },
});

/** A rise or fall said right before a figure ("tăng 18,8 triệu đồng"): the change, not the level. */
export const RISE_BEFORE = pattern({
  name: 'rise-before',
  description: 'A rise or fall said right before a figure (tested on the 12 characters before it): the figure is the change, not the level.',
  re: /(?:tăng|giảm|thêm)\s*$/iu,
  examples: { hit: ['đồng, tăng ', ', giảm ', 'tăng thêm '], miss: ['ước đạt ', 'bình quân '] },
});

/** Between the later figure and a multiple: a comma and "gấp" (no other word). */
export const TIMES = pattern({
  name: 'times',
  description: 'Between a later figure and a multiple (tested on the words between them): a comma and "gấp" alone.',
  re: /^\s*,?\s*(?:tăng\s+)?gấp\s*$/iu,
  examples: { hit: [', gấp ', ', tăng gấp ', ' gấp'], miss: [', tăng ', ', bằng '] },
});

/** After a multiple: the time before, named as the one just before ("giai đoạn trước", "năm trước", "kỳ trước"). */
export const PREVIOUS = pattern({
  name: 'previous',
  description: 'After a multiple (tested on the words after it), the time before named as the one just before (group 1: its kind).',
  re: /^\s*(?:so với\s+)?(giai đoạn|năm|kỳ|thời kỳ)\s+trước(?![\p{L}])/iu,
  examples: { hit: [' giai đoạn trước', ' so với năm trước,', ' kỳ trước.'], miss: [' so với năm 2015', ' so với cùng kỳ năm trước'] },
});

/** After a multiple or points: "so với", a few words of time, then the bracket that holds the earlier figure. */
// (words of time only: "so với cùng kỳ nhưng chưa đạt mục tiêu Nghị quyết đề ra (70%)" gives a target in the bracket)
export const AGAINST_AFTER = pattern({
  name: 'against-after',
  description: 'After a multiple or points (tested on the words up to the bracket): "so với", words of time only, then the bracket that holds the earlier figure.',
  re: /^\s*(?:lần\s+)?so với\s+(?:cùng kỳ\s+)?(?:(?:năm|cuối năm|đầu năm|giai đoạn|thời điểm|kỳ|tháng|quý|ngày|trước|đầu|cuối|gốc|lúc|ban hành|nghị quyết|kết luận|khi|bắt đầu|triển khai|thực hiện|chương trình)\s*)*(?:(?:\d{1,2}\/)?(?:\d{1,2}\/)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?\(\s*$/iu,
  examples: { hit: [' so với năm 2010 (', ' lần so với cuối năm 2020 (', ' so với thời điểm ban hành Nghị quyết ('], miss: [' so với cùng kỳ nhưng chưa đạt mục tiêu Nghị quyết đề ra (', ' so với kế hoạch ('] },
});

/** Between a rate (its bracket may close first) and the points: "tăng" or "giảm". */
export const WAY_POINTS = pattern({
  name: 'way-points',
  description: 'Between a rate (its bracket may close first) and the points of its change (tested on the words between them): "tăng" or "giảm" (group 1).',
  re: /^\s*\)?\s*,?\s*(tăng|giảm)\s*$/iu,
  examples: { hit: ['), tăng ', ' giảm ', ', tăng '], miss: [', đạt ', '), tăng thêm '] },
});
