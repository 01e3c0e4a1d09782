/**
 * Tables and bodies of the in-memory Word: a table's values are its cells'
 * text (a cell's paragraphs joined by "\r"); header rows are not applied on
 * Windows desktop (#6411); the main body, a table cell's body, or a header,
 * footer or footnote (Body.type); the selection.
 */
import { OfficeError } from './failures';
import type { FakeContext } from './context';
import { FakeCollection, Proxy } from './proxy';
import { FakeParagraph, FakeParagraphs, insertNextTo, removeParas } from './paragraph';
import { FakeCommentProxy, FakeContentControl, FakeRange } from './range';

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

export const mainBody = (ctx: FakeContext) => new FakeBody(ctx, () => ({ type: 'MainDoc' }));

/** The selection: its paragraphs, in the main body or in another story. */
export function selectionRange(ctx: FakeContext): FakeRange {
  return new FakeRange(ctx, () => {
    const d = ctx.doc;
    const paras = d.selection.filter((p) => d.has(p));
    return { paras: paras.length ? paras : d.paras.slice(-1), inline: false };
  });
}
