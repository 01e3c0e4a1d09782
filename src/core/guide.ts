/**
 * The section under the writer's cursor, from the last check: which outline
 * item a paragraph falls under (the headings the last read found), and what
 * the template asks of that item — guidance, lists and tables, topics, the
 * indicators reported there with their targets — and what the last check
 * found still missing in it. Pure: no document access.
 */
import type { Indicator, Level, ListSpec, Pack, Section, Topic } from '../packs/schema';
import type { Finding, IndicatorStatus, ReportResult, SectionStatus } from './report';
import { flatten } from './structure';

export interface SectionGuide {
  id: string;
  number: string;
  title: string;
  /** The section's heading paragraph in the document (as found by the last read). */
  paragraph: number;
  guidance?: string;
  lists: ListSpec[];
  topics: Topic[];
  /** Indicators the template places in this section, with what the last check found of each. */
  indicators: Array<{ indicator: Indicator; status?: IndicatorStatus }>;
  /** Sub-items not written yet (missing or empty). */
  missingItems: SectionStatus[];
  /** The last check's problems in this section and its sub-items (errors and warnings). */
  findings: Finding[];
}

/** The outline item whose heading is the nearest one at or above `paragraph` (the deepest, when several start there). */
export function sectionAt(report: ReportResult, paragraph: number): SectionStatus | undefined {
  let best: SectionStatus | undefined;
  for (const s of report.sections) {
    if (s.paragraph === undefined || s.paragraph > paragraph || s.status === 'missing' || s.status === 'not-applicable') continue;
    if (!best || s.paragraph! > best.paragraph! || (s.paragraph === best.paragraph && s.depth > best.depth)) best = s;
  }
  return best;
}

const applies = (levels: Level[] | undefined, level: Level | undefined) => !level || !levels || levels.includes(level);

/** What the pane shows for the section under the cursor; undefined when the cursor is above every heading found. */
export function guideAt(pack: Pack, report: ReportResult, paragraph: number): SectionGuide | undefined {
  const at = sectionAt(report, paragraph);
  if (!at) return undefined;
  const level = report.level as Level | undefined;
  const flat = flatten(pack, level);
  const f = flat.find((x) => x.section.id === at.id);
  if (!f) return undefined;
  const s: Section = f.section;
  const below = new Set<string>();
  const walk = (x: Section) => { below.add(x.id); x.children.forEach(walk); };
  walk(s);
  return {
    id: s.id,
    number: s.number,
    title: s.title,
    paragraph: at.paragraph!,
    guidance: s.guidance,
    lists: s.lists.filter((l) => applies(l.levels, level)),
    topics: s.topics,
    indicators: pack.indicators
      .filter((i) => i.section === s.id && applies(i.levels, level))
      .map((i) => ({ indicator: i, status: report.indicators.find((x) => x.id === i.id) })),
    missingItems: report.sections.filter((x) => x.id !== s.id && below.has(x.id) && (x.status === 'missing' || x.status === 'empty')),
    findings: report.findings.filter((x) => x.section !== undefined && below.has(x.section) && x.severity !== 'info'),
  };
}
