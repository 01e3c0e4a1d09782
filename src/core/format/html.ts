/**
 * The HTML report a reviewer opens or mails back to a district: `decuong check --format html` and the
 * task pane's "Tải báo cáo HTML" make this same page. Grouped by section like the pane, with the
 * outline checklist and the indicators (values with units); readable on a phone, printable on A4.
 * Written for people: no rule codes, no paragraph numbers, no English status words in Vietnamese.
 */
import type { Lang } from '../../packs/validate';
import type { Pack } from '../../packs/schema';
import type { IndicatorStatus, ReportResult } from '../report';
import { builtinPacks } from '../../packs/builtin';
import { groupFindings } from './groups';
import { dayText, clockOf } from '../dates';
import { DRAFT_NOTE, NOTATION, PRINT_WORDS, SECTION_WORD, DISPUTED, disputedValue, placeOf, assessmentWord, batchTally, countsText, TERMS, levelName, outlineProgress, progressText, sectionLabel, severityWord, targetText, templateNotices, valueText, sameUnit, sameUnitNote, fileName, unwrittenItems } from './words';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const CSS = `
*{box-sizing:border-box}body{font-family:"Segoe UI","Noto Sans",Arial,sans-serif;font-size:16px;line-height:1.45;max-width:50em;margin:0 auto;padding:12px;color:#201f1e;background:#fff}
h1{font-size:1.4em;margin:.2em 0}h2{font-size:1.2em;margin:1.2em 0 .4em;border-bottom:2px solid #e1dfdd;padding-bottom:.2em}h3{font-size:1.05em;margin:1em 0 .3em}
.meta{color:#484644;margin:.2em 0}.notice{background:#fff4ce;color:#5c3c00;padding:.5em .8em;border-radius:6px;margin:.4em 0}.verdict{padding:.6em .8em;border-radius:6px;font-weight:600;margin:.6em 0}.verdict.ok{background:#dff6dd;color:#0b5a08}.verdict.ko{background:#fde7e9;color:#8e192e}
.path{color:#605e5c;font-size:.85em;font-weight:normal;display:block}
ul.findings{list-style:none;padding:0;margin:0}ul.findings li{border-left:4px solid #c8c6c4;padding:.3em .6em;margin:.4em 0;break-inside:avoid}
li.error{border-color:#c50f1f!important}li.warning{border-color:#bc4b09!important}.sev{font-weight:600}.error .sev{color:#a4262c}.warning .sev{color:#8a3707}
.quote{color:#484644;font-style:italic;margin:.2em 0}.where{color:#605e5c;font-size:.9em}.advice{color:#323130;margin:.2em 0}
.tally{font-weight:600;margin:.4em 0}section.unreadable li{border-left:4px solid #c50f1f;padding:.3em .6em;margin:.4em 0;list-style:none}section.unreadable ul{padding:0}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #d2d0ce;padding:6px;vertical-align:top;text-align:left}th{background:#f3f2f1}
td.num{white-space:nowrap}.st{white-space:nowrap;font-weight:600}.st.bad{color:#a4262c}.st.ok{color:#0b6a0b}.st.warn{color:#8a3707}
ul.outline{list-style:none;padding:0}ul.outline li{display:flex;justify-content:space-between;gap:1em;padding:.15em 0;border-bottom:1px dotted #e1dfdd}
@media (max-width:600px){body{padding:8px}table,thead,tbody,tr,td,th{display:block;width:100%}thead{display:none}tr{border:1px solid #d2d0ce;margin:.5em 0;border-radius:4px}td{border:0;padding:2px 8px}td::before{content:attr(data-h) ": ";color:#605e5c}}
.print-only{display:none}
@media print{@page{size:A4;margin:16mm 15mm}body{max-width:none;font-size:11pt;padding:0 1px}tr,li{break-inside:avoid}.verdict{border:1px solid #999;color:#000!important}
h1,h2,h3,.meta,.notice,.verdict,.who{break-after:avoid}h3,ul.findings li{break-inside:avoid}hr{display:none}.print-only{display:block}
section.report.brk{break-before:page}.who{font-size:13pt;font-weight:700;margin:0 0 .3em;color:#000}
a{color:#000;text-decoration:none}.sev,.st{color:#000!important}li.error{border-left:4px solid #000!important}li.warning{border-left:2px dashed #000!important}li.error .sev{text-transform:uppercase}
ul.outline li.done{display:none}}
`;

