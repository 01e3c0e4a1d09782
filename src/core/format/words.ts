/**
 * The words people read, shared by the task pane, the HTML report, the copied summary and the CLI's
 * text: one term per thing ("mẫu báo cáo", "mục", "lỗi", "lưu ý", "Đạt"/"Chưa đạt"), numbers the
 * Vietnamese way with their unit, section paths instead of paragraph numbers. No rule codes here.
 */
import type { Level, Pack, Section, Target } from '../../packs/schema';
import { ofOtherKind, type Finding, type IndicatorStatus, type ReportResult, type SectionStatus, type Severity } from '../report';
import { formatVn } from '../numbers';
import { unitKey } from '../summary/header';

export type Lang = 'vi' | 'en';

export const TERMS = {
  vi: {
    template: 'Mẫu báo cáo', version: 'phiên bản', level: 'cấp', error: 'lỗi', warning: 'lưu ý', info: 'thông tin',
    Error: 'Lỗi', Warning: 'Lưu ý', Info: 'Thông tin',
    ready: 'Sẵn sàng nộp', notReady: 'Chưa sẵn sàng nộp', written: 'mục đã viết',
    title: 'Kết quả kiểm tra báo cáo', findings: 'Những điểm cần xem', checklist: 'Các mục của đề cương', indicators: 'Chỉ tiêu',
    indicator: 'Chỉ tiêu', target: 'Mục tiêu', value: 'Thực hiện', status: 'Đánh giá', general: 'Toàn văn bản', none: 'Không có điểm nào cần xem.',
    byPart: 'Tiến độ theo phần', file: 'Tệp', unreadable: 'Tệp không kiểm tra được',
    overview: 'Các báo cáo', result: 'Kết quả', Errors: 'Lỗi', Warnings: 'Lưu ý', unit: 'Đơn vị',
  },
  en: {
    template: 'Report template', version: 'version', level: 'level', error: 'error', warning: 'warning', info: 'note',
    Error: 'Error', Warning: 'Warning', Info: 'Note',
    ready: 'Ready to submit', notReady: 'Not ready to submit', written: 'items written',
    title: 'Report check', findings: 'Points to review', checklist: 'Outline items', indicators: 'Indicators',
    indicator: 'Indicator', target: 'Target', value: 'Achieved', status: 'Assessment', general: 'Whole document', none: 'Nothing to review.',
    byPart: 'Progress by part', file: 'File', unreadable: 'Files that could not be checked',
    overview: 'The reports', result: 'Result', Errors: 'Errors', Warnings: 'Warnings', unit: 'Unit',
  },
} as const;

export const LEVEL_NAME: Record<Lang, Record<Level, string>> = {
  vi: { tinh: 'cấp tỉnh', huyen: 'cấp huyện', xa: 'cấp xã', 'so-nganh': 'sở, ngành' },
  en: { tinh: 'province', huyen: 'district', xa: 'commune', 'so-nganh': 'department' },
};

export const levelName = (lang: Lang, level?: string): string | undefined =>
  level && level in LEVEL_NAME[lang] ? LEVEL_NAME[lang][level as Level] : undefined;

export const severityWord = (lang: Lang, s: Severity, capital = false): string =>
  TERMS[lang][capital ? (s === 'error' ? 'Error' : s === 'warning' ? 'Warning' : 'Info') : s];

/** "3 lỗi, 1 lưu ý"; in English with the plural where it is due, "1 error, 2 warnings" (walk57: the HTML report and the copied summary
 * said "4 error"). One wording for the CLI, the HTML report and the pane's summary. */
export function countsText(lang: Lang, errors: number, warnings: number): string {
  const en = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return lang === 'vi' ? `${errors} lỗi, ${warnings} lưu ý` : `${en(errors, 'error')}, ${en(warnings, 'warning')}`;
}

export const INDICATOR_WORD: Record<Lang, Record<IndicatorStatus['status'], string>> = {
  vi: { met: 'Đạt', 'not-met': 'Chưa đạt', 'not-quoted': 'Chưa nêu số liệu', misquoted: 'Ghi sai mục tiêu', 'not-applicable': 'Không áp dụng' },
  en: { met: 'Met', 'not-met': 'Not met', 'not-quoted': 'No figure given', misquoted: 'Target misquoted', 'not-applicable': 'Not applicable' },
};

/**
 * The Đánh giá an indicator's figure earns, as an indicator table writes it: "Vượt" beyond the target,
 * "Đạt" on it, "Chưa đạt" short of it; for any other status the status word.
 */
