/**
 * The outline skeleton of a pack as a list of blocks, independent of where it
 * is written: the Word adapter inserts it into the open document, the .docx
 * writer saves it as a file. Guidance goes into tagged blocks so that
 * untouched guidance can be recognised (and removed) later.
 */
import type { Level, Pack, Section } from '../packs/schema';
import type { Paragraph } from './model';
import { normalize } from './text';

export type SkeletonBlock =
  | { kind: 'heading'; level: number; text: string; sectionId: string }
  | { kind: 'guidance'; text: string; tag: string; sectionId: string }
  | { kind: 'table'; header: string[]; rows: number; tag: string; sectionId: string; title: string; /** Rows filled in advance (the indicator table's targets). */ values?: string[][] }
  | { kind: 'para'; text: string; role: 'agency' | 'number' | 'motto' | 'date' | 'title' | 'subtitle' | 'appendix' | 'closing'; bold?: boolean; center?: boolean };

export const TAG_PREFIX = 'decuong';
/** Guidance put under a leaf section the pack gives no guidance for. */
export const DEFAULT_GUIDANCE = 'Nội dung mục này…';
/** The paragraph style an outline written as a .docx sets on its guidance: the check knows the guidance left in by it (the pane's by its content control's tag). */
export const GUIDANCE_STYLE = 'Hướng dẫn (decuong)';
/** Tag of a guidance content control: decuong:g:<pack>:<section>. */
export const guidanceTag = (packId: string, sectionId: string) => `${TAG_PREFIX}:g:${packId}:${sectionId}`;
/** Tag of a danh mục table's content control. */
export const listTag = (packId: string, sectionId: string, n: number) => `${TAG_PREFIX}:l:${packId}:${sectionId}:${n}`;
/** Tag of a finding mark placed in the document. */
export const markTag = (n: number) => `${TAG_PREFIX}:m:${n}`;

export function parseTag(tag: string): { kind: 'g' | 'l' | 'm'; pack?: string; section?: string } | undefined {
  const m = /^decuong:([glm]):(.*)$/.exec(tag);
  if (!m) return undefined;
  const [pack, section] = m[2].split(':');
  return m[1] === 'm' ? { kind: 'm' } : { kind: m[1] as 'g' | 'l', pack, section };
}

/** "Phần thứ nhất: TÌNH HÌNH…", "I. KHÁI QUÁT…", "2.1. Đánh giá…", "(1) Nâng cao…", or the title alone. */
export function headingText(s: Section): string {
  const n = s.number.trim();
  if (!n) return s.title;
  if (/^phần/iu.test(n)) return `${n}: ${s.title}`;
  if (/^\(.*\)$|\)$/.test(n)) return `${n} ${s.title}`;
  return `${n}. ${s.title}`;
}

/** The outline's "(nếu có)" in a title. */
const IF_ANY = /\s*\(nếu có\)/iu;

const applies = (s: { levels?: Level[] }, level?: Level) => !level || !s.levels || s.levels.includes(level);

/** What the outline writes under a section's heading as guidance, if anything: the check reads it back as no writing of the writer's. */
export function guidanceText(s: Section): string | undefined {
  const ifAny = IF_ANY.test(headingText(s));
  const note = ifAny ? ' Mục này viết nếu có; nếu không có, ghi "Không có".' : '';
  if (s.guidance) return s.guidance + note;
  if (!s.children.length || ifAny) return ((s.children.length ? '' : DEFAULT_GUIDANCE) + note).trim();
  return undefined;
}

