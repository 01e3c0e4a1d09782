/** unmapped-document: the document cannot be mapped onto the pack, so it can never be "ready". */
import type { Rule } from './rule';

export const unmappedDocument: Rule = {
  meta: {
    code: 'unmapped-document', severity: 'error', needs: ['outline'], runsUnmapped: true,
    description: { vi: 'Không đối chiếu được văn bản với đề cương', en: 'The document cannot be mapped onto the outline' },
  },
  run(ctx) {
    const { mapped, found, required } = ctx.mapping;
    if (mapped) return;
    ctx.report({
      message: ctx.headings.length === 0
        ? { vi: 'Không tìm thấy đề mục nào trong văn bản: không đối chiếu được với đề cương. Báo cáo chưa sẵn sàng nộp.', en: 'No headings found: the document cannot be mapped onto the outline. Not ready to submit.' }
        : { vi: `Chỉ nhận ra ${found}/${required} mục của mẫu "${ctx.pack.title}": có thể chọn sai mẫu báo cáo hoặc văn bản không theo đề cương.`, en: `Only ${found}/${required} items of "${ctx.pack.title}" recognised: wrong template, or the report does not follow the outline.` },
      suggestion: { vi: 'Chọn đúng mẫu báo cáo, hoặc định dạng các đề mục bằng kiểu Đề mục (Heading 1, Heading 2…).', en: 'Choose the right template, or use heading styles for the headings.' },
    });
  },
};
