/** missing-list and missing-appendix. */
import type { Rule } from './rule';
import { tables } from '../model';
import { foldDiacritics, normalize } from '../text';
import { label } from './label';


export const missingList: Rule = {
  code: 'missing-list',
  severity: 'error',
  description: { vi: 'Mục phải có danh mục/bảng nhưng không có', en: 'A section that must carry a list or table lacks it' },
  run(ctx) {
    const out: ReturnType<Rule['run']> = [];
    const tbls = tables(ctx.doc);
    for (const m of ctx.matches) {
      const span = ctx.spanOf(m);
      if (!span || !m.flat.applies) continue;
      for (const list of m.flat.section.lists) {
        if (list.levels && ctx.level && !list.levels.includes(ctx.level)) continue;
        const [from, to] = span;
        const hasTable = tbls.some((t) => t.first >= from && t.first < to && columnsFit(t.rows[0] ?? [], list.columns));
        const paras = ctx.doc.paragraphs.slice(from, to).filter((p) => !p.cell);
        let run = 0;
        let best = 0;
        for (const p of paras) {
          run = p.isList || /^\s*([-+•–]|\d+[.)]|[a-zđ]\))\s+/u.test(p.text) ? run + 1 : 0;
          best = Math.max(best, run);
        }
        const referred = paras.some((p) => /phụ lục|danh mục kèm theo|biểu kèm theo/iu.test(p.text));
        if (hasTable || best >= 2 || referred) continue;
        out.push({
          code: 'missing-list', severity: 'error', section: m.flat.section.id, paragraph: m.heading!.paragraph,
          message: { vi: `Mục "${label(m.flat.section.number, m.flat.section.title)}" phải có ${list.title.charAt(0).toLowerCase()}${list.title.slice(1)}.`, en: `Item "${label(m.flat.section.number, m.flat.section.title)}" must include a list: ${list.title}.` },
          suggestion: { vi: `Thêm bảng danh mục${list.columns.length ? ` (cột: ${list.columns.map((c) => c.split('|')[0]).join(', ')})` : ''} hoặc dẫn chiếu phụ lục.`, en: 'Add the list as a table or refer to the appendix that holds it.' },
        });
      }
    }
    return out;
  },
};

function columnsFit(header: string[], columns: string[]): boolean {
  if (!header.length) return false;
  if (!columns.length) return true;
  const h = header.map((c) => normalize(c)).join(' | ');
  const hit = columns.filter((c) => c.split('|').some((alt) => h.includes(normalize(alt)))).length;
  return hit >= Math.ceil(columns.length / 2);
}

export const missingAppendix: Rule = {
  code: 'missing-appendix',
  severity: 'warning',
  description: { vi: 'Phụ lục theo yêu cầu không được đính kèm hay dẫn chiếu', en: 'An expected appendix is neither attached nor referenced' },
  run(ctx) {
    const out: ReturnType<Rule['run']> = [];
    const texts = ctx.doc.paragraphs.filter((p) => /ph[uụ]\s*l[uụ]c|phu\s*luc/iu.test(p.text)).map((p) => foldDiacritics(p.text));
    for (const a of ctx.pack.appendices) {
      if (!a.required || (a.levels && ctx.level && !a.levels.includes(ctx.level))) continue;
      const attached = texts.some((t) => /^phu luc\b/.test(t.trim()));
      const referred = texts.some((t) => /(dinh kem|kem theo|tai|gui kem) (cac )?(bieu )?phu luc|phu luc (so )?\d|phu luc [ivx]+\b|phu luc\b.{0,40}\b(kem theo|dinh kem|gui kem)\b/.test(t));
      if (attached || referred) continue;
      out.push({
        code: 'missing-appendix', severity: 'warning',
        message: { vi: `Không thấy phụ lục: ${a.title}.`, en: `Appendix not found: ${a.title}.` },
        suggestion: { vi: 'Đính kèm các phụ lục và ghi "(Đính kèm các phụ lục)" cuối báo cáo.', en: 'Attach the appendices and mention them at the end of the report.' },
      });
    }
    return out;
  },
};
