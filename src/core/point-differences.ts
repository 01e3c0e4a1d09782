/**
 * A rate's change said in percentage points after the two rates it is between: "Tỷ lệ hộ có thu nhập khá trở lên tăng từ 41,2% năm
 * 2021 lên 58,7% năm 2023, tăng 15,5 điểm phần trăm" — 58,7 − 41,2 is 17,5 points. Only that one shape is read: "từ" a rate, "lên",
 * "xuống (còn)" or "đến" another, then within the clause "tăng" or "giảm" and the points — not a range reached ("đạt từ 80% đến
 * 85%"), not points against another time ("…, tăng 6,3 điểm phần trăm so với năm 2022"), not a yearly average ("bình quân giảm 1,55
 * điểm phần trăm mỗi năm"). Each figure stands for what rounds to it.
 */
import { parseVnNumber, roundingInterval } from './numbers';

export interface PointDifference {
  from: number;
  to: number;
  said: number;
  decimals: number;
  /** The way the words say it went: "tăng" (up) or "giảm" (down). */
  way: 'up' | 'down';
  /** Where the span opens, and where the points end, in the text. */
  start: number;
  end: number;
}

const N = String.raw`\d{1,3}(?:,\d{1,3})?`;
/** Words of time after a rate: "năm 2021", a word or two, or a bracket of them ("(cuối năm 2021)", "(ước cuối năm 2023)"). */
const WHEN = String.raw`(?:\s+(?:năm|cuối năm|đầu năm)\s+(?:19|20)\d\d|\s+(?!bình\s)[\p{L}]+|\s*\((?:[^()\d]|(?<![\d,.])(?:19|20)\d\d(?![\d,.%]))*\))`;
/** "từ 41,2% năm 2021 lên 58,7% năm 2023, tăng 15,5 điểm phần trăm" (at most a few words between, no other figure but years). */
const SPAN = new RegExp(String.raw`(?<![\p{L}])(đạt\s+)?từ\s+(${N})\s*%(${WHEN}{0,6}?)\s+(?:lên|xuống(?:\s+còn)?|đến|còn)\s+(${N})\s*%(${WHEN}{0,6}?)\s*[,;]?\s*(?:tức là\s+|hay\s+)?(tăng|giảm)(?:\s+được)?\s+(${N})\s*điểm\s+phần\s+trăm`, 'giu');
/** After the points, words that make them another change than the span's. */
const OTHER_CHANGE = /^\s*(?:\/\s*năm|so với|mỗi năm|một năm|hằng năm|hàng năm|bình quân)/iu;

