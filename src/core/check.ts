/** The check runner: analyse the document once, run each rule, summarise. Read-only, pure. */
import { readHeader, unitKey, unitNamed } from './summary/header';
import { excerpt } from './text';
import type { Level, Pack } from '../packs/schema';
import { tables, type DocModel } from './model';
import { OWN_ROW_NUMBER, TT_HEADER } from './lexicon/patterns-structure';
import { RULES, type Rule } from './rules';
import type { Finding, IndicatorStatus, ReportResult, SectionStatus } from './report';
import { analyse, type Analysis } from './analysis';
import type { Heading } from './structure';
import { assess } from './indicators';
import type { Code } from './codes';
import { DRAFT_MARK, LETTER_LAYOUT } from './lexicon/patterns-structure';
import { dueFor } from '../packs/due';
import { asInserted, guidanceRuns } from './skeleton';
import { flatten } from './structure';

export interface CheckOptions {
  level?: Level;
  file?: string;
  chosen?: 'auto' | 'outline' | 'given';
  /** Run only these rules (tests run one rule alone). */
  only?: Code[];
  /** The template the document's title names, where it is another than `pack` (a template given by hand): the unmapped document says so. */
  titled?: { id: string; title: string };
  /** The day of the check (ISO, the checker's own calendar): the template's due date passed is said (walk54). The core reads no clock. */
  today?: string;
  /** This round's due date (ISO), given by the office in place of the template's own: the one the due-date notice reads (walk58, item 5). */
  due?: string;
}

/**
 * The tables a reader counts, numbered from 1 in document order: not the layout tables of an official letter — its header (the issuing
 * body beside "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", or "ĐẢNG CỘNG SẢN VIỆT NAM" in a Party body's) and its
 * closing ("Nơi nhận:" beside the signature), which Word shows without borders (walk54: "đoạn 116" counted every cell's paragraph).
 */
function tableNumbers(doc: DocModel): Map<number, number> {
  const layout = new Set<number>();
  const seen = new Set<number>();
  for (const p of doc.paragraphs) {
    if (!p.cell) continue;
    seen.add(p.cell.table);
    if (LETTER_LAYOUT.test(p.text)) layout.add(p.cell.table);
  }
  const out = new Map<number, number>();
  for (const t of seen) if (!layout.has(t)) out.set(t, out.size + 1);
  return out;
}

/** A heading that carries a number of its own ("II", "2.5", "a)"), not a line of capitals or a plain bold line. */
const numbered = (h: Heading) => !!h.number && h.scheme !== 'caps' && h.scheme !== 'none';

/**
 * Each heading as a reader names it in a place: its number as written ("2.5", "II", "a)", "Phần thứ nhất"), else its first words in quotes,
 * cut; a number several headings share is led by the number of the heading above it ("III.1", "IV.1") — "mục 1" said of seven items is
 * no place (review of walk60's change).
 */
function headingLabels(heads: Heading[]): string[] {
  const own = heads.map((h) => {
    if (numbered(h)) return h.number.replace(/\.$/u, '');
    return `“${excerpt(h.title, 40)}”`;
  });
  const count = new Map<string, number>();
  for (const l of own) count.set(l, (count.get(l) ?? 0) + 1);
  return own.map((l, i) => {
    if ((count.get(l) ?? 0) < 2 || l.startsWith('“')) return l;
    // (the nearest heading above it, of a higher rank, that has a number)
    // ("I (Phần thứ nhất)" under a part; "III.1" under a numbered item)
    for (let j = i - 1; j >= 0; j--) if (heads[j].level < heads[i].level && !own[j].startsWith('“')) return heads[j].scheme === 'phan' ? `${l} (${own[j]})` : `${own[j]}.${l}`;
    return l;
  });
}

