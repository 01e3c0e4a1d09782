/**
 * Read a .docx into the document model with jszip and a streaming SAX parser
 * (saxes): no DOM is built for document.xml. Resolves style inheritance,
 * rebuilds automatic numbering, keeps table cells and content-control tags,
 * counts tracked deletions as gone and tracked insertions as present.
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { DocModel, Paragraph } from '../core/model';
import { NumberingState, type LevelDef, type NumberingDefs } from './numbering';

export class DocxError extends Error {
  constructor(message: string, readonly reason: 'not-zip' | 'not-docx' | 'too-large' | 'bad-xml') {
    super(message);
  }
}

const NON_SPACE = /\S/;
const MESSY_SPACE = /[\t\u00a0\n]| {2}/;

/** Refuse parts that would unpack beyond this (zip bombs). */
const MAX_PART_BYTES = 256 * 1024 * 1024;

interface StyleDef {
  name: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
}

const attr = (t: SaxesTagPlain, name: string) => t.attributes[name] as string | undefined;
const isOn = (t: SaxesTagPlain) => {
  const v = attr(t, 'w:val');
  return v === undefined || !['false', '0', 'off', 'none'].includes(v);
};

function parse(xml: string, onOpen: (t: SaxesTagPlain) => void, onClose: (name: string) => void, onText?: (s: string) => void, position = true) {
  // position tracking costs a tenth of the parse; document.xml errors need no line numbers
  const p = new SaxesParser<{ xmlns: false; position: boolean }>({ xmlns: false, position });
  p.on('opentag', onOpen);
  p.on('closetag', (t) => onClose(t.name));
  if (onText) p.on('text', onText);
  try {
    p.write(xml).close();
  } catch (e) {
    throw new DocxError(`XML lỗi / malformed XML: ${(e as Error).message.split('\n')[0]}`, 'bad-xml');
  }
}

function readStyles(xml: string | undefined): Map<string, StyleDef> {
  const styles = new Map<string, StyleDef>();
  if (!xml) return styles;
  let cur: { id: string; def: StyleDef } | null = null;
  let inRPr = false;
  let inPPr = false;
  parse(
    xml,
    (t) => {
      switch (t.name) {
        case 'w:style':
          cur = attr(t, 'w:type') === 'paragraph' ? { id: attr(t, 'w:styleId') ?? '', def: { name: '' } } : null;
          break;
        case 'w:name': if (cur) cur.def.name = attr(t, 'w:val') ?? ''; break;
        case 'w:basedOn': if (cur) cur.def.basedOn = attr(t, 'w:val'); break;
        case 'w:pPr': inPPr = true; break;
        case 'w:rPr': inRPr = true; break;
        case 'w:outlineLvl': if (cur && inPPr) cur.def.outlineLvl = Number(attr(t, 'w:val')); break;
        case 'w:numId': if (cur && inPPr) cur.def.numId = attr(t, 'w:val'); break;
        case 'w:ilvl': if (cur && inPPr) cur.def.ilvl = Number(attr(t, 'w:val')); break;
        case 'w:b': if (cur && inRPr && !inPPr) cur.def.bold = isOn(t); break;
      }
    },
    (name) => {
      if (name === 'w:style' && cur) {
        styles.set(cur.id, cur.def);
        cur = null;
      } else if (name === 'w:pPr') inPPr = false;
      else if (name === 'w:rPr') inRPr = false;
    },
  );
  return styles;
}

function readNumbering(xml: string | undefined): NumberingDefs {
  const defs: NumberingDefs = { abstract: new Map(), nums: new Map() };
  if (!xml) return defs;
  let abs: Map<number, LevelDef> | null = null;
  let lvl: { ilvl: number; def: LevelDef } | null = null;
  let num: { id: string; abstractId: string; overrides: Map<number, number> } | null = null;
  let overrideLvl = -1;
  parse(
    xml,
    (t) => {
      switch (t.name) {
        case 'w:abstractNum':
          abs = new Map();
          defs.abstract.set(attr(t, 'w:abstractNumId') ?? '', abs);
          break;
        case 'w:lvl':
          if (abs) lvl = { ilvl: Number(attr(t, 'w:ilvl') ?? 0), def: { start: 1, numFmt: 'decimal', lvlText: '' } };
          break;
        case 'w:start': if (lvl) lvl.def.start = Number(attr(t, 'w:val') ?? 1); break;
        case 'w:numFmt': if (lvl) lvl.def.numFmt = attr(t, 'w:val') ?? 'decimal'; break;
        case 'w:lvlText': if (lvl) lvl.def.lvlText = attr(t, 'w:val') ?? ''; break;
        case 'w:num': num = { id: attr(t, 'w:numId') ?? '', abstractId: '', overrides: new Map() }; break;
        case 'w:abstractNumId': if (num) num.abstractId = attr(t, 'w:val') ?? ''; break;
        case 'w:lvlOverride': overrideLvl = Number(attr(t, 'w:ilvl') ?? 0); break;
        case 'w:startOverride': if (num && overrideLvl >= 0) num.overrides.set(overrideLvl, Number(attr(t, 'w:val') ?? 1)); break;
      }
    },
    (name) => {
      if (name === 'w:lvl' && lvl && abs) {
        abs.set(lvl.ilvl, lvl.def);
        lvl = null;
      } else if (name === 'w:abstractNum') abs = null;
      else if (name === 'w:num' && num) {
        defs.nums.set(num.id, { abstractId: num.abstractId, overrides: num.overrides });
        num = null;
      } else if (name === 'w:lvlOverride') overrideLvl = -1;
    },
  );
  return defs;
}

