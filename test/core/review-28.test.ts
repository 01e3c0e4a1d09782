/**
 * Cases of an independent review of session 28's engine change (09211d85..HEAD e34313cb) (/work/heldout/review-28.md): false alarms it
 * raises on sound text (and findings it loses), then misses it still has on the classes its commits name. Each fails today and gives
 * the result a correct checker gives. Then come near neighbours that pass today and must keep passing. Each case is put in a complete
 * report, and the findings it adds to that report are given by code and indicator. The findings are compared sorted, so their order
 * does not matter. A few cases are whole sources whose header block decides the unit's level ("level" cases): there the findings are
 * those the header adds to, or takes from, the same report under the right header ("+code indicator" / "-code indicator"). The cases
 * about headings keep only the findings on the section dieu-8-nd27.
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import * as N from './doc';
import { added as addedTo, runReview, at, M, NQ04, res, T, without, noThon, type ReviewCase, S } from './added';

/** A case, or a whole source checked by a function of its own. */
type C = ReviewCase & { run?: () => string[] };

// ---------- shorthands ----------
const noKm = without('kiểu mẫu');
const noLd = without('qua đào tạo');
const NS = without('nước sạch');
/** A row table of plan and result (no unit column). */
const H4 = '| TT | Chỉ tiêu | Kế hoạch | Thực hiện |';
const row = (label: string, plan: string, result: string) => `| 1 | ${label} | ${plan} | ${result} |`;
/** The district's results with more lines (a table, a sentence). */
const with_ = (base: string[], lines: string[]) => res(base, lines);
/** A commune's criteria table (pack ntm-so-ket-2021-2023-dia-phuong, section bo-tieu-chi), after a first row met. */
const DP = 'ntm-so-ket-2021-2023-dia-phuong';
const CRIT_HEAD = ['| TT | Tiêu chí | Nội dung | Chỉ tiêu | Kết quả | Đánh giá |', '| 16 | Văn hóa | Tỷ lệ thôn đạt chuẩn văn hóa | ≥ 70% | 3/3 thôn | Đạt |'];
const crit = (rows: string[]) => ({ pack: DP, level: 'xa' as const, extra: { 'bo-tieu-chi': [...CRIT_HEAD, ...rows].join('\n') } });
const R171 = (v: string, cell: string) => `| 17 | Môi trường | 17.1. Tỷ lệ hộ sử dụng nước hợp vệ sinh và nước sạch | ≥ 98% | ${v} | ${cell} |`;
const R172 = (v: string, cell: string) => `| ^^ | ^^ | 17.2. Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý | ≥ 90% | ${v} | ${cell} |`;
/** The district's indicator table of two rows (trained labour, clean water), their results and verdict cells given. */
const IND_HEAD = '| TT | Chỉ tiêu | ĐVT | Mục tiêu | Kết quả | Đánh giá |';
const two = (ld: string, v1: string, ns: string, v2: string) => res(without('qua đào tạo', 'nước sạch'), [IND_HEAD, `| 1 | Tỷ lệ lao động nông thôn qua đào tạo | % | 70 | ${ld} | ${v1} |`, `| 2 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | 98 | ${ns} | ${v2} |`]);
/** nq04 at the district: a text in task 2. */
const q4 = (t: string) => ({ pack: NQ04, level: 'huyen' as const, extra: { 'nv-2': t } });
/** nq04 at the district: a text in any task. */
const q4at = (id: string, t: string) => ({ pack: NQ04, level: 'huyen' as const, extra: { [id]: t } });
/** The district's 7/7 communes in prose, then a list of them marked under "Đạt chuẩn NTM", its header's label and its total row given. */
const COMMUNES = ['Cẩm Bình', 'Cẩm Duệ', 'Cẩm Dương', 'Cẩm Hà', 'Cẩm Hưng', 'Cẩm Lạc', 'Cẩm Lĩnh'];
const P77 = 'Đến ngày 28/02/2025, toàn huyện có 7/7 xã đạt chuẩn NTM theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%).';
const xList = (label: string, marks: string[], total?: string) =>
  q4([P77, 'DANH SÁCH CÁC XÃ ĐẠT CHUẨN NTM', `| TT | ${label} | Đạt chuẩn NTM | Ghi chú |`, ...COMMUNES.map((n, i) => `| ${i + 1} | ${n} | ${marks[i]} | |`), ...(total ? [`| | ${total} | |`] : [])].join('\n'));
const X6 = [...COMMUNES.slice(0, 6).map(() => 'x'), ''];
/** A claim with no figure on clean water, the table below giving 95,7% (short of 98%). */
const NS_TABLE = ['| TT | Chỉ tiêu | ĐVT | Mục tiêu | Năm 2020 | Đến 30/6/2024 | Đánh giá |', '| 12 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | 98 | 89,4 | 95,7 | Chưa đạt |'];
const claimNs = (line: string) => res(NS, [line, ...NS_TABLE]);
const NS_SHORT = ['indicator-below-target nuoc-sach'];
const NS_CLAIM = ['indicator-below-target nuoc-sach', 'claim-contradiction nuoc-sach'];
/** A commune's row of criteria reached, under the threshold's target cell. */
const noUnder15 = M.filter((l) => !l.includes('dưới 15'));
const CR_HEAD = '| TT | Chỉ tiêu | Mục tiêu NQ 16 đến năm 2025 | Năm 2020 | Thực hiện đến 30/6/2024 | Đánh giá |';
const critRow = (r: string) => ({ level: 'xa' as const, extra: res(noUnder15, [CR_HEAD, r]) });

// ---------- whole sources: the unit's level from the header ----------
const all = (src: string, pack = 'nq16-so-ket-3-nam', level?: 'huyen' | 'tinh' | 'xa' | 'so-nganh') =>
  check(N.doc(src), builtinPack(pack)!, level ? { level } : {}).findings.map((f) => `${f.code} ${f.indicator ?? ''}`);
const minus = (a: string[], b: string[]) => {
  const r = [...a];
  for (const x of b) {
    const i = r.indexOf(x);
    if (i >= 0) r.splice(i, 1);
  }
  return r;
};
const TITLE = 'Số: 86/BC\nBÁO CÁO\nSơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU về xây dựng nông thôn mới';
const HUYEN = 'UBND HUYỆN HẢI LĂNG';
const SO = 'UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP VÀ PTNT';
/** An nq16 report under a header, its level detected, against the same report under a header of the right level. */
const level = (name: string, head: string, right: string, lines: string[], expect: string[] = []): C => ({
  name,
  expect,
  run: () => {
    const src = (h: string) => N.nq16(N.results(lines), [], `${h}\n${TITLE}`);
    const [x, y] = [all(src(head)), all(src(right))];
    return [...minus(x, y).map((s) => `+${s}`), ...minus(y, x).map((s) => `-${s}`)];
  },
});
/** The session's fh03 outline (dieu-8-nd27 left out, a heading of targets in part III), the heading given: findings on dieu-8-nd27. */
const heading = (name: string, h: string): C => ({
  name,
  expect: ['missing-section'],
  run: () =>
    check(N.doc(N.outline(DP, { 'no-dong-xdcb': `Xã không có nợ đọng xây dựng cơ bản.\n# III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN ĐẾN\n## ${h}\nPhấn đấu đến năm 2025 duy trì vững chắc 19/19 tiêu chí.` }, ['dieu-8-nd27'])), builtinPack(DP)!, { level: 'xa' })
      .findings.filter((f) => f.section === 'dieu-8-nd27')
      .map((f) => f.code),
});

