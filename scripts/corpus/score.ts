/** Score findings against labels: per-code true positives, false alarms and misses. */
import type { Finding, ReportResult } from '../../src/core/report';
import { foldDiacritics, normalize } from '../../src/core/text';
import type { Label } from './generate';

export interface Tally { tp: number; fp: number; fn: number }
export type Scores = Map<string, Tally>;

export function labelMatches(f: Finding, l: Label): boolean {
  if (f.code !== l.code) return false;
  if (l.section && f.section !== l.section) return false;
  if (l.sections && !l.sections.includes(f.section ?? '')) return false;
  if (l.indicator && f.indicator !== undefined && f.indicator !== l.indicator) return false;
  if (l.snippet && !l.indicator && !quotes(f, l.snippet)) return false;
  if (l.indicator && f.indicator === undefined && !(l.snippet && quotes(f, l.snippet))) return false;
  return true;
}

/**
 * Whether a finding's excerpt or message holds a label's snippet: as the matcher reads both, or as plain words (the matcher's reading
 * depends on the words around: "16 thôn đồng bào Chăm" alone reads as a minority's, inside its bracket as the district's — nxn01).
 */
function quotes(f: Finding, snippet: string): boolean {
  const said = `${f.excerpt ?? ''} ${f.message.vi}`;
  if (normalize(said).includes(normalize(snippet))) return true;
  const plain = (s: string) => foldDiacritics(s).replace(/[^\p{L}\d]+/gu, ' ').trim();
  return plain(said).includes(plain(snippet));
}

export interface CaseScore { missed: Label[]; falseAlarms: Finding[] }

/** Each label is met by at least one finding; each finding must meet some label. */
export function scoreCase(report: ReportResult, labels: Label[], scores: Scores): CaseScore {
  const tally = (code: string) => {
    let t = scores.get(code);
    if (!t) scores.set(code, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  const missed: Label[] = [];
  const falseAlarms: Finding[] = [];
  for (const l of labels) {
    if (report.findings.some((f) => labelMatches(f, l))) tally(l.code).tp++;
    else { tally(l.code).fn++; missed.push(l); }
  }
  for (const f of report.findings) {
    if (labels.some((l) => labelMatches(f, l))) continue;
    tally(f.code).fp++;
    falseAlarms.push(f);
  }
  return { missed, falseAlarms };
}

export function ratio(a: number, b: number): string {
  return b === 0 ? '  –  ' : (a / b).toFixed(3);
}
