/**
 * Facts from tables by place: one row per commune, district or village, one column per indicator
 * ("Đơn vị | Số xã | Xã NTM nâng cao | Xã NTM kiểu mẫu"), and a row for the whole unit ("Toàn tỉnh",
 * "Tổng cộng"). The whole row is the unit's own result for each column's indicator; the other rows are
 * other places, and give none. An indicator table (one row per indicator) is read by table-facts.
 */
import type { Indicator, Pack } from '../packs/schema';
import type { Fact, FactOptions } from './facts';
import { tables, type DocModel, type TableView } from './model';
import { anyKeyword, excluded, mentions, unitFits, valueFor } from './indicators';
import { normalize } from './text';
import { findDates } from './dates';
import { PLACE_RANKS } from './scope';
import { TOTAL_ROW, TOTAL_ROW_WHOLE } from './lexicon';
import { columnHeaders, headerRows, parseCell, roleOf, unitFromLabel } from './table-facts';
import type { Level } from '../packs/schema';

const PLACE_NOUN = Object.keys(PLACE_RANKS).sort((a, b) => b.length - a.length).join('|');
/** A row named for a place: its noun and a name in capitals ("Huyện Nghi Xuân", "Thị xã Hồng Lĩnh", "Xã Hải Lâm"). */
const NAMED_PLACE = new RegExp(`^\\s*(?:\\d+[.)]?\\s+)?(?:${PLACE_NOUN})\\s+\\p{Lu}`, 'iu');
/** A name alone, as a column of communes lists them ("Duy Châu", "Thị trấn Nam Phước"): two to five words, each capitalised. */
const BARE_NAME = /^\s*\p{Lu}[\p{L}']*(?:\s+(?:\p{Lu}[\p{L}']*|\d+)){1,4}\s*$/u;
/** The header over a column of places. */
const PLACE_HEADER = /^\s*(?:tên\s+)?(?:đơn vị|địa phương|địa bàn|xã|huyện|thôn|bản|ấp|xã, thị trấn|xã, phường|huyện, thị xã|huyện, thị xã, thành phố)\s*$/iu;
/** The level a whole row names ("Toàn tỉnh", "Toàn huyện", "Toàn xã"), if it names one. */
const WHOLE_LEVEL: Array<[RegExp, Level[]]> = [
  [/^\s*toàn\s+tỉnh/iu, ['tinh', 'so-nganh']],
  [/^\s*toàn\s+(?:huyện|thị xã|thành phố)/iu, ['huyen']],
  [/^\s*toàn\s+xã/iu, ['xa']],
];
/** Column roles that hold no result: plans, bases, shares of a plan, verdicts, notes, row numbers, units. */
const NOT_RESULT = new Set(['target', 'baseline', 'ratio', 'assess', 'note', 'index', 'unit']);

/** The row of the whole unit: its label a total ("Tổng cộng", "Cộng") or the unit itself ("Toàn huyện"), of the report's level. */
function isWhole(label: string, level: Level | undefined): boolean {
  const t = label.trim();
  if (/^\s*(?:lũy|luỹ)\s+kế/iu.test(t)) return false;
  const hit = TOTAL_ROW.find(t) ?? TOTAL_ROW_WHOLE.find(t);
  if (!hit || hit.start !== 0) return false;
  const named = WHOLE_LEVEL.find(([re]) => re.test(t));
  return !named || !level || named[1].includes(level);
}

/** The year a table's figures are of: the last date the line introducing it gives ("… đến ngày 30/6/2025 như sau:"). */
function captionYear(doc: DocModel, t: TableView): number | undefined {
  for (let i = t.first - 1; i >= Math.max(0, t.first - 3); i--) {
    const p = doc.paragraphs[i];
    if (!p || p.cell) continue;
    const dates = findDates(p.text);
    if (dates.length) return Number(dates[dates.length - 1].iso.slice(0, 4));
  }
  return undefined;
}

export function placeTableFacts(doc: DocModel, indicators: Indicator[], pack: Pack, opts: FactOptions): Fact[] {
  const out: Fact[] = [];
  const from = Number(pack.period.from.slice(0, 4));
  const to = Number(pack.period.to.slice(0, 4));
  for (const t of tables(doc)) {
    if (t.rows.length < 4 || opts.proseTables?.has(t.table)) continue;
    const nHead = headerRows(t);
    const body = t.rows.slice(nHead);
    const width = Math.max(...body.map((r) => r.length), 0);
    if (width < 3 || body.length < 3) continue;
    const headers = columnHeaders(t, nHead, width).map((h) => h.join(' ').trim());
    // the column of places: among the first three, the one whose rows are named places (or headed as such)
    const label = [0, 1, 2].find((j) => {
      const named = body.filter((r) => NAMED_PLACE.test(r[j] ?? '')).length;
      const names = body.filter((r) => BARE_NAME.test(r[j] ?? '')).length;
      return named >= 2 && named * 2 >= body.length - 1 || (PLACE_HEADER.test(headers[j] ?? '') && names * 2 >= body.length - 1 && names >= 2);
    });
    if (label === undefined) continue;
    const wholeAt = body.findIndex((r, i) => (i === 0 || i === body.length - 1) && isWhole(r[label] || r[0] || '', opts.unit.level));
    if (wholeAt < 0) continue;
    // a row naming an indicator makes it an indicator table (table-facts reads it)
    if (body.some((r) => anyKeyword(indicators).test(normalize(r[label] ?? '')) && indicators.some((i) => mentions(i, normalize(r[label] ?? ''))) && !NAMED_PLACE.test(r[label] ?? ''))) continue;
    const whole = body[wholeAt];
    const r = wholeAt + nHead;
    const paragraph = t.rowFirst[r] ?? t.first;
    const inFuture = opts.future.has(paragraph);
    const asOf = captionYear(doc, t);
    for (let j = 0; j < width; j++) {
      if (j === label) continue;
      const head = headers[j] ?? '';
      const role = roleOf(head);
      if (!head || (role && NOT_RESULT.has(role))) continue;
      const norm = normalize(head);
      if (!anyKeyword(indicators).test(norm)) continue;
      const ind = indicators.find((i) => mentions(i, norm) && !excluded(i, norm));
      if (!ind) continue;
      const q = parseCell(whole[j] ?? '', unitFromLabel(head), ind, head);
      if (!q || !unitFits(ind, q, head)) continue;
      const headYear = /(?:19|20)\d\d/.exec(head);
      const year = headYear ? Number(headYear[0]) : asOf;
      const kind = year !== undefined && year < from ? 'baseline' : (year === undefined || year > to) && inFuture ? 'plan' : 'result';
      out.push({
        indicator: ind, role: kind, value: valueFor(ind, q), quantity: q, paragraph, text: `${(whole[label] || whole[0] || '').trim()} — ${head}: ${(whole[j] ?? '').trim()}`,
        fromTable: true, direct: true, ...(year ? { year } : {}), ...(kind !== 'result' ? { why: kind === 'baseline' ? `year ${year}` : 'section about the coming period' } : {}),
      });
    }
  }
  return out;
}
