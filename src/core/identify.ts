/** Choose the pack a report was written to, from its title. */
import type { Pack } from '../packs/schema';
import type { DocModel } from './model';
import { detectLevel } from './level';
import { containsNormalized, foldDiacritics, normalize } from './text';
import { packPattern } from '../packs/pattern';

export function scorePack(pack: Pack, doc: DocModel, level = detectLevel(doc)): number {
  const head = doc.paragraphs.slice(0, 40).filter((p) => !p.cell || p.index < 15).map((p) => p.text).join(' ');
  const folded = foldDiacritics(head);
  const norm = unpadCounts(normalize(head));
  let score = 0;
  for (const p of pack.identify.titlePatterns) if (packPattern(p).test(folded)) score += 3;
  for (const k of pack.identify.keywords) if (containsNormalized(norm, unpadCounts(normalize(k)))) score += 1;
  for (const k of pack.identify.exclude) if (containsNormalized(norm, unpadCounts(normalize(k)))) score -= 4;
  // the writer's level separates packs with the same title (a Sở's report vs a huyện's)
  if (score > 0 && level) score += pack.levels.includes(level) ? 1 : -2;
  return score;
}

/** Best pack and its score; undefined when nothing fits. */
export function identifyPack(packs: Pack[], doc: DocModel): { pack: Pack; score: number } | undefined {
  const level = detectLevel(doc);
  const scored = packs.map((pack) => ({ pack, score: scorePack(pack, doc, level) })).sort((a, b) => b.score - a.score);
  return scored[0] && scored[0].score >= 3 ? scored[0] : undefined;
}

/** Counts written with a leading zero, as offices pad them ("sơ kết 03 năm", "05 xã"), read like the plain count: a pack's keyword "sơ kết 3 năm" matches either. */
function unpadCounts(norm: string): string {
  return norm.replace(/(^|[ (])0+(\d)/g, '$1$2');
}
