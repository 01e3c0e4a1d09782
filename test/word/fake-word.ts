/**
 * An in-memory Word for the tests and the browser demo: the part of Word's
 * object model that src/word/api.ts describes, with Office.js semantics where
 * they matter to the adapter:
 *  - proxies: a property can be read only after it was load()ed and a sync() ran
 *    (otherwise PropertyNotLoaded is thrown, as Office.js does);
 *  - collections load their items on sync, with the property paths asked for
 *    ("items/text", "items/font/bold", "items/parentTableCellOrNullObject/rowIndex");
 *  - *OrNullObject proxies with isNullObject;
 *  - every sync() is counted and every change to the document is recorded.
 * New paragraphs inherit the style of the paragraph they are inserted next to,
 * as in Word, so code that forgets to set a style is caught.
 */
import type { DocModel } from '../../src/core/model';

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
  alignment: string;
}

export interface FakeCC {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  color: string;
  paras: FakePara[];
}

export interface FakeComment {
  content: string;
  para: FakePara;
}

class PropertyNotLoaded extends Error {
  code = 'PropertyNotLoaded';
}

const STYLE_NAMES: Record<string, string> = { Normal: 'Normal' };
const styleName = (builtIn: string) => STYLE_NAMES[builtIn] ?? builtIn.replace(/^Heading(\d)$/, 'Heading $1');

export class FakeDocument {
  paras: FakePara[] = [];
  ccs: FakeCC[] = [];
  comments: FakeComment[] = [];
  selection: FakePara[] = [];
  /** Document changes, in order ("insertParagraph", "set styleBuiltIn", …). */
  writes: string[] = [];
  syncs = 0;
  /** Simulate a host that rejects parent objects loaded as collection paths. */
  rejectNestedPaths = false;
  /** Simulate office-js#5901: loading list items throws (web, tracked changes). */
  listBug = false;
  private nextId = 1;
  private tables = 0;

  newPara(init: Partial<FakePara> = {}): FakePara {
    return { id: this.nextId++, text: '', styleBuiltIn: 'Normal', style: 'Normal', outlineLevel: 10, bold: false, italic: false, alignment: 'Left', ...init };
  }
  newTableId() {
    return this.tables++;
  }
  newCC(paras: FakePara[]): FakeCC {
    const cc = { id: this.nextId++, tag: '', title: '', appearance: 'BoundingBox', color: '', paras };
    this.ccs.push(cc);
    return cc;
  }
  indexOf(p: FakePara): number {
    const i = this.paras.indexOf(p);
    if (i < 0) throw new Error('ItemNotFound: the paragraph is no longer in the document');
    return i;
  }
  insertAt(i: number, p: FakePara) {
    this.paras.splice(i, 0, p);
  }
  /** Content controls around a paragraph, innermost last. */
  ccsOf(p: FakePara): FakeCC[] {
    return this.ccs.filter((c) => c.paras.includes(p));
  }
  text(): string[] {
    return this.paras.map((p) => p.text);
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
        cell: p.cell ? { ...p.cell } : undefined,
        bold: p.bold ? true : p.boldStart ? null : false,
        italic: p.italic ? true : p.italicStart ? null : false,
      });
      d.paras.push(fp);
      const tag = p.tags?.[p.tags.length - 1];
      if (tag && tag === prevTag && cc) cc.paras.push(fp);
      else if (tag) (cc = d.newCC([fp])).tag = tag;
      prevTag = tag;
    }
    d.tables = new Set(model.paragraphs.filter((p) => p.cell).map((p) => p.cell!.table)).size;
    d.selection = d.paras.slice(0, 1);
    return d;
  }
}

type Loader = () => void;

