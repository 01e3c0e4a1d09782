/**
 * Claims said of indicators by name, with no figure: "tỉnh đã hoàn thành vượt mục tiêu về số xã đạt chuẩn NTM nâng cao, xã NTM kiểu
 * mẫu; …". The claim is read against the result the report gives elsewhere for each indicator it names (the judged one). Read only
 * when the sentence leaves no doubt: a claim on the targets ("mục tiêu", "chỉ tiêu"), then "về" or "đối với", then the names, up to
 * the clause's end, with no figure among them.
 */
import type { Indicator } from '../packs/schema';
import { CLAIM_ABOUT, CLAIM_MET, CLAIM_NOT_MET, OWN_PLAN, PLAN_WORDS } from './lexicon';
import { anyKeyword, excluded, mentions } from './indicators';
import { normalize } from './text';
import { AIM_BEFORE, ALL_PLACES_SUBJECT, EXCEPTION_AFTER, PLACES_COUNTED_BEFORE, STANDARD_ONLY, TOPIC_LEAD_COLON, APPENDIX_POINTER, COUNTED_SUBJECT, TARGET_QUOTED, PROSPECT, TARGETS_DONE_AMONG } from './lexicon/patterns';

export interface NamedClaim {
  claim: 'met' | 'not-met';
  claimText: string;
  indicator: Indicator;
  /** Where the claim starts in the text. */
  at: number;
  /** Named as the subject before the claim, in a sentence with no figure: no figure's own claim, wherever the result stands. */
  subject?: boolean;
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
      // (… or the target quoted right after the claim, then the one indicator it is of: "huyện đã hoàn thành mục tiêu 100% số xã đạt
      // chuẩn theo Bộ tiêu chí …" — whatever the figure is, the claim says the target is met)
      // (… "chưa hoàn thành mục tiêu 100% …" too, its "mục tiêu" after the claim's words)
      const onTargets = ON_TARGETS.test(hit.phrase) ? rest : /^\s*(?:mục tiêu|chỉ tiêu)(?![\p{L}])/iu.test(rest) ? rest.replace(/^\s*(?:mục tiêu|chỉ tiêu)/iu, '') : null;
      const quoted = !lead && onTargets !== null && !YEAR_PLAN.test(hit.phrase) ? TARGET_QUOTED.exec(onTargets) : null;
      // (not an aim — the sentence's words before the claim: "Phấn đấu đến hết năm 2025 hoàn thành …", "phải", "tiến tới", "bảo đảm",
      // "Mục tiêu đến năm 2025, …" — nor a hedge, "cơ bản", nor said of a count of places, "Có 08/12 huyện đã hoàn thành …")
      const said = quoted ? text.slice(Math.max(text.lastIndexOf('.', start), text.lastIndexOf(';', start), text.lastIndexOf('\n', start)) + 1, start) : '';
      if (quoted && !partBefore?.(said) && !PROSPECT.test(text.slice(Math.max(0, start - 16), start)) && !AIM_BEFORE.test(said) && !PLAN_WORDS.test(said) && !COUNTED_SUBJECT.test(said)) {
        const tail = onTargets!.slice(quoted[0].length);
        const stop = tail.search(/[,;.:!?(]|\n|\s(?:và|nhưng|song)\s/u);
        const names = normalize(tail.slice(0, stop < 0 ? undefined : stop));
        const ind = /\d/.test(names.replace(/\bbo tieu chi\b[a-z ]{0,60}?(?:19|20)\d\d[ -]*(?:19|20)\d\d\b/gu, '')) ? undefined
          : mostSpecific(indicators, names);
        // (… and the figure quoted is the pack's own target: another is the unit's own, or a misquote, target-misquoted's)
        const figure = Number(/\d{1,3}(?:[.,]\d+)?/u.exec(quoted[0])?.[0].replace(',', '.'));
        if (ind && 'value' in ind.target && figure === ind.target.value) out.push({ claim: set === CLAIM_MET ? 'met' : 'not-met', claimText: text.slice(start, end).trim(), indicator: ind, at: start });
        continue;
      }
      if (!lead) {
        // (… or the names as the claim's subject, before it, in a sentence with no figure: "Như vậy, số xã đạt chuẩn nông thôn mới
        // nâng cao và nông thôn mới kiểu mẫu đều vượt mục tiêu Kết luận đề ra")
        const named = subjectNames(text, start, end, hit.phrase, indicators, any, partBefore);
        // (… or every place of a kind as the subject, the target named by what it aims at right after the claim: "các xã (cũ) đều hoàn
        // thành mục tiêu đạt chuẩn theo Bộ tiêu chí … theo Kết luận đề ra" — lexicon: all-places-subject)
        const all = named.length ? undefined : allPlacesClaim(text, start, end, hit.phrase, indicators);
        for (const ind of all ? [all] : named) out.push({ claim: set === CLAIM_MET ? 'met' : 'not-met', claimText: text.slice(start, end).trim(), indicator: ind, at: start, subject: true });
        continue;
      }
      if (/\d|[,;.]/u.test(between) || between.trim().split(/\s+/u).length > 5 || !ON_TARGETS.test(hit.phrase + between) || YEAR_PLAN.test(hit.phrase + between)) continue;
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
      // (years and spans of years name a set of criteria, no figure: "xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025", a comma after it
      // too)
      // (… but a year alone, "năm 2023", "giai đoạn 2021-2023", marks a year's or a stage's own plan, read elsewhere)
      if (figureAmong(names) || !any.test(normalize(names))) continue;
      const seen = new Set<Indicator>();
      for (const chunk of names.split(/,|\svà\s/u)) {
        const norm = normalize(chunk);
        // the most specific indicator a name names ("số xã đạt chuẩn NTM nâng cao" is not the plain count)
        const ind = mostSpecific(indicators, norm);
        if (!ind || seen.has(ind)) continue;
        seen.add(ind);
        out.push({ claim: set === CLAIM_MET ? 'met' : 'not-met', claimText: text.slice(start, end + between.length).trim(), indicator: ind, at: start });
      }
    }
  }
  // the targets said met as a whole, then the ones named among them: "các mục tiêu chủ yếu của Kết luận … đều đã hoàn thành, trong đó có
  // mục tiêu về xã đạt chuẩn theo Bộ tiêu chí giai đoạn 2021-2025" (lexicon: targets-done-among), names to the clause's end, no figure
  // (not said unmet, "Một số chỉ tiêu chưa hoàn thành, trong đó có …", and only names the clause says nothing more of: "…, trong đó chỉ
  // tiêu về lao động qua đào tạo chưa đạt", "… đạt thấp", "… còn khó khăn" say the named one is short)
  const done = TARGETS_DONE_AMONG.exec(text);
  const claimed = done ? done[1] ?? done[2] : '';
  const claimAt = done ? done.index + done[0].indexOf(claimed) : 0;
  if (done && !partBefore?.(text.slice(0, done.index)) && !/(?<![\p{L}])(?:chưa|không|không thể|chưa thể)\s+$/iu.test(text.slice(Math.max(0, claimAt - 12), claimAt))) {
    const tail = text.slice(done.index + done[0].length, done.index + done[0].length + NAMES_WINDOW);
    const stop = tail.search(/[;.:!?(]|\n/u);
    const names = tail.slice(0, stop < 0 ? undefined : stop);
    if (!SAID_OF_NAMED.test(names) && !CLAIM_NOT_MET.test(names) && !CLAIM_MET.test(names) && !figureAmong(names)) {
      const seen = new Set<Indicator>();
      for (const chunk of names.split(/,|\svà\s/u)) {
        const ind = mostSpecific(indicators, normalize(chunk));
        if (!ind || seen.has(ind) || out.some((c) => c.indicator === ind)) continue;
        seen.add(ind);
        out.push({ claim: 'met', claimText: claimed, indicator: ind, at: claimAt });
      }
    }
  }
  return out;
}

