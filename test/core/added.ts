/** The findings a review's case adds to a complete report, by code and indicator (the review tests of sessions 19 and 20 share it). */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import * as N from './doc';
import { runCase } from './rules/tester';
import { RULES } from '../../src/core/rules';
import type { Code } from '../../src/core/codes';

export interface ReviewCase { name: string; extra?: Record<string, string>; level?: 'huyen' | 'tinh' | 'xa' | 'so-nganh'; pack?: string; expect: string[] }

/** The findings of each report without its case, by the report's text. */
const BEFORE = new Map<string, Set<string>>();

/** The findings a case adds to the same report without it, as "code indicator"; `packBase` is the outline's text without the case. */
export function added(c: ReviewCase, packBase: (level: string) => Record<string, string> = () => ({})): string[] {
  const level = c.level ?? 'huyen';
  const pack = builtinPack(c.pack ?? 'nq16-so-ket-3-nam')!;
  const base = N.results(level === 'tinh' ? N.MET_TINH : N.MET);
  const src = (extra: Record<string, string>) => (c.pack ? N.outline(c.pack, extra) : N.nq16({ ...base, ...extra }, [], N.NQ16_HEADS[level]));
  const key = (f: { code: string; indicator?: string; message: { vi: string } }) => `${f.code} ${f.indicator ?? ''}|${f.message.vi}`;
  // (the report without the case is the same for every case of a level and pack: checked once)
  const plain = src(c.pack ? packBase(level) : {});
  let before = BEFORE.get(plain);
  if (!before) BEFORE.set(plain, (before = new Set(check(N.doc(plain), pack, { level }).findings.map(key))));
  return check(N.doc(src(c.extra ?? {})), pack, { level }).findings.filter((f) => !before.has(key(f))).map((f) => `${f.code} ${f.indicator ?? ''}`);
}

/** The review tests' shorthands: a table from its rows, a line in 2.5 (resources), the huyện lines of MET without some, results. */
export const M = N.MET;
export const tb = (rows: string[]) => rows.join('\n');
export const at = (t: string) => ({ 'p1.iii.2.5': 'Huy động nguồn lực.\n' + t });
export const without = (...words: string[]) => M.filter((l) => !words.some((w) => l.includes(w)));
export const res = (D: string[], lines: string[]) => ({ 'p1.iii.1': [...D, ...lines].join('\n') });
export const NQ04 = 'nq04-ket-luan-ha-tinh';

// shorthands of the reviews of session 24 (review-24, review-24b)
/** A province's complete results. */
export const T = N.MET_TINH;
export const tinhWithout = (...d: string[]) => T.filter((l) => !d.some((x) => l.includes(x)));
export const noLd = without('qua đào tạo');
export const noNgheo = without('hộ nghèo');
export const noThon = M.filter((l) => !l.includes('thôn đạt chuẩn nông thôn mới (đạt'));
// shorthands of the reviews of sessions 26 and 27 (review-26, review-27)
/** A section's text alone (no "Huy động nguồn lực." before it). */
export const S = (k: string, t: string) => ({ [k]: t });
export const noNs = without('nước sạch');
export const noGsx = without('Giá trị sản xuất');
export const noTuoi = without('tưới');
export const tinhNoLd = tinhWithout('qua đào tạo');
/** A commune's report without its village line, a text in 2.5. */
export const xa25 = (t: string) => ({ level: 'xa' as const, extra: { ...res(noThon, []), 'p1.iii.2.5': 'Huy động nguồn lực.\n' + t } });
/** A department's text in 2.5 against the province's results (as en03). */
export const ROOMS = (t: string) => ({ level: 'so-nganh' as const, extra: { ...res(T, []), 'p1.iii.2.5': t } });
/** OCOP products said to exceed the plan, the parts of the whole given as `t` (as eh02). */
export const OCOP = (t: string) => S('p1.iii.2.5', `Đến ngày 31/10/2023, toàn huyện có 354 sản phẩm OCOP được công nhận${t}, vượt kế hoạch giai đoạn 2021-2025 (350 sản phẩm).`);
/** nq04, province: the results paragraph of the session's dh01 case (every count met). */
export const HEAD4 = 'Đến ngày 20/6/2025, toàn tỉnh có 169/169 xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025 (đạt 100%); có 23/169 xã đạt chuẩn NTM kiểu mẫu (13,6%); 12/12 đơn vị cấp huyện đạt chuẩn/hoàn thành nhiệm vụ xây dựng NTM; 02 huyện đạt chuẩn NTM nâng cao.';

/**
 * Run a review's cases: each must add what it expects; those named in `left` (by the first word of their name, "M3") still fail and run
 * as expected failures, so that a mended one shows and is struck off.
 */
export function runReview(cases: ReviewCase[], left: Set<string>, run: (c: ReviewCase) => string[] = (c) => added(c)): void {
  const key = (c: ReviewCase) => c.name.split(' ')[0];
  test.each(cases.filter((c) => !left.has(key(c))))('$name', (c) => {
    expect(run(c)).toEqual(c.expect);
  });
  const failing = cases.filter((c) => left.has(key(c)));
  if (failing.length) test.failing.each(failing)('$name', (c) => {
    expect(run(c)).toEqual(c.expect);
  });
}

// shared by the reviews of session 29 (review-29, review-29b): a case's lines in one section, checked rule by rule

/** A case as the reviewer ran it: lines put in section `sec` of a clean report at `level` (of `pack`, or nq16), checked by `only` or by every rule but coverage's. */
export interface RuleCase { name: string; level: 'huyen' | 'tinh' | 'xa' | 'so-nganh'; sec: string; only: string; pack: string; lines: string[]; expect: string[]; /** The lines alone in their section (no "Nội dung." before them): a section can then be empty. */ bare?: boolean; /** The lines stand for the results item's heading and its first line: an item run into its text. */ runin?: boolean; /** Sections left out of the report, the lines' own headings standing for them. */ drop?: string[] }

const COVERAGE = ['indicator-missing', 'missing-topic', 'missing-appendix', 'missing-list'];
/**
 * The findings of the case's rule (or of every rule but coverage's) on its lines, as "code indicator", sorted. `withResults`: the nq16
 * report's results section holds the complete results (MET, MET_TINH) unless the case's lines replace it; else it holds the skeleton's.
 */
export function ruleFindings(c: RuleCase, withResults = false): string[] {
  const codes = (c.only ? c.only.split(',') : RULES.map((r) => r.meta.code).filter((k) => !COVERAGE.includes(k))) as Code[];
  const text = `${c.bare ? '' : 'Nội dung.\n'}${c.lines.join('\n')}`;
  const base = withResults ? N.results(c.level === 'tinh' ? N.MET_TINH : N.MET) : {};
  // (every rule at once: each reports only its own findings from the shared analysis, so one check gives what one check per rule gave)
  const r = c.runin
    ? runCase(codes, { name: c.name, src: N.nq16(base, [], N.NQ16_HEADS[c.level]).replace(/### 1\. Kết quả thực hiện các mục tiêu, chỉ tiêu chủ yếu\n[^\n]*\n/u, `${c.lines.join('\n')}\n`), level: c.level })
    : c.pack
    ? check(N.doc(N.outline(c.pack, { [c.sec]: text }, c.drop ?? [])), builtinPack(c.pack)!, { only: codes, level: c.level })
    : runCase(codes, { name: c.name, extra: { ...base, [c.sec]: text }, drop: c.drop, level: c.level });
  return [...new Set(r.findings.filter((f) => codes.includes(f.code)).map((f) => `${f.code} ${f.indicator ?? ''}`))].sort();
}
