/**
 * The text report says when the reporting unit's level was not recognised: quoted indicators are then checked at every level, and only
 * those every level must give are looked for when missing.
 */
import { check } from '../../src/core/check';
import { formatText } from '../../src/core/format/text';
import { builtinPack } from '../../src/packs/builtin';
import { doc, outline, nq16, results, MET, swap } from './doc';

const PACK = 'nq04-ket-luan-ha-tinh';

describe('text report: the level', () => {
  test('a header that names no unit: the level is said to be unknown, and how to set it', () => {
    const src = outline(PACK, {}).split('\n').slice(3).join('\n');
    const r = check(doc(src), builtinPack(PACK)!);
    expect(r.level).toBeUndefined();
    expect(formatText([r], 'vi', false)).toContain('chưa nhận ra cấp báo cáo');
    expect(formatText([r], 'en', false)).toContain('--level');
  });
  test('a header that names the district: its level, no such line', () => {
    const r = check(doc(outline(PACK, {})), builtinPack(PACK)!);
    expect(r.level).toBe('huyen');
    expect(formatText([r], 'vi', false)).not.toContain('chưa nhận ra cấp báo cáo');
  });
  test('a header that names no unit: only the indicators every level must give are reported missing (session 21)', () => {
    const src = outline(PACK, {}).split('\n').slice(3).join('\n');
    const pack = builtinPack(PACK)!;
    const r = check(doc(src), pack);
    const missing = r.findings.filter((f) => f.code === 'indicator-missing').map((f) => f.indicator);
    const everyLevel = pack.indicators.filter((i) => i.mustQuote && pack.levels.every((l) => i.levels.includes(l))).map((i) => i.id);
    const someLevels = pack.indicators.filter((i) => i.mustQuote && !pack.levels.every((l) => i.levels.includes(l))).map((i) => i.id);
    expect(someLevels.length).toBeGreaterThan(0);
    expect(missing.filter((id) => someLevels.includes(id!))).toEqual([]);
    expect(missing.sort()).toEqual(everyLevel.sort());
  });
});

describe('text report: where a point is (session 39\'s walk-through, items 4 and 5)', () => {
  const src = outline(PACK, { 'nv-2': 'Đến ngày 30/6/2025, huyện có 11/13 xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 84,6%).' }).replace(/^(#+\s*)2\.\s*[^\n]*$/mu, '$12. Tập trung hoàn thành nhiệm vụ xây dựng NTM theo Quyết định số 321/QĐ-TTg');
  const r = check(doc(src), builtinPack(PACK)!, { level: 'huyen' });
  const section = r.findings.find((f) => f.section && f.paragraph !== undefined)?.section;
  const s = r.sections.find((x) => x.id === section);
  test('a point is grouped under the writer\'s own heading, which can be searched for', () => {
    expect(s?.heading?.trim()).toBe('2. Tập trung hoàn thành nhiệm vụ xây dựng NTM theo Quyết định số 321/QĐ-TTg');
    expect(s?.title).not.toBe('Tập trung hoàn thành nhiệm vụ xây dựng NTM theo Quyết định số 321/QĐ-TTg');
    expect(formatText([r], 'vi', false)).toContain(`\n  2. Tập trung hoàn thành nhiệm vụ xây dựng NTM theo Quyết định số 321/QĐ-TTg  (mục ${s!.number} của đề cương)\n`);
  });
  test('its paragraph is counted from 1, as Word counts them', () => {
    const f = r.findings.find((x) => x.section === section && x.paragraph !== undefined)!;
    expect(formatText([r], 'vi', false)).toContain(` đoạn ${f.paragraph! + 1} `);
  });
  test('its paragraph is said in words, no "¶"', () => {
    const text = formatText([r], 'vi', false);
    expect(text).toMatch(/ đoạn \d+ /u);
    expect(text).not.toContain('¶');
    expect(formatText([r], 'en', false)).toMatch(/ para \d+ /u);
  });
});

test('an item is placed by its path in the outline, its parts\' numbers before its own (session 41)', () => {
  const r = check(doc(nq16(results(swap(MET, 'nước sạch', 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96,1%.')))), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' });
  expect(formatText([r], 'vi', false)).toMatch(/ {2}\(mục Phần thứ nhất › III › 1 của đề cương\)\n/u);
});

test('a point a pack sets to "info" is named in the report\'s language, "thông tin", not the English "info" (session 53)', () => {
  const pack = { ...builtinPack(PACK)!, rules: { 'indicator-missing': 'info' as const } };
  const r = check(doc(outline(PACK, {})), pack);
  expect(r.findings.some((f) => f.severity === 'info')).toBe(true);
  const vi = formatText([r], 'vi', false);
  expect(vi).toMatch(/thông tin\s+Không thấy số liệu chỉ tiêu/);
  expect(vi).not.toMatch(/\binfo\b/);
  expect(formatText([r], 'en', false)).toMatch(/note\s+/);
});
