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
