/**
 * Corpus B source markup (test/corpus-b/FORMAT.md) → a small document model.
 * One line is one paragraph; `{…}` directives at the start of a line; `|` rows
 * make tables; inline `**b**`, `__i__`, `[+ins+]`, `[-del-]`, `\n`, `^^note^^`.
 * Every error names the file and the line.
 */

export type Producer = 'word' | 'libreoffice';
export type NumKind = 'roman' | 'arabic' | 'alpha' | 'paren' | 'dash' | 'plus';
export type Change = 'ins' | 'del' | undefined;

export type Inline =
  | { t: 'text'; text: string; b: boolean; i: boolean; change: Change }
  | { t: 'br'; change: Change }
  | { t: 'note'; body: Inline[]; change: Change };

export interface CustomStyle { id: string; name: string; basedOn?: string; outline?: number; line: number }

export interface Para {
  kind: 'para';
  line: number;
  /** styleId: Heading1..6, Title, or a custom style's id. */
  style?: string;
  num?: { kind: NumKind; lvl: number; restart: boolean };
  b: boolean; i: boolean; u: boolean;
  align?: 'center' | 'right' | 'both';
  indent: boolean;
  cc?: string;
  pagebreak: boolean;
  inlines: Inline[];
}

export interface Cell { span: number; vmerge?: 'restart' | 'continue'; para: Para }
export interface Row { line: number; header: boolean; cells: Cell[] }
export interface Table { kind: 'table'; line: number; rows: Row[]; cols: number }
export type Block = Para | Table;

export interface Source {
  file: string;
  producer: Producer;
  /** Set when the header asked for `libreoffice-real`. */
  wantsRealLibreOffice: boolean;
  header: Record<string, string>;
  blocks: Block[];
  styles: Map<string, CustomStyle>;
  warnings: string[];
}

export class SourceError extends Error {
  constructor(readonly file: string, readonly line: number, message: string) {
    super(`${file}:${line}: ${message}`);
  }
}

const NUM_KINDS: Record<string, { kind: NumKind; lvl: number }> = {
  roman: { kind: 'roman', lvl: 0 }, arabic: { kind: 'arabic', lvl: 0 }, decimal2: { kind: 'arabic', lvl: 1 },
  alpha: { kind: 'alpha', lvl: 0 }, paren: { kind: 'paren', lvl: 0 }, dash: { kind: 'dash', lvl: 0 }, plus: { kind: 'plus', lvl: 0 },
};
export const BUILTIN_STYLES = ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6'];
const DIRECTIVE_IN_TEXT = /^\{\s*(h[1-6]|title|style|basedOn|outline|num|lvl|restart|b|i|u|center|right|justify|indent|runin|cc|empty|pagebreak|table-continues)\b[^{}]*\}/;
const CELL_DIRECTIVES = new Set(['b', 'i', 'u', 'center', 'right', 'justify', 'indent', 'runin']);

/** A style id the way Word makes one from a name: letters and digits only (diacritics dropped). */
function styleIdOf(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/[^A-Za-z0-9]/g, '');
}
function builtinId(name: string): string | undefined {
  const key = name.replace(/\s+/g, '').toLowerCase();
  return BUILTIN_STYLES.find((s) => s.toLowerCase() === key);
}

