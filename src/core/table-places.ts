/**
 * Facts from tables by place: one row per commune, district or village, one column per indicator
 * ("Đơn vị | Số xã | Xã NTM nâng cao | Xã NTM kiểu mẫu"), and a row for the whole unit ("Toàn tỉnh",
 * "Tổng cộng"). The whole row is the unit's own result for each column's indicator; the other rows are
 * other places, and give none. An indicator table (one row per indicator) is read by table-facts.
 */
import type { Indicator, Pack } from '../packs/schema';
import type { Fact, FactOptions } from './facts';
import { captionOf, tables, type DocModel, type TableView } from './model';
import { anyKeyword, excluded, mentions, unitFits, valueFor } from './indicators';
import { normalize } from './text';
import { findDates } from './dates';
import { PLACE_RANKS, type PlaceLevel } from './scope';
import { OFFICE_NAME, PLACE_COLUMN, TOTAL_ROW, TOTAL_ROW_WHOLE, eitherCase, isOnly, startsWith } from './lexicon';
import { columnHeaders, parseCell, roleOf, tableBody, unitFromLabel } from './table-facts';
import type { Level } from '../packs/schema';

/** Place nouns, either case of the first letter (a pattern with the "i" flag would let \p{Lu} match any letter). */
const PLACE_NOUN = eitherCase(Object.keys(PLACE_RANKS).sort((a, b) => b.length - a.length));
/** A row named for a place: its noun and a name in capitals ("Huyện Nghi Xuân", "Thị xã Hồng Lĩnh", "Xã Hải Lâm"; not "Xã đạt chuẩn"). */
const NAMED_PLACE = new RegExp(`^\\s*(?:\\d+[.)]?\\s+)?(?:${PLACE_NOUN})\\s+\\p{Lu}`, 'u');
/** A name alone, as a column of communes lists them ("Duy Châu", "Thị trấn Nam Phước"): two to five words, each capitalised. */
const BARE_NAME = /^\s*\p{Lu}[\p{L}']*(?:\s+(?:\p{Lu}[\p{L}']*|\d+)){1,4}\s*$/u;
/** The noun of the places a column of places names in its header: "Tên xã", "Xã, thị trấn", "Huyện". */
const ROW_NOUN = new RegExp(`^\\s*(?:tên\\s+)?(${PLACE_NOUN})(?![\\p{L}])`, 'iu');
/** A place noun anywhere in a header: "Số xã đạt chuẩn", "Thôn đạt chuẩn NTM". */
const PLACE_NOUN_IN = new RegExp(`(?<![\\p{L}])(?:${PLACE_NOUN})(?![\\p{L}])`, 'u');
/** A header of place nouns alone, one or more, parted by commas, "/" or "và": "Huyện, thành phố", "Phường/xã", "Xã và thị trấn" (nyf06). */
const PLACE_NOUNS_ONLY = new RegExp(`^\\s*(?:tên\\s+)?(?:${PLACE_NOUN})(?:\\s*(?:,|\\/|và)\\s*(?:${PLACE_NOUN}))*\\s*$`, 'iu');
/**
 * A column headed by place nouns alone ("Huyện, thành phố") of places below the report's unit, first after the row numbers: a province's
 * districts — not the region's provinces in a province's report, nor the districts of the province in a district's (review-55b T1, T8), nor
 * a later column naming where each work lies (T7).
 */
