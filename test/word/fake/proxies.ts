/**
 * Proxies of the in-memory Word (paragraphs, ranges, content controls,
 * tables, bodies, collections), with Office.js's rules:
 *  - a property is readable only after load() and a sync (PropertyNotLoaded);
 *  - collections take paths ("items/font/bold", "items/parentContentControlOrNullObject/tag")
 *    and paging ({ top, skip }); isNullObject is filled by Word itself and
 *    cannot be loaded as a path (InvalidArgument);
 *  - an *OrNullObject proxy is bound to what it stands for the first time a
 *    sync resolves it (a null object stays null);
 *  - changes run at sync, in order; the failure switches (failures.ts) make
 *    them fail as reported; a new paragraph takes the style, direct formatting
 *    and list of the paragraph it is inserted next to.
 */
import type { FakeCC, FakeComment, FakeDocument, FakePara } from './document';
import { styleName } from './document';
import { OfficeError } from './failures';
import type { FakeContext } from './context';

/** Values read at a sync, committed to the proxy when the whole sync succeeds. */
export interface Staged {
  commit(): void;
  bytes: number;
}

interface LoadSpec {
  paths: string[];
  top?: number;
  skip?: number;
}

function parseLoad(opts?: string | string[] | { select?: string; expand?: string; top?: number; skip?: number }): LoadSpec {
  const split = (s?: string) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  if (typeof opts === 'string' || opts === undefined) return { paths: split(opts) };
  if (Array.isArray(opts)) return { paths: opts.flatMap(split) };
  return { paths: split(opts.select), top: opts.top, skip: opts.skip };
}

const notLoaded = (prop: string) =>
  new OfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

const itemNotFound = (what: string) => new OfficeError('ItemNotFound', `The requested ${what} does not exist.`);

