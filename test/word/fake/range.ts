/**
 * Ranges, content controls and comments of the in-memory Word, with the
 * failures reported for them (fake/failures.ts): controls refused in several
 * sections (#3594), table cells (#3367), next to another control (#6103),
 * silently not made after an append (#409); inline titles (#191);
 * ContentControl.insertParagraph (#53); comments (#6746, #6895).
 */
import type { FakeCC, FakeComment, FakePara } from './document';
import { OfficeError } from './failures';
import { FakeCollection, Proxy } from './proxy';
import { FakeParagraph, FakeParagraphs, insertNextTo, removeParas } from './paragraph';
import { FakeBody } from './body';

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