export function parseSource(file: string, text: string): Source {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const src: Source = { file, producer: 'word', wantsRealLibreOffice: false, header: {}, blocks: [], styles: new Map(), warnings: [] };
  const fail = (line: number, msg: string): never => { throw new SourceError(file, line, msg); };

  // header
  let k = 0;
  for (; k < lines.length; k++) {
    const l = lines[k].trim();
    if (l === '---') break;
    if (!l) continue;
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(l);
    if (!m) fail(k + 1, `header line is not "key: value" (did the header miss its closing "---"?): ${l}`);
    src.header[m![1].toLowerCase()] = m![2].trim();
  }
  if (k >= lines.length) fail(1, 'no "---" line ends the header');
  const prod = src.header.producer ?? 'word';
  if (prod === 'libreoffice-real') { src.producer = 'libreoffice'; src.wantsRealLibreOffice = true; }
  else if (prod === 'word' || prod === 'libreoffice') src.producer = prod;
  else fail(lineOfHeader(lines, 'producer'), `unknown producer "${prod}" (word, libreoffice)`);
  for (const key of Object.keys(src.header))
    if (!['producer', 'numbering'].includes(key)) src.warnings.push(`${file}:${lineOfHeader(lines, key)}: header key "${key}" is not in FORMAT.md (kept, unused)`);

  // body
  let table: Table | null = null;
  let continues = false; // a {table-continues} is waiting for the next block
  let blankAfterTable = false;
  for (k++; k < lines.length; k++) {
    const ln = k + 1;
    const l = lines[k].trim();
    if (!l) { if (table) { table = null; blankAfterTable = true; } continue; }
    if (l.startsWith('|')) {
      const row = parseRow(l, ln, fail);
      if (!table) {
        const prev = src.blocks[src.blocks.length - 1];
        if (continues) table = prev as Table;
        else {
          if (prev?.kind === 'table' && blankAfterTable)
            src.warnings.push(`${file}:${ln}: a table follows a table with only a blank line between: written as two tables with an empty paragraph between (use {table-continues} for one table)`);
          table = { kind: 'table', line: ln, rows: [], cols: 0 };
          src.blocks.push(table);
        }
        continues = false;
      }
      addRow(src, table, row, fail);
      blankAfterTable = false;
      continue;
    }
    const { dirs, rest } = splitDirectives(l, ln, fail);
    if (dirs.some((d) => d.key === 'table-continues')) {
      if (dirs.length > 1 || rest) fail(ln, '{table-continues} must stand alone on its line');
      if (src.blocks[src.blocks.length - 1]?.kind !== 'table') fail(ln, '{table-continues} does not follow a table');
      if (continues) fail(ln, 'two {table-continues} in a row');
      continues = true;
      table = null;
      continue;
    }
    if (continues) fail(ln, '{table-continues} must be followed by the table rows that continue it');
    table = null;
    blankAfterTable = false;
    src.blocks.push(buildPara(src, dirs, rest, ln, fail, false));
  }
  if (continues) fail(lines.length, '{table-continues} at the end of the file: no table follows');
  return src;
}

function lineOfHeader(lines: string[], key: string): number {
  const i = lines.findIndex((l) => l.trim().toLowerCase().startsWith(`${key}:`) || l.trim().toLowerCase().startsWith(`${key} `));
  return i + 1;
}

interface Directive { key: string; value?: string }

/** `{a b=c}{d} text` → directives and the rest of the line. Values may be quoted: style="Mục lớn". */
function splitDirectives(l: string, ln: number, fail: (line: number, msg: string) => never): { dirs: Directive[]; rest: string } {
  const dirs: Directive[] = [];
  let rest = l;
  for (let m: RegExpExecArray | null; (m = /^\{([^{}]*)\}\s*/.exec(rest)); rest = rest.slice(m[0].length)) {
    const body = m[1];
    const re = /\s*([A-Za-z][\w-]*)(?:=("[^"]*"|[^\s"]+))?\s*/y;
    let pos = 0;
    while (pos < body.length) {
      re.lastIndex = pos;
      const t = re.exec(body);
      if (!t) fail(ln, `cannot read the directive "{${body}}" near "${body.slice(pos)}"`);
      dirs.push({ key: t![1], value: t![2]?.replace(/^"|"$/g, '') });
      pos = re.lastIndex;
    }
  }
  return { dirs, rest };
}

