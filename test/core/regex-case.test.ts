/**
 * A pattern that asks for a capital (\p{Lu}, \p{Ll}) under the i flag asks for nothing: with the u and i flags together, JavaScript
 * folds the property's case, so /\p{Lu}/iu matches "a". Such a pattern meant to tell a name ("huyện Quan Sơn") from a word
 * ("huyện có"), and silently did not. This scans the engine's sources for it.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Each regex literal or `new RegExp(…, flags)` of a line that names a case property, with its flags. */
function caseUnderI(line: string): boolean {
  if (!/\\p\{L[ul]\}/u.test(line)) return false;
  const literal = /\/((?:\\.|\[(?:\\.|[^\]])*\]|[^/\\[\n])+)\/([dgimsuvy]*)/gu;
  for (const m of line.matchAll(literal)) if (/\\p\{L[ul]\}/u.test(m[1]) && m[2].includes('i')) return true;
  const ctor = /new RegExp\((.*),\s*['"`]([dgimsuvy]*)['"`]\)/u.exec(line);
  return !!ctor && /\\p\{L[ul]\}/u.test(ctor[1]) && ctor[2].includes('i');
}

test('the scan finds a capital asked for under the i flag, and not one asked for without it', () => {
  expect(caseUnderI(String.raw`const A = /(?:huyện|xã)\s+\p{Lu}/iu;`)).toBe(true);
  expect(caseUnderI(String.raw`const A = new RegExp(String.raw` + '`^\\s*\\p{Lu}`' + `, 'iu');`)).toBe(true);
  expect(caseUnderI(String.raw`const A = /(?:[Hh]uyện|[Xx]ã)\s+\p{Lu}/u;`)).toBe(false);
  expect(caseUnderI(String.raw`const A = /(?<![\p{L}])xã/iu;`)).toBe(false);
});

test('no pattern of the engine asks for a capital under the i flag', () => {
  const found: string[] = [];
  for (const file of sources(join(__dirname, '../../src'))) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (caseUnderI(line)) found.push(`${file.replace(/^.*\/src\//u, 'src/')}:${i + 1}`);
    });
  }
  expect(found).toEqual([]);
});
