/**
 * The corpus B model → the XML parts of a .docx, written by hand in one of two
 * flavours: `word` (rsids, w14:paraId, runs split mid-word, rFonts/lang on every
 * run, proofErr, a _GoBack bookmark) or `libreoffice` (no rsids, pStyle and a
 * paragraph-mark rPr on every paragraph, dxa table widths, cell borders, a
 * sectPr with formProt/textDirection, xml:space="preserve" on every w:t).
 */
import type { Block, Cell, CustomStyle, Inline, NumKind, Para, Source, Table } from './parse';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DATE = '2024-07-05T09:00:00Z';
const REVIEWER = 'Nguyễn Thị Lan';
const FONT = 'Times New Roman';
const TEXT_WIDTH = 9071; // A4 minus 3 cm left and 2 cm right margins, in twips

const NS_WORD = `xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="${R}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 wp14"`;
const NS_LO = `xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="${R}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w="${W}" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 wp14 w15"`;

// numbering: the levels of each kind [numFmt, lvlText]; levels not listed are decimal "%n."
const LEVELS: Record<NumKind, Array<[string, string]>> = {
  roman: [['upperRoman', '%1.'], ['decimal', '%2.'], ['decimal', '%2.%3.'], ['lowerLetter', '%4)'], ['bullet', '-'], ['bullet', '+']],
  arabic: [['decimal', '%1.'], ['decimal', '%1.%2.'], ['decimal', '%1.%2.%3.'], ['lowerLetter', '%4)'], ['bullet', '-'], ['bullet', '+']],
  alpha: [['lowerLetter', '%1)'], ['bullet', '-'], ['bullet', '+']],
  paren: [['decimal', '(%1)'], ['lowerLetter', '%2)'], ['bullet', '-']],
  dash: [['bullet', '-'], ['bullet', '+'], ['bullet', '-']],
  plus: [['bullet', '+'], ['bullet', '-'], ['bullet', '+']],
};

/** FNV-1a, for deterministic "randomness" (run splits, ids). */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  // murmur3's finaliser, so that near-equal inputs give unrelated values
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const hex8 = (n: number) => n.toString(16).toUpperCase().padStart(8, '0');
// eslint-disable-next-line no-control-regex
const esc = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface NumInstance { id: number; kind: NumKind; abstractId: number; restartLvl?: number }

class Writer {
  readonly word: boolean;
  private annId = 0;
  private footnotes: string[] = [];
  private nums: NumInstance[] = [];
  private current = new Map<NumKind, NumInstance>();
  private abstracts: NumKind[] = [];
  private paraIds = new Set<string>();
  private paraCount = 0;
  private bodyCount = 0;
  private goBackAt: number;
  readonly rsids: string[];
  private tracked = false;

  constructor(private src: Source) {
    this.word = src.producer === 'word';
    const h = hash(src.file);
    this.rsids = [...Array(6).keys()].map((k) => `00${hex8(hash(`${h}:${k}`)).slice(2)}`).sort();
    const body = src.blocks.filter((b) => b.kind === 'para').length;
    this.goBackAt = Math.floor((body * 2) / 3);
  }

  // ---------- document.xml ----------
  document(): string {
    const body: string[] = [];
    const blocks = this.src.blocks;
    for (let k = 0; k < blocks.length; k++) {
      const b = blocks[k];
      if (b.kind === 'table') {
        body.push(this.table(b));
        // Word joins two adjacent tables: keep the empty paragraph it would keep between them
        if (blocks[k + 1]?.kind === 'table') body.push(this.paragraph(emptyPara(b.line), false));
        continue;
      }
      if (b.cc === undefined) { body.push(this.paragraph(b, false)); continue; }
      // consecutive paragraphs with the same tag share one content control
      const group: Para[] = [b];
      while (blocks[k + 1]?.kind === 'para' && (blocks[k + 1] as Para).cc === b.cc) group.push(blocks[++k] as Para);
      body.push(this.sdt(b.cc, group.map((p) => this.paragraph(p, false)).join('')));
    }
    const sect = this.word
      ? `<w:sectPr w:rsidR="${this.rsids[0]}" w:rsidSect="${this.rsids[0]}"><w:pgSz w:w="11906" w:h="16838" w:code="9"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="381"/></w:sectPr>`
      : '<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:left="1701" w:right="1134" w:gutter="0" w:header="0" w:top="1134" w:footer="0" w:bottom="1134"/><w:pgNumType w:fmt="decimal"/><w:formProt w:val="false"/><w:textDirection w:val="lrTb"/><w:docGrid w:type="default" w:linePitch="100" w:charSpace="0"/></w:sectPr>';
    return `${DECL}<w:document ${this.word ? NS_WORD : NS_LO}><w:body>${body.join('')}${sect}</w:body></w:document>`;
  }