/** What the report itself wrote of an indicator, when the figures say otherwise ("Báo cáo ghi: Chưa đạt"). */
function writtenOf(r: ReportResult, lang: Lang): (i: IndicatorStatus) => string {
  const contradicted = new Set(r.findings.filter((f) => f.code === 'claim-contradiction' && f.indicator).map((f) => f.indicator));
  return (i) => (i.written && contradicted.has(i.id) ? `<br><small>${esc(lang === 'vi' ? `Báo cáo ghi: ${i.written}` : `The report says: ${i.written}`)}</small>` : '');
}

/** "Kiểm tra lúc 09:05 ngày 10/12/2026": when the check was made, in the machine's local time. */
export function checkedAtText(lang: Lang, at: Date): string {
  const W = PRINT_WORDS[lang];
  return `${W.checkedAt} ${clockOf(at)} ${W.on} ${dayText(at, lang)}`;
}
/** Text as a CSS string, for a page's margin box: nothing in it can close the string or the style element. */
export const cssString = (s: string): string => `"${s.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
/** Who a report is, as the head of its printed pages says it: the unit, and its file. */
// (… the page's title where neither is known: a bare "1" headed every page — code review of session 62)
const whoOf = (r: ReportResult, lang: Lang): string => [r.unit, r.file ? fileName(r.file) : undefined].filter(Boolean).join(' · ') || TERMS[lang].title;

function one(r: ReportResult, lang: Lang, pack?: Pack, id?: string, twins?: string[], brk = false): string {
  const T = TERMS[lang];
  const s = r.summary;
  const prog = outlineProgress(r);
  const lvl = levelName(lang, r.level);
  const groups = groupFindings(r, r.findings, pack);
  const findings = groups.length
    ? groups.map((g) => `<h3>${g.path ? `<span class="path">${esc(g.path)}</span>` : ''}${esc(g.label || T.general)}</h3><ul class="findings">${g.findings.map((f, k) => {
      const q = g.quotes[k];
      // (where it is, as the CLI says it: "mục 2.5, đoạn 3", "bảng 3, dòng 14" — a reviewer without Word has nothing else to find it by, walk60)
      const at = placeOf(f, lang);
      return `<li class="${f.severity}"><span class="sev">${esc(severityWord(lang, f.severity, true))}:</span> ${at ? `<span class="where">${esc(at)}</span> ` : ''}${esc(f.message[lang])}${q ? `<div class="quote">« ${esc(q)} »</div>` : ''}${f.suggestion ? `<div class="advice">→ ${esc(f.suggestion[lang])}</div>` : ''}</li>`;
    }).join('')}</ul>`).join('')
    : `<p>${esc(T.none)}</p>`;
  const inds = r.indicators.filter((i) => i.status !== 'not-applicable');
  const written = writtenOf(r, lang);
  const cls = (st: string) => (st === 'met' ? 'ok' : st === 'not-quoted' ? 'warn' : 'bad');
  const indTable = inds.length
    ? `<h2>${esc(T.indicators)}</h2><table><thead><tr><th>${esc(T.indicator)}</th><th>${esc(T.target)}</th><th>${esc(T.value)}</th><th>${esc(T.status)}</th></tr></thead><tbody>${inds.map((i) =>
      `<tr><td data-h="${esc(T.indicator)}">${esc(i.label)}</td><td class="num" data-h="${esc(T.target)}">${esc(targetText(i.target, i.unit, lang))}</td><td class="num" data-h="${esc(T.value)}">${i.value !== undefined ? esc(valueText(i.value, i.unit, lang)) : '—'}${disputedValue(r, i) ? `<br><small>${esc(DISPUTED[lang])}</small>` : ''}</td><td data-h="${esc(T.status)}"><span class="st ${cls(i.status)}">${esc(assessmentWord(i, lang))}</span>${written(i)}</td></tr>`).join('')}</tbody></table>`
    : '';
  // (on paper only the items not written: a list of 46 mostly "Đã viết" took more paper than the findings — walk62, item 5; the count kept)
  const items = r.sections.filter((x) => x.status !== 'not-applicable');
  const partly = items.some((x) => x.status === 'present') && unwrittenItems(r).length > 0 ? `<p class="meta print-only">${esc(PRINT_WORDS[lang].outlinePrinted)}</p>` : '';
  const outline = `<h2>${esc(T.checklist)} — ${esc(progressText(prog.all, lang))}</h2>${prog.parts.length > 1 ? `<p class="meta">${esc(T.byPart)}: ${prog.parts.map((p) => `${esc(p.label)} ${p.written}/${p.total}`).join(' · ')}</p>` : ''}${partly}<ul class="outline">${items.map((x) =>
    `<li${x.status === 'present' ? ' class="done"' : ''} style="padding-left:${x.depth * 1.2}em"><span>${esc(sectionLabel(x.number, x.title))}</span><span class="st ${x.status === 'present' ? 'ok' : x.status === 'out-of-order' ? 'warn' : 'bad'}">${esc(SECTION_WORD[lang][x.status])}</span></li>`).join('')}</ul>`;
  // (on paper each report opens on its unit, in print only: a page of a batch did not say whose it was — walk62, item 5)
  const who = `<p class="who print-only">${esc(r.unit ?? (r.file ? fileName(r.file) : T.title))}</p>`;
  return `<section class="report${brk ? ' brk' : ''}"${id ? ` id="${id}"` : ''}>${who}${r.file ? `<p class="meta">${esc(T.file)}: <b>${esc(fileName(r.file))}</b>${r.unit ? ` · ${esc(r.unit)}` : ''}</p>` : ''}
