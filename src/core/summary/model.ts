/**
 * The secretariat's summary of a batch of checked reports, as plain data: one row per file (unit, level,
 * number and date, on time or late, ready or not, errors, warnings, missing items), the indicator matrix
 * with its sums and spreads per level, and every finding. Pure: the CLI writes it as .xlsx or CSV, the web
 * page can write it from its batch table.
 */
import type { Level, Pack, Target } from '../../packs/schema';
import { ofOtherKind, type Finding, type IndicatorStatus, type ReportResult, type SectionStatus } from '../report';
import { meets } from '../indicators';
import { excerpt, normalize } from '../text';
import { TERMS, disputedValue, templateNotices } from '../format/words';
import { placeOf } from '../format/text';
import { DESCRIPTIONS, type Code } from '../codes';
import type { Header } from './header';
import { provinceOf, unitKey } from './header';

export { provinceOf };
import { dueFor } from '../../packs/due';

/** One file of the batch, as the reader left it. */
export interface SummaryEntry {
  file: string;
  /** Modification time (ms since 1970), to tell the later of two files of the same date. */
  mtime?: number;
  /** When the document was last saved, as its own properties say (ISO 8601): before the file's time, to tell the later of two copies. */
  saved?: string;
  header?: Header;
  report?: ReportResult;
  /**
   * The unit's own figures for count indicators the pack sets only for a higher level ("số xã đạt chuẩn" in
   * a district's report), read as if the report were the province's: what the province's sum adds up.
   */
  contributions?: Record<string, { value: number; quote?: string; paragraph?: number }>;
  /** Why the file could not be read or checked. */
  error?: string;
}

/** Two entries by when their documents say they were last saved, where both say (0 where either does not). */
const savedOrder = (a: SummaryEntry, b: SummaryEntry) => (a.saved && b.saved ? Date.parse(a.saved) - Date.parse(b.saved) || 0 : 0);

export type Timeliness = 'on-time' | 'late' | 'no-date' | 'no-due';

export interface SummaryRow {
  n: number;
  file: string;
  unit?: string;
  above?: string;
  level?: Level;
  number?: string;
  date?: string;
  due?: string;
  timeliness?: Timeliness;
  daysLate?: number;
  ready?: boolean;
  /** The document's head still marks it a draft ("DỰ THẢO"): said beside "ready" (walk64, item 1). */
  draft?: boolean;
  errors?: number;
  warnings?: number;
  /** The missing items, by their numbers in the outline ("IV.3 (Phần thứ nhất)"). */
  missing: string[];
  /** Why the report is not ready, in words, a few at most: the items missing or empty by number and title, then the other errors' messages
   * (walk62, item 1: the sheet said "Chưa" with no reason, or a bare "5"). Empty for a ready report. */
  reasons: string[];
  /** The template, its title as people know it where the report gives it (walk55: the sheet named it by its id alone). */
  pack?: { id: string; version: string; title?: string };
  /** The row is left out of the synthesis: the file could not be read, or a later file of the same unit replaces it. */
  state: 'kept' | 'unreadable' | 'replaced';
  /** For `replaced`: the file kept instead. For `unreadable`: the reason. */
  note?: string;
  /** For `kept` rows that replaced others: the files they replaced. */
  replaces?: string[];
  /** The replacement was of a copy still marked a draft by one that is not (the row replaced, and the row kept): said so, not "later". */
  overDraft?: boolean;
}

export type CellStatus = IndicatorStatus['status'] | 'contribution';
/** A unit's figure of an indicator; `disputed` where the check found that figure wrong in its own paragraph (walk60's left). */
export interface MatrixCell { status: CellStatus; value?: number; quote?: string; disputed?: true }

export interface MatrixColumn {
  id: string;
  label: string;
  unit: string;
  target: Target;
  direction: 'higher' | 'lower';
  /** Counts and areas add up over units; rates and ratios do not. */
  kind: 'count' | 'rate';
}

export interface LevelAggregate {
  level: Level | undefined;
  /** Rows of the matrix (0-based, in `rows`) the aggregate covers: they are contiguous. */
  from: number;
  to: number;
  /** Per column: count → sum and what it says of the target; rate → min, median, max. */
  cells: Array<{ n: number; sum?: number; against?: SumVerdict; min?: number; median?: number; max?: number }>;
  /** The level's units answer to more than one province (their superiors differ): their counts are not added up. */
  provinces?: string[];
}

/**
 * What the sum of the units that sent their reports says of the target: reached ('met'), passed for something that should stay under it
 * ('not-met'), or nothing yet ('open'): the units not in the batch may make up the rest — a sum of 2 districts of 10 short of the
 * province's 38 communes is no "Chưa đạt" (walk44, item 5).
 */
