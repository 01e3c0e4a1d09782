/** Shared by the Word adapter tests: documents on the in-memory Word, and what to compare. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { FIXTURES } from '../helpers';
import { FakeContext, FakeDocument, fakeRun, type Failures } from './fake-word';
import { readDocx } from '../../src/docx/read-docx';
import { builtinPack } from '../../src/packs/builtin';
import { doc as markup } from '../core/doc';
import type { DocModel } from '../../src/core/model';
import type { WContext, WordRun } from '../../src/word/api';
import { wordPort, type PortOptions } from '../../src/word/port';
import { stripMark } from '../../src/word/marker';

export const NQ16 = builtinPack('nq16-so-ket-3-nam')!;
export const ctx = (d: FakeDocument) => new FakeContext(d) as unknown as WContext;
export const fixture = async (name: string): Promise<DocModel> => readDocx(readFileSync(join(FIXTURES, 'reports', name)));
/** The complete sample report (samples/bao-cao-mau.docx): 3 errors. */
export const sample = async (): Promise<DocModel> => readDocx(readFileSync(join(__dirname, '../../samples/bao-cao-mau.docx')));
export const fake = (m: DocModel, failures: Failures = {}) => Object.assign(FakeDocument.fromModel(m), { failures });
export const fromMarkup = (src: string, failures: Failures = {}) => fake(markup(src), failures);
export const portFor = (d: FakeDocument, opts: Partial<PortOptions> = {}) => wordPort(fakeRun(d) as unknown as WordRun, { comments: true, ...opts });

/** Everything about the document a writer could see or lose. */
export const snapshot = (d: FakeDocument) => JSON.stringify({
  paras: d.paras.map(({ id: _id, ...p }) => p),
  ccs: d.ccs.map((c) => ({ tag: c.tag, title: c.title, paras: c.paras.map((p) => d.paras.indexOf(p)) })),
  comments: d.comments.map((c) => c.content),
});

/** The texts of the main body as the writer reads them (the insertion mark is invisible). */
export const visible = (d: FakeDocument) => d.paras.map((p) => stripMark(p.text));

/** Whether `part` appears in `whole` in order (not necessarily contiguous). */
export function inOrder(whole: string[], part: string[]): boolean {
  let i = 0;
  for (const w of whole) if (w === part[i]) i++;
  return i === part.length;
}

/** A document of n paragraphs: headings, numbered list items, table cells, tagged guidance. */
export function sized(n: number): FakeDocument {
  const lines: string[] = ['TỈNH ỦY QUẢNG TRỊ', 'BÁO CÁO', 'Sơ kết 03 năm thực hiện Nghị quyết số 16-NQ/TU'];
  for (let i = 0; lines.length < n; i++) {
    if (i % 25 === 0) lines.push(`## ${i / 25 + 1}. Mục ${i}`);
    else if (i % 40 === 1) lines.push('| TT | Nội dung |', '| 1 | Hội nghị |');
    else lines.push(`Đoạn văn số ${i} về xây dựng nông thôn mới.`);
  }
  const model = markup(lines.join('\n'));
  model.paragraphs = model.paragraphs.slice(0, n);
  model.paragraphs.forEach((p, i) => { if (i % 7 === 3 && !p.cell) p.isList = true, p.numLabel = `${i}.`; });
  return FakeDocument.fromModel(model);
}
