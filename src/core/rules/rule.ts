/** A rule: metadata and one job, ESLint-style. */
import type { Level, Pack } from '../../packs/schema';
import type { DocModel } from '../model';
import type { Code, Finding, Msg, Severity } from '../report';
import type { Heading, SectionMatch, FlatSection } from '../structure';
import type { Quote } from '../indicators';

export interface CheckContext {
  doc: DocModel;
  pack: Pack;
  level?: Level;
  headings: Heading[];
  matches: SectionMatch[];
  quotes: Quote[];
  /** Paragraph range [from, to) covered by a matched section including its subsections. */
  spanOf(m: SectionMatch): [number, number] | null;
  outOfOrder: Set<FlatSection>;
  /** Sections whose heading is there but without substance. */
  empty: Set<FlatSection>;
}

export interface Rule {
  code: Code;
  severity: Severity;
  description: Msg;
  run(ctx: CheckContext): Finding[];
}
