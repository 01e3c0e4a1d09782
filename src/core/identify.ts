/** Choose the pack a report was written to: from its title, or, when the title names none, from the outline its headings follow. */
import type { Level, Pack } from '../packs/schema';
import type { DocModel } from './model';
import { detectLevel } from './level';
import { alignOutline, findHeadings } from './structure';
import { containsNormalized, foldDiacritics, normalize } from './text';
import { isReportTitle } from './lexicon/structure';
import { packPattern } from '../packs/pattern';

/** The words a report opens with, where its title stands (the first 40 paragraphs, cells only near the top), as the packs' patterns and keywords read them. */
function headOf(doc: DocModel): { folded: string; norm: string } {
  // (… up to the body's first part after the title: "Thôn Phước Dương được chọn làm điển hình tham luận …" in the body of a short
  // header's report names no pack)
  const ps = doc.paragraphs.slice(0, 40);
  let titled = false;
  let end = ps.length;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    // (by its numbering, typed or Word's, not by a heading style alone: the title's own subject may be set in Heading 1)
    if (titled && !p.cell && BODY_PART.test(`${p.numLabel ? `${p.numLabel} ` : ''}${p.text}`)) {
      end = i;
      break;
    }
    if (!p.cell && isReportTitle(p.text)) titled = true;
  }
  const head = ps.slice(0, end).filter((p) => !p.cell || p.index < 15).map((p) => p.text).join(' ');
  return { folded: foldDiacritics(head), norm: unpadCounts(normalize(head)) };
}

/** A paragraph that opens the body's first part: "I. KẾT QUẢ …", "Phần thứ nhất", "PHẦN I", "A. …". */
// (a letter's title opens on a capital: \p{Lu} under the i flag matches any letter, so that part is case-sensitive)
const BODY_PART_WORDS = /^\s*(?:[IVX]{1,4}\s*[.\-–:)]\s*\S|phần\s+(?:thứ\s+)?[\p{L}IVX]+)/iu;
const BODY_PART_LETTER = /^\s*[A-Da-d]\.\s+\p{Lu}/u;
const BODY_PART = { test: (s: string) => BODY_PART_WORDS.test(s) || BODY_PART_LETTER.test(s) };

/** How well a pack's title patterns and keywords fit the report's head; `first` is where its first title pattern stands in it. */
export function scorePack(pack: Pack, doc: DocModel, level = detectLevel(doc), head = headOf(doc)): { score: number; first: number } {
  const { folded, norm } = head;
  let score = 0;
  let first = Infinity;
  for (const p of pack.identify.titlePatterns) {
    const at = packPattern(p).indexIn(folded);
    if (at < 0) continue;
    score += 3;
    first = Math.min(first, at);
  }
  for (const k of pack.identify.keywords) if (containsNormalized(norm, unpadCounts(normalize(k)))) score += 1;
  for (const k of pack.identify.exclude) if (containsNormalized(norm, unpadCounts(normalize(k)))) score -= 4;
  // the writer's level separates packs with the same title (a Sở's report vs a huyện's)
  if (score > 0 && level) score += pack.levels.includes(level) ? 1 : -2;
  return { score, first };
}

/** How a pack was chosen: its title named it, or (the title naming none) its headings follow that pack's outline and no other's. */
export type ChosenBy = 'title' | 'outline';

/** What a report says of a pack found here (`chosen` in its JSON): recognised from the title ("auto") or from the headings. */
export const chosenAs = (found: { by: ChosenBy } | undefined): 'auto' | 'outline' => (found?.by === 'outline' ? 'outline' : 'auto');

/** Best pack and its score; undefined when nothing fits. */
/**
 * The template a document's title names, where it is another than `pack` (a template given by hand): the unmapped document's advice
 * names it (session 42's walk-through, item 5).
 */
export function titledOtherThan(packs: Pack[], doc: DocModel, pack: Pack): { id: string; title: string } | undefined {
  const found = identifyPack(packs, doc);
  return found?.by === 'title' && found.pack.id !== pack.id ? { id: found.pack.id, title: found.pack.title } : undefined;
}

/** A letter (công văn), not a report: no report title in its head, a subject line "V/v …" and "Kính gửi" — its subject may name the report it
 * is about ("V/v đề nghị gia hạn nộp báo cáo sơ kết"), which names no template of it (walk53b, item 2). */
