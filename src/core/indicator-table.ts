/**
 * "Chèn bảng chỉ tiêu": the indicator table of a section — Chỉ tiêu | Đơn vị |
 * Mục tiêu | Thực hiện | Đánh giá — one row per indicator the template places
 * in the section, the target filled from the template (Vietnamese number
 * format), Thực hiện and Đánh giá left for the writer. Inserted like a danh
 * mục table (tagged, marked caption), so "Gỡ phần khung chưa viết" removes it
 * while nothing has been typed into it.
 */
import type { Level, Pack } from '../packs/schema';
import { targetText } from './format/words';
import { TAG_PREFIX, type SkeletonBlock } from './skeleton';

export const INDICATOR_HEADER = ['Chỉ tiêu', 'Đơn vị', 'Mục tiêu', 'Thực hiện', 'Đánh giá'];
export const INDICATOR_CAPTION = 'Kết quả thực hiện các chỉ tiêu';

/** The rows the template fills: label, unit, target with its year. */
function rowsOf(pack: Pack, sectionId: string, level?: Level): string[][] {
  return pack.indicators
    .filter((i) => i.section === sectionId && (!level || i.levels.includes(level)))
    .map((i) => [i.label, i.unit, `${targetText(i.target, i.unit, 'vi')} (năm ${i.year})`, '', '']);
}

/** The table block for a section; undefined when the template places no indicator there. */
export function indicatorTableBlock(pack: Pack, sectionId: string, level?: Level): (SkeletonBlock & { kind: 'table' }) | undefined {
  const rows = rowsOf(pack, sectionId, level);
  if (!rows.length) return undefined;
  return { kind: 'table', header: INDICATOR_HEADER, rows: rows.length, values: rows, tag: `${TAG_PREFIX}:l:${pack.id}:${sectionId}:chi-tieu`, sectionId, title: INDICATOR_CAPTION };
}

/** Every cell text a template could have filled in (for telling an untouched table from a written one). */
export function filledCells(packs: Pack[]): Set<string> {
  const out = new Set<string>();
  for (const p of packs) for (const s of new Set(p.indicators.map((i) => i.section).filter((x): x is string => !!x))) {
    for (const r of rowsOf(p, s)) r.forEach((c) => c && out.add(c));
  }
  return out;
}