/** Base of every proxy: pending loads become readable at the next sync. */
class Proxy {
  protected loaded = new Set<string>();
  constructor(protected ctx: FakeContext) {}
  protected need(prop: string) {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(`The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((s) => s.trim()).filter(Boolean);
    this.ctx.queue(() => this.applyLoad(list));
    return this;
  }
  protected applyLoad(list: string[]) {
    for (const p of list) this.loaded.add(p);
  }
}

class FakeParagraph extends Proxy {
  constructor(ctx: FakeContext, readonly p: FakePara) {
    super(ctx);
  }
  private snap: Partial<Record<string, unknown>> = {};
  protected override applyLoad(list: string[]) {
    for (const prop of list) {
      this.loaded.add(prop);
      this.snap[prop] = (this.p as unknown as Record<string, unknown>)[prop];
    }
  }
  private get d() {
    return this.ctx.doc;
  }
  get text() { this.need('text'); return this.snap.text as string; }
  get style() { this.need('style'); return this.snap.style as string; }
  get styleBuiltIn() { this.need('styleBuiltIn'); return this.snap.styleBuiltIn as string; }
  set styleBuiltIn(v: string) { this.d.writes.push('set styleBuiltIn'); this.p.styleBuiltIn = v; this.p.style = styleName(v); this.p.outlineLevel = /^Heading(\d)$/.test(v) ? Number(v.slice(7)) : 10; }
  get outlineLevel() { this.need('outlineLevel'); return this.snap.outlineLevel as number; }
  get tableNestingLevel() { this.need('tableNestingLevel'); return this.p.cell ? 1 : 0; }
  get isListItem() { this.need('isListItem'); return this.p.listString !== undefined; }
  get alignment() { this.need('alignment'); return this.snap.alignment as FakePara['alignment'] as never; }
  set alignment(v: string) { this.d.writes.push('set alignment'); this.p.alignment = v; }
  get font() {
    const self = this;
    return {
      get bold(): boolean | null { self.need('font/bold'); return self.p.bold; },
      set bold(v: boolean | null) { self.d.writes.push('set font.bold'); self.p.bold = v; },
      get italic(): boolean | null { self.need('font/italic'); return self.p.italic; },
      set italic(v: boolean | null) { self.d.writes.push('set font.italic'); self.p.italic = v; },
    };
  }
  get listItemOrNullObject() {
    return new FakeParentObj(this.ctx, () => (this.p.listString === undefined ? null : { listString: this.p.listString, level: 0 }), 'listItemOrNullObject');
  }
  get parentContentControlOrNullObject() {
    return new FakeParentObj(this.ctx, () => {
      const cc = this.d.ccsOf(this.p).pop();
      return cc ? { tag: cc.tag } : null;
    }, 'parentContentControlOrNullObject');
  }
  get parentTableCellOrNullObject() {
    return new FakeParentObj(this.ctx, () => (this.p.cell ? { rowIndex: this.p.cell.row, cellIndex: this.p.cell.cell } : null), 'parentTableCellOrNullObject');
  }
  insertParagraph(text: string, loc: 'Before' | 'After') {
    this.d.writes.push('insertParagraph');
    const np = this.d.newPara({ text, styleBuiltIn: this.p.styleBuiltIn, style: this.p.style, outlineLevel: this.p.outlineLevel });
    const i = this.d.indexOf(this.p);
    this.d.insertAt(loc === 'Before' ? i : i + 1, np);
    return new FakeParagraph(this.ctx, np);
  }
  insertContentControl() {
    this.d.writes.push('insertContentControl');
    return new FakeContentControl(this.ctx, this.d.newCC([this.p]));
  }
  insertTable(rows: number, cols: number, loc: 'Before' | 'After', values?: string[][]) {
    this.d.writes.push('insertTable');
    const table = this.d.newTableId();
    let i = this.d.indexOf(this.p) + (loc === 'After' ? 1 : 0);
    const cells: FakePara[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const cp = this.d.newPara({ text: values?.[r]?.[c] ?? '', cell: { table, row: r, cell: c } });
        cells.push(cp);
        this.d.insertAt(i++, cp);
      }
    return new FakeTable(this.ctx, cells);
  }
  getRange(_loc?: string) {
    return new FakeRange(this.ctx, [this.p]);
  }
  search(text: string, _opts?: unknown) {
    const hits: FakeRange[] = [];
    const hay = this.p.text.toLowerCase();
    let at = hay.indexOf(text.toLowerCase());
    while (at >= 0 && text) {
      hits.push(new FakeRange(this.ctx, [this.p], this.p.text.slice(at, at + text.length)));
      at = hay.indexOf(text.toLowerCase(), at + 1);
    }
    return new FakeCollection(this.ctx, () => hits);
  }
  select() {
    this.ctx.doc.selection = [this.p];
  }
}

/** A *OrNullObject navigation property. */
class FakeParentObj extends Proxy {
  private value: Record<string, unknown> | null = null;
  constructor(ctx: FakeContext, private get: () => Record<string, unknown> | null, private path: string) {
    super(ctx);
  }
  protected override applyLoad(list: string[]) {
    if (this.path === 'listItemOrNullObject' && this.ctx.doc.listBug) this.ctx.failure = 'GeneralException (office-js#5901)';
    this.value = this.get();
    for (const p of list) this.loaded.add(p);
    this.loaded.add('isNullObject');
  }
  /** Loaded through the paragraph collection's path ("items/<path>/tag"). */
  loadFrom(list: string[]) {
    this.applyLoad(list);
  }
  get isNullObject() { this.need('isNullObject'); return this.value === null; }
  get tag() { this.need('tag'); return (this.value?.tag as string) ?? ''; }
  get rowIndex() { this.need('rowIndex'); return this.value?.rowIndex as number; }
  get cellIndex() { this.need('cellIndex'); return this.value?.cellIndex as number; }
  get listString() { this.need('listString'); return this.value?.listString as string; }
  get level() { this.need('level'); return this.value?.level as number; }
}

class FakeRange extends Proxy {
  constructor(ctx: FakeContext, readonly paras: FakePara[], private span?: string) {
    super(ctx);
  }
  get text() { this.need('text'); return this.span ?? this.paras.map((p) => p.text).join('\r'); }
  select() {
    this.ctx.doc.selection = this.paras;
    this.ctx.selectedText = this.span;
  }
  insertContentControl() {
    this.ctx.doc.writes.push('insertContentControl');
    return new FakeContentControl(this.ctx, this.ctx.doc.newCC([...this.paras]));
  }
  insertComment(text: string) {
    this.ctx.doc.writes.push('insertComment');
    this.ctx.doc.comments.push({ content: text, para: this.paras[0] });
    return {};
  }
  expandTo(other: FakeRange) {
    const d = this.ctx.doc;
    const a = d.indexOf(this.paras[0]);
    const b = d.indexOf(other.paras[other.paras.length - 1]);
    return new FakeRange(this.ctx, d.paras.slice(Math.min(a, b), Math.max(a, b) + 1));
  }
  get paragraphs() {
    return new FakeParagraphs(this.ctx, () => this.paras);
  }
}

class FakeTable extends Proxy {
  constructor(ctx: FakeContext, readonly cells: FakePara[]) {
    super(ctx);
  }
  headerRowCountValue = 0;
  get headerRowCount() { this.need('headerRowCount'); return this.headerRowCountValue; }
  set headerRowCount(v: number) { this.ctx.doc.writes.push('set headerRowCount'); this.headerRowCountValue = v; }
  insertParagraph(text: string, loc: 'Before' | 'After') {
    const anchor = new FakeParagraph(this.ctx, loc === 'Before' ? this.cells[0] : this.cells[this.cells.length - 1]);
    const np = anchor.insertParagraph(text, loc);
    np.p.cell = undefined;
    return np;
  }
}

class FakeContentControl extends Proxy {
  constructor(ctx: FakeContext, readonly cc: FakeCC) {
    super(ctx);
  }
  private snap: Record<string, unknown> = {};
  protected override applyLoad(list: string[]) {
    for (const p of list) {
      this.loaded.add(p);
      this.snap[p] = p === 'text' ? this.cc.paras.map((x) => x.text).join('\r') : (this.cc as unknown as Record<string, unknown>)[p];
    }
  }
  private set(prop: 'tag' | 'title' | 'appearance' | 'color', v: string) {
    this.ctx.doc.writes.push(`set cc.${prop}`);
    this.cc[prop] = v;
  }
  get tag() { this.need('tag'); return this.snap.tag as string; }
  set tag(v: string) { this.set('tag', v); }
  get title() { this.need('title'); return this.snap.title as string; }
  set title(v: string) { this.set('title', v); }
  get appearance() { this.need('appearance'); return this.snap.appearance as never; }
  set appearance(v: string) { this.set('appearance', v); }
  get color() { this.need('color'); return this.snap.color as string; }
  set color(v: string) { this.set('color', v); }
  get text() { this.need('text'); return this.snap.text as string; }
  get paragraphs() {
    return new FakeParagraphs(this.ctx, () => this.cc.paras);
  }
  insertParagraph(text: string, loc: 'Before' | 'After') {
    const edge = loc === 'Before' ? this.cc.paras[0] : this.cc.paras[this.cc.paras.length - 1];
    return new FakeParagraph(this.ctx, edge).insertParagraph(text, loc);
  }
  delete(keepContent: boolean) {
    const d = this.ctx.doc;
    d.writes.push('delete contentControl');
    d.ccs = d.ccs.filter((c) => c !== this.cc);
    if (!keepContent) {
      d.paras = d.paras.filter((p) => !this.cc.paras.includes(p));
      for (const c of d.ccs) c.paras = c.paras.filter((p) => !this.cc.paras.includes(p));
    }
  }
}

/** A collection: items appear at sync, each loaded with the paths asked for. */
class FakeCollection<T> extends Proxy {
  private list: T[] | null = null;
  constructor(ctx: FakeContext, private source: () => T[], private wrap?: (x: T) => unknown) {
    super(ctx);
  }
  protected override applyLoad(list: string[]) {
    this.loaded.add('items');
    const raw = this.source();
    const items = raw.map((x) => (this.wrap ? this.wrap(x) : x)) as unknown as Proxy[];
    const direct: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of list) {
      const rest = path.replace(/^items\/?/, '');
      if (!rest) continue;
      const [head, ...tail] = rest.split('/');
      if (head === 'font') direct.push(`font/${tail.join('/')}`);
      else if (tail.length) {
        if (this.ctx.doc.rejectNestedPaths) {
          this.ctx.failure = `InvalidArgument: cannot load "${path}"`;
          return;
        }
        nested.set(head, [...(nested.get(head) ?? []), tail.join('/')]);
      }
      else direct.push(head);
    }
    for (const it of items) {
      (it as unknown as { applyLoad(l: string[]): void }).applyLoad(direct);
      for (const [head, props] of nested) {
        const child = (it as unknown as Record<string, FakeParentObj>)[head];
        child.loadFrom(props);
        // the same child proxy must be returned later: pin it
        Object.defineProperty(it, head, { value: child, configurable: true });
      }
    }
    this.list = items as unknown as T[];
  }
  get items(): T[] {
    this.need('items');
    return this.list!;
  }
}

class FakeParagraphs extends FakeCollection<FakeParagraph> {
  constructor(ctx: FakeContext, source: () => FakePara[]) {
    super(ctx, () => source().map((p) => new FakeParagraph(ctx, p)) as never);
    this.src = source;
  }
  private src: () => FakePara[];
  getFirst() {
    return new FakeParagraph(this.ctx, this.src()[0]);
  }
  getLast() {
    const all = this.src();
    return new FakeParagraph(this.ctx, all[all.length - 1]);
  }
}

export class FakeContext {
  private pending: Loader[] = [];
  selectedText?: string;
  constructor(readonly doc: FakeDocument) {}
  queue(l: Loader) {
    this.pending.push(l);
  }
  async sync() {
    this.doc.syncs++;
    const todo = this.pending;
    this.pending = [];
    for (const l of todo) l();
    const fail = this.failure;
    this.failure = undefined;
    if (fail) throw new Error(fail);
  }
  failure?: string;
  get document() {
    const ctx = this;
    const d = this.doc;
    return {
      body: {
        get paragraphs() {
          return new FakeParagraphs(ctx, () => d.paras);
        },
        get contentControls() {
          return new FakeCollection(ctx, () => d.ccs, (cc) => new FakeContentControl(ctx, cc));
        },
        insertParagraph(text: string, loc: 'Start' | 'End') {
          d.writes.push('insertParagraph');
          const edge = loc === 'Start' ? d.paras[0] : d.paras[d.paras.length - 1];
          const np = d.newPara({ text, styleBuiltIn: edge?.styleBuiltIn ?? 'Normal', style: edge?.style ?? 'Normal' });
          if (loc === 'Start') d.paras.unshift(np);
          else d.paras.push(np);
          return new FakeParagraph(ctx, np);
        },
        getComments() {
          return new FakeCollection(ctx, () => d.comments, (c) => ({
            get content() { return c.content; },
            delete() { d.writes.push('delete comment'); d.comments = d.comments.filter((x) => x !== c); },
            applyLoad() {},
          }));
        },
      },
      getSelection() {
        return new FakeRange(ctx, d.selection.length ? d.selection : d.paras.slice(-1));
      },
    };
  }
}

/** Word.run over a fake document: a fresh request context per batch, as in Office.js. */
export function fakeRun(doc: FakeDocument) {
  return <T>(batch: (ctx: never) => Promise<T>): Promise<T> => batch(new FakeContext(doc) as never);
}
