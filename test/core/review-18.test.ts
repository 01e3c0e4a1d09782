/**
 * Cases of an independent review of session 18's engine change (/work/heldout/review-18.md in the work notes): false alarms it found on
 * correct text, and readings the change had lost, each now mended. Each case is put in a complete report; the findings it adds to that
 * report are given by code and indicator.
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import * as N from './doc';

interface C { name: string; extra?: Record<string, string>; level?: 'huyen' | 'tinh' | 'xa' | 'so-nganh'; pack?: string; expect: string[] }
const M = N.MET, T = N.MET_TINH;
const tb = (rows: string[]) => rows.join('\n');
const at = (t: string) => ({ 'p1.iii.2.5': 'Huy động nguồn lực.\n' + t });
const res = (D: string[], lines: string[]) => ({ 'p1.iii.1': [...D, ...lines].join('\n') });
const noThonLD = M.filter((l) => !l.includes('98/112') && !l.includes('lao động'));
const noXa = T.filter((l) => !l.includes('41 xã'));
const noThon = M.filter((l) => !l.includes('98/112'));
const noLD = M.filter((l) => !l.includes('lao động'));
const pre = 'Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 đề ra mục tiêu ';

/** The findings a case adds to the same report without it, as "code indicator". */
function added(c: C): string[] {
  const level = c.level ?? 'huyen';
  const pack = builtinPack(c.pack ?? 'nq16-so-ket-3-nam')!;
  const base = N.results(level === 'tinh' ? T : M);
  const src = (extra: Record<string, string>) => (c.pack ? N.outline(c.pack, extra) : N.nq16({ ...base, ...extra }, [], N.NQ16_HEADS[level]));
  const key = (f: { code: string; indicator?: string; message: { vi: string } }) => `${f.code} ${f.indicator ?? ''}|${f.message.vi}`;
  const before = new Set(check(N.doc(src({})), pack, { level }).findings.map(key));
  return check(N.doc(src(c.extra ?? {})), pack, { level }).findings.filter((f) => !before.has(key(f))).map((f) => `${f.code} ${f.indicator ?? ''}`);
}