export function assessmentWord(i: Pick<IndicatorStatus, 'status' | 'assessment'>, lang: Lang): string {
  if (i.assessment === 'exceeded') return lang === 'vi' ? 'Vượt' : 'Exceeded';
  return INDICATOR_WORD[lang][i.status];
}

export const SECTION_WORD: Record<Lang, Record<SectionStatus['status'], string>> = {
  vi: { present: 'Đã viết', missing: 'Thiếu', empty: 'Chưa có nội dung', 'out-of-order': 'Sai thứ tự', 'not-applicable': 'Không áp dụng' },
  en: { present: 'Written', missing: 'Missing', empty: 'No content yet', 'out-of-order': 'Out of order', 'not-applicable': 'Not applicable' },
};

/** "II. Kết quả", "(1) Quy hoạch", "a) Nội dung", "Phần thứ nhất: Kết quả": never "(1). ". */
export function sectionLabel(number: string, title: string): string {
  const n = number.trim();
  if (!n) return title;
  if (/^phần\b/i.test(n)) return `${n}: ${title}`;
  return /[.):]$/.test(n) ? `${n} ${title}` : `${n}. ${title}`;
}

/** Each section's path of numbers from the top of the outline: "Phần thứ nhất › IV › 3". */
export function sectionPaths(pack: Pack): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (list: Section[], above: string[]) => {
    for (const s of list) {
      const mine = s.number.trim().replace(/[.:]$/, '') || s.title;
      const path = [...above, mine];
      out.set(s.id, path.join(' › '));
      walk(s.children, path);
    }
  };
  walk(pack.outline, []);
  return out;
}

/**
 * A value with its unit, the Vietnamese way in either language: "84,9%", "2.145 ha", "36 xã" — as the report writes it and as the findings
 * quote it, so that a figure is the same in the table and in the finding beside it (walk64, item 2: "84.9%" in the English table, "84,9%" in
 * the finding). The English pages say how to read it (NOTATION).
 */
export function valueText(value: number, unit: string, _lang: Lang): string {
  const n = formatVn(value);
  if (!unit) return n;
  return unit.startsWith('%') ? `${n}${unit}` : `${n} ${unit}`;
}

/**
 * Whether the indicator's figure is one the check found wrong in its own paragraph ("97/112 thôn là 86,6%, không phải 88,6%"): shown with
 * a mark in the tables of indicators, not as a plain result beside "Vượt" (walk60, item 9).
 */
export function disputedValue(r: ReportResult, i: IndicatorStatus): boolean {
  if (i.value === undefined || i.paragraph === undefined) return false;
  return r.findings.some((f) => f.code === 'arithmetic-mismatch' && f.paragraph === i.paragraph && f.wrong !== undefined && Math.abs(f.wrong - i.value!) < 1e-9 && f.wrongUnit === i.unit);
}
/** The mark a disputed figure carries. */
export const DISPUTED: Record<Lang, string> = { vi: '(số liệu sai, xem các điểm cần xem)', en: '(figure found wrong, see the findings)' };

/** A target in words, numbers the Vietnamese way: "≥ 85%", "≥ 2.000 ha", "gấp ≥ 1,5 lần năm 2020". */
export function targetText(t: Target, unit: string, lang: Lang): string {
  const v = (n: number) => valueText(n, unit, lang);
  const f = (n: number) => formatVn(n);
  switch (t.comparator) {
    case 'at-least': return `${t.strict ? '>' : '≥'} ${v(t.value)}`;
    case 'at-most': return `${t.strict ? '<' : '≤'} ${v(t.value)}`;
    case 'exactly': return v(t.value);
    case 'range': return `${f(t.min)}–${v(t.max)}`;
    case 'multiple-of-base': return lang === 'vi' ? `gấp ≥ ${f(t.factor)} lần năm ${t.baseYear}` : `≥ ${f(t.factor)}× the ${t.baseYear} level`;
    case 'reduction-per-year': return lang === 'vi' ? `giảm ${t.strict ? '>' : '≥'} ${f(t.value)} điểm %/năm` : `down ${t.strict ? '>' : '≥'} ${f(t.value)} points/year`;
    case 'count-of-total': return `${f(t.count)}/${v(t.total)}`;
  }
}

export interface Progress {
  written: number;
  total: number;
}

