/** unmapped-document: the document cannot be mapped onto the pack, so it can never be "ready". */
import type { Rule } from './rule';
import { DESCRIPTIONS } from '../codes';

export const unmappedDocument: Rule = {
  meta: {
    code: 'unmapped-document', severity: 'error', needs: ['outline'], runsUnmapped: true,
    description: DESCRIPTIONS['unmapped-document'],
  },
  run(ctx) {
    const { mapped, found, required } = ctx.mapping;
    if (mapped) return;
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
