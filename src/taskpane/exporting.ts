/** Export a check result from the task pane: the same HTML and JSON as the CLI, and a short text summary. */
import type { ReportResult } from '../core/report';
import type { ReadInfo } from '../core/port';
import { formatHtml } from '../core/format/html';
import { toJson } from '../core/format/json';
import type { UiLang } from './i18n';

export function reportHtml(r: ReportResult, lang: UiLang): string {
  return formatHtml([r], lang);
}

/** The CLI's JSON; from Word, each report also says how it was read (`reader`: round trips, what could not be read). */
export function reportJson(r: ReportResult, lang: UiLang, reading?: ReadInfo): string {
  const json = toJson([r], lang) as { reports: Array<Record<string, unknown>> };
  if (reading) json.reports[0] = { ...json.reports[0], reader: { source: 'Word', roundTrips: reading.roundTrips, paragraphs: reading.paragraphs, notes: reading.notes } };
  return JSON.stringify(json, null, 2);
}

export function summaryText(r: ReportResult, lang: UiLang): string {
  const vi = lang === 'vi';
  const s = r.summary;
  const head = `${r.pack.id} ${r.pack.version}: ${s.ready ? (vi ? 'sẵn sàng nộp' : 'ready to submit') : (vi ? 'chưa sẵn sàng nộp' : 'not ready to submit')} — ${s.errors} ${vi ? 'lỗi' : 'errors'}, ${s.warnings} ${vi ? 'lưu ý' : 'warnings'}`;
  const lines = r.findings.map((f) => `- [${f.severity}] ${f.message[lang]}${f.paragraph !== undefined ? ` (¶${f.paragraph})` : ''}`);
  return [head, ...lines].join('\n');
}

/** Offer a file for download (works in Word on the web and in the desktop task pane's browser). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