export type SumVerdict = 'met' | 'not-met' | 'open';

export interface IndicatorMatrix {
  pack: { id: string; version: string; title: string };
  columns: MatrixColumn[];
  rows: Array<{ unit: string; file: string; level?: Level; cells: MatrixCell[] }>;
  byLevel: LevelAggregate[];
}

export interface FindingRow {
  unit: string;
  file: string;
  code: string;
  /** What kind of point it is, in the words of the rule's description ("Số liệu không khớp nhau (tỷ lệ, tổng)"): walk50 (left then) — the sheet named
   * each point by its English code ("arithmetic-mismatch"), which an official filtering the sheet cannot read. */
  kind: string;
  severity: Finding['severity'];
  /** The item's number and title; for a finding tied to none, "Chỉ tiêu" (an indicator's) or "Toàn văn bản". */
  section?: string;
  /** Where it is as people find it and `decuong check` prints it: "đoạn 61" (counted from 1; the report's JSON counts from 0), or a table's
   * "bảng 2, dòng 5" (walk54). */
  where?: string;
  message: string;
  /** What to do, as the CLI, the pane and the HTML report say after "→" (walk50: the sheet had no way to tell a unit what to redo). */
  suggestion?: string;
  excerpt?: string;
}

export interface Summary {
  rows: SummaryRow[];
  matrices: IndicatorMatrix[];
  findings: FindingRow[];
  /** The round's due date the office gave (yyyy-mm-dd), where it gave one: the templates' own are no round's. */
  due?: string;
}

const RANK: Record<string, number> = { tinh: 1, 'so-nganh': 2, huyen: 3, xa: 4 };

/** Whether values of this indicator add up over units (counts of communes, areas), or are rates. */
export function isCount(unit: string, target: Target): boolean {
  if (target.comparator === 'multiple-of-base' || target.comparator === 'reduction-per-year') return false;
  return !/%|\/|lần/.test(unit);
}

const days = (a: string, b: string) => Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);


/** A place the level reads in folded capitals ("NINH THUAN"), as the header writes it ("NINH THUẬN"): the words of the unit or the body above
 * it that fold to it, else the folded place. */
function markedPlace(h: Header, place: string): string {
  const want = normalize(place);
  const n = want.split(' ').length;
  for (const line of [h.above, h.unit]) {
    const words = (line ?? '').split(/\s+/u).filter(Boolean);
    for (let i = 0; i + n <= words.length; i++) {
      const w = words.slice(i, i + n).join(' ');
      if (normalize(w) === want) return w;
    }
  }
  return place;
}

/**
 * Missing items named by their place in the outline: "IV.3 (Phần thứ nhất)", or a short title when unnumbered — and those whose heading
 * stands with nothing written under it, marked "(trống)": the unit must write both (walk50: an empty section left no trace in the sheet).
 */
export function missingItems(r: ReportResult, empty = '(trống)'): string[] {
  return itemPlaces(r, empty).map((x) => x.place);
}

/** Each missing or empty item with its place in the outline, by section id (see missingItems). */
function itemPlaces(r: ReportResult, empty: string): Array<{ id: string; place: string }> {
  const reported = new Set(r.findings.filter((f) => f.code === 'missing-section').map((f) => f.section));
  const emptied = new Set(r.findings.filter((f) => f.code === 'empty-section').map((f) => f.section));
  const chain: SectionStatus[] = [];
  const out: Array<{ id: string; place: string }> = [];
  for (const s of r.sections) {
    chain.length = Math.min(chain.length, s.depth);
    chain[s.depth] = s;
    const isEmpty = s.status === 'empty' && emptied.has(s.id);
    if (!isEmpty && (s.status !== 'missing' || (reported.size && !reported.has(s.id)))) continue;
    const mark = isEmpty ? ` ${empty}` : '';
    if (!s.number) {
      out.push({ id: s.id, place: `"${excerpt(s.title, 40)}"${mark}` });
      continue;
    }
    const nums = chain.slice(0, s.depth + 1).map((x) => x?.number ?? '').filter(Boolean);
    const part = nums[0] && /^ph[aầ]n/i.test(nums[0]) ? nums.shift() : undefined;
    // (a closing bracket only where none opens: "a)" is "a", "(11)" stays whole — walk53, item 5: "III.2.2.4.(11")
    const dotted = nums.map((n) => n.replace(/\.+$/, '').replace(/^([^(]*)\)$/u, '$1')).join('.');
    out.push({ id: s.id, place: `${part ? (dotted ? `${dotted} (${part})` : part) : dotted}${mark}` });
  }
  return out;
}