<p class="meta">${esc(T.template)}: <b>${esc(pack?.title ?? r.pack.id)}</b> (${esc(T.version)} ${esc(r.pack.version)})${lvl ? ` · ${esc(lvl)}` : ''}</p>${[...templateNotices(r, lang), ...(twins?.length ? [sameUnitNote(lang, twins)] : [])].map((n) => `<p class="notice">${esc(n)}</p>`).join('')}
<p class="verdict ${s.ready ? 'ok' : 'ko'}">${esc(s.ready ? T.ready : T.notReady)}: ${esc(countsText(lang, s.errors, s.warnings))}${s.mapped ? ` · ${esc(progressText(prog.all, lang))}` : ''}</p>
<h2>${esc(T.findings)}</h2>${findings}${indTable}${outline}</section>`;
}

/**
 * The page for one or more checked reports; `packs` names each report's template by its title. A batch (more than one file, or any file
 * that could not be read) opens on its tally and lists the files not checked with the reason: a page forwarded or filed must not read as
 * if every report sent in was checked (session 41's walk-through, item 5).
 *
 * Printed (A4), each report of a batch starts a page of its own, named for it (CSS named pages), and every page says in its margin whose
 * it is, when the check was made, and "Trang x/y" (@page margin boxes: Chromium 131 and later); `at` is when the check was made (now by
 * default), `due` the round's due date where the office gave one (ISO). Walk62, item 5.
 */
export function formatHtml(reports: ReportResult[], lang: Lang, packs: Pack[] = [], unreadable: Array<{ file: string; error: string }> = [], opts: { at?: Date; due?: string } = {}): string {
  const known = [...packs, ...builtinPacks()];
  const twins = sameUnit(reports);
  const at = opts.at ?? new Date();
  // (a report starts a new page where anything is printed before it: the tally, the files not checked, the overview, another report)
  const before = reports.length > 1 || unreadable.length > 0;
  const body = reports.map((r, k) => one(r, lang, known.find((p) => p.id === r.pack.id && p.version === r.pack.version) ?? known.find((p) => p.id === r.pack.id), before ? `r${k + 1}` : undefined, twins.get(k), before)).join('<hr>');
  // (a batch opens on one line per report, its verdict and counts, each a link to its section: 25 reports made a page 43 000 px tall with no
  // way to see the round at a glance — walk51)
  const T = TERMS[lang];
  const overview = reports.length > 1
    // (… each with its unit and template, the reports not ready first: a director reads who and why, not file names — walk53b, item 3)
    ? `<section class="overview"><h2>${esc(T.overview)}</h2><table><thead><tr><th>${esc(T.unit)}</th><th>${esc(T.template)}</th><th>${esc(T.result)}</th><th>${esc(T.Errors)}</th><th>${esc(T.Warnings)}</th><th>${esc(T.file)}</th></tr></thead><tbody>${reports.map((r, k) => ({ r, k })).sort((a, b) => Number(a.r.summary.ready) - Number(b.r.summary.ready) || a.k - b.k).map(({ r, k }) =>
      `<tr><td data-h="${esc(T.unit)}">${esc(r.unit ?? '')}</td><td data-h="${esc(T.template)}">${esc(r.pack.title ?? r.pack.id)}</td><td data-h="${esc(T.result)}"><span class="st ${r.summary.ready ? 'ok' : 'bad'}">${esc(r.summary.ready ? T.ready : T.notReady)}</span>${r.draft ? `<br><small>${esc(DRAFT_NOTE[lang])}</small>` : ''}</td><td class="num" data-h="${esc(T.Errors)}">${r.summary.errors}</td><td class="num" data-h="${esc(T.Warnings)}">${r.summary.warnings}</td><td data-h="${esc(T.file)}"><a href="#r${k + 1}">${esc(r.file ? fileName(r.file) : `${k + 1}`)}</a>${twins.has(k) ? `<br><small>${esc(sameUnitNote(lang, twins.get(k)!))}</small>` : ''}</td></tr>`).join('')}</tbody></table></section><hr>`
    : '';
  const tally = reports.length + unreadable.length > 1 || unreadable.length ? `<p class="tally">${esc(batchTally(lang, reports, unreadable.length))}</p>` : '';
  const failed = unreadable.length ? `<section class="unreadable"><h2>${esc(TERMS[lang].unreadable)}</h2><ul>${unreadable.map((u) => `<li><b>${esc(u.file)}</b>: ${esc(u.error)}</li>`).join('')}</ul></section>${body ? '<hr>' : ''}` : '';
  const when = checkedAtText(lang, at);
  const checked = `<p class="meta checked">${esc(when)}${opts.due ? ` · ${esc(PRINT_WORDS[lang].due)}: ${esc(dayText(opts.due, lang))}` : ''}</p>${lang === 'en' ? `<p class="meta">${esc(NOTATION)}</p>` : ''}`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(TERMS[lang].title)}</title><style>${CSS}</style><style>${pageCss(reports, lang, when, before)}</style></head><body><h1>${esc(TERMS[lang].title)}</h1>${checked}${tally}${failed}${overview}${body}</body></html>\n`;
}

