/**
 * Write a .docx from a list of simple blocks with the `docx` library: the
 * skeleton of a pack, the labelled reports of `npm run eval` and the large
 * report of `npm run bench` all go through here.
 */
import { GUIDANCE_STYLE } from '../core/skeleton';
import {
  AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';

/** The guidance style's id in styles.xml. */
const GUIDANCE_STYLE_ID = 'DecuongGuidance';

export type HeadingMode =
  /** Built-in heading style, number typed in the text. */
  | 'style'
  /** Built-in heading style, number produced by Word's list numbering (not in the text). */
  | 'auto'
  /** A bold Normal paragraph with the number typed in the text (many writers never use styles). */
  | 'bold'
  /** A bold Normal paragraph numbered by Word's list numbering (no heading style, no number in the text). */
  | 'autobold';

export type Block =
  | { kind: 'heading'; level: number; text: string; mode: HeadingMode; scheme?: AutoScheme }
  | { kind: 'para'; text: string; bold?: boolean; italic?: boolean; center?: boolean; boldLead?: string; /** Set in the outline's guidance style. */ guidance?: boolean }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; rows: string[][] };

/** How Word numbers an auto-numbered heading at a level ("I.", "1.", "1.1.", "a)"). */
export type AutoScheme = 'upperRoman' | 'decimal' | 'decimal2' | 'lowerLetter' | 'paren';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

const SCHEMES: Record<AutoScheme, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (lvl: number) => string }> = {
  upperRoman: { format: LevelFormat.UPPER_ROMAN, text: (l) => `%${l + 1}.` },
  decimal: { format: LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  decimal2: { format: LevelFormat.DECIMAL, text: (l) => `%${l}.%${l + 1}.` },
  lowerLetter: { format: LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1})` },
  paren: { format: LevelFormat.DECIMAL, text: (l) => `(%${l + 1})` },
};

function cell(text: string, bold: boolean): TableCell {
  return new TableCell({ children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold })] })) });
}

/**
 * Auto-numbered headings use one numbering instance per scheme sequence; the
 * level of the list is the heading level, and the scheme says the format.
 */
export interface DocxOptions { title?: string; /** Custom document properties ("decuong.level"). */ properties?: Record<string, string> }

export async function writeDocx(blocks: Block[], opts: DocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(documentOf(blocks, opts));
}

/** The same file as bytes, where there is no Node Buffer (the web page). */
export async function writeDocxBytes(blocks: Block[], opts: DocxOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(documentOf(blocks, opts)));
}

function documentOf(blocks: Block[], opts: DocxOptions): Document {
  const schemesByLevel = new Map<number, AutoScheme>();
  for (const b of blocks) if (b.kind === 'heading' && (b.mode === 'auto' || b.mode === 'autobold')) schemesByLevel.set(b.level, b.scheme ?? 'decimal');
  const levels = [...Array(6).keys()].map((l) => {
    const s = SCHEMES[schemesByLevel.get(l + 1) ?? 'decimal'];
    return { level: l, format: s.format, text: s.text(l), alignment: AlignmentType.LEFT };
  });
  const children: Array<Paragraph | Table> = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        children.push(b.mode === 'bold' || b.mode === 'autobold'
          ? new Paragraph({
            children: [new TextRun({ text: b.text, bold: true })],
            ...(b.mode === 'autobold' ? { numbering: { reference: 'outline', level: b.level - 1 } } : {}),
          })
          : new Paragraph({
            heading: HEADINGS[Math.min(b.level, 6) - 1],
            children: [new TextRun(b.text)],
            ...(b.mode === 'auto' ? { numbering: { reference: 'outline', level: b.level - 1 } } : {}),
          }));
        break;
      case 'para':
        children.push(new Paragraph({
          alignment: b.center ? AlignmentType.CENTER : undefined,
          ...(b.guidance ? { style: GUIDANCE_STYLE_ID } : {}),
          children: [
            ...(b.boldLead ? [new TextRun({ text: b.boldLead, bold: true })] : []),
            ...b.text.split('\n').map((t, i) => new TextRun({ text: t, bold: b.bold, italics: b.italic, break: i ? 1 : undefined })),
          ],
        }));
        break;
      case 'bullet':
        children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(b.text)] }));
        break;
      case 'table':
        children.push(new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((c) => cell(c, i === 0)) })),
        }));
        break;
    }
  }
  return new Document({
    title: opts.title,
    creator: 'decuong',
    ...(opts.properties ? { customProperties: Object.entries(opts.properties).map(([name, value]) => ({ name, value })) } : {}),
    numbering: { config: [{ reference: 'outline', levels }] },
    // (the outline's guidance in a style of its own, named so the check knows it when left in — walk52)
    styles: { paragraphStyles: [{ id: GUIDANCE_STYLE_ID, name: GUIDANCE_STYLE, basedOn: 'Normal', next: 'Normal', run: { italics: true, color: '1F4E79' } }] },
    sections: [{ children }],
  });
}
