/**
 * A rule, ESLint-style: metadata and one job. A rule reads the analysis of the
 * document (outline alignment, facts, tables) and reports findings through
 * `ctx.report`; it never changes the analysis. Each rule has its own file in
 * this folder and its own valid/invalid cases in test/core/rules/<code>.test.ts.
 */
import type { Analysis } from '../analysis';
import type { Code, Finding, Msg, Severity } from '../report';
import type { Fact } from '../facts';
import { formatVn } from '../numbers';
import { excerpt, excerptAround } from '../text';
import { extractQuantities, type Quantity } from '../quantities';

export interface RuleMeta {
  code: Code;
  /** Default severity; a pack may change it or switch the rule off (`rules` in the pack). */
  severity: Severity;
  description: Msg;
  /** What the rule reads from the analysis. */
  needs: Array<'outline' | 'facts' | 'tables' | 'text'>;
  /** Runs even when the document could not be mapped onto the pack. */
  runsUnmapped?: boolean;
}

/** A finding as a rule reports it: code and default severity come from the rule's meta. */
export type Report = Omit<Finding, 'code' | 'severity'> & { severity?: Severity };

export interface RuleContext extends Analysis {
  report(f: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  run(ctx: RuleContext): void;
}

/** "2.1. Title" (or the title alone when the section is unnumbered), for messages. */
/** A target's source as the pack writes it, "Chương trình hành động thực hiện NQ 16-NQ/TU, mục I.2.1 (Đến năm 2025)": the document, and where
 * in it (none where the pack names the document alone). */
export function sourceParts(source: string): { doc: string; where: string } {
  const at = source.indexOf(', ');
  return at < 0 ? { doc: source, where: '' } : { doc: source.slice(0, at), where: source.slice(at + 2) };
}

/** The pack's name of the document that sets a target, its place in it in brackets: "Kết luận (nhiệm vụ 2)", "Chương trình hành động thực
 * hiện NQ 16-NQ/TU (mục I.2.1, đến năm 2025)". */
export function sourceName(source: string): string {
  const { doc, where } = sourceParts(source);
  if (!where) return doc;
  return `${doc} (${where.replace(/\s*\(([^()]*)\)/gu, (_m, x: string) => `, ${x.charAt(0).toLowerCase()}${x.slice(1)}`)})`;
}

export const sectionLabel = (s: { number: string; title: string }) => (s.number ? `${s.number}. ${s.title}` : s.title);
/**
 * A section the writer wrote, named by the writer's own heading — as its group in every output names it, which can be searched for in Word —
 * else by the outline's number and title (walk45, item 9; walk60, item 3: a list or a topic asked of "2. Công tác lãnh đạo … thực hiện Nghị
 * quyết" named by the outline's long title under the writer's shorter heading).
 */
export const writtenLabel = (s: { number: string; title: string }, heading?: { raw: string }) => (heading ? excerpt(heading.raw.trim(), 120) : '') || sectionLabel(s);
/** A written item by the writer's own heading, in quotes, its closing ":" or "." left out: what can be searched for in Word. */
export const headingName = (heading: { raw: string }) => `"${excerpt(heading.raw).replace(/[:.]\s*$/u, '')}"`;

/** A figure as the indicator rules write it: "84,9%", "36 xã", "1,52 lần". */
export function formatFact(f: Fact, lang: 'vi' | 'en' = 'vi'): string {
  const u = f.indicator.unit;
  // (a figure said in words has no decimals of its own: a zero, "không còn xã …", is "0 xã"; a count of places is whole)
  const d = f.quantity?.decimals ?? (f.value === 0 || !u.includes('%') ? 0 : 1);
  // (a fall in a rate a year is in points of it: "0,52 điểm %/năm", as the target is said)
  return `${formatVn(f.value, f.quantity?.kind === 'fraction' && u === '%' ? 1 : d)}${u === '%' ? u : u === '%/năm' ? (lang === 'vi' ? ' điểm %/năm' : ' points/year') : ' ' + u}`;
}

/** The excerpt of a finding about a fact: around its figure in a long sentence, so the reviewer sees it. */
export function factExcerpt(f: Fact, through?: string): string {
  if (!f.quantity || f.fromTable) return excerpt(f.text);
  const lead = f.text.length - f.text.trimStart().length;
  const at = Math.max(0, f.quantity.start - lead);
  // (a rate in the bracket after its fraction, "161/169 xã triển khai … (đạt 95,3%)": from the fraction, so the reviewer sees both)
  const of = f.quantity.kind === 'percent' ? fractionBefore(f.text, at, f.quantity.value) : undefined;
  const from = of ? of.start : at;
  // (… and on through words said of the figure after it, whole: the claim a finding is about, "…, đạt mục tiêu Kết luận đề ra")
  const said = through ? f.text.indexOf(through, at) : -1;
  // (… to the end of their clause, so the plan they name is seen: "đạt mục tiêu Kết luận đề ra")
  const clauseEnd = said >= 0 ? f.text.slice(said + through!.length, said + through!.length + 60).search(/[,;.)]/u) : -1;
  const end = said >= 0 ? said + through!.length + (clauseEnd >= 0 ? clauseEnd : Math.min(60, f.text.length - said - through!.length)) : of ? at + f.quantity.raw.length : -1;
  return end >= 0 ? excerptAround(f.text, from, Math.max(160, end - from + 60), end) : excerptAround(f.text, at);
}

/** The fraction a rate is of, written before it in the clause with no other figure between ("161/169 xã … (đạt 95,3%)"). */
function fractionBefore(text: string, at: number, percent: number): Quantity | undefined {
  const before = extractQuantities(text).filter((q) => q.start < at);
  const last = before[before.length - 1];
  return last?.kind === 'fraction' && Math.abs(last.value * 100 - percent) < 0.1 ? last : undefined;
}
