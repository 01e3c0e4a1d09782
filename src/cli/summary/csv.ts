/** The "Tổng hợp" sheet as CSV (RFC 4180): one row per file, the same columns as the workbook. */
import type { Summary } from '../../core/summary/model';
import { packCell } from '../../core/summary/model';
import { rowNote, summaryWords } from '../../core/summary/words';
import type { Lang } from '../../packs/validate';

const quote = (v: string | number | undefined) => {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function writeCsv(s: Summary, lang: Lang): string {
  const w = summaryWords(lang);
  const date = (iso?: string) => (!iso ? '' : lang === 'en' ? iso : iso.split('-').reverse().join('/'));
  const lines = [[w('n'), w('unit'), w('above'), w('level'), w('file'), w('number'), w('date'), w('due'), w('timeliness'), w('ready'), w('errors'), w('warnings'), w('reasons'), w('pack'), w('note')]];
  for (const r of s.rows) {
    const note = rowNote(r, w);
    lines.push([
      String(r.n), r.unit ?? '', r.above ?? '', w.level(r.level), r.file, r.number ?? '', date(r.date), date(r.due),
      r.state === 'unreadable' ? '' : w.timeliness(r.timeliness, r.daysLate), w.ready(r),
      r.errors === undefined ? '' : String(r.errors), r.warnings === undefined ? '' : String(r.warnings), r.reasons.join('; '),
      r.pack ? packCell(r.pack) : '', note,
    ]);
  }
  return lines.map((l) => l.map(quote).join(',')).join('\r\n') + '\r\n';
}