/** Blocks for one section and its children (those that apply to the level). */
export function sectionBlocks(pack: Pack, s: Section, depth: number, level?: Level): SkeletonBlock[] {
  if (!applies(s, level)) return [];
  // (an item the outline says to write "(nếu có)" — if any — gets a heading without those words, which the check would then ask to take
  // out, and says it in its guidance — session 44's walk-through, item 10)
  const heading = headingText(s);
  const ifAny = IF_ANY.test(heading);
  const out: SkeletonBlock[] = [{ kind: 'heading', level: Math.min(depth + 1, 9), text: ifAny ? heading.replace(IF_ANY, '').trim() : heading, sectionId: s.id }];
  const guidance = guidanceText(s);
  if (guidance !== undefined) out.push({ kind: 'guidance', text: guidance, tag: guidanceTag(pack.id, s.id), sectionId: s.id });
  s.lists.forEach((l, i) => {
    if (!applies(l, level)) return;
    const cap = (c: string) => c.charAt(0).toUpperCase() + c.slice(1);
    const header = ['TT', ...(l.columns.length ? l.columns.map((c) => cap(c.split('|')[0].trim())) : ['Nội dung', 'Số lượng', 'Ghi chú'])];
    out.push({ kind: 'table', header, rows: 2, tag: listTag(pack.id, s.id, i + 1), sectionId: s.id, title: l.title });
  });
  for (const c of s.children) out.push(...sectionBlocks(pack, c, depth + 1, level));
  return out;
}

export interface SkeletonOptions {
  level?: Level;
  /** Add the administrative header block (agency, number, place and date, title). */
  header?: boolean;
}

/** The whole skeleton of a pack. */
export function skeletonBlocks(pack: Pack, opts: SkeletonOptions = {}): SkeletonBlock[] {
  const out: SkeletonBlock[] = [];
  if (opts.header) out.push(...headerBlocks(pack));
  for (const s of pack.outline) out.push(...sectionBlocks(pack, s, 0, opts.level));
  const apps = pack.appendices.filter((a) => applies(a, opts.level));
  if (apps.length) {
    out.push({ kind: 'para', role: 'appendix', text: 'Phụ lục kèm theo:', bold: true });
    apps.forEach((a, i) => out.push({ kind: 'para', role: 'appendix', text: `Phụ lục ${i + 1}: ${a.title}` }));
  }
  return out;
}

/** The usual header of an administrative report (Nghị định 30/2020/NĐ-CP layout), left to fill. */
export function headerBlocks(pack: Pack): SkeletonBlock[] {
  const party = pack.sources.some((s) => /\/TU|\/HU|-NQ\//.test(s.number)) && /nghị quyết|NQ/iu.test(pack.title);
  return [
    { kind: 'para', role: 'agency', text: 'TÊN CƠ QUAN, ĐƠN VỊ', bold: true, center: true },
    { kind: 'para', role: 'motto', text: party ? 'ĐẢNG CỘNG SẢN VIỆT NAM' : 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc', bold: true, center: true },
    { kind: 'para', role: 'number', text: party ? 'Số:     -BC/…' : 'Số:     /BC-…', center: true },
    { kind: 'para', role: 'date', text: '……, ngày … tháng … năm …', center: true },
    { kind: 'para', role: 'title', text: 'BÁO CÁO', bold: true, center: true },
    { kind: 'para', role: 'subtitle', text: pack.title.replace(/\s+—.*$/u, '').replace(/^Báo cáo\s+/iu, '').replace(/^./u, (c) => c.toUpperCase()), bold: true, center: true },
  ];
}

/** The paragraphs of each guidance content control (decuong:g:<pack>:<section>), a control read as the paragraphs in a row that bear its tag. */
export function guidanceRuns(paragraphs: ReadonlyArray<Paragraph>): Array<{ section: string; tag: string; paragraphs: Paragraph[] }> {
  const out: Array<{ section: string; tag: string; paragraphs: Paragraph[] }> = [];
  let last: (typeof out)[number] | undefined;
  for (const p of paragraphs) {
    const tag = p.tags?.find((t) => parseTag(t)?.kind === 'g');
    if (!tag) { last = undefined; continue; }
    if (last && last.tag === tag && last.paragraphs.at(-1)!.index === p.index - 1) last.paragraphs.push(p);
    else out.push((last = { section: parseTag(tag)!.section ?? '', tag, paragraphs: [p] }));
  }
  return out;
}

/** Whether a guidance control's paragraphs are still its guidance as the outline inserted it, whole and untouched — what "Gỡ phần khung chưa
 * viết" removes (src/word/cleanup.ts reads the same). A box the writer typed in is not: the placeholder rule reads the guidance left in it. */
export function asInserted(run: ReadonlyArray<Paragraph>, section: Section): boolean {
  const g = guidanceText(section);
  return !!g && normalize(run.map((p) => p.text).join('\n')) === normalize(g);
}