/** Heading level of a style from its name ("heading 2", also localised "Titre 2"/"Đề mục 2") or outline level, following basedOn. */
type StyleInfo = { name?: string; level?: number; numId?: string; ilvl?: number; bold?: boolean };
const styleCache = new WeakMap<Map<string, StyleDef>, Map<string | undefined, StyleInfo>>();

function styleInfo(styles: Map<string, StyleDef>, id: string | undefined): StyleInfo {
  let cache = styleCache.get(styles);
  if (!cache) styleCache.set(styles, (cache = new Map()));
  let hit = cache.get(id);
  if (!hit) cache.set(id, (hit = resolveStyle(styles, id)));
  return hit;
}

function resolveStyle(styles: Map<string, StyleDef>, id: string | undefined): StyleInfo {
  const out: { name?: string; level?: number; numId?: string; ilvl?: number; bold?: boolean } = {};
  const seen = new Set<string>();
  let cur = id;
  while (cur && !seen.has(cur)) {
    seen.add(cur);
    const s = styles.get(cur);
    if (!s) break;
    out.name ??= s.name;
    if (out.level === undefined) {
      const m = /^(?:heading|titre|überschrift|đề mục|tiêu đề)\s*(\d)$/i.exec(s.name.trim());
      if (m) out.level = Number(m[1]);
      else if (s.outlineLvl !== undefined && s.outlineLvl < 9) out.level = s.outlineLvl + 1;
    }
    if (out.numId === undefined && s.numId !== undefined) {
      out.numId = s.numId;
      out.ilvl = s.ilvl;
    }
    if (out.bold === undefined && s.bold !== undefined) out.bold = s.bold;
    cur = s.basedOn;
  }
  if (out.level === undefined && id && /^heading(\d)$/i.test(id)) out.level = Number(id.slice(-1));
  return out;
}

async function partText(zip: JSZip, name: string): Promise<string | undefined> {
  const f = zip.file(name);
  if (!f) return undefined;
  const size = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  if (size !== undefined && size > MAX_PART_BYTES)
    throw new DocxError(`${name} quá lớn khi giải nén (${Math.round(size / 1e6)} MB) / unpacks too large`, 'too-large');
  return f.async('string');
}

/** Read a .docx (bytes) into the document model. Throws DocxError with a clear reason. */
export async function readDocx(data: Uint8Array | ArrayBuffer, source?: string): Promise<DocModel> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new DocxError('không phải tệp .docx (không đọc được dạng nén zip) / not a .docx file (not a zip archive)', 'not-zip');
  }
  const documentXml = await partText(zip, 'word/document.xml');
  if (documentXml === undefined)
    throw new DocxError('tệp nén không có word/document.xml: không phải văn bản Word / no word/document.xml: not a Word document', 'not-docx');
  const styles = readStyles(await partText(zip, 'word/styles.xml'));
  const numbering = new NumberingState(readNumbering(await partText(zip, 'word/numbering.xml')));
  const paragraphs = readBody(documentXml, styles, numbering);
  const footnotes = await readFootnotes(await partText(zip, 'word/footnotes.xml'));
  return { paragraphs, footnotes, source };
}

