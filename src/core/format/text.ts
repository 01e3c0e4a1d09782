/** Terminal report: grouped by section, colour when writing to a TTY. */
import type { Lang } from '../../packs/validate';
import { excerpt } from '../text';
import type { Finding, ReportResult } from '../report';
import { DRAFT_NOTE, NOTATION, batchTally, countsText, fileName, levelName, outlineProgress, placeOf, progressText, sameUnit, sameUnitNote, templateNotices } from './words';

export { placeOf };

const C = { red: '\x1b[31m', yellow: '\x1b[33m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** An outline item's numbers from its part down, "Phần thứ nhất › III › 1" (sections are listed in outline order with their depth). */
function pathOf(sections: ReportResult['sections'], at: number): string {
  const out = [sections[at].number];
  for (let k = at - 1, depth = sections[at].depth; k >= 0 && depth > 0; k--) {
    if (sections[k].depth < depth) {
      if (sections[k].number) out.unshift(sections[k].number);
      depth = sections[k].depth;
    }
  }
  return out.join(' › ');
}

/**
 * The reports as text; a batch (more than one file, or any that could not be read: `unread`, each with why) closes on its tally, the files
 * not read named above it.
 */
export function formatText(reports: ReportResult[], lang: Lang, color: boolean, unread: Array<{ file: string; error: string }> = []): string {
  const failed = unread.length;
  const c = (k: keyof typeof C, s: string) => (color ? C[k] + s + C.reset : s);
  const vi = lang === 'vi';
  const out: string[] = [];
  const twins = sameUnit(reports);
  for (const [ri, r] of reports.entries()) {
    // (the template by its title, as the pane and the web page name it, and its version: an official knows no "nq16-so-ket-3-nam" — session
    // 39's walk-through; the id stays in the JSON)
    const named = r.pack.title ? `${r.pack.title} (${vi ? 'phiên bản' : 'version'} ${r.pack.version})` : `${r.pack.id} ${r.pack.version}`;
    // (… after the file, the unit as its header names it: an office checking a folder reads its units, not the names the files were sent
    // under — walk58)
    out.push(c('bold', `${r.file ?? ''}${r.unit ? ` — ${r.unit}` : ''}`) + c('dim', `  [${vi ? 'mẫu báo cáo' : 'template'}: ${named}${r.pack.chosen === 'auto' ? (vi ? ', tự nhận biết theo tiêu đề' : ', recognised from the title') : r.pack.chosen === 'outline' ? (vi ? ', tự nhận biết theo các mục của đề cương (tiêu đề không nêu mẫu)' : ', recognised from its headings (the title names no template)') : ''}${r.level ? `; ${levelName(lang, r.level) ?? r.level}` : vi ? '; chưa nhận ra cấp báo cáo: chỉ tiêu nêu ra được kiểm tra theo mọi cấp, chỉ tiêu thiếu chỉ xét những chỉ tiêu cấp nào cũng phải nêu (chọn cấp: --level)' : '; level not recognised: quoted indicators are checked at every level, and only those every level must give are looked for (set it with --level)'}]`));
    for (const n of templateNotices(r, lang)) out.push(c('yellow', `  ! ${n}`));
    if (twins.has(ri)) out.push(c('yellow', `  ! ${sameUnitNote(lang, twins.get(ri)!)}`));
    const bySection = new Map<string, Finding[]>();
    for (const f of r.findings) {
      const k = f.section ?? (f.indicator ? `ind:${f.indicator}` : '');
      bySection.set(k, [...(bySection.get(k) ?? []), f]);
    }
    // (sections in the outline's order, as the pane, the HTML report and the workbook list them — a missing item where it belongs, not
    // last; the whole document's points first — walk44, item 8)
    const order = new Map(r.sections.map((s, i) => [s.id, i]));
    for (const [k, fs] of [...bySection].sort(([a], [b]) => (order.get(a) ?? -1) - (order.get(b) ?? -1))) {
      const s = r.sections.find((x) => x.id === k);
      // (a section the writer wrote is named by the writer's own heading, which can be searched for in Word; one left out by the outline's —
      // session 39's walk-through, item 4)
      const head = s?.heading?.trim() ? s.heading.trim() : s ? `${s.number ? s.number + '. ' : ''}${s.title}` : k.startsWith('ind:') ? (vi ? 'Chỉ tiêu' : 'Indicators') : vi ? 'Toàn văn bản' : 'Whole document';
      // (… and the item's path in the outline beside it, as the pane places it, "(mục Phần thứ nhất › III › 1 của đề cương)": an item's number
      // alone, "1", is many items')
      // (… a missing item's too, named by the outline's number and title: where it belongs — session 41's walk-through, item 3)
      const path = s?.number ? pathOf(r.sections, r.sections.indexOf(s)) : '';
      const where = path ? c('dim', vi ? `  (mục ${path} của đề cương)` : `  (outline item ${path})`) : '';
      out.push(`  ${c('bold', excerpt(head, 90))}${where}`);
      // (in the order of the document, and on one paragraph the error before the warning: "Ghi 'vượt mục tiêu' nhưng …" before "… chưa
      // đạt mục tiêu" about the same figure — session 41's walk-through, item 4)
      const rank = { error: 0, warning: 1, info: 2 } as const;
      const first = (f: Finding, i: number) => (f.paragraph === undefined ? i : fs.findIndex((x) => x.paragraph === f.paragraph));
      const inOrder = fs.map((f, i) => ({ f, i, at: first(f, i) })).sort((a, b) => a.at - b.at || rank[a.f.severity] - rank[b.f.severity] || a.i - b.i).map((x) => x.f);
      for (const f of inOrder) {
        const sev = f.severity === 'error' ? c('red', vi ? 'lỗi    ' : 'error  ') : f.severity === 'warning' ? c('yellow', vi ? 'lưu ý  ' : 'warning') : c('dim', vi ? 'thông tin' : 'note   ');
        // (the paragraph's place in words, "mục 2.5, đoạn 3": "¶60" means nothing to most readers — item 5; the quote below it is what to
        // search for)
        // (… a table's cell by its table and row, "bảng 2, dòng 5", tables counted from the top — walk54)
        const at = placeOf(f, lang);
        const where = at ? c('dim', `${at} `) : '';
        out.push(`    ${sev} ${where}${f.message[lang]} ${c('dim', `[${f.code}]`)}`);
        if (f.excerpt) out.push(c('dim', `             « ${f.excerpt} »`));
        if (f.suggestion) out.push(c('dim', `             → ${f.suggestion[lang]}`));
      }
    }
    const s = r.summary;
    const verdict = s.ready ? c('green', vi ? 'SẴN SÀNG NỘP' : 'READY TO SUBMIT') : c('red', vi ? 'CHƯA SẴN SÀNG NỘP' : 'NOT READY TO SUBMIT');
    const prog = outlineProgress(r);
    // (no count of items written where the outline could not be found in the document: "6/46 mục đã viết" reads as a report nearly empty
    // when the template is the wrong one — session 41's walk-through, item 8)
    // (one error, one warning in English: "1 errors" — session 42's walk-through, item 10)
    out.push(`  ${verdict}: ${countsText(lang, s.errors, s.warnings)}${s.mapped ? `; ${progressText(prog.all, lang)}` : ''}`);
    // (each part by its number alone where it has one, "Phần thứ nhất 32/33", not its title cut: "Phần thứ nhất: TÌNH HÌNH, KẾT QUẢ THỰC …")
    const partName = (label: string) => (/^[^:]{1,30}:/u.test(label) ? label.slice(0, label.indexOf(':')) : excerpt(label, 40));
    if (s.mapped && prog.parts.length > 1) out.push(c('dim', `  ${prog.parts.map((p) => `${partName(p.label)} ${p.written}/${p.total}`).join(' · ')}`));
    out.push('');
  }
  // (the files not read are named on stderr, each with its reason, and here too: a saved log named none of the units to call back — walk51)
  if (unread.length) {
    out.push(c('bold', vi ? `Không kiểm tra được (${unread.length} tệp):` : `Could not be checked (${unread.length} ${unread.length === 1 ? 'file' : 'files'}):`));
    for (const e of unread) out.push(`  ${e.file}: ${e.error}`);
    out.push('');
  }
  // (a batch closes on its units by verdict, those to call back first: who is ready was only found by scrolling the whole output — walk62,
  // item 10)
  if (reports.length > 1) {
    const name = (r: ReportResult) => `${r.unit ?? fileName(r.file ?? '')}${r.unit && r.file ? ` (${fileName(r.file)})` : ''}`;
    const not = reports.filter((r) => !r.summary.ready);
    const ready = reports.filter((r) => r.summary.ready);
    const draft = (r: ReportResult) => (r.draft ? ` — ${c('yellow', DRAFT_NOTE[lang])}` : '');
    if (not.length) out.push(c('bold', `${vi ? 'Chưa sẵn sàng nộp' : 'Not ready to submit'} (${not.length}):`), ...not.map((r) => `  ${c('red', '✗')} ${name(r)}: ${countsText(lang, r.summary.errors, r.summary.warnings)}${draft(r)}`));
    if (ready.length) out.push(c('bold', `${vi ? 'Sẵn sàng nộp' : 'Ready to submit'} (${ready.length}):`), ...ready.map((r) => `  ${c('green', '✓')} ${name(r)}${draft(r)}`));
    out.push('');
  }
  if (reports.length + failed > 1) out.push(c('bold', batchTally(lang, reports, failed)));
  // (how the figures read, once, for an English reader: walk64, item 2)
  if (lang === 'en' && reports.length) out.push(c('dim', NOTATION));
  return out.join('\n') + '\n';
}

