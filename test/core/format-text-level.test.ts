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
  test('its paragraph is placed under the writer\'s heading above it, counted from 1 among the paragraphs of text after it (walk60, item 2)', () => {
    const f = r.findings.find((x) => x.section === section && x.paragraph !== undefined)!;
    // (the one paragraph of text under "2. Tập trung …": the first; blank lines and table cells not counted, as a reader counts)
    expect(f.at).toEqual({ under: '2', nth: 1 });
    expect(formatText([r], 'vi', false)).toContain(' mục 2, đoạn 1 ');
  });
  test('its place is said in words, no "¶"', () => {
    const text = formatText([r], 'vi', false);
    expect(text).toMatch(/ mục \S+, đoạn \d+ /u);
    expect(text).not.toContain('¶');
    expect(formatText([r], 'en', false)).toMatch(/ item \S+, paragraph \d+ /u);
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

describe('text report: a point in a table is placed by its table and row, not a count of every cell\'s paragraph (walk54)', () => {
  // (the letter's header is a table Word shows without borders: no table a reader counts)
  const head = '| ỦY BAN NHÂN DÂN HUYỆN AN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM↵Độc lập - Tự do - Hạnh phúc |';
  const table = ['| TT | Nguồn vốn | Kinh phí (tỷ đồng) |', '| 1 | Ngân sách trung ương | 120,5 |', '| 2 | Ngân sách tỉnh | 80,2 |', '| 3 | Nhân dân đóng góp | 35,3 |', '| | Tổng cộng | 246,0 |'].join('\n');
  const src = `${head}\n${nq16({ 'p1.iii.2.5': `Huy động nguồn lực như sau:\n${table}` })}`;
  const r = check(doc(src), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' });
  const f = r.findings.find((x) => x.code === 'arithmetic-mismatch')!;
  // (the tables up to the finding's, the header's among them: the outline fills its lists' sections with tables of their own)
  const model = doc(src);
  const upTo = new Set(model.paragraphs.slice(0, f.paragraph! + 1).flatMap((p) => (p.cell ? [p.cell.table] : [])));
  test('the finding says the table\'s number among those a reader counts, the header\'s not, and the row\'s, from 1', () => {
    expect(model.paragraphs[0].cell).toBeDefined();
    expect(upTo.size).toBeGreaterThanOrEqual(2);
    expect(f.cell).toEqual({ table: upTo.size - 1, row: 5 });
  });
  test('the text report says "bảng N, dòng 5", no paragraph number, and "table N, row 5" in English', () => {
    const vi = formatText([r], 'vi', false);
    expect(vi).toContain(` bảng ${upTo.size - 1}, dòng 5 Tổng`);
    expect(vi).not.toContain(` đoạn ${f.paragraph! + 1} Tổng`);
    expect(formatText([r], 'en', false)).toContain(` table ${upTo.size - 1}, row 5 `);
  });
  test('a row that numbers itself in its first cell is said by that number too: "bảng N, dòng 4 (TT 3)" under the header row (walk64, item 5)', () => {
    const left = check(doc(`${head}\n${nq16({ 'p1.iii.2.5': `Huy động nguồn lực như sau:\n${table.replace('35,3', 'xx')}` })}`), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' });
    const p = left.findings.find((x) => x.code === 'placeholder' && x.cell)!;
    expect(p.cell).toEqual({ table: upTo.size - 1, row: 4, tt: '3' });
    expect(formatText([left], 'vi', false)).toContain(`bảng ${upTo.size - 1}, dòng 4 (TT 3)`);
    expect(formatText([left], 'en', false)).toContain(`table ${upTo.size - 1}, row 4 (no. 3)`);
  });
  test('a point outside the tables keeps its paragraph\'s number', () => {
    const r2 = check(doc(nq16(results(swap(MET, 'nước sạch', 'Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 96,1%.')))), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' });
    expect(r2.findings.every((x) => x.cell === undefined)).toBe(true);
    expect(formatText([r2], 'vi', false)).toMatch(/ đoạn \d+ /u);
  });
});
