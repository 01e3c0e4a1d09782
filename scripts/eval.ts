/**
 * npm run eval: score the checker, per finding code, on
 *  A. generated labelled reports (scripts/corpus) plus the reference fixtures;
 *  B. corpus B (test/corpus-b): reports written by other hands, never tuned on;
 *  C. real published text placed as context in clean reports: every finding is a false alarm.
 *
 *   npm run eval                 # 400 generated reports + the fixtures, corpus B, real text
 *   npm run eval -- --n 1000 --seed 7 --verbose --write /tmp/corpus
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { builtinPacks } from '../src/packs/builtin';
import { readDocx } from '../src/docx/read-docx';
import { writeDocx } from '../src/docx/write-docx';
import { check } from '../src/core/check';
import { identifyPack, titledOtherThan } from '../src/core/identify';
import type { Finding } from '../src/core/report';
import { normalize } from '../src/core/text';
import { generate, type Label } from './corpus/generate';
import { ratio, scoreCase, type Scores } from './corpus/score';
import { evaluateCorpusB, realTextAlarms, realTexts } from './corpus-b/evaluate';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const N = Number(opt('n', '400'));
const SEED = Number(opt('seed', '1'));
const VERBOSE = args.includes('--verbose');
const WRITE = opt('write', '');

const packs = builtinPacks();
const byId = new Map(packs.map((p) => [p.id, p]));
/** nq16 carries the indicators: give it half the corpus. */
const WEIGHTS: Array<[string, number]> = [
  ['nq16-so-ket-3-nam', 10], ['nq04-ket-luan-ha-tinh', 3], ['ntm-so-ket-2021-2023-dia-phuong', 3],
  ['ntm-so-ket-2021-2023-so-nganh', 2], ['ntm-so-ket-2021-2023-tham-luan', 1], ['ntm-tong-ket-2010-2020', 2],
];

