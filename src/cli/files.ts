/** The files a command is given: files as they are, folders walked down for their Word documents. */
import { readdirSync, statSync } from 'fs';
import { join } from 'path';

const WORD = /\.(docx|docm|dotx|dotm)$/i;
/** Reports sent back in another format (an old .doc, a PDF, an OpenDocument or RTF file): listed too, so that their row says they could not be checked, as the web page does (walk50). */
const OTHER_REPORT = /\.(doc|dot|pdf|odt|rtf)$/i;

/** Files and folders (walked down, Word documents and reports in other formats, no "~$" lock files), in name order. */
export function expandFiles(args: string[]): Array<{ file: string; mtime?: number }> {
  const out: Array<{ file: string; mtime?: number }> = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      out.push({ file: dir });
      return;
    }
    for (const n of names) {
      const p = join(dir, n);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory() && depth < 8) walk(p, depth + 1);
      else if (st.isFile() && (WORD.test(n) || OTHER_REPORT.test(n)) && !n.startsWith('~$')) out.push({ file: p, mtime: st.mtimeMs });
    }
  };
  for (const a of args) {
    let st;
    try {
      st = statSync(a);
    } catch {
      out.push({ file: a }); // its row says why
      continue;
    }
    if (st.isDirectory()) walk(a, 0);
    else out.push({ file: a, mtime: st.mtimeMs });
  }
  return out;
}
