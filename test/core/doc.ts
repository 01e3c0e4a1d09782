/** Build document models from short markup for rule tests. */
import type { DocModel, Paragraph } from '../../src/core/model';
import { builtinPack } from '../../src/packs/builtin';
import { check } from '../../src/core/check';
import type { Level } from '../../src/packs/schema';
import { headingText } from '../../src/core/skeleton';

/**
 * One line a paragraph. "# 1. Title" is a Heading 1..6 (count the #),
 * "**I. TITLE**" a bold paragraph, "**2.1. Title:** text" a run-in heading, "__Lead.__ text" a paragraph opening in italics, "__text__" an italic one,
 * "| a | b |" a table row (consecutive rows form one table); a cell "<<" merges into the one before it, "^^" into the one above.
 * A line may start with attributes in braces, before any other markup:
 * "{cc=decuong:g:nq16-so-ket-3-nam:p1.iv.4}" puts the paragraph (every cell of a row) in a content control with that tag
 * (repeat for nested controls, outermost first), "{num=2.1.}" gives it a Word numbering label not in the text,
 * "{list}" makes it a list item (automatic numbering or bullets), "{note=text}" gives it a footnote with that text,
 * "{u}" underlines all its text. "↵" in a line is a line break inside the paragraph (Shift+Enter).
 */
export function doc(src: string): DocModel {
  const paragraphs: Paragraph[] = [];
  let table = -1;
  let row = -1;
  let inTable = false;
  for (const raw of src.split('\n')) {
    let line = raw.trim();
    if (!line) continue;
    const attrs: Partial<Paragraph> = {};
    for (let a = /^\{(cc|num|list|note|u)(?:=([^}]*))?\}\s*/.exec(line); a; a = /^\{(cc|num|list|note|u)(?:=([^}]*))?\}\s*/.exec(line)) {
      if (a[1] === 'cc') attrs.tags = [...(attrs.tags ?? []), a[2] ?? ''];
      else if (a[1] === 'note') attrs.notes = [...(attrs.notes ?? []), a[2] ?? ''];
      else if (a[1] === 'num') attrs.numLabel = a[2] ?? '';
      else if (a[1] === 'u') attrs.underline = true;
      else attrs.isList = true;
      line = line.slice(a[0].length);
    }
    const index = paragraphs.length;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (line.startsWith('|')) {
      if (!inTable) { table++; row = -1; inTable = true; }
      row++;
      // ("<<" in a cell merges it into the cell before: that cell spans both grid columns)
      let cell = 0;
      line.replace(/^\||\|$/g, '').split('|').forEach((c, col) => {
        const last = paragraphs[paragraphs.length - 1];
        if (c.trim() === '<<' && col > 0 && last?.cell) last.cell.span = (last.cell.span ?? 1) + 1;
        else if (c.trim() === '^^' && row > 0) {
          // ("^^" continues the cell above: a vertical merge, as Word stores it — the first cell "restart", the others "continue")
          const above = paragraphs.find((p) => p.cell?.table === table && p.cell.row === row - 1 && p.cell.col === col);
          if (above?.cell && !above.cell.merge) above.cell.merge = 'first';
          paragraphs.push({ index: paragraphs.length, text: '', cell: { table, row, cell: cell++, col, merge: 'more' }, ...attrs });
        }
        else paragraphs.push({ index: paragraphs.length, text: c.trim(), cell: { table, row, cell: cell++, col }, ...attrs });
      });
      continue;
    }
    inTable = false;
    if (h) paragraphs.push({ index, text: h[2], styleLevel: h[1].length, style: `heading ${h[1].length}`, ...attrs });
    else if (/^\*\*.*\*\*$/.test(line)) paragraphs.push({ index, text: line.slice(2, -2), bold: true, ...attrs });
    else if (/^\*\*(.+?)\*\*(.+)$/.test(line)) {
      const [, lead, rest] = /^\*\*(.+?)\*\*(.+)$/.exec(line)!;
      paragraphs.push({ index, text: lead + rest, boldStart: true, lead: lead.length, ...attrs });
    }
    else if (/^__.*__$/.test(line) && !line.slice(2, -2).includes('__')) paragraphs.push({ index, text: line.slice(2, -2), italic: true, ...attrs });
    else if (/^__(.+?)__(.+)$/.test(line)) {
      const [, lead, rest] = /^__(.+?)__(.+)$/.exec(line)!;
      paragraphs.push({ index, text: lead + rest, italicStart: true, lead: lead.length, ...attrs });
    }
    else paragraphs.push({ index, text: line, ...attrs });
  }
  // (the break is put in once the line is read: one character for one, so a lead's length stays right)
  for (const p of paragraphs) if (p.text.includes('↵')) p.text = p.text.replace(/↵/g, '\n');
  return { paragraphs };
}