/** Items written out of the items that apply: the whole outline and each top-level part. */
/** The words of a printed page (the HTML report's and the web page's): page numbers, the time of the check, the outline printed in part. */
export const PRINT_WORDS = {
  vi: { page: 'Trang', checkedAt: 'Kiểm tra lúc', on: 'ngày', due: 'Hạn nộp của đợt', outlinePrinted: 'Bản in chỉ nêu các mục còn thiếu, trống hoặc sai thứ tự.' },
  en: { page: 'Page', checkedAt: 'Checked at', on: 'on', due: 'Round due date', outlinePrinted: 'The print lists only the items missing, empty or out of order.' },
} as const;

/** The outline's items not written (missing, empty, out of order), as a printed page lists them; items that do not apply left out. */
export const unwrittenItems = (r: ReportResult): SectionStatus[] => r.sections.filter((s) => s.status !== 'not-applicable' && s.status !== 'present');

export function outlineProgress(r: ReportResult): { all: Progress; parts: Array<Progress & { id: string; label: string }> } {
  const counts = (xs: SectionStatus[]) => {
    const applies = xs.filter((x) => x.status !== 'not-applicable');
    return { written: applies.filter((x) => x.status === 'present' || x.status === 'out-of-order').length, total: applies.length };
  };
  const parts: Array<Progress & { id: string; label: string }> = [];
  let cur: SectionStatus[] = [];
  const flush = () => {
    if (cur.length) parts.push({ id: cur[0].id, label: sectionLabel(cur[0].number, cur[0].title), ...counts(cur) });
  };
  for (const s of r.sections) {
    if (s.depth === 0) {
      flush();
      cur = [];
    }
    cur.push(s);
  }
  flush();
  // a flat outline (every item a part of its own) has no progress by part to give
  const shown = parts.filter((p) => p.total > 0);
  return { all: counts(r.sections), parts: shown.some((p) => p.total > 1) ? shown : [] };
}

/** A batch's tally, in the task pane's and the web page's words: "Đã kiểm tra 5 tệp: 1 sẵn sàng nộp, 2 chưa sẵn sàng nộp, 2 không kiểm tra được." */
export const batchTally = (lang: Lang, reports: ReportResult[], failed: number): string => {
  const ready = reports.filter((r) => r.summary.ready).length;
  const n = reports.length + failed;
  // (files of one unit for one template counted each: two of a unit, an old one and the one sent again, read as two reports — session 53's
  // LEFT; said here, each file named beside its report, and `summary` keeps the later)
  const twice = sameUnit(reports).size;
  // (reports still marked a draft, ready or not: the line a reviewer reports from — code review of walk64, item 5)
  const drafted = reports.filter((r) => r.draft).length;
  const drafts = !drafted ? '' : lang === 'en' ? ` ${drafted} still marked "DỰ THẢO" (draft) at the head.` : ` Có ${drafted} báo cáo đầu văn bản còn dòng "DỰ THẢO".`;
  const same = !twice ? '' : lang === 'en' ? ` ${twice} files come from a unit that sent another file too (an earlier version, or the same report sent again): see "Same unit as" beside each; the summary sheet keeps the one not marked a draft, else the one sent later.` : ` Có ${twice} tệp trùng đơn vị với tệp khác (bản cũ hoặc gửi lại): xem dòng "Trùng đơn vị với" ở mỗi báo cáo; bảng tổng hợp giữ bản không ghi dự thảo, nếu như nhau thì giữ bản gửi sau.`;
  // (reports of a template other than most of the batch's: an old report sent for a new round came out ready under its own template —
  // walk62, item 4)
  const byPack = new Map<string, ReportResult[]>();
  for (const r of reports) byPack.set(r.pack.id, [...(byPack.get(r.pack.id) ?? []), r]);
  const [most] = [...byPack.values()].sort((a, b) => b.length - a.length);
  const others = most && byPack.size > 1 && most.length * 2 > reports.length ? reports.length - most.length : 0;
  const title = most?.[0].pack.title ?? most?.[0].pack.id;
  const mixed = !others ? '' : lang === 'en' ? ` ${others} of them follow another template than most ("${title}"): see each report's template line; if the whole round is of one template, check again with it chosen.` : ` Có ${others} báo cáo theo mẫu khác với đa số ("${title}"): xem dòng mẫu báo cáo của từng báo cáo; nếu cả đợt theo một mẫu, kiểm tra lại với mẫu đó.`;
  return (lang === 'en'
    ? `Checked ${n} files: ${ready} ready to submit, ${reports.length - ready} not ready to submit, ${failed} could not be checked.`
    : `Đã kiểm tra ${n} tệp: ${ready} sẵn sàng nộp, ${reports.length - ready} chưa sẵn sàng nộp, ${failed} không kiểm tra được.`) + drafts + same + mixed;
};

