/** How the indicator rules write a figure and a target: "84,9%", "36 xã", "≥ 38 xã". */
import type { Fact } from '../facts';
import { formatVn } from '../numbers';

export function formatFact(f: Fact): string {
  const u = f.indicator.unit;
  const d = f.quantity?.decimals ?? 1;
  return `${formatVn(f.value, f.quantity?.kind === 'fraction' && u === '%' ? 1 : d)}${u === '%' || u === '%/năm' ? u : ' ' + u}`;
}