  private sdt(tag: string, content: string): string {
    const id = (hash(`${tag}#${this.annId++}`) | 0) || 1; // Word's ids are signed 32-bit
    const pr = this.word ? `<w:tag w:val="${esc(tag)}"/><w:id w:val="${id}"/>` : `<w:tag w:val="${esc(tag)}"/><w:id w:val="${Math.abs(id)}"/><w:richText/>`;
    return `<w:sdt><w:sdtPr>${pr}</w:sdtPr>${this.word ? '<w:sdtEndPr/>' : ''}<w:sdtContent>${content}</w:sdtContent></w:sdt>`;
  }

  private paragraph(p: Para, inCell: boolean): string {
    const index = this.paraCount++;
    const h = hash(`${p.line}:${index}:${JSON.stringify(p.inlines)}`);
    const base = { b: p.b, i: p.i, u: p.u };
    let style = p.style;
    if (!style && p.num && this.word) style = 'ListParagraph';
    if (!style && !this.word) style = inCell ? 'TableContents' : 'TextBody';
    const pPr: string[] = [];
    if (style) pPr.push(`<w:pStyle w:val="${esc(style)}"/>`);
    if (p.num) pPr.push(`<w:numPr><w:ilvl w:val="${p.num.lvl}"/><w:numId w:val="${this.numId(p)}"/></w:numPr>`);
    if (!this.word) pPr.push('<w:bidi w:val="0"/>');
    if (p.indent) pPr.push(`<w:ind w:left="${p.num ? 1287 : 567}"/>`);
    if (p.align) pPr.push(`<w:jc w:val="${p.align}"/>`);
    const markRPr = this.rPr(base);
    if (markRPr) pPr.push(markRPr);
    else if (!this.word) pPr.push('<w:rPr></w:rPr>');
    let runs = this.runs(p.inlines, base, h);
    if (p.pagebreak) runs = `<w:r><w:br w:type="page"/></w:r>${runs}`;
    if (this.word && !inCell && this.bodyCount++ === this.goBackAt) {
      const id = this.annId++;
      runs += `<w:bookmarkStart w:id="${id}" w:name="_GoBack"/><w:bookmarkEnd w:id="${id}"/>`;
    }
    const ppr = pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : '';
    if (!this.word) return `<w:p>${ppr}${runs}</w:p>`;
    let paraId = h & 0x7fffffff;
    while (this.paraIds.has(hex8(paraId))) paraId = (paraId + 1) & 0x7fffffff;
    this.paraIds.add(hex8(paraId));
    const rs = (n: number) => this.rsids[n % this.rsids.length];
    return `<w:p w14:paraId="${hex8(paraId)}" w14:textId="77777777" w:rsidR="${rs(h)}" w:rsidRDefault="${rs(h >>> 3)}"${h & 4 ? ` w:rsidP="${rs(h >>> 6)}"` : ''}>${ppr}${runs}</w:p>`;
  }

  private rPr(f: { b: boolean; i: boolean; u: boolean }, rStyle?: string): string {
    const x: string[] = [];
    if (rStyle) x.push(`<w:rStyle w:val="${rStyle}"/>`);
    if (this.word) x.push(`<w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}"/>`);
    if (f.b) x.push('<w:b/><w:bCs/>');
    if (f.i) x.push('<w:i/><w:iCs/>');
    if (this.word) x.push('<w:sz w:val="28"/><w:szCs w:val="28"/>');
    if (f.u) x.push('<w:u w:val="single"/>');
    if (rStyle && !this.word) x.push('<w:vertAlign w:val="superscript"/>');
    if (this.word) x.push('<w:lang w:val="vi-VN"/>');
    return x.length ? `<w:rPr>${x.join('')}</w:rPr>` : '';
  }

