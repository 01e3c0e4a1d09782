/**
 * @jest-environment jsdom
 */
/** The indicators' Đánh giá as the figures give it ("Vượt", "Đạt", "Chưa đạt"), and what the report wrote when it says otherwise — in the pane and in the HTML report. */
import { screen } from '@testing-library/react';
import { IndicatorTable } from '../../src/taskpane/IndicatorTable';
import { check } from '../../src/core/check';
import { formatHtml } from '../../src/core/format/html';
import { builtinPack } from '../../src/packs/builtin';
import { MET, doc, nq16, results } from '../core/doc';
import { jsdomShims, ui } from './setup';

beforeAll(jsdomShims);

/** A district's report whose indicator table writes its own Đánh giá: "Đạt" beside 66,5% (short of 70%), "Đạt" beside 50,1% (beyond 49%). */
const report = () => {
  const lines = [
    ...MET.filter((l) => !/đào tạo|che phủ/.test(l)),
    '| TT | Chỉ tiêu | ĐVT | Mục tiêu | Kết quả thực hiện | Đánh giá |',
    '| 1 | Tỷ lệ lao động nông thôn qua đào tạo | % | 70 | 66,5 | Đạt |',
    '| 2 | Tỷ lệ che phủ rừng | % | 49 | 50,1 | Đạt |',
  ];
  return check(doc(nq16(results(lines))), builtinPack('nq16-so-ket-3-nam')!, { level: 'huyen' });
};

test('the check proposes the Đánh giá: beyond the target "Vượt", short of it "Chưa đạt", and shows what the report wrote when it disagrees', () => {
  const r = report();
  const ld = r.indicators.find((i) => i.id === 'lao-dong-dao-tao')!;
  const forest = r.indicators.find((i) => i.id === 'che-phu-rung')!;
  expect([ld.assessment, ld.written]).toEqual(['not-met', 'Đạt']);
  expect(forest.assessment).toBe('exceeded');
  ui(<IndicatorTable report={r} lang="vi" />);
  const row = (label: RegExp) => screen.getByText(label).closest('tr')!;
  expect(row(/lao động nông thôn qua đào tạo/).textContent).toMatch(/Chưa đạt.*Báo cáo ghi: Đạt/);
  expect(row(/che phủ rừng/).textContent).toMatch(/Vượt/);
  expect(row(/che phủ rừng/).textContent).not.toMatch(/Báo cáo ghi/);
});

test('the HTML report says the same', () => {
  const html = formatHtml([report()], 'vi');
  expect(html).toMatch(/Tỷ lệ lao động nông thôn qua đào tạo<\/td>.*?Chưa đạt<\/span><br><small>Báo cáo ghi: Đạt<\/small>/s);
  expect(html).toMatch(/Tỷ lệ che phủ rừng<\/td>.*?>Vượt<\/span>/s);
});