/** Base of every proxy. T: what it stands for in the document. */
abstract class Proxy<T> {
  private loaded = new Set<string>();
  private snap = new Map<string, unknown>();
  private bound = false;
  private target: T | null = null;
  private navs = new Map<string, Proxy<unknown>>();
  private known = false;
  constructor(protected ctx: FakeContext, private resolver: () => T | null) {}
  protected get doc(): FakeDocument {
    return this.ctx.doc;
  }
  /** What the proxy stands for, fixed the first time a sync resolves it. */
  resolve(): T | null {
    if (!this.bound) {
      this.target = this.resolver();
      this.bound = true;
    }
    this.known = true;
    return this.target;
  }
  protected must(what: string): T {
    const t = this.resolve();
    if (t === null || !this.alive(t)) throw itemNotFound(what);
    return t;
  }
  protected alive(_t: T): boolean {
    return true;
  }
  get isNullObject(): boolean {
    if (!this.known) throw notLoaded('isNullObject');
    return this.target === null;
  }
  protected need(prop: string): unknown {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.snap.get(prop);
  }
  /** A scalar property as the document holds it now. */
  protected abstract read(prop: string, t: T): unknown;
  /** A navigation property (a proxy, the same one each time). */
  protected nav<P extends Proxy<unknown>>(name: string, make: () => P): P {
    let n = this.navs.get(name);
    if (!n) this.navs.set(name, (n = make()));
    return n as P;
  }
  protected navNames(): string[] {
    return [];
  }
  load(opts?: string | string[] | { select?: string; expand?: string; top?: number; skip?: number }): this {
    const spec = parseLoad(opts);
    this.ctx.queueLoad(() => this.stage(spec.paths, false));
    return this;
  }
  /** Read the paths now (inside a sync). */
  stage(paths: string[], viaCollection: boolean): Staged {
    const values = new Map<string, unknown>();
    const children: Staged[] = [];
    let bytes = 0;
    const t = this.resolve();
    for (const raw of paths) {
      const path = raw.replace(/^items\//, '');
      if (path === '$none' || path === 'items') continue;
      if (path.split('/').includes('isNullObject')) throw new OfficeError('InvalidArgument', `Cannot load "${raw}": isNullObject is set by Word itself.`);
      const [head, ...tail] = path.split('/');
      if (head === 'font' || !tail.length) {
        if (t === null) continue;
        const v = this.read(path, t);
        values.set(path, v);
        bytes += JSON.stringify(v ?? null).length + path.length;
        continue;
      }
      if (!this.navNames().includes(head)) throw new OfficeError('InvalidArgument', `Cannot load "${raw}".`);
      if (viaCollection && this.doc.failures.nestedPathsRejected) throw new OfficeError('InvalidArgument', `Cannot load "${raw}" on a collection.`);
      const child = (this as unknown as Record<string, Proxy<unknown>>)[head];
      const s = child.stage([tail.join('/')], false);
      children.push(s);
      bytes += s.bytes;
    }
    return {
      bytes,
      commit: () => {
        for (const [k, v] of values) {
          this.loaded.add(k);
          this.snap.set(k, v);
        }
        for (const c of children) c.commit();
      },
    };
  }
}

type ParaRef = FakePara;

/** Paragraphs: in the main body, a table cell or another story. */
export class FakeParagraph extends Proxy<ParaRef> {
  protected override alive(p: FakePara) {
    return this.doc.has(p);
  }
  protected override navNames() {
    return ['listItemOrNullObject', 'parentContentControlOrNullObject', 'parentTableOrNullObject', 'parentTableCellOrNullObject', 'parentBody'];
  }
  protected read(prop: string, p: FakePara): unknown {
    switch (prop) {
      case 'text': return p.text;
      case 'style': return p.style;
      case 'styleBuiltIn': return p.styleBuiltIn;
      case 'outlineLevel': return p.outlineLevel === 10 && this.doc.failures.bodyOutlineLevel9 ? 9 : p.outlineLevel;
      case 'tableNestingLevel': return p.cell ? 1 : 0;
      case 'isListItem': return p.listString !== undefined;
      case 'alignment': return p.alignment;
      case 'uniqueLocalId': return `id-${p.id}`;
      case 'font/bold': return p.bold;
      case 'font/italic': return p.italic;
      case 'font/underline': return p.underline;
      default: throw new OfficeError('InvalidArgument', `Paragraph has no property "${prop}" here.`);
    }
  }
  get text() { return this.need('text') as string; }
  get style() { return this.need('style') as string; }
  get styleBuiltIn() { return this.need('styleBuiltIn') as string; }
  set styleBuiltIn(v: string) {
    this.change('set styleBuiltIn', (p) => {
      p.styleBuiltIn = v;
      p.style = styleName(v);
      p.outlineLevel = /^Heading(\d)$/.test(v) ? Number(v.slice(7)) : 10;
    });
  }
  get outlineLevel() { return this.need('outlineLevel') as number; }
  get tableNestingLevel() { return this.need('tableNestingLevel') as number; }
  get isListItem() { return this.need('isListItem') as boolean; }
  get uniqueLocalId() { return this.need('uniqueLocalId') as string; }
  get alignment() { return this.need('alignment') as never; }
  set alignment(v: string) { this.change('set alignment', (p) => { p.alignment = v; }); }
  get font() {
    const self = this;
    return {
      get bold(): boolean | null { return self.need('font/bold') as boolean | null; },
      set bold(v: boolean | null) { self.change('set font.bold', (p) => { p.bold = v; }); },
      get italic(): boolean | null { return self.need('font/italic') as boolean | null; },
      set italic(v: boolean | null) { self.change('set font.italic', (p) => { p.italic = v; }); },
      get underline(): string { return self.need('font/underline') as string; },
      set underline(v: string) { self.change('set font.underline', (p) => { p.underline = v; }); },
    };
  }
  private change(name: string, f: (p: FakePara) => void) {
    this.ctx.queueOp(name, () => {
      const p = this.must('paragraph');
      f(p);
      this.ctx.batch.changed.push(p);
    });
  }
  get listItemOrNullObject(): FakeListItem {
    return this.nav('listItemOrNullObject', () => new FakeListItem(this.ctx, () => {
      const p = this.must('paragraph');
      return p.listString === undefined ? null : p;
    }));
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.nav('parentContentControlOrNullObject', () => new FakeContentControl(this.ctx, () => this.doc.ccsOf(this.must('paragraph')).pop() ?? null));
  }
  get parentTableOrNullObject(): FakeTable {
    return this.nav('parentTableOrNullObject', () => new FakeTable(this.ctx, () => this.must('paragraph').cell?.table ?? null));
  }
  get parentTableCellOrNullObject(): FakeCell {
    return this.nav('parentTableCellOrNullObject', () => new FakeCell(this.ctx, () => this.must('paragraph').cell ?? null));
  }
  get parentBody(): FakeBody {
    return this.nav('parentBody', () => new FakeBody(this.ctx, () => {
      const p = this.must('paragraph');
      return { type: p.story ?? (p.cell ? 'TableCell' : 'MainDoc'), table: p.cell?.table };
    }));
  }
  getNextOrNullObject(): FakeParagraph {
    return new FakeParagraph(this.ctx, () => {
      const p = this.must('paragraph');
      return this.doc.listOf(p)[this.doc.indexOf(p) + 1] ?? null;
    });
  }
  insertParagraph(text: string, loc: 'Before' | 'After'): FakeParagraph {
    const np = this.doc.newPara({ text });
    this.ctx.queueOp('insertParagraph', () => insertNextTo(this.ctx, this.must('paragraph'), np, loc));
    return new FakeParagraph(this.ctx, () => np);
  }
  insertTable(rows: number, cols: number, loc: 'Before' | 'After', values?: string[][]): FakeTable {
    let id = -1;
    this.ctx.queueOp('insertTable', () => {
      const p = this.must('paragraph');
      if (p.cell) throw new OfficeError('GeneralException', 'insertTable in a table cell is not supported here.');
      id = this.doc.newTableId();
      const list = this.doc.listOf(p);
      let i = this.doc.indexOf(p) + (loc === 'After' ? 1 : 0);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) {
          const cp = this.doc.newPara({ text: values?.[r]?.[c] ?? '', cell: { table: id, row: r, cell: c } });
          this.doc.insertAt(i++, cp, list);
          this.ctx.batch.added.push(cp);
        }
    });
    return new FakeTable(this.ctx, () => (id >= 0 ? id : null));
  }
  getRange(loc: 'Whole' | 'Start' | 'End' | 'Content' = 'Whole'): FakeRange {
    return new FakeRange(this.ctx, () => ({ paras: [this.must('paragraph')], inline: loc !== 'Whole' }));
  }
  search(text: string, _opts?: unknown): FakeCollection<FakeRange> {
    return new FakeCollection(this.ctx, () => {
      if (text.length > 255) throw new OfficeError('SearchStringInvalidOrTooLong', 'The search string is too long (255 characters at most).');
      if (this.doc.failures.searchDialogOpen) throw new OfficeError('SearchDialogIsOpen', 'The search dialog is open.');
      const p = this.must('paragraph');
      const hits: FakeRange[] = [];
      const hay = p.text.toLowerCase();
      for (let at = hay.indexOf(text.toLowerCase()); at >= 0 && text; at = hay.indexOf(text.toLowerCase(), at + 1))
        hits.push(new FakeRange(this.ctx, () => ({ paras: [p], span: p.text.slice(at, at + text.length), inline: true })));
      return hits;
    });
  }
  select(_mode?: string) {
    this.ctx.queueOp('select', () => {
      this.doc.selection = [this.must('paragraph')];
      this.ctx.selectedText = undefined;
      this.ctx.batch.selected = true;
    }, false);
  }
  delete() {
    this.ctx.queueOp('delete paragraph', () => {
      const p = this.must('paragraph');
      removeParas(this.ctx, [p]);
    });
  }
  detachFromList() {
    this.change('detachFromList', (p) => { p.listString = undefined; });
  }
}

