/**
 * The document of the in-memory Word: paragraphs in order (table cells
 * included), content controls, comments, the selection, and what happened to
 * it (writes by the add-in, syncs, events). Proxies (proxies.ts) read and
 * change it only when the request context syncs (context.ts).
 */
import type { DocModel } from '../../../src/core/model';
import type { Failures } from './failures';

export interface FakePara {
  id: number;
  text: string;
  styleBuiltIn: string;
  style: string;
  outlineLevel: number;
  listString?: string;
  cell?: { table: number; row: number; cell: number };
  /** null: mixed (some runs bold), as Word reports it. */
  bold: boolean | null;
  /** null: mixed, as Word reports it. */
  italic: boolean | null;
  underline: string;
  alignment: string;
  /** Under a tracked change (a list item then fails to load on the web, #5901). */
  tracked?: boolean;
  /** The story the paragraph is in: the main body unless a header, footer or footnote. */
  story?: 'Header' | 'Footer' | 'Footnote';
}

export interface FakeCC {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  color: string;
  paras: FakePara[];
  /** Made on part of a paragraph (an inline control). */
  inline: boolean;
}

export interface FakeComment {
  content: string;
  para: FakePara;
}

export type ParagraphEvent = { type: 'paragraphAdded' | 'paragraphChanged' | 'paragraphDeleted'; source: 'Local'; uniqueLocalIds: string[] };

const STYLE_NAMES: Record<string, string> = { Normal: 'Normal' };
export const styleName = (builtIn: string) => STYLE_NAMES[builtIn] ?? builtIn.replace(/^Heading(\d)$/, 'Heading $1');

export class FakeDocument {
  paras: FakePara[] = [];
  ccs: FakeCC[] = [];
  comments: FakeComment[] = [];
  selection: FakePara[] = [];
  /** Paragraphs outside the main body (a header, footer or footnote) the selection may be in. */
  stories: FakePara[] = [];
  /** Sections of the document (several make content controls fail on the web, #3594). */
  sections = 1;
  /** Controls Word said it made but did not (#409): changes to them are silently lost. */
  ghosts = new Set<FakeCC>();
  /** Header rows set on each table. */
  headerRows = new Map<number, number>();
  /** Every title given to a content control, as given (Word shows 64 characters, docs-reference#1238). */
  titles: string[] = [];
  /** Document changes made by the add-in, in order ("insertParagraph", "set styleBuiltIn", …). */
  writes: string[] = [];
  syncs = 0;
  failures: Failures = {};
  /** Word.run calls in progress (for #1225). */
  runs = 0;
  /** Delay before Word reports a change (events arrive after the batch that caused them). */
  eventDelayMs = 5;
  paragraphListeners = new Set<(e: ParagraphEvent) => void>();
  selectionListeners = new Set<() => void>();
  private nextId = 1;
  private tables = 0;

  newPara(init: Partial<FakePara> = {}): FakePara {
    return { id: this.nextId++, text: '', styleBuiltIn: 'Normal', style: 'Normal', outlineLevel: 10, bold: false, italic: false, underline: 'None', alignment: 'Left', ...init };
  }
  newTableId() {
    return this.tables++;
  }
  newCC(paras: FakePara[], inline = false): FakeCC {
    return { id: this.nextId++, tag: '', title: '', appearance: 'BoundingBox', color: '', paras, inline };
  }
  /** The list a paragraph is in: the main body, or its story. */
  listOf(p: FakePara): FakePara[] {
    return p.story ? this.stories : this.paras;
  }
  indexOf(p: FakePara): number {
    const i = this.listOf(p).indexOf(p);
    if (i < 0) throw new Error('ItemNotFound: the paragraph is no longer in the document');
    return i;
  }
  has(p: FakePara): boolean {
    return this.listOf(p).includes(p);
  }
  insertAt(i: number, p: FakePara, list = this.paras) {
    list.splice(i, 0, p);
  }
  /** Content controls around a paragraph, outermost first. */
  ccsOf(p: FakePara): FakeCC[] {
    return this.ccs.filter((c) => c.paras.includes(p)).sort((a, b) => b.paras.length - a.paras.length);
  }
  text(): string[] {
    return this.paras.map((p) => p.text);
  }
  /** Paragraphs of each table, by table number, in document order. */
  tableCells(): Map<number, FakePara[]> {
    const out = new Map<number, FakePara[]>();
    for (const p of this.paras) if (p.cell) out.set(p.cell.table, [...(out.get(p.cell.table) ?? []), p]);
    return out;
  }
  /** Readable text of the table of a paragraph: rows of cells, a cell's paragraphs joined by "\r" (as Word's cell text). */
  tableValues(table: number): string[][] {
    const rows: string[][] = [];
    for (const p of this.tableCells().get(table) ?? []) {
      const row = (rows[p.cell!.row] ??= []);
      row[p.cell!.cell] = row[p.cell!.cell] === undefined ? p.text : `${row[p.cell!.cell]}\r${p.text}`;
    }
    return rows.map((r) => Array.from(r, (c) => c ?? ''));
  }

  /** Word reports changes a moment after the batch that made them. */
  emit(type: ParagraphEvent['type'], paras: FakePara[]) {
    if (!paras.length) return;
    const e: ParagraphEvent = { type, source: 'Local', uniqueLocalIds: paras.map((p) => `id-${p.id}`) };
    setTimeout(() => this.paragraphListeners.forEach((l) => l(e)), this.eventDelayMs);
  }
  emitSelection() {
    if (this.failures.selectionEventsMissed) return;
    setTimeout(() => this.selectionListeners.forEach((l) => l()), this.eventDelayMs);
  }

  /** The writer types: the paragraph's text changes, as from the keyboard (not a write by the add-in). */
  type(p: FakePara, text: string) {
    p.text = text;
    this.selection = [p];
    this.emit('paragraphChanged', [p]);
    this.emitSelection();
  }

  /** A document made from the core model (what the .docx reader gives). */
  static fromModel(model: DocModel): FakeDocument {
    const d = new FakeDocument();
    let prevTag: string | undefined;
    let cc: FakeCC | undefined;
    for (const p of model.paragraphs) {
      const fp = d.newPara({
        text: p.text,
        styleBuiltIn: p.styleLevel && /^heading/i.test(p.style ?? 'heading') ? `Heading${p.styleLevel}` : 'Normal',
        style: p.style ?? 'Normal',
        outlineLevel: p.styleLevel ?? 10,
        listString: p.isList ? (p.numLabel ?? '•') : undefined,
        cell: p.cell ? { table: p.cell.table, row: p.cell.row, cell: p.cell.cell } : undefined,
        bold: p.bold ? true : p.boldStart ? null : false,
        italic: p.italic ? true : p.italicStart ? null : false,
        underline: p.underline ? 'Single' : 'None',
      });
      d.paras.push(fp);
      const tag = p.tags?.[p.tags.length - 1];
      if (tag && tag === prevTag && cc) cc.paras.push(fp);
      else if (tag) {
        cc = d.newCC([fp]);
        cc.tag = tag;
        d.ccs.push(cc);
      }
      prevTag = tag;
    }
    d.tables = new Set(model.paragraphs.filter((p) => p.cell).map((p) => p.cell!.table)).size;
    d.selection = d.paras.slice(0, 1);
    return d;
  }
}
