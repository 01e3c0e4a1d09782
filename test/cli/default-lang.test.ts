/** DECUONG_LANG=en (read by the command, given to run() as io.defaultLang): English without --lang on every command; --lang still decides
 * (walk64, item 8; its code review, item 3 — the tests' in-process runs are not touched by the environment). */
import { join } from 'path';
import { readFileSync } from 'fs';
import { run } from '../../src/cli/program';
import type { CliIO } from '../../src/cli/io';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'bao-cao-mau.docx');
async function check(argv: string[], defaultLang?: 'vi' | 'en') {
  let out = '';
  const io: CliIO = { out: (s) => (out += s), err: () => undefined, readFile: (p) => readFileSync(p), writeFile: () => undefined, isTTY: false, ...(defaultLang ? { defaultLang } : {}) };
  await run(['check', SAMPLE, ...argv], io);
  return out;
}

test('English by default where the environment asks for it, Vietnamese where --lang vi is given, --lang=en read too', async () => {
  expect(await check([], 'en')).toContain('NOT READY TO SUBMIT');
  expect(await check(['--lang', 'vi'], 'en')).toContain('CHƯA SẴN SÀNG NỘP');
  expect(await check(['--lang=en'])).toContain('NOT READY TO SUBMIT');
  expect(await check([])).toContain('CHƯA SẴN SÀNG NỘP');
});
