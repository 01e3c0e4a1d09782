/**
 * The summary as an Excel workbook (exceljs, loaded only by `decuong summary`): "Tổng hợp", one
 * "Chỉ tiêu" sheet per pack with indicators, "Điểm cần xem". Values are numbers and dates Excel computes
 * with; sums, minimums, medians and maximums are formulas with their results stored, so the file reads
 * right before any recalculation (LibreOffice recalculates, Excel keeps them).
 */
import type ExcelJS from 'exceljs';
import type { Summary, CellStatus, IndicatorMatrix } from '../../core/summary/model';
import { packCell } from '../../core/summary/model';
import { rowNote, summaryWords, type Words } from '../../core/summary/words';
import { describeTarget } from '../../core/indicators';
import { DISPUTED } from '../../core/format/words';
import type { Lang } from '../../packs/validate';
import { dayText } from '../../core/dates';

const FILL: Record<CellStatus, string | undefined> = {
  met: 'FFC6EFCE', 'not-met': 'FFFFC7CE', 'not-quoted': 'FFFFEB9C', misquoted: 'FFF8CBAD', 'not-applicable': undefined, contribution: 'FFDDEBF7',
};
const HEAD_FILL = 'FFD9E1F2';

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** An ISO date as an Excel date (midnight UTC, so no time zone moves it a day). */
const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** Column letter(s) of a 1-based index. */
/** A thin rule on every side of a cell. */
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
/** Text for a header or footer, its "&" doubled (a lone one opens a code there). */
const amp = (text: string) => text.replace(/&/g, '&&');
/** The footer's words: the count of the batch as the summary keeps it (the parts that are none left out), the round's due date where the
 * office gave one (a template's own is no round's), the day checked on this machine's calendar (code review of session 62). */
function printHead(s: Summary, w: Words, lang: Lang): string {
  const kept = s.rows.filter((r) => r.state === 'kept');
  const counts: Array<[Parameters<Words>[0], number]> = [['printReady', kept.filter((r) => r.ready).length], ['printNot', kept.filter((r) => !r.ready).length], ['printUnread', s.rows.filter((r) => r.state === 'unreadable').length], ['printReplaced', s.rows.filter((r) => r.state === 'replaced').length]];
  return [counts.filter(([, n]) => n > 0).map(([k, n]) => w(k, { n })).join('; '), s.due ? w('printDue', { date: dayText(s.due, lang) }) : '', w('printChecked', { date: dayText(new Date(), lang) })].filter(Boolean).join(' · ');
}

