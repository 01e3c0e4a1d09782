/** missing-appendix: an appendix the plan requires is neither attached nor referred to. */
import type { Rule } from './rule';
import { APPENDIX_ATTACHED, APPENDIX_REFERENCE, NOT_OURS } from '../lexicon';
import { normalize } from '../text';
import { CH, paragraphChars } from '../chars';
import { DESCRIPTIONS } from '../codes';

export const missingAppendix: Rule = {
  meta: {
    code: 'missing-appendix', severity: 'warning', needs: ['text'],
    description: DESCRIPTIONS['missing-appendix'],
  },
  run(ctx) {
    // an appendix promised for later, or another document's appendix, is not this report's
    const { flags } = paragraphChars(ctx.doc);
    const texts = ctx.doc.paragraphs.filter((p, i) => (flags[i] & CH.LUC) !== 0 && /ph[uụ]\s*l[uụ]c/iu.test(p.text) && !NOT_OURS.test(p.text)).map((p) => p.text.trim());
    const attached = texts.some((t) => APPENDIX_ATTACHED.find(t)?.start === 0);
    const referred = texts.some((t) => APPENDIX_REFERENCE.test(t));
    if (attached || referred) return;
    for (const a of ctx.pack.appendices) {
      if (!a.required || (a.levels && ctx.level && !a.levels.includes(ctx.level))) continue;
      // an appendix attached under its own name (the pack's keywords for it, at the start of a line)
      const own = a.keywords.map((k) => normalize(k));
      if (own.length && ctx.doc.paragraphs.some((p) => !p.cell && own.some((k) => normalize(p.text).startsWith(k + ' ')))) continue;
      ctx.report({
        subject: a.title,
        message: { vi: `Không thấy phụ lục: ${a.title}.`, en: `Appendix not found: ${a.title}.` },
        suggestion: { vi: 'Đính kèm các phụ lục và ghi "(Đính kèm các phụ lục)" cuối báo cáo.', en: 'Attach the appendices and mention them at the end of the report.' },
      });
    }
  },
};
