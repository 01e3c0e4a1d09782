/**
 * The HTML report printed on A4 (walk62, item 5): each report of a batch on pages of its own, named for its unit at the top of every
 * page; headings, the file line and each finding kept whole; "Trang x/y" and the time of the check in the margins and the time in the
 * page; links and the severity in black words; of the outline, on paper, only the items not written. The screen is left as it was.
 */
import { check } from '../../src/core/check';
import { builtinPack } from '../../src/packs/builtin';
import { checkedAtText, cssString, formatHtml } from '../../src/core/format/html';
import type { ReportResult } from '../../src/core/report';
import { MET, doc, nq16, results } from './doc';

const PACK = builtinPack('nq16-so-ket-3-nam')!;
// a district's report with a wrong figure and an item left out (findings), its other items written
const base = check(doc(nq16(results([...MET, 'Có 48/51 khu dân cư đạt danh hiệu "Khu dân cư văn hóa", đạt 96,1%.']), ['p1.iv.1'])), PACK, { level: 'huyen' });
const as = (unit: string, file: string): ReportResult => ({ ...base, unit, file });
const A = as('ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN', 'in/duy-xuyen.docx');
const B = as('HUYỆN ỦY HƯƠNG KHÊ', 'in/huong-khe.docx');
const C = as('ĐẢNG ỦY XÃ "CHIỀNG" KHOA </style><b>', 'in/chieng-khoa.docx');
// (a fixed time: nothing here depends on the clock)
const AT = new Date(2026, 11, 10, 9, 5);

