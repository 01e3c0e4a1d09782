/**
 * Read a .docx into the document model with jszip and a streaming SAX parser
 * (saxes): no DOM is built, the main part is parsed chunk by chunk as it
 * inflates. Finds the parts the OOXML way (package.ts), reads transitional and
 * Strict WordprocessingML alike and each mc:AlternateContent once (xml.ts),
 * resolves style inheritance, rebuilds automatic numbering, keeps table cells
 * and content-control tags, counts tracked deletions as gone and tracked
 * insertions as present.
 *
 * Every failure is a DocxError with a Vietnamese (and English) sentence: a
 * file that is not a .docx is named (sniff.ts), a damaged one said to be
 * damaged, and the reading limits (limits.ts) are named when met.
 */
import { readRecorded, readSaved } from './recorded';
import type { DocModel, Paragraph } from '../core/model';
import { DocxError } from './errors';
import { LIMITS, fmtEn, fmtVi } from './limits';
import { clampInt, levelOf, NumberingState, type LevelDef, type NumberingDefs } from './numbering';
import { DocxPackage, wordParts } from './package';
import { tooLongText, XmlStream, type SaxesTagPlain, type WAttrs, type XmlHandler } from './xml';

export { DocxError } from './errors';
export type { DocxErrorReason, FileKind } from './errors';
export { LIMITS } from './limits';

const NON_SPACE = /\S/;

/**
 * A text of its own: the parser hands on slices of the piece of the part it is reading (16 KB decoded), which the
 * engine keeps whole for as long as one slice of it lives; a paragraph made of one run would keep its piece, so the
 * model would hold the whole of document.xml and every young-generation collection copy it on. Joined with one more
 * character and cut back, the text is copied into a string of its own.
 */
const own = (s: string) => (s.length < 13 ? s : (s + ' ').slice(0, -1));
const MESSY_SPACE = /[\t\u00a0\n]| {2}/;

