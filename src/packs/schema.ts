/**
 * The template pack format: what a report written to a plan must contain.
 * Packs are data (JSON) validated by this zod schema; the TypeScript types are
 * inferred from it, and `npm run build:schema` writes a JSON Schema for editors.
 */
import { z } from 'zod';
import { LEVELS } from './levels';
import { patternProblem } from './pattern';
import { CODES } from '../core/codes';

/** Administrative level of the unit writing the report. */
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date-format' });
const Id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'id-format' });

export const Source = z.strictObject({
  number: z.string().min(1).describe('Document number as written, e.g. "16-NQ/TU"'),
  date: IsoDate.optional(),
  issuer: z.string().min(1),
  kind: z.string().optional().describe('Kế hoạch, Nghị quyết, Kết luận, Chương trình hành động…'),
  title: z.string().optional(),
  seed: z.string().optional().describe('Seed file the pack was transcribed from'),
});

/** A list (danh mục) or table a section must carry. */
export const ListSpec = z.strictObject({
  id: Id,
  title: z.string().min(1),
  keywords: z.array(z.string().min(1)).default([]).describe('Words that identify the list in its caption or header row'),
  columns: z.array(z.string().min(1)).default([]).describe('Expected column headers (any wording containing these words)'),
  levels: z.array(Level).optional().describe('Report levels that must carry it (all when absent)'),
});

/** A topic a section must cover (e.g. one of the six "chương trình chuyên đề"). */
export const Topic = z.strictObject({
  id: Id,
  label: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
});

export interface SectionT {
  id: string;
  number: string;
  title: string;
  aliases: string[];
  titleLeads?: string[];
  guidance?: string;
  required: boolean;
  levels?: Level[];
  lists: z.infer<typeof ListSpec>[];
  topics: z.infer<typeof Topic>[];
  appendices: string[];
  note?: string;
  future?: boolean;
  children: SectionT[];
}

export const Section: z.ZodType<SectionT, unknown> = z.lazy(() =>
  z.strictObject({
    id: Id,
    number: z.string().describe('Number as written in the source: "Phần thứ nhất", "II", "2.4", "(3)", "a)" or ""'),
    title: z.string().min(1).describe('Title exactly as in the source'),
    aliases: z.array(z.string().min(1)).default([]).describe('Common rewordings'),
    titleLeads: z.array(z.string().min(1)).optional().describe('Words that open a heading naming this section by the report\'s own subject: "Kết quả" followed by the words of the report\'s title ("Kết quả duy trì, nâng chuẩn xã nông thôn mới …" under a title "Kết quả duy trì, nâng chuẩn xã nông thôn mới … tại xã Điện Hòa")'),
    guidance: z.string().optional().describe('Instruction shown to the writer'),
    required: z.boolean().default(true),
    levels: z.array(Level).optional().describe('Report levels the section applies to (all when absent)'),
    lists: z.array(ListSpec).default([]),
    topics: z.array(Topic).default([]),
    appendices: z.array(z.string()).default([]).describe('Ids of pack appendices this section refers to'),
    note: z.string().optional().describe('Oddities of the source kept as written'),
    future: z.boolean().optional().describe('About the period to come (targets, tasks, proposals): figures here are targets, not results. Inherited by children.'),
    children: z.array(Section).default([]),
  }),
);

const num = z.number().finite();

/** A target: the comparator says how an achieved value is judged. */
export const Target = z.discriminatedUnion('comparator', [
  z.strictObject({ comparator: z.literal('at-least'), value: num, strict: z.boolean().default(false) }),
  z.strictObject({ comparator: z.literal('at-most'), value: num, strict: z.boolean().default(false) }),
  z.strictObject({ comparator: z.literal('exactly'), value: num }),
  z.strictObject({ comparator: z.literal('range'), min: num, max: num }),
  z.strictObject({
    comparator: z.literal('multiple-of-base'),
    factor: num.positive(),
    baseYear: z.number().int(),
  }),
  z.strictObject({
    comparator: z.literal('reduction-per-year'),
    value: num.nonnegative().describe('Percentage points per year'),
    strict: z.boolean().default(false),
  }),
  z.strictObject({ comparator: z.literal('count-of-total'), count: num.nonnegative(), total: num.positive() }),
]);
export type Target = z.infer<typeof Target>;

export const Indicator = z.strictObject({
  id: Id,
  label: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1).describe('All of these must appear near the figure (after normalisation)'),
  aliases: z.array(z.array(z.string().min(1)).min(1)).default([]).describe('Alternative keyword sets'),
  exclude: z.array(z.string().min(1)).default([]).describe('Words that mean the figure is about something else'),
  unit: z.string().describe('"%", "xã", "huyện", "triệu đồng/ha", "lần", "%/năm", "ha"…'),
  of: z.array(z.string().min(1)).optional().describe('For a rate: what its fractions count ("thôn", "hộ"); a fraction of anything else ("07/08 xã đạt tiêu chí nước sạch") is not this rate'),
  target: Target,
  year: z.number().int().describe('Target year'),
  direction: z.enum(['higher', 'lower']).default('higher'),
  mustQuote: z.boolean().default(true),
  levels: z.array(Level).min(1).describe('Report levels at which the target can be compared'),
  section: z.string().optional().describe('Id of the section where it is usually reported'),
  orientation: z
    .array(z.strictObject({ year: z.number().int(), target: Target, note: z.string().optional() }))
    .default([])
    .describe('Later targets kept as information'),
  source: z.string().optional(),
});
export type Indicator = z.infer<typeof Indicator>;