export function pointDifferences(text: string): PointDifference[] {
  const out: PointDifference[] = [];
  if (!/điểm\s+phần\s+trăm/iu.test(text)) return out;
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(text), n = 0; m && n < 20; m = SPAN.exec(text), n++) {
    if (m[1] || OTHER_CHANGE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const [a, b, d] = [parseVnNumber(m[2]), parseVnNumber(m[4]), parseVnNumber(m[7])];
    if (!a || !b || !d) continue;
    const way = /^tăng/iu.test(m[6]) ? 'up' : 'down';
    // the change the rates allow, each standing for what rounds to it, against the points said, and the way the words say it went
    const [alo, ahi] = roundingInterval(a);
    const [blo, bhi] = roundingInterval(b);
    const [dlo, dhi] = roundingInterval(d);
    const [lo, hi] = way === 'up' ? [blo - ahi, bhi - alo] : [alo - bhi, ahi - blo];
    if (hi >= dlo - 1e-9 && lo <= dhi + 1e-9) continue;
    out.push({ from: a.value, to: b.value, said: d.value, decimals: Math.max(a.decimals, b.decimals, d.decimals), way, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A clause that gives a level at a year's end and then its change in points: "cuối năm 2023 còn 3,71%, giảm 1,59 điểm phần trăm so với
 * cùng kỳ" (groups: the year, the level, the way, the points, what it is against). */
const YEAR_LEVEL_POINTS = new RegExp(String.raw`(?<![\p{L}])(?:cuối\s+năm|hết\s+năm|năm)\s+((?:19|20)\d\d)\s+(?:còn|là|đạt|xuống\s+còn|giảm\s+còn|tăng\s+lên|lên)\s+(${N})\s*%\s*,\s*(tăng|giảm)(?:\s+được)?\s+(${N})\s*điểm\s+phần\s+trăm(?:\s+so\s+với\s+(cùng\s+kỳ(?:\s+năm\s+trước)?|năm\s+trước|đầu\s+kỳ|năm\s+(?:19|20)\d\d))?\s*(?=[;.,]|$)`, 'giu');
/** A level at a year's end that opens a series: "… cuối năm 2021 là 6,85%" (groups: the year, the level). */
const YEAR_LEVEL = new RegExp(String.raw`(?<![\p{L}])(?:cuối\s+năm|hết\s+năm|năm)\s+((?:19|20)\d\d)\s+(?:còn|là|đạt|xuống\s+còn|giảm\s+còn|tăng\s+lên|lên)\s+(${N})\s*%`, 'giu');

/**
 * Year-end levels of one rate given one after another in a sentence, each with its change in points against the year before: "Tỷ lệ hộ
 * nghèo … cuối năm 2021 là 6,85%; cuối năm 2022 còn 5,21%, giảm 1,64 điểm phần trăm; cuối năm 2023 còn 3,71%, giảm 1,59 điểm phần trăm
 * so với cùng kỳ" — 5,21 − 3,71 is 1,50 (session 41, nuv01). Only against the level of the year right before, named in the same sentence
 * ("so với cùng kỳ", "so với năm trước", or nothing), or against the first of the series ("so với đầu kỳ"); each figure stands for what
 * rounds to it.
 */
export function yearOnYearPoints(sentence: string): PointDifference[] {
  const out: PointDifference[] = [];
  if (!/điểm\s+phần\s+trăm/iu.test(sentence)) return out;
  const levels: Array<{ year: number; value: ReturnType<typeof parseVnNumber>; start: number }> = [];
  YEAR_LEVEL.lastIndex = 0;
  for (let m = YEAR_LEVEL.exec(sentence); m; m = YEAR_LEVEL.exec(sentence)) levels.push({ year: Number(m[1]), value: parseVnNumber(m[2]), start: m.index });
  // (one series: its years rising one at a time, no year twice)
  if (levels.length < 2 || levels.some((l, k) => k > 0 && l.year !== levels[k - 1].year + 1) || levels.some((l) => !l.value)) return out;
  YEAR_LEVEL_POINTS.lastIndex = 0;
  for (let m = YEAR_LEVEL_POINTS.exec(sentence); m; m = YEAR_LEVEL_POINTS.exec(sentence)) {
    const year = Number(m[1]);
    const k = levels.findIndex((l) => l.year === year);
    const against = (m[5] ?? '').toLowerCase().replace(/\s+/gu, ' ');
    const base = /^đầu kỳ$/u.test(against) ? levels[0] : /^năm (?:19|20)\d\d$/u.test(against) ? levels.find((l) => l.year === Number(against.slice(4))) : levels[k - 1];
    const now = levels[k];
    const said = parseVnNumber(m[4]);
    if (k <= 0 || !base || base === now || !said || !now.value || !base.value) continue;
    const up = m[3].toLowerCase() === 'tăng';
    const [nlo, nhi] = roundingInterval(now.value);
    const [blo, bhi] = roundingInterval(base.value);
    const [slo, shi] = roundingInterval(said);
    const [lo, hi] = up ? [nlo - bhi, nhi - blo] : [blo - nhi, bhi - nlo];
    if (hi >= slo - 1e-9 && lo <= shi + 1e-9) continue;
    out.push({ from: base.value.value, to: now.value.value, said: said.value, decimals: Math.max(base.value.decimals, now.value.decimals, said.decimals), way: up ? 'up' : 'down', start: m.index, end: m.index + m[0].length });
  }
  return out;
}