/** Words that say how a named target fared, after its name (not the words of an indicator's name: "đạt chuẩn", "còn dưới", "hoàn thành nhiệm vụ"): the name is judged by them, not by the claim on all the targets before. */
const SAID_OF_NAMED = /(?<![\p{L}])(?:chưa|không|thấp|còn(?!\s+dưới)|khó khăn|đạt(?!\s+chuẩn)|vượt|hoàn thành(?!\s+nhiệm vụ)|cần|phải)(?![\p{L}])/iu;
/** Whether a figure stands among a claim's names — a span of years after "Bộ tiêu chí" names a set of criteria, none ("xã đạt chuẩn theo Bộ
 * tiêu chí giai đoạn 2021-2025", a comma after it too). */
const figureAmong = (names: string) => /\d/.test(names.replace(/(?<=Bộ tiêu chí[^,;]{0,40})(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?![\d/]|[.,]\d)/gu, ''));
/** The most specific indicator a name names ("số xã đạt chuẩn NTM nâng cao" is not the plain count). */
const mostSpecific = (indicators: Indicator[], norm: string) => indicators.filter((i) => mentions(i, norm) && !excluded(i, norm)).sort((a, b) => b.keywords.length - a.keywords.length)[0];
/** Words that open a summing-up sentence before its subject: "Như vậy,", "Nhìn chung,", "Tóm lại,". */
const SUMMING_UP = /^\s*(?:như vậy|nhìn chung|tóm lại|qua đó|đến nay)\s*,?\s*/iu;
/** A subject that names indicators by their count or rate: "số xã …", "tỷ lệ …", "chỉ tiêu …", "các chỉ tiêu về …". */
const NAMES_LEAD = /^(?:các\s+)?(?:chỉ tiêu\s+(?:về\s+)?)?(?:số|tỷ lệ|tỉ lệ)\s/iu;