/** The most reasons a row names; the rest are counted ("… và 3 lỗi khác"). */
const MAX_REASONS = 3;
/**
 * Why a report is not ready, in words: each missing or empty item by its number and the first words of its title ("IV.3 (Phần thứ nhất)
 * \"Đánh giá tình hình nợ đọng…\" — thiếu"), then the other errors' messages, shortened; at most three, the rest counted.
 */
export function reasonsOf(r: ReportResult, lang: 'vi' | 'en' = 'vi'): string[] {
  if (r.summary.ready) return [];
  const places = new Map(itemPlaces(r, '').map((x) => [x.id, x.place.trim()]));
  const bySection = new Map(r.sections.map((s) => [s.id, s]));
  // (the items first, the leaders' first question, then the other errors: three wrong shares hid two missing items — code review of
  // session 62)
  const items: string[] = [];
  const others: string[] = [];
  for (const f of r.findings) {
    if (f.severity !== 'error') continue;
    if (f.code === 'missing-section' || f.code === 'empty-section') {
      const s = f.section ? bySection.get(f.section) : undefined;
      // (an empty item by the writer's own heading, as it stands in the report: the template's words may be others — walk62, item 1)
      const own = f.code === 'empty-section' && s?.heading ? excerpt(s.heading, 50) : '';
      const at = own ? '' : (f.section && places.get(f.section)) ?? '';
      const title = own || (s ? excerpt(s.title, 40) : '');
      const what = lang === 'en' ? (f.code === 'missing-section' ? 'missing' : 'empty') : f.code === 'missing-section' ? 'thiếu' : 'chưa có nội dung';
      items.push(`${at && !at.startsWith('"') ? `${at} ` : ''}${title ? `"${title}"` : at} — ${what}`);
      // (a quoted heading shortened, not the words after it that say what is wrong: "Item \"2. Công tác lãnh đạo …\" must…" said nothing)
    } else others.push(excerpt(f.message[lang].replace(/"([^"]{41,})"/gu, (_, q: string) => `"${excerpt(q, 40)}"`), 140));
  }
  // (not ready with no error: the title names another template, or the report is of another kind — the cell said nothing — code review
  // of session 62)
  const all = [...items, ...others];
  if (!all.length) return templateNotices(r, lang).slice(0, 1).map((n) => excerpt(n, 140));
  if (all.length <= MAX_REASONS) return all;
  const more = all.length - (MAX_REASONS - 1);
  return [...all.slice(0, MAX_REASONS - 1), lang === 'en' ? `… and ${more} more errors` : `… và ${more} lỗi khác`];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** `due`: the round's own due date (yyyy-mm-dd), set by the secretariat, in place of the packs' (walk53, item 2). */
export function buildSummary(entries: SummaryEntry[], packs: Pack[], lang: 'vi' | 'en' = 'vi', opts: { due?: string } = {}): Summary {
  const packOf = (id: string | undefined) => packs.find((p) => p.id === id);
  const rows: SummaryRow[] = entries.map((e, i) => {
    const base = { n: i + 1, file: e.file, missing: [] as string[], reasons: [] as string[] };
    if (!e.report) return { ...base, unit: e.header?.unit, level: e.header?.level, state: 'unreadable' as const, note: e.error ?? '' };
    const r = e.report;
    const h = e.header ?? {};
    const level = (r.level as Level | undefined) ?? h.level;
    const due = opts.due ?? dueFor(packOf(r.pack.id), level);
    const timeliness: Timeliness = !due ? 'no-due' : !h.date ? 'no-date' : h.date <= due ? 'on-time' : 'late';
    return {
      ...base, unit: h.unit, above: h.above, level, number: h.number, date: h.date, due, timeliness,
      ...(timeliness === 'late' ? { daysLate: days(h.date!, due!) } : {}),
      ready: r.summary.ready, ...(r.draft ? { draft: true } : {}), errors: r.summary.errors, warnings: r.summary.warnings,
      missing: missingItems(r, lang === 'en' ? '(empty)' : '(trống)'), reasons: reasonsOf(r, lang), pack: { id: r.pack.id, version: r.pack.version, ...(r.pack.title ? { title: r.pack.title } : {}) }, state: 'kept' as const,
    };
  });

  // two files of the same unit for the same pack: the one not marked a draft, then the later (by its date, then by when the document says it was last saved, then by the
  // file's time — a copy saved again from e-mail takes a new time on disk, the old report too: walk58, item 1) is kept
  const groups = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const k = e.report && e.header ? unitKey(e.header) : undefined;
    if (k) groups.set(`${e.report!.pack.id}#${k}`, [...(groups.get(`${e.report!.pack.id}#${k}`) ?? []), i]);
  });
  for (const idx of groups.values()) {
    if (idx.length < 2) continue;
    // (… a copy still marked a draft giving way to one that is not, whatever their dates, where that one is mapped onto its template — not an
    // old report of another kind sent by mistake: walk64, item 1; its code review, item 2)
    const final = (i: number) => !entries[i].report!.draft && entries[i].report!.summary.mapped;
    const drafted = idx.some((i) => entries[i].report!.draft) && idx.some(final);
    const rank = (i: number) => (drafted ? Number(final(i)) : 0);
    const order = [...idx].sort((a, b) => rank(a) - rank(b) || (entries[a].header?.date ?? '').localeCompare(entries[b].header?.date ?? '') || savedOrder(entries[a], entries[b]) || (entries[a].mtime ?? 0) - (entries[b].mtime ?? 0) || a - b);
    const kept = order[order.length - 1];
    const overDraft = drafted && final(kept) && order.slice(0, -1).some((i) => entries[i].report!.draft);
    for (const i of order.slice(0, -1)) Object.assign(rows[i], { state: 'replaced', note: entries[kept].file, ...(overDraft && entries[i].report!.draft ? { overDraft: true } : {}) });
    rows[kept].replaces = order.slice(0, -1).map((i) => entries[i].file);
    if (overDraft) rows[kept].overDraft = true;
  }

  // (a report of another kind than its template is said so in its row's note, its figures left out of the sums below)
  entries.forEach((e, i) => {
    if (rows[i].state === 'kept' && e.report && ofOtherKind(e.report) && !rows[i].note) rows[i].note = lang === 'en' ? 'Another kind of report than the template: checked for reference only, its figures not in the sums' : 'Khác loại báo cáo của mẫu: chỉ kiểm tra để tham khảo, số liệu không tính vào tổng hợp';
  });
  const kept = entries.map((e, i) => ({ e, row: rows[i] })).filter((x) => x.row.state === 'kept');
  const unitName = (x: { e: SummaryEntry; row: SummaryRow }) => x.row.unit ?? x.e.file;

  const matrices: IndicatorMatrix[] = [];
  const packIds = [...new Set(kept.map((x) => x.e.report!.pack.id))];
  for (const id of packIds) {
    // (… of the template's own kind: a report of another, "tổng kết 5 năm" checked as "sơ kết 3 năm", holds another period's figures and is
    // no part of this round's sums — walk58, item 2)
    const mine = kept.filter((x) => x.e.report!.pack.id === id && !ofOtherKind(x.e.report!)).sort((a, b) => (RANK[a.row.level ?? ''] ?? 9) - (RANK[b.row.level ?? ''] ?? 9) || unitName(a).localeCompare(unitName(b), 'vi'));
    if (!mine.length) continue;
    const first = mine[0].e.report!;
    if (!first.indicators.length) continue;
    const pack = packOf(id);
    const columns: MatrixColumn[] = first.indicators.map((ind) => ({
      id: ind.id, label: ind.label, unit: ind.unit, target: ind.target,
      direction: pack?.indicators.find((p) => p.id === ind.id)?.direction ?? 'higher',
      kind: isCount(ind.unit, ind.target) ? 'count' : 'rate',
    }));
    const matrixRows = mine.map((x) => ({
      unit: unitName(x), file: x.e.file, level: x.row.level,
      cells: columns.map((c): MatrixCell => {
        const ind = x.e.report!.indicators.find((i) => i.id === c.id);
        const own = x.e.contributions?.[c.id];
        if (ind?.status === 'not-applicable' && own && c.kind === 'count') return { status: 'contribution', value: own.value, quote: own.quote };
        if (!ind) return { status: 'not-applicable' };
        return { status: ind.status, ...(ind.value !== undefined ? { value: ind.value } : {}), ...(ind.quote ? { quote: ind.quote } : {}), ...(disputedValue(x.e.report!, ind) ? { disputed: true as const } : {}) };
      }),
    }));
    const byLevel: LevelAggregate[] = [];
    for (let i = 0; i < matrixRows.length; ) {
      let j = i;
      while (j + 1 < matrixRows.length && matrixRows[j + 1].level === matrixRows[i].level) j++;
      // (units of several provinces — "ĐẢNG BỘ TỈNH QUẢNG TRỊ" and "ĐẢNG BỘ TỈNH NINH THUẬN" above them — make no sum of one province)
      const seen = new Map<string, string>();
      // (… nor do provinces' own reports, each of its province: its place, not a superior, which it has none of — walk51: Khánh Hòa's 38 xã
      // and Cà Mau's 118 were added into one province's)
      const ownLevel = matrixRows[i].level === 'tinh';
      for (const x of mine.slice(i, j + 1)) {
        // (… told apart by the place the level reads, shown as the header writes it, marks and all: the folded place read "NINH THUAN, BINH
        // DINH" — walk60, item 9)
        const p = ownLevel ? x.e.header?.place : provinceOf(x.row.above);
        if (p && !seen.has(normalize(p))) seen.set(normalize(p), ownLevel ? markedPlace(x.e.header!, p) : p);
      }
      const provinces = [...seen.values()];
      const cells = columns.map((c, k) => {
        const vals = matrixRows.slice(i, j + 1).map((r) => r.cells[k].value).filter((v): v is number => v !== undefined);
        if (!vals.length) return { n: 0 };
        // (one place reported on by two bodies — the Huyện ủy's and the UBND's report of one district — counts once, by its later report
        // — walk45, item 2; in the lowest, median and highest too — walk51)
        const byPlace = new Map<string, { value: number; date: string }>();
        const looseVals: number[] = [];
        for (let r = i; r <= j; r++) {
          const v = matrixRows[r].cells[k].value;
          if (v === undefined) continue;
          const place = mine[r].e.header?.place ? normalize(mine[r].e.header!.place!) : '';
          const date = mine[r].e.header?.date ?? '';
          if (!place) { looseVals.push(v); continue; }
          const had = byPlace.get(place);
          if (!had || date >= had.date) byPlace.set(place, { value: v, date });
        }
        const once = [...looseVals, ...[...byPlace.values()].map((b) => b.value)];
        if (c.kind === 'count') {
          if (provinces.length > 1) return { n: vals.length };
          const n = once.length;
          const sum = round(once.reduce((a, b) => a + b, 0));
          // (a sum that reaches a floor has reached it, one that passes a ceiling has passed it, whatever the units not in yet add; else
          // nothing is said — unless the level is the province's own, one report for the whole)
          const reached = meets(c.target, sum, c.direction);
          // (… one report, or several of the one province — its steering committee's and its UBND's: judged either way — walk51)
          const whole = ownLevel && (vals.length === 1 || (!looseVals.length && byPlace.size === 1));
          const against: SumVerdict = whole ? (reached ? 'met' : 'not-met') : c.direction === 'lower' ? (reached ? 'open' : 'not-met') : reached ? 'met' : 'open';
          return { n, sum, against };
        }
        return { n: once.length, min: Math.min(...once), median: round(median(once)), max: Math.max(...once) };
      });
      byLevel.push({ level: matrixRows[i].level, from: i, to: j, cells, ...(provinces.length > 1 ? { provinces } : {}) });
      i = j + 1;
    }
    matrices.push({ pack: { id, version: first.pack.version, title: pack?.title ?? id }, columns, rows: matrixRows, byLevel });
  }

  const findings: FindingRow[] = [];
  for (const x of kept) {
    const report = x.e.report!;
    for (const f of report.findings) {
      const s = f.section ? report.sections.find((x) => x.id === f.section) : undefined;
      findings.push({
        unit: unitName(x), file: x.e.file, code: f.code, kind: DESCRIPTIONS[f.code as Code]?.[lang] ?? f.code, severity: f.severity,
        // (named as the CLI, the pane and the HTML report name it: the writer's own heading, else the outline's number and title)
        // (… and one tied to no item as they group it: "Chỉ tiêu" for an indicator's, else "Toàn văn bản" — walk49: the column was blank)
        section: s ? s.heading?.trim() || `${s.number ? `${s.number}. ` : ''}${s.title}` : f.indicator ? TERMS[lang].indicator : TERMS[lang].general,
        ...(f.paragraph !== undefined ? { where: placeOf(f, lang) } : {}),
        message: f.message[lang], ...(f.suggestion ? { suggestion: f.suggestion[lang] } : {}), ...(f.excerpt ? { excerpt: f.excerpt } : {}),
      });
    }
  }
  return { rows, matrices, findings, ...(opts.due ? { due: opts.due } : {}) };
}

/** A template as the summary names it: its title, then its id and version ("Báo cáo sơ kết … (nq16-so-ket-3-nam 1.3.16)"); the id alone where no title is known. */
export const packCell = (p: { id: string; version: string; title?: string }): string => (p.title ? `${p.title} (${p.id} ${p.version})` : `${p.id} ${p.version}`);
