/**
 * `--level`: a report's level by its id (tinh, huyen, xa, so-nganh), its Vietnamese name with or without marks ("tỉnh", "xã", "sở ngành"),
 * or the English word the English output uses (province, district, commune, department) — walk64, item 6: "--level commune" was refused
 * though the output itself says "commune".
 */
import type { Level } from '../packs/schema';
import { foldDiacritics } from '../core/text';
import { LEVEL_NAME } from '../core/format/words';
import { CliError } from './io';

const NAMES: Record<string, Level> = {
  tinh: 'tinh', huyen: 'huyen', xa: 'xa', 'so-nganh': 'so-nganh', 'so nganh': 'so-nganh', so: 'so-nganh', nganh: 'so-nganh',
  ...Object.fromEntries(Object.entries(LEVEL_NAME.en).map(([id, word]) => [word, id as Level])),
  'cap tinh': 'tinh', 'cap huyen': 'huyen', 'cap xa': 'xa', 'so, nganh': 'so-nganh', 'so/nganh': 'so-nganh',
};

/** The level a `--level` value names, or undefined. */
export function levelOption(value: string): Level | undefined {
  return NAMES[foldDiacritics(value.trim().toLowerCase()).replace(/\s+/gu, ' ')];
}

/** The line a value no level has: the ids and the words each command accepts. */
export const levelRefused = (value: string, lang: 'vi' | 'en') =>
  lang === 'en'
    ? `--level "${value}": province | district | commune | department (or tinh | huyen | xa | so-nganh)`
    : `--level "${value}": tinh (tỉnh) | huyen (huyện) | xa (xã) | so-nganh (sở, ngành)`;

/** The level a `--level` value names (undefined where none is given), or one clear line that refuses it — for every command that takes one. */
export function levelGiven(value: string | undefined, lang: 'vi' | 'en'): Level | undefined {
  if (value === undefined || value === '') return undefined;
  const level = levelOption(value);
  if (!level) throw new CliError(levelRefused(value, lang));
  return level;
}
