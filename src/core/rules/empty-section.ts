/** empty-section: the heading is there, nothing of substance follows it. */
import type { Rule, RuleContext } from './rule';
import { writtenLabel } from './rule';
import { excerpt, normalize } from '../text';
import { outlineLines } from '../substance';
import type { Section } from '../../packs/schema';
import type { SectionMatch } from '../structure';
import { parseTag } from '../skeleton';
import { DESCRIPTIONS } from '../codes';

/** The first text of a section's span that is no heading, no table cell and no guidance the outline inserted, shortened: what the writer
 * wrote that says nothing of the period. */
function saidOnly(ctx: RuleContext, m: SectionMatch): string | undefined {
  const span = ctx.spanOf(m);
  if (!span) return undefined;
  const headings = new Set(ctx.matches.flatMap((x) => (x.heading ? [x.heading.paragraph] : [])));
  // (… nor the outline's own lines, its guidance left as plain text where Word could not keep its control: "Nội dung mục này…")
  const outline = new Set<string>();
  const walk = (sec: Section) => { outlineLines(sec).forEach((l) => outline.add(l)); sec.children.forEach(walk); };
  walk(m.flat.section);
  for (let i = span[0]; i < span[1]; i++) {
    const p = ctx.doc.paragraphs[i];
    if (!p || headings.has(p.index) || p.cell || !p.text.trim() || p.tags?.some((t) => parseTag(t)?.kind === 'g') || outline.has(normalize(p.text))) continue;
    return excerpt(p.text.trim(), 90);
  }
  return undefined;
}

export const emptySection: Rule = {
  meta: {
    code: 'empty-section', severity: 'error', needs: ['outline', 'text'],
    description: DESCRIPTIONS['empty-section'],
  },
  run(ctx) {
    for (const m of ctx.matches) {
      if (!m.heading || !ctx.empty.has(m.flat)) continue;
      // report the outermost empty section: a part whose items are all empty is one finding
      let p = m.flat.parent;
      while (p && !ctx.empty.has(p)) p = p.parent;
      if (p) continue;
      // (named by the writer's own heading, as the other points and the section's group name it, which can be searched for in Word — not the
      // outline's title beside it, "7. Tiếp tục phát huy … NTM" under "7. Phát huy … nông thôn mới" — walk45, item 9)
      const label = writtenLabel(m.flat.section, m.heading);
      // (a section with text that says nothing — a pointer to another report, a note put off, an instruction left — is told so, its text
      // quoted: "chưa có nội dung" under a sentence the writer can see reads as a misreading — walk48, item 4)
      const said = saidOnly(ctx, m);
      ctx.report({
        section: m.flat.section.id, paragraph: m.heading.paragraph, excerpt: excerpt(m.heading.raw),
        message: said
          ? { vi: `Mục "${label}" chưa nêu nội dung của kỳ báo cáo: chỉ có «${said}».`, en: `Item "${label}" says nothing of this period: only «${said}».` }
          : { vi: `Mục "${label}" chưa có nội dung.`, en: `Item "${label}" has no content.` },
        suggestion: said
          ? { vi: 'Viết nội dung của mục này: câu dẫn chiếu báo cáo khác, hẹn bổ sung sau hay lời dặn của đề cương không thay được nội dung; nếu không có gì để báo cáo, ghi rõ lý do.', en: 'Write this item\'s content: a pointer to another report, a promise to add it later, or the outline\'s instruction is not content; if there is nothing to report, say so and why.' }
          : { vi: 'Viết nội dung cho mục này hoặc ghi rõ lý do không có.', en: 'Write this item, or state why there is nothing to report.' },
      });
    }
  },
};
