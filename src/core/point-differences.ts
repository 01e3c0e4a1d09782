/**
 * A rate's change said in percentage points after the two rates it is between: "Tỷ lệ hộ có thu nhập khá trở lên tăng từ 41,2% năm
 * 2021 lên 58,7% năm 2023, tăng 15,5 điểm phần trăm" — 58,7 − 41,2 is 17,5 points. Only that one shape is read: "từ" a rate, "lên",
 * "xuống (còn)" or "đến" another, then within the clause "tăng" or "giảm" and the points.
 */
import { parseVnNumber } from './numbers';

export interface PointDifference {
  from: number;
  to: number;
  said: number;
  decimals: number;
  /** Where the span opens, and where the points end, in the text. */
  start: number;
  end: number;
}

const N = String.raw`\d{1,3}(?:,\d{1,3})?`;
/** "từ 41,2% năm 2021 lên 58,7% năm 2023, tăng 15,5 điểm phần trăm" (at most a few words between, no other figure but years). */
const SPAN = new RegExp(String.raw`(?<![\p{L}])từ\s+(${N})\s*%((?:\s+(?:năm|cuối năm|đầu năm)\s+(?:19|20)\d\d|\s+[\p{L}]+){0,6}?)\s+(?:lên|xuống(?:\s+còn)?|đến|còn)\s+(${N})\s*%((?:\s+(?:năm|cuối năm|đầu năm)\s+(?:19|20)\d\d|\s+[\p{L}]+){0,6}?)\s*[,;]?\s*(?:tức là\s+|hay\s+)?(?:tăng|giảm)(?:\s+được)?\s+(${N})\s*điểm\s+phần\s+trăm`, 'giu');

export function pointDifferences(text: string): PointDifference[] {
  const out: PointDifference[] = [];
  if (!/điểm\s+phần\s+trăm/iu.test(text)) return out;
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(text), n = 0; m && n < 20; m = SPAN.exec(text), n++) {
    const [a, b, d] = [parseVnNumber(m[1]), parseVnNumber(m[3]), parseVnNumber(m[5])];
    if (!a || !b || !d) continue;
    const decimals = Math.max(a.decimals, b.decimals, d.decimals);
    // (each figure is rounded: the difference may be off by one unit of the last decimal)
    const slack = 10 ** -decimals + 1e-9;
    if (Math.abs(Math.abs(b.value - a.value) - d.value) > slack) out.push({ from: a.value, to: b.value, said: d.value, decimals, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
