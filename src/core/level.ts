/** The administrative level of the unit that wrote the report, from its header block. */
import type { Level } from '../packs/schema';
import { foldDiacritics } from './text';
import type { DocModel } from './model';

export function detectLevel(doc: DocModel): Level | undefined {
  // the agency block: short lines before the title ("BÁO CÁO")
  const head: string[] = [];
  for (const p of doc.paragraphs.slice(0, 20)) {
    const t = foldDiacritics(p.text).toUpperCase().trim();
    if (/^BAO CAO\b/.test(t) && !p.cell) break;
    if (t.length <= 60) head.push(t);
  }
  let found: Level | undefined;
  const rank: Record<Level, number> = { tinh: 1, 'so-nganh': 2, huyen: 3, xa: 4 };
  const set = (l: Level) => {
    if (!found || rank[l] > rank[found]) found = l;
  };
  for (const t of head) {
    if (/^(SO [A-Z]|BAN DAN TOC|CONG AN TINH|BO CHI HUY)/.test(t) && !/^SO [A-Z]{0,3}\s*[:\d-]/.test(t)) set('so-nganh');
    if (/(HUYEN UY|THI UY|THANH UY|UBND (HUYEN|THI XA|THANH PHO)|^HUYEN |^THI XA |^THANH PHO )/.test(t)) set('huyen');
    if (/(DANG UY XA|UBND XA|^XA |UY BAN NHAN DAN XA)/.test(t)) set('xa');
    if (/(TINH UY|UY BAN NHAN DAN TINH|UBND TINH|BAN CAN SU DANG)/.test(t)) set('tinh');
  }
  return found;
}