/** The style sheets of a page, and of those the rules for print (the inside of each `@media print{…}`). */
const styles = (html: string) => [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
function printBlocks(css: string): string[] {
  const out: string[] = [];
  for (let i = css.indexOf('@media print{'); i >= 0; i = css.indexOf('@media print{', i + 1)) {
    let depth = 0;
    let j = i + '@media print'.length;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    out.push(css.slice(i + '@media print{'.length, j));
  }
  return out;
}
const printRules = (css: string) => printBlocks(css).join('\n');
/** The rules for the screen: all but those for print and those of the page box. */
const screenRules = (css: string) => {
  let s = css;
  for (const p of printBlocks(css)) s = s.replace(`@media print{${p}}`, '');
  return s.replace(/@page[^{]*\{(?:[^{}]|\{[^{}]*\})*\}/g, '');
};
/** The opening tags of the report sections, in order. */
const sections = (html: string) => [...html.matchAll(/<section class="report[^"]*"[^>]*>/g)].map((m) => m[0]);

describe('a batch printed', () => {
  const html = formatHtml([A, B, C], 'vi', [PACK], [{ file: 'hong.docx', error: 'tệp rỗng (0 byte)' }], { at: AT, due: '2026-12-10' });
  const css = styles(html);
  const print = printRules(css);

  test('every report section starts a new page (the tally, the files not checked and the overview share the first)', () => {
    expect(sections(html)).toEqual(['<section class="report brk" id="r1">', '<section class="report brk" id="r2">', '<section class="report brk" id="r3">']);
    expect(print).toContain('section.report.brk{break-before:page}');
    expect(html).toMatch(/<section class="overview">/);
    expect(html).not.toMatch(/<section class="(overview|unreadable)[^"]*brk/);
    expect(print).toContain('hr{display:none}');
  });

  test('each report prints on pages named for it, its unit and file at the top of every one; the overview\'s pages under the title', () => {
    for (const [k, r] of [A, B].entries()) {
      expect(print).toContain(`#r${k + 1}{page:r${k + 1}}`);
      expect(css).toContain(`@page r${k + 1}{@top-left{content:"${r.unit} · ${r.file!.split('/').pop()}"`);
    }
    expect(css).toMatch(/@page\{@top-left\{content:"Kết quả kiểm tra báo cáo"/);
    // (and at the head of its section, on paper only)
    expect(html).toContain('<section class="report brk" id="r2"><p class="who print-only">HUYỆN ỦY HƯƠNG KHÊ</p>');
    expect(css).toMatch(/(^|\})\.print-only\{display:none\}/m);
    expect(print).toContain('.print-only{display:block}');
  });

  test('a unit\'s name cannot close the margin\'s string nor the style element', () => {
    expect(css).toContain('@page r3{@top-left{content:"ĐẢNG ỦY XÃ \\22 CHIỀNG\\22  KHOA \\3c /style\\3e \\3c b\\3e  · chieng-khoa.docx"');
    expect(html.match(/<\/style>/g)).toHaveLength(2);
    expect(cssString('a"b\\c\nd')).toBe('"a\\22 b\\5c c\\a d"');
  });

  test('"Trang x/y" and the time of the check in the margins; the time and the round\'s due date in the page', () => {
    expect(css).toContain('@bottom-right{content:"Trang " counter(page) "/" counter(pages)');
    expect(css).toContain('@bottom-left{content:"Kiểm tra lúc 09:05 ngày 10/12/2026"');
    expect(html).toContain('<h1>Kết quả kiểm tra báo cáo</h1><p class="meta checked">Kiểm tra lúc 09:05 ngày 10/12/2026 · Hạn nộp của đợt: 10/12/2026</p>');
    expect(formatHtml([A], 'en', [PACK], [], { at: AT })).toContain('<p class="meta checked">Checked at 09:05 on 2026-12-10</p>');
    // (a report naming no unit and no file, as the pane's: its pages headed by the page's title, not "1" — code review of session 62)
    const bare = formatHtml([{ ...base, unit: undefined, file: undefined }, { ...base, unit: undefined, file: undefined }], 'vi', [PACK], [], { at: AT });
    expect(bare).toContain('@page r1{@top-left{content:"Kết quả kiểm tra báo cáo"');
    expect(bare).not.toMatch(/@top-left\{content:"\d"/u);
  });

  test('headings and the file and unit line kept with what follows, each finding and heading whole', () => {
    expect(print).toMatch(/(^|[}\n])h1,h2,h3,\.meta,\.notice,\.verdict,\.who\{break-after:avoid\}/);
    expect(print).toMatch(/(^|[}\n])h3,ul\.findings li\{break-inside:avoid\}/);
    expect(html).toMatch(/<p class="meta">Tệp: <b>duy-xuyen\.docx<\/b> · ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN<\/p>/);
  });

  test('links print as black text, the severity as its word in black', () => {
    expect(print).toContain('a{color:#000;text-decoration:none}');
    expect(print).toContain('.sev,.st{color:#000!important}');
    expect(print).toContain('li.error .sev{text-transform:uppercase}');
    expect(html).toMatch(/<li class="error"><span class="sev">Lỗi:<\/span>/);
  });

  test('the outline on paper: the count line, then only the items not written', () => {
    const items = [...html.slice(html.indexOf('id="r1"'), html.indexOf('id="r2"')).matchAll(/<li( class="done")? style="padding-left:[^"]*"><span>[^<]*<\/span><span class="st (\w+)">([^<]*)<\/span><\/li>/g)];
    expect(items.length).toBeGreaterThan(3);
    for (const [, done, , word] of items) expect(!!done).toBe(word === 'Đã viết');
    expect(items.some(([, done]) => !done)).toBe(true);
    expect(print).toContain('ul.outline li.done{display:none}');
    expect(html).toMatch(/<h2>Các mục của đề cương — \d+\/\d+ mục đã viết<\/h2>(<p class="meta">[^<]*<\/p>)?<p class="meta print-only">Bản in chỉ nêu các mục còn thiếu, trống hoặc sai thứ tự\.<\/p>/);
  });

  test('the screen keeps its look: no page breaks, nothing hidden but the lines for paper, links and severities in their colours', () => {
    const screen = screenRules(styles(formatHtml([A, B], 'vi', [PACK], [], { at: AT })));
    expect(screen).not.toMatch(/break-(before|after)|page:|counter\(/);
    expect(screen.match(/display:none/g)).toHaveLength(2); // .print-only, and the phone's table head
    expect(screen).toContain('.error .sev{color:#a4262c}');
    expect(screen).toContain('ul.outline li{display:flex;');
  });
});

describe('a report alone printed', () => {
  const html = formatHtml([A], 'vi', [PACK], [], { at: AT });
  const css = styles(html);

  test('no page break before it, no named page; the page\'s margin names its unit and file', () => {
    expect(sections(html)).toEqual(['<section class="report">']);
    expect(css).not.toMatch(/page:r|@page r/);
    expect(css).toMatch(/@page\{@top-left\{content:"ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN · duy-xuyen\.docx"/);
    expect(css).toContain('counter(pages)');
  });

  test('the time of the check is now unless told, in the machine\'s local time', () => {
    jest.useFakeTimers({ now: new Date(2026, 0, 2, 17, 30) });
    try {
      expect(formatHtml([A], 'vi', [PACK])).toContain(checkedAtText('vi', new Date(2026, 0, 2, 17, 30)));
      expect(checkedAtText('vi', new Date(2026, 0, 2, 17, 30))).toBe('Kiểm tra lúc 17:30 ngày 02/01/2026');
    } finally {
      jest.useRealTimers();
    }
  });

  test('an outline all written prints its count and no note', () => {
    const all: ReportResult = { ...A, sections: A.sections.map((s) => (s.status === 'not-applicable' ? s : { ...s, status: 'present' as const })) };
    expect(formatHtml([all], 'vi', [PACK], [], { at: AT })).not.toContain('Bản in chỉ nêu');
  });
});