export const NQ16_HEAD = `HUYỆN ỦY HẢI LĂNG
Số: 125-BC/HU
BÁO CÁO
Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới`;

const NQ16_TITLE = 'BÁO CÁO\nSơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới';
/** The header block of an nq16 report written at each level (the level is detected from it). */
export const NQ16_HEADS: Record<Level, string> = {
  tinh: `TỈNH ỦY QUẢNG TRỊ\nSố: 310-BC/TU\n${NQ16_TITLE}`,
  huyen: NQ16_HEAD,
  xa: `ĐẢNG ỦY XÃ HẢI THƯỢNG\nSố: 45-BC/ĐU\n${NQ16_TITLE}`,
  'so-nganh': `UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 215/BC-SNN\n${NQ16_TITLE}`,
};

/** Check markup against a built-in pack. */
export function run(src: string, packId = 'nq16-so-ket-3-nam', level?: Level) {
  return check(doc(src), builtinPack(packId)!, level ? { level } : {});
}

export const codes = (r: ReturnType<typeof run>, code: string) => r.findings.filter((f) => f.code === code);

const FILL = 'Các cấp ủy đã ban hành 12 văn bản lãnh đạo, chỉ đạo triển khai thực hiện các nhiệm vụ đề ra.';

/**
 * A complete nq16 report in markup (heading styles, numbers typed), every
 * section filled; `extra` maps section ids to markup placed in that section
 * instead of the filler, `drop` leaves sections out.
 */
export function nq16(extra: Record<string, string> = {}, drop: string[] = [], head = NQ16_HEAD): string {
  return filled('nq16-so-ket-3-nam', [head], extra, drop, 'Trên đây là báo cáo sơ kết.');
}

/** A pack's outline under a header, in heading styles with typed numbers, every section filled (see nq16). */
function filled(packId: string, head: string[], extra: Record<string, string>, drop: string[], closing: string): string {
  const pack = builtinPack(packId)!;
  const out: string[] = [...head];
  const walk = (secs: typeof pack.outline, depth: number) => {
    for (const s of secs) {
      if (drop.includes(s.id)) continue;
      out.push(`${'#'.repeat(Math.min(depth + 1, 6))} ${headingText(s)}`);
      if (extra[s.id] !== undefined) out.push(extra[s.id]);
      else if (s.topics.length) out.push(`Đã triển khai ${s.topics.map((t) => t.label).join('; ')} đạt kết quả tích cực.`);
      else if (!s.children.length) out.push(FILL);
      if (s.lists.length && extra[s.id] === undefined) out.push('| TT | Nội dung | Số lượng |', '| 1 | Hội nghị quán triệt | 12 |');
      walk(s.children, depth + 1);
    }
  };
  walk(pack.outline, 0);
  out.push('(Đính kèm các phụ lục)', closing);
  return out.join('\n');
}

/** Every indicator judged at huyện level, quoted and met. */
export const MET = [
  'Toàn huyện không còn xã dưới 15 tiêu chí.',
  'Có 98/112 thôn đạt chuẩn nông thôn mới (đạt 87,5%).',
  'Tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu đạt 6,3%.',
  'Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%.',
  'Thu nhập bình quân của người dân nông thôn năm 2023 đạt 52,3 triệu đồng/người/năm, gấp 1,56 lần so với năm 2020.',
  'Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 1,8%/năm.',
  'Tốc độ tăng trưởng giá trị gia tăng ngành nông nghiệp bình quân đạt 3,6%/năm.',
  'Giá trị sản xuất trên 01 ha đất trồng trọt đạt 162 triệu đồng/ha.',
  'Tỷ lệ diện tích sản xuất chủ động tưới đạt 68,9%.',
  'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,2%.',
  'Tỷ lệ che phủ rừng đạt 50,1%.',
];

