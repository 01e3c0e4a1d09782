/**
 * Paragraphs of the in-memory Word (and their list item and cell): changes run
 * at sync; a new paragraph takes the style, direct formatting and list of the
 * paragraph it is inserted next to (office-js#72); next to one inside a
 * control it lands inside, or outside before the first or after the last
 * (office-js#3176, #866); search() refuses over 255 characters and while the
 * search dialog is open.
 */
import type { FakePara } from './document';
import { styleName } from './document';
import { OfficeError } from './failures';
import type { FakeContext } from './context';
import { FakeCollection, Proxy, type Staged } from './proxy';
import { FakeContentControl, FakeRange } from './range';
import { FakeBody, FakeTable } from './body';

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
export function insertNextTo(ctx: FakeContext, at: FakePara, np: FakePara, loc: 'Before' | 'After') {
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

export function removeParas(ctx: FakeContext, ps: FakePara[]) {
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