const failing: C[] = [
  // ---------- regressions: right at 09211d85, wrong at HEAD ----------
  // table-facts.ts named(): marksAgree() asks the raw row for "thôn" itself; a village by its local name ("bản", "xóm", "ấp") is "thôn"
  // only after normalising, so the row names no indicator
  { name: 'R1 — a row "Tỷ lệ bản đạt chuẩn NTM | 85% | 80,2%" names no village rate: indicator-missing, the shortfall lost', extra: with_(noThon, [H4, row('Tỷ lệ bản đạt chuẩn NTM', '85%', '80,2%')]), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'R2 — … "Tỷ lệ xóm đạt chuẩn NTM"', extra: with_(noThon, [H4, row('Tỷ lệ xóm đạt chuẩn NTM', '85%', '80,2%')]), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'R3 — … met ("Tỷ lệ bản đạt chuẩn NTM | 85% | 87,5%"): an indicator-missing false alarm on a quoted result', extra: with_(noThon, [H4, row('Tỷ lệ bản đạt chuẩn NTM', '85%', '87,5%')]), expect: [] },
  { name: 'R4 — "Tỷ lệ bản đạt chuẩn NTM kiểu mẫu | 5% | 2,1%"', extra: with_(noKm, [H4, row('Tỷ lệ bản đạt chuẩn NTM kiểu mẫu', '5%', '2,1%')]), expect: ['indicator-below-target thon-kieu-mau'] },
  { name: 'R5 — "Tỷ lệ ấp đạt chuẩn NTM kiểu mẫu | 5% | 2,1%"', extra: with_(noKm, [H4, row('Tỷ lệ ấp đạt chuẩn NTM kiểu mẫu', '5%', '2,1%')]), expect: ['indicator-below-target thon-kieu-mau'] },
  // settlements.ts: "khu dân cư" read as "thôn" everywhere
  { name: 'R6 — "Có 100% khu dân cư đăng ký xây dựng khu dân cư nông thôn mới kiểu mẫu" (a registration) is read as the model-village rate (the "thôn" form is not)', extra: with_(M, ['Có 100% khu dân cư đăng ký xây dựng khu dân cư nông thôn mới kiểu mẫu.']), expect: [] },
  { name: 'R7 — "100% khu dân cư đã phát động phong trào xây dựng khu dân cư nông thôn mới kiểu mẫu"', extra: with_(M, ['100% khu dân cư đã phát động phong trào xây dựng khu dân cư nông thôn mới kiểu mẫu.']), expect: [] },
  { name: 'R8 — "100% khu dân cư ký cam kết thực hiện các tiêu chí khu dân cư nông thôn mới kiểu mẫu"', extra: with_(M, ['100% khu dân cư ký cam kết thực hiện các tiêu chí khu dân cư nông thôn mới kiểu mẫu.']), expect: [] },
  // criteria-table.ts / table-facts.ts: a verdict cell merged down judges nothing at all
  { name: 'R9 — a criterion\'s "Đạt" merged over 17.1 (95% of ≥ 98%) and 17.2: the contradiction on 17.1 is lost', ...crit([R171('95%', 'Đạt'), R172('95%', '^^')]), expect: ['claim-contradiction '] },
  { name: 'R10 — a criterion\'s "Chưa đạt" merged over 17.1 (100%) and 17.2 (95%), both meeting their norms', ...crit([R171('100%', 'Chưa đạt'), R172('95%', '^^')]), expect: ['claim-contradiction '] },
  { name: 'R11 — an indicator table\'s "Đạt" merged over two rows, the first short (64,2 of 70): the claim-contradiction is lost', extra: two('64,2', 'Đạt', '98,2', '^^'), expect: ['indicator-below-target lao-dong-dao-tao', 'claim-contradiction lao-dong-dao-tao'] },
  { name: 'R12 — … "Vượt" merged over two rows, the first short', extra: two('64,2', 'Vượt', '98,2', '^^'), expect: ['indicator-below-target lao-dong-dao-tao', 'claim-contradiction lao-dong-dao-tao'] },
  // totals.ts listedTotal: parts before the first ";" that make the whole end the list, though the item after it is one more part
  { name: 'R13 — "30 tỷ đồng, gồm: vốn ngân sách … 12 tỷ đồng, vốn lồng ghép 18 tỷ đồng; vốn tín dụng 5 tỷ đồng" (35): the mismatch is lost', extra: at('Tổng nguồn vốn huy động năm 2023 là 30 tỷ đồng, gồm: vốn ngân sách nhà nước 12 tỷ đồng, vốn lồng ghép 18 tỷ đồng; vốn tín dụng 5 tỷ đồng.'), expect: ['arithmetic-mismatch '] },
  // level.ts LOCAL_OFFICE: ".*\s(…|XA|QUAN|…)\s+NAME$" takes the last "XÃ" or "QUẢN" of the line, and a commune (rank 4) beats all
  level('R14 — "UBND HUYỆN HẢI LĂNG" / "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" is read as a commune named "HOI"', 'UBND HUYỆN HẢI LĂNG\nPHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', HUYEN, M),
  level('R15 — … "PHÒNG LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI"', 'UBND HUYỆN HẢI LĂNG\nPHÒNG LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI', HUYEN, M),
  level('R16 — "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "PHÒNG GIAO DỊCH THỊ XÃ QUẢNG TRỊ" (a town, "THỊ XÃ", read as "XÃ")', 'NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nPHÒNG GIAO DỊCH THỊ XÃ QUẢNG TRỊ', HUYEN, M),
  level('R17 — "UBND THỊ XÃ QUẢNG TRỊ" / "PHÒNG KINH TẾ THỊ XÃ QUẢNG TRỊ"', 'UBND THỊ XÃ QUẢNG TRỊ\nPHÒNG KINH TẾ THỊ XÃ QUẢNG TRỊ', HUYEN, M),
  level('R18 — a province\'s "CHI NHÁNH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH QUẢNG TRỊ" read as a commune', 'NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nCHI NHÁNH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH QUẢNG TRỊ', SO, N.MET_TINH),
  level('R19 — "UBND TỈNH QUẢNG TRỊ" / "TRUNG TÂM CÔNG TÁC XÃ HỘI" read as a commune', 'UBND TỈNH QUẢNG TRỊ\nTRUNG TÂM CÔNG TÁC XÃ HỘI', SO, N.MET_TINH),
  level('R20 — "SỞ NÔNG NGHIỆP VÀ PTNT" / "CHI CỤC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN" read as a district ("QUẢN" as "QUẬN")', 'UBND TỈNH QUẢNG TRỊ\nSỞ NÔNG NGHIỆP VÀ PTNT\nCHI CỤC QUẢN LÝ CHẤT LƯỢNG NÔNG LÂM SẢN VÀ THỦY SẢN', SO, N.MET_TINH),
  level('R21 — "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" / "TRUNG TÂM QUAN TRẮC TÀI NGUYÊN VÀ MÔI TRƯỜNG" read as a district', 'UBND TỈNH QUẢNG TRỊ\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nTRUNG TÂM QUAN TRẮC TÀI NGUYÊN VÀ MÔI TRƯỜNG', SO, N.MET_TINH),
  level('R22 — "CÔNG AN TỈNH QUẢNG TRỊ" / "PHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI" read as a commune', 'CÔNG AN TỈNH QUẢNG TRỊ\nPHÒNG CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI', SO, N.MET_TINH),
  // named-claims.ts: the list dash stripped, "cơ bản đạt" (basically met) is now a claim of meeting the target
  { name: 'R23 — "- Tỷ lệ hộ dân … nước sạch cơ bản đạt mục tiêu Nghị quyết đề ra." at 95,7%: "cơ bản đạt" is no claim of meeting it', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch cơ bản đạt mục tiêu Nghị quyết đề ra.'), expect: NS_SHORT },

  // ---------- misses on the classes the commits name (wrong before and after, or mended in one wording only) ----------
  // khu dân cư is a village
  { name: 'M1 — a table row "Tỷ lệ khu dân cư đạt chuẩn NTM | 85% | 80,2%" (prose only was mended)', extra: with_(noThon, [H4, row('Tỷ lệ khu dân cư đạt chuẩn NTM', '85%', '80,2%')]), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'M2 — … "TL KDC đạt chuẩn NTM KM | 5% | 2,1%"', extra: with_(noKm, [H4, row('TL KDC đạt chuẩn NTM KM', '5%', '2,1%')]), expect: ['indicator-below-target thon-kieu-mau'] },
  // a merged verdict judges its rows together
  { name: 'M3 — a criterion\'s "Đạt" merged over 17.1 (100%) and 17.2 (76,5% of ≥ 90%): the group is not met', ...crit([R171('100%', 'Đạt'), R172('76,5%', '^^')]), expect: ['claim-contradiction '] },
  { name: 'M4 — an indicator table\'s "Đạt" merged over two rows, the second short (95,2 of 98)', extra: two('72,4', 'Đạt', '95,2', '^^'), expect: ['indicator-below-target nuoc-sach', 'claim-contradiction nuoc-sach'] },
  // the parts before the list's end
  { name: 'M5 — "21,4 tỷ đồng, gồm: tiền mặt 12,6 …, ngày công 8,8 …, đồng thời vận động doanh nghiệp hỗ trợ 3,2 tỷ đồng vật tư" (a clause after ", đồng thời")', extra: at('Trong 03 năm, Hội vận động hội viên đóng góp 21,4 tỷ đồng, gồm: tiền mặt 12,6 tỷ đồng, ngày công 8,8 tỷ đồng, đồng thời vận động doanh nghiệp hỗ trợ 3,2 tỷ đồng vật tư.'), expect: [] },
  // a whole of several kinds side by side
  { name: 'M6 — "1.046 gia trại, trang trại chăn nuôi, trong đó 206 gia trại, 312 trang trại … và 578 trang trại …" (1.096): the kinds in the other order', extra: at('Toàn huyện có 1.046 gia trại, trang trại chăn nuôi, trong đó 206 gia trại, 312 trang trại quy mô lớn và 578 trang trại quy mô vừa.'), expect: ['arithmetic-mismatch '] },
  { name: 'M7 — "1.046 trang trại và gia trại chăn nuôi, trong đó … và 241 gia trại" (1.081): the kinds joined by "và"', extra: at('Toàn huyện có 1.046 trang trại và gia trại chăn nuôi, trong đó 312 trang trại quy mô lớn, 528 trang trại quy mô vừa và 241 gia trại.'), expect: ['arithmetic-mismatch '] },
  { name: 'M8 — "1.046 trang trại/gia trại chăn nuôi, …" (1.081)', extra: at('Toàn huyện có 1.046 trang trại/gia trại chăn nuôi, trong đó 312 trang trại quy mô lớn, 528 trang trại quy mô vừa và 241 gia trại.'), expect: ['arithmetic-mismatch '] },
  { name: 'M9 — two kinds only, "… trong đó 312 trang trại và 754 gia trại" (1.066)', extra: at('Toàn huyện có 1.046 trang trại, gia trại chăn nuôi, trong đó 312 trang trại và 754 gia trại.'), expect: ['arithmetic-mismatch '] },
  { name: 'M10 — Can Lộc\'s own sentence (nongthonmoihatinh.vn) with a wrong part: "749 trang trại, gia trại, mô hình kinh tế, trong đó có 14 trang trại …; 755 gia trại, mô hình kinh tế …"', extra: at('Toàn huyện hiện có 749 trang trại, gia trại, mô hình kinh tế, trong đó có 14 trang trại đạt tiêu chí theo quy định của Bộ NN&PTNT; 755 gia trại, mô hình kinh tế với tổng diện tích 1.640 ha.'), expect: ['arithmetic-mismatch '] },
  { name: 'M11 — a kind of three words: "145 hợp tác xã, tổ hợp tác, trong đó 45 …, 30 … và 90 tổ hợp tác" (165)', extra: at('Toàn huyện có 145 hợp tác xã, tổ hợp tác, trong đó 45 hợp tác xã nông nghiệp, 30 hợp tác xã phi nông nghiệp và 90 tổ hợp tác.'), expect: ['arithmetic-mismatch '] },
  // targets in a bracket that opens on a bound
  { name: 'M12 — "(có ít nhất 38 xã đạt chuẩn, 15 xã nâng cao, 05 xã kiểu mẫu)": the 15 read as a result', level: 'tinh', extra: res(T, ['Các chỉ tiêu về xã đều vượt mục tiêu Nghị quyết (có ít nhất 38 xã đạt chuẩn, 15 xã nâng cao, 05 xã kiểu mẫu).']), expect: [] },
  { name: 'M13 — "(đến năm 2025 có ít nhất 38 xã …, 15 xã nâng cao, …)"', level: 'tinh', extra: res(T, ['Các chỉ tiêu về xã đều vượt mục tiêu Nghị quyết (đến năm 2025 có ít nhất 38 xã đạt chuẩn, 15 xã nâng cao, 05 xã kiểu mẫu).']), expect: [] },
  { name: 'M14 — a bound bracket that gives the result too: "vượt mục tiêu Nghị quyết (ít nhất 70%, đạt 72,4%)" (indicator-missing)', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo vượt mục tiêu Nghị quyết (ít nhất 70%, đạt 72,4%).']), expect: [] },
  { name: 'M15 — … "chưa đạt mục tiêu Nghị quyết (ít nhất 70%, đạt 64,2%)": the shortfall lost', extra: res(noLd, ['Tỷ lệ lao động nông thôn qua đào tạo chưa đạt mục tiêu Nghị quyết (ít nhất 70%, đạt 64,2%).']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: 'M16 — (tỉnh) "(ít nhất 38 xã; thực tế đạt 41 xã)"', level: 'tinh', extra: res(T.filter((l) => !l.includes('41 xã')), ['Số xã đạt chuẩn nông thôn mới vượt mục tiêu Nghị quyết (ít nhất 38 xã; thực tế đạt 41 xã).']), expect: [] },
  { name: 'M17 — (tỉnh) "(ít nhất 38 xã, toàn tỉnh đạt 34 xã)": the shortfall lost', level: 'tinh', extra: res(T.filter((l) => !l.includes('41 xã')), ['Số xã đạt chuẩn nông thôn mới chưa đạt mục tiêu Nghị quyết (ít nhất 38 xã, toàn tỉnh đạt 34 xã).']), expect: ['indicator-below-target xa-dat-chuan'] },
  // a claim with no figure past an appendix pointer
  { name: 'M18 — "(số liệu chi tiết tại Phụ lục 02)" (two lead words)', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (số liệu chi tiết tại Phụ lục 02).'), expect: NS_CLAIM },
  { name: 'M19 — "(chi tiết có Phụ lục 02 kèm theo)"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (chi tiết có Phụ lục 02 kèm theo).'), expect: NS_CLAIM },
  { name: 'M20 — "(kèm theo Phụ lục số 02)"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (kèm theo Phụ lục số 02).'), expect: NS_CLAIM },
  { name: 'M21 — "(chi tiết như Phụ lục 02)"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (chi tiết như Phụ lục 02).'), expect: NS_CLAIM },
  { name: 'M22 — the pointer without brackets: "…, chi tiết tại Phụ lục 02."', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra, chi tiết tại Phụ lục 02.'), expect: NS_CLAIM },
  { name: 'M23 — a list item lettered "a) " rather than dashed', extra: claimNs('a) Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (số liệu tại Phụ lục 02).'), expect: NS_CLAIM },
  // a list of places marked "x"
  { name: 'M24 — the list\'s places under "Đơn vị", its total "6/7 xã (85,7%)"', ...xList('Đơn vị', X6, 'Cộng | 6/7 xã (85,7%)'), expect: ['conflicting-figures xa-dat-chuan-2021-2025'] },
  { name: 'M25 — its total row a bare "6"', ...xList('Tên xã', X6, 'Tổng cộng | 6'), expect: ['conflicting-figures xa-dat-chuan-2021-2025'] },
  { name: 'M26 — its total row "6 xã"', ...xList('Tên xã', X6, 'Cộng | 6 xã'), expect: ['conflicting-figures xa-dat-chuan-2021-2025'] },
  { name: 'M27 — no total row, six of seven marked', ...xList('Tên xã', X6), expect: ['conflicting-figures xa-dat-chuan-2021-2025'] },
  // a commune's bare count of criteria
  { name: 'M28 — the count written "16 TC"', ...critRow('| 1 | Số tiêu chí NTM xã đạt | Không còn xã dưới 15 tiêu chí | 11 TC | 16 TC | Đạt |'), expect: [] },
  { name: 'M29 — the commune\'s row named by the indicator itself, "Xã còn dưới 15 tiêu chí | Không còn | 11 | 16"', ...critRow('| 1 | Xã còn dưới 15 tiêu chí | Không còn | 11 | 16 | Đạt |'), expect: [] },
  // a district's office under its parent body
  level('M30 — "SỞ Y TẾ QUẢNG TRỊ" / "TRUNG TÂM Y TẾ THỊ XÃ QUẢNG TRỊ" (the town\'s health centre; 09211d85: a department)', 'SỞ Y TẾ QUẢNG TRỊ\nTRUNG TÂM Y TẾ THỊ XÃ QUẢNG TRỊ', HUYEN, M),
  level('M31 — "BỘ CHỈ HUY QUÂN SỰ TỈNH …" / "BAN CHỈ HUY QUÂN SỰ THỊ XÃ QUẢNG TRỊ"', 'BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG TRỊ\nBAN CHỈ HUY QUÂN SỰ THỊ XÃ QUẢNG TRỊ', HUYEN, M),
  level('M32 — "CÔNG AN TỈNH QUẢNG TRỊ" / "CÔNG AN THỊ XÃ QUẢNG TRỊ"', 'CÔNG AN TỈNH QUẢNG TRỊ\nCÔNG AN THỊ XÃ QUẢNG TRỊ', HUYEN, M),
  // a bare "Không." answers only a heading that asks of something the unit may not have
  { name: 'M33 — nq04 task 4 (funds, "các chương trình, dự án khác"): "Không." says nothing', ...q4at('nv-4', 'Không.'), expect: ['empty-section '] },
  { name: 'M34 — nq16 2.I.1 (the context, "thuận lợi, khó khăn của địa phương"): "Không."', extra: S('p2.i.1', 'Không.'), expect: ['empty-section '] },
  { name: 'M35 — the 10-year review\'s context ("Bối cảnh (lợi thế, khó khăn) …"): "Không."', pack: 'ntm-tong-ket-2010-2020', extra: { '1-1.boi-canh': 'Không.' }, expect: ['empty-section '] },
  // an area left blank
  { name: 'M36 — "hiến … mét vuông đất" (the unit in words)', extra: at('Ngoài ra, Nhân dân hiến … mét vuông đất để mở rộng các tuyến đường ấp.'), expect: ['placeholder '] },
];

const passing: C[] = [
  // table rows that keep their marks
  { name: 'N1 — "Tỷ lệ thôn đạt chuẩn NTM | 85% | 80,2%"', extra: with_(noThon, [H4, row('Tỷ lệ thôn đạt chuẩn NTM', '85%', '80,2%')]), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'N2 — "Tỷ lệ ấp đạt chuẩn nông thôn mới" (the row holds "thôn" in "nông thôn mới")', extra: with_(noThon, [H4, row('Tỷ lệ ấp đạt chuẩn nông thôn mới', '85%', '80,2%')]), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'N3 — "Tỷ lệ thôn, bản đạt chuẩn NTM"', extra: with_(noThon, [H4, row('Tỷ lệ thôn, bản đạt chuẩn NTM', '85%', '80,2%')]), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'N4 — "Tỷ lệ thôn, tổ dân phố đạt chuẩn NTM"', extra: with_(noThon, [H4, row('Tỷ lệ thôn, tổ dân phố đạt chuẩn NTM', '85%', '80,2%')]), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'N5 — prose "Tỷ lệ bản đạt chuẩn nông thôn mới đạt 80,2%"', extra: with_(noThon, ['Tỷ lệ bản đạt chuẩn nông thôn mới đạt 80,2%.']), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'N6 — a row of irrigation, "được tưới chủ động | 62% | 55,3%"', extra: with_(without('tưới'), [H4, row('Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới chủ động', '62%', '55,3%')]), expect: ['indicator-below-target dien-tich-tuoi'] },
  { name: 'N7 — … in capitals', extra: with_(without('tưới'), [H4, row('TỶ LỆ DIỆN TÍCH ĐƯỢC TƯỚI TIÊU CHỦ ĐỘNG', '62%', '55,3%')]), expect: ['indicator-below-target dien-tich-tuoi'] },
  { name: 'N8 — "Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ BHYT" names no irrigation', extra: with_(M, [H4, row('Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ BHYT', '100%', '98,5%')]), expect: [] },
  { name: 'N9 — "Tỷ lệ người cao tuổi tham gia BHYT"', extra: with_(M, [H4, row('Tỷ lệ người cao tuổi tham gia BHYT', '95%', '55,3%')]), expect: [] },
  { name: 'N10 — "Tỷ lệ lao động trong độ tuổi qua đào tạo" is the trained-labour rate', extra: with_(noLd, [H4, row('Tỷ lệ lao động trong độ tuổi qua đào tạo', '70%', '55,3%')]), expect: ['indicator-below-target lao-dong-dao-tao'] },
  // khu dân cư
  { name: 'N11 — the session\'s "04/182 khu dân cư đạt chuẩn NTM kiểu mẫu, đạt 2,2%"', extra: with_(noKm, ['Có 04/182 khu dân cư đạt chuẩn NTM kiểu mẫu, đạt 2,2%.']), expect: ['indicator-below-target thon-kieu-mau'] },
  { name: 'N12 — "04/182 KDC …"', extra: with_(noKm, ['Có 04/182 KDC đạt chuẩn NTM kiểu mẫu, đạt 2,2%.']), expect: ['indicator-below-target thon-kieu-mau'] },
  { name: 'N13 — "32/182 khu dân cư … kiểu mẫu, đạt 17,6%"', extra: with_(noKm, ['Có 32/182 khu dân cư đạt chuẩn NTM kiểu mẫu, đạt 17,6%.']), expect: [] },
  { name: 'N14 — "80/100 khu dân cư đạt chuẩn nông thôn mới (đạt 80%)"', extra: with_(noThon, ['Toàn huyện có 80/100 khu dân cư đạt chuẩn nông thôn mới (đạt 80%).']), expect: ['indicator-below-target thon-dat-chuan'] },
  { name: 'N15 — "Tỷ lệ khu dân cư nông thôn mới kiểu mẫu đạt 2,2%"', extra: with_(noKm, ['Tỷ lệ khu dân cư nông thôn mới kiểu mẫu đạt 2,2%.']), expect: ['indicator-below-target thon-kieu-mau'] },
  { name: 'N16 — "100% khu dân cư có tổ tự quản về bảo vệ môi trường"', extra: with_(M, ['100% khu dân cư có tổ tự quản về bảo vệ môi trường.']), expect: [] },
  { name: 'N17 — "Tỷ lệ khu dân cư đạt danh hiệu khu dân cư văn hóa đạt 92,3%"', extra: with_(M, ['Tỷ lệ khu dân cư đạt danh hiệu khu dân cư văn hóa đạt 92,3%.']), expect: [] },
  { name: 'N18 — "168/182 khu dân cư được công nhận khu dân cư văn hóa (đạt 92,3%)"', extra: with_(M, ['Có 168/182 khu dân cư được công nhận khu dân cư văn hóa (đạt 92,3%).']), expect: [] },
  { name: 'N19 — "Đã quy hoạch 12 khu dân cư mới …"', extra: with_(M, ['Đã quy hoạch 12 khu dân cư mới với tổng diện tích 45 ha.']), expect: [] },
  { name: 'N20 — "15 khu dân cư tập trung, trong đó 6 khu dân cư …"', extra: with_(M, ['Toàn huyện có 15 khu dân cư tập trung, trong đó 6 khu dân cư đã được đầu tư hạ tầng đồng bộ.']), expect: [] },
  { name: 'N21 — "100% khu dân cư đạt chuẩn \\"An toàn về an ninh, trật tự\\""', extra: with_(M, ['100% khu dân cư đạt chuẩn "An toàn về an ninh, trật tự".']), expect: [] },
  { name: 'N22 — "96,8% khu dân cư có nhà văn hóa đạt chuẩn"', extra: with_(M, ['96,8% khu dân cư có nhà văn hóa đạt chuẩn.']), expect: [] },
  { name: 'N23 — "182/182 khu dân cư tổ chức Ngày hội Đại đoàn kết …"', extra: with_(M, ['Năm 2023 có 182/182 khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc.']), expect: [] },
  { name: 'N24 — "chất thải rắn … tại các khu dân cư được thu gom … đạt 85%"', extra: with_(M, ['Tỷ lệ chất thải rắn sinh hoạt tại các khu dân cư được thu gom, xử lý đạt 85%.']), expect: [] },
  { name: 'N25 — "152/182 khu dân cư đạt chuẩn khu dân cư \\"Sáng - Xanh - Sạch - Đẹp\\""', extra: with_(M, ['Có 152/182 khu dân cư đạt chuẩn khu dân cư "Sáng - Xanh - Sạch - Đẹp".']), expect: [] },
  { name: 'N26 — "182/182 khu dân cư thành lập tổ tự quản …"', extra: with_(M, ['Có 182/182 khu dân cư thành lập tổ tự quản vệ sinh môi trường.']), expect: [] },
  { name: 'N27 — "Có 100% thôn đăng ký xây dựng thôn nông thôn mới kiểu mẫu" (R6\'s village form)', extra: with_(M, ['Có 100% thôn đăng ký xây dựng thôn nông thôn mới kiểu mẫu.']), expect: [] },
  { name: 'N28 — "100% khu dân cư xây dựng quy ước, hương ước …"', extra: with_(M, ['100% khu dân cư xây dựng quy ước, hương ước phù hợp với tiêu chí khu dân cư nông thôn mới.']), expect: [] },
  // merged verdicts
  { name: 'N29 — the session\'s "Chưa đạt" merged over 17.1 (100%) and 17.2 (76,5%)', ...crit([R171('100%', 'Chưa đạt'), R172('76,5%', '^^')]), expect: [] },
  { name: 'N30 — "Đạt" merged over two rows both met', ...crit([R171('100%', 'Đạt'), R172('95%', '^^')]), expect: [] },
  { name: 'N31 — a verdict on each row, the first short', ...crit([R171('95%', 'Đạt'), R172('95%', 'Đạt')]), expect: ['claim-contradiction '] },
  { name: 'N32 — "Chưa đạt" merged over three rows, the third short', ...crit([R171('100%', 'Chưa đạt'), '| ^^ | ^^ | 17.2. Tỷ lệ cơ sở sản xuất bảo đảm quy định về môi trường | 100% | 100% | ^^ |', '| ^^ | ^^ | 17.3. Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý | ≥ 90% | 76,5% | ^^ |']), expect: [] },
  { name: 'N33 — an indicator table, a verdict on each row, the first short', extra: two('64,2', 'Đạt', '98,2', 'Đạt'), expect: ['indicator-below-target lao-dong-dao-tao', 'claim-contradiction lao-dong-dao-tao'] },
  { name: 'N34 — … "Chưa đạt" merged over two rows, the second short', extra: two('72,4', 'Chưa đạt', '95,2', '^^'), expect: ['indicator-below-target nuoc-sach'] },
  // lists ended at ";"
  { name: 'N35 — the list over ";" throughout ("…; vốn lồng ghép 18 tỷ đồng; vốn tín dụng 5 tỷ đồng" for 30)', extra: at('Tổng nguồn vốn huy động năm 2023 là 30 tỷ đồng, gồm: vốn ngân sách nhà nước 12 tỷ đồng; vốn lồng ghép 18 tỷ đồng; vốn tín dụng 5 tỷ đồng.'), expect: ['arithmetic-mismatch '] },
  { name: 'N36 — "…; đồng thời vận động doanh nghiệp hỗ trợ 3,2 tỷ đồng"', extra: at('Trong 03 năm, Hội vận động hội viên đóng góp 21,4 tỷ đồng, gồm: tiền mặt 12,6 tỷ đồng, ngày công 8,8 tỷ đồng; đồng thời vận động doanh nghiệp hỗ trợ 3,2 tỷ đồng.'), expect: [] },
  { name: 'N37 — "…; ngoài ra còn vận động doanh nghiệp hỗ trợ 3,2 tỷ đồng"', extra: at('Trong 03 năm, Hội vận động hội viên đóng góp 21,4 tỷ đồng, gồm: tiền mặt 12,6 tỷ đồng và ngày công 8,8 tỷ đồng; ngoài ra còn vận động doanh nghiệp hỗ trợ 3,2 tỷ đồng.'), expect: [] },
  { name: 'N38 — "126 lớp tập huấn, gồm: cấp huyện 14 lớp, cấp xã 112 lớp; phối hợp tổ chức 20 lớp …"', extra: at('Tổ chức 126 lớp tập huấn, gồm: cấp huyện 14 lớp, cấp xã 112 lớp; phối hợp tổ chức 20 lớp cho hội viên nông dân.'), expect: [] },
  // kinds side by side
  { name: 'N39 — the session\'s ga05 (206 gia trại, right)', extra: at('Chăn nuôi chuyển dịch mạnh sang trang trại, gia trại: toàn huyện có 1.046 trang trại, gia trại chăn nuôi, trong đó 312 trang trại quy mô lớn, 528 trang trại quy mô vừa và 206 gia trại; 100% trang trại có hệ thống xử lý chất thải.'), expect: [] },
  { name: 'N40 — … wrong (241)', extra: at('Toàn huyện có 1.046 trang trại, gia trại chăn nuôi, trong đó 312 trang trại quy mô lớn, 528 trang trại quy mô vừa và 241 gia trại.'), expect: ['arithmetic-mismatch '] },
  { name: 'N41 — Can Lộc\'s own sentence, right (749 = 14 + 735)', extra: at('Toàn huyện hiện có 749 trang trại, gia trại, mô hình kinh tế, trong đó có 14 trang trại đạt tiêu chí theo quy định của Bộ NN&PTNT; 735 gia trại, mô hình kinh tế với tổng diện tích 1.640 ha.'), expect: [] },
  { name: 'N42 — Quảng Điền\'s (baothuathienhue.vn): "69 trang trại (…), gồm 35 …, 25 …, 9 … và 400 gia trại chăn nuôi"', extra: at('Đến nay, toàn huyện có 69 trang trại (36 trang trại ở vùng cát, 33 trang trại ở vùng đất thục nội đồng), gồm 35 trang trại chăn nuôi, 25 trang trại tổng hợp, 9 trang trại nuôi trồng thủy sản và 400 gia trại chăn nuôi.'), expect: [] },
  { name: 'N43 — "253 trại chăn nuôi gia súc, gia cầm (124 trại gia cầm, 129 trại nuôi gia súc)"', extra: at('Toàn huyện có 253 trại chăn nuôi gia súc, gia cầm (124 trại gia cầm, 129 trại nuôi gia súc), tăng 0,4% so với cùng kỳ.'), expect: [] },
  { name: 'N44 — "1.250 hộ nghèo, hộ cận nghèo, trong đó 450 hộ nghèo, 900 hộ cận nghèo" (1.350)', extra: at('Toàn huyện có 1.250 hộ nghèo, hộ cận nghèo, trong đó 450 hộ nghèo, 900 hộ cận nghèo.'), expect: ['arithmetic-mismatch '] },
  { name: 'N45 — overlapping kinds: "350 doanh nghiệp, hợp tác xã tham gia liên kết, trong đó 120 …, 180 … và 70 tổ hợp tác"', extra: at('Toàn huyện có 350 doanh nghiệp, hợp tác xã tham gia liên kết, trong đó 120 doanh nghiệp chế biến, 180 hợp tác xã nông nghiệp và 70 tổ hợp tác.'), expect: [] },
  { name: 'N46 — overlapping traits: "45 mô hình sản xuất, mô hình liên kết, trong đó … 18 mô hình liên kết chuỗi giá trị"', extra: at('Toàn huyện có 45 mô hình sản xuất, mô hình liên kết, trong đó 20 mô hình trồng trọt, 15 mô hình chăn nuôi và 18 mô hình liên kết chuỗi giá trị.'), expect: [] },
  { name: 'N47 — "112 nhà văn hóa, khu thể thao thôn, trong đó 98 …, 85 … và 14 …"', extra: at('Toàn huyện có 112 nhà văn hóa, khu thể thao thôn, trong đó 98 nhà văn hóa đạt chuẩn, 85 khu thể thao đạt chuẩn và 14 nhà văn hóa đang xuống cấp.'), expect: [] },
  // a count before the plan that set the list
  { name: 'N48 — the session\'s "75 xã … nâng cao và 22 xã kiểu mẫu mà Kết luận giao cho toàn tỉnh"', ...q4('Trong tổng số 75 xã nông thôn mới nâng cao và 22 xã kiểu mẫu mà Kết luận giao cho toàn tỉnh, huyện đăng ký phấn đấu có thêm 02 xã nâng cao trong năm 2025. Toàn huyện có 05 xã đạt chuẩn nông thôn mới nâng cao.'), expect: [] },
  { name: 'N49 — "… do Kết luận giao"', ...q4('Trong tổng số 75 xã nông thôn mới nâng cao và 22 xã kiểu mẫu do Kết luận giao cho toàn tỉnh, huyện đăng ký phấn đấu có thêm 02 xã nâng cao trong năm 2025. Toàn huyện có 05 xã đạt chuẩn nông thôn mới nâng cao.'), expect: [] },
  { name: 'N50 — "… theo mục tiêu Kết luận"', ...q4('Trong tổng số 75 xã nông thôn mới nâng cao và 22 xã kiểu mẫu theo mục tiêu Kết luận, huyện đăng ký phấn đấu có thêm 02 xã nâng cao trong năm 2025. Toàn huyện có 05 xã đạt chuẩn nông thôn mới nâng cao.'), expect: [] },
  { name: 'N51 — three items, "… 22 xã kiểu mẫu và 02 huyện nâng cao mà Kết luận giao …"', ...q4('Trong tổng số 75 xã nông thôn mới nâng cao, 22 xã kiểu mẫu và 02 huyện nâng cao mà Kết luận giao cho toàn tỉnh, huyện đăng ký phấn đấu có thêm 02 xã nâng cao trong năm 2025. Toàn huyện có 05 xã đạt chuẩn nông thôn mới nâng cao.'), expect: [] },
  { name: 'N52 — "Kết luận giao cho toàn tỉnh 75 xã … và 22 xã kiểu mẫu; …"', ...q4('Kết luận giao cho toàn tỉnh 75 xã nông thôn mới nâng cao và 22 xã kiểu mẫu; huyện đăng ký phấn đấu có thêm 02 xã nâng cao trong năm 2025. Toàn huyện có 05 xã đạt chuẩn nông thôn mới nâng cao.'), expect: [] },
  { name: 'N53 — results then the year\'s plan, "03 xã … nâng cao và 01 xã kiểu mẫu mà UBND tỉnh giao tại Kế hoạch năm 2024"', ...q4('Năm 2024, huyện có thêm 03 xã đạt chuẩn NTM nâng cao và 01 xã kiểu mẫu mà UBND tỉnh giao tại Kế hoạch năm 2024; lũy kế toàn huyện có 05 xã đạt chuẩn nông thôn mới nâng cao.'), expect: [] },
  // bound brackets
  { name: 'N54 — the session\'s fm01 "(ít nhất 38 xã đạt chuẩn, 15 xã nâng cao, 05 xã kiểu mẫu)"', level: 'tinh', extra: res(T, ['Các chỉ tiêu về xã đều vượt mục tiêu Nghị quyết (ít nhất 38 xã đạt chuẩn, 15 xã nâng cao, 05 xã kiểu mẫu).']), expect: [] },
  { name: 'N55 — "(tối thiểu 38 xã …)"', level: 'tinh', extra: res(T, ['Các chỉ tiêu về xã đều vượt mục tiêu Nghị quyết (tối thiểu 38 xã đạt chuẩn, 15 xã nâng cao, 05 xã kiểu mẫu).']), expect: [] },
  { name: 'N56 — "mục tiêu Nghị quyết số 16-NQ/TU đề ra (ít nhất …)"', level: 'tinh', extra: res(T, ['Các chỉ tiêu về xã đều vượt mục tiêu Nghị quyết số 16-NQ/TU đề ra (ít nhất 38 xã đạt chuẩn, 15 xã nâng cao, 05 xã kiểu mẫu).']), expect: [] },
  // appendix pointers and list marks
  { name: 'N57 — the session\'s fz01 "- … (số liệu tại Phụ lục 02)"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (số liệu tại Phụ lục 02).'), expect: NS_CLAIM },
  { name: 'N58 — "+ …"', extra: claimNs('+ Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (số liệu tại Phụ lục 02).'), expect: NS_CLAIM },
  { name: 'N59 — "• …"', extra: claimNs('• Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (số liệu tại Phụ lục 02).'), expect: NS_CLAIM },
  { name: 'N60 — "(Biểu số 02 kèm theo)"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (Biểu số 02 kèm theo).'), expect: NS_CLAIM },
  { name: 'N61 — "(Phụ lục II kèm theo)"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (Phụ lục II kèm theo).'), expect: NS_CLAIM },
  { name: 'N62 — "Về nước sạch: tỷ lệ …"', extra: claimNs('Về nước sạch: tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (số liệu tại Phụ lục 02).'), expect: NS_CLAIM },
  { name: 'N63 — "(theo Phụ lục số 02 kèm theo Báo cáo này)"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra (theo Phụ lục số 02 kèm theo Báo cáo này).'), expect: NS_CLAIM },
  { name: 'N64 — a prospect: "- … phấn đấu đạt mục tiêu … vào cuối năm 2025"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch phấn đấu đạt mục tiêu Nghị quyết đề ra vào cuối năm 2025.'), expect: NS_SHORT },
  { name: 'N65 — "- … dự kiến đạt mục tiêu …"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch dự kiến đạt mục tiêu Nghị quyết đề ra vào cuối năm 2025.'), expect: NS_SHORT },
  { name: 'N66 — "- … sẽ đạt mục tiêu …"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch sẽ đạt mục tiêu Nghị quyết đề ra.'), expect: NS_SHORT },
  { name: 'N67 — "- … có khả năng đạt mục tiêu …"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch có khả năng đạt mục tiêu Nghị quyết đề ra.'), expect: NS_SHORT },
  { name: 'N68 — "- … ước đến cuối năm 2025 đạt mục tiêu …"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch ước đến cuối năm 2025 đạt mục tiêu Nghị quyết đề ra.'), expect: NS_SHORT },
  { name: 'N69 — "- … gần đạt mục tiêu …"', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch gần đạt mục tiêu Nghị quyết đề ra.'), expect: NS_SHORT },
  { name: 'N70 — "- … đạt mục tiêu kế hoạch năm đề ra" (a year\'s plan)', extra: claimNs('- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu kế hoạch năm đề ra.'), expect: NS_SHORT },
  { name: 'N71 — "- Tiếp tục đầu tư … để tỷ lệ … đạt mục tiêu …" (a task)', extra: claimNs('- Tiếp tục đầu tư các công trình cấp nước để tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt mục tiêu Nghị quyết đề ra.'), expect: NS_SHORT },
  // lists of places marked "x"
  { name: 'N72 — the session\'s fz06 ("Tên xã", total "6/7 xã (85,7%)")', ...xList('Tên xã', X6, 'Cộng | 6/7 xã (85,7%)'), expect: ['conflicting-figures xa-dat-chuan-2021-2025'] },
  { name: 'N73 — the places\' header "Xã"', ...xList('Xã', X6, 'Cộng | 6/7 xã (85,7%)'), expect: ['conflicting-figures xa-dat-chuan-2021-2025'] },
  { name: 'N74 — marks "✓"', ...xList('Tên xã', [...COMMUNES.slice(0, 6).map(() => '✓'), ''], 'Cộng | 6/7 xã (85,7%)'), expect: ['conflicting-figures xa-dat-chuan-2021-2025'] },
  { name: 'N75 — total "6/7"', ...xList('Tên xã', X6, 'Cộng | 6/7'), expect: ['conflicting-figures xa-dat-chuan-2021-2025'] },
  { name: 'N76 — all seven marked, "7/7 xã (100%)"', ...xList('Tên xã', COMMUNES.map(() => 'x'), 'Cộng | 7/7 xã (100%)'), expect: [] },
  { name: 'N77 — two year columns ("Đạt chuẩn NTM năm 2021 | … năm 2024", totals 4 and 7)', ...q4([P77, 'DANH SÁCH CÁC XÃ ĐẠT CHUẨN NTM', '| TT | Tên xã | Đạt chuẩn NTM năm 2021 | Đạt chuẩn NTM năm 2024 |', ...COMMUNES.map((n, i) => `| ${i + 1} | ${n} | ${i < 4 ? 'x' : ''} | x |`), '| | Cộng | 4 | 7 |'].join('\n')), expect: [] },
  { name: 'N78 — a list of the year\'s recognitions ("… NĂM 2024", 3 xã)', ...q4('Đến ngày 28/02/2025, toàn huyện có 7/7 xã đạt chuẩn NTM theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%), trong đó năm 2024 có 3 xã được công nhận.\nDANH SÁCH CÁC XÃ ĐƯỢC CÔNG NHẬN ĐẠT CHUẨN NTM NĂM 2024\n| TT | Tên xã | Đạt chuẩn NTM | Quyết định công nhận |\n| 1 | Cẩm Bình | x | Quyết định số 12/QĐ-UBND |\n| 2 | Cẩm Duệ | x | Quyết định số 15/QĐ-UBND |\n| 3 | Cẩm Dương | x | Quyết định số 18/QĐ-UBND |\n| | Cộng | 3 xã | |'), expect: [] },
  { name: 'N79 — a list of registrations ("ĐĂNG KÝ ĐẠT CHUẨN NTM NÂNG CAO NĂM 2025")', ...q4([P77, 'DANH SÁCH CÁC XÃ ĐĂNG KÝ ĐẠT CHUẨN NTM NÂNG CAO NĂM 2025', '| TT | Tên xã | Đạt chuẩn NTM nâng cao | Ghi chú |', '| 1 | Cẩm Bình | x | |', '| 2 | Cẩm Duệ | x | |', '| | Cộng | 2 | |', 'Toàn huyện có 05 xã đạt chuẩn NTM nâng cao.'].join('\n')), expect: [] },
  { name: 'N80 — a list of villages marked "x"', ...q4([P77, 'DANH SÁCH THÔN ĐẠT CHUẨN NTM KIỂU MẪU', '| TT | Tên thôn | Đạt chuẩn NTM | Ghi chú |', '| 1 | Thôn 1 | x | |', '| 2 | Thôn 2 | x | |', '| | Cộng | 2 | |'].join('\n')), expect: [] },
  { name: 'N81 — "Đạt chuẩn NTM nâng cao" marked for 3 of 7, total 3, the prose 03', ...q4([P77, 'Có 03 xã đạt chuẩn NTM nâng cao.', 'DANH SÁCH CÁC XÃ', '| TT | Tên xã | Đạt chuẩn NTM | Đạt chuẩn NTM nâng cao |', ...COMMUNES.map((n, i) => `| ${i + 1} | ${n} | x | ${i < 3 ? 'x' : ''} |`), '| | Cộng | 7 | 3 |'].join('\n')), expect: [] },
  // the unit's column beside a wider place's
  { name: 'N82 — the session\'s fg01 ("Huyện Hải Lăng (cũ) | Xã Hải Thượng (mới)")', level: 'xa', extra: res(NS, ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 72,4%.', '| TT | Chỉ tiêu | ĐVT | Mục tiêu Nghị quyết 16 đến năm 2025 | Huyện Hải Lăng (cũ) | Xã Hải Thượng (mới) | Đánh giá |', '| 1 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | 98 | 65,0 | 72,4 | Đạt |']), expect: ['indicator-below-target nuoc-sach', 'claim-contradiction nuoc-sach'] },
  { name: 'N83 — "Toàn tỉnh | Xã Hải Thượng"', level: 'xa', extra: res(NS, ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 72,4%.', '| TT | Chỉ tiêu | ĐVT | Mục tiêu | Toàn tỉnh | Xã Hải Thượng | Đánh giá |', '| 1 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | 98 | 65,0 | 72,4 | Đạt |']), expect: ['indicator-below-target nuoc-sach', 'claim-contradiction nuoc-sach'] },
  { name: 'N84 — the unit first, "Xã Hải Thượng | Huyện Hải Lăng"', level: 'xa', extra: res(NS, ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 72,4%.', '| TT | Chỉ tiêu | ĐVT | Mục tiêu | Xã Hải Thượng | Huyện Hải Lăng | Đánh giá |', '| 1 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | 98 | 72,4 | 65,0 | Đạt |']), expect: ['indicator-below-target nuoc-sach', 'claim-contradiction nuoc-sach'] },
  { name: 'N85 — a district beside its province, met', extra: res(NS, ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,6%.', '| TT | Chỉ tiêu | ĐVT | Mục tiêu | Huyện Hải Lăng | Tỉnh Quảng Trị | Đánh giá |', '| 1 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | 98 | 98,6 | 90,0 | Đạt |']), expect: [] },
  { name: 'N86 — a commune beside a neighbour commune (no wider place)', level: 'xa', extra: res(NS, ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,6%.', '| TT | Chỉ tiêu | ĐVT | Xã Hải Thượng | Xã Hải Phú |', '| 1 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | 98,6 | 90,0 |']), expect: [] },
  { name: 'N87 — year columns of the unit and the former district', level: 'xa', extra: res(NS, ['Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt 98,6%.', '| TT | Chỉ tiêu | ĐVT | Huyện Hải Lăng năm 2020 | Xã Hải Thượng năm 2020 | Xã Hải Thượng năm 2024 |', '| 1 | Tỷ lệ hộ dân nông thôn sử dụng nước sạch | % | 85,0 | 88,0 | 98,6 |']), expect: [] },
  // criteria counts
  { name: 'N88 — the session\'s gb04 "Số tiêu chí NTM xã đạt | … | 11 | 16"', ...critRow('| 1 | Số tiêu chí NTM xã đạt | Không còn xã dưới 15 tiêu chí | 11 | 16 | Đạt |'), expect: [] },
  { name: 'N89 — "… | 11 | 14 | Chưa đạt"', ...critRow('| 1 | Số tiêu chí NTM xã đạt | Không còn xã dưới 15 tiêu chí | 11 | 14 | Chưa đạt |'), expect: ['indicator-below-target xa-duoi-15-tieu-chi'] },
  { name: 'N90 — "16 tiêu chí"', ...critRow('| 1 | Số tiêu chí NTM xã đạt | Không còn xã dưới 15 tiêu chí | 11 tiêu chí | 16 tiêu chí | Đạt |'), expect: [] },
  { name: 'N91 — "Đạt 16 tiêu chí"', ...critRow('| 1 | Số tiêu chí NTM xã đạt | Không còn xã dưới 15 tiêu chí | Đạt 11 tiêu chí | Đạt 16 tiêu chí | Đạt |'), expect: [] },
  { name: 'N92 — "Tiêu chí đạt được | … | 16"', ...critRow('| 1 | Tiêu chí đạt được | Không còn xã dưới 15 tiêu chí | 11 | 16 | Đạt |'), expect: [] },
  { name: 'N93 — a district\'s count of communes under 15 ("Số xã có số tiêu chí đạt dưới 15 tiêu chí | … | 3 | 0")', level: 'huyen', extra: res(noUnder15, [CR_HEAD, '| 1 | Số xã có số tiêu chí đạt dưới 15 tiêu chí | Không còn xã dưới 15 tiêu chí | 3 | 0 | Đạt |']), expect: [] },
  // level
  level('N94 — the session\'s "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "PHÒNG GIAO DỊCH HUYỆN HẢI LĂNG"', 'NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nPHÒNG GIAO DỊCH HUYỆN HẢI LĂNG', HUYEN, M),
  level('N95 — "PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG HUYỆN HẢI LĂNG" under the district', 'UBND HUYỆN HẢI LĂNG\nPHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG HUYỆN HẢI LĂNG', HUYEN, M),
  level('N96 — "BẢO HIỂM XÃ HỘI TỈNH …" / "BẢO HIỂM XÃ HỘI HUYỆN HẢI LĂNG"', 'BẢO HIỂM XÃ HỘI TỈNH QUẢNG TRỊ\nBẢO HIỂM XÃ HỘI HUYỆN HẢI LĂNG', HUYEN, M),
  level('N97 — a new commune\'s "PHÒNG VĂN HÓA - XÃ HỘI"', 'UBND XÃ HẢI LĂNG\nPHÒNG VĂN HÓA - XÃ HỘI', 'ĐẢNG ỦY XÃ HẢI THƯỢNG', M),
  level('N98 — "TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP" under the district', 'UBND HUYỆN HẢI LĂNG\nTRUNG TÂM DỊCH VỤ NÔNG NGHIỆP', HUYEN, M),
  level('N99 — "PHÒNG QUẢN LÝ ĐÔ THỊ" under the district', 'UBND HUYỆN HẢI LĂNG\nPHÒNG QUẢN LÝ ĐÔ THỊ', HUYEN, M),
  level('N100 — the province\'s "VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI"', 'UBND TỈNH QUẢNG TRỊ\nVĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI', 'TỈNH ỦY QUẢNG TRỊ', N.MET_TINH),
  // headings: "mục tiêu quốc gia" one term
  heading('N101 — the session\'s fh03 "1. Mục tiêu" is not the item on "các chương trình mục tiêu quốc gia …"', '1. Mục tiêu'),
  heading('N102 — "1. Mục tiêu, chỉ tiêu"', '1. Mục tiêu, chỉ tiêu'),
  heading('N103 — "1. Mục tiêu cụ thể"', '1. Mục tiêu cụ thể'),
  heading('N104 — "1. Mục tiêu phấn đấu đến năm 2025"', '1. Mục tiêu phấn đấu đến năm 2025'),
  heading('N105 — "1. Mục tiêu và nhiệm vụ"', '1. Mục tiêu và nhiệm vụ'),
  // none answers
  { name: 'N106 — the session\'s gb03 "Không." under nq04 task 7 (the Front\'s role)', ...q4at('nv-7', 'Không.'), expect: ['empty-section '] },
  { name: 'N107 — "Không có." under nq04 task 6', ...q4at('nv-6', 'Không có.'), expect: ['empty-section '] },
  { name: 'N108 — "Không." under nq16 2.7 (grassroots democracy)', extra: S('p1.iii.2.7', 'Không.'), expect: ['empty-section '] },
  { name: 'N109 — "Không." under nq16 2.IV.1 (proposals)', extra: S('p2.iv.1', 'Không.'), expect: [] },
  { name: 'N110 — "Không có." under nq16 1.IV.4 (lessons)', extra: S('p1.iv.4', 'Không có.'), expect: [] },
  { name: 'N111 — "Không có kiến nghị khác." under nq16 2.IV.2', extra: S('p2.iv.2', 'Không có kiến nghị khác.'), expect: [] },
  { name: 'N112 — "Không phát sinh." under nq16 1.IV.2 (difficulties)', extra: S('p1.iv.2', 'Không phát sinh.'), expect: [] },
  { name: 'N113 — a commune\'s "Không." on debts', pack: DP, level: 'xa', extra: { 'no-dong-xdcb': 'Không.' }, expect: [] },
  { name: 'N114 — a commune\'s "Không." on proposals', pack: DP, level: 'xa', extra: { 'de-xuat-kien-nghi': 'Không.' }, expect: [] },
  // areas left blank
  { name: 'N115 — the session\'s gd04 "hiến … m² đất"', extra: at('Ngoài ra, Nhân dân hiến … m² đất để mở rộng các tuyến đường ấp.'), expect: ['placeholder '] },
  { name: 'N116 — "…m2" with no space', extra: at('Ngoài ra, Nhân dân hiến …m2 đất để mở rộng các tuyến đường ấp.'), expect: ['placeholder '] },
  { name: 'N117 — "… km²"', extra: at('Diện tích tự nhiên của xã là … km².'), expect: ['placeholder '] },
  { name: 'N118 — "… m³"', extra: at('Nạo vét … m³ đất kênh mương nội đồng.'), expect: ['placeholder '] },
  { name: 'N119 — "… m² sàn"', extra: at('Xây mới nhà văn hóa với diện tích … m² sàn.'), expect: ['placeholder '] },
  { name: 'N120 — a list\'s ellipsis before m² is no blank ("đất ở, đất vườn… m² còn lại …")', extra: at('Bình quân mỗi hộ có 350 m² đất ở, đất vườn… m² còn lại là đất sản xuất.'), expect: [] },
];

const sorted = (c: C): C => ({ ...c, expect: [...c.expect].sort() });
/** The cases still failing (a mended case fails as an expected failure: take it out of LEFT). Mended in session 28: R1–R23, M1–M4, M12, M13, M18–M23, M30–M35; in session 29: M5, M6, M9, M14–M17, M36; in session 32: M11 (a whole of two kinds named side by side, the second of no known unit,
 * counted by its own words: "145 hợp tác xã, tổ hợp tác, trong đó … 90 tổ hợp tác"); in session 46: M28 ("16 TC" counts criteria: "TC" a unit
 * written short for "tiêu chí", walk46). */
const LEFT = new Set<string>(['M10', 'M24', 'M25', 'M26', 'M27', 'M29']);

describe('review of session 28 (09211d85..e34313cb)', () => {
  runReview([...failing, ...passing].map(sorted), LEFT, (c) => ((c as C).run ? (c as C).run!() : addedTo(c)).slice().sort());
});
