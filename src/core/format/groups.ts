/**
 * Findings grouped by outline section the way people read them (task pane, HTML report, copied
 * summary): sections in outline order, each with its path; errors before warnings inside a section;
 * a quote shown only when it adds something (not the message again, not the section's own title).
 */
import type { Pack } from '../../packs/schema';
import type { Finding, ReportResult, Severity } from '../report';
import { sectionLabel, sectionPaths } from './words';
import { foldDiacritics } from '../text';

export interface FindingGroup {
  /** Section id, or '' for the whole document. */
  id: string;
  /** "3. Phân tích nguyên nhân…" (empty for the whole document). */
  label: string;
  /** "Phần thứ nhất › IV › 3" (empty when the section is at the top or for the whole document). */
  path: string;
  findings: Finding[];
  /** Each finding's quote, or undefined when it would only repeat the message, the title or a quote above. */
  quotes: Array<string | undefined>;
  errors: number;
  warnings: number;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sectionOf(f: Finding, pack?: Pack): string {
  return f.section ?? (f.indicator ? pack?.indicators.find((i) => i.id === f.indicator)?.section : undefined) ?? '';
}

export function groupFindings(r: ReportResult, findings: Finding[], pack?: Pack): FindingGroup[] {
  const order = new Map(r.sections.map((s, i) => [s.id, i]));
  const paths = pack ? sectionPaths(pack) : new Map<string, string>();
  const by = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = sectionOf(f, pack);
    by.set(k, [...(by.get(k) ?? []), f]);
  }
  return [...by.entries()]
    .sort(([a], [b]) => (order.get(a) ?? -1) - (order.get(b) ?? -1))
    .map(([id, fs]) => {
      const s = r.sections.find((x) => x.id === id);
      const path = paths.get(id) ?? '';
      // (a section the writer wrote is named by the writer's own heading, as the CLI names it, which can be searched for in Word; one left
      // out by the outline's number and title — walk44, item 8: one name in every output)
      const label = s ? (s.heading?.trim() || sectionLabel(s.number, s.title)) : '';
      const sorted = [...fs].sort((x, y) => RANK[x.severity] - RANK[y.severity]);
      const shown = new Set<string>();
      const quotes = sorted.map((f) => {
        const q = quoteOf(f, label);
        if (!q || shown.has(squash(q))) return undefined;
        shown.add(squash(q));
        return q;
      });
      return {
        id,
        label,
        path: path.includes(' › ') ? path : '',
        findings: sorted,
        quotes,
        errors: fs.filter((f) => f.severity === 'error').length,
        warnings: fs.filter((f) => f.severity === 'warning').length,
      };
    });
}

const squash = (s: string) => foldDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The finding's quote, unless it only repeats the message or the section's title. */
export function quoteOf(f: Finding, groupLabel = ''): string | undefined {
  if (!f.excerpt) return undefined;
  const q = squash(f.excerpt);
  if (!q) return undefined;
  if (squash(f.message.vi).includes(q) || squash(f.message.en).includes(q)) return undefined;
  if (groupLabel && (squash(groupLabel) === q || squash(groupLabel).includes(q))) return undefined;
  return f.excerpt;
}

/** A key that names a finding across checks (paragraph numbers move as the writer types): by its quote, or, quoting nothing, by what of the
 * item it names (the topic, the list, the appendix) — three topics missing from one item are three findings, one "Bỏ qua" hides one (walk63,
 * item 4); not by its message, which holds the writer's heading as typed (code review of session 63, item 5). */
export function findingKey(f: Finding): string {
  return [f.code, f.section ?? '', f.indicator ?? '', squash(f.excerpt ?? f.subject ?? '').slice(0, 80)].join('|');
}