  private runs(inl: Inline[], base: { b: boolean; i: boolean; u: boolean }, h: number): string {
    const out: string[] = [];
    for (let k = 0; k < inl.length;) {
      const change = inl[k].change;
      const group: string[] = [];
      for (; k < inl.length && inl[k].change === change; k++) group.push(this.inline(inl[k], base, hash(`${h}:${k}`), change));
      if (!change) { out.push(...group); continue; }
      this.tracked = true;
      const tag = change === 'ins' ? 'w:ins' : 'w:del';
      out.push(`<${tag} w:id="${this.annId++}" w:author="${REVIEWER}" w:date="${DATE}">${group.join('')}</${tag}>`);
    }
    return out.join('');
  }

  private inline(r: Inline, base: { b: boolean; i: boolean; u: boolean }, h: number, change: 'ins' | 'del' | undefined): string {
    const rsid = this.word ? ` w:rsidR="${this.rsids[h % this.rsids.length]}"` : '';
    if (r.t === 'br') return `<w:r${rsid}>${this.rPr(base)}<w:br/></w:r>`;
    if (r.t === 'note') {
      const id = this.footnotes.length + (this.word ? 1 : 2);
      const refStyle = this.word ? 'FootnoteReference' : 'FootnoteCharacters';
      const body = this.runs(r.body, { b: false, i: false, u: false }, hash(`note${id}`));
      const mark = `<w:r>${this.rPr({ b: false, i: false, u: false }, refStyle)}<w:footnoteRef/></w:r>`;
      const space = this.word ? '<w:r><w:t xml:space="preserve"> </w:t></w:r>' : '';
      this.footnotes.push(`<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>${mark}${space}${body}</w:p></w:footnote>`);
      return `<w:r${rsid}>${this.rPr(base, refStyle)}<w:footnoteReference w:id="${id}"/></w:r>`;
    }
    const f = { b: base.b || r.b, i: base.i || r.i, u: base.u };
    const pieces = this.word ? splitPieces(r.text, h) : [r.text];
    const tname = change === 'del' ? 'w:delText' : 'w:t';
    const runs = pieces.map((piece, n) => {
      const content = piece.split('\t').map((t) => (t ? `<${tname}${this.word && t.trim() === t && !/\s\s/.test(t) ? '' : ' xml:space="preserve"'}>${esc(t)}</${tname}>` : '')).join('<w:tab/>');
      const rs = this.word ? ` w:rsidR="${this.rsids[(h >>> (n * 3)) % this.rsids.length]}"` : '';
      return `<w:r${rs}>${this.rPr(f)}${content}</w:r>`;
    });
    // Word marks words it doubts with proofErr ranges between runs (not inside tracked changes here)
    if (this.word && !change && runs.length > 1) {
      if ((h & 0x700) === 0x100) runs.splice(runs.length - 1, 1, `<w:proofErr w:type="spellStart"/>${runs[runs.length - 1]}<w:proofErr w:type="spellEnd"/>`);
      if ((h & 0x3800) === 0x800) runs[0] = `<w:proofErr w:type="gramStart"/>${runs[0]}<w:proofErr w:type="gramEnd"/>`;
    }
    return runs.join('');
  }

  private numId(p: Para): number {
    const { kind, lvl, restart } = p.num!;
    let cur = this.current.get(kind);
    if (!cur || restart) {
      let abstractId = this.abstracts.indexOf(kind);
      if (abstractId < 0) abstractId = this.abstracts.push(kind) - 1;
      cur = { id: this.nums.length + 1, kind, abstractId, restartLvl: cur ? lvl : undefined };
      this.nums.push(cur);
      this.current.set(kind, cur);
    }
    return cur.id;
  }