const cases: C[] = [
  { name: '1a — a list of results under the resolution’s name (“Việc thực hiện các chỉ tiêu Nghị quyết số 16-NQ/TU đề ra: …”) is no list of targets', extra: res(noThonLD, ['Việc thực hiện các chỉ tiêu Nghị quyết số 16-NQ/TU đề ra: có 98/112 thôn đạt chuẩn nông thôn mới (đạt 87,5%); tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%.']), expect: [] },
  { name: '1b — “Huyện đã phấn đấu hoàn thành các chỉ tiêu … đề ra, cụ thể: …” lists results as before', extra: res(noThonLD, ['Huyện đã phấn đấu hoàn thành các chỉ tiêu Nghị quyết số 16-NQ/TU đề ra, cụ thể: có 98/112 thôn đạt chuẩn nông thôn mới (đạt 87,5%); tỷ lệ lao động nông thôn qua đào tạo đạt 72,4%.']), expect: ['indicator-missing thon-dat-chuan'] },
  { name: '2 — a table by year of communes recognised each year (“Số xã được công nhận …”) is no table of levels', level: 'tinh', extra: res(T, [tb(['| Năm | Số xã được công nhận đạt chuẩn NTM (xã) | Số xã được công nhận đạt chuẩn NTM nâng cao (xã) |', '| 2021 | 1 | 2 |', '| 2022 | 2 | 3 |', '| 2023 | 3 | 3 |', '| 6 tháng năm 2024 | 3 | 4 |'])]), expect: [] },
  { name: '2b — a table by year with “… trong năm” and “Lũy kế …” columns: the year’s counts are no levels', level: 'tinh', extra: res(T, [tb(['| Năm | Số xã đạt chuẩn NTM trong năm | Lũy kế số xã đạt chuẩn NTM | Số xã đạt chuẩn NTM nâng cao trong năm | Lũy kế số xã đạt chuẩn NTM nâng cao |', '| 2021 | 2 | 29 | 2 | 6 |', '| 2022 | 3 | 32 | 3 | 9 |', '| 2023 | 4 | 36 | 3 | 12 |', '| 6 tháng đầu năm 2024 | 5 | 41 | 4 | 16 |'])]), expect: [] },
  { name: '2c — a plan row of a turned table (“… - Kế hoạch (%)”) holds no results', extra: res(M, [tb(['| Năm | Tỷ lệ lao động nông thôn qua đào tạo - Kế hoạch (%) | Tỷ lệ lao động nông thôn qua đào tạo - Thực hiện (%) |', '| 2021 | 66,0 | 66,5 |', '| 2022 | 68,0 | 69,0 |', '| 2023 | 70,0 | 71,2 |', '| 6 tháng đầu năm 2024 | 71,0 | 72,4 |'])]), expect: [] },
  { name: '3 — a target quoted in a bracket after target words (“chỉ tiêu kế hoạch năm 2024 (90%)”) is no share', extra: res(M, ['Đến 30/6/2024, toàn huyện có 98/112 thôn đạt chuẩn nông thôn mới, chỉ tiêu kế hoạch năm 2024 (90%).', 'Tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu còn thấp: có 7/112 thôn, mục tiêu đến năm 2025 (5%).']), expect: [] },
  { name: '4 — an estimate of a part of the span (“; ước 6 tháng đầu năm 2024 đào tạo 600 người”) is a part of a “gồm:” list', extra: at('Trong giai đoạn 2021 - 6/2024, toàn huyện đã đào tạo nghề cho 4.500 lao động nông thôn, gồm: năm 2021 đào tạo 1.400 người; năm 2022 đào tạo 1.500 người; năm 2023 đào tạo 1.000 người; ước 6 tháng đầu năm 2024 đào tạo 600 người.'), expect: [] },
  { name: '5 — counts under a left total’s “Trong đó” that are traits (DTTS, poor) may exceed it', extra: { 'p1.i': tb(['| TT | Xã | Tổng số hộ | Trong đó: Hộ đồng bào DTTS | Hộ nghèo | Hộ cận nghèo |', '| 1 | Hải An | 1.204 | 12 | 52 | 61 |', '| 2 | Hải Khê | 986 | 8 | 40 | 47 |', '| 3 | Hải Ba | 1.110 | 5 | 38 | 55 |', '| 4 | Hải Sơn | 640 | 602 | 198 | 75 |']) }, expect: [] },
  { name: '5b — nested counts under a left total (villages up to standard, model villages) may exceed it', extra: { 'p1.i': tb(['| TT | Xã | Tổng số thôn | Trong đó: Thôn đạt chuẩn NTM | Thôn đạt chuẩn NTM kiểu mẫu |', '| 1 | Hải An | 8 | 8 | 2 |', '| 2 | Hải Khê | 7 | 6 | 1 |', '| 3 | Hải Ba | 9 | 8 | 1 |']) }, expect: [] },
  { name: '6 — “Trong năm 2023, toàn tỉnh có 41 xã được công nhận …, tăng 03 xã so với năm 2022” is the level', level: 'tinh', extra: res(noXa, ['Trong năm 2023, toàn tỉnh có 41 xã được công nhận đạt chuẩn nông thôn mới, tăng 03 xã so với năm 2022.']), expect: [] },
  { name: '6b — “duy trì 41 xã … trong năm 2023” is the level', level: 'tinh', extra: res(noXa, ['Toàn tỉnh tiếp tục duy trì 41 xã đạt chuẩn nông thôn mới trong năm 2023 và 6 tháng đầu năm 2024.']), expect: [] },
  { name: '7 — a claim set apart for another subject (“riêng chỉ tiêu xã nâng cao đã vượt mục tiêu”) is no claim on the plan', extra: res(M, [pre + 'đến năm 2025 có 14/16 xã đạt chuẩn nông thôn mới; đến 30/6/2024 huyện đã có 12/16 xã đạt chuẩn, riêng chỉ tiêu xã nâng cao đã vượt mục tiêu Nghị quyết đề ra.']), expect: [] },
  { name: '7b — a claim on the way to the plan (“đạt mục tiêu theo lộ trình đề ra”) is no claim it was reached', extra: res(M, [pre + 'đến năm 2025 có 14/16 xã đạt chuẩn nông thôn mới; đến 30/6/2024 huyện đã có 12/16 xã đạt chuẩn, đạt mục tiêu theo lộ trình đề ra.']), expect: [] },
  { name: '8 — a figure the bracket after it names as the target (“đạt 49% (mục tiêu Nghị quyết …), đến 30/6/2024 đạt 50,1%”) is no result', extra: res(M, ['Chỉ tiêu tỷ lệ che phủ rừng đạt 49% (mục tiêu Nghị quyết đến năm 2025), đến 30/6/2024 đạt 50,1%.']), expect: [] },
  { name: '9 — a village set apart, then the commune’s own figure after “nên … của xã” (below its target)', level: 'xa', extra: res(noLD, ['Riêng thôn A Lưới và thôn Pa Ling có nhiều lao động đi làm ăn xa nên tỷ lệ lao động nông thôn qua đào tạo của xã mới đạt 66,8%.']), expect: ['indicator-below-target lao-dong-dao-tao'] },
  { name: '9b — “Riêng thôn Tà Dương … nên đến nay xã có 8/8 thôn” speaks of the commune', level: 'xa', extra: res(noThon, ['Riêng thôn Tà Dương được công nhận đạt chuẩn năm 2023 nên đến nay xã có 8/8 thôn đạt chuẩn nông thôn mới, đạt 100%.']), expect: [] },
  { name: '10 — a fraction column whose total row counts other things (“Toàn huyện | 2/3” under criteria) is no sum', extra: { 'p1.i': tb(['| TT | Xã | Số tiêu chí đạt chuẩn | Ghi chú |', '| 1 | Hải An | 19/19 | Đạt chuẩn NTM nâng cao |', '| 2 | Hải Khê | 19/19 | Đạt chuẩn NTM |', '| 3 | Hải Ba | 17/19 | |', '| | Toàn huyện | 2/3 | xã đạt 19/19 tiêu chí |']) }, expect: [] },
  { name: '10b — levels by year in a fraction column (“8/12”, “10/12”, … “Lũy kế | 12/12”) are no sum', extra: { 'p1.i': tb(['| Năm | Số xã đạt chuẩn NTM/tổng số xã |', '| 2021 | 8/12 |', '| 2022 | 10/12 |', '| 2023 | 11/12 |', '| Lũy kế đến 30/6/2024 | 12/12 |']) }, expect: [] },
  { name: 'M1 — “91,3% đơn vị hành chính cấp xã” is the communes’ rate', pack: 'nq04-ket-luan-ha-tinh', extra: { 'nv-2': 'Đến ngày 15/5/2025, toàn huyện có 91,3% đơn vị hành chính cấp xã đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025.' }, expect: ['indicator-below-target xa-dat-chuan-2021-2025'] },
  { name: 'M2 — “45 thôn tại 12 xã, trong đó 8 xã …, 6 xã …”: the communes are the whole', extra: at('Năm 2023, huyện triển khai lắp đặt hệ thống đèn chiếu sáng cho 45 thôn tại 12 xã, trong đó 8 xã đã hoàn thành, 6 xã đang triển khai.'), expect: ['arithmetic-mismatch '] },
  { name: 'M3 — an estimated part after “;” in a “trong đó:” list is still a part (4.800 over 4.500)', extra: at('Giai đoạn 2021 - 6/2024, toàn huyện đào tạo nghề cho 4.500 lao động nông thôn, trong đó: năm 2021 là 1.400 người; năm 2022 là 1.500 người; năm 2023 là 1.000 người; ước 6 tháng đầu năm 2024 là 900 người.'), expect: ['arithmetic-mismatch '] },
  { name: 'M4 — month/year cells under a header (“12/2020 | 6/2024”) are a header row, and the column’s total is checked', extra: at(['| TT | Nguồn vốn | Thời điểm | Thời điểm |', '| | | 12/2020 | 6/2024 |', '| 1 | Ngân sách trung ương | 120,5 | 180,2 |', '| 2 | Ngân sách tỉnh | 80,2 | 85,0 |', '| 3 | Nhân dân đóng góp | 35,3 | 44,8 |', '| | Tổng cộng | 236,0 | 320,0 |'].join('\n')), expect: ['arithmetic-mismatch '] },
  { name: 'M5 — “UBND tỉnh đã xét, công nhận 02 xã … trong 6 tháng …, tính đến 30/6/2024 toàn tỉnh có 16 xã”: the 2 are the half-year’s new ones', level: 'tinh', extra: res(T.filter(l => !l.includes('16 xã')), ['Trong 6 tháng đầu năm 2024, UBND tỉnh đã xét, công nhận 02 xã đạt chuẩn nông thôn mới nâng cao, tính đến 30/6/2024 toàn tỉnh có 16 xã đạt chuẩn nông thôn mới nâng cao.']), expect: [] },
];

test.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  expect(added(c)).toEqual(c.expect);
});
