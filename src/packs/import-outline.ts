/**
 * Turn an outline pasted from a plan ("ĐỀ CƯƠNG") into a pack skeleton.
 * Understands "Phần thứ nhất", "I." / "I-", "1.", "2.1.", "(1)", "a)", "-"
 * bullets, headings in capitals and wrapped lines. Nesting follows the order
 * in which numbering schemes first appear, the way a reader infers it.
 */
import type { PackInput, SectionT } from './schema';
import { foldDiacritics } from '../core/text';

import { parseMarker, isCaps, ORDINALS, type Marker, type Scheme } from '../core/markers';
export { parseMarker, isCaps };

function cleanMarkdown(s: string): string {
  return s
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/^#+\s*/, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Split "Title. Guidance…" / "Title (*guidance*)." into title and guidance. */
export function splitTitle(text: string): { title: string; guidance: string } {
  let t = text.trim();
  let guidance = '';
  const paren = /^(.*?)\s*\(([^()]{3,})\)\.?$/u.exec(t);
  if (paren && paren[1].length > 0) {
    t = paren[1];
    guidance = paren[2];
  }
  const sentence = /^(.+?[^A-ZĐ\s.][.])\s+(?=[\p{Lu}])(.*)$/su.exec(t);
  if (sentence) {
    t = sentence[1];
    guidance = [sentence[2], guidance].filter(Boolean).join(' ');
  }
  t = t.replace(/[.:;,]\s*$/u, '').trim();
  if (t.length > 160) {
    const cut = /^(.{20,}?)(?:\s*[;:]|,(?= nhất là))\s+(.*)$/su.exec(t);
    if (cut) {
      t = cut[1].trim();
      guidance = [cut[2].trim(), guidance].filter(Boolean).join(' ');
    }
  }
  return { title: t, guidance: guidance.trim() };
}

function slug(s: string, words = 5): string {
  return foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, words)
    .join('-');
}

function idPart(m: Marker, parentNumber: string | undefined, title: string): string {
  switch (m.scheme) {
    case 'phan': {
      const w = foldDiacritics(m.number.split(/\s+/).pop() ?? '');
      const i = ORDINALS.indexOf(w);
      return 'p' + (i >= 0 ? i + 1 : slug(w));
    }
    case 'roman':
      return m.number.toLowerCase();
    case 'arabic':
      return m.number;
    case 'decimal':
      return parentNumber && m.number.startsWith(parentNumber + '.') ? m.number.slice(parentNumber.length + 1).replace(/\./g, '-') : m.number.replace(/\./g, '-');
    case 'paren':
      return m.number.replace(/[()]/g, '');
    case 'alpha':
      return foldDiacritics(m.number.replace(')', ''));
    default:
      return slug(title);
  }
}

export interface ImportOptions {
  id: string;
  title?: string;
  /** Treat "-" bullets as sections (true) or as guidance of the item above (false, default). */
  bulletSections?: boolean;
}

interface Node {
  section: SectionT;
  scheme: Scheme;
  guidance: string[];
}

/** Join lines wrapped by a PDF/Word copy: a line starting in lower case continues the one before. */
function unwrap(text: string): string[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n').map((l) => cleanMarkdown(l));
  const out: string[] = [];
  for (const line of raw) {
    if (!line) continue;
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined && !parseMarker(line) && !/[.:;!?)]$/.test(prev) && !isCaps(line) &&
      (/^[\p{Ll}]/u.test(line) || (prev.length >= 55 && !isCaps(prev)));
    if (continues) {
      out[out.length - 1] = prev + ' ' + line;
    } else out.push(line);
  }
  return out;
}

