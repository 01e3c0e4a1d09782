/** unmapped-document: the document cannot be mapped onto the pack, so it can never be "ready". */
import type { Rule } from './rule';
import { DESCRIPTIONS } from '../codes';
import { reportTitle, titleText } from '../structure';
import { foldDiacritics } from '../text';

/** "sơ kết 03 năm", "tổng kết 5 năm", "tổng kết năm năm": the kind of review and its years (folded text). */
const REVIEW_OF = /(so ket|tong ket)\s+(\d{1,2}|ba|nam|muoi)\s+nam(?![a-z])/u;
const YEARS_IN_WORDS: Record<string, number> = { ba: 3, nam: 5, muoi: 10 };
function reviewOf(text: string): { kind: string; years: number } | undefined {
  const m = REVIEW_OF.exec(foldDiacritics(text));
  return m ? { kind: m[1], years: YEARS_IN_WORDS[m[2]] ?? Number(m[2]) } : undefined;
}

export const unmappedDocument: Rule = {
  meta: {
    code: 'unmapped-document', severity: 'error', needs: ['outline'], runsUnmapped: true,
    description: DESCRIPTIONS['unmapped-document'],
  },
  run(ctx) {
    const { mapped, found, required } = ctx.mapping;
    if (mapped) {
      // (mapped, yet the title names another review than the template's — "Tổng kết 5 năm (2021-2025)" checked against the "sơ kết 3 năm
      // (2021-2023)" outline it was written from: its items are found, its period and targets are another's, and "sẵn sàng nộp" would be
      // a silent pass — walk52)
      // (the title's words, and the line right under "BÁO CÁO" when it is not set bold: "Tổng kết 05 năm thực hiện Nghị quyết …")
      const at = reportTitle(ctx.doc);
      const next = at >= 0 ? ctx.doc.paragraphs.slice(at + 1, at + 3).find((p) => p.text.trim()) : undefined;
      const own = reviewOf(titleText(ctx.doc)) ?? (next && next.text.length < 250 && !/[.;]\s*$/u.test(next.text) ? reviewOf(next.text) : undefined);
      const template = reviewOf(ctx.pack.title);
      if (own && template && (own.kind !== template.kind || own.years !== template.years)) {
        const say = (r: { kind: string; years: number }) => `${r.kind === 'so ket' ? 'sơ kết' : 'tổng kết'} ${r.years} năm`;
        ctx.report({
          message: { vi: `Tiêu đề văn bản là báo cáo ${say(own)}, còn mẫu đang dùng là "${ctx.pack.title}" (${say(template)}): các mục, chỉ tiêu và kỳ báo cáo đang được đối chiếu theo mẫu khác với văn bản.`, en: `The title names a ${own.years}-year ${own.kind === 'so ket' ? 'interim' : 'final'} review; the template in use is "${ctx.pack.title}": items, indicators and the period are those of another report.` },
          suggestion: { vi: 'Chọn mẫu báo cáo đúng với văn bản; nếu chưa có mẫu cho loại báo cáo này, đề nghị Văn phòng Điều phối nông thôn mới cung cấp mẫu.', en: 'Choose the template of this report; if there is none yet, ask the coordination office for one.' },
        });
      }
      return;
    }
    // (the advice fits the cause: no headings found — style them; the title naming another template — that one; else the template or the
    // headings' wording — session 42's walk-through, item 5: "restyle the headings" sent an official with the wrong template astray; its id
    // too, which --pack and the pane's list know it by — session 43's walk-through, item 8)
    const t = ctx.titled;
    ctx.report({
      message: ctx.headings.length === 0
        ? { vi: 'Không tìm thấy đề mục nào trong văn bản: không đối chiếu được với đề cương. Báo cáo chưa sẵn sàng nộp.', en: 'No headings found: the document cannot be mapped onto the outline. Not ready to submit.' }
        : t
        // (the cause first, the count after it: "Chỉ nhận ra 4/4 mục" read as a pass — session 44's walk-through, item 9)
        ? { vi: `Tiêu đề văn bản ứng với mẫu "${t.title}", không phải mẫu "${ctx.pack.title}" đang dùng (nhận ra ${found}/${required} mục chính của mẫu này).`, en: `The document's title names the template "${t.title}", not "${ctx.pack.title}" in use (${found}/${required} of its main items recognised).` }
        : { vi: `Không đối chiếu được văn bản với mẫu "${ctx.pack.title}" (nhận ra ${found}/${required} mục chính): có thể chọn sai mẫu báo cáo hoặc văn bản không theo đề cương.`, en: `The document cannot be mapped onto "${ctx.pack.title}" (${found}/${required} main items recognised): wrong template, or the report does not follow the outline.` },
      suggestion: ctx.headings.length === 0
        ? { vi: 'Định dạng các đề mục bằng kiểu Đề mục (Heading 1, Heading 2…), hoặc chọn đúng mẫu báo cáo.', en: 'Use heading styles for the headings, or choose the right template.' }
        : t
        ? { vi: `Kiểm tra lại theo mẫu "${t.title}" (mã ${t.id}).`, en: `Check it again against "${t.title}" (${t.id}).` }
        : { vi: 'Chọn đúng mẫu báo cáo; nếu đúng mẫu, đặt các đề mục theo đề cương.', en: 'Choose the right template; if it is the right one, name the headings as the outline does.' },
    });
  },
};
