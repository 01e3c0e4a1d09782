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

/** A claim on the targets, not on a plan of the unit's own ("vượt kế hoạch năm"): the pack's targets are what "mục tiêu" names. */
const ON_TARGETS = /mục tiêu|chỉ tiêu/iu;

export function namedClaims(text: string, indicators: Indicator[]): NamedClaim[] {
  const out: NamedClaim[] = [];
  const any = anyKeyword(indicators);
  for (const set of [CLAIM_MET, CLAIM_NOT_MET]) {
    let from = 0;
    for (let hit = set.find(text); hit; hit = set.find(text.slice(from))) {
      const start = from + hit.start;
      const end = from + hit.end;
      from = end;
      // (a met claim inside a not-met one is the not-met's: "chưa hoàn thành vượt mục tiêu" is not read twice)
      if (set === CLAIM_MET && CLAIM_NOT_MET.find(text.slice(Math.max(0, start - 12), end))) continue;
      const rest = text.slice(end);
      const lead = CLAIM_ABOUT.find(rest);
      // the targets named in the claim or in the few words after it ("hoàn thành vượt mục tiêu", "đạt mục tiêu Kết luận đề ra")
      const between = lead ? rest.slice(0, lead.start) : '';
      if (!lead || /\d|[,;.]/u.test(between) || between.trim().split(/\s+/u).length > 5 || !ON_TARGETS.test(hit.phrase + between)) continue;
      // the names, to the clause's end; a figure among them makes it a claim on that figure, read elsewhere
      const stop = rest.slice(lead.end).search(/[;.:!?(]|\n/u);
      const names = rest.slice(lead.end, stop < 0 ? undefined : lead.end + stop);
      if (/\d/.test(names) || !any.test(normalize(names))) continue;
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