interface StyleDef {
  name: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

const OFF = new Set(['false', '0', 'off', 'none']);
const isOn = (t: SaxesTagPlain, a: WAttrs) => {
  const v = t.attributes[a.val] as string | undefined;
  return v === undefined || !OFF.has(v);
};

/**
 * Stream a part through a handler; the parse ends (or throws a DocxError) when the part does.
 * An empty part is read as having nothing in it, except the main part (`onChunk` given): a damaged file.
 */
async function parsePart(pkg: DocxPackage, part: string, limit: number, h: XmlHandler, onChunk?: (x: XmlStream) => void): Promise<XmlStream> {
  const x = new XmlStream(part, h);
  let empty = true;
  await pkg.stream(part, limit, (s) => {
    empty = false;
    x.write(s);
    onChunk?.(x);
  });
  if (empty) {
    if (onChunk) throw new DocxError(`tệp .docx bị hỏng: phần ${part} trống`, `the .docx is damaged: part ${part} is empty`, 'corrupt');
    return x;
  }
  x.close();
  return x;
}

async function readStyles(pkg: DocxPackage, part: string | undefined): Promise<Map<string, StyleDef>> {
  const styles = new Map<string, StyleDef>();
  if (!part) return styles;
  let cur: { id: string; def: StyleDef } | null = null;
  let inRPr = false;
  let inPPr = false;
  await parsePart(pkg, part, LIMITS.auxPartBytes, {
    open(name, t, a) {
      const v = () => t.attributes[a.val] as string | undefined;
      switch (name) {
        case 'w:style':
          cur = t.attributes[a.type] === 'paragraph' ? { id: (t.attributes[a.styleId] as string | undefined) ?? '', def: { name: '' } } : null;
          break;
        case 'w:name': if (cur) cur.def.name = v() ?? ''; break;
        case 'w:basedOn': if (cur) cur.def.basedOn = v(); break;
        case 'w:pPr': inPPr = true; break;
        case 'w:rPr': inRPr = true; break;
        case 'w:outlineLvl': if (cur && inPPr) cur.def.outlineLvl = levelOf(v()); break;
        case 'w:numId': if (cur && inPPr) cur.def.numId = v(); break;
        case 'w:ilvl': if (cur && inPPr) cur.def.ilvl = clampInt(v(), 0, LIMITS.numberingLevel, 0); break;
        case 'w:b': if (cur && inRPr && !inPPr) cur.def.bold = isOn(t, a); break;
        case 'w:i': if (cur && inRPr && !inPPr) cur.def.italic = isOn(t, a); break;
        case 'w:u': if (cur && inRPr && !inPPr) cur.def.underline = isOn(t, a); break;
      }
    },
    close(name) {
      if (name === 'w:style' && cur) {
        styles.set(cur.id, cur.def);
        cur = null;
      } else if (name === 'w:pPr') inPPr = false;
      else if (name === 'w:rPr') inRPr = false;
    },
  });
  return styles;
}

async function readNumbering(pkg: DocxPackage, part: string | undefined): Promise<NumberingDefs> {
  const defs: NumberingDefs = { abstract: new Map(), nums: new Map() };
  if (!part) return defs;
  let abs: Map<number, LevelDef> | null = null;
  let lvl: { ilvl: number | undefined; def: LevelDef } | null = null;
  let num: { id: string; abstractId: string; overrides: Map<number, number> } | null = null;
  let overrideLvl: number | undefined;
  const V = LIMITS.numberingValue;
  await parsePart(pkg, part, LIMITS.auxPartBytes, {
    open(name, t, a) {
      const v = () => t.attributes[a.val] as string | undefined;
      switch (name) {
        case 'w:abstractNum':
          abs = new Map();
          defs.abstract.set((t.attributes[a.abstractNumId] as string | undefined) ?? '', abs);
          break;
        case 'w:lvl':
          // a level outside 0..8 is not one Word shows: read and dropped
          if (abs) lvl = { ilvl: levelOf((t.attributes[a.ilvl] as string | undefined) ?? '0'), def: { start: 1, numFmt: 'decimal', lvlText: '' } };
          break;
        case 'w:start': if (lvl) lvl.def.start = clampInt(v(), 0, V, 1); break;
        case 'w:numFmt': if (lvl) lvl.def.numFmt = (v() ?? 'decimal').slice(0, 64); break;
        case 'w:lvlText': if (lvl) lvl.def.lvlText = (v() ?? '').slice(0, LIMITS.labelChars); break;
        case 'w:num': num = { id: (t.attributes[a.numId] as string | undefined) ?? '', abstractId: '', overrides: new Map() }; break;
        case 'w:abstractNumId': if (num) num.abstractId = v() ?? ''; break;
        case 'w:lvlOverride': overrideLvl = levelOf((t.attributes[a.ilvl] as string | undefined) ?? '0'); break;
        case 'w:startOverride': if (num && overrideLvl !== undefined) num.overrides.set(overrideLvl, clampInt(v(), 0, V, 1)); break;
      }
    },
    close(name) {
      if (name === 'w:lvl' && lvl && abs) {
        if (lvl.ilvl !== undefined) abs.set(lvl.ilvl, lvl.def);
        lvl = null;
      } else if (name === 'w:abstractNum') abs = null;
      else if (name === 'w:num' && num) {
        defs.nums.set(num.id, { abstractId: num.abstractId, overrides: num.overrides });
        num = null;
      } else if (name === 'w:lvlOverride') overrideLvl = undefined;
    },
  });
  return defs;
}

/** Heading level of a style from its name ("heading 2", also localised "Titre 2"/"Đề mục 2") or outline level, following basedOn. */
type StyleInfo = { name?: string; level?: number; numId?: string; ilvl?: number; bold?: boolean; italic?: boolean; underline?: boolean };
const styleCache = new WeakMap<Map<string, StyleDef>, Map<string | undefined, StyleInfo>>();

function styleInfo(styles: Map<string, StyleDef>, id: string | undefined): StyleInfo {
  let cache = styleCache.get(styles);
  if (!cache) styleCache.set(styles, (cache = new Map()));
  let hit = cache.get(id);
  if (!hit) cache.set(id, (hit = resolveStyle(styles, id)));
  return hit;
}

function resolveStyle(styles: Map<string, StyleDef>, id: string | undefined): StyleInfo {
  const out: StyleInfo = {};
  const seen = new Set<string>();
  let cur = id;
  for (let step = 0; cur && !seen.has(cur) && step < LIMITS.styleChain; step++) {
    seen.add(cur);
    const s = styles.get(cur);
    if (!s) break;
    out.name ??= s.name;
    if (out.level === undefined) {
      const m = /^(?:heading|titre|überschrift|đề mục|tiêu đề)\s*([1-9])$/i.exec(s.name.trim());
      if (m) out.level = Number(m[1]);
      else if (s.outlineLvl !== undefined) out.level = s.outlineLvl + 1;
    }
    if (out.numId === undefined && s.numId !== undefined) {
      out.numId = s.numId;
      out.ilvl = s.ilvl;
    }
    if (out.bold === undefined && s.bold !== undefined) out.bold = s.bold;
    if (out.italic === undefined && s.italic !== undefined) out.italic = s.italic;
    if (out.underline === undefined && s.underline !== undefined) out.underline = s.underline;
    cur = s.basedOn;
  }
  if (out.level === undefined && id && /^heading[1-9]$/i.test(id)) out.level = Number(id.slice(-1));
  return out;
}

/** Read a .docx (bytes) into the document model. Throws DocxError with a clear reason. */
export async function readDocx(data: Uint8Array | ArrayBuffer, source?: string): Promise<DocModel> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    const pkg = await DocxPackage.open(bytes);
    const parts = await wordParts(pkg);
    const styles = await readStyles(pkg, parts.styles);
    const numbering = new NumberingState(await readNumbering(pkg, parts.numbering));
    const refs: Array<[paragraph: number, id: string]> = [];
    const paragraphs = await readBody(pkg, parts.main, styles, numbering, refs);
    const notes = await readFootnotes(pkg, parts.footnotes);
    // each paragraph carries the text of the footnotes it refers to: they are read with it, and found at it
    for (const [at, id] of refs) {
      const text = notes.byId.get(id);
      if (text) (paragraphs[at].notes ??= []).push(text);
    }
    const recorded = await readRecorded(pkg);
    const saved = await readSaved(pkg);
    return { paragraphs, footnotes: notes.all, source, ...(recorded ? { recorded } : {}), ...(saved ? { saved } : {}) };
  } catch (e) {
    if (e instanceof DocxError) throw e;
    // never let an internal error (a RangeError, a library's words) reach the user as it is
    throw new DocxError(
      'không đọc được tệp .docx: tệp có cấu trúc bất thường mà chương trình chưa xử lý được',
      'cannot read the .docx: the file has an unusual structure the reader does not handle',
      'internal',
      undefined,
      e,
    );
  }
}