/** Insert `np` before or after `at`, taking its style, direct formatting and list (as Word does). */
function insertNextTo(ctx: FakeContext, at: FakePara, np: FakePara, loc: 'Before' | 'After') {
  const d = ctx.doc;
  Object.assign(np, {
    styleBuiltIn: at.styleBuiltIn, style: at.style, outlineLevel: at.outlineLevel, bold: at.bold, italic: at.italic,
    underline: at.underline, alignment: at.alignment, listString: at.listString, cell: at.cell ? { ...at.cell } : undefined, story: at.story,
  });
  const list = d.listOf(at);
  const i = d.indexOf(at);
  d.insertAt(loc === 'Before' ? i : i + 1, np, list);
  // inside a control, except before its first or after its last paragraph: that lands outside it (#3176, #866)
  for (const c of d.ccs) {
    const k = c.paras.indexOf(at);
    if (k < 0) continue;
    if ((loc === 'After' && k === c.paras.length - 1) || (loc === 'Before' && k === 0)) continue;
    c.paras.splice(loc === 'Before' ? k : k + 1, 0, np);
  }
  ctx.batch.added.push(np);
}

function removeParas(ctx: FakeContext, ps: FakePara[]) {
  const d = ctx.doc;
  const gone = new Set(ps);
  d.paras = d.paras.filter((p) => !gone.has(p));
  d.stories = d.stories.filter((p) => !gone.has(p));
  for (const c of d.ccs) c.paras = c.paras.filter((p) => !gone.has(p));
  d.ccs = d.ccs.filter((c) => c.paras.length > 0);
  d.comments = d.comments.filter((c) => !gone.has(c.para));
  ctx.batch.deleted.push(...ps);
}

