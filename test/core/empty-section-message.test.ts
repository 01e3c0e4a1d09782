import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { doc, outline } from './doc';

/** What the empty-section finding says: a section with text that says nothing is told so, its text quoted (walk48, item 4). */
const PACK = 'ntm-so-ket-2021-2023-tham-luan';
const finding = (text: string) => check(doc(outline(PACK, { 'kien-nghi': text })), builtinPack(PACK)!, { level: 'huyen' }).findings.find((f) => f.code === 'empty-section' && f.section === 'kien-nghi');

describe('the empty-section message', () => {
  test('a section of a pointer only quotes it', () => {
    const f = finding('Như báo cáo trước.');
    expect(f?.message.vi).toMatch(/chưa nêu nội dung của kỳ báo cáo: chỉ có «Như báo cáo trước\.»\.$/u);
    expect(f?.message.en).toMatch(/says nothing of this period: only «Như báo cáo trước\.»/u);
  });
  test('a section with no text says it has none', () => {
    const f = finding('');
    expect(f?.message.vi).toMatch(/chưa có nội dung\.$/u);
  });
  test('a section with content raises nothing', () => {
    expect(finding('Đề nghị tỉnh sớm bố trí 35 tỷ đồng vốn đối ứng cho 08 công trình giao thông của các xã miền núi.')).toBeUndefined();
  });
});