  private table(t: Table): string {
    const widths = columnWidths(t);
    const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
    const tblPr = this.word
      ? '<w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
      : `<w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="55" w:type="dxa"/><w:left w:w="55" w:type="dxa"/><w:bottom w:w="55" w:type="dxa"/><w:right w:w="55" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
    let leading = true; // only the header rows at the top repeat on each page
    const rows = t.rows.map((row, rk) => {
      leading &&= row.header;
      const trPr = leading ? `<w:trPr><w:tblHeader${this.word ? '' : ' w:val="true"'}/></w:trPr>` : '';
      let col = 0;
      const cells = row.cells.map((c) => {
        const w = widths.slice(col, col + c.span).reduce((a, b) => a + b, 0);
        col += c.span;
        return this.cell(c, w);
      });
      const rs = this.word ? ` w:rsidR="${this.rsids[hash(`row${rk}`) % 6]}" w:rsidTr="${this.rsids[0]}"` : '';
      return `<w:tr${rs}>${trPr}${cells.join('')}</w:tr>`;
    });
    return `<w:tbl>${tblPr}<w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
  }

  private cell(c: Cell, width: number): string {
    const pr = [`<w:tcW w:w="${width}" w:type="dxa"/>`];
    if (c.span > 1) pr.push(`<w:gridSpan w:val="${c.span}"/>`);
    if (c.vmerge) pr.push(c.vmerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>');
    if (!this.word) pr.push('<w:tcBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>');
    return `<w:tc><w:tcPr>${pr.join('')}</w:tcPr>${this.paragraph(c.para, true)}</w:tc>`;
  }

  // ---------- the other parts ----------
  numbering(): string {
    const abs = this.abstracts.map((kind, id) => {
      const lv = [...Array(9).keys()].map((l) => {
        const [fmt, text] = LEVELS[kind][l] ?? ['decimal', `%${l + 1}.`];
        const ind = `<w:ind w:left="${720 + 360 * l}" w:hanging="360"/>`;
        const rpr = fmt === 'bullet' ? `<w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:cs="${FONT}" w:hint="default"/></w:rPr>` : '';
        return this.word
          ? `<w:lvl w:ilvl="${l}" w:tplc="${hex8(hash(`${kind}${l}`))}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr>${ind}</w:pPr>${rpr}</w:lvl>`
          : `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:suff w:val="tab"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="${720 + 360 * l}"/></w:tabs>${ind}</w:pPr>${rpr}</w:lvl>`;
      });
      const multi = kind === 'roman' || kind === 'arabic' || kind === 'paren' ? 'multilevel' : 'hybridMultilevel';
      const head = this.word ? `<w:nsid w:val="${hex8(hash(`nsid${kind}`))}"/><w:multiLevelType w:val="${multi}"/><w:tmpl w:val="${hex8(hash(`tmpl${kind}`))}"/>` : `<w:multiLevelType w:val="${multi}"/>`;
      return `<w:abstractNum w:abstractNumId="${this.absId(id)}">${head}${lv.join('')}</w:abstractNum>`;
    });
    const nums = this.nums.map((n) => {
      const over = n.restartLvl !== undefined ? `<w:lvlOverride w:ilvl="${n.restartLvl}"><w:startOverride w:val="1"/></w:lvlOverride>` : '';
      return `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${this.absId(n.abstractId)}"/>${over}</w:num>`;
    });
    return `${DECL}<w:numbering ${this.word ? NS_WORD : NS_LO}>${abs.join('')}${nums.join('')}</w:numbering>`;
  }
  private absId(k: number) { return this.word ? k : k + 1; }

  hasFootnotes() { return this.footnotes.length > 0; }

  footnotesXml(): string {
    const [sep, cont] = this.word ? [-1, 0] : [0, 1];
    return `${DECL}<w:footnotes ${this.word ? NS_WORD : NS_LO}>`
      + `<w:footnote w:type="separator" w:id="${sep}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>`
      + `<w:footnote w:type="continuationSeparator" w:id="${cont}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`
      + `${this.footnotes.join('')}</w:footnotes>`;
  }

  settings(): string {
    const track = this.tracked ? '<w:trackRevisions/>' : '';
    const [sep, cont] = this.word ? [-1, 0] : [0, 1];
    const fn = this.hasFootnotes() ? `<w:footnotePr><w:footnote w:id="${sep}"/><w:footnote w:id="${cont}"/></w:footnotePr>` : '';
    const compat = '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>';
    if (!this.word)
      return `${DECL}<w:settings xmlns:w="${W}"><w:zoom w:percent="100"/>${track}<w:defaultTabStop w:val="709"/><w:autoHyphenation w:val="true"/>${fn}${compat}<w:themeFontLang w:val="vi-VN" w:eastAsia="" w:bidi=""/></w:settings>`;
    const rsids = `<w:rsids><w:rsidRoot w:val="${this.rsids[0]}"/>${this.rsids.map((r) => `<w:rsid w:val="${r}"/>`).join('')}</w:rsids>`;
    return `${DECL}<w:settings ${NS_WORD}><w:zoom w:percent="100"/>${track}<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>${fn}${compat}${rsids}<w:themeFontLang w:val="vi-VN"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>`;
  }

  styles(): string {
    const word = this.word;
    const heading = (n: number) => {
      const size = [32, 28, 28, 28, 28, 28][n - 1];
      return word
        ? `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading${n}Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/>${n > 2 ? '<w:i/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`
        : `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="Heading ${n}"/><w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:spacing w:before="${n === 1 ? 240 : 200}" w:after="120"/><w:outlineLvl w:val="${n - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
    };
    const custom = (s: CustomStyle) =>
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${esc(s.id)}"><w:name w:val="${esc(s.name)}"/><w:basedOn w:val="${esc(s.basedOn ?? 'Normal')}"/><w:next w:val="${word ? 'Normal' : 'TextBody'}"/><w:qFormat/>${word ? `<w:rsid w:val="${this.rsids[1]}"/>` : ''}${s.outline !== undefined ? `<w:pPr><w:outlineLvl w:val="${s.outline}"/></w:pPr>` : ''}</w:style>`;
    const defaults = word
      ? `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:eastAsia="Calibri" w:hAnsi="${FONT}" w:cs="${FONT}"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>`
      : `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="Noto Serif CJK SC" w:cs="Lohit Devanagari"/><w:kern w:val="2"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:suppressAutoHyphens w:val="true"/></w:pPr></w:pPrDefault></w:docDefaults>`;
    const common = word
      ? '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        + '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:kern w:val="28"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
        + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>'
        + '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
      : '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/><w:bidi w:val="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:color w:val="auto"/><w:kern w:val="2"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="zh-CN" w:bidi="hi-IN"/></w:rPr></w:style>'
        + '<w:style w:type="character" w:styleId="FootnoteCharacters"><w:name w:val="Footnote Characters"/><w:qFormat/></w:style>'
        + '<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:basedOn w:val="Normal"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:keepNext w:val="true"/><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:lineRule="auto" w:line="276" w:before="0" w:after="140"/><w:jc w:val="both"/></w:pPr><w:rPr></w:rPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Heading"/><w:next w:val="TextBody"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="TableContents"><w:name w:val="Table Contents"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:suppressLineNumbers/></w:pPr><w:rPr></w:rPr></w:style>'
        + '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="Footnote Text"/><w:basedOn w:val="Normal"/><w:pPr><w:suppressLineNumbers/><w:ind w:left="339" w:hanging="339"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>';
    const all = common + [1, 2, 3, 4, 5, 6].map(heading).join('') + [...this.src.styles.values()].map(custom).join('');
    return `${DECL}<w:styles ${word ? NS_WORD : `xmlns:w="${W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14"`}>${defaults}${all}</w:styles>`;
  }
}

function emptyPara(line: number): Para {
  return { kind: 'para', line, b: false, i: false, u: false, indent: false, pagebreak: false, inlines: [] };
}

/** Split a text run into Word-like pieces, sometimes mid-word, never before a combining mark. */
function splitPieces(text: string, h: number): string[] {
  const cps = Array.from(text);
  if (cps.length < 10 || h % 2 === 0) return [text];
  const cuts = new Set<number>();
  for (let j = 0; j < (cps.length > 40 ? 2 : 1); j++) {
    let p = 2 + ((h >>> (5 + j * 7)) % (cps.length - 4));
    while (p < cps.length && /\p{M}/u.test(cps[p])) p++;
    if (p > 0 && p < cps.length) cuts.add(p);
  }
  const out: string[] = [];
  let from = 0;
  for (const c of [...cuts].sort((a, b) => a - b)) { out.push(cps.slice(from, c).join('')); from = c; }
  out.push(cps.slice(from).join(''));
  return out;
}

/** Grid widths in twips, by the longest single-column text of each column; they add up to the text width. */
function columnWidths(t: Table): number[] {
  const weight = Array<number>(t.cols).fill(4);
  for (const row of t.rows) {
    let col = 0;
    for (const c of row.cells) {
      if (c.span === 1) weight[col] = Math.max(weight[col], Math.min(40, plainLength(c.para.inlines)));
      col += c.span;
    }
  }
  const sum = weight.reduce((a, b) => a + b, 0);
  const w = weight.map((x) => Math.floor((TEXT_WIDTH * x) / sum));
  w[w.length - 1] += TEXT_WIDTH - w.reduce((a, b) => a + b, 0);
  return w;
}
const plainLength = (inl: Inline[]) => inl.reduce((n, r) => n + (r.t === 'text' && r.change !== 'del' ? r.text.length : 0), 0);

function plainText(blocks: Block[]): string {
  const para = (p: Para) => p.inlines.map((r) => (r.t === 'text' && r.change !== 'del' ? r.text : ' ')).join('');
  return blocks.map((b) => (b.kind === 'para' ? para(b) : b.rows.map((r) => r.cells.map((c) => para(c.para)).join(' ')).join(' '))).join(' ');
}

/** All the parts of the package, by path. */
export function buildParts(src: Source): Map<string, string> {
  const w = new Writer(src);
  const word = src.producer === 'word';
  const parts = new Map<string, string>();
  const document = w.document(); // first: it fills numbering, footnotes and tracked-change state
  const footnotes = w.hasFootnotes();
  const ct = 'application/vnd.openxmlformats-officedocument';
  parts.set('[Content_Types].xml', `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="${ct}.package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>`
    + `<Override PartName="/word/document.xml" ContentType="${ct}.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${ct}.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="${ct}.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="${ct}.wordprocessingml.settings+xml"/>`
    + (footnotes ? `<Override PartName="/word/footnotes.xml" ContentType="${ct}.wordprocessingml.footnotes+xml"/>` : '')
    + `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/></Types>`);
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  parts.set('_rels/.rels', `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  parts.set('word/_rels/document.xml.rels', `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/settings" Target="settings.xml"/>`
    + (footnotes ? `<Relationship Id="rId4" Type="${REL}/footnotes" Target="footnotes.xml"/>` : '') + '</Relationships>');
  parts.set('word/document.xml', document);
  parts.set('word/styles.xml', w.styles());
  parts.set('word/numbering.xml', w.numbering());
  parts.set('word/settings.xml', w.settings());
  if (footnotes) parts.set('word/footnotes.xml', w.footnotesXml());
  const name = src.file.replace(/^.*\//, '').replace(/\.txt$/, '');
  const author = word ? 'Văn phòng Điều phối NTM' : 'user';
  parts.set('docProps/core.xml', `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(name)}</dc:title><dc:creator>${esc(author)}</dc:creator><cp:lastModifiedBy>${esc(author)}</cp:lastModifiedBy><cp:revision>${word ? 4 : 1}</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-07-01T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${DATE}</dcterms:modified></cp:coreProperties>`);
  const words = plainText(src.blocks).split(/\s+/).filter(Boolean).length;
  parts.set('docProps/app.xml', `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`
    + (word ? `<Template>Normal.dotm</Template><TotalTime>47</TotalTime><Pages>${Math.max(1, Math.ceil(words / 450))}</Pages><Words>${words}</Words><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>${Math.ceil(words / 12)}</Lines><Paragraphs>${src.blocks.length}</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion>`
      : `<Template></Template><TotalTime>12</TotalTime><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application><AppVersion>15.0000</AppVersion><Pages>${Math.max(1, Math.ceil(words / 450))}</Pages><Words>${words}</Words><Characters>0</Characters><CharactersWithSpaces>0</CharactersWithSpaces><Paragraphs>${src.blocks.length}</Paragraphs>`)
    + '</Properties>');
  return parts;
}