export class FakeListItem extends Proxy<FakePara> {
  protected read(prop: string, p: FakePara): unknown {
    if (this.doc.failures.listItemTracked && p.tracked)
      throw new OfficeError('GeneralException', "Cannot read properties of null (reading 'listId')");
    if (prop === 'listString') return p.listString;
    if (prop === 'level') return 0;
    throw new OfficeError('InvalidArgument', `ListItem has no property "${prop}".`);
  }
  override stage(paths: string[], viaCollection: boolean): Staged {
    const p = this.resolve();
    // office-js#5901: loading the list item at all fails for a tracked list paragraph on the web
    if (p && this.doc.failures.listItemTracked && p.tracked) throw new OfficeError('GeneralException', "Cannot read properties of null (reading 'listId')");
    return super.stage(paths, viaCollection);
  }
  get listString() { return this.need('listString') as string; }
  get level() { return this.need('level') as number; }
}

export class FakeCell extends Proxy<{ row: number; cell: number }> {
  protected read(prop: string, c: { row: number; cell: number }): unknown {
    if (prop === 'rowIndex') return c.row;
    if (prop === 'cellIndex') return c.cell;
    throw new OfficeError('InvalidArgument', `TableCell has no property "${prop}".`);
  }
  get rowIndex() { return this.need('rowIndex') as number; }
  get cellIndex() { return this.need('cellIndex') as number; }
}

interface RangeRef {
  paras: FakePara[];
  span?: string;
  inline: boolean;
}

