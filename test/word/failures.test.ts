/**
 * Reading, inserting, marking and navigating with each documented failure of
 * Word switched on (fake/failures.ts), one at a time, then all of Word on the
 * web's and all of desktop Word's at once. Whatever fails: the writer's text
 * is kept, the check's result is the one without the failure or the reader
 * says what it could not read, and what was inserted can be removed again.
 */
import { check } from '../../src/core/check';
import { skeletonBlocks } from '../../src/core/skeleton';
import { builtinPacks } from '../../src/packs/builtin';
import { readDocument } from '../../src/word/read';
import { DESKTOP, FAILURES, WEB, type Failures } from './fake-word';
import type { FakeDocument } from './fake-word';
import { ctx, fake, inOrder, NQ16, portFor, sample, snapshot, visible } from './helpers';

const SWITCHES: Array<[string, Failures]> = [
  ['none', {}],
  ...Object.entries(FAILURES).map(([name, f]) => [`${name} (${f.platform}, ${f.issue})`, f.on] as [string, Failures]),
  ['all of Word on the web', WEB],
  ['all of desktop Word', DESKTOP],
];

/**
 * The sample report, made to meet each failure: two sections (#3594), a
 * writer's control right where the missing item goes (#6103), numbered
 * paragraphs under tracked changes (#5901).
 */
async function doc(failures: Failures): Promise<FakeDocument> {
  const d = fake(await sample(), failures);
  d.sections = 2;
  const h = d.paras.find((p) => /^4\. Bài học/.test(p.text))!;
  d.ccs.push({ ...d.newCC([h]), tag: 'bieu-mau' });
  d.paras.filter((p) => /^- /.test(p.text)).slice(0, 6).forEach((p, i) => Object.assign(p, { listString: `${String.fromCharCode(97 + i)})`, tracked: i % 2 === 0 }));
  return d;
}

const seen = (d: FakeDocument) => ({ texts: visible(d), ccs: d.ccs.map((c) => [c.tag, c.paras.map((p) => p.text)]) });
const findings = async (d: FakeDocument) => {
  const r = await readDocument(ctx(d));
  return { findings: check(r.model, NQ16).findings, notes: r.notes };
};

describe.each(SWITCHES)('with %s', (_name, failures) => {
  test('reading: no write, the same check, or notes saying what could not be read', async () => {
    const base = await findings(await doc({}));
    const d = await doc(failures);
    const before = snapshot(d);
    const r = await findings(d);
    expect(d.writes).toEqual([]);
    expect(snapshot(d)).toBe(before);
    // reading in smaller pages loses nothing: only a loss the reader says excuses a different check
    const lost = r.notes.filter((n) => n.code !== 'smaller-pages');
    if (lost.length) expect(lost.every((n) => ['no-tags', 'no-table-cells', 'table-cells-guessed', 'list-labels-lost'].includes(n.code))).toBe(true);
    else expect(r.findings).toEqual(base.findings);
    if (failures.payloadLimit) expect(r.notes).toContainEqual({ code: 'smaller-pages' });
    if (failures.listItemTracked) expect(r.notes).toContainEqual({ code: 'list-labels-lost', count: 3 });
  });

  test('the missing item: inserted at its place, the writer\'s text kept, the same check as without the failure; removed again, the report is as before', async () => {
    const base = await doc({});
    await portFor(base).insertMissing(NQ16, ['p1.iv.3']);
    const d = await doc(failures);
    const original = seen(d);
    const port = portFor(d);
    const inserting = port.insertMissing(NQ16, ['p1.iv.3']);
    const reading = port.read();
    const out = await inserting;
    expect((await reading).paragraphs).toHaveLength(d.paras.length);
    expect(out.sections).toBe(1);
    expect(inOrder(visible(d), original.texts)).toBe(true);
    expect(visible(d)).toContain('3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan');
    expect(visible(d)).toEqual(visible(base));
    const after = await findings(d);
    if (!after.notes.some((n) => n.code !== 'smaller-pages')) expect(after.findings).toEqual((await findings(base)).findings);
    expect(after.findings.filter((f) => f.code === 'missing-section')).toEqual([]);
    if (failures.ccNextToControl || failures.ccSeveralSections) expect(out.unframed).toBe(1);
    else expect(out.unframed).toBe(0);
    await port.removeUnwritten(builtinPacks());
    expect(seen(d)).toEqual(original);
  });

  test('the whole outline at the cursor: the writer\'s text kept and in place; removed again, the report is as before', async () => {
    const d = await doc(failures);
    const original = seen(d);
    d.selection = [d.paras[20]];
    const port = portFor(d);
    const blocks = skeletonBlocks(NQ16, { level: 'tinh' });
    await port.insertSkeleton(blocks, 'cursor');
    const texts = visible(d);
    expect(texts.slice(0, 21)).toEqual(original.texts.slice(0, 21));
    expect(texts.slice(-(original.texts.length - 21))).toEqual(original.texts.slice(21));
    const count = (xs: string[]) => xs.filter((t) => t === 'I. KHÁI QUÁT TÌNH HÌNH').length;
    expect(count(texts)).toBe(count(original.texts) + 1);
    await port.removeUnwritten(builtinPacks());
    expect(seen(d)).toEqual(original);
  });

  test('marks: each finding marked or counted as refused, never all lost to one; removed again, the document is as before', async () => {
    const d = await doc(failures);
    const before = snapshot(d);
    const port = portFor(d);
    const r = check((await readDocument(ctx(d))).model, NQ16);
    const cell = d.paras.findIndex((p) => p.cell);
    const marks = [...r.findings.filter((f) => f.paragraph !== undefined).map((f) => ({ paragraph: f.paragraph!, message: f.message.vi })), { paragraph: cell, message: 'Ô bảng' }];
    const distinct = new Set(marks.map((m) => m.paragraph)).size;
    const out = await port.addMarks(marks);
    expect(out.marked + out.failed).toBe(distinct);
    // several sections on the web: Word refuses every control (#3594), and says so
    if (!failures.ccSeveralSections) expect(out.marked).toBeGreaterThan(0);
    expect(out.failed).toBe(failures.ccInTableCell || failures.ccSeveralSections ? (failures.ccSeveralSections ? distinct : 1) : 0);
    expect(out.comments).toBe(!failures.commentsNotAllowed && out.marked > 0);
    expect(d.titles.every((t) => t.length <= 64)).toBe(true);
    const removed = await port.removeMarks();
    expect(removed.frames).toBe(out.marked);
    if (failures.commentDeleteFails && out.comments) {
      // a comment Word will not delete (#6895) stays, and is counted; everything else is as before
      expect(removed.commentsLeft).toBe(d.comments.length);
      d.comments = [];
    }
    expect(snapshot(d)).toBe(before);
  });

  test('navigation: every finding is reached, nothing is written', async () => {
    const d = await doc(failures);
    const port = portFor(d);
    const r = check((await readDocument(ctx(d))).model, NQ16);
    for (const f of r.findings.filter((x) => x.paragraph !== undefined)) {
      expect(await port.goTo({ paragraph: f.paragraph, excerpt: f.excerpt, quote: f.excerpt?.slice(0, 20) })).toBe(true);
      const key = (f.excerpt ?? '').replace(/…$/, '').slice(0, 30);
      expect(d.selection[0].text).toContain(key);
    }
    expect(d.writes).toEqual([]);
  });
});