/** The unit a report's header names, keyed as the summary keys it (summary/header's unitKey), with its template: two reports of one key are
 * of one unit for one template. */
const unitOf = (r: ReportResult): string | undefined => {
  // (the unit as the summary keys it, read once by the check — walk60, item 4; a result of before it, its unit's name alone)
  const k = r.unitKey ?? (r.unit ? unitKey({ unit: r.unit, level: r.level as Level | undefined }) : undefined);
  return k ? `${r.pack.id}#${k}` : undefined;
};

/** For each report (by its index) that shares its unit and template with another of the batch, the other files' names. */
export function sameUnit(reports: ReportResult[]): Map<number, string[]> {
  const groups = new Map<string, number[]>();
  reports.forEach((r, i) => {
    const k = unitOf(r);
    if (k) groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const out = new Map<number, string[]>();
  for (const idx of groups.values()) if (idx.length > 1) for (const i of idx) out.set(i, idx.filter((j) => j !== i).map((j) => fileName(reports[j].file ?? `${j + 1}`)));
  return out;
}

/** A file's name without its folders, as the pages name it. */
export const fileName = (f: string) => f.split(/[\\/]/u).pop() ?? f;

/** "Trùng đơn vị với: a.docx, b.docx" */
export const sameUnitNote = (lang: Lang, files: string[]) => (lang === 'en' ? `Same unit as: ${files.join(', ')}` : `Trùng đơn vị với: ${files.join(', ')}`);

/** How the figures read, for English readers: the Vietnamese notation is kept everywhere (walk64, item 2). */
export const NOTATION = 'Figures are written the Vietnamese way, as in the reports: "." groups thousands and "," marks decimals — 1.205 is one thousand two hundred and five, 79,9% is 79.9 per cent.';

/** Beside a verdict in a batch's lists and tables, where the document's head still marks it a draft: a draft is not the copy to file
 * (walk64, item 1: a draft read "Sẵn sàng nộp" in every summary, its mark said only in its own block). */
export const DRAFT_NOTE: Record<Lang, string> = { vi: 'còn dòng "DỰ THẢO"', en: 'still marked "DỰ THẢO", a draft' };

/** "44/46 mục đã viết" */
export const progressText = (p: Progress, lang: Lang) => `${p.written}/${p.total} ${TERMS[lang].written}`;

/**
 * What is said beside the template and the verdict: what is wrong with the template used (the title names another template, the report's
 * level is none of the template's, its due date passed), and what the document still carries that is no report's (a draft's mark, the
 * outline's guidance left)
 * (session 43's walk-through, item 1: a small template checked a report of another outline with no word of it). Empty when nothing is.
 */
export function templateNotices(r: ReportResult, lang: Lang): string[] {
  const vi = lang === 'vi';
  const out: string[] = [];
  // (a report of another kind than the template — a five-year review checked as a three-year one — can be judged by no point of it: said
  // first, beside the template, lest the unit start mending a report it should replace — walk58, item 2)
  if (ofOtherKind(r)) out.push(vi ? 'Loại báo cáo ghi ở tiêu đề khác với mẫu đang dùng (xem lỗi ở mục "Toàn văn bản"): cần báo cáo đúng loại, hoặc mẫu báo cáo đúng loại; các điểm dưới đây đối chiếu theo mẫu đang dùng, chỉ để tham khảo.' : 'The kind of report its title names is not the template\'s (see the error under "Whole document"): the right kind of report, or a template of its kind, is needed; the points below follow the template in use, for reference only.');
  const t = r.pack.titled;
  if (t) out.push(vi ? `Tiêu đề văn bản ứng với mẫu "${t.title}" (mã ${t.id}), không phải mẫu đang dùng: các điểm dưới đây theo mẫu đang dùng; kiểm tra lại theo mẫu ứng với tiêu đề.` : `The document's title names the template "${t.title}" (${t.id}), not the one used: the points below follow the template used; check it against the one its title names.`);
  if (r.pack.levels && r.level) {
    const names = r.pack.levels.map((l) => levelName(lang, l) ?? l).join(', ');
    out.push(vi ? `Mẫu này dành cho báo cáo ${names}; văn bản là báo cáo ${levelName(lang, r.level) ?? r.level}: kiểm tra lại mẫu báo cáo.` : `This template is for ${names} reports; the document is a ${levelName(lang, r.level) ?? r.level} report: check the template.`);
  }
  // (a template whose report was due long ago may be the wrong one: the 2021–2023 commune template used in a 2021–2025 review — walk54)
  // (a report said ready by a template that holds no target for its level was compared with none: say so, lest "ready" read as "the
  // figures meet the targets" — a department's template has none; walk57, item 2)
  if (r.summary.ready && r.summary.mapped && !r.indicators.some((i) => i.status !== 'not-applicable')) out.push(vi ? 'Mẫu này không có chỉ tiêu nào để so với mục tiêu ở cấp báo cáo này: số liệu chỉ được kiểm tra về cộng, tỷ lệ, thời điểm và lời đánh giá.' : 'This template holds no target to compare with at this report\'s level: the figures were checked only for sums, shares, dates and the wording of assessments.');
  // (a draft's mark left at the head: to the writer a reminder, to the office a sign the copy is not the official one — walk60's left)
  if (r.draft) out.push(vi ? 'Đầu văn bản còn dòng "DỰ THẢO": nếu đây là bản gửi chính thức, xóa dòng này.' : 'The document\'s head still says "DỰ THẢO" (draft): if this is the copy to submit, remove that line.');
  // (the outline's guidance left in items already written would be printed with the report: the pane removes it in one step — walk63, item 2)
  if (r.guidanceLeft) out.push(vi ? `Còn ${r.guidanceLeft.count} đoạn hướng dẫn của đề cương trong các mục đã viết: xóa trước khi nộp, kẻo in ra cùng báo cáo (trong Word, ngăn Soạn thảo của decuong › "Gỡ phần khung chưa viết" xóa một lần).` : `${r.guidanceLeft.count} paragraph(s) of the outline's guidance remain in items already written: delete them before submitting, or they print with the report (in Word, decuong's Write tab › "Remove the unwritten outline" deletes them at once).`);
  const due = r.pack.duePassed?.split('-').reverse().join('/');
  // (said to whoever reads it, the writer or the office that receives the reports: the office gives its round's own date, and then that
  // date is the one said — walk60, item 5)
  if (due && r.pack.dueGiven) out.push(vi ? `Hạn nộp của đợt báo cáo này là ${due}, đã qua.` : `This round's reports were due by ${due}, which has passed.`);
  else if (due) out.push(vi ? `Hạn nộp báo cáo theo mẫu này là ${due}, đã qua: nếu đợt báo cáo này có hạn khác thì theo hạn ấy; nếu không, kiểm tra xem mẫu này còn dùng hay đã có mẫu mới.` : `This template's report was due by ${due}, which has passed: if this round has another due date, that one holds; if not, check whether the template is still in use or a newer one replaced it.`);
  return out;
}

/**
 * Where a finding is, as people find it: a table's cell by its table and row, "bảng 2, dòng 5" (tables counted from the top, the letter's
 * layout tables not — walk54); any other paragraph by the writer's heading above it and its rank after it, "mục 2.5, đoạn 3" (walk60). The
 * CLI prints it before the message, the summary sheet in its "Vị trí" column, the HTML report and the web page beside the message.
 */
export function placeOf(f: Pick<Finding, 'paragraph' | 'cell' | 'at'>, lang: Lang): string {
  if (f.cell) return lang === 'vi' ? `bảng ${f.cell.table}, dòng ${f.cell.row}${f.cell.tt ? ` (TT ${f.cell.tt})` : ''}` : `table ${f.cell.table}, row ${f.cell.row}${f.cell.tt ? ` (no. ${f.cell.tt})` : ''}`;
  // (… any other by the writer's heading above it and its rank after that heading, "mục 2.5, đoạn 3"; before the first heading, the letter's
  // head — walk60, item 2)
  if (f.at?.nth === 0 && f.at.under) return lang === 'vi' ? `đề mục ${f.at.under}` : `heading ${f.at.under}`;
  // (a part by its own name, "Phần 1, đoạn 2", not "mục Phần 1")
  const item = (u: string) => (/^Phần\s/u.test(u) ? u : lang === 'vi' ? `mục ${u}` : `item ${u}`);
  if (f.at) return lang === 'vi' ? `${f.at.under ? item(f.at.under) : 'đầu văn bản'}, đoạn ${f.at.nth}` : `${f.at.under ? item(f.at.under) : 'document head'}, paragraph ${f.at.nth}`;
  return f.paragraph !== undefined ? `${lang === 'vi' ? 'đoạn' : 'para'} ${f.paragraph + 1}` : '';
}