export function isLetter(doc: DocModel): boolean {
  const ps = doc.paragraphs.slice(0, 40).filter((p) => !p.cell || p.index < 15);
  return !ps.some((p) => !p.cell && isReportTitle(p.text)) && ps.some((p) => /^\s*(?:v\/v|về việc)(?![\p{L}])/iu.test(p.text)) && doc.paragraphs.slice(0, 60).some((p) => /^\s*kính\s+gửi\s*:?/iu.test(p.text));
}

export function identifyPack(packs: Pack[], doc: DocModel): { pack: Pack; score: number; by: ChosenBy } | undefined {
  if (isLetter(doc)) return undefined;
  const level = detectLevel(doc);
  const head = headOf(doc);
  // (a tie goes to the pack whose title pattern stands first: the title comes before the body, "BÀI THAM LUẬN" before a
  // paragraph that recalls "Kết thúc giai đoạn 2010-2020")
  const scored = packs.map((pack) => ({ pack, ...scorePack(pack, doc, level, head) })).sort((a, b) => b.score - a.score || a.first - b.first);
  if (scored[0] && scored[0].score >= 3) return { ...byOutlineAmongTitled(scored, doc, level), by: 'title' };
  return byOutline(scored, doc, level);
}

/**
 * Where the title names two packs alike (the same title pattern at the same place: "Sơ kết 3 năm (2021-2023) …" is the title of
 * a district's report and of a department's), the keywords and the level decide by a point or two; the headings then decide
 * when they follow one of those packs' outlines clearly better (a quarter of its required items more).
 */
function byOutlineAmongTitled<T extends { pack: Pack; score: number; first: number }>(scored: T[], doc: DocModel, level: Level | undefined): T {
  const [top] = scored;
  const alike = scored.filter((s) => s.first === top.first && s.first !== Infinity && s.score >= 3 && top.score - s.score <= 2);
  if (alike.length < 2) return top;
  const headings = findHeadings(doc);
  if (headings.length < 3) return top;
  let best = top;
  let bestFit = outlineFit(top.pack, headings, doc, level);
  for (const s of alike.slice(1)) {
    const fit = outlineFit(s.pack, headings, doc, level);
    if (fit >= OUTLINE_FIT && fit >= bestFit + 0.25) [best, bestFit] = [s, fit];
  }
  return best;
}

/** The share of a pack's required items the report's headings give (none where they do not map onto it). */
function outlineFit(pack: Pack, headings: ReturnType<typeof findHeadings>, doc: DocModel, level: Level | undefined): number {
  const { mapping } = alignOutline(pack, headings, level, doc);
  return mapping.mapped && mapping.required ? mapping.found / mapping.required : 0;
}

/** The share of a pack's required items a report must have under its own headings for the pack to be chosen by them. */
const OUTLINE_FIT = 0.75;

/**
 * The pack whose outline the report's headings follow, when its title names none ("Kết quả thực hiện Kết luận số 04-KL/TU …"
 * with the eight tasks of the Kết luận as its headings): the headings must map onto that pack, cover most of its required
 * items, fit it better than any other pack of the report's level (a tie goes to the title's words, else to none), and the
 * title must name something of it.
 */
function byOutline(scored: Array<{ pack: Pack; score: number }>, doc: DocModel, level: Level | undefined): { pack: Pack; score: number; by: ChosenBy } | undefined {
  const headings = findHeadings(doc);
  if (headings.length < 3) return undefined;
  // (the title must still say something of the pack — a keyword such as "nông thôn mới" — and the report's level fit it: a
  // report on another subject with the usual "Kết quả / Tồn tại / Nhiệm vụ / Kiến nghị" parts follows no pack here)
  const fits = scored
    .filter(({ pack, score }) => score > 0 && (!level || pack.levels.includes(level)))
    .map(({ pack, score }) => ({ pack, score, fit: outlineFit(pack, headings, doc, level) }))
    .filter((f) => f.fit >= OUTLINE_FIT)
    .sort((a, b) => b.fit - a.fit || b.score - a.score);
  const [best, next] = fits;
  if (!best || (next && next.fit === best.fit && next.score === best.score)) return undefined;
  return { pack: best.pack, score: best.score, by: 'outline' };
}

/** Counts written with a leading zero, as offices pad them ("sơ kết 03 năm", "05 xã"), read like the plain count: a pack's keyword "sơ kết 3 năm" matches either. */
function unpadCounts(norm: string): string {
  return norm.replace(/(^|[ (])0+(\d)/g, '$1$2');
}
