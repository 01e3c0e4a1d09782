/** The check runner: document model + pack → report. Read-only, pure. */
import type { Level, Pack } from '../packs/schema';
import type { DocModel } from './model';
import { RULES, type CheckContext } from './rules';
import type { Finding, IndicatorStatus, ReportResult, SectionStatus } from './report';
import { closingParagraph, findHeadings, matchSections, outOfOrder, type FlatSection, type SectionMatch } from './structure';
import { findQuotes, firstAchieved, meets, sameTarget } from './indicators';
import { detectLevel } from './level';
import { normalize } from './text';
import { DEFAULT_GUIDANCE } from './skeleton';

export interface CheckOptions {
  level?: Level;
  file?: string;
  chosen?: 'auto' | 'given';
}

const SUBSTANCE_MIN_WORDS = 4;

/** A paragraph with something of substance: not empty, not dots, not the outline's guidance left as inserted. */
function substantive(text: string, guidance: Set<string>): boolean {
  const t = text.trim();
  if (!t) return false;
  if (/^[.…_\-–\s]*$/.test(t)) return false;
  if (/^\(?\s*(nếu có|đang cập nhật|cập nhật sau)\s*\)?\.?$/iu.test(t)) return false;
  if (guidance.has(normalize(t))) return false;
  return t.split(/\s+/).length >= SUBSTANCE_MIN_WORDS;
}

/** Guidance of a section as a set of normalised lines (a skeleton puts each line in its own paragraph). */
function guidanceLines(guidance?: string): Set<string> {
  const out = new Set([normalize(DEFAULT_GUIDANCE)]);
  if (guidance) {
    out.add(normalize(guidance));
    for (const line of guidance.split('\n')) out.add(normalize(line));
  }
  return out;
}

