/**
 * Dates as Vietnamese reports write them: "30/6/2024", "30-6-2024", "ngày 15 tháng 01 năm 2024",
 * "15 tháng Một năm 2024", "tháng 9/2024", "tháng Chín năm 2024". Pure, no I/O.
 */
import { AS_OF, AS_OF_END } from './lexicon';
import { DATE_HINT, AS_OF_GAP, AS_OF_GAP_DAY_MONTH } from './lexicon/patterns-dates';

/** Month names written in words; "tháng Giêng" and "tháng Chạp" are the first and the last. */
export const MONTH_WORDS: Record<string, number> = {
  'một': 1, 'giêng': 1, 'hai': 2, 'ba': 3, 'tư': 4, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9,
  'mười': 10, 'mười một': 11, 'mười hai': 12, 'chạp': 12,
};

export interface DateMention {
  /** Where the date starts (at "ngày"/"tháng" when written) and ends in the text. */
  start: number;
  end: number;
  raw: string;
  /** ISO date; for a month alone, its first day. */
  iso: string;
  precision: 'day' | 'month';
}

const MONTH_NAME = Object.keys(MONTH_WORDS).sort((a, b) => b.length - a.length).join('|');
const MONTH = `(\\d{1,2}|${MONTH_NAME})`;
const YEAR = '((?:19|20)\\d\\d)';
/** A year written alone, no digit on either side: "2021" in "năm 2021", "30/6/2024", "(2023)". */
export const YEAR_ALONE = /(?<!\d)(?:19|20)\d\d(?!\d)/u;
const DATE_RE = new RegExp(
  [
    // 30/6/2024, 30-6-2024, 30.6.2024
    String.raw`(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2${YEAR}(?![\d/])`,
    // (ngày) 15 tháng 01 năm 2024, 15 tháng Một năm 2024
    String.raw`(?:ngày\s+)?(\d{1,2})\s+tháng\s+${MONTH}\s+năm\s+${YEAR}`,
    // tháng 9/2024, tháng 9 năm 2024, tháng Chín năm 2024
    String.raw`tháng\s+${MONTH}\s*(?:\/|năm\s+)\s*${YEAR}(?![\d/])`,
  ].join('|'),
  'giu',
);

export const mayHoldDate = (text: string): boolean => DATE_HINT.test(text);

const monthOf = (s: string): number => (/^\d+$/.test(s) ? Number(s) : MONTH_WORDS[s.toLowerCase()] ?? 0);
const pad = (n: number) => String(n).padStart(2, '0');

/** A day of the calendar as yyyy-mm-dd, or undefined where there is none such ("31/02/2026"). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

/** Every date in the text, in order. Impossible ones ("45/13/2024") are left out. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  if (!mayHoldDate(text)) return out;
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    let day: number;
    let month: number;
    let year: number;
    let precision: DateMention['precision'] = 'day';
    if (m[1] !== undefined) [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    else if (m[5] !== undefined) [day, month, year] = [Number(m[5]), monthOf(m[6]), Number(m[7])];
    else {
      [day, month, year] = [1, monthOf(m[8]), Number(m[9])];
      precision = 'month';
    }
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], iso: `${year}-${pad(month)}-${pad(day)}`, precision });
  }
  return out;
}

/** Examples the tests run: [text, ISO dates found]. */
export const DATE_EXAMPLES: Array<[string, string[]]> = [
  ['Tính đến 30/6/2024, toàn tỉnh có 41 xã', ['2024-06-30']],
  ['đến ngày 15 tháng 01 năm 2024 đạt 92%', ['2024-01-15']],
  ['Tính đến ngày 15 tháng Một năm 2024, …', ['2024-01-15']],
  ['tính đến hết tháng Chín năm 2024, toàn tỉnh có 142 sản phẩm', ['2024-09-01']],
  ['ước đến tháng 12/2024', ['2024-12-01']],
  ['tháng Mười hai năm 2023', ['2023-12-01']],
  ['Quyết định số 321/QĐ-TTg', []],
  ['đạt 12/12 đơn vị', []],
];

/**
 * Where the words that give a date as the figures' time begin ("tính đến ", "đến hết ngày ", "tại thời điểm "; lexicon:
 * as-of; with `end`, also "cuối ", "hết ": as-of-end), when they end the text before the date — with `dayMonth`, the
 * date's day and month written before its year ("30/6/") may stand between. -1 when there are none.
 */
export function asOfLead(before: string, dayMonth = false, end = false): number {
  const gap = dayMonth ? AS_OF_GAP_DAY_MONTH : AS_OF_GAP;
  for (const set of end ? [AS_OF, AS_OF_END] : [AS_OF]) {
    const hit = set.findLast(before);
    if (hit && gap.test(before.slice(hit.end))) return hit.start;
  }
  return -1;
}

const YEAR_WORD = /năm\s+((?:19|20)\d\d)(?!\d)/giu;

/** The years a text gives as the figures' time ("Đến hết năm 2015, …", "tính đến năm 2020"): after as-of words, or the end of a year. */
export function asOfYears(text: string): number[] {
  const out: number[] = [];
  YEAR_WORD.lastIndex = 0;
  for (let m = YEAR_WORD.exec(text); m; m = YEAR_WORD.exec(text)) if (asOfLead(text.slice(Math.max(0, m.index - 30), m.index), false, true) >= 0) out.push(Number(m[1]));
  return out;
}

/** The year of the last date given as the figures' time in a text ("… đến ngày 30/6/2024 có 39/47 xã …" gives 2024). */
export function lastAsOfYear(text: string): number | undefined {
  let year: number | undefined;
  // (not a date inside a bracket: "(tính đến ngày 31/12/2022 đã bàn giao 12 công trình)" is an aside's)
  for (const d of findDates(text)) if (asOfLead(text.slice(Math.max(0, d.start - 30), d.start), false, true) >= 0 && text.lastIndexOf('(', d.start) <= text.lastIndexOf(')', d.start)) year = Number(d.iso.slice(0, 4));
  return year;
}

/** The end of a year written without a day or month ("cuối năm 2024", "hết năm 2024"; lexicon: as-of-end), as the last day of that year. */
export interface YearEnd {
  start: number;
  end: number;
  raw: string;
  iso: string;
}
const YEAR_END = new RegExp(`(?<![A-Za-zÀ-ỹ])(?:${AS_OF_END.set.phrases.join('|')})\\s+năm\\s+((?:19|20)\\d\\d)(?!\\d)`, 'giu');
export function findYearEnds(text: string): YearEnd[] {
  if (!text.includes('năm')) return [];
  return [...text.matchAll(YEAR_END)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], iso: `${m[1]}-12-31` }));
}

/** Dates written in figures, whose parts are no figures of their own: "30/6/2024", "6/2024". */
export const DATES = /\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{4}/gu;

/** The day the caller's clock gives, as yyyy-mm-dd ("2026-12-06"): its own time zone's day, not UTC's. */
export const dayOf = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** A day as the programme writes it, dd/mm/yyyy, from a Date (the machine's local day) or an ISO day ("2026-12-10"); in English, ISO
 * (yyyy-mm-dd): "10/12/2026" reads as 10 December to one reader and 12 October to another (code review of session 62). */
export const dayText = (d: Date | string, lang: 'vi' | 'en' = 'vi'): string => {
  const iso = typeof d === 'string' ? d : dayOf(d);
  return lang === 'en' ? iso : iso.split('-').reverse().join('/');
};
/** Hours and minutes, "09:05", on the machine's clock. */
export const clockOf = (d: Date): string => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
