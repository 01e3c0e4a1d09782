/**
 * A draft's mark left at the document's head ("DỰ THẢO"): said beside the template in the CLI, the HTML and the pane — a reminder to the
 * writer, to the office a sign the copy is not the official one — and no finding, the verdict unchanged (walk60's left).
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { formatText } from '../../src/core/format/text';
import { formatHtml } from '../../src/core/format/html';
import { jsonText } from '../../src/core/format/json';
import { MET, NQ16_HEAD, doc, nq16, results } from './doc';

const PACK = builtinPack('nq16-so-ket-3-nam')!;
const run = (head: string, extra: Record<string, string> = {}) => check(doc(nq16({ ...results(MET), ...extra }, [], head)), PACK, { level: 'huyen' });
const NOTICE = 'Đầu văn bản còn dòng "DỰ THẢO"';

describe('a draft\'s mark at the head', () => {
  test.each(['DỰ THẢO', '(Dự thảo)', 'Dự thảo lần 2'])('"%s" alone on a line above the title is said once, beside the template', (mark) => {
    const r = run(`${mark}\n${NQ16_HEAD}`);
    expect(r.draft).toBeDefined();
    expect(formatText([r], 'vi', false).split(NOTICE).length).toBe(2);
    expect(formatHtml([r], 'vi', [PACK])).toContain('Đầu văn bản còn dòng &quot;DỰ THẢO&quot;');
    // (and in the JSON, as the CLI, the pane and the web page export it)
    expect(JSON.parse(jsonText([r], 'vi')).reports[0].draft).toEqual(r.draft);
    // (no finding: the verdict is the same as without it)
    expect(r.summary).toEqual(run(NQ16_HEAD).summary);
  });
  test('a draft named in the text ("góp ý dự thảo Bộ tiêu chí"), or a line "Dự thảo Kế hoạch …", is no mark', () => {
    const r = run(NQ16_HEAD, { 'p1.i': 'Huyện đã góp ý dự thảo Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030.\nDỰ THẢO' });
    expect(r.draft).toBeUndefined();
    expect(run(`Dự thảo Kế hoạch năm 2025\n${NQ16_HEAD}`).draft).toBeUndefined();
    expect(formatText([r], 'vi', false)).not.toContain(NOTICE);
  });
  test('in a batch, the closing list and the HTML table say it beside "ready" (walk64, item 1)', () => {
    const r = { ...run(`DỰ THẢO\n${NQ16_HEAD}`), file: 'a.docx' };
    const other = { ...run(NQ16_HEAD), file: 'b.docx' };
    expect(r.summary.ready).toBe(true);
    const text = formatText([r, other], 'vi', false);
    expect(text).toMatch(/✓ .*a\.docx.* — còn dòng "DỰ THẢO"/u);
    expect(text).not.toMatch(/✓ .*b\.docx.* — còn dòng/u);
    expect(formatHtml([r, other], 'en', [PACK])).toContain('still marked &quot;DỰ THẢO&quot;, a draft');
    // (… and in the batch's tally line)
    expect(text).toContain('Có 1 báo cáo đầu văn bản còn dòng "DỰ THẢO".');
  });
});
