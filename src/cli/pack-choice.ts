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

export interface PackChoiceOptions { pack: string; packSource?: string; allowHttp?: boolean; cache?: string }

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function choosePacks(io: CliIO, opts: PackChoiceOptions, lang: Lang): Promise<{ given?: Pack; candidates: Pack[]; published: Pack[] }> {
  const web = opts.packSource || isUrl(opts.pack) ? await import('./pack-source') : undefined;
  const source = { lang, cacheDir: opts.cache, allowHttp: !!opts.allowHttp, say: (l: string) => io.err(`decuong: ${l}\n`) };
  const published = opts.packSource && web ? await web.packsFromSource(opts.packSource, source) : [];
  // (a published pack older than the built-in one of its id is left aside, and the user told so)
  const { packs: candidates, older } = newestPacks(published, builtinPacks());
  for (const o of older) source.say(lang === 'en' ? `${o.published.id} ${o.published.version} from the pack source is older than the built-in ${o.builtin.version}; the built-in one is used` : `mẫu ${o.published.id} phiên bản ${o.published.version} của nguồn mẫu cũ hơn phiên bản có sẵn ${o.builtin.version}; dùng phiên bản có sẵn`);
  const given =
    opts.pack === 'auto' ? undefined
    : web && isUrl(opts.pack) ? await web.packFromUrl(opts.pack, source)
    : (candidates.find((p) => p.id === opts.pack && published.includes(p)) ?? loadPack(io, opts.pack, lang));
  return { given, candidates, published: published.filter((p) => candidates.includes(p)) };
}
