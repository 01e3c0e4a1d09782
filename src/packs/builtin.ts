/**
 * The built-in packs, transcribed from the seeds. Each is plain JSON in
 * ./builtin/ and is validated by the schema when first used.
 */
import nq16 from './builtin/nq16-so-ket-3-nam.json';
import tongKet from './builtin/ntm-tong-ket-2010-2020.json';
import soKetDiaPhuong from './builtin/ntm-so-ket-2021-2023-dia-phuong.json';
import soKetSoNganh from './builtin/ntm-so-ket-2021-2023-so-nganh.json';
import soKetThamLuan from './builtin/ntm-so-ket-2021-2023-tham-luan.json';
import nq04 from './builtin/nq04-ket-luan-ha-tinh.json';
import { Pack } from './schema';

const RAW: unknown[] = [nq16, tongKet, soKetDiaPhuong, soKetSoNganh, soKetThamLuan, nq04];

let cache: Pack[] | null = null;

/** All built-in packs, parsed (defaults filled in). Throws if a built-in pack is invalid (a build error). */
export function builtinPacks(): Pack[] {
  if (!cache) cache = RAW.map((r) => Pack.parse(r));
  return cache;
}

export function builtinPack(id: string): Pack | undefined {
  return builtinPacks().find((p) => p.id === id);
}
