/**
 * Streaming XML for the .docx parts: saxes fed chunk by chunk, with
 * - element names made canonical by namespace, not by prefix: any prefix bound
 *   to WordprocessingML (transitional or Strict) reads as `w:`, markup
 *   compatibility as `mc:`; everything else gets a `~` in front so it can never
 *   match. When the file binds `w` (and `mc`) the usual way, names pass through
 *   untouched (no lookup on the hot path);
 * - `mc:AlternateContent`: the first `mc:Choice` is read, or the `mc:Fallback`
 *   when there is no Choice, never both (text boxes are not doubled);
 * - guards: nesting depth, and a run of characters without markup (one text
 *   node or attribute) refused before the parser buffers it.
 * No recursion anywhere: depth is a counter, scopes an explicit stack.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DocxError, excerpt } from './errors';
import { LIMITS, fmtEn, fmtVi } from './limits';

export type { SaxesTagPlain };

export const W_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Qualified names of the WordprocessingML attributes the reader uses, for the prefix the file binds. */
export interface WAttrs {
  val: string;
  type: string;
  styleId: string;
  abstractNumId: string;
  ilvl: string;
  numId: string;
  id: string;
}
const attrNames = new Map<string, WAttrs>();
function attrsFor(prefix: string): WAttrs {
  let a = attrNames.get(prefix);
  if (!a) {
    const q = (l: string) => (prefix ? `${prefix}:${l}` : l);
    a = { val: q('val'), type: q('type'), styleId: q('styleId'), abstractNumId: q('abstractNumId'), ilvl: q('ilvl'), numId: q('numId'), id: q('id') };
    if (attrNames.size < 64) attrNames.set(prefix, a);
  }
  return a;
}

export interface XmlHandler {
  /** `name` is canonical (`w:p`, `mc:Choice`, `~other:thing`); `a` gives the attribute names to read. */
  open(name: string, t: SaxesTagPlain, a: WAttrs): void;
  close(name: string): void;
  text?(s: string): void;
}

const tooDeep = (part: string) =>
  new DocxError(
    `${part}: cấu trúc XML lồng sâu hơn ${fmtVi(LIMITS.xmlDepth)} cấp (giới hạn đọc)`,
    `${part}: XML nested deeper than ${fmtEn(LIMITS.xmlDepth)} levels (reading limit)`,
    'too-large',
  );

export const tooLongText = (part: string) =>
  new DocxError(
    `${part}: một đoạn văn dài hơn ${fmtVi(LIMITS.paragraphChars)} ký tự (giới hạn đọc)`,
    `${part}: a paragraph longer than ${fmtEn(LIMITS.paragraphChars)} characters (reading limit)`,
    'too-large',
  );

const MAX_NAME_CACHE = 10_000;

export class XmlStream {
  private readonly parser: SaxesParser<{ xmlns: false; position: boolean }>;
  private depth = 0;
  /** Depth of the element whose subtree is being skipped (an unread mc:Choice/Fallback); 0 when reading. */
  private skipAt = 0;
  /** Open mc:AlternateContent elements: depth, and whether one of its branches was read. */
  private readonly acDepth: number[] = [];
  private readonly acTaken: boolean[] = [];
  /** Namespace bindings that matter (prefix → URI), and the scopes that changed them (depth, bindings before). */
  private bindings = new Map<string, string>();
  private readonly scopes: Array<{ depth: number; saved: Map<string, string> }> = [];
  private identity = true;
  private readonly names = new Map<string, string>();
  private a: WAttrs = attrsFor('w');
  /** Look at xmlns declarations of the tags parsed from this chunk (the root's always). */
  private scan = true;
  private prevHadXmlns = false;
  /** Characters since the last '<'. */
  private gap = 0;
  /** Canonical name of the root element, once seen. */
  root?: string;

  constructor(readonly part: string, private readonly h: XmlHandler, position = false) {
    this.parser = new SaxesParser({ xmlns: false, position });
    this.parser.on('opentag', this.onOpen);
    this.parser.on('closetag', this.onClose);
    const text = h.text;
    if (text) this.parser.on('text', (s) => {
      if (this.skipAt === 0) text(s);
    });
  }

  private readonly onOpen = (t: SaxesTagPlain) => {
    const d = ++this.depth;
    if (d > LIMITS.xmlDepth) throw tooDeep(this.part);
    if (this.skipAt !== 0) return;
    if (this.scan) this.declare(t, d);
    const name = this.identity ? t.name : this.canon(t.name);
    if (d === 1) this.root = name;
    // 'm', 'c', ':' — only mc: elements go further
    if (name.charCodeAt(0) === 109 && name.charCodeAt(2) === 58 && name.charCodeAt(1) === 99) {
      if (name === 'mc:AlternateContent') {
        this.acDepth.push(d);
        this.acTaken.push(false);
      } else if ((name === 'mc:Choice' || name === 'mc:Fallback') && this.acDepth.length && this.acDepth[this.acDepth.length - 1] === d - 1) {
        const top = this.acTaken.length - 1;
        if (this.acTaken[top]) {
          this.skipAt = d;
          return;
        }
        this.acTaken[top] = true;
      }
    }
    this.h.open(name, t, this.a);
  };

