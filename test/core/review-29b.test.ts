/**
 * Cases of a second independent review of session 29's engine change, of the mends that answered the first (07882e36..4440b949) (/work/heldout/review-29b.md): regressions (R: wrong
 * after the change, right before it), misses of the same classes in other wordings (M), and cases the change gets right (C). Each case's
 * lines are put in one section of a complete, clean report (the results section's lines replaced by them), and checked by one rule or by
 * every rule but those of coverage (indicator-missing, missing-topic, missing-appendix, missing-list), as the reviewer ran them (the
 * results section holding the complete results unless the case's lines replace it); the
 * findings are given by code and indicator, sorted. The expected result was written from the labelling standard before the engine ran.
 */
import { runCase } from './rules/tester';
import { RULES } from '../../src/core/rules';
import type { Code } from '../../src/core/codes';
import { doc, outline, results, MET, MET_TINH } from './doc';
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';

interface R29 { name: string; level: 'huyen' | 'tinh' | 'xa' | 'so-nganh'; sec: string; only: string; pack: string; lines: string[]; expect: string[] }

const COVERAGE = ['indicator-missing', 'missing-topic', 'missing-appendix', 'missing-list'];
/** The findings of the case's rule (or of every rule but coverage's) on its lines, as "code indicator". */
function findings(c: R29): string[] {
  const codes = (c.only ? [c.only] : RULES.map((r) => r.meta.code).filter((k) => !COVERAGE.includes(k))) as Code[];
  const text = `Nội dung.\n${c.lines.join('\n')}`;
  const out: string[] = [];
  for (const code of codes) {
    const r = c.pack
      ? check(doc(outline(c.pack, { [c.sec]: text })), builtinPack(c.pack)!, { only: [code], level: c.level })
      : runCase(code, { name: c.name, extra: { ...results(c.level === 'tinh' ? MET_TINH : MET), [c.sec]: text }, level: c.level });
    out.push(...r.findings.filter((f) => f.code === code).map((f) => `${f.code} ${f.indicator ?? ''}`));
  }
  return [...new Set(out)].sort();
}

