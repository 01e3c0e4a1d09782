/**
 * ESLint RuleTester-style tables for the rules: `ruleTester(code, { valid, invalid })`
 * declares `describe(code)` with one test per case. Each case runs the rule alone
 * (`check(doc, pack, { only: [code], level })`).
 *
 * A case is either markup (`src`, see doc()) or the complete nq16 report of the
 * `nq16()` builder with `extra` sections and `drop`ped ones (its header block is the one
 * of the case's level, so the level the text names and the level judged agree).
 * - valid: no finding of the code. When the rule does not run on unmapped documents,
 *   the document must map onto the pack (else the case would prove nothing).
 * - invalid: at least one finding of the code, matching `expect`: `count` findings,
 *   exactly these `sections` / `indicators` in report order, each of `snippets` in some
 *   finding's excerpt or message, every finding of that `severity`.
 */
import { check } from '../../../src/core/check';
import type { Code } from '../../../src/core/codes';
import { RULES } from '../../../src/core/rules';
import type { Finding, ReportResult } from '../../../src/core/report';
import { builtinPack } from '../../../src/packs/builtin';
import type { Level } from '../../../src/packs/schema';
import { doc, nq16, NQ16_HEADS } from '../doc';

export interface Expect {
  count?: number;
  sections?: string[];
  indicators?: string[];
  snippets?: string[];
  severity?: 'error' | 'warning' | 'info';
}

export interface Case {
  name: string;
  /** Markup for doc(); when absent, the nq16() builder with `extra` and `drop`. */
  src?: string;
  extra?: Record<string, string>;
  drop?: string[];
  /** Pack id (default nq16-so-ket-3-nam). */
  pack?: string;
  level?: Level;
  expect?: Expect;
}

/** Settings every case of a table starts from; a case's own `extra` is laid over `defaults.extra`. */
export type Defaults = Pick<Case, 'extra' | 'drop' | 'pack' | 'level'>;

export interface Tables {
  valid: Case[];
  invalid: Case[];
  defaults?: Defaults;
}

const PACK = 'nq16-so-ket-3-nam';

/** Run one case: its document checked by the rule alone. */
/** The report of one case, checked by `code` alone, or by several rules at once (the rules share the analysis and never see each other's findings). */
export function runCase(code: Code | Code[], c: Case, defaults: Defaults = {}): ReportResult {
  const level = c.level ?? defaults.level;
  const packId = c.pack ?? defaults.pack ?? PACK;
  const pack = builtinPack(packId);
  if (!pack) throw new Error(`no built-in pack ${packId}`);
  const src = c.src ?? nq16({ ...defaults.extra, ...c.extra }, [...(defaults.drop ?? []), ...(c.drop ?? [])], NQ16_HEADS[level ?? 'huyen']);
  return check(doc(src), pack, { only: Array.isArray(code) ? code : [code], ...(level ? { level } : {}) });
}

const show = (fs: Finding[]) => fs.map((f) => `  ${f.severity} ${f.section ?? ''} ${f.indicator ?? ''} ¶${f.paragraph ?? '-'}: ${f.message.vi}${f.excerpt ? ` «${f.excerpt}»` : ''}`).join('\n');

export function ruleTester(code: Code, { valid, invalid, defaults = {} }: Tables): void {
  const rule = RULES.find((r) => r.meta.code === code);
  describe(code, () => {
    test('the rule exists', () => expect(rule).toBeDefined());
    describe('valid', () => {
      for (const c of valid)
        test(c.name, () => {
          const r = runCase(code, c, defaults);
          if (!rule?.meta.runsUnmapped) expect({ mapped: r.summary.mapped }).toEqual({ mapped: true });
          const found = r.findings.filter((f) => f.code === code);
          if (found.length) throw new Error(`expected no ${code}, got ${found.length}:\n${show(found)}`);
        });
    });
    describe('invalid', () => {
      for (const c of invalid)
        test(c.name, () => {
          const r = runCase(code, c, defaults);
          const found = r.findings.filter((f) => f.code === code);
          const e = c.expect ?? {};
          if (!found.length) throw new Error(`expected ${code}, got none`);
          const got = {
            ...(e.count !== undefined ? { count: found.length } : {}),
            ...(e.sections ? { sections: found.map((f) => f.section) } : {}),
            ...(e.indicators ? { indicators: found.map((f) => f.indicator) } : {}),
            ...(e.snippets ? { snippets: e.snippets.filter((s) => found.some((f) => [f.excerpt, f.message.vi, f.message.en].some((t) => t?.includes(s)))) } : {}),
            ...(e.severity ? { severity: [...new Set(found.map((f) => f.severity))] } : {}),
          };
          const want = {
            ...(e.count !== undefined ? { count: e.count } : {}),
            ...(e.sections ? { sections: e.sections } : {}),
            ...(e.indicators ? { indicators: e.indicators } : {}),
            ...(e.snippets ? { snippets: e.snippets } : {}),
            ...(e.severity ? { severity: [e.severity] } : {}),
          };
          try {
            expect(got).toEqual(want);
          } catch (err) {
            (err as Error).message += `\n\nfindings:\n${show(found)}`;
            throw err;
          }
        });
    });
  });
}

/**
 * A case the rule's meaning decides one way and the engine today the other: kept as data, not run,
 * for the lead to fix the engine and move back into `valid` or `invalid`. `engine` says what it did.
 */
export interface Gap extends Case {
  kind: 'valid' | 'invalid';
  engine: string;
}