/**
 * The printed page's margins: whose the page is at the top left (the unit and its file; the title over a batch's first pages), the time
 * of the check at the bottom left, "Trang x/y" at the bottom right. A report of a batch prints on pages named for it (`page: rN`), so that
 * its unit heads every page of it; a report alone names the page itself.
 */
function pageCss(reports: ReportResult[], lang: Lang, when: string, named: boolean): string {
  const head = named || !reports.length ? TERMS[lang].title : whoOf(reports[0], lang);
  const own = named ? reports.map((r, k) => `@page r${k + 1}{${marginBox('top-left', cssString(whoOf(r, lang)))}}`).join('') : '';
  const by = named ? `@media print{${reports.map((_, k) => `#r${k + 1}{page:r${k + 1}}`).join('')}}` : '';
  return `${pageMarginCss(lang, head, when)}${own}${by}`;
}

const marginBox = (where: string, content: string) => `@${where}{content:${content};font-family:"Segoe UI","Noto Sans",Arial,sans-serif;font-size:8.5pt;color:#000}`;

/**
 * The printed page's margins, for this page and the reviewer web page: `head` at the top left (whose the page is), `when` the check was
 * made at the bottom left, "Trang x/y" at the bottom right. CSS page margin boxes, which Chromium prints from version 131.
 */
export function pageMarginCss(lang: Lang, head: string, when?: string): string {
  return `@page{${marginBox('top-left', cssString(head))}${when ? marginBox('bottom-left', cssString(when)) : ''}${marginBox('bottom-right', `${cssString(`${PRINT_WORDS[lang].page} `)} counter(page) "/" counter(pages)`)}}`;
}
