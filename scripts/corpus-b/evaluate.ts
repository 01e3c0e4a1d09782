/**
 * Score the checker on corpus B (test/corpus-b: reports written by other hands, labels written
 * before the checker ran) and on real published text placed as context in a clean report. The
 * checker runs as a user runs it: the pack and the level chosen from the document itself.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { builtinPacks } from '../../src/packs/builtin';
import { readDocx } from '../../src/docx/read-docx';
import { check } from '../../src/core/check';
import { identifyPack } from '../../src/core/identify';
import type { Finding, ReportResult } from '../../src/core/report';
import type { Level } from '../../src/packs/schema';
import { scoreCase, type Scores } from '../corpus/score';
import type { Label } from '../corpus/generate';

export const CORPUS_B = join(__dirname, '..', '..', 'test', 'corpus-b');

export interface Truth {
  pack: string;
  level: Level;
  description?: string;
  traits?: string[];
  ready: boolean;
  labels: Label[];
  /** Written after the checker was last changed, and never used to change it: the honest "never seen" score. */
  holdout?: boolean;
}

export interface CaseResult {
  name: string;
  truth: Truth;
  report?: ReportResult;
  chosenPack?: string;
  error?: string;
  missed: Label[];
  falseAlarms: Finding[];
}

/** Every report of corpus B that has its truth and its .docx. */
export function corpusBNames(dir = CORPUS_B): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.truth.json') && existsSync(join(dir, f.replace('.truth.json', '.docx'))))
    .map((f) => f.replace('.truth.json', ''))
    .sort();
}

/**
 * Score the reports of corpus B: the ones the checker was tuned on, or the held-out ones. `share` takes
 * every `of`-th report from the `part`-th (0-based), so that the tests can check halves side by side.
 */
export async function evaluateCorpusB(scores: Scores, which: 'tuned' | 'holdout' = 'tuned', dir = CORPUS_B, share?: { part: number; of: number }): Promise<CaseResult[]> {
  const packs = builtinPacks();
  const out: CaseResult[] = [];
  const names = corpusBNames(dir).filter((_, i) => !share || i % share.of === share.part);
  for (const name of names) {
    const truth = JSON.parse(readFileSync(join(dir, `${name}.truth.json`), 'utf8')) as Truth;
    if ((truth.holdout === true) !== (which === 'holdout')) continue;
    try {
      const doc = await readDocx(readFileSync(join(dir, `${name}.docx`)), name);
      const chosen = identifyPack(packs, doc);
      const pack = chosen?.pack ?? packs.find((p) => p.id === truth.pack)!;
      const report = check(doc, pack, { file: name, chosen: chosen ? 'auto' : 'given' });
      const { missed, falseAlarms } = scoreCase(report, truth.labels, scores);
      out.push({ name, truth, report, chosenPack: chosen?.pack.id, missed, falseAlarms });
    } catch (e) {
      out.push({ name, truth, error: (e as Error).message, missed: truth.labels, falseAlarms: [] });
      for (const l of truth.labels) {
        const t = scores.get(l.code) ?? { tp: 0, fp: 0, fn: 0 };
        t.fn++;
        scores.set(l.code, t);
      }
    }
  }
  return out;
}

export interface RealText {
  id: string;
  text: string;
  source: string;
  scope: string;
  why: string;
}

export function realTexts(dir = CORPUS_B): RealText[] {
  return JSON.parse(readFileSync(join(dir, 'real-text.json'), 'utf8')) as RealText[];
}

export interface RealTextAlarm {
  id: string;
  host: string;
  finding: Finding;
}

/**
 * Put each real text, as one paragraph, right after the heading of the outline's first section
 * ("Khái quát tình hình") of each clean host report, and collect every finding the host alone did
 * not raise: each is a false alarm.
 */
export async function realTextAlarms(hosts: string[], dir = CORPUS_B): Promise<{ alarms: RealTextAlarm[]; checks: number }> {
  const packs = builtinPacks();
  const alarms: RealTextAlarm[] = [];
  let checks = 0;
  const texts = realTexts(dir);
  for (const host of hosts) {
    const base = await readDocx(readFileSync(join(dir, `${host}.docx`)), host);
    const pack = identifyPack(packs, base)?.pack;
    if (!pack) throw new Error(`${host}: no pack`);
    const before = check(base, pack);
    const first = before.sections.find((s) => s.depth > 0 && s.paragraph !== undefined) ?? before.sections.find((s) => s.paragraph !== undefined);
    if (!first || first.paragraph === undefined) throw new Error(`${host}: no section to put the text in`);
    const key = (f: Finding) => `${f.code}|${f.section ?? ''}|${f.indicator ?? ''}|${f.message.vi}`;
    const known = new Set(before.findings.map(key));
    for (const t of texts) {
      const at = first.paragraph + 1;
      const paragraphs = [...base.paragraphs.slice(0, at), { index: at, text: t.text }, ...base.paragraphs.slice(at)].map((p, index) => ({ ...p, index }));
      const r = check({ ...base, paragraphs }, pack);
      checks++;
      for (const f of r.findings) if (!known.has(key(f))) alarms.push({ id: t.id, host, finding: f });
    }
  }
  return { alarms, checks };
}