async function main() {
  const scores: Scores = new Map();
  const wrongPack: string[] = [];
  const wrongReady: string[] = [];
  const problems: string[] = [];
  const total = WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let readMs = 0;
  let checkMs = 0;
  let cases = 0;
  if (WRITE) mkdirSync(WRITE, { recursive: true });

  for (let i = 0; i < N; i++) {
    const seed = SEED * 100003 + i;
    let r = (i * 7919) % total;
    const id = WEIGHTS.find(([, w]) => (r -= w) < 0)![0];
    const gc = generate(byId.get(id)!, seed);
    const buf = await writeDocx(gc.blocks);
    if (WRITE) {
      writeFileSync(join(WRITE, `${gc.name}.docx`), buf);
      writeFileSync(join(WRITE, `${gc.name}.truth.json`), JSON.stringify({ pack: gc.pack, level: gc.level, traits: gc.traits, labels: gc.labels }, null, 1));
    }
    let t = performance.now();
    const doc = await readDocx(buf, gc.name);
    readMs += performance.now() - t;
    const chosen = identifyPack(packs, doc);
    if (chosen?.pack.id !== gc.pack) wrongPack.push(`${gc.name}: chose ${chosen?.pack.id ?? 'none'}`);
    t = performance.now();
    const report = check(doc, chosen?.pack ?? byId.get(gc.pack)!, { file: gc.name });
    checkMs += performance.now() - t;
    cases++;
    const other = packs[(packs.findIndex((p) => p.id === gc.pack) + 1) % packs.length];
    // (as a user who picks the other pack by hand: the CLI and the pane say when the title names another, and such a report is never ready)
    if (check(doc, other, { chosen: 'given', titled: titledOtherThan(packs, doc, other) }).summary.ready) wrongReady.push(`${gc.name} checked against ${other.id}`);
    const { missed, falseAlarms } = scoreCase(report, gc.labels, scores);
    if (missed.length || falseAlarms.length) problems.push(describe(gc.name, gc.traits, missed, falseAlarms));
  }

  // the reference fixtures: their labels are not exhaustive, so only "absent" hits count as false alarms
  const dir = join(__dirname, '..', 'test', 'fixtures', 'reports');
  let fixtures = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.truth.json'))) {
    const truth = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const name = f.replace('.truth.json', '');
    const doc = await readDocx(readFileSync(join(dir, `${name}.docx`)), name);
    const chosen = identifyPack(packs, doc);
    if (chosen?.pack.id !== truth.pack) wrongPack.push(`${name}: chose ${chosen?.pack.id ?? 'none'}`);
    const report = check(doc, chosen?.pack ?? byId.get(truth.pack)!, { file: name });
    const tally = (code: string) => {
      let t = scores.get(code);
      if (!t) scores.set(code, (t = { tp: 0, fp: 0, fn: 0 }));
      return t;
    };
    const missed: Label[] = [];
    for (const e of truth.expect as Expect[]) {
      if (report.findings.some((x) => fixtureMatch(x, e, report.sections))) tally(e.code).tp++;
      else { tally(e.code).fn++; missed.push({ code: e.code as Label['code'], snippet: e.snippet ?? e.title }); }
    }
    const absentHits = report.findings.filter((x) => (truth.absent as Expect[]).some((e) => fixtureMatch(x, e, report.sections)));
    for (const a of absentHits) tally(a.code).fp++;
    if (missed.length || absentHits.length) problems.push(describe(name, ['fixture'], missed, absentHits));
    fixtures++;
  }

  const scoresB: Scores = new Map();
  const casesB = await evaluateCorpusB(scoresB);
  const scoresH: Scores = new Map();
  const casesH = await evaluateCorpusB(scoresH, 'holdout');
  const hosts = casesB.filter((c) => c.truth.ready && !c.truth.labels.length && c.truth.pack === 'nq16-so-ket-3-nam').map((c) => c.name);
  const real = hosts.length ? await realTextAlarms(hosts.slice(0, 3)) : { alarms: [], checks: 0 };

  const codes = [...new Set([...scores.keys(), ...scoresB.keys(), ...scoresH.keys()])].sort();
  const sum = (s: Scores) => [...s.values()].reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  const cells = (t: { tp: number; fp: number; fn: number } | undefined) =>
    t ? [String(t.tp + t.fn), String(t.fn), String(t.fp), ratio(t.tp, t.tp + t.fn), ratio(t.tp, t.tp + t.fp)] : ['0', '0', '0', '  –  ', '  –  '];
  const rows = codes.map((c) => [c, ...cells(scores.get(c)), ...cells(scoresB.get(c)), ...cells(scoresH.get(c))]);
  rows.push(['(all)', ...cells(sum(scores)), ...cells(sum(scoresB)), ...cells(sum(scoresH))]);
  const head = ['code', 'A:labels', 'missed', 'false', 'recall', 'precision', 'B:labels', 'missed', 'false', 'recall', 'precision', 'H:labels', 'missed', 'false', 'recall', 'precision'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  ');
  const readyB = casesB.filter((c) => c.report && c.report.summary.ready === c.truth.ready).length;
  const packB = casesB.filter((c) => c.chosenPack === c.truth.pack).length;
  console.log(`decuong eval — A: ${cases} generated reports (seed ${SEED}) + ${fixtures} reference fixtures; B: ${casesB.length} reports written by other hands (test/corpus-b); H: ${casesH.length} more, held out (written after the last change to the checker, never used to change it)`);
  console.log(line(head));
  console.log(w.map((n) => '-'.repeat(n)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(`\nA: pack chosen automatically ${cases + fixtures - wrongPack.length}/${cases + fixtures} right; checked against another pack and still "ready": ${wrongReady.length}/${cases}${wrongReady.length ? ` (${wrongReady.slice(0, 3).join('; ')})` : ''}`);
  console.log(`A: reports with no miss and no false alarm: ${cases + fixtures - problems.length}/${cases + fixtures}`);
  console.log(`B: pack chosen automatically ${packB}/${casesB.length} right; verdict ("sẵn sàng nộp" or not) right ${readyB}/${casesB.length}; reports with no miss and no false alarm: ${casesB.filter((c) => !c.missed.length && !c.falseAlarms.length && !c.error).length}/${casesB.length}`);
  console.log(`H: pack chosen automatically ${casesH.filter((c) => c.chosenPack === c.truth.pack).length}/${casesH.length} right; verdict right ${casesH.filter((c) => c.report && c.report.summary.ready === c.truth.ready).length}/${casesH.length}`);
  console.log(`C: real published text as context: ${realTexts().length} texts × ${hosts.slice(0, 3).length} clean reports (${hosts.slice(0, 3).join(', ')}): ${real.alarms.length} false alarms in ${real.checks} checks`);
  console.log(`time: read ${(readMs / cases).toFixed(1)} ms/report, check ${(checkMs / cases).toFixed(1)} ms/report (generated reports)`);
  if (wrongPack.length) console.log(`\nwrong pack:\n  ${wrongPack.slice(0, 10).join('\n  ')}`);
  const problemsH = casesH.filter((c) => c.error || c.missed.length || c.falseAlarms.length).map((c) => c.error ? `${c.name}: ${c.error}` : describe(`${c.name} (chose ${c.chosenPack ?? 'none'}, level ${c.report?.level ?? '?'})`, c.truth.traits ?? [], c.missed, c.falseAlarms));
  const problemsB = casesB.filter((c) => c.error || c.missed.length || c.falseAlarms.length).map((c) => c.error ? `${c.name}: ${c.error}` : describe(`${c.name} (chose ${c.chosenPack ?? 'none'}, level ${c.report?.level ?? '?'})`, c.truth.traits ?? [], c.missed, c.falseAlarms));
  const realLines = real.alarms.map((a) => `  ${a.id} in ${a.host}: ${a.finding.code} ${a.finding.indicator ?? ''} ${a.finding.message.vi.slice(0, 120)}`);
  if (VERBOSE) {
    if (problems.length) console.log(`\nA:\n${problems.join('\n')}`);
    if (problemsB.length) console.log(`\nB:\n${problemsB.join('\n')}`);
    if (problemsH.length) console.log(`\nH:\n${problemsH.join('\n')}`);
    if (realLines.length) console.log(`\nC:\n${realLines.join('\n')}`);
  } else {
    const all = [...problemsB, ...problems];
    if (all.length) console.log(`\n${all.slice(0, 8).join('\n')}${all.length > 8 ? `\n… ${all.length - 8} more (--verbose)` : ''}`);
  }
}

interface Expect { code: string; title?: string; snippet?: string; keywords?: string[] }

/** The fixture truth format (test/fixtures/reports/*.truth.json), as test/cli/check.test.ts reads it. */
function fixtureMatch(f: Finding, e: Expect, sections: Array<{ id: string; title: string }>): boolean {
  if (f.code !== e.code) return false;
  if (e.title) {
    const s = sections.find((x) => x.id === f.section);
    const t = normalize(e.title);
    return !!s && (normalize(s.title).includes(t) || t.includes(normalize(s.title)));
  }
  const hay = normalize(`${f.excerpt ?? ''} ${f.message.vi}`);
  if (e.snippet && !hay.includes(normalize(e.snippet))) return false;
  if (e.keywords && !e.keywords.every((k) => hay.includes(normalize(k)))) return false;
  return true;
}

function describe(name: string, traits: string[], missed: Label[], fa: Finding[]): string {
  const lines = [`${name} [${traits.join(' ')}]`];
  for (const m of missed) lines.push(`  missed ${m.code} ${m.section ?? m.sections?.join('|') ?? ''}${m.indicator ?? ''} ${m.snippet ?? ''}`);
  for (const f of fa) lines.push(`  false alarm ${f.code} ${f.section ?? ''}${f.indicator ? ` ${f.indicator}` : ''} @${f.paragraph ?? '-'}: ${f.message.vi.slice(0, 110)} | ${(f.excerpt ?? '').slice(0, 90)}`);
  return lines.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