  private readonly onClose = (t: SaxesTagPlain) => {
    const d = this.depth--;
    if (this.skipAt !== 0) {
      if (d === this.skipAt) {
        this.skipAt = 0;
        this.popScope(d);
      }
      return;
    }
    const name = this.identity ? t.name : this.canon(t.name);
    if (this.acDepth.length && this.acDepth[this.acDepth.length - 1] === d && name === 'mc:AlternateContent') {
      this.acDepth.pop();
      this.acTaken.pop();
    }
    this.h.close(name);
    this.popScope(d);
  };

  private popScope(d: number) {
    if (this.scopes.length && this.scopes[this.scopes.length - 1].depth === d) {
      this.bindings = this.scopes.pop()!.saved;
      this.recompute();
    }
  }

  /** Record the namespace declarations of a tag that change what `w:` / `mc:` mean. */
  private declare(t: SaxesTagPlain, d: number) {
    let changed = false;
    const attrs = t.attributes;
    for (const k in attrs) {
      if (k.charCodeAt(0) !== 120 || !k.startsWith('xmlns')) continue;
      let prefix: string;
      if (k.length === 5) prefix = '';
      else if (k.charCodeAt(5) === 58) prefix = k.slice(6);
      else continue;
      const uri = String(attrs[k]);
      if (d > 1) {
        const was = this.bindings.get(prefix);
        const matters = W_NAMESPACES.has(uri) || uri === MC_NAMESPACE || prefix === 'w' || prefix === 'mc' || (was !== undefined && (W_NAMESPACES.has(was) || was === MC_NAMESPACE));
        if (!matters || was === uri) continue;
        if (!changed) {
          this.scopes.push({ depth: d, saved: this.bindings });
          this.bindings = new Map(this.bindings);
        }
      }
      changed = true;
      this.bindings.set(prefix, uri);
    }
    if (changed) this.recompute();
  }

  private recompute() {
    this.names.clear();
    let identity = true;
    let attrPrefix: string | undefined;
    for (const [p, uri] of this.bindings) {
      if (W_NAMESPACES.has(uri)) {
        if (p !== 'w') identity = false;
        if (p && (attrPrefix === undefined || p === 'w')) attrPrefix = p;
      } else if (uri === MC_NAMESPACE) {
        if (p !== 'mc') identity = false;
      } else if (p === 'w' || p === 'mc') identity = false;
    }
    if (attrPrefix === undefined && [...this.bindings.values()].some((u) => W_NAMESPACES.has(u))) attrPrefix = '';
    this.identity = identity;
    this.a = attrsFor(attrPrefix ?? 'w');
  }

  private canon(raw: string): string {
    let c = this.names.get(raw);
    if (c !== undefined) return c;
    const i = raw.indexOf(':');
    const prefix = i < 0 ? '' : raw.slice(0, i);
    const local = i < 0 ? raw : raw.slice(i + 1);
    const uri = this.bindings.get(prefix);
    if (uri !== undefined) c = W_NAMESPACES.has(uri) ? `w:${local}` : uri === MC_NAMESPACE ? `mc:${local}` : `~${raw}`;
    // an undeclared w: / mc: prefix (hand-made files) reads as usual
    else c = prefix === 'w' ? raw : prefix === 'mc' ? raw : `~${raw}`;
    if (this.names.size >= MAX_NAME_CACHE) this.names.clear();
    this.names.set(raw, c);
    return c;
  }

  /** Feed the next piece of the part's text. */
  write(chunk: string) {
    const lt = chunk.lastIndexOf('<');
    if (lt < 0) {
      this.gap += chunk.length;
      if (this.gap > LIMITS.markupGapChars) throw tooLongText(this.part);
    } else this.gap = chunk.length - lt;
    // a tag split between two chunks may carry its declarations in the previous one
    const has = chunk.includes('xmlns');
    this.scan = has || this.prevHadXmlns || this.root === undefined;
    this.prevHadXmlns = has;
    this.guard(() => this.parser.write(chunk));
  }

  close() {
    this.guard(() => this.parser.close());
  }

  private guard(fn: () => void) {
    try {
      fn();
    } catch (e) {
      // the parser's complaints are plain Errors; anything else (TypeError, RangeError) is ours, reported as internal upstream
      if (e instanceof DocxError || !(e instanceof Error) || e.constructor !== Error) throw e;
      const msg = excerpt(e instanceof Error ? e.message : String(e));
      throw new DocxError(`tệp .docx bị hỏng: ${this.part} có XML lỗi (chi tiết: ${msg})`, `the .docx is damaged: ${this.part} has malformed XML (${msg})`, 'bad-xml');
    }
  }
}

/** Parse a whole small part (already in memory) with local element names and raw attributes (package parts: rels, content types). */
export function parseLocal(xml: string, onOpen: (local: string, attrs: Record<string, string>) => void): void {
  const p = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  p.on('opentag', (t) => {
    if (++depth > LIMITS.xmlDepth) throw new Error('too deep');
    const i = t.name.indexOf(':');
    onOpen(i < 0 ? t.name : t.name.slice(i + 1), t.attributes as Record<string, string>);
  });
  p.on('closetag', () => depth--);
  p.write(xml).close();
}