const CASES: R29[] = [
  { name: "R1 — average beside a list's whole, another count before it", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Năm 2023, 18 xã của huyện có thu nhập bình quân đầu người đạt 52,3 triệu đồng/người/năm, gồm: thu từ sản xuất nông, lâm nghiệp, thủy sản 18,6 triệu đồng; thu từ tiền lương, tiền công 24,2 triệu đồng; thu từ kinh doanh, dịch vụ và các nguồn khác 7,1 triệu đồng."], expect: ["arithmetic-mismatch "] },
  { name: "R2 — two shares in one paragraph, a contrast opening on a part", level: "huyen", sec: "p1.iii.1", only: "conflicting-figures", pack: "", lines: ["Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%. Tuy nhiên, tỷ lệ lao động nữ qua đào tạo mới đạt 61,5%."], expect: [] },
  { name: "R3 — two shares in one paragraph, a contrast opening on a group of places", level: "huyen", sec: "p1.iii.1", only: "conflicting-figures", pack: "", lines: ["Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,2%. Tuy nhiên, ở các xã vùng cao, tỷ lệ hộ sử dụng nước sạch mới đạt 91,4%."], expect: [] },
  { name: "M1 — \"cho\": exclusive parts said with \"được\"", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Giai đoạn 2021 - 6/2024, huyện tổ chức 126 lớp đào tạo nghề cho 3.850 lao động nông thôn, trong đó 84 lớp được tổ chức tại các xã, 52 lớp được tổ chức tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện."], expect: ["arithmetic-mismatch "] },
  { name: "M2 — \"cho\": exclusive parts by who ran them", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Các cấp Hội tổ chức 126 lớp tập huấn chuyển giao khoa học kỹ thuật cho 6.420 lượt hội viên, trong đó 86 lớp do Hội Nông dân huyện tổ chức, 58 lớp do Hội Nông dân các xã tổ chức."], expect: ["arithmetic-mismatch "] },
  { name: "M3 — a share naming the same plan after it", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Đến 30/6/2024, vốn ngân sách trung ương đã giải ngân 462,3/512,4 tỷ đồng kế hoạch vốn được giao, đạt 94,5% kế hoạch."], expect: ["arithmetic-mismatch "] },
  { name: "M4 — a share naming the same plan after it (\"KH\")", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Vốn sự nghiệp đã giải ngân 38,6/52,0 tỷ đồng kế hoạch vốn giao, đạt 78,4% KH."], expect: ["arithmetic-mismatch "] },
  { name: "M5 — a plan named as the fraction's whole with \"đã giao\"", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Đến 30/6/2024, vốn ngân sách trung ương đã giải ngân 462,3/512,4 tỷ đồng kế hoạch vốn đã giao, đạt 94,5%."], expect: ["arithmetic-mismatch "] },
  { name: "M6 — \"công nhận lại\" after a list of verbs", level: "tinh", sec: "p1.iii.2.5", only: "", pack: "", lines: ["Đến nay, có 12 xã đã được rà soát, đánh giá, công nhận lại đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021 - 2025."], expect: [] },
  { name: "M7 — \"công nhận lại\" after \"toàn tỉnh có\"", level: "tinh", sec: "p1.iii.2.5", only: "", pack: "", lines: ["Đến 30/6/2024, toàn tỉnh có 12 xã được thẩm định, công nhận lại đạt chuẩn nông thôn mới theo Bộ tiêu chí mới."], expect: [] },
  { name: "M8 — a group of places with \"đến nay\" in its clause", level: "tinh", sec: "p1.iii.2.5", only: "", pack: "", lines: ["Các xã đặc biệt khó khăn đến nay đã có 14/51 xã đạt chuẩn nông thôn mới."], expect: [] },
  { name: "M9 — a group of places with \"hiện nay\" in its clause", level: "tinh", sec: "p1.iii.2.5", only: "", pack: "", lines: ["Các xã vùng đồng bào dân tộc thiểu số hiện nay mới có 09 xã đạt chuẩn nông thôn mới."], expect: [] },
  { name: "M10 — a group of places, \"do … nên đến nay\"", level: "tinh", sec: "p1.iii.2.5", only: "", pack: "", lines: ["Các xã bãi ngang ven biển do điều kiện khó khăn nên đến nay mới có 05 xã đạt chuẩn nông thôn mới."], expect: [] },
  { name: "M11 — a second source after \"Trong khi đó\"", level: "huyen", sec: "p1.iii.1", only: "conflicting-figures", pack: "", lines: ["Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,2%. Trong khi đó, theo số liệu của Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh, tỷ lệ hộ dân nông thôn của huyện sử dụng nước sạch chỉ đạt 96,1%."], expect: ["conflicting-figures nuoc-sach"] },
  { name: "M12 — another source, \"Theo thống kê của …\"", level: "huyen", sec: "p1.iii.1", only: "conflicting-figures", pack: "", lines: ["Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%. Theo thống kê của Phòng Lao động - Thương binh và Xã hội, tỷ lệ lao động nông thôn qua đào tạo của huyện đạt 69,8%."], expect: ["conflicting-figures lao-dong-dao-tao"] },
  { name: "M13 — a contrast \"Tuy vậy\" and another source", level: "huyen", sec: "p1.iii.1", only: "conflicting-figures", pack: "", lines: ["Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%. Tuy vậy, số liệu rà soát của Phòng Lao động - Thương binh và Xã hội cho thấy tỷ lệ lao động nông thôn qua đào tạo của huyện mới đạt 69,8%."], expect: ["conflicting-figures lao-dong-dao-tao"] },
  { name: "M14 — a restatement \"Như vậy\" with another figure", level: "huyen", sec: "p1.iii.1", only: "conflicting-figures", pack: "", lines: ["Đến nay, tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,2%. Như vậy, tỷ lệ hộ dân nông thôn sử dụng nước sạch của huyện đạt 98,6%."], expect: ["conflicting-figures nuoc-sach"] },
  { name: "M15 — targets set out, then claims \"vượt chỉ tiêu năm 2025\"", level: "xa", sec: "p1.iii.2.5", only: "claim-contradiction", pack: "", lines: ["Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 đề ra: đến năm 2025 tỷ lệ lao động qua đào tạo đạt 75%, tỷ lệ hộ sử dụng nước sạch đạt 100%. Đến 30/6/2024, tỷ lệ lao động qua đào tạo đạt 72,4%, vượt chỉ tiêu năm 2025 Nghị quyết đề ra; tỷ lệ hộ sử dụng nước sạch đạt 100%, đạt chỉ tiêu năm 2025 Nghị quyết đề ra."], expect: ["claim-contradiction "] },
  { name: "M16 — targets and results paired by words, the next plan's lead counted as the first's", level: "xa", sec: "p1.iii.2.5", only: "claim-contradiction", pack: "", lines: ["Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025 đề ra: đến năm 2025 tỷ lệ hộ sử dụng nước sạch đạt 100%, tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 95%. Năm 2023, tỷ lệ hộ sử dụng nước sạch đạt 98,6%, đạt chỉ tiêu đề ra; tỷ lệ hộ sử dụng nhà tiêu hợp vệ sinh đạt 96,1%, vượt chỉ tiêu đề ra."], expect: ["claim-contradiction "] },
  { name: "M17 — a figure reached in the target's bracket after \"đến nay\"", level: "huyen", sec: "p1.iii.1", only: "", pack: "", lines: ["- Tỷ lệ lao động nông thôn qua đào tạo vượt mục tiêu Nghị quyết (ít nhất 70%, đến nay đạt 68,2%)."], expect: ["claim-contradiction lao-dong-dao-tao", "indicator-below-target lao-dong-dao-tao"] },
  { name: "M18 — a figure reached in the target's bracket: the claim before the bracket", level: "huyen", sec: "p1.iii.1", only: "", pack: "", lines: ["- Tỷ lệ lao động nông thôn qua đào tạo vượt mục tiêu Nghị quyết (ít nhất 70%; thực tế đạt 68,2%)."], expect: ["claim-contradiction lao-dong-dao-tao", "indicator-below-target lao-dong-dao-tao"] },
  { name: "M19 — an average whose \"gồm\" list gives the years", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Giai đoạn 2021 - 2023, vốn huy động thực hiện Chương trình bình quân 339 tỷ đồng/năm, gồm: năm 2021 là 312 tỷ đồng, năm 2022 là 345 tỷ đồng, năm 2023 là 360 tỷ đồng."], expect: [] },
  { name: "C1 — criteria table with no criteria caption but count headers", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Biểu: Kết quả thực hiện Bộ tiêu chí xã nông thôn mới của các xã", "| TT | Tên xã | Số tiêu chí đạt năm 2021 | Số tiêu chí đạt đến 30/6/2024 |", "| 1 | Hải Ba | 12 | 16 |", "| 2 | Hải Quế | 14 | 18 |", "| 3 | Hải Dương | 15 | 19 |", "| 4 | Hải An | 16 | 19 |", "| 5 | Hải Khê | 13 | 17 |", "| | Tổng cộng | 70 | 91 |"], expect: ["arithmetic-mismatch "] },
  { name: "C2 — criteria caption with a column of shares beside an adding column", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Bảng: Số tiêu chí đạt của từng xã đến 30/6/2024", "| TT | Tên xã | Số tiêu chí đạt | Tỷ lệ tiêu chí đạt (%) |", "| 1 | Hải Ba | 16 | 84,2 |", "| 2 | Hải Quế | 18 | 94,7 |", "| 3 | Hải Dương | 19 | 100 |", "| | Tổng cộng | 53 | 93,0 |"], expect: [] },
  { name: "C3 — \"công nhận lại\" dated 2023", level: "tinh", sec: "p1.iii.2.5", only: "", pack: "", lines: ["Năm 2023, có 12 xã đã được rà soát, đánh giá, công nhận lại đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021 - 2025."], expect: [] },
  { name: "C4 — \"toàn tỉnh có … công nhận lại\" dated 2023", level: "tinh", sec: "p1.iii.2.5", only: "", pack: "", lines: ["Năm 2023, toàn tỉnh có 12 xã được thẩm định, công nhận lại đạt chuẩn nông thôn mới theo Bộ tiêu chí mới."], expect: [] },
  { name: "C5 — \"Theo số liệu\" opening a different measure", level: "huyen", sec: "p1.iii.1", only: "conflicting-figures", pack: "", lines: ["Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,2%. Theo số liệu của Trung tâm Nước sạch tỉnh, tỷ lệ hộ sử dụng nước sạch từ công trình cấp nước tập trung đạt 62,5%."], expect: [] },
  { name: "C6 — \"Theo báo cáo\" opening the country's figure", level: "huyen", sec: "p1.iii.1", only: "conflicting-figures", pack: "", lines: ["Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,2%. Theo báo cáo của Bộ Nông nghiệp và Phát triển nông thôn, tỷ lệ hộ dân nông thôn cả nước sử dụng nước sạch đạt 57%."], expect: [] },
  { name: "C7 — share of the target in the target's bracket", level: "huyen", sec: "p1.iii.1", only: "", pack: "", lines: ["- Tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%, chưa đạt mục tiêu Nghị quyết Đại hội Đảng bộ huyện (75%, đạt 96,5% so với mục tiêu)."], expect: [] },
  { name: "C8 — two kinds after a whole of two kinds", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Toàn huyện có 1.046 trang trại, gia trại chăn nuôi, trong đó 312 trang trại và 754 gia trại."], expect: ["arithmetic-mismatch "] },
  { name: "C9 — ceiling for what should fall, targets set out before", level: "xa", sec: "p1.iii.2.5", only: "claim-contradiction", pack: "", lines: ["Nghị quyết Đại hội Đảng bộ xã đề ra chỉ tiêu: đến năm 2025 tỷ lệ hộ nghèo giảm còn 1,5%, tỷ lệ lao động qua đào tạo đạt 75%. Đến cuối năm 2023, tỷ lệ hộ nghèo còn 1,8%, vượt chỉ tiêu đề ra; tỷ lệ lao động qua đào tạo đạt 76,2%, vượt chỉ tiêu đề ra."], expect: ["claim-contradiction "] },
  { name: "C10 — share naming the plan after a plain fraction", level: "huyen", sec: "p1.iii.2.5", only: "arithmetic-mismatch", pack: "", lines: ["Đến 30/6/2024, vốn ngân sách trung ương đã giải ngân 462,3/512,4 tỷ đồng, đạt 94,5% kế hoạch vốn được giao."], expect: ["arithmetic-mismatch "] },
];

/** The cases still failing (a mended case fails as an expected failure: take it out of LEFT). Mended in session 29: R1–R3, M3–M9, M11–M19. Left: M1, M2 (parts after "cho" that say where or by whom, read as traits that may overlap: a miss kept rather than review-29's R3 false alarm), M10. */
const LEFT = new Set<string>(['M1', 'M2', 'M10']);

describe('second review of session 29 (07882e36..4440b949)', () => {
  const key = (c: R29) => c.name.split(' ')[0];
  test.each(CASES.filter((c) => !LEFT.has(key(c))))('$name', (c) => expect(findings(c)).toEqual(c.expect));
  const failing = CASES.filter((c) => LEFT.has(key(c)));
  if (failing.length) test.failing.each(failing)('$name', (c) => expect(findings(c)).toEqual(c.expect));
});