/** A list item's mark opening a paragraph (an item under an aim said before it). */
const LIST_ITEM = /^\s*[-–—+•*]/u;

/** Every bracket that only points to an appendix (lexicon: appendix-pointer). */
const APPENDIX_POINTERS = new RegExp(APPENDIX_POINTER.source, 'giu');

/**
 * The indicators a claim's subject names, before it in its sentence ("số xã đạt chuẩn nông thôn mới nâng cao và nông thôn mới kiểu
 * mẫu đều vượt mục tiêu Kết luận đề ra"): only in a sentence with no figure, the claim on the targets, not a year's plan; a name
 * after "và" or "," without its noun takes the first name's ("… nâng cao và [số xã đạt chuẩn] nông thôn mới kiểu mẫu").
 */
function subjectNames(text: string, start: number, end: number, phrase: string, indicators: Indicator[], any: { test(s: string): boolean }, partBefore?: (sentence: string) => boolean): Indicator[] {
  const from = Math.max(text.lastIndexOf('.', start) + 1, text.lastIndexOf(';', start) + 1, text.lastIndexOf(':', start) + 1, text.lastIndexOf('\n', start) + 1);
  const to = [text.indexOf('.', end), text.indexOf(';', end), text.indexOf('\n', end)].filter((k) => k >= 0);
  const sentence = text.slice(from, to.length ? Math.min(...to) : text.length);
  const after = text.slice(end, to.length ? Math.min(...to) : text.length);
  // (a bracket that only points to an appendix holds no figure: "… đạt mục tiêu Nghị quyết đề ra (số liệu tại Phụ lục 02)")
  if (/\d/u.test(sentence.replace(APPENDIX_POINTERS, ' ')) || !ON_TARGETS.test(phrase + after.slice(0, 40)) || YEAR_PLAN.test(phrase + after.slice(0, 40))) return [];
  // (a list item's dash or bullet is no word of it: "- Tỷ lệ hộ dân … đạt mục tiêu Nghị quyết đề ra")
  // (not a hedge right before the claim: "cơ bản đạt mục tiêu" says it is nearly met)
  if (/(?<![\p{L}])cơ bản\s*$/iu.test(text.slice(from, start))) return [];
  const subject = text.slice(from, start).replace(/^[\s\-–—+•*]+|^\s*[a-zđ]\)\s+/u, '').replace(SUMMING_UP, '').replace(/\s+(?:đều|cũng|đã|đều đã)\s*$/iu, '').trim();
  if (!NAMES_LEAD.test(subject) || !any.test(normalize(subject)) || subject.split(/\s+/u).length > 25) return [];
  // (not a prospect, "khó đạt mục tiêu", "có khả năng đạt"; not the unit's own plan or another's, "chưa đạt chỉ tiêu Đại hội", "mục tiêu
  // chung của tỉnh"; not a place's, "… của tỉnh Sóc Trăng (cũ) còn thấp hơn mục tiêu")
  if (PROSPECT.test(text.slice(Math.max(from, start - 16), start)) || OWN_PLAN.test(after.slice(0, 60)) || /(?<![\p{L}])(?:chung|của)(?![\p{L}])/iu.test(after.slice(0, 30)) || partBefore?.(subject)) return [];
  const chunks = subject.split(/,|\svà\s/u).map((c) => c.trim()).filter(Boolean);
  const head = /^(?:các\s+)?(?:chỉ tiêu\s+(?:về\s+)?)?(?:số|tỷ lệ|tỉ lệ)\s+\p{L}+(?:\s+đạt chuẩn)?/iu.exec(chunks[0] ?? '')?.[0] ?? '';
  const out: Indicator[] = [];
  for (const chunk of chunks) {
    const pick = (norm: string) => mostSpecific(indicators, norm);
    const ind = pick(normalize(chunk)) ?? (head && !NAMES_LEAD.test(chunk) ? pick(normalize(`${head} ${chunk}`)) : undefined);
    if (ind && !out.includes(ind)) out.push(ind);
  }
  return out;
}