function readBody(xml: string, styles: Map<string, StyleDef>, numbering: NumberingState): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  interface PState {
    parts: string[];
    pStyle?: string;
    numId?: string;
    ilvl?: number;
    outlineLvl?: number;
    textRuns: number;
    boldRuns: number;
    /** Whether the first run with text was bold. */
    firstBold?: boolean;
  }
  let p: PState | null = null;
  const pStack: PState[] = [];
  let inPPr = false;
  let inRPr = false;
  let runBold: boolean | undefined;
  let runHasText = false;
  let inText = false;
  let delDepth = 0;
  let instr = false;
  let tableCount = 0;
  const tblStack: Array<{ table: number; row: number; cell: number }> = [];
  const sdtTags: Array<string | null> = [];
  let inSdtPr = false;

  const flushRun = () => {
    if (p && runHasText) {
      p.textRuns++;
      const b = !!(runBold ?? styleInfo(styles, p.pStyle).bold);
      if (b) p.boldRuns++;
      if (p.firstBold === undefined) p.firstBold = b;
    }
    runBold = undefined;
    runHasText = false;
  };

  parse(
    xml,
    (t) => {
      switch (t.name) {
        case 'w:p':
          if (p) pStack.push(p);
          p = { parts: [], textRuns: 0, boldRuns: 0 };
          break;
        case 'w:pPr': inPPr = true; break;
        case 'w:pStyle': if (p && inPPr) p.pStyle = attr(t, 'w:val'); break;
        case 'w:numId': if (p && inPPr) p.numId = attr(t, 'w:val'); break;
        case 'w:ilvl': if (p && inPPr) p.ilvl = Number(attr(t, 'w:val') ?? 0); break;
        case 'w:outlineLvl': if (p && inPPr) p.outlineLvl = Number(attr(t, 'w:val')); break;
        case 'w:r': runBold = undefined; runHasText = false; break;
        case 'w:rPr': inRPr = true; break;
        case 'w:b': if (inRPr && !inPPr) runBold = isOn(t); break;
        case 'w:t': if (delDepth === 0) inText = true; break;
        case 'w:tab': if (p && !inPPr && delDepth === 0) p.parts.push(' '); break;
        case 'w:br': case 'w:cr': if (p && delDepth === 0 && attr(t, 'w:type') !== 'page') p.parts.push('\n'); break;
        case 'w:noBreakHyphen': if (p && delDepth === 0) p.parts.push('-'); break;
        case 'w:del': case 'w:moveFrom': delDepth++; break;
        case 'w:instrText': instr = true; break;
        case 'w:tbl': tblStack.push({ table: tableCount++, row: -1, cell: -1 }); break;
        case 'w:tr': if (tblStack.length) { const c = tblStack[tblStack.length - 1]; c.row++; c.cell = -1; } break;
        case 'w:tc': if (tblStack.length) tblStack[tblStack.length - 1].cell++; break;
        case 'w:sdt': sdtTags.push(null); break;
        case 'w:sdtPr': inSdtPr = true; break;
        case 'w:tag': if (inSdtPr && sdtTags.length) sdtTags[sdtTags.length - 1] = attr(t, 'w:val') ?? ''; break;
      }
    },
    (name) => {
      switch (name) {
        case 'w:pPr': inPPr = false; break;
        case 'w:rPr': inRPr = false; break;
        case 'w:t': inText = false; break;
        case 'w:r': flushRun(); break;
        case 'w:del': case 'w:moveFrom': delDepth--; break;
        case 'w:instrText': instr = false; break;
        case 'w:tbl': tblStack.pop(); break;
        case 'w:sdt': sdtTags.pop(); break;
        case 'w:sdtPr': inSdtPr = false; break;
        case 'w:p': {
          if (!p) break;
          const st = styleInfo(styles, p.pStyle);
          const numId = p.numId ?? st.numId;
          const ilvl = p.ilvl ?? st.ilvl ?? 0;
          const num = numId !== undefined ? numbering.next(numId, ilvl) : undefined;
          const joined = p.parts.length === 1 ? p.parts[0] : p.parts.join('');
          const text = (MESSY_SPACE.test(joined) ? joined.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n') : joined).trim();
          const para: Paragraph = { index: paragraphs.length, text };
          if (st.name) para.style = st.name;
          const level = p.outlineLvl !== undefined && p.outlineLvl < 9 ? p.outlineLvl + 1 : st.level;
          if (level !== undefined) para.styleLevel = level;
          if (num) {
            para.isList = true;
            if (num.label) para.numLabel = num.label;
          }
          if (p.textRuns > 0 && p.boldRuns === p.textRuns) para.bold = true;
          else if (p.firstBold && text) para.boldStart = true;
          if (tblStack.length) {
            const c = tblStack[tblStack.length - 1];
            para.cell = { table: c.table, row: c.row, cell: c.cell };
          }
          const tags = sdtTags.filter((x): x is string => !!x);
          if (tags.length) para.tags = tags;
          paragraphs.push(para);
          p = pStack.pop() ?? null;
          break;
        }
      }
    },
    (s) => {
      if (inText && !instr && p) {
        p.parts.push(s);
        if (!runHasText && NON_SPACE.test(s)) runHasText = true;
      }
    },
    false,
  );
  return paragraphs;
}

async function readFootnotes(xml: string | undefined): Promise<string[]> {
  if (!xml) return [];
  const notes: string[] = [];
  let cur: string[] | null = null;
  let inText = false;
  parse(
    xml,
    (t) => {
      if (t.name === 'w:footnote') cur = [];
      else if (t.name === 'w:t') inText = true;
    },
    (name) => {
      if (name === 'w:footnote' && cur) {
        const s = cur.join('').trim();
        if (s) notes.push(s);
        cur = null;
      } else if (name === 'w:t') inText = false;
    },
    (s) => {
      if (inText && cur) cur.push(s);
    },
  );
  return notes;
}