export function check(doc: DocModel, pack: Pack, opts: CheckOptions = {}): ReportResult {
  const level = opts.level ?? detectLevel(doc);
  const allHeadings = findHeadings(doc);
  const matches = matchSections(pack, allHeadings, level, doc.paragraphs.length);
  // a run-in heading counts only when it is one of the pack's items; otherwise it is a paragraph of content
  const matchedHeadings = new Set(matches.map((m) => m.heading).filter(Boolean));
  const headings = allHeadings.filter((h) => h.runIn === undefined || matchedHeadings.has(h));
  // the body ends where the closing begins ("Trên đây là báo cáo…", "Nơi nhận:"): the last section stops there
  const n = closingParagraph(doc, headings) ?? doc.paragraphs.length;
  const isDesc = (f: FlatSection, anc: FlatSection) => {
    for (let p = f.parent; p; p = p.parent) if (p === anc) return true;
    return false;
  };
  const spanOf = (m: SectionMatch): [number, number] | null => {
    if (!m.heading) return null;
    const at = m.heading.paragraph;
    const after = matches.filter((x) => x.heading && x.heading.paragraph > at && !isDesc(x.flat, m.flat)).map((x) => x.heading!.paragraph);
    const stop = headings.find((h) => h.paragraph > at && h.level <= m.heading!.level && !matches.some((x) => x.heading === h && isDesc(x.flat, m.flat)));
    return [at + 1, Math.min(after.length ? Math.min(...after) : n, stop ? stop.paragraph : n)];
  };
  // empty: no substantive paragraph or table in the span (children included)
  const empty = new Set<FlatSection>();
  const headingAt = new Set(headings.map((h) => h.paragraph));
  for (const m of matches) {
    const span = spanOf(m);
    if (!span) continue;
    const paras = doc.paragraphs.slice(span[0], span[1]);
    // a table counts when a row under its header holds more than a row number (an inserted danh mục is empty)
    const hasTable = paras.some((p) => p.cell && p.cell.row > 0 && p.text.trim() && !/^\d+\.?$/.test(p.text.trim()));
    const lines = guidanceLines(m.flat.section.guidance);
    const hasText = paras.some((p) => !p.cell && !headingAt.has(p.index) && substantive(p.text, lines))
      || (m.heading!.runIn !== undefined && substantive(m.heading!.runIn, lines));
    if (!hasTable && !hasText) empty.add(m.flat);
  }
  // paragraphs in sections about the period to come (pack: future): figures there are targets, not results
  const targetParagraphs = new Set<number>();
  for (const m of matches) {
    const span = spanOf(m);
    if (!span) continue;
    let future = false;
    for (let f: FlatSection | undefined = m.flat; f && !future; f = f.parent) future = f.section.future === true;
    if (future)
      for (let i = span[0]; i < span[1]; i++) targetParagraphs.add(i);
  }
  const indicators = pack.indicators;
  const quotes = findQuotes(doc, indicators, targetParagraphs);
  const order = outOfOrder(matches.filter((m) => m.flat.applies));
  const ctx: CheckContext = { doc, pack, level, headings, matches, quotes, spanOf, outOfOrder: order, empty };

  const findings: Finding[] = [];
  const requiredApplicable = matches.filter((m) => m.flat.applies && m.flat.section.required);
  const found = requiredApplicable.filter((m) => m.heading).length;
  // the document's own top-level headings must mostly be the pack's: an nq16 report checked against a
  // four-item pack matches a few sub-items by chance, but none of its parts
  const title = doc.paragraphs.slice(0, 25).find((p) => /^\s*(BÁO CÁO|BAO CAO|THAM LUẬN)\b/u.test(p.text));
  const body = headings.filter((h) => h.paragraph > (title?.index ?? -1) && !/^(BÁO CÁO|THAM LUẬN)\b/u.test(h.raw));
  const top = body.length ? Math.min(...body.map((h) => h.level)) : 0;
  const topHeadings = body.filter((h) => h.level === top);
  const topMatched = topHeadings.filter((h) => matches.some((m) => m.heading === h)).length;
  const topFits = topHeadings.length < 2 || topMatched / topHeadings.length >= 0.5;
  const mapped = headings.length > 0 && found >= Math.max(1, Math.ceil(requiredApplicable.length * 0.3)) && topFits;
  if (!mapped) {
    findings.push({
      code: 'unmapped-document', severity: 'error',
      message: headings.length === 0
        ? { vi: 'Không tìm thấy đề mục nào trong văn bản: không đối chiếu được với đề cương. Báo cáo chưa sẵn sàng nộp.', en: 'No headings found: the document cannot be mapped onto the outline. Not ready to submit.' }
        : { vi: `Chỉ nhận ra ${found}/${requiredApplicable.length} mục của đề cương "${pack.id}": có thể chọn sai gói mẫu hoặc văn bản không theo đề cương.`, en: `Only ${found}/${requiredApplicable.length} items of outline "${pack.id}" recognised: wrong pack, or the report does not follow the outline.` },
      suggestion: { vi: 'Kiểm tra lại gói mẫu (--pack) hoặc dùng kiểu Heading cho các đề mục.', en: 'Check the pack (--pack) or use heading styles for the headings.' },
    });
  }
  if (mapped || headings.length > 0) for (const rule of RULES) findings.push(...(mapped ? rule.run(ctx) : rule.code === 'placeholder' ? rule.run(ctx) : []));
  findings.sort((a, b) => (a.paragraph ?? Infinity) - (b.paragraph ?? Infinity));

  const sections: SectionStatus[] = matches.map((m) => ({
    id: m.flat.section.id,
    number: m.flat.section.number,
    title: m.flat.section.title,
    depth: m.flat.depth,
    status: !m.flat.applies ? 'not-applicable' : !m.heading ? 'missing' : empty.has(m.flat) ? 'empty' : order.has(m.flat) ? 'out-of-order' : 'present',
    ...(m.heading ? { paragraph: m.heading.paragraph, heading: m.heading.raw } : {}),
  }));
  const indicatorRows: IndicatorStatus[] = indicators.map((ind) => {
    const base = { id: ind.id, label: ind.label, target: ind.target, unit: ind.unit };
    if (level && !ind.levels.includes(level)) return { ...base, status: 'not-applicable' as const };
    const ach = firstAchieved(quotes, ind.id);
    const mis = quotes.find((q) => q.indicator.id === ind.id && q.kind === 'target' && !q.laterYear && !sameTarget(ind.target, q));
    if (!ach) return { ...base, status: mis && findings.some((f) => f.code === 'target-misquoted' && f.indicator === ind.id) ? ('misquoted' as const) : ('not-quoted' as const) };
    return { ...base, status: meets(ind.target, ach.value, ind.direction, ach.quantity) ? ('met' as const) : ('not-met' as const), value: Math.round(ach.value * 1000) / 1000, paragraph: ach.paragraph, quote: ach.text };
  });
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  return {
    file: opts.file,
    pack: { id: pack.id, version: pack.version, ...(opts.chosen ? { chosen: opts.chosen } : {}) },
    level,
    summary: { errors, warnings: count('warning'), infos: count('info'), ready: mapped && errors === 0, mapped },
    sections,
    indicators: indicatorRows,
    findings,
  };
}
