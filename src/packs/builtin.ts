/**
 * The built-in packs, transcribed from the seeds. Each is plain JSON in ./builtin/, validated by the schema in the tests
 * (test/packs/builtin.test.ts: the pack as used here is the pack as the schema reads it), not at every start: zod stays out of
 * the task pane's first JavaScript (issue 11).
 */
import nq16 from './builtin/nq16-so-ket-3-nam.json';
import tongKet from './builtin/ntm-tong-ket-2010-2020.json';
import soKetDiaPhuong from './builtin/ntm-so-ket-2021-2023-dia-phuong.json';
import soKetSoNganh from './builtin/ntm-so-ket-2021-2023-so-nganh.json';
import soKetThamLuan from './builtin/ntm-so-ket-2021-2023-tham-luan.json';
import nq04 from './builtin/nq04-ket-luan-ha-tinh.json';
import type { Pack } from './schema';

const RAW: unknown[] = [nq16, tongKet, soKetDiaPhuong, soKetSoNganh, soKetThamLuan, nq04];

let cache: Pack[] | null = null;

/** The schema's defaults the built-in JSON leaves out: a target's bound is not strict, no rule is set. */
function withDefaults(raw: unknown): Pack {
  const p = raw as Pack;
  const target = (t: { comparator: string; strict?: boolean } | undefined) => {
    if (t && (t.comparator === 'at-least' || t.comparator === 'at-most' || t.comparator === 'reduction-per-year') && t.strict === undefined) t.strict = false;
  };
  for (const ind of p.indicators) {
    target(ind.target as { comparator: string; strict?: boolean });
    for (const o of ind.orientation ?? []) target(o.target as { comparator: string; strict?: boolean });
  }
  p.rules ??= {};
  return p;
}

/** All built-in packs, defaults filled in as the schema fills them. */
export function builtinPacks(): Pack[] {
  if (!cache) cache = RAW.map((r) => withDefaults(JSON.parse(JSON.stringify(r))));
  return cache;
}

/** The built-in packs' JSON as written (for the test that reads them with the schema). */
export function builtinPackSources(): unknown[] {
  return RAW.map((r) => JSON.parse(JSON.stringify(r)));
}

export function builtinPack(id: string): Pack | undefined {
  return builtinPacks().find((p) => p.id === id);
}
