/** missing-list: a section that must carry a danh mục (list or table) has none, and refers to none. */
import type { Rule } from './rule';
import { writtenLabel } from './rule';
import { tables } from '../model';
import { containsNormalized, lowerFirst, normalize } from '../text';
import { LIST_CAPTION, LIST_REFERENCE } from '../lexicon';
import { LIST_IN_BRACKET } from '../lexicon/patterns-structure';
import { DESCRIPTIONS } from '../codes';

/** A table whose header holds at least half of the expected columns (any of each column's alternatives). */
function columnsFit(header: string[], columns: string[]): boolean {
  if (!header.length) return false;
  if (!columns.length) return true;
  const h = header.map((c) => normalize(c)).join(' | ');
  const hit = columns.filter((c) => c.split('|').some((alt) => h.includes(normalize(alt)))).length;
  return hit >= Math.ceil(columns.length / 2);
}

export const missingList: Rule = {
  meta: {
    code: 'missing-list', severity: 'error', needs: ['outline', 'tables'],
    description: DESCRIPTIONS['missing-list'],
  },
  run(ctx) {
    const tbls = tables(ctx.doc);
    for (const m of ctx.matches) {
      const span = ctx.spanOf(m);
      if (!span || !m.flat.applies) continue;
      for (const list of m.flat.section.lists) {
        if (list.levels && ctx.level && !list.levels.includes(ctx.level)) continue;
        const [from, to] = span;
        // a table whose header fits the list's columns, or whose caption (the line above it) names the list
        const captionText = (t: { first: number }) => ctx.doc.paragraphs[t.first - 1]?.text ?? '';
        const named = (t: { first: number }) => list.keywords.length > 0 && LIST_CAPTION.test(captionText(t)) && list.keywords.some((k) => containsNormalized(normalize(captionText(t)), normalize(k)));
        const listTables = tbls.filter((t) => t.first >= from && t.first < to && (t.rows.slice(0, 2).some((r) => columnsFit(r, list.columns)) || named(t)));
        // (… holding an entry: a row after its header with a cell of words or figures beyond its number — the outline's table left with its
        // header and blank rows lists nothing, walk59, item 2)
        const filled = (t: (typeof listTables)[number]) => {
          const head = Math.max(0, t.rows.slice(0, 2).findIndex((r) => columnsFit(r, list.columns)));
          return t.rows.slice(head + 1).some((r) => r.some((c) => c.trim() && !/^\s*\d{1,3}\s*[.)]?\s*$/u.test(c)));
        };
        const hasTable = listTables.some(filled);
        const blankTable = !hasTable && listTables.length > 0;
        // (the cells of a report written as a table are its text: "| 1 | Công tác … quán triệt | … (chi tiết tại Phụ lục 01 kèm theo) |")
        const paras = ctx.doc.paragraphs.slice(from, to).filter((p) => !p.cell || ctx.proseTables.has(p.cell.table));
        let run = 0;
        let best = 0;
        for (const p of paras) {
          run = p.isList || /^\s*([-+•–]|\d+[.)]|[a-zđ]\))\s+/u.test(p.text) ? run + 1 : 0;
          best = Math.max(best, run);
        }
        // (the text an item runs into after its label is the section's: "1. Học tập, quán triệt: … Chi tiết số lớp, số người tại Phụ lục 02")
        const texts = [...(m.heading?.runIn ? [m.heading.runIn] : []), ...paras.map((p) => p.text)];
        const referred = texts.some((t) => LIST_REFERENCE.test(t) || LIST_IN_BRACKET.test(t));
        if (hasTable || best >= 2 || referred) continue;
        const label = writtenLabel(m.flat.section, m.heading);
        if (blankTable) {
          ctx.report({
            section: m.flat.section.id, paragraph: listTables[0].first, subject: list.title,
            message: { vi: `Mục "${label}" có bảng ${lowerFirst(list.title)} nhưng bảng chưa ghi dòng nào.`, en: `Item "${label}" has the table for ${list.title}, but it lists nothing.` },
            suggestion: { vi: 'Ghi các dòng của danh mục vào bảng, hoặc dẫn chiếu phụ lục có danh mục.', en: 'Fill in the list, or refer to the appendix that holds it.' },
          });
          continue;
        }
        ctx.report({
          section: m.flat.section.id, paragraph: m.heading!.paragraph, subject: list.title,
          message: { vi: `Mục "${label}" phải có ${lowerFirst(list.title)}.`, en: `Item "${label}" must include a list: ${list.title}.` },
          suggestion: { vi: `Thêm bảng danh mục${list.columns.length ? ` (cột: ${list.columns.map((c) => c.split('|')[0]).join(', ')})` : ''} hoặc dẫn chiếu phụ lục.`, en: 'Add the list as a table or refer to the appendix that holds it.' },
        });
      }
    }
  },
};
