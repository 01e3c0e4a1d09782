import { readFileSync } from 'fs';
import { join } from 'path';
import { validatePackText } from '../../src/packs/validate';

const good = () => JSON.parse(readFileSync(join(__dirname, '../../src/packs/builtin/nq16-so-ket-3-nam.json'), 'utf8'));
const problems = (data: unknown, lang: 'vi' | 'en' = 'vi') => {
  const r = validatePackText(typeof data === 'string' ? data : JSON.stringify(data), lang);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
};

describe('pack validation messages', () => {
  test('empty file', () => {
    expect(problems('')).toEqual([{ path: '', message: expect.stringMatching(/Tệp rỗng/) }]);
    expect(problems('  \n', 'en')[0].message).toMatch(/empty/);
  });
  test('not JSON, with line and column', () => {
    const p = problems('{\n  "id": "x",\n  oops\n}');
    expect(p).toHaveLength(1);
    expect(p[0].message).toMatch(/Không phải JSON hợp lệ \(dòng 3, cột \d+\)/);
  });
  test('a JSON array is not a pack', () => {
    expect(problems('[1,2]')[0].message).toMatch(/đối tượng JSON/);
  });
  test('duplicate section ids', () => {
    const d = good();
    d.outline[0].children[1].id = d.outline[0].children[0].id;
    const p = problems(d);
    expect(p).toEqual([{ path: `outline[0] (${d.outline[0].id}).children[1].id`, message: expect.stringContaining(`Mã mục "${d.outline[0].children[0].id}" bị trùng`) }]);
  });
  test('range with its low end above its high end', () => {
    const d = good();
    const i = d.indicators.findIndex((x: { target: { comparator: string } }) => x.target.comparator === 'range');
    d.indicators[i].target = { comparator: 'range', min: 5, max: 3 };
    const p = problems(d, 'en');
    expect(p).toEqual([{ path: `indicators[${i}] (${d.indicators[i].id}).target.min`, message: 'Target range is reversed: low end 5 is above high end 3.' }]);
  });
  test('unknown comparator', () => {
    const d = good();
    d.indicators[0].target = { comparator: 'greater-than', value: 4 };
    const p = problems(d);
    expect(p).toHaveLength(1);
    // (the entry named by its id, no counting from zero — walk53, item 8)
    expect(p[0].path).toBe(`indicators[0] (${d.indicators[0].id}).target.comparator`);
    expect(p[0].message).toMatch(/Phép so sánh "greater-than" không được hỗ trợ\. Chọn một trong: at-least, at-most/);
  });
  test('missing field, wrong type, misspelt field, bad date, bad level', () => {
    const d = good();
    delete d.title;
    d.version = 2;
    d.outline[0].requried = true;
    d.period.to = '30/6/2024';
    d.levels = ['tinh', 'quan'];
    const p = problems(d);
    const at = (path: string) => p.find((x) => x.path === path)?.message;
    expect(at('title')).toMatch(/Thiếu trường bắt buộc/);
    expect(at('version')).toMatch(/Sai kiểu dữ liệu: cần một chuỗi chữ, nhưng đang là một số \(2\)/);
    expect(at(`outline[0] (${d.outline[0].id})`)).toMatch(/Trường không xác định: "requried"/);
    expect(at('period.to')).toMatch(/NNNN-TT-NN/);
    expect(at('levels[1]')).toMatch(/"quan" không hợp lệ/);
  });
  test('no message leaks zod jargon or a stack trace', () => {
    const d = good();
    d.indicators[0].target = { comparator: 'range', min: 'a', max: 3 };
    for (const m of problems(d)) expect(m.message).not.toMatch(/Zod|at Object|Invalid input/);
  });
});

test('a pack nested thousands deep, or far too large, is refused with one line, not a stack overflow', () => {
  let deep = '{"x": 1}';
  for (let i = 0; i < 5000; i++) deep = `{"outline": [${deep}]}`;
  const r = validatePackText(deep, 'en');
  expect(r.ok).toBe(false);
  expect(!r.ok && r.problems.map((p) => p.message)).toEqual(['The pack is nested too deep: more than 64 levels.']);
  const wide = JSON.stringify({ id: 'x', notes: Array.from({ length: 250_000 }, () => 'a') });
  const w = validatePackText(wide, 'vi');
  expect(!w.ok && w.problems[0].message).toMatch(/quá lớn/);
});
