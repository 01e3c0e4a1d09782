/** A round's due date given with --due (check and summary alike): "15/12/2026", "15-12-2026" or "2026-12-15". */
import { isoDay } from '../core/dates';
import { CliError } from './io';
import type { Lang } from '../packs/validate';

/** "15/12/2026", "15-12-2026" or "2026-12-15" as yyyy-mm-dd, when it is a day of the calendar. */
export function isoDate(text: string): string | undefined {
  const m = /^\s*(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2}))\s*$/u.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = (m[4] ? [m[4], m[5], m[6]] : [m[3], m[2], m[1]]).map(Number);
  return isoDay(y, mo, d);
}

/** The --due option's day (yyyy-mm-dd), none where it is not given; one line naming it where it is no day. */
export function dueOption(text: string | undefined, lang: Lang): string | undefined {
  if (text === undefined) return undefined;
  const due = isoDate(text);
  // (a date in the right form that is no day of the calendar is said so: "31/02/2026" was told to be written dd/mm/yyyy — walk62, item 10)
  const shaped = /^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})\s*$/u.test(text);
  // (… with the order the date is read in: "12/31/2026" typed month first — code review of session 62)
  if (!due && shaped) throw new CliError(lang === 'en' ? `--due "${text}": there is no such day in the calendar (day/month/year, e.g. 15/12/2026)` : `--due "${text}": không có ngày này trong lịch (ngày/tháng/năm, ví dụ 15/12/2026)`);
  if (!due) throw new CliError(lang === 'en' ? `--due "${text}": a date as dd/mm/yyyy is needed, e.g. 15/12/2026` : `--due "${text}": cần một ngày dạng dd/mm/yyyy, ví dụ 15/12/2026`);
  return due;
}
