/** Build document models from short markup for rule tests. */
import type { DocModel, Paragraph } from '../../src/core/model';
import { builtinPack } from '../../src/packs/builtin';
import { check } from '../../src/core/check';
import type { Level } from '../../src/packs/schema';

/**
 * One line a paragraph. "# 1. Title" is a Heading 1..6 (count the #),
 * "**I. TITLE**" a bold paragraph, "**2.1. Title:** text" a run-in heading, "| a | b |" a table row (consecutive rows form one table).
 */
export function doc(src: string): DocModel {
  const paragraphs: Paragraph[] = [];
  let table = -1;
  let row = -1;
  let inTable = false;
  for (const raw of src.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const index = paragraphs.length;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.startsWith('|')) {
      if (!inTable) { table++; row = -1; inTable = true; }
      row++;
      line.replace(/^\||\|$/g, '').split('|').forEach((c, cell) => paragraphs.push({ index: paragraphs.length, text: c.trim(), cell: { table, row, cell } }));
      continue;
    }
    inTable = false;
    if (h) paragraphs.push({ index, text: h[2], styleLevel: h[1].length, style: `heading ${h[1].length}` });
    else if (/^\*\*.*\*\*$/.test(line)) paragraphs.push({ index, text: line.slice(2, -2), bold: true });
    else if (/^\*\*(.+?)\*\*(.+)$/.test(line)) {
      const [, lead, rest] = /^\*\*(.+?)\*\*(.+)$/.exec(line)!;
      paragraphs.push({ index, text: lead + rest, boldStart: true });
    }
    else paragraphs.push({ index, text: line });
  }
  return { paragraphs };
}

export const NQ16_HEAD = `HUYỆN ỦY HẢI LĂNG
Số: 125-BC/HU
BÁO CÁO
Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới`;

/** Check markup against a built-in pack. */
export function run(src: string, packId = 'nq16-so-ket-3-nam', level?: Level) {
  return check(doc(src), builtinPack(packId)!, level ? { level } : {});
}

export const codes = (r: ReturnType<typeof run>, code: string) => r.findings.filter((f) => f.code === code);

const FILL = 'Các cấp ủy đã tập trung lãnh đạo, chỉ đạo triển khai thực hiện nghiêm túc các nhiệm vụ đề ra.';

/**
 * A complete nq16 report in markup (heading styles, numbers typed), every
 * section filled; `extra` maps section ids to markup placed in that section
 * instead of the filler, `drop` leaves sections out.
 */
export function nq16(extra: Record<string, string> = {}, drop: string[] = []): string {
  const pack = builtinPack('nq16-so-ket-3-nam')!;
  const out: string[] = [NQ16_HEAD];
  const walk = (secs: typeof pack.outline, depth: number) => {
    for (const s of secs) {
      if (drop.includes(s.id)) continue;
      out.push(`${'#'.repeat(depth + 1)} ${/^Phần/.test(s.number) ? `${s.number}: ` : /^\(/.test(s.number) ? `${s.number} ` : `${s.number}. `}${s.title}`);
      if (extra[s.id] !== undefined) out.push(extra[s.id]);
      else if (s.topics.length) out.push(`Đã triển khai ${s.topics.map((t) => t.label).join('; ')} đạt kết quả tích cực.`);
      else if (!s.children.length) out.push(FILL);
      if (s.lists.length && extra[s.id] === undefined) out.push('| TT | Nội dung | Số lượng |', '| 1 | Hội nghị quán triệt | 12 |');
      walk(s.children, depth + 1);
    }
  };
  walk(pack.outline, 0);
  out.push('(Đính kèm các phụ lục)', 'Trên đây là báo cáo sơ kết.');
  return out.join('\n');
}