/**
 * The indicator a claim says of every place of a kind, the target named right after it as the standard itself: "các xã (cũ) đều hoàn
 * thành mục tiêu đạt chuẩn theo Bộ tiêu chí … 2021-2025 theo Kết luận đề ra" is said of the rate of communes meeting the criteria (pqe01).
 * Read only in the narrow shape that leaves no doubt (review-64c): on the targets ("mục tiêu", "chỉ tiêu" in the claim); the kind of
 * place the indicator counts ("xã" for communes, not "các huyện", "các đơn vị"); the object nothing but that standard, its set of criteria
 * and the plan — not another standard ("xã phù hợp với trẻ em", "thôn văn hóa"), a step towards it, a count ("ít nhất một thôn"); no
 * exception after it ("(trừ xã …)", ", trừ …"); a set of criteria of the indicator's own years, not an earlier one ("giai đoạn trước",
 * "2016-2020"); in a sentence of its own that is no aim ("phấn đấu", "Chỉ tiêu … đề ra cho năm 2025:"), no topic of another thing ("Về
 * xây dựng khu dân cư kiểu mẫu:"), no earlier stage, no count or names of the places it may point back to ("03 xã A, B, C …; các xã đều"),
 * and no list item (an item under an aim said before it).
 */
function allPlacesClaim(text: string, start: number, end: number, phrase: string, indicators: Indicator[]): Indicator | undefined {
  if (!ON_TARGETS.test(phrase) || YEAR_PLAN.test(phrase)) return undefined;
  const from = Math.max(text.lastIndexOf('.', start), text.lastIndexOf(';', start), text.lastIndexOf(':', start), text.lastIndexOf('\n', start)) + 1;
  const subject = text.slice(from, start).replace(/^[\s\-–—+•*]+/u, '').replace(SUMMING_UP, '');
  const all = ALL_PLACES_SUBJECT.exec(subject);
  if (!all) return undefined;
  // the sentence up to the claim (from its last full stop or line): no aim, no topic, no other time, no places it points back to
  const sentenceAt = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1;
  const sentence = text.slice(sentenceAt, start);
  if (LIST_ITEM.test(text) || PROSPECT.test(sentence) || AIM_BEFORE.test(sentence) || PLAN_WORDS.test(sentence) || TOPIC_LEAD_COLON.test(sentence)) return undefined;
  if (PLACES_COUNTED_BEFORE.test(sentence.slice(0, sentence.length - subject.length))) return undefined;
  const rest = text.slice(end, end + NAMES_WINDOW);
  const stop = rest.search(/[,;.:!?(]|\n|\s(?:và|nhưng|song)\s/u);
  const object = rest.slice(0, stop < 0 ? undefined : stop);
  const after = rest.slice(object.length);
  if (!STANDARD_ONLY.test(object) || EXCEPTION_AFTER.test(after)) return undefined;
  const ind = mostSpecific(indicators, normalize(`${all[1]} ${object}`));
  if (!ind || !ind.keywords.some((k) => k.toLowerCase() === all[1].toLowerCase())) return undefined;
  // (no earlier stage in its sentence: "Giai đoạn 2011-2020: …" — a year before the indicator's five years; "đến ngày 30/6/2025" is its own)
  if ([...sentence.matchAll(/(?<!\d)((?:19|20)\d\d)(?!\d)/gu)].some((y) => Number(y[1]) < ind.year - 4)) return undefined;
  // (the set of criteria's years, when said, are the indicator's own: "… giai đoạn 2021-2025" for the 2021–2025 rate)
  const span = /((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/u.exec(object);
  if (span && !ind.label.includes(`${span[1]}-${span[2]}`) && !ind.id.includes(`${span[1]}-${span[2]}`)) return undefined;
  return ind;
}
