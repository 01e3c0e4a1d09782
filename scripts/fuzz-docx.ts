/**
 * Fuzz the .docx reader: seeded mutations of the fixture reports and the sample
 * (test/docx/fuzz-kit.ts), each read in its own Node process with a time and
 * memory limit, then a table of outcomes with examples of the failures.
 *
 *   npx tsx scripts/fuzz-docx.ts --n 2000 --seed 1
 *   npx tsx scripts/fuzz-docx.ts --seed 1 --case 137 --keep /tmp/f   # one case again, its input kept
 *
 * Options: --n cases (200), --seed (1), --jobs parallel processes (CPUs), --timeout seconds per case (20),
 * --memory MB of V8 heap per case (300, --max-old-space-size), --keep DIR to save the inputs of failures,
 * --case i to run one case, --check to run the check on what was read as well (the checker's own limits).
 *
 * Outcomes: read; refused cleanly (a DocxError in the reader's own words); crashed (any other error, an
 * unclean message, a non-zero exit); hung (killed at the timeout); over memory (V8 heap limit reached).
 * Exit code 1 when anything crashed, hung or went over memory.
 */
import { spawn } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'fs';
import { cpus, tmpdir } from 'os';
import { join, resolve } from 'path';
import { buildSync } from 'esbuild';
import { loadSeeds, mutant, type SeedDoc } from '../test/docx/fuzz-kit';

const ROOT = resolve(__dirname, '..');

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = process.argv[i + 1];
  return v === undefined || v.startsWith('--') ? 'true' : v;
}

const N = Number(arg('n', '200'));
const SEED = Number(arg('seed', '1'));
const JOBS = Math.max(1, Number(arg('jobs', String(cpus().length))));
const TIMEOUT_S = Number(arg('timeout', '20'));
const MEMORY_MB = Number(arg('memory', '300'));
const KEEP = arg('keep');
const ONE = arg('case');
const CHECK = arg('check') === 'true';

type Outcome = 'read' | 'refused cleanly' | 'crashed' | 'hung' | 'over memory';
const OUTCOMES: Outcome[] = ['read', 'refused cleanly', 'crashed', 'hung', 'over memory'];

interface Result {
  i: number;
  kind: string;
  what: string;
  seedFile: string;
  bytes: number;
  outcome: Outcome;
  detail: string;
  ms: number;
  rssMB?: number;
}

/** The child: read one file, say what happened on one JSON line. Bundled once so that each process starts fast. */
const CHILD_SOURCE = `
import { readFileSync } from 'fs';
import { readDocx } from ${JSON.stringify(join(ROOT, 'src/docx/read-docx'))};
import { DocxError } from ${JSON.stringify(join(ROOT, 'src/docx/errors'))};
import { uncleanReason } from ${JSON.stringify(join(ROOT, 'test/docx/fuzz-kit'))};
${CHECK ? `import { check } from ${JSON.stringify(join(ROOT, 'src/core/check'))};
import { identifyPack } from ${JSON.stringify(join(ROOT, 'src/core/identify'))};
import { builtinPacks, builtinPack } from ${JSON.stringify(join(ROOT, 'src/packs/builtin'))};` : ''}
async function main() {
  const bytes = readFileSync(process.argv[2]);
  const t = performance.now();
  let out;
  try {
    const doc = await readDocx(bytes);
    ${CHECK ? `const pack = identifyPack(builtinPacks(), doc)?.pack ?? builtinPack('nq16-so-ket-3-nam');
    check(doc, pack);` : ''}
    out = { o: 'read', detail: doc.paragraphs.length + ' paragraphs' };
  } catch (e) {
    const why = uncleanReason(e);
    out = why ? { o: 'crashed', detail: why } : { o: 'refused cleanly', detail: e instanceof DocxError ? e.reason + ': ' + e.vi : String(e) };
  }
  out.ms = performance.now() - t;
  // peak resident memory of this process: VmHWM (getrusage's maxRSS would include the parent's, inherited across fork)
  let hwm = 0;
  try {
    hwm = Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
  } catch {}
  out.rss = hwm || process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out) + '\\n');
}
main();
`;

function bundleChild(dir: string): string {
  const entry = join(dir, 'child-entry.ts');
  writeFileSync(entry, CHILD_SOURCE);
  const out = join(dir, 'child.cjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', target: 'node20', outfile: out, logLevel: 'error', absWorkingDir: ROOT });
  return out;
}

function runChild(child: string, file: string): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string; ms: number; timedOut: boolean }> {
  return new Promise((done) => {
    const t = performance.now();
    const p = spawn(process.execPath, [`--max-old-space-size=${MEMORY_MB}`, child, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => {
      if (stderr.length < 20_000) stderr += d;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      p.kill('SIGKILL');
    }, TIMEOUT_S * 1000);
    p.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: performance.now() - t, timedOut });
    });
  });
}