function buildPara(src: Source, dirs: Directive[], rest: string, ln: number, fail: (line: number, msg: string) => never, inCell: boolean): Para {
  const p: Para = { kind: 'para', line: ln, b: false, i: false, u: false, indent: false, pagebreak: false, inlines: [] };
  let runin = false;
  let empty = false;
  let styleOpts: { name?: string; basedOn?: string; outline?: number } = {};
  const seen = new Set<string>();
  for (const d of dirs) {
    const { key, value } = d;
    if (seen.has(key)) fail(ln, `directive "${key}" given twice`);
    seen.add(key);
    if (inCell && !CELL_DIRECTIVES.has(key)) fail(ln, `directive {${key}} is not allowed in a table cell (only ${[...CELL_DIRECTIVES].join(', ')})`);
    const needValue = ['style', 'basedOn', 'outline', 'num', 'lvl', 'cc'].includes(key);
    if (needValue && value === undefined) fail(ln, `directive "${key}" needs a value (${key}=…)`);
    if (!needValue && value !== undefined) fail(ln, `directive "${key}" takes no value`);
    const setStyle = (id: string) => { if (p.style) fail(ln, `two paragraph styles (${p.style} and ${id})`); p.style = id; };
    switch (key) {
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': setStyle(`Heading${key[1]}`); break;
      case 'title': setStyle('Title'); break;
      case 'style': styleOpts.name = value; break;
      case 'basedOn': styleOpts.basedOn = value; break;
      case 'outline': {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 0 || n > 9) fail(ln, `outline=${value}: give 0..9 (0-based, as in OOXML)`);
        styleOpts.outline = n;
        break;
      }
      case 'num': {
        const k = NUM_KINDS[value!];
        if (!k) fail(ln, `num=${value}: unknown kind (${Object.keys(NUM_KINDS).join(', ')})`);
        p.num = { kind: k.kind, lvl: p.num?.lvl ?? k.lvl, restart: p.num?.restart ?? false };
        break;
      }
      case 'lvl': case 'restart': break; // applied below, once num is known
      case 'b': p.b = true; break;
      case 'i': p.i = true; break;
      case 'u': p.u = true; break;
      case 'center': case 'right': case 'justify':
        if (p.align) fail(ln, 'two alignments');
        p.align = key === 'justify' ? 'both' : key;
        break;
      case 'indent': p.indent = true; break;
      case 'runin': runin = true; break;
      case 'cc': p.cc = value; break;
      case 'empty': empty = true; break;
      case 'pagebreak': p.pagebreak = true; break;
      default: fail(ln, `unknown directive {${key}}`);
    }
  }
  if (seen.has('lvl') || seen.has('restart')) {
    if (!p.num) fail(ln, 'lvl= and restart need num=');
    if (seen.has('restart')) p.num!.restart = true;
    const lv = dirs.find((d) => d.key === 'lvl')?.value;
    if (lv !== undefined) {
      const n = Number(lv);
      if (!Number.isInteger(n) || n < 0 || n > 8) fail(ln, `lvl=${lv}: give 0..8`);
      p.num!.lvl = n;
    }
  }
  if ((styleOpts.basedOn !== undefined || styleOpts.outline !== undefined) && styleOpts.name === undefined)
    fail(ln, 'basedOn= and outline= need style=');
  if (styleOpts.name !== undefined) p.style = defineStyle(src, styleOpts as { name: string }, ln, fail, p.style);
  if (empty && (rest || p.pagebreak)) fail(ln, '{empty} paragraph with text after it');
  p.inlines = parseInline(rest, ln, fail, true);
  if (runin) applyRunin(p.inlines, ln, fail);
  return p;
}

function defineStyle(src: Source, o: { name: string; basedOn?: string; outline?: number }, ln: number, fail: (line: number, msg: string) => never, already?: string): string {
  if (already) fail(ln, `two paragraph styles (${already} and ${o.name})`);
  const builtin = builtinId(o.name);
  if (builtin) {
    if (o.basedOn !== undefined || o.outline !== undefined) fail(ln, `style=${o.name} is a built-in style: it cannot take basedOn= or outline=`);
    return builtin;
  }
  let basedOn: string | undefined;
  if (o.basedOn !== undefined) {
    basedOn = builtinId(o.basedOn) ?? [...src.styles.values()].find((s) => s.name === o.basedOn || s.id === o.basedOn)?.id;
    if (!basedOn) fail(ln, `basedOn=${o.basedOn}: not a built-in style (Heading1..6, Title, Normal) nor a custom style defined above`);
  }
  const known = src.styles.get(o.name);
  if (known) {
    if ((o.basedOn !== undefined && basedOn !== known.basedOn) || (o.outline !== undefined && o.outline !== known.outline))
      fail(ln, `style "${o.name}" was defined differently on line ${known.line}`);
    return known.id;
  }
  let id = styleIdOf(o.name) || 'Style';
  const taken = new Set([...BUILTIN_STYLES, 'ListParagraph', 'TextBody', 'Heading', 'TableContents', ...[...src.styles.values()].map((s) => s.id)]);
  for (let n = 2; taken.has(id); n++) id = `${styleIdOf(o.name) || 'Style'}${n}`;
  src.styles.set(o.name, { id, name: o.name, basedOn, outline: o.outline, line: ln });
  return id;
}

