/** Export a check result from the task pane: the same HTML page and JSON as the CLI, and a short summary to paste, in words. */
import type { ReportResult } from '../core/report';
import type { ReadInfo } from '../core/port';
import type { Pack } from '../packs/schema';
import { formatHtml } from '../core/format/html';
import { jsonText, toJson } from '../core/format/json';
import { groupFindings } from '../core/format/groups';
import { NOTATION, TERMS, countsText, levelName, outlineProgress, placeOf, progressText, severityWord, templateNotices } from '../core/format/words';
import type { UiLang } from './i18n';

/** `at`: when the check was made (not when the page is saved); `due`: the round's due date it was checked by (code review of session 62). */
export function reportHtml(r: ReportResult, lang: UiLang, pack?: Pack, opts: { at?: Date; due?: string } = {}): string {
  return formatHtml([r], lang, pack ? [pack] : [], [], opts);
}

/** The CLI's JSON, byte for byte; from Word, each report also says how it was read (`reader`: round trips, what could not be read). */
export function reportJson(r: ReportResult, lang: UiLang, reading?: ReadInfo): string {
  if (!reading) return jsonText([r], lang);
  const json = toJson([r], lang) as { reports: Array<Record<string, unknown>> };
  json.reports[0] = { ...json.reports[0], reader: { source: 'Word', roundTrips: reading.roundTrips, paragraphs: reading.paragraphs, notes: reading.notes } };
  return JSON.stringify(json, null, 2) + '\n';
}

/** A summary to paste into a mail or a chat: verdict, progress, then the points by section. */
export function summaryText(r: ReportResult, lang: UiLang, pack?: Pack): string {
  const T = TERMS[lang];
  const s = r.summary;
  const lvl = levelName(lang, r.level);
  const head = [
    // (… with its version: the office that corrects a target must see which one a report was checked with — walk56, item 4)
    `${T.template}: ${pack?.title ?? r.pack.id} (${lang === 'en' ? 'version' : 'phiên bản'} ${r.pack.version})${lvl ? ` · ${lvl}` : ''}`,
    `${s.ready ? T.ready : T.notReady}: ${countsText(lang, s.errors, s.warnings)} · ${progressText(outlineProgress(r).all, lang)}`,
    // (what the pane says beside the verdict goes with it: a "ready" pasted without "the template holds no target" or "the due date has
    // passed" says more than the check did — walk63, item 7)
    ...templateNotices(r, lang).map((n) => `! ${n}`),
  ];
  const lines = groupFindings(r, r.findings, pack).flatMap((g) => [
    '',
    g.path ? `${g.label || T.general} (${g.path})` : g.label || T.general,
    // (each with its quote and what to do, as the CLI and the HTML report give them: "Còn 4 chỗ để trống trong đoạn này" pasted alone
    // points at nothing — walk55)
    // (each with its place, "mục III.1, đoạn 1", as the pane shows it: the text a reviewer pastes into an e-mail — walk64, item 7)
    ...g.findings.flatMap((f, k) => [`- ${severityWord(lang, f.severity, true)}${placeOf(f, lang) ? `, ${placeOf(f, lang)}` : ''}: ${f.message[lang]}`, ...(g.quotes[k] ? [`  « ${g.quotes[k]} »`] : []), ...(f.suggestion ? [`  → ${f.suggestion[lang]}`] : [])]),
  ]);
  return [...head, ...lines, ...(lang === 'en' ? ['', NOTATION] : [])].join('\n');
}

/** Offer a file for download (works in Word on the web and in the desktop task pane's browser). */
export function download(name: string, text: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL?.(url), 1000);
}
