/**
 * The packs a command checks against: the built-in ones, joined by those of --pack-source (a published pack
 * replaces the built-in one of its id); --pack names one of them, a pack file or an address, or `auto`.
 */
import type { Pack } from '../packs/schema';
import type { Lang } from '../packs/validate';
import { builtinPacks } from '../packs/builtin';
import type { CliIO } from './io';
import { loadPack } from './check-command';

export interface PackChoiceOptions { pack: string; packSource?: string; allowHttp?: boolean; cache?: string }

const isUrl = (s: string) => /^https?:\/\//i.test(s);

export async function choosePacks(io: CliIO, opts: PackChoiceOptions, lang: Lang): Promise<{ given?: Pack; candidates: Pack[]; published: Pack[] }> {
  const web = opts.packSource || isUrl(opts.pack) ? await import('./pack-source') : undefined;
  const source = { lang, cacheDir: opts.cache, allowHttp: !!opts.allowHttp, say: (l: string) => io.err(`decuong: ${l}\n`) };
  const published = opts.packSource && web ? await web.packsFromSource(opts.packSource, source) : [];
  const candidates = [...published, ...builtinPacks().filter((b) => !published.some((p) => p.id === b.id))];
  const given =
    opts.pack === 'auto' ? undefined
    : web && isUrl(opts.pack) ? await web.packFromUrl(opts.pack, source)
    : (published.find((p) => p.id === opts.pack) ?? loadPack(io, opts.pack, lang));
  return { given, candidates, published };
}
