/** out-of-period: a figure dated after the pack's reporting period ends. */
import type { Rule } from './rule';
import { excerpt } from '../text';

const vn = (iso: string) => iso.split('-').reverse().join('/');

export const outOfPeriod: Rule = {
  code: 'out-of-period',
  severity: 'warning',
  description: { vi: 'Số liệu tính đến thời điểm ngoài kỳ báo cáo', en: 'A figure dated outside the reporting period' },
  run(ctx) {
    const out: ReturnType<Rule['run']> = [];
    const end = ctx.pack.period.to;
    const re = /(tính đến|đến ngày|đến hết|đến thời điểm|tại thời điểm|thời điểm|số liệu đến|đến)\s*(?:ngày\s*|hết\s*)?(?:tháng\s*)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/giu;
    for (const p of ctx.doc.paragraphs) {
      // a date, and some figure besides dates ("12/12 đơn vị" is a figure, "31/12/2025" a date)
      if (!p.text || !/\d{4}/.test(p.text) || !/\d/.test(p.text.replace(/\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{4}/g, ''))) continue;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.text))) {
        let iso: string;
        if (m[4]) iso = `${m[4]}-${m[3].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
        else if (/^\d{4}$/.test(m[3]) === false && Number(m[3]) > 12) continue;
        else continue;
        const before = p.text.slice(Math.max(0, m.index - 40), m.index);
        if (/(phấn đấu|mục tiêu|kế hoạch|dự kiến|định hướng|hạn|trước ngày)/iu.test(before)) continue;
        if (iso <= end) continue;
        const rest = p.text.slice(m.index + m[0].length, m.index + m[0].length + 160);
        if (!/\d/.test(rest)) continue; // a date with no figure after it
        out.push({
          code: 'out-of-period', severity: 'warning', paragraph: p.index, excerpt: excerpt(p.text),
          message: { vi: `Số liệu "${m[0]}" sau mốc kỳ báo cáo (${vn(end)}).`, en: `Figure dated "${m[0]}" is after the end of the reporting period (${vn(end)}).` },
          suggestion: { vi: `Dùng số liệu tính đến ${vn(end)} theo kế hoạch.`, en: `Use figures as of ${vn(end)}.` },
        });
      }
      // "(ước) đến tháng 12/2024", "tháng 9/2024"
      const mm = /(?:tính đến|đến hết|đến)\s*tháng\s*(\d{1,2})\/(\d{4})/iu.exec(p.text);
      if (mm) {
        const iso = `${mm[2]}-${mm[1].padStart(2, '0')}-01`;
        const before = p.text.slice(Math.max(0, mm.index - 40), mm.index);
        if (iso > end && !/(phấn đấu|mục tiêu|kế hoạch|dự kiến|định hướng)/iu.test(before) && !out.some((f) => f.paragraph === p.index))
          out.push({
            code: 'out-of-period', severity: 'warning', paragraph: p.index, excerpt: excerpt(p.text),
            message: { vi: `Số liệu "${mm[0]}" sau mốc kỳ báo cáo (${vn(end)}).`, en: `Figure dated "${mm[0]}" is after the end of the reporting period (${vn(end)}).` },
            suggestion: { vi: `Dùng số liệu tính đến ${vn(end)} theo kế hoạch.`, en: `Use figures as of ${vn(end)}.` },
          });
      }
    }
    return out;
  },
};