function notWordMain(part: string, root: string): DocxError {
  const local = root.slice(root.lastIndexOf(':') + 1);
  if (local === 'workbook') return new DocxError('không phải tệp .docx: đây là bảng tính Excel (.xlsx)', 'not a .docx file: this is an Excel workbook (.xlsx)', 'not-docx', 'xlsx');
  if (local === 'presentation') return new DocxError('không phải tệp .docx: đây là bản trình chiếu PowerPoint (.pptx)', 'not a .docx file: this is a PowerPoint presentation (.pptx)', 'not-docx', 'pptx');
  return new DocxError(
    `không phải văn bản Word: phần chính ${part} không phải WordprocessingML (phần tử gốc <${local.slice(0, 40)}>)`,
    `not a Word document: the main part ${part} is not WordprocessingML (root element <${local.slice(0, 40)}>)`,
    'not-docx',
  );
}

function tooMany(what: 'paragraphs' | 'tableRows'): DocxError {
  const n = LIMITS[what];
  return what === 'paragraphs'
    ? new DocxError(`văn bản có hơn ${fmtVi(n)} đoạn (giới hạn đọc; báo cáo thật dưới 2.000 đoạn)`, `the document has more than ${fmtEn(n)} paragraphs (reading limit; a real report has under 2,000)`, 'too-large')
    : new DocxError(`văn bản có hơn ${fmtVi(n)} dòng bảng (giới hạn đọc)`, `the document has more than ${fmtEn(n)} table rows (reading limit)`, 'too-large');
}