export const Appendix = z.strictObject({
  id: Id,
  title: z.string().min(1),
  keywords: z.array(z.string().min(1)).default([]),
  required: z.boolean().default(true),
  levels: z.array(Level).optional(),
});

export const Pack = z
  .object({
    $schema: z.string().optional(),
    id: Id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'version-format' }),
    title: z.string().min(1),
    description: z.string().optional(),
    sources: z.array(Source).min(1),
    levels: z.array(Level).min(1),
    period: z.strictObject({ from: IsoDate, to: IsoDate, note: z.string().optional() }),
    // (the report's own due dates, as the guidance gives them — none where it gives none: nq04's Kết luận dates the dossier, not the report)
    due: z.array(z.strictObject({ date: IsoDate, levels: z.array(Level).optional(), what: z.string().optional() })).describe('The report\'s own due dates; empty where the guidance sets none'),
    identify: z.strictObject({
      keywords: z.array(z.string().min(1)).min(1).describe('Words of the report title that point to this pack'),
      titlePatterns: z.array(z.string()).default([]).describe('Regular expressions on the folded (no diacritics) title'),
      exclude: z.array(z.string()).default([]),
      subject: z.array(z.string().min(1)).default([]).describe('What the template reports on (its programme), one of which its title names: a title of this review about something else ("… Chương trình giảm nghèo bền vững") is another report'),
    }),
    outline: z.array(Section).min(1),
    indicators: z.array(Indicator).default([]),
    appendices: z.array(Appendix).default([]),
    deadlines: z
      .array(z.strictObject({ id: Id, label: z.string().min(1), date: IsoDate, keywords: z.array(z.string().min(1)).default([]), levels: z.array(Level).optional() }))
      .default([])
      .describe('Dated targets other than the report itself (e.g. a dossier due 30/6/2025)'),
    placeholders: z.array(z.string()).default([]).describe('Extra regular expressions for text left to fill'),
    baselines: z
      .array(z.strictObject({ label: z.string(), value: num, unit: z.string(), total: num.optional(), written: z.string().optional(), note: z.string().optional() }))
      .default([])
      .describe('Baseline figures quoted by the source'),
    notes: z.array(z.string()).default([]),
    rules: z
      .partialRecord(z.enum(CODES), z.enum(['off', 'error', 'warning', 'info']))
      .default({})
      .describe('Per rule: "off", or the severity its findings get in this pack (ESLint-style)'),
  })
  .superRefine((pack, ctx) => {
    // Section ids unique across the whole tree; appendix references resolve.
    const seen = new Map<string, string>();
    const appendixIds = new Set(pack.appendices.map((a) => a.id));
    const walk = (list: SectionT[], path: (string | number)[]) => {
      list.forEach((s, i) => {
        const p = [...path, i];
        if (seen.has(s.id)) {
          ctx.addIssue({ code: 'custom', path: [...p, 'id'], message: 'duplicate-section-id', params: { id: s.id } });
        } else seen.set(s.id, s.id);
        s.appendices.forEach((a, j) => {
          if (!appendixIds.has(a))
            ctx.addIssue({ code: 'custom', path: [...p, 'appendices', j], message: 'unknown-appendix', params: { id: a } });
        });
        walk(s.children, [...p, 'children']);
      });
    };
    walk(pack.outline, ['outline']);
    const indIds = new Set<string>();
    pack.indicators.forEach((ind, i) => {
      if (indIds.has(ind.id))
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: 'duplicate-indicator-id', params: { id: ind.id } });
      indIds.add(ind.id);
      const checkRange = (t: Target, p: (string | number)[]) => {
        if (t.comparator === 'range' && t.min > t.max)
          ctx.addIssue({ code: 'custom', path: [...p, 'min'], message: 'range-order', params: { min: t.min, max: t.max } });
        if (t.comparator === 'count-of-total' && t.count > t.total)
          ctx.addIssue({ code: 'custom', path: [...p, 'count'], message: 'count-over-total', params: { count: t.count, total: t.total } });
      };
      checkRange(ind.target, ['indicators', i, 'target']);
      ind.orientation.forEach((o, j) => checkRange(o.target, ['indicators', i, 'orientation', j, 'target']));
      if (ind.section && !seen.has(ind.section))
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'section'], message: 'unknown-section', params: { id: ind.section } });
    });
    if (pack.period.from > pack.period.to)
      ctx.addIssue({ code: 'custom', path: ['period', 'from'], message: 'period-order', params: { from: pack.period.from, to: pack.period.to } });
    pack.placeholders.forEach((p, i) => {
      const why = patternProblem(p);
      if (why) ctx.addIssue({ code: 'custom', path: ['placeholders', i], message: 'bad-regex', params: { value: p, why } });
    });
    pack.identify.titlePatterns.forEach((p, i) => {
      const why = patternProblem(p);
      if (why) ctx.addIssue({ code: 'custom', path: ['identify', 'titlePatterns', i], message: 'bad-regex', params: { value: p, why } });
    });
  });

export type Pack = z.infer<typeof Pack>;
export type PackInput = z.input<typeof Pack>;
export type Section = SectionT;
export type ListSpec = z.infer<typeof ListSpec>;
export type Topic = z.infer<typeof Topic>;
export type Appendix = z.infer<typeof Appendix>;
