/**
 * Seeded fuzzing of the .docx reader: mutations of the fixture reports and the
 * sample (byte flips, lying zip headers, hostile XML and relationships, …).
 * Every case must either read or be refused with the reader's own clean error.
 * Thousands more, each in its own process with time and memory limits:
 * `npx tsx scripts/fuzz-docx.ts --n 2000 --seed 1`.
 */
import { readDocx } from '../../src/docx/read-docx';
import { loadSeeds, mutant, MUTATORS, uncleanReason, type SeedDoc } from './fuzz-kit';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const LIGHT = Number(process.env.FUZZ_N ?? 320);

let seeds: SeedDoc[];
beforeAll(async () => {
  seeds = await loadSeeds();
});

/** Hangs are not timed here (a loaded machine would make such a test flaky): the fuzz script runs each case in its own process under a time limit, and jest's own timeout stops a reader that never returns. */
async function outcome(bytes: Uint8Array): Promise<{ ok: boolean; why?: string }> {
  try {
    const d = await readDocx(bytes);
    if (!Array.isArray(d.paragraphs)) return { ok: false, why: 'no paragraphs array' };
    return { ok: true };
  } catch (e) {
    const why = uncleanReason(e);
    return { ok: !why, why };
  }
}

test(`${LIGHT} light mutations read or are refused cleanly (seed ${SEED})`, async () => {
  const bad: string[] = [];
  const kinds = new Map<string, number>();
  for (let i = 0; i < LIGHT; i++) {
    const m = await mutant(seeds, SEED, i, { light: true });
    kinds.set(m.kind.split('+')[0], (kinds.get(m.kind.split('+')[0]) ?? 0) + 1);
    const r = await outcome(m.bytes);
    if (!r.ok) bad.push(`#${i} ${m.kind} (${m.seedFile}: ${m.what}): ${r.why}`);
  }
  expect(bad).toEqual([]);
  // the light mutators were all exercised
  for (const [k, v] of Object.entries(MUTATORS)) if (!v.heavy) expect([k, kinds.get(k) ?? 0]).not.toEqual([k, 0]);
});

test.each(Object.keys(MUTATORS).filter((k) => MUTATORS[k].heavy))('heavy mutation "%s": reads or is refused cleanly', async (kind) => {
  for (let i = 0; i < 2; i++) {
    const m = await MUTATORS[kind].run(seeds[i % seeds.length], new (await import('./fuzz-kit')).Rng(SEED + i * 7919));
    const r = await outcome(m.bytes);
    expect([m.what, r.why ?? 'clean']).toEqual([m.what, 'clean']);
  }
});
