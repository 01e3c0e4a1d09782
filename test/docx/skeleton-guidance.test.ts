/**
 * The outline written as a .docx (decuong skeleton) and read back: its guidance is no writing of the writer's, and guidance left in a
 * written item is a thing to delete — known by the outline's guidance style, not by its words, which writers take from the official
 * outline as their own leads (walk52).
 */
import { skeletonDocxBlocks } from '../../src/docx/write-skeleton';
import { writeDocx, type Block } from '../../src/docx/write-docx';
import { readDocx } from '../../src/docx/read-docx';
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';

const PACK = 'ntm-so-ket-2021-2023-dia-phuong';
const pack = builtinPack(PACK)!;
const OWN = 'Ủy ban nhân dân xã đã triển khai đầy đủ các nội dung của mục này, kết quả cụ thể được nêu trong các phụ lục kèm theo báo cáo.';

/** The skeleton with the writer's own sentence after each item's guidance; the guidance kept only where `keep` says. */
function filled(keep: (line: string) => boolean, plainGuidance = false): Block[] {
  const out: Block[] = [];
  const blocks = skeletonDocxBlocks(pack, { level: 'xa' });
  blocks.forEach((b, i) => {
    if (b.kind === 'para' && b.guidance) {
      if (keep(b.text)) out.push(plainGuidance ? { kind: 'para', text: b.text } : b);
      if (blocks[i + 1]?.kind !== 'para' || !(blocks[i + 1] as { guidance?: boolean }).guidance) out.push({ kind: 'para', text: OWN });
      return;
    }
    out.push(b);
    if (b.kind === 'heading' && blocks[i + 1]?.kind === 'heading' && (blocks[i + 1] as { level: number }).level <= b.level) out.push({ kind: 'para', text: OWN });
  });
  return out;
}
const run = async (blocks: Block[]) => check(await readDocx(await writeDocx(blocks)), pack, { level: 'xa' });
const guidanceLeft = (r: Awaited<ReturnType<typeof run>>) => r.findings.filter((f) => f.code === 'placeholder' && f.message.vi.includes('lời hướng dẫn'));

test('the outline read back has no item written, the guidance of an item written "if any" too ("… Mục này viết nếu có; nếu không có, ghi "Không có"." gave 1/9)', async () => {
  const r = await run(skeletonDocxBlocks(pack, { level: 'xa' }));
  expect(r.summary.mapped).toBe(true);
  expect(r.sections.filter((s) => s.status === 'present' || s.status === 'out-of-order').map((s) => s.id)).toEqual([]);
});

test('guidance left above the writer\'s text is one error at its paragraph; deleted, the report is ready', async () => {
  const left = await run(filled((line) => line.startsWith('Nêu rõ những nội dung phù hợp')));
  expect(guidanceLeft(left).map((f) => [f.severity, f.section, f.excerpt?.slice(0, 30)])).toEqual([['error', 'co-che-nguon-luc', 'Nêu rõ những nội dung phù hợp,']]);
  expect(left.summary.ready).toBe(false);
  const clean = await run(filled(() => false));
  expect(guidanceLeft(clean)).toEqual([]);
  expect(clean.summary.ready).toBe(true);
});

test('the same words typed by the writer, in no guidance style, are the writer\'s lead, not guidance left (rb02)', async () => {
  const r = await run(filled((line) => line.startsWith('Nêu rõ những nội dung phù hợp'), true));
  expect(guidanceLeft(r)).toEqual([]);
});

test('the writer\'s own text typed into the guidance\'s style is one warning for them all (Word keeps the style as one types over it); the header\'s agency left as the outline writes it is a lỗi (walk52b)', async () => {
  const typedOver = skeletonDocxBlocks(pack, { level: 'xa', header: true }).map((b) => (b.kind === 'para' && b.guidance ? { ...b, text: OWN } : b));
  const r = await run(typedOver);
  const styled = r.findings.filter((f) => f.code === 'placeholder' && f.message.vi.includes('kiểu chữ hướng dẫn'));
  expect(styled.map((f) => [f.severity, /^Còn \d+ đoạn viết/u.test(f.message.vi)])).toEqual([['warning', true]]);
  expect(r.findings.filter((f) => f.code === 'placeholder' && f.message.vi.includes('tên cơ quan, đơn vị')).map((f) => f.severity)).toEqual(['error']);
  // (the guidance itself, in an item left empty, is no text typed over it)
  expect((await run(skeletonDocxBlocks(pack, { level: 'xa' }))).findings.some((f) => f.message.vi.includes('kiểu chữ hướng dẫn'))).toBe(false);
});