function belowUnit(headers: string[], j: number, level: Level | undefined): boolean {
  const h = headers[j] ?? '';
  if (!level || !PLACE_NOUNS_ONLY.test(h) || headers.slice(0, j).some((x) => !/^\s*(?:s?tt|số tt|stt)?\s*$/iu.test(x))) return false;
  const nouns = h.toLowerCase().match(PLACE_NOUN_ALL) ?? [];
  return nouns.length > 0 && nouns.every((n) => (PLACE_RANKS[n.replace(/\s+/gu, ' ')] ?? 0) > LEVEL_RANK[level]);
}
const PLACE_NOUN_ALL = new RegExp(`(?<![\\p{L}])(?:${Object.keys(PLACE_RANKS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'gu');
/** A count of places in the line right before a table ("Kết quả của 03 xã đăng ký …"): the table is of those places only. */
const PLACES_COUNTED = new RegExp(`(?<![\\p{L}])(?:của|tại|ở|cho)\\s+(?:các\\s+)?\\d+\\s+(?:${PLACE_NOUN})(?![\\p{L}])`, 'u');
/** A header that says only that its column is a rate: "Tỷ lệ (%)", "Tỷ lệ", "(%)". */
const RATE_ONLY = /^\s*(?:(?:tỷ lệ|tỉ lệ)\s*(?:\(\s*%\s*\))?|\(?\s*%\s*\)?)\s*$/iu;
/** Column roles that hold no result: plans, bases, shares of a plan, verdicts, notes, row numbers, units. */
const NOT_RESULT = new Set(['target', 'baseline', 'ratio', 'assess', 'note', 'index', 'unit']);
const LEVEL_RANK: Record<Level, number> = { tinh: 1, 'so-nganh': 1, huyen: 2, xa: 3 };

/**
 * The row of the whole unit: its label names the unit ("Toàn huyện", of the report's level; lexicon: total-row-whole, not a
 * running total, "Lũy kế") or is a total ("Tổng cộng", "Cộng") of a table that lists the places — at least five of them, and
 * not a counted few ("Kết quả của 03 xã đăng ký …").
 */
function isWhole(label: string, level: Level | undefined, places: number, caption: string[]): boolean {
  const t = label.trim();
  const whole = TOTAL_ROW_WHOLE.find(t);
  if (whole?.start === 0) {
    const noun = whole.phrase.split(/\s+/).slice(1).join(' ');
    if (!(noun in PLACE_RANKS)) return false;
    return !level || PLACE_RANKS[noun] === LEVEL_RANK[level];
  }
  const total = TOTAL_ROW.find(t);
  return total?.start === 0 && t.slice(total.end).trim().split(/\s+/).filter(Boolean).length <= 1 && places >= 5 && !PLACES_COUNTED.test(caption[0] ?? '');
}

/** The year a table's figures are of: the last date the nearest line with one gives ("… đến ngày 30/6/2025 như sau:"). */
function captionYear(caption: string[]): number | undefined {
  for (const line of caption) {
    const dates = findDates(line);
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
    const { nHead, body, width } = tableBody(t);
    if (width < 3 || body.length < 3) continue;
    const headers = columnHeaders(t, nHead, width).map((h) => h.join(' ').trim());
    // the column of places: among the first three, the one whose rows are named places (or headed as such)
    // (… known by its rows' nouns and names, by its header's phrase, or by its header's place nouns alone)
    const how = (j: number): 'named' | 'header' | 'nouns' | undefined => {
      const named = body.filter((r) => NAMED_PLACE.test(r[j] ?? '')).length;
      if (named >= 2 && named * 2 >= body.length - 1) return 'named';
      const names = body.filter((r) => BARE_NAME.test(r[j] ?? '')).length;
      if (names * 2 < body.length - 1 || names < 2) return undefined;
      return isOnly(PLACE_COLUMN, headers[j] ?? '') ? 'header' : belowUnit(headers, j, opts.unit.level) ? 'nouns' : undefined;
    };
    const label = [0, 1, 2].find((j) => how(j) !== undefined);
    if (label === undefined) continue;
    const caption = captionOf(doc, t);
    // (… a column known by its nouns alone gives its whole only in a row that names the unit, "Toàn tỉnh": a bare "Tổng cộng" may close the
    // villages of one commune or a group registered — review-55b T3, T4)
    const byNouns = how(label) === 'nouns';
    const wholeAt = body.findIndex((r, i) => (i === 0 || i === body.length - 1) && isWhole(r[label] || r[0] || '', opts.unit.level, body.length - 1, caption) && (!byNouns || TOTAL_ROW_WHOLE.find((r[label] || r[0] || '').trim())?.start === 0));
    if (wholeAt < 0) continue;
    // a row naming an indicator makes it an indicator table (table-facts reads it)
    if (body.some((r) => anyKeyword(indicators).test(normalize(r[label] ?? '')) && indicators.some((i) => mentions(i, normalize(r[label] ?? ''))) && !NAMED_PLACE.test(r[label] ?? ''))) continue;
    const whole = body[wholeAt];
    const r = wholeAt + nHead;
    const paragraph = t.rowFirst[r] ?? t.first;
    const inFuture = opts.future.has(paragraph);
    const asOf = captionYear(caption);
    // (the places' own noun, from their column's header, "Tên xã": a column headed by what they reached alone, "Đạt chuẩn NTM", counts them)
    const rowNoun = ROW_NOUN.exec(headers[label] ?? '')?.[1]?.toLowerCase();
    for (let j = 0; j < width; j++) {
      if (j === label) continue;
      // (a header that only says it is a rate, "Tỷ lệ (%)", is the rate of the count headed before it: "Thôn đạt chuẩn NTM | Tỷ lệ (%)")
      const rateOnly = RATE_ONLY.test(headers[j] ?? '');
      // (… unless it is each place's share of the whole: its rows add up to 100, the whole's 100 — "Lao động qua đào tạo (người) | Tỷ lệ (%)"
      // with "Toàn huyện | 2.200 | 100")
      if (rateOnly && /^\s*100(?:[.,]0+)?\s*%?\s*$/u.test(whole[j] ?? '')) {
        const parts = body.filter((_, i) => i !== wholeAt).map((row) => parseFloat((row[j] ?? '').replace(/\./g, '').replace(',', '.'))).filter((v) => !Number.isNaN(v));
        if (parts.length >= 2 && Math.abs(parts.reduce((a, v) => a + v, 0) - 100) <= 0.5) continue;
      }
      const head = rateOnly && j > 0 && j - 1 !== label ? `${headers[j - 1]} ${headers[j]}` : headers[j] ?? '';
      const role = roleOf(head);
      if (!head || (role && NOT_RESULT.has(role))) continue;
      // (… only where each place's cell is a mark, "x", not a count of its own: "Đạt chuẩn NTM | 9" in a row of a commune counts its thôn)
      const marks = () => body.every((row, i) => i === wholeAt || !/\d/u.test(row[j] ?? ''));
      const norm = normalize(rowNoun && !PLACE_NOUN_IN.test(head) && marks() ? `${rowNoun} ${head}` : head);
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

/** The level of the places a table's column lists, by its header's noun ("Xã", "Huyện, thị xã"); else the level below the unit's. */
const COLUMN_LEVEL: Record<string, PlaceLevel> = { 'xã': 'xa', 'tên xã': 'xa', 'xã, thị trấn': 'xa', 'xã, phường': 'xa', 'xã, phường, thị trấn': 'xa', 'huyện': 'huyen', 'huyện, thị xã': 'huyen', 'huyện, thị xã, thành phố': 'huyen' };
const BELOW: Partial<Record<Level, PlaceLevel>> = { tinh: 'huyen', 'so-nganh': 'huyen', huyen: 'xa' };

/**
 * The places a table by place lists in its column of places, named alone ("Can Lộc", "Nghi Xuân" under "Đơn vị"), with their level:
 * a report that tabulates its districts speaks of them by name in the prose after ("… là Can Lộc (11 xã nâng cao, 04 xã kiểu mẫu)").
 * Names of two words or more and no row of the whole; which of them are the unit's own is for namedPlaces to tell.
 */
export function* tablePlaceNames(doc: DocModel, level: Level | undefined): Generator<{ name: string; level: PlaceLevel }> {
  for (const t of tables(doc)) {
    if (t.rows.length < 3) continue;
    const { nHead, body } = tableBody(t);
    const headers = columnHeaders(t, nHead, 3).map((h) => h.join(' ').trim());
    const j = [0, 1, 2].find((k) => isOnly(PLACE_COLUMN, headers[k] ?? '') && body.filter((r) => BARE_NAME.test(r[k] ?? '')).length >= 2);
    if (j === undefined) continue;
    // (the header as written, its case aside: the keys keep their marks)
    const lv = COLUMN_LEVEL[headers[j].toLowerCase().replace(/\s+/g, ' ')] ?? (level ? BELOW[level] : undefined);
    if (!lv) continue;
    for (const r of body) {
      const name = (r[j] ?? '').trim();
      if (BARE_NAME.test(name) && !/\d/.test(name) && TOTAL_ROW.find(name)?.start !== 0 && TOTAL_ROW_WHOLE.find(name)?.start !== 0 && !startsWith(OFFICE_NAME, name)) yield { name, level: lv };
    }
  }
}
