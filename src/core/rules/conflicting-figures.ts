/**
 * conflicting-figures: the unit's own result for one indicator, at the same time, given with two
 * values that cannot both be right (84,9% in the text, 86,2% in the table). Estimates and hedged
 * figures ("ước", "khoảng", "trên") and figures of different years are not compared.
 */
import type { Rule } from './rule';
import type { Fact } from '../facts';
import { roundingInterval } from '../numbers';
import { excerpt } from '../text';
import { formatFact } from './figures';

const firm = (f: Fact) => !f.quantity?.qualifier && f.quantity?.kind !== 'range';
/** A figure whose clause names no year or date: it can only be the unit's current result. */
const undated = (f: Fact) => f.year === undefined && !/(19|20)\d\d/.test(f.fromTable ? '' : f.text);
function disagree(a: Fact, b: Fact): boolean {
  const ia = roundingInterval({ value: a.value, decimals: Math.max(a.quantity?.decimals ?? 0, a.quantity?.kind === 'fraction' ? 1 : 0) });
  const ib = roundingInterval({ value: b.value, decimals: Math.max(b.quantity?.decimals ?? 0, b.quantity?.kind === 'fraction' ? 1 : 0) });
  return ia[1] < ib[0] - 1e-9 || ib[1] < ia[0] - 1e-9;
}

export const conflictingFigures: Rule = {
  meta: {
    code: 'conflicting-figures', severity: 'warning', needs: ['facts'],
    description: { vi: 'Cùng một chỉ tiêu được nêu với hai số liệu khác nhau', en: 'One indicator given with two different figures' },
  },
  run(ctx) {
    const span = (id?: string) => {
      const m = id ? ctx.matches.find((x) => x.flat.section.id === id) : undefined;
      return m ? ctx.spanOf(m) : null;
    };
    for (const [id, j] of ctx.judged) {
      const home = span(j.fact.indicator.section);
      const inHome = (f: Fact) => !home || (f.paragraph >= home[0] && f.paragraph < home[1]);
      if (!inHome(j.fact)) continue;
      const a = j.fact;
      if (!firm(a)) continue;
      // only figures that say nothing of their time, given where the results are (the indicator's own section)
      const b = j.others.find((o) => firm(o) && undated(o) && undated(a) && o.paragraph !== a.paragraph && inHome(o) && disagree(a, o));
      if (!b) continue;
      const [first, second] = a.paragraph < b.paragraph ? [a, b] : [b, a];
      ctx.report({
        indicator: id, section: a.indicator.section, paragraph: second.paragraph, excerpt: excerpt(second.text),
        message: { vi: `${a.indicator.label}: báo cáo nêu ${formatFact(first)} và ${formatFact(second)}.`, en: `${a.indicator.label}: the report gives both ${formatFact(first)} and ${formatFact(second)}.` },
        suggestion: { vi: 'Thống nhất một số liệu trong toàn báo cáo.', en: 'Use one figure throughout the report.' },
      });
    }
  },
};