/** Inline markup → runs. `**`/`__` pair only when flanking text (so "ngày __ tháng" stays literal); `\x` escapes x. */
export function parseInline(s: string, ln: number, fail: (line: number, msg: string) => never, notes: boolean): Inline[] {
  const out: Inline[] = [];
  let b = false, i = false;
  let change: Change;
  let changeAt = 0;
  let buf = '';
  const flush = () => { if (buf) out.push({ t: 'text', text: buf, b, i, change }); buf = ''; };
  const runAt = (k: number, ch: string) => { let n = 0; while (s[k + n] === ch) n++; return n; };
  /** A closing pair of `ch` after k: exactly two, preceded by a non-space. */
  const closes = (k: number, ch: string) => {
    for (let j = s.indexOf(ch + ch, k); j >= 0; j = s.indexOf(ch + ch, j + 1)) {
      if (s[j - 1] === '\\') continue;
      const n = runAt(j, ch);
      if (n === 2 && s[j - 1] !== ch && /\S/.test(s[j - 1])) return true;
      j += n - 1;
    }
    return false;
  };
  for (let k = 0; k < s.length;) {
    const c = s[k];
    const two = s.slice(k, k + 2);
    if (c === '\\' && k + 1 < s.length) {
      if (s[k + 1] === 'n') { flush(); out.push({ t: 'br', change }); k += 2; continue; }
      if ('\\*_[]+-^{}|<'.includes(s[k + 1])) { buf += s[k + 1]; k += 2; continue; }
    }
    if (two === '**' || two === '__') {
      const ch = c;
      const n = runAt(k, ch);
      const on = ch === '*' ? b : i;
      if (n === 2 && (on || (/\S/.test(s[k + 2] ?? '') && closes(k + 2, ch)))) {
        flush();
        if (ch === '*') b = !b; else i = !i;
        k += 2;
        continue;
      }
      if (n === 2 && ch === '*' && /\S/.test(s[k + 2] ?? '')) fail(ln, `"**" at column ${k + 1} is never closed`);
      buf += ch.repeat(n);
      k += n;
      continue;
    }
    if (c === '{' && DIRECTIVE_IN_TEXT.test(s.slice(k)))
      fail(ln, `directive "${DIRECTIVE_IN_TEXT.exec(s.slice(k))![0]}" at character ${k + 1} is not at the start of the line or cell (directives apply to a whole paragraph; use **…** or __…__ inside a text)`);
    if (two === '[+' || two === '[-') {
      if (change) fail(ln, `"${two}" at column ${k + 1} inside another tracked change`);
      flush();
      change = two === '[+' ? 'ins' : 'del';
      changeAt = k;
      k += 2;
      continue;
    }
    if ((two === '+]' && change === 'ins') || (two === '-]' && change === 'del')) {
      flush();
      change = undefined;
      k += 2;
      continue;
    }
    if (two === '^^') {
      if (!notes) fail(ln, `"^^" at column ${k + 1}: a footnote inside a footnote`);
      const end = s.indexOf('^^', k + 2);
      if (end < 0) fail(ln, `footnote "^^" at column ${k + 1} is never closed`);
      const body = s.slice(k + 2, end).trim();
      if (!body) fail(ln, `empty footnote at column ${k + 1}`);
      flush();
      out.push({ t: 'note', body: parseInline(body, ln, fail, false), change });
      k = end + 2;
      continue;
    }
    buf += c;
    k++;
  }
  flush();
  if (change) fail(ln, `tracked change "${change === 'ins' ? '[+' : '[-'}" at column ${changeAt + 1} is never closed`);
  if (b) fail(ln, '"**" is never closed');
  if (i) fail(ln, '"__" is never closed');
  return out;
}

