/**
 * The packs a command checks against: the built-in ones, joined by those of --pack-source (a published pack
 * replaces the built-in one of its id, unless it is older); --pack names one of them, a pack file or an address, or `auto`.
 */
import type { Pack } from '../packs/schema';
import type { Lang } from '../packs/validate';
import { builtinPacks } from '../packs/builtin';
import { newestPacks } from '../packs/published';
import type { CliIO } from './io';
import { loadPack } from './check-command';
import { createHash } from 'crypto';
import { existsSync, readdirSync, statSync } from 'fs';
import { basename, dirname, join } from 'path';
import { CliError } from './io';
import { Why, failure, parseIndex } from '../packs/source';
import type { PublishedPack } from '../packs/published';
import { loadValidator } from '../packs/validator';

export interface PackChoiceOptions { pack: string; packSource?: string; allowHttp?: boolean; cache?: string }

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function choosePacks(io: CliIO, opts: PackChoiceOptions, lang: Lang): Promise<{ given?: Pack; candidates: Pack[]; published: Pack[] }> {
  const web = opts.packSource || isUrl(opts.pack) ? await import('./pack-source') : undefined;
  const source = { lang, cacheDir: opts.cache, allowHttp: !!opts.allowHttp, say: (l: string) => io.err(`decuong: ${l}\n`) };
  // (a source on this machine — the folder `decuong pack publish` wrote, its packs.json, or a folder of pack files — is read as it is, with
  // no cache: the office tries its round's packs before putting them on the web — walk55)
  const local = !!opts.packSource && !isUrl(opts.packSource);
  if (local) await loadValidator();
  const published = local ? localPacks(io, opts.packSource!, lang) : opts.packSource && web ? await web.packsFromSource(opts.packSource, source) : [];
  // (a published pack older than the built-in one of its id is left aside, and the user told so)
  const { packs: candidates, older } = newestPacks(published, builtinPacks());
  for (const o of older) source.say(lang === 'en' ? `${o.published.id} ${o.published.version} from the pack source is older than the built-in ${o.builtin.version}; the built-in one is used` : `mẫu ${o.published.id} phiên bản ${o.published.version} của nguồn mẫu cũ hơn phiên bản có sẵn ${o.builtin.version}; dùng phiên bản có sẵn`);
  const given =
    opts.pack === 'auto' ? undefined
    : web && isUrl(opts.pack) ? await web.packFromUrl(opts.pack, source)
    : (candidates.find((p) => p.id === opts.pack && published.includes(p)) ?? loadPack(io, opts.pack, lang));
  return { given, candidates, published: published.filter((p) => candidates.includes(p)) };
}

/**
 * The packs of a source on this machine: a packs.json index (each entry's file beside it, its sha256 checked, as on the web), or a folder —
 * its packs.json if it has one, else every .json pack file in it. One clear line for what cannot be read.
 */
export function localPacks(io: CliIO, spec: string, lang: Lang): Pack[] {
  const vi = lang === 'vi';
  const bad = (why: string) => new CliError(`--pack-source "${spec}": ${why}`);
  let isDir = false;
  try {
    isDir = statSync(spec).isDirectory();
  } catch {
    throw bad(vi ? 'không tìm thấy thư mục hay tệp này (cần địa chỉ https://…/packs.json, thư mục mẫu hoặc tệp packs.json)' : 'no such folder or file (an https://…/packs.json address, a folder of packs or a packs.json file is needed)');
  }
  const index = isDir ? join(spec, 'packs.json') : spec;
  if (isDir && !existsSync(index)) {
    const files = readdirSync(spec).filter((f) => /\.json$/iu.test(f)).sort();
    if (!files.length) throw bad(vi ? 'thư mục không có tệp mẫu báo cáo (.json) nào' : 'the folder holds no pack file (.json)');
    return files.map((f) => loadPack(io, join(spec, f), lang));
  }
  let entries: PublishedPack[];
  try {
    entries = parseIndex(io.readFile(index).toString('utf8'));
  } catch (e) {
    throw bad(e instanceof Why ? e.said[lang] : (e as Error).message);
  }
  return entries.map((entry) => {
    // (an entry published with its web address, `pack publish --base-url`, is the file of that name beside the index)
    const rel = /^[a-z]+:\/\//iu.test(entry.url) ? basename(new URL(entry.url).pathname) : entry.url.replace(/^\.\//u, '');
    const file = join(dirname(index), decodeURIComponent(rel));
    let bytes: Buffer;
    try {
      bytes = io.readFile(file);
    } catch {
      throw bad(`${entry.id}: ${vi ? `không đọc được tệp ${file}` : `cannot read ${file}`}`);
    }
    const got = createHash('sha256').update(bytes).digest('hex');
    if (got !== entry.sha256) throw bad(`${entry.id}: ${failure.hash(entry.sha256, got).said[lang]}`);
    const pack = loadPack(io, file, lang);
    if (pack.id !== entry.id || pack.version !== entry.version) throw bad(`${entry.id}: ${failure.notNamed(`${pack.id} ${pack.version}`, `${entry.id} ${entry.version}`).said[lang]}`);
    return pack;
  });
}