/** Import an outline text into a pack skeleton (valid input for the pack schema). */
export function importOutline(text: string, opts: ImportOptions): PackInput {
  const lines = unwrap(text);
  const roots: SectionT[] = [];
  const stack: Node[] = [];
  const preamble: string[] = [];
  const appendices: PackInput['appendices'] = [];
  const usedIds = new Set<string>();
  const opened: Node[] = [];
  let pendingPhan: Node | null = null;

  const newSection = (m: Marker, body: string, parent: Node | undefined): SectionT => {
    const { title, guidance } = splitTitle(body);
    let id = (parent ? parent.section.id + '.' : '') + idPart(m, parent?.section.number, title);
    while (usedIds.has(id)) id += '-b';
    usedIds.add(id);
    const s: SectionT = {
      id, number: m.number, title: title || body, aliases: [], required: true,
      lists: [], topics: [], appendices: [], children: [],
    };
    if (guidance) s.guidance = guidance;
    // about the period to come: figures there are targets (inherited, so set on the outermost only)
    let inherited = false;
    for (const n of stack) inherited ||= n.section.future === true;
    if (!inherited && isFuture(s.title)) s.future = true;
    return s;
  };

  for (const line of lines) {
    if (/đính kèm.*phụ lục|kèm theo.*phụ lục/iu.test(line) && line.length < 80 && /^\(/.test(line)) {
      appendices.push({ id: `phu-luc-${appendices.length + 1}`, title: line.replace(/^\(|\)\.?$/g, ''), keywords: ['phụ lục'], required: true });
      continue;
    }
    let marker = parseMarker(line);
    if (pendingPhan && !marker && isCaps(line)) {
      // "Phần thứ nhất" on its own line, its title in capitals on the next.
      pendingPhan.section.title = line;
      pendingPhan = null;
      continue;
    }
    pendingPhan = null;
    if (marker?.scheme === 'bullet' && !opts.bulletSections) marker = null;
    if (!marker && isCaps(line) && stack.length > 0 && line.length < 160) {
      marker = { scheme: 'caps', number: '', rest: line };
    }
    if (!marker) {
      if (stack.length) stack[stack.length - 1].guidance.push(line);
      else preamble.push(line);
      continue;
    }
    // Find the level: a scheme already open means a sibling at that depth.
    const at = stack.findIndex((n) => n.scheme === marker!.scheme);
    if (at >= 0) stack.length = at;
    const parent = stack[stack.length - 1];
    const section = newSection(marker, marker.rest, parent);
    const node: Node = { section, scheme: marker.scheme, guidance: [] };
    (parent ? parent.section.children : roots).push(section);
    stack.push(node);
    if (marker.scheme === 'phan' && !marker.rest) pendingPhan = node;
    opened.push(node);
  }
  for (const n of opened) {
    if (n.guidance.length) n.section.guidance = [n.section.guidance, ...n.guidance].filter(Boolean).join('\n');
  }

  const title =
    opts.title ?? (preamble.map((l) => l.replace(/^(?:(?:ĐỀ CƯƠNG|BÁO CÁO)(?:\s+|$))+/u, '')).filter((l) => l.length > 0)[0] || opts.id);
  return {
    id: opts.id,
    version: '0.1.0',
    title,
    sources: [{ number: 'TODO', issuer: 'TODO' }],
    levels: ['tinh', 'huyen', 'xa', 'so-nganh'],
    period: { from: '2000-01-01', to: '2000-01-01', note: 'TODO: mốc số liệu' },
    due: [{ date: '2000-01-01', what: 'TODO: hạn nộp báo cáo' }],
    identify: { keywords: [title.split(/\s+/).slice(0, 6).join(' ')], titlePatterns: [], exclude: [] },
    outline: roots,
    indicators: [],
    appendices,
    placeholders: [],
    baselines: [],
    notes: ['Tạo tự động bằng "decuong pack import"; bổ sung nguồn, kỳ báo cáo, hạn nộp, chỉ tiêu trước khi dùng.'],
  };
}

/** A title about targets, tasks or proposals for the period to come, not about results. */
export function isFuture(title: string): boolean {
  const t = foldDiacritics(title);
  return /muc tieu|phuong huong|nhiem vu|giai phap|de xuat|kien nghi|du bao|thoi gian toi/.test(t) && !/ket qua|danh gia|thuc hien|tinh hinh/.test(t);
}

/** The value of a sibling's own step in its number ("II.3" → 3, "(3)" → 3, "3." → 3, "c)" → 3, "III" → 3), if it has one. */
function stepOf(number: string): number | undefined {
  const last = number.trim().replace(/[.)]+$/u, '').replace(/^\(/u, '').split('.').pop() ?? '';
  if (/^\d{1,3}$/u.test(last)) return Number(last);
  if (/^[a-zđ]$/u.test(last)) return 'abcdđefghiklmnopqrstuvxy'.indexOf(last) + 1 || undefined;
  if (/^[IVXL]{1,6}$/u.test(last)) {
    const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
    let n = 0;
    for (let i = 0; i < last.length; i++) n += v[last[i]] < (v[last[i + 1]] ?? 0) ? -v[last[i]] : v[last[i]];
    return n;
  }
  return undefined;
}

/**
 * Gaps in the numbering of an imported outline, as a clerk would spot them: "II.1" then "II.3" among siblings — an item lost when the
 * outline was pasted, or a number typed wrong (walk53, item 1). Each gap as [the item before, the item after].
 */
export function numberingGaps(outline: SectionT[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (list: SectionT[]) => {
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [stepOf(list[i - 1].number), stepOf(list[i].number)];
      if (a !== undefined && b !== undefined && b > a + 1 && b - a < 10) out.push([list[i - 1].number, list[i].number]);
    }
    for (const s of list) walk(s.children);
  };
  walk(outline);
  return out;
}
