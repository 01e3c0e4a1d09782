/** A pack's outline skeleton as a .docx (for writers without the add-in: Word 2016, LibreOffice). */
import type { Pack } from '../packs/schema';
import { skeletonBlocks, type SkeletonOptions } from '../core/skeleton';
import { writeDocx, writeDocxBytes, type Block } from './write-docx';
import { LEVEL_PROPERTY } from './recorded';

export function skeletonDocxBlocks(pack: Pack, opts: SkeletonOptions = {}): Block[] {
  const out: Block[] = [];
  for (const b of skeletonBlocks(pack, opts)) {
    switch (b.kind) {
      case 'heading': out.push({ kind: 'heading', level: Math.min(b.level, 6), text: b.text, mode: 'style' }); break;
      case 'guidance': for (const line of b.text.split('\n')) out.push({ kind: 'para', text: line, italic: true, guidance: true }); break;
      case 'table':
        out.push({ kind: 'para', text: b.title, italic: true });
        out.push({ kind: 'table', rows: [b.header, ...Array.from({ length: b.rows }, () => b.header.map(() => ''))] });
        break;
      case 'para': out.push({ kind: 'para', text: b.text, bold: b.bold, center: b.center }); break;
    }
  }
  return out;
}

/** The file's title, and the level it was made for, recorded for the check to read back when the header names none. */
const docxOptions = (pack: Pack, opts: SkeletonOptions) => ({ title: pack.title, ...(opts.level ? { properties: { [LEVEL_PROPERTY]: opts.level } } : {}) });

export function writeSkeletonDocx(pack: Pack, opts: SkeletonOptions = {}): Promise<Buffer> {
  return writeDocx(skeletonDocxBlocks(pack, opts), docxOptions(pack, opts));
}

/** The same skeleton as bytes, for the web page (no Node Buffer there): a Word 2016 writer downloads it (walk54, item 1). */
export function skeletonDocxBytes(pack: Pack, opts: SkeletonOptions = {}): Promise<Uint8Array> {
  return writeDocxBytes(skeletonDocxBlocks(pack, opts), docxOptions(pack, opts));
}
