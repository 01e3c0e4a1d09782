/** out-of-period: a figure given as of a date after the reporting period ends. */
import type { Rule } from './rule';
import { excerpt } from '../text';
import { SENTENCE_END } from '../quantities';
import { PLAN_WORDS, SCOPE_WIDER, TARGET_WORDS, DEADLINE_WORDS } from '../lexicon';
import { CH, paragraphChars } from '../chars';

const vn = (iso: string) => iso.split('-').reverse().join('/');
const AS_OF = /(tính đến|đến ngày|đến hết|đến thời điểm|tại thời điểm|thời điểm|số liệu đến|đến)\s*(?:ngày\s*|hết\s*)?(?:tháng\s*)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/giu;
const AS_OF_MONTH = /(?:tính đến|đến hết|đến)\s*tháng\s*(\d{1,2})\/(\d{4})/iu;

/** Whether the words before a date make it a plan or a deadline rather than the date of a figure. */
const notAFigureDate = (before: string) => PLAN_WORDS.test(before) || TARGET_WORDS.test(before) || DEADLINE_WORDS.test(before);

export const outOfPeriod: Rule = {
  meta: {
    code: 'out-of-period', severity: 'warning', needs: ['text'],
    description: { vi: 'Số liệu tính đến thời điểm ngoài kỳ báo cáo', en: 'A figure dated outside the reporting period' },
  },
  run(ctx) {
    const end = ctx.pack.period.to;
    const deadlines = new Set(ctx.pack.deadlines.map((d) => d.date));
    const say = (p: number, text: string, date: string) =>
      ctx.report({
        paragraph: p, excerpt: excerpt(text),
        message: { vi: `Số liệu "${date}" sau mốc kỳ báo cáo (${vn(end)}).`, en: `Figure dated "${date}" is after the end of the reporting period (${vn(end)}).` },
        suggestion: { vi: `Dùng số liệu tính đến ${vn(end)} theo kế hoạch.`, en: `Use figures as of ${vn(end)}.` },
      });
    const { flags } = paragraphChars(ctx.doc);
    for (let at = 0; at < ctx.doc.paragraphs.length; at++) {
      // a date, and some figure besides dates ("12/12 đơn vị" is a figure, "31/12/2025" a date); both date patterns need a slash
      if ((flags[at] & (CH.DIGITS4 | CH.SLASH)) !== (CH.DIGITS4 | CH.SLASH)) continue;
      const p = ctx.doc.paragraphs[at];
      if (!p.text || !/\d{4}/.test(p.text) || !/\d/.test(p.text.replace(/\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{4}/g, ''))) continue;
      let said = false;
      // the country's or a region's figures are context: their dates are not the report's (within the date's sentence)
      const wider = (at: number) => {
        let from = 0;
        SENTENCE_END.lastIndex = 0;
        for (let s = SENTENCE_END.exec(p.text); s && s.index < at; s = SENTENCE_END.exec(p.text)) from = s.index + s[0].length;
        // within the date's own clause, brackets aside ("… 92,4% (cả nước 93,35%); tính đến 31/01/2024 đạt 93,1%")
        from = Math.max(from, p.text.lastIndexOf(';', at) + 1);
        let to = p.text.indexOf(';', at);
        if (to < 0 || to > at + 160) to = at + 160;
        return SCOPE_WIDER.test(p.text.slice(from, to).replace(/\([^()]*\)/g, ' '));
      };
      AS_OF.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = AS_OF.exec(p.text))) {
        if (!m[4]) continue;
        const iso = `${m[4]}-${m[3].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
        // a dated target of the plan (the pack's deadlines) is no figure's date
        if (iso <= end || deadlines.has(iso) || notAFigureDate(p.text.slice(Math.max(0, m.index - 40), m.index)) || wider(m.index)) continue;
        const rest = p.text.slice(m.index + m[0].length, m.index + m[0].length + 160);
        if (!/\d/.test(rest)) continue; // a date with no figure after it
        say(p.index, p.text, m[0]);
        said = true;
      }
      // "(ước) đến tháng 12/2024", "tháng 9/2024"
      const mm = said ? null : AS_OF_MONTH.exec(p.text);
      if (mm && `${mm[2]}-${mm[1].padStart(2, '0')}-01` > end && !notAFigureDate(p.text.slice(Math.max(0, mm.index - 40), mm.index)) && !wider(mm.index)) say(p.index, p.text, mm[0]);
    }
  },
};
