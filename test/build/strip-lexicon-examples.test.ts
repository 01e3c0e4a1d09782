/** The production bundles leave the lexicon's tables of examples out (scripts/strip-lexicon-examples.cjs): every table goes, the code stays. */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { transformSync } from 'esbuild';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const strip = require('../../scripts/strip-lexicon-examples.cjs') as (s: string) => string;

const dir = join(__dirname, '../../src/core/lexicon');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

test.each(files)('%s: every table of examples is emptied, and the rest still compiles', (f) => {
  const src = readFileSync(join(dir, f), 'utf8');
  const out = strip(src);
  const tables = (src.match(/examples:\s*\{/g) ?? []).length;
  expect((out.match(/examples: \{ hit: \[\], miss: \[\] \}/g) ?? []).length).toBe(tables);
  expect(() => transformSync(out, { loader: 'ts' })).not.toThrow();
  if (tables) expect(out.length).toBeLessThan(src.length);
});

test('a brace inside an example does not end its table', () => {
  const src = "const A = pattern({ name: 'a', examples: { hit: ['x } y', \"{ z\"], miss: [`}`] }, re: /a/ });";
  expect(strip(src)).toBe("const A = pattern({ name: 'a', examples: { hit: [], miss: [] }, re: /a/ });");
});

test.each(files)('%s: every quoted description is emptied', (f) => {
  const src = readFileSync(join(dir, f), 'utf8');
  const out = strip(src);
  // (the descriptions of phrase sets and named patterns, one quoted string each; a type's "description: string" is no string)
  const quoted = (src.match(/(?<=^|[\s{,])description:\s*['"`]/g) ?? []).length;
  expect((out.match(/description: ''/g) ?? []).length).toBe(quoted);
});

test('a description keeps its escaped quotes to its end, and what follows it stays', () => {
  const src = "const A = pattern({ name: 'a', description: 'the writer\\'s \"own\" words', re: /a/ });";
  expect(strip(src)).toBe("const A = pattern({ name: 'a', description: '', re: /a/ });");
});