function classify(r: Awaited<ReturnType<typeof runChild>>): { outcome: Outcome; detail: string; ms: number; rssMB?: number } {
  if (r.timedOut) return { outcome: 'hung', detail: `killed after ${TIMEOUT_S} s`, ms: r.ms };
  if (/heap out of memory|Allocation failed|Reached heap limit|invalid size error|Array buffer allocation failed/i.test(r.stderr))
    return { outcome: 'over memory', detail: r.stderr.split('\n').find((l) => /memory|Allocation|heap/i.test(l))?.trim() ?? 'out of memory', ms: r.ms };
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    const j = JSON.parse(line) as { o: Outcome; detail: string; ms: number; rss: number };
    if (r.code !== 0) return { outcome: 'crashed', detail: `exit ${r.code}: ${r.stderr.split('\n').slice(0, 3).join(' | ')}`, ms: j.ms, rssMB: j.rss };
    return { outcome: j.o, detail: j.detail, ms: j.ms, rssMB: j.rss };
  } catch {
    const first = r.stderr.split('\n').filter((l) => l.trim()).slice(0, 4).join(' | ');
    return { outcome: 'crashed', detail: `exit ${r.code ?? r.signal}: ${first || '(no output)'}`, ms: r.ms };
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'decuong-fuzz-'));
  let child: string;
  try {
    child = bundleChild(dir);
  } catch (e) {
    console.error(`cannot bundle the reader for the child processes: ${(e as Error).message}`);
    process.exit(2);
  }
  const seeds: SeedDoc[] = await loadSeeds();
  const cases = ONE !== undefined ? [Number(ONE)] : Array.from({ length: N }, (_, i) => i);
  if (KEEP) mkdirSync(KEEP, { recursive: true });
  console.log(`decuong fuzz-docx: ${cases.length} case(s), seed ${SEED}, ${JOBS} process(es) at a time, ${TIMEOUT_S} s and ${MEMORY_MB} MB each${CHECK ? ', read + check' : ', reader only'}`);
  const results: Result[] = [];
  const started = performance.now();
  let next = 0;
  let doneCount = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = cases[next++];
      const m = await mutant(seeds, SEED, i);
      const file = join(dir, `case-${i}.docx`);
      writeFileSync(file, m.bytes);
      const r = classify(await runChild(child, file));
      results.push({ i, kind: m.kind, what: m.what, seedFile: m.seedFile, bytes: m.bytes.length, ...r });
      if (KEEP && (r.outcome === 'crashed' || r.outcome === 'hung' || r.outcome === 'over memory' || ONE !== undefined)) copyFileSync(file, join(KEEP, `seed${SEED}-case${i}.docx`));
      rmSync(file, { force: true });
      doneCount++;
      if (process.stderr.isTTY && doneCount % 50 === 0) process.stderr.write(`\r${doneCount}/${cases.length}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(JOBS, cases.length) }, worker));
  if (process.stderr.isTTY) process.stderr.write('\r');
  rmSync(dir, { recursive: true, force: true });
  results.sort((a, b) => a.i - b.i);

  // the table: outcomes by mutation
  const kinds = [...new Set(results.map((r) => r.kind.split('+')[0]))].sort();
  const count = (rs: Result[], o: Outcome) => rs.filter((r) => r.outcome === o).length;
  const w0 = Math.max(20, ...kinds.map((k) => k.length)) + 2;
  const cols = OUTCOMES.map((o) => Math.max(o.length, 6) + 2);
  const row = (name: string, rs: Result[]) => name.padEnd(w0) + OUTCOMES.map((o, k) => String(count(rs, o)).padStart(cols[k])).join('') + String(rs.length).padStart(8);
  console.log('');
  console.log('mutation'.padEnd(w0) + OUTCOMES.map((o, k) => o.padStart(cols[k])).join('') + 'total'.padStart(8));
  for (const k of kinds) console.log(row(k, results.filter((r) => r.kind.split('+')[0] === k)));
  console.log('-'.repeat(w0 + cols.reduce((s, c) => s + c, 0) + 8));
  console.log(row('all', results));

  const reasons = new Map<string, number>();
  for (const r of results) if (r.outcome === 'refused cleanly') reasons.set(r.detail.split(':')[0], (reasons.get(r.detail.split(':')[0]) ?? 0) + 1);
  console.log(`\nrefusals by reason: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const slow = [...results].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const rss = results.filter((r) => r.rssMB !== undefined).sort((a, b) => b.rssMB! - a.rssMB!)[0];
  console.log(`slowest: ${slow.map((r) => `#${r.i} ${r.kind} ${(r.ms / 1000).toFixed(1)} s`).join(', ')}`);
  if (rss) console.log(`highest peak RSS: #${rss.i} ${rss.kind} (${rss.what}) ${rss.rssMB!.toFixed(0)} MB`);
  console.log(`wall time ${((performance.now() - started) / 1000).toFixed(0)} s`);

  const failures = results.filter((r) => r.outcome === 'crashed' || r.outcome === 'hung' || r.outcome === 'over memory');
  if (failures.length) {
    console.log(`\n${failures.length} failure(s); examples (rerun one with --seed ${SEED} --case N --keep DIR):`);
    const shown = new Set<string>();
    for (const f of failures) {
      const key = `${f.outcome} ${f.kind} ${f.detail.slice(0, 60)}`;
      if (shown.has(key) || shown.size >= 12) continue;
      shown.add(key);
      console.log(`  #${f.i} ${f.outcome}: ${f.kind} on ${f.seedFile} (${f.what}), ${(f.bytes / 1024).toFixed(0)} KB\n      ${f.detail.slice(0, 300)}`);
    }
  } else console.log('\nno crash, hang or memory failure');
  const examples = results.filter((r) => r.outcome === 'refused cleanly');
  const seen = new Set<string>();
  const picks = examples.filter((r) => !seen.has(r.detail.split(':')[0]) && seen.add(r.detail.split(':')[0])).slice(0, 6);
  if (picks.length) console.log(`\nexamples of clean refusals:\n${picks.map((r) => `  #${r.i} ${r.kind}: ${r.detail.slice(0, 160)}`).join('\n')}`);
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