export class FakeRange extends Proxy<RangeRef> {
  protected override navNames() {
    return ['parentBody', 'parentContentControlOrNullObject'];
  }
  protected read(prop: string, r: RangeRef): unknown {
    if (prop === 'text') return r.span ?? r.paras.map((p) => p.text).join('\r');
    throw new OfficeError('InvalidArgument', `Range has no property "${prop}".`);
  }
  get text() { return this.need('text') as string; }
  get parentBody(): FakeBody {
    return this.nav('parentBody', () => new FakeBody(this.ctx, () => {
      const p = this.must('range').paras[0];
      return { type: p.story ?? (p.cell ? 'TableCell' : 'MainDoc'), table: p.cell?.table };
    }));
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.nav('parentContentControlOrNullObject', () => new FakeContentControl(this.ctx, () => {
      const r = this.must('range');
      return this.doc.ccs.filter((c) => r.paras.every((p) => c.paras.includes(p))).sort((a, b) => a.paras.length - b.paras.length)[0] ?? null;
    }));
  }
  get paragraphs(): FakeParagraphs {
    return new FakeParagraphs(this.ctx, () => this.must('range').paras);
  }
  select(_mode?: string) {
    this.ctx.queueOp('select', () => {
      const r = this.must('range');
      this.doc.selection = r.paras;
      this.ctx.selectedText = r.span;
      this.ctx.batch.selected = true;
    }, false);
  }
  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, () => {
      const a = this.must('range').paras[0];
      const b = other.resolve()!.paras.slice(-1)[0];
      const d = this.doc;
      const [i, j] = [d.indexOf(a), d.indexOf(b)];
      return { paras: d.listOf(a).slice(Math.min(i, j), Math.max(i, j) + 1), inline: false };
    });
  }
  insertContentControl(): FakeContentControl {
    let made: FakeCC | null = null;
    this.ctx.queueOp('insertContentControl', () => {
      const r = this.must('range');
      const d = this.doc;
      const f = d.failures;
      const fail = (why: string) => new OfficeError('GeneralException', `Range.insertContentControl: ${why}`, { errorLocation: 'Range.insertContentControl' });
      if (f.ccSeveralSections && d.sections > 1) throw fail('the document has several sections (#3594)');
      if (f.ccInTableCell && r.paras.some((p) => p.cell)) throw fail('inside a table cell (#3367)');
      if (f.ccNextToControl) {
        const list = d.listOf(r.paras[0]);
        const before = list[d.indexOf(r.paras[0]) - 1];
        const after = list[d.indexOf(r.paras[r.paras.length - 1]) + 1];
        const touches = d.ccs.some((c) => !r.paras.every((p) => c.paras.includes(p)) &&
          (r.paras.some((p) => c.paras.includes(p)) || (before && c.paras.includes(before)) || (after && c.paras.includes(after))));
        if (touches) throw fail('next to another content control (#6103)');
      }
      made = d.newCC([...r.paras], r.inline);
      // #409: after an append in the same batch, the control is silently not made
      if (f.ccSilentAfterAppend && this.ctx.batch.appended) {
        d.ghosts.add(made);
        return;
      }
      d.ccs.push(made);
    });
    return new FakeContentControl(this.ctx, () => made);
  }
  insertComment(text: string) {
    this.ctx.queueOp('insertComment', () => {
      if (this.doc.failures.commentsNotAllowed) throw new OfficeError('NotAllowed', 'The action isn’t supported in Word Online.', { errorLocation: 'Range.insertComment' });
      this.doc.comments.push({ content: text, para: this.must('range').paras[0] });
    });
    return {};
  }
  getComments(): FakeCollection<FakeCommentProxy> {
    return new FakeCollection(this.ctx, () => {
      const r = this.must('range');
      return this.doc.comments.filter((c) => r.paras.includes(c.para)).map((c) => new FakeCommentProxy(this.ctx, () => c));
    });
  }
}

export class FakeContentControl extends Proxy<FakeCC> {
  protected override alive(c: FakeCC) {
    return this.doc.ccs.includes(c) || this.doc.ghosts.has(c);
  }
  protected override navNames() {
    return ['parentContentControlOrNullObject'];
  }
  protected read(prop: string, c: FakeCC): unknown {
    switch (prop) {
      case 'tag': case 'title': case 'appearance': case 'color': return c[prop];
      case 'text': return c.paras.map((p) => p.text).join('\r');
      default: throw new OfficeError('InvalidArgument', `ContentControl has no property "${prop}".`);
    }
  }
  private set(prop: 'tag' | 'title' | 'appearance' | 'color', v: string) {
    this.ctx.queueOp(`set cc.${prop}`, () => {
      const c = this.must('content control');
      if (prop === 'title') {
        if (this.doc.failures.inlineCcTitle && c.inline) throw new OfficeError('NotAllowed', 'The action isn’t supported in Word Online.', { errorLocation: 'ContentControl.title' });
        this.doc.titles.push(v);
      }
      c[prop] = v;
    });
  }
  get tag() { return this.need('tag') as string; }
  set tag(v: string) { this.set('tag', v); }
  get title() { return this.need('title') as string; }
  set title(v: string) { this.set('title', v); }
  get appearance() { return this.need('appearance') as never; }
  set appearance(v: string) { this.set('appearance', v); }
  get color() { return this.need('color') as string; }
  set color(v: string) { this.set('color', v); }
  get text() { return this.need('text') as string; }
  get paragraphs(): FakeParagraphs {
    return new FakeParagraphs(this.ctx, () => this.must('content control').paras);
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.nav('parentContentControlOrNullObject', () => new FakeContentControl(this.ctx, () => {
      const c = this.must('content control');
      return this.doc.ccs.filter((o) => o !== c && c.paras.every((p) => o.paras.includes(p))).sort((a, b) => a.paras.length - b.paras.length)[0] ?? null;
    }));
  }
  getRange(_loc?: string): FakeRange {
    return new FakeRange(this.ctx, () => ({ paras: this.must('content control').paras, inline: false }));
  }
  insertParagraph(text: string, loc: 'Before' | 'After'): FakeParagraph {
    const np = this.doc.newPara({ text });
    this.ctx.queueOp('insertParagraph', () => {
      if (this.doc.failures.ccInsertParagraph) throw new OfficeError('NotAllowed', 'The action isn’t supported in Word Online.', { errorLocation: 'ContentControl.insertParagraph' });
      const c = this.must('content control');
      insertNextTo(this.ctx, loc === 'Before' ? c.paras[0] : c.paras[c.paras.length - 1], np, loc);
    });
    return new FakeParagraph(this.ctx, () => np);
  }
  delete(keepContent: boolean) {
    this.ctx.queueOp('delete contentControl', () => {
      const c = this.must('content control');
      const d = this.doc;
      d.ccs = d.ccs.filter((x) => x !== c);
      if (!keepContent) removeParas(this.ctx, [...c.paras]);
    });
  }
}