async function readBody(pkg: DocxPackage, part: string, styles: Map<string, StyleDef>, numbering: NumberingState, refs: Array<[number, string]>): Promise<Paragraph[]> {
  const paragraphs: Paragraph[] = [];
  interface PState {
    parts: string[];
    /** Ids of the footnotes referred to from the paragraph. */
    notes?: string[];
    /** Characters so far (bounded by LIMITS.paragraphChars). */
    len: number;
    pStyle?: string;
    numId?: string;
    ilvl?: number;
    outlineLvl?: number;
    textRuns: number;
    boldRuns: number;
    italicRuns: number;
    underlineRuns: number;
    /** Whether the first run with text was italic. */
    firstItalic?: boolean;
    /** Characters of the bold or italic lead so far, and whether the lead is still going on. */
    lead: number;
    leadOpen: boolean;
    /** Whether the first run with text was bold. */
    firstBold?: boolean;
  }
  let p: PState | null = null;
  const pStack: PState[] = [];
  let inPPr = false;
  let inRPr = false;
  let runBold: boolean | undefined;
  let runItalic: boolean | undefined;
  let runUnderline: boolean | undefined;
  let runHasText = false;
  /** Characters of text in the current run. */
  let runChars = 0;
  let inText = false;
  let delDepth = 0;
  let instr = false;
  let tableCount = 0;
  let rowCount = 0;
  /** Open tables, innermost last; `col` is the grid column of the current cell, `span` how many it covers. */
  const tblStack: Array<{ table: number; row: number; cell: number; col: number; span: number; next: number; merge?: 'first' | 'more' }> = [];
  const sdtTags: Array<string | null> = [];
  /** Tags of the content controls around, shared by the paragraphs inside them (rebuilt when they change). */
  let tagsNow: string[] = [];
  let tagsDirty = false;
  let inSdtPr = false;

  const flushRun = () => {
    if (p && (runHasText || (p.leadOpen && runChars))) {
      const b = !!(runBold ?? styleInfo(styles, p.pStyle).bold);
      const i = !!(runItalic ?? styleInfo(styles, p.pStyle).italic);
      if (runHasText) {
        p.textRuns++;
        if (b) p.boldRuns++;
        if (p.firstBold === undefined) p.firstBold = b;
        if (i) p.italicRuns++;
        if (runUnderline ?? styleInfo(styles, p.pStyle).underline) p.underlineRuns++;
        if (p.firstItalic === undefined) p.firstItalic = i;
      }
      // the emphasized lead of a run-in heading ("**(1) Quy hoạch.** 175/175 xã …"): runs in bold or italic from the start
      if (p.leadOpen) {
        if (b || i || !runHasText) p.lead += runChars;
        else p.leadOpen = false;
      }
    }
    runBold = undefined;
    runItalic = undefined;
    runUnderline = undefined;
    runHasText = false;
    runChars = 0;
  };
  const add = (s: string) => {
    p!.parts.push(s);
    if ((p!.len += s.length) > LIMITS.paragraphChars) throw tooLongText(part);
  };

  let rootChecked = false;
  await parsePart(
    pkg,
    part,
    LIMITS.mainPartBytes,
    {
      open(name, t, a) {
        switch (name) {
          case 'w:p':
            if (p) pStack.push(p);
            p = { parts: [], len: 0, textRuns: 0, boldRuns: 0, italicRuns: 0, underlineRuns: 0, lead: 0, leadOpen: true };
            break;
          case 'w:pPr': inPPr = true; break;
          case 'w:pStyle': if (p && inPPr) p.pStyle = t.attributes[a.val] as string | undefined; break;
          case 'w:numId': if (p && inPPr) p.numId = t.attributes[a.val] as string | undefined; break;
          case 'w:ilvl': if (p && inPPr) p.ilvl = clampInt(t.attributes[a.val] as string | undefined, 0, LIMITS.numberingLevel, 0); break;
          case 'w:outlineLvl': if (p && inPPr) p.outlineLvl = levelOf(t.attributes[a.val] as string | undefined); break;
          case 'w:r': runBold = undefined; runItalic = undefined; runUnderline = undefined; runHasText = false; break;
          case 'w:rPr': inRPr = true; break;
          case 'w:b': if (inRPr && !inPPr) runBold = isOn(t, a); break;
          case 'w:i': if (inRPr && !inPPr) runItalic = isOn(t, a); break;
          case 'w:u': if (inRPr && !inPPr) runUnderline = isOn(t, a); break;
          case 'w:t': if (delDepth === 0) inText = true; break;
          case 'w:tab': if (p && !inPPr && delDepth === 0) add('\t'); break;
          case 'w:br': case 'w:cr': if (p && delDepth === 0 && t.attributes[a.type] !== 'page') add('\n'); break;
          case 'w:noBreakHyphen': if (p && delDepth === 0) add('-'); break;
          case 'w:del': case 'w:moveFrom': delDepth++; break;
          case 'w:footnoteReference': if (p && delDepth === 0 && refs.length < LIMITS.paragraphs) (p.notes ??= []).push((t.attributes[a.id] as string | undefined) ?? ''); break;
          case 'w:instrText': instr = true; break;
          case 'w:tbl': tblStack.push({ table: tableCount++, row: -1, cell: -1, col: 0, span: 1, next: 0 }); break;
          case 'w:tr':
            if (++rowCount > LIMITS.tableRows) throw tooMany('tableRows');
            if (tblStack.length) {
              const c = tblStack[tblStack.length - 1];
              c.row++;
              c.cell = -1;
              c.next = 0;
            }
            break;
          case 'w:gridBefore':
            if (tblStack.length) {
              const c = tblStack[tblStack.length - 1];
              c.next = Math.min(c.next + clampInt(t.attributes[a.val] as string | undefined, 0, LIMITS.gridSpan, 0), LIMITS.gridColumns);
            }
            break;
          case 'w:tc':
            if (tblStack.length) {
              const c = tblStack[tblStack.length - 1];
              c.cell++;
              c.col = c.next;
              c.span = 1;
              c.merge = undefined;
            }
            break;
          case 'w:gridSpan': if (tblStack.length) tblStack[tblStack.length - 1].span = clampInt(t.attributes[a.val] as string | undefined, 1, LIMITS.gridSpan, 1); break;
          // a cell merged with the cells below it ("restart") or continuing the one above (no value, or "continue")
          case 'w:vMerge': if (tblStack.length) tblStack[tblStack.length - 1].merge = t.attributes[a.val] === 'restart' ? 'first' : 'more'; break;
          case 'w:sdt': sdtTags.push(null); tagsDirty = true; break;
          case 'w:sdtPr': inSdtPr = true; break;
          case 'w:tag': if (inSdtPr && sdtTags.length) { sdtTags[sdtTags.length - 1] = (t.attributes[a.val] as string | undefined) ?? ''; tagsDirty = true; } break;
        }
      },
      close(name) {
        switch (name) {
          case 'w:pPr': inPPr = false; break;
          case 'w:rPr': inRPr = false; break;
          case 'w:t': inText = false; break;
          case 'w:r': flushRun(); break;
          case 'w:del': case 'w:moveFrom': if (delDepth > 0) delDepth--; break;
          case 'w:instrText': instr = false; break;
          case 'w:tbl': tblStack.pop(); break;
          case 'w:tc': if (tblStack.length) { const c = tblStack[tblStack.length - 1]; c.next = Math.min(c.col + c.span, LIMITS.gridColumns); } break;
          case 'w:sdt': sdtTags.pop(); tagsDirty = true; break;
          case 'w:sdtPr': inSdtPr = false; break;
          case 'w:p': {
            if (!p) break;
            if (paragraphs.length >= LIMITS.paragraphs) throw tooMany('paragraphs');
            const st = styleInfo(styles, p.pStyle);
            const numId = p.numId ?? st.numId;
            const ilvl = p.ilvl ?? st.ilvl ?? 0;
            const num = numId !== undefined ? numbering.next(numId, ilvl) : undefined;
            const joined = p.parts.length === 1 ? own(p.parts[0]) : p.parts.join('');
            const text = (MESSY_SPACE.test(joined) ? joined.replace(/[ \u00a0]*\t[ \t\u00a0]*/g, '\t').replace(/[ \u00a0]+/g, ' ').replace(/ *\n */g, '\n') : joined).trim();
            // every paragraph made with the same fields, in the same order (the absent ones undefined, which JSON leaves
            // out): one object shape, so that the checker's loops over thousands of paragraphs read them at full speed
            const para: Paragraph = {
              index: paragraphs.length, text, style: undefined, styleLevel: undefined, isList: undefined, numLabel: undefined, bold: undefined,
              boldStart: undefined, italic: undefined, italicStart: undefined, underline: undefined, lead: undefined, cell: undefined, tags: undefined, notes: undefined,
            };
            if (p.notes) for (const id of p.notes) refs.push([paragraphs.length, id]);
            if (st.name) para.style = st.name;
            const level = p.outlineLvl !== undefined ? p.outlineLvl + 1 : st.level;
            if (level !== undefined) para.styleLevel = level;
            if (num) {
              para.isList = true;
              if (num.label) para.numLabel = num.label;
            }
            if (p.textRuns > 0 && p.boldRuns === p.textRuns) para.bold = true;
            else if (p.firstBold && text) para.boldStart = true;
            if (p.textRuns > 0 && p.italicRuns === p.textRuns) para.italic = true;
            else if (p.firstItalic && text) para.italicStart = true;
            if (p.textRuns > 0 && p.underlineRuns === p.textRuns) para.underline = true;
            if ((para.boldStart || para.italicStart) && p.lead > 0) {
              // the lead's length in the text as cleaned above
              const raw = joined.slice(0, p.lead);
              const lead = (MESSY_SPACE.test(raw) ? raw.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n') : raw).trimStart().trimEnd().length;
              if (lead > 0 && lead < text.length) para.lead = lead;
            }
            if (tblStack.length) {
              const c = tblStack[tblStack.length - 1];
              para.cell = { table: c.table, row: c.row, cell: c.cell, col: c.col };
              if (c.span > 1) para.cell.span = c.span;
              if (c.merge) para.cell.merge = c.merge;
            }
            if (tagsDirty) {
              tagsNow = sdtTags.filter((x): x is string => !!x);
              tagsDirty = false;
            }
            if (tagsNow.length) para.tags = tagsNow;
            paragraphs.push(para);
            p = pStack.pop() ?? null;
            break;
          }
        }
      },
      text(s) {
        if (inText && !instr && p) {
          p.parts.push(s);
          runChars += s.length;
          if ((p.len += s.length) > LIMITS.paragraphChars) throw tooLongText(part);
          if (!runHasText && NON_SPACE.test(s)) runHasText = true;
        }
      },
    },
    (x) => {
      if (!rootChecked && x.root !== undefined) {
        rootChecked = true;
        if (x.root !== 'w:document') throw notWordMain(part, x.root);
      }
    },
  );
  return paragraphs;
}

async function readFootnotes(pkg: DocxPackage, part: string | undefined): Promise<{ all: string[]; byId: Map<string, string> }> {
  const notes: string[] = [];
  const byId = new Map<string, string>();
  if (!part) return { all: notes, byId };
  let cur: string[] | null = null;
  let id = '';
  let len = 0;
  let inText = false;
  await parsePart(pkg, part, LIMITS.auxPartBytes, {
    open(name, t, a) {
      if (name === 'w:footnote') {
        cur = [];
        id = (t.attributes[a.id] as string | undefined) ?? '';
        len = 0;
      } else if (name === 'w:t') inText = true;
    },
    close(name) {
      if (name === 'w:footnote' && cur) {
        const s = cur.join('').trim();
        if (s) {
          if (notes.length >= LIMITS.paragraphs) throw tooMany('paragraphs');
          notes.push(s);
          if (id) byId.set(id, s);
        }
        cur = null;
      } else if (name === 'w:t') inText = false;
    },
    text(s) {
      if (inText && cur) {
        cur.push(s);
        if ((len += s.length) > LIMITS.paragraphChars) throw tooLongText(part);
      }
    },
  });
  return { all: notes, byId };
}
