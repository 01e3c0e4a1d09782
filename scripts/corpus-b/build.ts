/**
 * Corpus B builder: turns each hand-written test/corpus-b/NAME.txt (the markup of
 * test/corpus-b/FORMAT.md) into test/corpus-b/NAME.docx.
 *
 * The OOXML is written by hand (ooxml.ts) from a small model (parse.ts) and zipped
 * with jszip. On purpose it uses neither the `docx` package nor anything in src/:
 * these files must be made differently from the project's own writer, so that the
 * reader is tested on markup it did not produce. Output is deterministic (fixed
 * dates and ids, hash-based run splits), so rebuilding an unchanged source gives
 * the same bytes.
 *
 *   npx tsx scripts/corpus-b/build.ts                 every test/corpus-b/*.txt
 *   npx tsx scripts/corpus-b/build.ts NAME [NAME …]    test/corpus-b/NAME.txt (or any path to a .txt)
 *   --out DIR                                         write the .docx files to DIR instead of beside the source
 *
 * `producer: libreoffice-real` (not in FORMAT.md) builds the libreoffice flavour and,
 * when `soffice` is on the PATH, lets LibreOffice itself re-save it; without soffice
 * it keeps the hand-written libreoffice flavour and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import JSZip from 'jszip';
import { buildParts } from './ooxml';
import { parseSource, SourceError } from './parse';

const ROOT = resolve(__dirname, '../..');
const CORPUS = join(ROOT, 'test/corpus-b');
const ZIP_DATE = new Date('2024-07-05T09:00:00Z');

async function zipParts(parts: Map<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, xml] of parts) zip.file(name, xml, { date: ZIP_DATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Let LibreOffice open the hand-written file and save it again as .docx with its own writer. */
function resaveWithLibreOffice(docx: Buffer, name: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-b-'));
  try {
    const input = join(dir, 'in', `${name}.docx`);
    execFileSync('mkdir', ['-p', dirname(input)]);
    writeFileSync(input, docx);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input], { stdio: 'ignore', timeout: 180_000 });
    return readFileSync(join(dir, `${name}.docx`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function sourcePath(arg: string): string {
  if (arg.endsWith('.txt') || arg.includes('/')) return resolve(arg);
  return join(CORPUS, `${arg}.txt`);
}

/** A path as the user would like to see it: relative to the working directory when inside it. */
function shownPath(p: string): string {
  const r = relative(process.cwd(), p);
  return r && !r.startsWith('..') ? r : p;
}

async function main() {
  const args = process.argv.slice(2);
  let outDir: string | undefined;
  const names: string[] = [];
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--out') outDir = resolve(args[++k] ?? '.');
    else if (args[k] === '-h' || args[k] === '--help') {
      console.log('usage: npx tsx scripts/corpus-b/build.ts [--out DIR] [NAME|path.txt ...]');
      return;
    } else names.push(args[k]);
  }
  const files = names.length ? names.map(sourcePath) : readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS, f));
  if (!files.length) console.log(`no .txt sources in ${shownPath(CORPUS)}`);
  let soffice: boolean | undefined;
  let failed = 0;
  for (const file of files) {
    const shown = shownPath(file);
    try {
      if (!existsSync(file)) throw new Error(`${shown}: no such file`);
      const src = parseSource(shown, readFileSync(file, 'utf8'));
      for (const w of src.warnings) console.warn(`  note: ${w}`);
      let docx = await zipParts(buildParts(src));
      const name = basename(file, '.txt');
      if (src.wantsRealLibreOffice) {
        soffice ??= hasSoffice();
        if (soffice) docx = resaveWithLibreOffice(docx, name);
        else console.warn(`  note: ${shown}: producer libreoffice-real needs soffice, which is not installed: built the hand-written libreoffice flavour instead`);
      }
      const out = join(outDir ?? dirname(file), `${name}.docx`);
      writeFileSync(out, docx);
      const tables = src.blocks.filter((b) => b.kind === 'table').length;
      console.log(`built  ${shownPath(out)}  (${src.producer}${src.wantsRealLibreOffice && soffice ? ', re-saved by LibreOffice' : ''}, ${src.blocks.length - tables} paragraphs, ${tables} tables)`);
    } catch (e) {
      failed++;
      console.error(`FAILED ${e instanceof SourceError ? e.message : `${shown}: ${(e as Error).message}`}`);
    }
  }
  if (failed) {
    console.error(`${failed} of ${files.length} failed`);
    process.exitCode = 1;
  }
}

void main();