/** {runin}: bold from the start up to and including the first colon of the text a reader sees. */
function applyRunin(inl: Inline[], ln: number, fail: (line: number, msg: string) => never) {
  for (let k = 0; k < inl.length; k++) {
    const r = inl[k];
    if (r.t !== 'text') continue;
    const at = r.change === 'del' ? -1 : r.text.indexOf(':');
    if (at < 0) { r.b = true; continue; }
    const head = { ...r, text: r.text.slice(0, at + 1), b: true };
    const tail = { ...r, text: r.text.slice(at + 1) };
    inl.splice(k, 1, head, ...(tail.text ? [tail] : []));
    return;
  }
  fail(ln, '{runin} but the text has no colon');
}

interface RawRow { line: number; header: boolean; raw: string[] }

function parseRow(l: string, ln: number, fail: (line: number, msg: string) => never): RawRow {
  const header = l.startsWith('|=');
  const body = l.slice(header ? 2 : 1);
  const raw: string[] = [];
  let cur = '';
  for (let k = 0; k < body.length; k++) {
    if (body[k] === '\\' && body[k + 1] === '|') { cur += '\\|'; k++; }
    else if (body[k] === '|') { raw.push(cur); cur = ''; }
    else cur += body[k];
  }
  if (cur.trim()) raw.push(cur); // no closing "|"
  if (!raw.length) fail(ln, 'a table row without cells');
  return { line: ln, header, raw: raw.map((c) => c.trim()) };
}

function addRow(src: Source, t: Table, row: RawRow, fail: (line: number, msg: string) => never) {
  const r: Row = { line: row.line, header: row.header, cells: [] };
  const above = t.rows[t.rows.length - 1];
  let col = 0;
  const starts: number[] = [];
  row.raw.forEach((txt, idx) => {
    if (txt === '<<') {
      if (idx === 0) fail(r.line, 'a "<<" in the first cell: nothing on its left to merge into');
      r.cells[r.cells.length - 1].span++;
      col++;
      return;
    }
    starts.push(col);
    if (txt === '^^') {
      r.cells.push({ span: 1, vmerge: 'continue', para: emptyCellPara(r.line) });
    } else {
      const inCell = (line: number, msg: string): never => fail(line, `cell ${idx + 1}: ${msg}`);
      const { dirs, rest } = splitDirectives(txt, r.line, inCell);
      r.cells.push({ span: 1, para: buildPara(src, dirs, rest, r.line, inCell, true) });
    }
    col++;
  });
  if (t.rows.length === 0) t.cols = col;
  else if (col !== t.cols) fail(r.line, `this row spans ${col} column${col === 1 ? '' : 's'}, the table (line ${t.line}) has ${t.cols}`);
  // vertical merges: a "^^" needs a cell above it at the same grid column with the same span
  r.cells.forEach((c, idx) => {
    if (c.vmerge !== 'continue') return;
    if (!above) fail(r.line, `"^^" in cell ${idx + 1} of the first row: no cell above to continue`);
    let acol = 0;
    const hit = above!.cells.find((a) => { const ok = acol === starts[idx]; acol += a.span; return ok; });
    if (!hit || hit.span !== c.span) fail(r.line, `"^^" in cell ${idx + 1}: the cell above does not start at the same column with the same width`);
    if (hit!.vmerge !== 'continue') hit!.vmerge = 'restart';
  });
  t.rows.push(r);
}

function emptyCellPara(line: number): Para {
  return { kind: 'para', line, b: false, i: false, u: false, indent: false, pagebreak: false, inlines: [] };
}