export class FakeTable extends Proxy<number> {
  protected override alive(t: number) {
    return this.doc.tableCells().has(t);
  }
  protected override navNames() {
    return ['parentBody'];
  }
  protected read(prop: string, t: number): unknown {
    const values = this.doc.tableValues(t);
    switch (prop) {
      case 'values': return values;
      case 'rowCount': return values.length;
      case 'nestingLevel': return 1;
      case 'headerRowCount': return this.doc.headerRows.get(t) ?? 0;
      default: throw new OfficeError('InvalidArgument', `Table has no property "${prop}".`);
    }
  }
  get values() { return this.need('values') as string[][]; }
  get rowCount() { return this.need('rowCount') as number; }
  get nestingLevel() { return this.need('nestingLevel') as number; }
  get headerRowCount() { return this.need('headerRowCount') as number; }
  set headerRowCount(v: number) {
    this.ctx.queueOp('set headerRowCount', () => {
      const t = this.must('table');
      if (!this.doc.failures.headerRowCountIgnored) this.doc.headerRows.set(t, v);
    });
  }
  get parentBody(): FakeBody {
    return this.nav('parentBody', () => new FakeBody(this.ctx, () => ({ type: 'MainDoc' })));
  }
  get parentTableOrNullObject(): FakeTable {
    return this.nav('parentTableOrNullObject', () => new FakeTable(this.ctx, () => null));
  }
  get parentContentControlOrNullObject(): FakeContentControl {
    return this.nav('parentContentControlOrNullObject', () => new FakeContentControl(this.ctx, () => {
      const cells = this.doc.tableCells().get(this.must('table'))!;
      return this.doc.ccs.filter((c) => cells.every((p) => c.paras.includes(p))).sort((a, b) => a.paras.length - b.paras.length)[0] ?? null;
    }));
  }
  insertParagraph(text: string, loc: 'Before' | 'After'): FakeParagraph {
    const np = this.doc.newPara({ text });
    this.ctx.queueOp('insertParagraph', () => {
      const cells = this.doc.tableCells().get(this.must('table'))!;
      const edge = loc === 'Before' ? cells[0] : cells[cells.length - 1];
      insertNextTo(this.ctx, edge, np, loc);
      np.cell = undefined;
      np.listString = undefined;
      // outside the table: not in the controls of its cells either
      for (const c of this.doc.ccs) c.paras = c.paras.filter((p) => p !== np);
    });
    return new FakeParagraph(this.ctx, () => np);
  }
  delete() {
    this.ctx.queueOp('delete table', () => removeParas(this.ctx, this.doc.tableCells().get(this.must('table'))!));
  }
}

interface BodyRef {
  type: string;
  table?: number;
}