/** Run the rules on an analysis; the pack may switch a rule off or change its severity. */
export function runRules(a: Analysis, rules: Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  // a finding that points at a paragraph but names no section ("Tổng ghi … nhưng …") belongs to the deepest
  // matched section whose text holds that paragraph, so the pane and the reports group it there
  const spans = a.matches.flatMap((m) => {
    const s = a.spanOf(m);
    return s && m.heading ? [{ id: m.flat.section.id, from: m.heading.paragraph, to: s[1], depth: m.flat.depth }] : [];
  });
  // (read once into a table by paragraph, the deeper sections written over the shallower, when a finding first asks;
  // the table holds each paragraph's span by its position among the spans, -1 for none: numbers, not references, are quick to write)
  let byParagraph: Int32Array | undefined;
  const sectionAt = (p: number) => {
    if (!byParagraph) {
      byParagraph = new Int32Array(Math.max(0, ...spans.map((s) => s.to))).fill(-1);
      // (among spans of one depth the first in outline order wins, as it is written last)
      const order = spans.map((s, k) => ({ s, k })).sort((x, y) => x.s.depth - y.s.depth || y.k - x.k);
      for (const { s, k } of order) byParagraph.fill(k, Math.max(0, s.from), s.to);
    }
    const k = byParagraph[p];
    return k !== undefined && k >= 0 ? spans[k].id : undefined;
  };
  let numbers: Map<number, number> | undefined;
  // (the writer's headings, in document order, for where a paragraph sits: under which, and the how-many-th paragraph of text after it —
  // every heading the document shows, not only the outline's: "c) Xúc tiến …" is nearer than "I." — review of walk60's change)
  // (… from the first the outline found: before it stand the letter's head and title, "đầu văn bản")
  const first = firstOfOutline(a);
  // (… or a numbered heading before it, one the outline did not take: "I. ĐẶC ĐIỂM TÌNH HÌNH")
  const heads = a.headings.filter((h) => !h.weak && h.scheme !== 'bullet' && !h.fewRows && (h.paragraph >= first || numbered(h))).sort((x, y) => x.paragraph - y.paragraph);
  let labels: string[] | undefined;
  let prefix: Int32Array | undefined;
  const placeAt = (p: number): Finding['at'] => {
    if (!labels) labels = headingLabels(heads);
    // (the paragraphs of text before each index, counted once: a cell's and a blank line not)
    if (!prefix) {
      prefix = new Int32Array(a.doc.paragraphs.length + 1);
      a.doc.paragraphs.forEach((q, i) => (prefix![i + 1] = prefix![i] + (!q.cell && q.text.trim() ? 1 : 0)));
    }
    let k = -1;
    for (let lo = 0, hi = heads.length - 1; lo <= hi; ) {
      const mid = (lo + hi) >> 1;
      if (heads[mid].paragraph <= p) (k = mid), (lo = mid + 1);
      else hi = mid - 1;
    }
    const h = k >= 0 ? heads[k] : undefined;
    // (a heading itself: its own label, no rank — "đề mục 2"; a heading run into its text is that text's first paragraph)
    if (h && h.paragraph === p) return { under: labels[k], nth: h.runIn !== undefined ? 1 : 0 };
    const from = h ? h.paragraph + 1 : 0;
    const nth = prefix[p] - prefix[from] + 1 + (h?.runIn !== undefined ? 1 : 0);
    return { ...(h ? { under: labels[k] } : {}), nth };
  };
  for (const rule of rules) {
    const setting = a.pack.rules?.[rule.meta.code];
    if (setting === 'off' || (!a.mapping.mapped && !rule.meta.runsUnmapped)) continue;
    rule.run({
      ...a,
      report: (f) => {
        const section = f.section ?? (f.paragraph !== undefined ? sectionAt(f.paragraph) : undefined);
        // (a paragraph of a table's cell is found by its table and row: "đoạn 116" counts every cell's paragraph, which no reader counts —
        // walk54)
        const cell = f.paragraph !== undefined ? a.doc.paragraphs[f.paragraph]?.cell : undefined;
        const table = cell ? (numbers ??= tableNumbers(a.doc)).get(cell.table) : undefined;
        // (… any other by the heading above it and its rank after that heading — walk60, item 2)
        const at = f.paragraph !== undefined && !(cell && table) && !f.cell ? placeAt(f.paragraph) : undefined;
        // (… and by the number the row gives itself, where it has one other than its rank: "dòng 17 (TT 16)" under a header row — walk64, item 5)
        const own = cell && table && !f.cell ? rowNumber(a.doc, cell.table, cell.row) : undefined;
        findings.push({ ...f, ...(section ? { section } : {}), ...(cell && table && !f.cell ? { cell: { table, row: cell.row + 1, ...(own ? { tt: own } : {}) } } : {}), ...(at ? { at } : {}), code: rule.meta.code, severity: setting ?? f.severity ?? rule.meta.severity });
      },
    });
  }
  return findings.sort((x, y) => (x.paragraph ?? Infinity) - (y.paragraph ?? Infinity));
}

