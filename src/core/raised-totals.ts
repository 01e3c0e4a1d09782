/**
 * A count raised to a new whole within one sentence: the level it stood at, what was added ("có thêm 35 xã"), and the whole it was raised
 * to ("nâng tổng số lên 55 xã") — "giai đoạn 2011 - 2015 toàn tỉnh có 22 xã đạt chuẩn, giai đoạn 2016 - 6/2019 có thêm 35 xã, nâng tổng
 * số lên 55 xã đạt chuẩn": 22 + 35 is 57. Only that shape is read, of places or products counted in one unit:
 * - the level: the last count of the unit before the first "thêm", outside brackets, said as a whole (a part after "trong đó" or "gồm"
 *   gives way to the whole before it: "27 sản phẩm OCOP, trong đó … 23 sản phẩm đạt 3 sao; … có thêm 03 sản phẩm … lên 30 sản phẩm");
 * - every "thêm N" of the unit before "nâng tổng số", added up ("năm 2022 thêm 03 thôn, năm 2023 thêm 02 thôn");
 * - the whole after "nâng tổng số … lên", a fraction's part if it is one.
 * Not where the level is the fraction's whole ("Toàn xã có 8 thôn; … thêm 2 thôn …, nâng tổng số lên 3/8 thôn"), nor where the sentence
 * says some were lost, merged or taken away, nor with more than one level of the unit that could be the start.
 */
import { extractQuantities, type Quantity } from './quantities';
import { blankBrackets } from './text';

export interface RaisedTotal {
  level: number;
  added: number;
  total: number;
  unit: string;
  /** Where the level starts, and where the whole ends, in the text. */
  start: number;
  end: number;
}

/** The units a raised count is read in: places and products. */
const UNITS = new Set(['xã', 'thôn', 'huyện', 'sản phẩm', 'bản', 'ấp', 'làng', 'khu dân cư', 'đơn vị']);
/** "nâng tổng số … lên", "nâng tổng số xã đạt chuẩn của huyện lên" (no figure between). */
const RAISED_TO = /(?<![\p{L}])nâng\s+(?:tổng\s+số|tổng|số)(?:[^\d.;:()]{0,80}?)\s+lên(?:\s+(?:thành|tới|đến))?\s*$/iu;
/** "thêm" right before an added count ("có thêm", "được công nhận thêm", "thêm được"). */
const ADDED = /(?<![\p{L}])thêm(?:\s+được)?\s*$/iu;
/** Words of loss, merger or withdrawal in the sentence: the count was not only raised. */
const LOSS = /(?<![\p{L}])(?:giảm|rút|thu hồi|sáp nhập|sắp xếp|hợp nhất|không còn|bớt|trừ|loại khỏi|chia tách|điều chỉnh)(?![\p{L}])/iu;
/** A breakdown's lead: "trong đó", "gồm". */
const BREAKDOWN_LEAD = /(?<![\p{L}])(?:trong\s+đó|gồm|bao\s+gồm)(?![\p{L}])/giu;

/** Words that tell one kind of count from another: "nâng cao", "kiểu mẫu", "tiêu chí số 7", "3 sao". */
const KIND_MARKS = /nâng cao|kiểu mẫu|tiêu chí(?:\s+số)?\s*\d+|[345]\s*sao/giu;

const countOf = (q: Quantity) => (q.kind === 'fraction' ? q.num!.value : q.value);

/** Every raised count in a sentence whose level and additions do not make its whole. */
export function raisedTotals(sentence: string): RaisedTotal[] {
  if (!/nâng/iu.test(sentence) || !/thêm/iu.test(sentence)) return [];
  const text = blankBrackets(sentence);
  if (LOSS.test(text)) return [];
  const qs = extractQuantities(text).filter((q) => (q.kind === 'number' || (q.kind === 'fraction' && q.num)) && UNITS.has(q.unit) && Number.isInteger(countOf(q)));
  const whole = qs.find((q) => RAISED_TO.test(text.slice(Math.max(0, q.start - 120), q.start)));
  if (!whole) return [];
  const unit = whole.unit;
  const before = qs.filter((q) => q.end <= whole.start && q.unit === unit);
  const adds = before.filter((q) => ADDED.test(text.slice(Math.max(0, q.start - 20), q.start)));
  if (!adds.length) return [];
  // (the adds come one after another, no other count of the unit between the first and the whole)
  const firstAdd = before.indexOf(adds[0]);
  if (before.slice(firstAdd).some((q) => !adds.includes(q))) return [];
  // the level: the counts before the first add, breakdowns' parts left out ("…, trong đó 04 … 4 sao và 23 … 3 sao")
  let levels = before.slice(0, firstAdd);
  for (const b of text.slice(0, adds[0].start).matchAll(BREAKDOWN_LEAD)) {
    const end = text.slice(b.index, adds[0].start).search(/;/u);
    const stop = end < 0 ? adds[0].start : b.index + end;
    levels = levels.filter((q) => q.start < b.index || q.start >= stop);
  }
  if (levels.length !== 1) return [];
  const level = levels[0];
  // (… in the clause of the first add, no ";" between: "193/193 xã đạt tiêu chí số 4; có thêm 20 xã đạt tiêu chí số 7" speaks of two things)
  if (text.slice(level.end, adds[0].start).includes(';')) return [];
  // (… and of the same kind as what is added and the whole: "11/11 xã đạt chuẩn NTM, … có thêm 02 xã đạt chuẩn NTM nâng cao, nâng tổng số xã
  // NTM nâng cao lên 04/11 xã" raises another count)
  const marks = (q: Quantity) => [...(text.slice(q.end).split(/[,;:(]/u)[0].slice(0, 80).match(KIND_MARKS) ?? [])].map((m) => m.toLowerCase().replace(/\s+/gu, ' '));
  const own = new Set(marks(level));
  const raised = new Set([...adds, whole].flatMap(marks));
  const said = text.slice(whole.start - 120 > 0 ? whole.start - 120 : 0, whole.start).match(KIND_MARKS) ?? [];
  for (const m of said) raised.add(m.toLowerCase().replace(/\s+/gu, ' '));
  if (own.size !== raised.size || [...own].some((m) => !raised.has(m))) return [];
  // (a level that is the whole's own denominator counts every place, not those that met the standard: "Toàn xã có 8 thôn; … lên 3/8 thôn")
  if (whole.kind === 'fraction' && whole.den!.value === level.value) return [];
  if (level.kind === 'fraction' && whole.kind === 'fraction' && level.den!.value !== whole.den!.value) return [];
  const added = adds.reduce((s, q) => s + q.value, 0);
  const total = countOf(whole);
  if (countOf(level) + added === total) return [];
  return [{ level: countOf(level), added, total, unit, start: level.start, end: whole.end }];
}
