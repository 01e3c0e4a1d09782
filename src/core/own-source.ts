/**
 * The document that sets an indicator's target, as the pack names it (`indicator.source`, matched to one of `pack.sources`), and whether a
 * text names it: "… gần đạt mục tiêu 65% vào năm 2025 theo Chương trình hành động của Ban Cán sự Đảng Ủy ban nhân dân tỉnh" quotes that
 * document's target, whatever claim stands before it (session 48, nwm04). Named by its kind and its number where the number has digits
 * ("Nghị quyết số 16-NQ/TU"), else by its kind and its issuer; nothing about a pack is written here, all of it comes from the pack.
 */
import type { Indicator, Pack } from '../packs/schema';
import { normalize } from './text';

/** For each indicator whose source the pack lists, a test of whether a text names that source. */
export function ownSources(pack: Pack): Map<string, (text: string) => boolean> {
  const out = new Map<string, (text: string) => boolean>();
  const docs = pack.sources.map((s) => {
    const kind = normalize(s.kind ?? '');
    const number = /\d/u.test(s.number) ? normalize(s.number.replace(/^-+/u, '')) : '';
    // (the issuer up to its level's noun: "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh" is written "Ban Chấp hành Đảng bộ tỉnh" — review-48b A14)
    const issuer = normalize(s.issuer ?? '').replace(/^(.*?(?:^| )(?:tinh|huyen|xa))(?: .*)?$/u, '$1');
    return { kind, number, issuer };
  }).filter((d) => d.kind && (d.number || d.issuer));
  for (const ind of pack.indicators) {
    if (!ind.source) continue;
    const src = normalize(ind.source);
    const doc = docs.find((d) => src.startsWith(d.kind));
    if (!doc) continue;
    // (… or the document it carries out, named in the source by its number: "Chương trình hành động thực hiện NQ 16-NQ/TU" sets the targets of
    // "Nghị quyết số 16-NQ/TU" — nyw01)
    const carried = docs.filter((d) => d !== doc && d.number && src.includes(d.number));
    // (the number whole, not inside another: "116-NQ/TU" names no "16-NQ/TU" — review-58c D7)
    const names = (d: { kind: string; number: string; issuer: string }, t: string) => {
      const at = t.indexOf(d.kind);
      if (at < 0) return false;
      if (!d.number) return t.includes(d.issuer, at);
      for (let k = t.indexOf(d.number, at); k >= 0; k = t.indexOf(d.number, k + 1)) if (!/[\p{L}\d]/u.test(t[k - 1] ?? '')) return true;
      return false;
    };
    out.set(ind.id, (text: string) => {
      const t = normalize(text);
      return names(doc, t) || carried.some((d) => names(d, t));
    });
  }
  return out;
}

/** Whether a text names the document that sets the indicator's target (see ownSources), and no year but the target's: "mục tiêu 80% đến năm
 * 2030 theo Chương trình hành động …", "48,5% đặt ra cho năm 2021 tại …" quote an orientation or a year's milestone (review-48b A5, A17, A20). */
export function namesOwnSource(sources: Map<string, (text: string) => boolean> | undefined, ind: Indicator, text: string, lead = ''): boolean {
  if (!sources?.get(ind.id)?.(text)) return false;
  const years = `${lead} ${text}`.match(/(?<![\d/.-])(?:19|20)\d\d(?![\d/])/gu) ?? [];
  return years.every((y) => Number(y) === ind.year);
}
