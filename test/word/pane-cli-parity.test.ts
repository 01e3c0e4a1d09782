/**
 * One file, one verdict: a report read through Word (the in-memory Word, which lists a merged cell as one cell as Word does) and read
 * from its .docx give the same findings — on reports whose total rows have a label merged across columns (walk48, item 2: nwm04 had 5
 * errors in the pane and 4 in the CLI, nwn01 16 and 3).
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { readDocx } from '../../src/docx/read-docx';
import { readDocument } from '../../src/word/read';
import { check } from '../../src/core/check';
import { identifyPack } from '../../src/core/identify';
import { builtinPacks } from '../../src/packs/builtin';
import { FakeDocument } from './fake/document';
import { ctx } from './helpers';

const CORPUS = join(__dirname, '../corpus-b');
const summary = (r: ReturnType<typeof check>) => r.findings.map((f) => `${f.code} ${f.indicator ?? ''} ${f.section ?? ''}`).sort();

test.each(['nwm04', 'nwn01', 'nwo03', 'aa01', 'aa06', 'nwm03', 'nwm06', 'nwo04'])('%s: the same findings read through Word as from the file', async (name) => {
  const file = readdirMatch(name);
  const fromFile = await readDocx(readFileSync(file));
  const viaWord = (await readDocument(ctx(FakeDocument.fromModel(fromFile)))).model;
  const pack = identifyPack(builtinPacks(), fromFile)!.pack;
  expect(summary(check(viaWord, pack, {}))).toEqual(summary(check(fromFile, pack, {})));
});

function readdirMatch(prefix: string): string {
  const hit = readdirSync(CORPUS).find((n) => n.startsWith(`${prefix}-`) && n.endsWith('.docx'));
  if (!hit) throw new Error(`no corpus file for ${prefix}`);
  return join(CORPUS, hit);
}