export function check(doc: DocModel, pack: Pack, opts: CheckOptions = {}): ReportResult {
  const a = { ...analyse(doc, pack, { level: opts.level }), ...(opts.titled ? { titled: opts.titled } : {}) };
  const findings = runRules(a, opts.only ? RULES.filter((r) => opts.only!.includes(r.meta.code)) : RULES);
  const sections: SectionStatus[] = a.matches.map((m) => ({
    id: m.flat.section.id,
    number: m.flat.section.number,
    title: m.flat.section.title,
    depth: m.flat.depth,
    status: !m.flat.applies ? 'not-applicable' : !m.heading ? 'missing' : a.empty.has(m.flat) ? 'empty' : a.outOfOrder.has(m.flat) ? 'out-of-order' : 'present',
    ...(m.heading ? { paragraph: m.heading.paragraph, heading: m.heading.raw, match: { score: Math.round(m.score * 100) / 100, how: m.how ?? 'aligned' } } : {}),
  }));
  const indicators: IndicatorStatus[] = pack.indicators.map((ind) => {
    const base = { id: ind.id, label: ind.label, target: ind.target, unit: ind.unit };
    const j = a.judged.get(ind.id);
    // not judged at this level, but the unit's own figure is reported (a district's count of communes adds up to the province's)
    if (!a.applies(ind)) return { ...base, status: 'not-applicable' as const, ...(j ? { value: Math.round(j.fact.value * 1000) / 1000, paragraph: j.fact.paragraph, quote: j.fact.text } : {}) };
    if (!j) {
      const mis = findings.some((f) => f.code === 'target-misquoted' && f.indicator === ind.id);
      return { ...base, status: mis ? ('misquoted' as const) : ('not-quoted' as const) };
    }
    const q = j.fact;
    const assessment = assess(ind.target, q.value, ind.direction, q.quantity);
    return {
      ...base, status: assessment === 'not-met' ? ('not-met' as const) : ('met' as const), value: Math.round(q.value * 1000) / 1000, paragraph: q.paragraph, quote: q.text,
      assessment, ...(q.claimText ? { written: q.claimText } : {}),
    };
  });
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const { mapped } = a.mapping;
  return {
    file: opts.file,
    // (a template the user gave, whose outline the document follows far enough to be mapped, while its title names another, or whose levels
    // do not hold the report's: said beside the template, never silently — session 43's walk-through, item 1)
    pack: {
      id: pack.id, version: pack.version, title: pack.title, ...(opts.chosen ? { chosen: opts.chosen } : {}),
      ...(opts.titled && mapped ? { titled: opts.titled } : {}), ...(a.level && pack.levels.length && !pack.levels.includes(a.level as Level) ? { levels: [...pack.levels] } : {}),
      ...((due) => (due && opts.today && due < opts.today ? { duePassed: due, ...(opts.due ? { dueGiven: true } : {}) } : {}))(opts.due ?? dueFor(pack, a.level as Level | undefined)),
    },
    level: a.level,
    ...((h) => ({ ...(unitNamed(h) ? { unit: unitNamed(h) } : {}), ...(unitKey(h) ? { unitKey: unitKey(h) } : {}) }))(readHeader(a.doc, a.unit)),
    ...((d) => (d ? { draft: { paragraph: d.index } } : {}))(draftMark(a)),
    ...((g) => (g.length ? { guidanceLeft: { count: g.length, paragraph: g[0] } } : {}))(guidanceLeft(a, pack, sections)),
    // (… and a report checked against another template than its title names is not confirmed ready, whatever it holds)
    summary: { errors, warnings: count('warning'), infos: count('info'), ready: mapped && errors === 0 && !opts.titled, mapped },
    sections,
    indicators,
    findings,
  };
}

/**
 * The outline's guidance boxes left whole, as inserted, in items the writer has written outside them: they would be printed with the report
 * (walk63, item 2) — the paragraphs "Gỡ phần khung chưa viết" removes. Not a box typed in (the placeholder rule reads the guidance left there),
 * nor an item holding only its guidance (empty-section's).
 */
function guidanceLeft(a: Analysis, pack: Pack, sections: SectionStatus[]): number[] {
  const written = new Set(sections.filter((s) => s.status === 'present' || s.status === 'out-of-order').map((s) => s.id));
  const byId = new Map(flatten(pack).map((f) => [f.section.id, f.section]));
  return guidanceRuns(a.doc.paragraphs).flatMap((run) => {
    const section = written.has(run.section) ? byId.get(run.section) : undefined;
    return section && run.tag.startsWith(`decuong:g:${pack.id}:`) && asInserted(run.paragraphs, section) ? run.paragraphs.map((p) => p.index) : [];
  });
}

/**
 * The number a table's row gives itself in its first column under a header "TT" / "STT" / "Số TT" ("16", "II", "a", "1.1"; Word's own
 * numbering where the cell holds none typed), where it is not the row's rank; none where the first column has no such header (a value, a
 * year, a place). Read from the tables the rules read (model.tables: rows typed with tabs and merged cells as they are).
 */
function rowNumber(doc: DocModel, table: number, row: number): string | undefined {
  const t = tables(doc).find((x) => x.table === table);
  if (!t) return undefined;
  const first = (r: number) => (t.rows[r]?.[0]?.trim() || doc.paragraphs[t.rowFirst[r]]?.numLabel?.trim() || '').replace(/[.)]$/u, '');
  if (!TT_HEADER.test(first(0))) return undefined;
  const own = first(row);
  // (said only where it is not the row's rank itself: "03" on row 3 is the same)
  return OWN_ROW_NUMBER.test(own) && !(/^\d+$/u.test(own) && Number(own) === row + 1) ? own : undefined;
}

/** The paragraph of the first heading the outline found (Infinity where none): for where a finding sits and for the draft mark. */
const firstOfOutline = (a: Analysis): number => Math.min(...a.matches.flatMap((m) => (m.heading ? [m.heading.paragraph] : [])));

/** The paragraph that marks the document a draft, among the lines of its head before the first heading of the outline (the first 30 at most). */
function draftMark(a: Analysis) {
  const first = Math.min(30, firstOfOutline(a));
  // (each line of a paragraph: "DỰ THẢO\n(lấy ý kiến các chi bộ)" is one paragraph broken by a line break)
  return a.doc.paragraphs.slice(0, first).find((p) => p.text.length < 300 && p.text.split('\n').some((line) => line.length < 140 && DRAFT_MARK.test(line)));
}
