/** Going to a finding, and the optional marks: never a write when navigating, one failing mark never stops the others. */
import { check } from '../../src/core/check';
import { goTo, WINDOW } from '../../src/word/navigate';
import { readDocument } from '../../src/word/read';
import { addMarks, removeMarks } from '../../src/word/marks';
import { TITLE_MAX } from '../../src/word/frames';
import type { WContext } from '../../src/word/api';
import { FakeContext } from './fake-word';
import { ctx, fake, fixture, fromMarkup, NQ16, sized, snapshot } from './helpers';

const FIGURE = 'Tỷ lệ lao động nông thôn qua đào tạo đạt 66,5%.';

describe('going to a finding', () => {
  test('selects the quoted figure, and still finds its paragraph after edits above it; no write', async () => {
    const d = fromMarkup(`A\nB\n${FIGURE}\nC`);
    const c = new FakeContext(d);
    expect(await goTo(c as unknown as WContext, { paragraph: 2, excerpt: FIGURE, quote: '66,5%' })).toMatchObject({ ok: true, quoted: true, syncs: 3 });
    expect(d.selection[0].text).toBe(FIGURE);
    expect(c.selectedText).toBe('66,5%');
    d.paras.unshift(d.newPara({ text: 'Một đoạn mới thêm ở đầu.' }));
    await goTo(ctx(d), { paragraph: 2, excerpt: FIGURE });
    expect(d.selection[0].text).toBe(FIGURE);
    expect(d.writes).toEqual([]);
  });

  test('a quote longer than search takes (255 characters): the paragraph is selected', async () => {
    const long = `${'Nội dung rất dài về kết quả thực hiện các tiêu chí nông thôn mới. '.repeat(5)}`;
    const d = fromMarkup(`A\n${long}\nC`);
    expect(long.length).toBeGreaterThan(255);
    expect(await goTo(ctx(d), { paragraph: 1, excerpt: long, quote: long.trim() })).toMatchObject({ ok: true, quoted: false });
    expect(d.selection[0].text).toBe(long.trim());
  });

  test('Word\'s search dialog open (SearchDialogIsOpen): the paragraph is selected', async () => {
    const d = fromMarkup(`A\n${FIGURE}`);
    d.failures.searchDialogOpen = true;
    expect(await goTo(ctx(d), { paragraph: 1, excerpt: FIGURE, quote: '66,5%' })).toMatchObject({ ok: true, quoted: false });
    expect(d.selection[0].text).toBe(FIGURE);
  });

  test('only the paragraphs around the target are loaded: a 20,000-paragraph document under a payload limit', async () => {
    const d = sized(20_000);
    d.failures.payloadLimit = 20_000;
    const target = 15_000;
    const text = d.paras[target].text;
    expect(await goTo(ctx(d), { paragraph: target, excerpt: text })).toMatchObject({ ok: true });
    expect(d.selection[0].text).toBe(text);
    expect(WINDOW).toBeLessThan(100);
  });
});

describe('marks', () => {
  test('added and removed again, leaving the document exactly as before', async () => {
    const d = fake(await fixture('v01-tinh-nq16.docx'));
    const before = snapshot(d);
    const r = await addMarks(ctx(d), [{ paragraph: 10, message: 'Thiếu mục' }, { paragraph: 12, message: 'Chưa đạt' }], true);
    expect(r).toMatchObject({ marked: 2, failed: 0, comments: true });
    expect(d.comments).toHaveLength(2);
    expect(snapshot(d)).not.toBe(before);
    expect(await removeMarks(ctx(d), true)).toEqual({ frames: 2, commentsLeft: 0 });
    expect(snapshot(d)).toBe(before);
  });

  test('titles hold at most 64 characters (Word shows no more)', async () => {
    const d = fromMarkup('Một\nHai');
    await addMarks(ctx(d), [{ paragraph: 1, message: 'Mục "3. Phân tích nguyên nhân hạn chế, nhất là nguyên nhân chủ quan" chưa có nội dung.' }], false);
    expect(d.titles).toHaveLength(1);
    expect(d.titles[0].length).toBeLessThanOrEqual(TITLE_MAX);
    expect(d.titles[0]).toMatch(/^decuong: Mục "3\. Phân tích.*…$/);
  });

  test('a mark refused in a table cell (web, office-js#3367) fails alone; comments refused (#6746) leave the frames', async () => {
    const d = fromMarkup('Một\n| TT | Nội dung |\n| 1 | 66,5% |\nHai\nBa');
    d.failures.ccInTableCell = true;
    d.failures.commentsNotAllowed = true;
    const cell = d.paras.findIndex((p) => p.text === '66,5%');
    const r = await addMarks(ctx(d), [{ paragraph: 0, message: 'a' }, { paragraph: cell, message: 'b' }, { paragraph: cell + 1, message: 'c' }, { paragraph: cell + 2, message: 'd' }], true);
    expect(r).toMatchObject({ marked: 3, failed: 1, comments: false });
    expect(d.ccs.map((c) => c.paras[0].text)).toEqual(['Một', 'Hai', 'Ba']);
    expect(d.comments).toHaveLength(0);
    expect(await removeMarks(ctx(d), true)).toEqual({ frames: 3, commentsLeft: 0 });
    expect(d.ccs).toHaveLength(0);
  });

  test('a comment that cannot be deleted (desktop, office-js#6895) does not keep the frames', async () => {
    const d = fake(await fixture('v01-tinh-nq16.docx'));
    const findings = check((await readDocument(ctx(d))).model, NQ16).findings.filter((f) => f.paragraph !== undefined);
    await addMarks(ctx(d), findings.map((f) => ({ paragraph: f.paragraph!, message: f.message.vi })), true);
    const framed = d.ccs.filter((c) => c.tag.startsWith('decuong:m:')).length;
    expect(framed).toBeGreaterThan(2);
    d.failures.commentDeleteFails = true;
    expect(await removeMarks(ctx(d), true)).toEqual({ frames: framed, commentsLeft: d.comments.length });
    expect(d.comments.length).toBeGreaterThan(0);
    expect(d.ccs.filter((c) => c.tag.startsWith('decuong:m:'))).toHaveLength(0);
  });
});