export class FakeBody extends Proxy<BodyRef> {
  protected read(prop: string, b: BodyRef): unknown {
    if (prop === 'type') return b.type;
    throw new OfficeError('InvalidArgument', `Body has no property "${prop}".`);
  }
  get type() { return this.need('type') as string; }
  get paragraphs(): FakeParagraphs {
    return new FakeParagraphs(this.ctx, () => this.doc.paras);
  }
  get contentControls(): FakeCollection<FakeContentControl> {
    return new FakeCollection(this.ctx, () => this.doc.ccs.map((c) => new FakeContentControl(this.ctx, () => c)));
  }
  get tables(): FakeCollection<FakeTable> {
    return new FakeCollection(this.ctx, () => [...this.doc.tableCells().keys()].map((t) => new FakeTable(this.ctx, () => t)));
  }
  insertParagraph(text: string, loc: 'Start' | 'End'): FakeParagraph {
    const np = this.doc.newPara({ text });
    this.ctx.queueOp('insertParagraph', () => {
      const d = this.doc;
      const edge = loc === 'Start' ? d.paras[0] : d.paras[d.paras.length - 1];
      Object.assign(np, { styleBuiltIn: edge?.styleBuiltIn ?? 'Normal', style: edge?.style ?? 'Normal', outlineLevel: edge?.outlineLevel ?? 10 });
      if (loc === 'Start') d.paras.unshift(np);
      else d.paras.push(np);
      this.ctx.batch.appended = true;
      this.ctx.batch.added.push(np);
    });
    return new FakeParagraph(this.ctx, () => np);
  }
  getComments(): FakeCollection<FakeCommentProxy> {
    return new FakeCollection(this.ctx, () => this.doc.comments.map((c) => new FakeCommentProxy(this.ctx, () => c)));
  }
}

export class FakeCommentProxy extends Proxy<FakeComment> {
  protected override alive(c: FakeComment) {
    return this.doc.comments.includes(c);
  }
  protected read(prop: string, c: FakeComment): unknown {
    if (prop === 'content') return c.content;
    throw new OfficeError('InvalidArgument', `Comment has no property "${prop}".`);
  }
  get content() { return this.need('content') as string; }
  delete() {
    this.ctx.queueOp('delete comment', () => {
      const c = this.must('comment');
      if (this.doc.failures.commentDeleteFails) throw new OfficeError('GeneralException', 'Comment.delete failed (#6895).');
      this.doc.comments = this.doc.comments.filter((x) => x !== c);
    });
  }
}

/** A collection: its items appear at sync, each loaded with the paths asked for, a page at a time if asked. */
export class FakeCollection<T extends Proxy<unknown>> {
  private list: T[] | null = null;
  constructor(protected ctx: FakeContext, private source: () => T[]) {}
  load(opts?: string | string[] | { select?: string; expand?: string; top?: number; skip?: number }): this {
    const spec = parseLoad(opts);
    this.ctx.queueLoad(() => {
      const all = this.source();
      const items = all.slice(spec.skip ?? 0, spec.top === undefined ? undefined : (spec.skip ?? 0) + spec.top);
      const staged = items.map((it) => it.stage(spec.paths.filter((p) => p !== 'items'), true));
      return {
        bytes: staged.reduce((n, s) => n + s.bytes, 0),
        commit: () => {
          this.list = items;
          for (const s of staged) s.commit();
        },
      };
    });
    return this;
  }
  get items(): T[] {
    if (!this.list) throw notLoaded('items');
    return this.list;
  }
}

export class FakeParagraphs extends FakeCollection<FakeParagraph> {
  constructor(ctx: FakeContext, private paras: () => FakePara[]) {
    super(ctx, () => paras().map((p) => new FakeParagraph(ctx, () => p)));
  }
  getFirst(): FakeParagraph {
    return new FakeParagraph(this.ctx, () => this.paras()[0] ?? null);
  }
  getLast(): FakeParagraph {
    return new FakeParagraph(this.ctx, () => this.paras().slice(-1)[0] ?? null);
  }
}

export const mainBody = (ctx: FakeContext) => new FakeBody(ctx, () => ({ type: 'MainDoc' }));

/** The selection: its paragraphs, in the main body or in another story. */
export function selectionRange(ctx: FakeContext): FakeRange {
  return new FakeRange(ctx, () => {
    const d = ctx.doc;
    const paras = d.selection.filter((p) => d.has(p));
    return { paras: paras.length ? paras : d.paras.slice(-1), inline: false };
  });
}
