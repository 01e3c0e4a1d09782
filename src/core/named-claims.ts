/**
 * Claims said of indicators by name, with no figure: "tỉnh đã hoàn thành vượt mục tiêu về số xã đạt chuẩn NTM nâng cao, xã NTM kiểu
 * mẫu; …". The claim is read against the result the report gives elsewhere for each indicator it names (the judged one). Read only
 * when the sentence leaves no doubt: a claim on the targets ("mục tiêu", "chỉ tiêu"), then "về" or "đối với", then the names, up to
 * the clause's end, with no figure among them.
 */
import type { Indicator } from '../packs/schema';
import { CLAIM_ABOUT, CLAIM_MET, CLAIM_NOT_MET } from './lexicon';
import { anyKeyword, excluded, mentions } from './indicators';
import { normalize } from './text';

export interface NamedClaim {
  claim: 'met' | 'not-met';
  claimText: string;
  indicator: Indicator;
  /** Where the claim starts in the text. */
  at: number;
}

/** How far after a claim its names are read. */
const NAMES_WINDOW = 300;
/** At most so many claims of each kind are read in a paragraph. */
const MAX_CLAIMS = 20;
/** A claim on a year's plan ("… chỉ tiêu kế hoạch năm …"), not the period's targets. */
const YEAR_PLAN = /kế hoạch|năm/iu;
/** Words that turn to another claim ("…, nhưng …", "tuy nhiên"). */
const BUT = /(?<![\p{L}])(?:nhưng|tuy nhiên|song)(?![\p{L}])/iu;

/** A claim on the targets, not on a plan of the unit's own ("vượt kế hoạch năm"): the pack's targets are what "mục tiêu" names. */
const ON_TARGETS = /mục tiêu|chỉ tiêu/iu;

export function namedClaims(text: string, indicators: Indicator[], partBefore?: (sentence: string) => boolean): NamedClaim[] {
  const out: NamedClaim[] = [];
  const any = anyKeyword(indicators);
  for (const set of [CLAIM_MET, CLAIM_NOT_MET]) {
    let from = 0;
    let seen = 0;
    for (let hit = set.find(text); hit && seen++ < MAX_CLAIMS; hit = set.find(text.slice(from))) {
      const start = from + hit.start;
      const end = from + hit.end;
      from = end;
      // (a met claim inside a not-met one is the not-met's: "chưa hoàn thành vượt mục tiêu" is not read twice)
      if (set === CLAIM_MET && CLAIM_NOT_MET.find(text.slice(Math.max(0, start - 12), end))) continue;
      // (the few words after the claim, and its names to the clause's end, are all that is read: no scan of the rest of the text)
      const rest = text.slice(end, end + NAMES_WINDOW);
      const lead = CLAIM_ABOUT.find(rest.slice(0, 60));
      // the targets named in the claim or in the few words after it ("hoàn thành vượt mục tiêu", "đạt mục tiêu Kết luận đề ra"), not a
      // year's plan ("vượt chỉ tiêu kế hoạch năm về …" is the year's, not the period's target)
      const between = lead ? rest.slice(0, lead.start) : '';
      if (!lead || /\d|[,;.]/u.test(between) || between.trim().split(/\s+/u).length > 5 || !ON_TARGETS.test(hit.phrase + between) || YEAR_PLAN.test(hit.phrase + between)) continue;
      // (a part of the unit as the claim's subject: "Huyện Can Lộc đã hoàn thành vượt mục tiêu về …" speaks of it, not the unit)
      if (partBefore?.(text.slice(text.lastIndexOf('.', start) + 1, start))) continue;
      // the names, to the clause's end or the next claim ("… về số xã … nâng cao, chưa đạt mục tiêu về số xã … kiểu mẫu"); a figure
      // among them makes it a claim on that figure, read elsewhere
      const tail = rest.slice(lead.end);
      const stops = [tail.search(/[;.:!?(]|\n/u), CLAIM_MET.find(tail)?.start ?? -1, CLAIM_NOT_MET.find(tail)?.start ?? -1, tail.search(BUT)].filter((k) => k >= 0);
      let names = tail.slice(0, stops.length ? Math.min(...stops) : undefined);
      // (the names right before the next claim are its subject: "đạt chỉ tiêu về lao động qua đào tạo và thôn đạt chuẩn, chỉ tiêu nước
      // sạch chưa đạt" — the clean water is not met)
      const nextClaim = [CLAIM_MET.find(tail)?.start ?? -1, CLAIM_NOT_MET.find(tail)?.start ?? -1].filter((k) => k >= 0);
      if (nextClaim.length && Math.min(...nextClaim) === names.length && names.lastIndexOf(',') > 0) names = names.slice(0, names.lastIndexOf(','));
      // (years and spans of years name a set of criteria, no figure: "xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025")
      // (… but a year alone, "năm 2023", "giai đoạn 2021-2023", marks a year's or a stage's own plan, read elsewhere)
      if (/\d/.test(names.replace(/(?<=Bộ tiêu chí[^,;]{0,40})(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?![\d.,/])/gu, '')) || !any.test(normalize(names))) continue;
      const seen = new Set<Indicator>();
      for (const chunk of names.split(/,|\svà\s/u)) {
        const norm = normalize(chunk);
        // the most specific indicator a name names ("số xã đạt chuẩn NTM nâng cao" is not the plain count)
        const ind = indicators.filter((i) => mentions(i, norm) && !excluded(i, norm)).sort((a, b) => b.keywords.length - a.keywords.length)[0];
        if (!ind || seen.has(ind)) continue;
        seen.add(ind);
        out.push({ claim: set === CLAIM_MET ? 'met' : 'not-met', claimText: text.slice(start, end + between.length).trim(), indicator: ind, at: start });
      }
    }
  }
  return out;
}
