/** JSON report: the stable contract (docs/report-format.md). Messages in the chosen language. */
import type { Lang } from '../../packs/validate';
import type { ReportResult } from '../report';
import { VERSION } from '../version';
import { outlineProgress } from './words';

export interface JsonError {
  file: string;
  error: string;
}

export function toJson(reports: ReportResult[], lang: Lang, errors: JsonError[] = []) {
  return {
    tool: { name: 'decuong', version: VERSION },
    reports: reports.map((r) => ({
      file: r.file,
      pack: r.pack,
      level: r.level,
      ...(r.unit ? { unit: r.unit } : {}), ...(r.unitKey ? { unitKey: r.unitKey } : {}), ...(r.draft ? { draft: r.draft } : {}), ...(r.guidanceLeft ? { guidanceLeft: r.guidanceLeft } : {}),
      summary: r.summary,
      /** Outline items written out of those that apply, overall and per top-level part. */
      progress: (({ all, parts }) => ({ ...all, parts: parts.map((p) => ({ section: p.id, written: p.written, total: p.total })) }))(outlineProgress(r)),
      sections: r.sections,
      indicators: r.indicators,
      findings: r.findings.map((f) => ({
        code: f.code, severity: f.severity, message: f.message[lang],
        ...(f.suggestion ? { suggestion: f.suggestion[lang] } : {}),
        ...(f.section ? { section: f.section } : {}), ...(f.indicator ? { indicator: f.indicator } : {}),
        ...(f.paragraph !== undefined ? { paragraph: f.paragraph } : {}),
        // (the table and row of a finding in a cell, as docs/report-format.md says and the text report prints — walk57, item 6)
        ...(f.cell ? { cell: f.cell } : {}), ...(f.at ? { at: f.at } : {}), ...(f.wrong !== undefined ? { wrong: f.wrong, ...(f.wrongUnit ? { wrongUnit: f.wrongUnit } : {}) } : {}), ...(f.subject ? { subject: f.subject } : {}), ...(f.excerpt ? { excerpt: f.excerpt } : {}),
      })),
    })),
    ...(errors.length ? { errors } : {}),
  };
}

/** The text `decuong check --format json` writes, byte for byte (the task pane and the web page export the same). */
export function jsonText(reports: ReportResult[], lang: Lang, errors: JsonError[] = []): string {
  return JSON.stringify(toJson(reports, lang, errors), null, 2) + '\n';
}
