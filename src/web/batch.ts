/**
 * The batch table of the reviewer web page, as data: one row per file (file, unit, report template, ready to
 * submit, errors, warnings), sortable by any column. A file not checked yet or that could not be checked
 * keeps its row, below the checked ones whatever the order, with its reason.
 */
import type { Pack } from '../packs/schema';
import type { FileResult } from './protocol';

export type RowState = 'waiting' | 'checking' | 'done' | 'failed';

export interface BatchRow {
  /** Position in the order the files were given (the CLI's order). */
  n: number;
  file: string;
  state: RowState;
  unit?: string;
  /** The template's title (its id when not a known pack). */
  pack?: string;
  ready?: boolean;
  /** The document's head still marks it a draft ("DỰ THẢO"): said under its verdict (walk64, item 1). */
  draft?: boolean;
  errors?: number;
  warnings?: number;
  /** Why the file could not be checked (failed rows). */
  error?: string;
  /** The other files of the batch from the same unit, with the same template (an older copy, or sent again), as the CLI says it. */
  twins?: string[];
}

export type SortKey = 'n' | 'file' | 'unit' | 'pack' | 'ready' | 'errors' | 'warnings';
export interface Sort { key: SortKey; dir: 'asc' | 'desc' }

export function rowFor(n: number, file: string, result: FileResult | undefined, state: RowState, packs: Pack[], lang: 'vi' | 'en', noPackText: string): BatchRow {
  if (!result) return { n, file, state };
  const r = result.report;
  if (!r) return { n, file, state: 'failed', unit: result.unit, error: result.noPack ? noPackText : result.error?.[lang] };
  const pack = packs.find((p) => p.id === r.pack.id);
  return { n, file, state: 'done', unit: result.unit, pack: pack?.title ?? r.pack.id, ready: r.summary.ready, ...(r.draft ? { draft: true } : {}), errors: r.summary.errors, warnings: r.summary.warnings };
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

function value(r: BatchRow, key: SortKey): string | number | undefined {
  if (r.state !== 'done' && key !== 'n' && key !== 'file') return undefined;
  switch (key) {
    case 'ready': return r.ready === undefined ? undefined : r.ready ? 1 : 0;
    default: return r[key];
  }
}

/** Sorted copy: by the column, then by the order given; rows without a value (not checked, failed) last in either direction. */
export function sortRows(rows: BatchRow[], sort: Sort): BatchRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    if (x === undefined || y === undefined) {
      if (x !== y) return x === undefined ? 1 : -1;
      return a.n - b.n;
    }
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c !== 0 ? sign * c : a.n - b.n;
  });
}

/** Pressing a column's header: a new column sorts ascending (errors and warnings: most first), the same column turns round. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'errors' || key === 'warnings' ? 'desc' : 'asc' };
}