export function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
/** A number format that shows the unit after the number ("84,9%", "36 xã") and keeps it a number. */
/** A number with its unit after it, and words after that (`after`, " (chưa đạt)"), in one quoted text: the cell keeps a number. */
const unitFormat = (unit: string, after = '') => (unit || after ? `General"${unit ? `${unit.startsWith('%') ? '' : ' '}${unit.replace(/"/g, '')}` : ''}${after.replace(/"/g, '')}"` : 'General');
/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (s: string) => s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

function header(ws: ExcelJS.Worksheet, titles: string[], row = 1) {
  const r = ws.getRow(row);
  titles.forEach((t, i) => {
    const c = r.getCell(i + 1);
    c.value = t;
    c.font = { bold: true };
    c.fill = fill(HEAD_FILL);
    c.alignment = { vertical: 'middle', wrapText: true };
    c.border = { bottom: { style: 'thin' } };
  });
}

/** The workbook as a file (Node). */
export async function writeXlsx(s: Summary, lang: Lang): Promise<Buffer> {
  return Buffer.from(await xlsxBytes(s, lang));
}

/** The workbook's bytes, with no Node API: the CLI writes them to a file, the web page offers them as a download. */
export async function xlsxBytes(s: Summary, lang: Lang): Promise<Uint8Array<ArrayBuffer>> {
  const { default: Excel } = (await import('exceljs')) as unknown as { default: typeof ExcelJS };
  const w = summaryWords(lang);
  const wb = new Excel.Workbook();
  wb.creator = 'decuong';
  wb.created = new Date();
  // Excel recalculates the sums on opening (LibreOffice always does); the stored results are for readers that do not
  wb.calcProperties.fullCalcOnLoad = true;
  const dateFmt = lang === 'en' ? 'yyyy-mm-dd' : 'dd/mm/yyyy';

  // Tổng hợp
  const ws = wb.addWorksheet(sheetName(w('sheetSummary')), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const cols = ['n', 'unit', 'above', 'level', 'file', 'number', 'date', 'due', 'timeliness', 'ready', 'errors', 'warnings', 'reasons', 'pack', 'note'] as const;
  const widths = [5, 34, 24, 10, 28, 16, 12, 12, 14, 10, 6, 7, 40, 26, 40];
  ws.columns = widths.map((width) => ({ width }));
  header(ws, cols.map((c) => w(c)));
  for (const r of s.rows) {
    const note = rowNote(r, w);
    const row = ws.addRow([
      r.n, r.unit ?? '', r.above ?? '', w.level(r.level), r.file, r.number ?? '',
      r.date ? excelDate(r.date) : null, r.due ? excelDate(r.due) : null,
      r.state === 'unreadable' ? '' : w.timeliness(r.timeliness, r.daysLate),
      w.ready(r),
      r.errors ?? null, r.warnings ?? null, r.reasons.join('\n'),
      r.pack ? packCell(r.pack) : '', note,
    ]);
    row.getCell(7).numFmt = dateFmt;
    row.getCell(8).numFmt = dateFmt;
    row.alignment = { vertical: 'top', wrapText: true };
    if (r.state === 'unreadable') row.eachCell((c) => (c.fill = fill('FFFFC7CE')));
    else if (r.state === 'replaced') row.eachCell((c) => (c.font = { italic: true, color: { argb: 'FF808080' } }));
    else {
      row.getCell(10).fill = fill(r.ready ? 'FFC6EFCE' : 'FFFFC7CE');
      if (r.timeliness === 'late') row.getCell(9).font = { color: { argb: 'FFC00000' }, bold: true };
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, s.rows.length + 1), column: cols.length } };

  // Chỉ tiêu
  // (one sheet per pack, named by it where there are several: "Chỉ tiêu (2)" said nothing of which — walk53, item 5)
  const names = s.matrices.map((m) => sheetName(`${w('sheetIndicators')} ${m.pack.id}`));
  s.matrices.forEach((m, k) => indicatorSheet(wb, m, lang, s.matrices.length === 1 ? w('sheetIndicators') : names.indexOf(names[k]) === k ? names[k] : `${w('sheetIndicators')} (${k + 1})`));

  // Điểm cần xem
  const wf = wb.addWorksheet(sheetName(w('sheetFindings')), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  // (the kind of point in words to filter by, its code last, as the CLI prints it in brackets — walk50, left then)
  wf.columns = [30, 26, 30, 9, 34, 7, 70, 50, 60, 22].map((width) => ({ width }));
  header(wf, [w('unitCol'), w('file'), w('kind'), w('severity'), w('section'), w('paragraph'), w('message'), w('suggestion'), w('excerpt'), w('code')]);
  for (const f of s.findings) {
    const row = wf.addRow([f.unit, f.file, f.kind, w(f.severity), f.section ?? '', f.where ?? '', f.message, f.suggestion ?? '', f.excerpt ?? '', f.code]);
    row.alignment = { vertical: 'top', wrapText: true };
    if (f.severity === 'error') row.getCell(4).font = { color: { argb: 'FFC00000' }, bold: true };
  }
  wf.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, s.findings.length + 1), column: 10 } };

  // (printed on A4 across, each sheet as wide as a page: the director reads it on paper — walk53, item 5)
  for (const sheet of wb.worksheets) sheet.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: sheet.name === sheetName(w('sheetSummary')) || sheet.name === sheetName(w('sheetFindings')) ? '1:1' : '1:2' };
  // (on paper each page says what it is, the round's count and due date, when it was checked and which page of how many; the summary's
  // cells are ruled — walk62, items 2 and 3: a printed sheet had no title, no count, no page numbers and no lines)
  const head = printHead(s, w, lang);
  for (const sheet of wb.worksheets) sheet.headerFooter = { oddHeader: `&L&B${amp(w('printTitle'))}&B&R${amp(sheet.name)}`, oddFooter: `&L${amp(head)}&R${w('printPage')}` };
  ws.eachRow((row) => row.eachCell({ includeEmpty: true }, (c) => (c.border = THIN)));
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}

