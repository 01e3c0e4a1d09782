/** Every rule has its tests, RULES and CODES agree, and every rule's meta is complete. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CODES, DESCRIPTIONS } from '../../../src/core/codes';
import { RULES, type Rule } from '../../../src/core/rules';

const RULES_DIR = join(__dirname, '../../../src/core/rules');
/** The registry and the rule interface: never rules themselves. */
const FRAME = new Set(['index.ts', 'rule.ts']);
const isRule = (x: unknown): x is Rule => typeof x === 'object' && x !== null && 'meta' in x && 'run' in x && typeof (x as Rule).run === 'function';

/** Each file of src/core/rules with the rules it exports. */
const files = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !FRAME.has(f))
  .map((f) => {
    const mod = require(join(RULES_DIR, f)) as Record<string, unknown>;
    return { name: f.replace(/\.ts$/, ''), rules: Object.values(mod).filter(isRule) };
  });
const ruleFiles = files.filter((f) => f.rules.length);

test('every rule is described beside its code in codes.ts, its meta the same words', () => {
  expect(RULES.map((r) => [r.meta.code, r.meta.description])).toEqual(CODES.map((c) => [c, DESCRIPTIONS[c]]));
});

test('every file of the rules folder but index.ts and rule.ts (the contract and its helpers) is a rule', () => {
  expect(files.filter((f) => !f.rules.length).map((f) => f.name)).toEqual([]);
});

test('every rule file has test/core/rules/<code>.test.ts', () => {
  expect(ruleFiles.map((f) => f.name).filter((code) => !existsSync(join(__dirname, `${code}.test.ts`)))).toEqual([]);
});

test('every code has a test file', () => {
  expect(CODES.filter((code) => !existsSync(join(__dirname, `${code}.test.ts`)))).toEqual([]);
});

test('each rule file exports one rule, whose code is the file name', () => {
  expect(ruleFiles.map((f) => [f.name, f.rules.map((r) => r.meta.code)])).toEqual(ruleFiles.map((f) => [f.name, [f.name]]));
});

test('RULES and CODES agree, in order, one rule a code', () => {
  expect(RULES.map((r) => r.meta.code)).toEqual([...CODES]);
  expect(new Set(RULES).size).toBe(RULES.length);
});

test('the rule files are exactly the codes, and RULES holds the rules they export', () => {
  expect(ruleFiles.map((f) => f.name).sort()).toEqual([...CODES].sort());
  for (const f of ruleFiles) expect(RULES).toContain(f.rules[0]);
});

describe.each(RULES.map((r) => [r.meta.code, r] as const))('meta of %s', (_code, rule) => {
  test('severity is error, warning or info', () => expect(['error', 'warning', 'info']).toContain(rule.meta.severity));
  test('description in Vietnamese and English', () => {
    expect(rule.meta.description.vi.trim()).not.toBe('');
    expect(rule.meta.description.en.trim()).not.toBe('');
    expect(rule.meta.description.vi).not.toBe(rule.meta.description.en);
  });
  test('needs is a non-empty list of known inputs', () => {
    expect(rule.meta.needs.length).toBeGreaterThan(0);
    for (const n of rule.meta.needs) expect(['outline', 'facts', 'tables', 'text']).toContain(n);
  });
});