/** Every indicator judged at tỉnh level, quoted and met (the huyện ones, and the counts of huyện and xã). */
export const MET_TINH = [
  'Toàn tỉnh có 05 huyện đạt chuẩn nông thôn mới.',
  'Có 01 huyện đạt chuẩn nông thôn mới nâng cao.',
  'Có 01 huyện cơ bản đạt chuẩn nông thôn mới nâng cao.',
  'Toàn tỉnh có 41 xã đạt chuẩn nông thôn mới.',
  'Có 16 xã đạt chuẩn nông thôn mới nâng cao.',
  'Có 05 xã đạt chuẩn nông thôn mới kiểu mẫu.',
  'Diện tích đất trồng lúa kém hiệu quả chuyển đổi sang cây trồng khác đạt 2.150 ha.',
  ...MET.map((l) => l.replace('Toàn huyện', 'Toàn tỉnh')),
];

/** The results section (p1.iii.1) holding these lines, as `extra` for nq16(). */
export const results = (lines: string[]) => ({ 'p1.iii.1': lines.join('\n') });

/** MET with one line replaced (the line that contains `from`). */
export const swap = (lines: string[], from: string, to: string) => lines.map((l) => (l.includes(from) ? to : l));

/**
 * Any pack's outline as a filled report in markup (heading styles, numbers typed), for packs other
 * than nq16: a huyện header block with the pack's title, every leaf filled, lists as small tables.
 */
export function outline(packId: string, extra: Record<string, string> = {}, drop: string[] = []): string {
  return filled(packId, ['ỦY BAN NHÂN DÂN', 'HUYỆN HẢI LĂNG', 'Số: 125/BC-UBND', 'BÁO CÁO', builtinPack(packId)!.title], extra, drop, 'Trên đây là báo cáo.');
}

/**
 * A district's report on the Kết luận about Nghị quyết 04, in markup, whose title names no pack ("Kết luận số 04-KL/TU", the
 * writer's own) and whose headings are the Kết luận's eight tasks in the writer's words; `tasks` of them (all by default).
 */
export const NQ04_TASKS = [
  '1. Công tác quán triệt, tuyên truyền, tạo sự đồng thuận về mục tiêu xây dựng nông thôn mới',
  '2. Thực hiện mục tiêu hoàn thành nhiệm vụ xây dựng nông thôn mới theo Quyết định số 321/QĐ-TTg',
  '3. Tái cơ cấu ngành nông nghiệp gắn với bảo vệ môi trường',
  '4. Ưu tiên nguồn vốn ngân sách, lồng ghép các Chương trình',
  '5. Bám sát các chủ trương, chính sách về Chương trình',
  '6. Đổi mới phương thức lãnh đạo của cấp ủy, quản lý điều hành của chính quyền',
  '7. Phát huy vai trò của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội',
  '8. Tổ chức thực hiện',
];
export const NQ04_UNTITLED_HEAD = 'HUYỆN ỦY CAN LỘC\nSố: 318-BC/HU\nBÁO CÁO\nKết quả thực hiện Kết luận số 04-KL/TU của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới\n';
export const nq04Untitled = (tasks = NQ04_TASKS, body = 'Ban Thường vụ Huyện ủy ban hành 12 văn bản chỉ đạo.', head = NQ04_UNTITLED_HEAD) =>
  head + tasks.map((t) => `## ${t}\n${body}`).join('\n');

/**
 * A report written as a table (session 24, dg): each "# Title" of a source and the lines under it become one row, the number typed
 * in the title cell ("| 3. Title | its text |"), under a header row "| Nội dung | Kết quả thực hiện |".
 */
export function asTable(src: string): string {
  const out: string[] = [];
  let row: { title: string; text: string[] } | undefined;
  let k = 0;
  const flush = () => {
    if (row) out.push(`| ${++k}. ${row.title} | ${row.text.join(' ') || '<<'} |`);
    row = undefined;
  };
  let header = false;
  for (const line of src.split('\n')) {
    const h = /^#+\s+(.*)$/u.exec(line);
    if (h) {
      flush();
      if (!header) out.push('| Nội dung | Kết quả thực hiện |'), (header = true);
      row = { title: h[1].replace(/^(?:[IVX]+|\d+(?:\.\d+)*)\.\s+/u, ''), text: [] };
    } else if (row && line.trim() && !/^Trên đây/u.test(line)) row.text.push(line.trim());
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}