function indicatorSheet(wb: ExcelJS.Workbook, m: IndicatorMatrix, lang: Lang, name: string) {
  const w = summaryWords(lang);
  const ws = wb.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }] });
  ws.getCell('A1').value = w('packLine', { title: m.pack.title, id: m.pack.id, version: m.pack.version });
  ws.getCell('A1').font = { bold: true };
  // (each column wide enough for a figure, its unit and, where a unit's figure is short of its target, "(chưa đạt)": a narrower one showed
  // "###" — code review of session 62)
  ws.columns = [{ width: 36 }, { width: 10 }, ...m.columns.map((c, k) => ({ width: Math.max(16, Math.min(48, 10 + c.unit.length + (m.rows.some((r) => r.cells[k]?.status === 'not-met') ? 12 : 0))) }))];
  header(ws, [w('unitCol'), w('level'), ...m.columns.map((c) => `${c.label} (${c.unit})\n${w('target')}: ${describeTarget(c.target, c.unit, lang)}`)], 2);
  ws.getRow(2).height = 90;
  const FIRST = 3;
  m.rows.forEach((r, i) => {
    const row = ws.getRow(FIRST + i);
    row.getCell(1).value = r.unit;
    row.getCell(2).value = w.level(r.level);
    r.cells.forEach((c, k) => {
      const cell = row.getCell(3 + k);
      if (c.value !== undefined) {
        cell.value = c.value;
        // (a figure short of its target says so in words after it, the number kept a number: on a black-and-white printer the cell's colour
        // was the only mark — walk62, item 12)
        cell.numFmt = unitFormat(m.columns[k].unit, c.status === 'not-met' ? ` (${w.status('not-met').toLowerCase()})` : '');
        // (a figure the check found wrong in its own paragraph says so on the cell, as the HTML's and the pane's tables do — walk60's left)
        const quote = c.quote && c.quote.length > 500 ? `${c.quote.slice(0, 499)}…` : c.quote;
        if (c.disputed) {
          cell.note = quote ? `${DISPUTED[lang]}\n${quote}` : DISPUTED[lang];
          cell.font = { italic: true, color: { argb: 'FFC00000' } };
        } else if (quote) cell.note = quote;
      } else if (c.status === 'not-quoted' || c.status === 'misquoted') {
        cell.value = w.status(c.status);
        cell.font = { italic: true, color: { argb: 'FF7F6000' } };
      }
      const f = FILL[c.status];
      if (f) cell.fill = fill(f);
    });
  });
  // below: per level, sums of counts against the target, and the spread of rates
  let at = FIRST + m.rows.length + 1;
  const label = (text: string) => {
    const c = ws.getCell(at, 1);
    c.value = text;
    c.font = { bold: true };
  };
  for (const g of m.byLevel) {
    const lv = g.level ? w.level(g.level) : w('noLevel');
    const range = (k: number) => `${colName(3 + k)}${FIRST + g.from}:${colName(3 + k)}${FIRST + g.to}`;
    const withCount = g.cells.some((c, k) => m.columns[k].kind === 'count' && c.sum !== undefined);
    // (units of several provinces: one line saying their counts are not added up)
    if (g.provinces) {
      label(w('provincesApart', { n: g.provinces.length, names: g.provinces.join(', ') }));
      at++;
    }
    if (withCount) {
      label(w('levelSum', { level: lv.toLowerCase(), n: Math.max(...g.cells.map((c, k) => (m.columns[k].kind === 'count' ? c.n : 0))) }));
      g.cells.forEach((c, k) => {
        if (m.columns[k].kind !== 'count' || c.sum === undefined) return;
        const cell = ws.getCell(at, 3 + k);
        // (a formula only where it gives the sum as counted: a place reported twice counts once, a province's target a district quotes not
        // at all — a SUM over the rows would change the figure when the file is opened, the verdict beside it not — walk46)
        const plain = m.rows.slice(g.from, g.to + 1).reduce((a, r) => a + (r.cells[k].value ?? 0), 0);
        if (Math.abs(plain - c.sum) < 1e-9) cell.value = { formula: `SUM(${range(k)})`, result: c.sum };
        else {
          cell.value = c.sum;
          cell.note = w('sumCounted');
        }
        cell.numFmt = unitFormat(m.columns[k].unit);
        cell.font = { bold: true };
      });
      at++;
      label(w('against'));
      g.cells.forEach((c, k) => {
        if (m.columns[k].kind !== 'count' || c.sum === undefined) return;
        const cell = ws.getCell(at, 3 + k);
        cell.value = `${w(c.against ?? 'open')} (${describeTarget(m.columns[k].target, m.columns[k].unit, lang)})`;
        if (c.against !== 'open') cell.fill = fill(FILL[c.against ?? 'not-met']!);
      });
      at++;
    }
    if (g.cells.some((c, k) => m.columns[k].kind === 'rate' && c.min !== undefined)) {
      for (const [key, fn, pick] of [['levelMin', 'MIN', 'min'], ['levelMedian', 'MEDIAN', 'median'], ['levelMax', 'MAX', 'max']] as const) {
        label(w(key, { level: lv.toLowerCase() }));
        g.cells.forEach((c, k) => {
          if (m.columns[k].kind !== 'rate' || c[pick] === undefined) return;
          const cell = ws.getCell(at, 3 + k);
          // (a formula only where the rows are the values counted: a place reported by two bodies counts once — walk51)
          const inRange = m.rows.slice(g.from, g.to + 1).filter((r) => r.cells[k].value !== undefined).length;
          if (inRange === c.n) cell.value = { formula: `${fn}(${range(k)})`, result: c[pick]! };
          else {
            cell.value = c[pick]!;
            cell.note = w('sumCounted');
          }
          cell.numFmt = unitFormat(m.columns[k].unit);
        });
        at++;
      }
    }
    at++;
  }
  label(w('legend'));
  at++;
  for (const st of ['met', 'not-met', 'not-quoted', 'misquoted', 'contribution', 'not-applicable'] as const) {
    const c = ws.getCell(at++, 1);
    c.value = w.status(st);
    if (FILL[st]) c.fill = fill(FILL[st]!);
  }
}
