/**
 * Whether a section holds something of substance. Not substance: empty lines,
 * dots, filler that stands in for content ("Đang tổng hợp, báo cáo sau.",
 * "(Đính kèm phụ lục)", "Như báo cáo trước."), a sentence that only repeats the
 * heading, and the outline's guidance left as inserted — recognised by its
 * content-control tag (decuong:g:…) and by its words.
 */
import type { DocModel, Paragraph } from './model';
import type { Section } from '../packs/schema';
import { titleText, type FlatSection, type Heading, type SectionMatch } from './structure';
import { normalize, stopCollisions, tokens } from './text';
import { DEFAULT_GUIDANCE, guidanceText, parseTag } from './skeleton';
import { DEFERRAL, DENIAL, FILLER, FUNCTION_WORDS, SPEECH_TITLE, GUIDANCE_LEAD, INSTRUCTION, INSTRUCTION_WITHIN, DRAFTING_NOTE, NONE_ANSWER, NONE_ASKED, NONE_ASKED_LEAD, POINTER, REFERRAL, REPORTED_AT, GATHERED_AT, STOCK_WORDS, isOnly } from './lexicon';
import { extractQuantities, sentences } from './quantities';
import { PLACE_RANKS } from './scope';
import { findDates } from './dates';
import { DATA_PENDING, DEFERRED_AT_END, GATHERING, WAITS_FOR, documentsBlanked } from './lexicon/patterns';
import { isCaps } from './markers';
import { ANSWER_LABEL, DRAFTERS_BRACKET, DRAFTERS_ROUND, DRAFT_THIS_ASKED, QUESTION_NUMBER } from './lexicon/patterns-structure';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const LETTER = /\p{L}/u;

const MIN_WORDS = 4;

const NON_WORD = /[^\p{L}\d]+/u;

/** Words of a text once the filler phrases are taken out. */
function wordsBeyondFiller(text: string): number {
  return without(text, FILLER).split(NON_WORD).filter((w) => LETTER.test(w)).length;
}

/**
 * What an inserted outline puts under a section, as normalised lines: its guidance (a line a paragraph)
 * and the captions of its danh mục tables — none of it is the writer's.
 */
export function outlineLines(section: Section): Set<string> {
  // (the pack is not changed once read: each section's lines are made once)
  let lines = outlineCache.get(section);
  if (!lines) outlineCache.set(section, (lines = readOutlineLines(section)));
  return lines;
}
const outlineCache = new WeakMap<Section, Set<string>>();

function readOutlineLines(section: Section): Set<string> {
  const out = new Set([normalize(DEFAULT_GUIDANCE)]);
  // (the pack's guidance, and the guidance as the outline writes it — with its "Mục này viết nếu có; …" where the item is one if any: an
  // outline made by the command line gave "1/9 mục đã viết" before a word was typed — walk52)
  for (const g of [section.guidance, guidanceText(section)]) {
    if (!g) continue;
    out.add(normalize(g));
    for (const line of g.split('\n')) out.add(normalize(line));
  }
  for (const list of section.lists) out.add(normalize(list.title));
  // a section's span holds its items' outline too
  for (const child of section.children) for (const line of outlineLines(child)) out.add(line);
  return out;
}

/** Whether every content word of the text is one of the heading's (it only restates the heading). */
function restates(text: string, heading: string): boolean {
  const h = new Set(tokens(heading));
  const beyond = tokens(text).filter((w) => !h.has(w)).length;
  // (most text says more than its heading: the rest is asked only when it may not)
  if (beyond > 1) return false;
  // … and the words folded away as stop words that are none as written: "cố" in "củng cố" is no "có"
  const said = new Set(stopCollisions(heading));
  return beyond + stopCollisions(text).filter((w) => !said.has(w)).length <= 1;
}

/**
 * Whether a text of a sentence or two, with no figure, says nothing beyond its heading, the outline's title for the item
 * and the report's own title, once the stock words of officialese are taken out ("Trong quá trình xây dựng nông thôn mới,
 * xã luôn thực hiện tốt quy chế dân chủ …, bảo đảm công khai, minh bạch." under "Đánh giá kết quả thực hiện quy chế dân
 * chủ, công khai, minh bạch …").
 */
function saysNothing(text: string, known: Set<string>): boolean {
  // (a denial says something: "Xã không có nợ đọng xây dựng cơ bản.")
  if (DENIAL.test(text) || hasFigure(text) || sentences(text).length > 2) return false;
  // the stock words and the function words go, with their marks (folded, "cố" would be the function word "có"); every
  // word left, one-letter ones too ("y tế"), must be one of those said already
  // (no figure is left: what has digits is a year, a date or a document's number, said of the time or the source, not the content)
  const t = without(without(text, STOCK_WORDS), FUNCTION_WORDS);
  return words(t).every((w) => known.has(w) || /\d/.test(w));
}

/** The text with every phrase of the set taken out. */
function without(text: string, set: typeof STOCK_WORDS): string {
  let t = text;
  for (let hit = set.find(t); hit; hit = set.find(t)) t = t.slice(0, hit.start) + ' ' + t.slice(hit.end);
  return t;
}

/** The normalised words of a text, none left out. */
const words = (text: string) => normalize(text).split(' ').filter(Boolean);
/** The words said already: of the heading, the item's title in the pack, the report's own title. */
const saidIn = (...texts: string[]) => new Set(texts.flatMap(words));

const UPPER_FIRST = /^\p{Lu}/u;

/** Words of a text beyond its heading's, names (capitalised words: who did it) left out. */
function ownWords(text: string, heading: string): number {
  const known = new Set(tokens(heading));
  return tokens(text.split(/\s+/).filter((w) => !UPPER_FIRST.test(w)).join(' ')).filter((w) => !known.has(w)).length;
}

/** A document's number: "1186/BC-SXD", "12/2024/NQ-HĐND", and the party's "412-BC/HU", "16-NQ/TU". */
const DOC_NUMBER = /\d+(?:\/\d{4})?[-/][\p{Lu}Đ][\p{Lu}Đ\-]*(?:\/[\p{Lu}Đ][\p{Lu}Đ\-]*)?/gu;
const YEARS = /(?<!\d)(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?!\d)/g;

/** A citation of a part of a text: "Điều 8", "khoản 2", "Phụ lục 01", "Biểu số 05" — a number that names where, not how many (not "danh mục 12 công trình", "hạng mục 3 phòng học", "chấm điểm 9 tiêu chí"). */
// (… "số" between them too: "Biểu số 05" — session 45, nvv06)
const CITED_PART = /(?<![\p{L}])(?<!(?:danh|hạng|chấm|tiêu)\s+)(?:điều|khoản|điểm|chương|mục|phụ lục|biểu)\s+(?:số\s+)?\d+[a-zđ]?(?![\p{L}\d])/giu;

/** Figures other than dates, years, spans of years ("(2024-2025)"), document numbers ("số 1186/BC-SXD", "số 412-BC/HU") and cited parts ("Điều 8"). */
/** How many words beyond the heading's may stand before a pointer for the sentence to say nothing of its own ("Nội dung này giữ nguyên như …"). */
const POINTER_OWN_WORDS = 4;
/** … and before "đã tổng hợp đầy đủ tại", where the lead names what was gathered (no figure of its own): at most so many. */
const GATHERED_OWN_WORDS = 12;
/** The report's own appendix or table after "tại": "Phụ lục 02 kèm theo", "Biểu số 02 kèm theo", "phụ lục của báo cáo này". */
const OWN_ANNEX = /^\s*(?:các\s+)?(?:phụ lục|biểu|bảng)(?![\p{L}])|kèm theo|báo cáo này/iu;
/** A criterion by its number, "tiêu chí số 17", "tiêu chí 17": no figure of the period. */
const CRITERION_NUMBER = /(?<![\p{L}])tiêu chí\s+(?:số\s+)?\d{1,2}(?!\d)/giu;

export const hasFigure = (text: string) => {
  let t = text;
  for (const d of findDates(text).reverse()) t = t.slice(0, d.start) + ' ' + t.slice(d.end);
  t = t.replace(DOC_NUMBER, ' ').replace(CITED_PART, ' ');
  return /\d/.test(t.replace(YEARS, ''));
};

/** A sentence that opens on its data still being gathered, its only figures years and counts of places (whose data): "Số liệu … của 03
 * xã cũ đang được tổng hợp" — not "Kết quả … năm 2023 tăng 15% …, số liệu năm 2024 đang được rà soát" (lexicon: data-pending). */

function dataPending(s: string): boolean {
  const m = DATA_PENDING.exec(s);
  return !!m && extractQuantities(m[0]).every((q) => q.kind === 'number' && (q.unit in PLACE_RANKS || (!q.unit && q.decimals === 0 && q.value >= 1900 && q.value <= 2100)));
}

/** Words that go on past a report's reference to say something of their own: a verb, a link, a cause. */
const GOES_ON_PAST = /(?<![\p{L}])(?:là|và|vẫn|đã|được|cơ bản|nhưng|tuy nhiên|song|còn|đến nay|nay|do|nên|cần|phải|chưa|không|đều|tiếp tục)(?![\p{L}])/iu;
/** The end of a sentence that points to a report: it does not say again what that report said (", nay không nêu lại", ", xin không nhắc lại"). */
const NOT_SAID_AGAIN = /\s*[,;]\s*(?:(?:nay|nên|vì vậy|do đó|ở đây|tại báo cáo này|trong báo cáo này)\s+)?(?:xin\s+)?(?:không|chưa)\s+(?:nêu|nhắc|trình bày|báo cáo|đánh giá)\s+lại(?:\s+(?:ở đây|tại đây|trong báo cáo này|tại báo cáo này))?\s*\.?\s*$/iu;
/** Whether the rest of a sentence after "… nêu tại báo cáo" is only that report's reference (its kind, number, date, maker, addressee). */
const endsAtReference = (rest0: string) => { const rest = rest0.replace(NOT_SAID_AGAIN, '.'); return !/[;:]/u.test(rest) && !GOES_ON_PAST.test(documentsBlanked(rest).replace(/\([^()]*\)/gu, ' ').replace(/(?<![\p{L}])(?:gửi|của)\s[^,.]*$/iu, ' ')); };

/** A sentence that ends on not saying again what a report said, with words or figures of its own before the pointer (see POINTER_OWN_WORDS). */
function notSaidAgainOwn(s: string, pointerAt: number, heading: string): boolean {
  if (!NOT_SAID_AGAIN.test(s)) return false;
  const before = s.slice(0, pointerAt);
  return hasFigure(before) || ownWords(before, heading) > POINTER_OWN_WORDS;
}

/** A report's subject after its reference, "về sơ kết 3 năm thực hiện Chương trình …": words, spans of time and years only. */
const SUBJECT_SPAN = /(?<![\p{L}\d])\d{1,2}\s+(?:năm|tháng)(?![\p{L}])/giu;
/**
 * Whether the rest of a sentence after "… tại Báo cáo số" is that report's reference alone — its number, date, maker ("của …"), addressee
 * ("gửi …") and what it was about ("về …"), no figure in it but spans and years, no comma, ";" or ":" after which something is said:
 * "412/BC-UBND ngày 10/11/2023 về sơ kết 3 năm thực hiện Chương trình … trên địa bàn huyện." (nwl05) — not ", đề nghị tỉnh hỗ trợ 50% …",
 * "…, phấn đấu đến năm 2025 …", "về việc đề nghị tỉnh hỗ trợ 35 tỷ đồng …" (review-48c T7–T24).
 */
function onlyReference(rest: string): boolean {
  // (… the reference may end on saying so, ", nay không nêu lại" — nwr05)
  const r = documentsBlanked(rest).replace(/\([^()]*\)/gu, ' ').replace(/[.\s]+$/u, '').replace(NOT_SAID_AGAIN, '');
  if (/[,;:]/u.test(r)) return false;
  const about = /(?<![\p{L}])về(?![\p{L}])/iu.exec(r);
  const head = about ? r.slice(0, about.index) : r;
  // (before the subject: the number's and date's words, the maker and the addressee — no verb of its own)
  if (GOES_ON_PAST.test(head.replace(/(?<![\p{L}])(?:gửi|của)\s.*$/iu, ' '))) return false;
  return !hasFigure((about ? r.slice(about.index) : head).replace(SUBJECT_SPAN, ' '));
}

/**
 * Whether a paragraph under a heading says something. `reportTitle`, when given, is read too: text that says nothing beyond
 * the heading, the item's title and the report's title but stock words is no substance (not applied to an item written as
 * one sentence after its number, "(7) An ninh, trật tự được bảo đảm.": its heading is its text).
 */
/** Whether a heading asks about something a unit may not have: its words anywhere, or opening it, or "… khác" closing it. */
function noneAsked(heading: string): boolean {
  const h = heading.replace(/^[\s\dIVXivx.)(\-–—+•*]+/u, '');
  return NONE_ASKED.test(h) || !!NONE_ASKED_LEAD.atStart(h) || /(?<![\p{L}])khác\s*\)?\s*[.:]?\s*$/iu.test(h);
}

export function substantive(p: Paragraph, guidance: Set<string>, heading: string, packTitle?: string, reportTitle?: string, said?: Set<string>): boolean {
  // (a questionnaire's question standing as the item's text, "**Câu 1: Đánh giá …?**", is the asker's words, not an answer; the answer is
  // what follows its label, "Trả lời: Đang tổng hợp, báo cáo sau." as filler as the words after it — lexicon: question-number, answer-label;
  // review-64 A6, A8, E2)
  // (the question alone: ending on its question mark, or in capitals — not prose that quotes a question and goes on, "Câu 4 - “…?” chưa tách
  // riêng …; đề nghị …" — review-64 C7)
  if (QUESTION_NUMBER.test(p.text) && (/\?\s*[)"”»]?\s*$/u.test(p.text) || isCaps(p.text))) return false;
  const text = p.text.trim().replace(ANSWER_LABEL, '');
  if (!text || /^[.…_\-–\s]*$/.test(text)) return false;
  const norm = normalize(text);
  if (guidance.has(norm)) return false;
  // (a definite answer typed in the guidance's control, "Không có.", is the writer's, though the guidance holds those words — "nếu không có,
  // ghi 'Không có'": walk63, item 3)
  const answer = isOnly(NONE_ANSWER, text.replace(/[.!]+$/u, ''));
  if (!answer && p.tags?.some((t) => parseTag(t)?.kind === 'g')) {
    // the outline's guidance still in its control: the writer has not typed over it
    if ([...guidance].some((g) => g && (g.includes(norm) || norm.includes(g)))) return false;
    // … or an instruction to the writer ("Nêu các nhiệm vụ, giải pháp …", "Đánh giá vai trò của …") left in it, with no figure
    if ((INSTRUCTION.find(text)?.start === 0 || (GUIDANCE_LEAD.find(text)?.start === 0 && sentences(text).length === 1)) && !hasFigure(text)) return false;
  }
  // the outline's guidance copied in as plain text: an instruction to the writer, with no figure ("Nêu cơ chế, chính
  // sách …", "[Nêu rõ việc …]", "(Đánh giá cụ thể …)") — not the writer's own words
  const bare = text.replace(/^[\s(\[]+|[\s)\].]+$/gu, '');
  const bracketed = /^[(\[]/.test(text) && /[)\]]\.?$/.test(text);
  if (!hasFigure(text) && (INSTRUCTION.find(bare)?.start === 0 || (bracketed && GUIDANCE_LEAD.find(bare)?.start === 0))) return false;
  // … or a note among the drafters, the whole paragraph in brackets ("(Ban Dân vận Huyện ủy chủ trì, gửi về Ban Tuyên giáo.)")
  if (bracketed && !hasFigure(text) && DRAFTING_NOTE.test(bare)) return false;
  // … or one asking someone to draft this content ("(Đề nghị Sở Kế hoạch và Đầu tư, Sở Tài chính tham mưu nội dung này, gửi … trước ngày
  // 20/7/2019 để tổng hợp.)") — lexicon: draft-this-asked; the document numbers and dates it names are no figures of the report
  if (bracketed && DRAFT_THIS_ASKED.test(bare) && !hasFigure(text)) return false;
  // … or one in square brackets asking someone to add it ("[Ủy ban MTTQ huyện bổ sung]") — lexicon: drafters-bracket
  // (… or in round brackets, said by an office: "(Ủy ban MTTQ huyện bổ sung)"; a dash before it is no content: "- [Ủy ban MTTQ huyện bổ sung]")
  const whole = text.replace(/^[-–+•*]\s*/u, '').replace(/[.\s]+$/u, '');
  if ((whole.startsWith('[') && DRAFTERS_BRACKET.exec(whole)?.[0] === whole) || (whole.startsWith('(') && DRAFTERS_ROUND.exec(whole)?.[0] === whole)) return false;
  // "Không phát sinh.", "Không có.": a definite answer that there is nothing to report
  // (… where the heading asks of something the unit may not have: "Không." under "Vai trò của Mặt trận Tổ quốc …" says nothing)
  if (answer) return noneAsked(heading) || (!!packTitle && noneAsked(packTitle));
  // a sentence that puts its content off ("…, sẽ báo cáo bổ sung sau.") is filler whoever it names
  // (a pointer that leads its sentence — "Như đã nêu tại Báo cáo số …, quy chế dân chủ … được thực hiện nghiêm túc" — is filler
  // only when nothing follows it)
  // a sentence that puts its content off, points to another report or says who gives "this content": the first such lead decides
  // (the figures of a pointer name the report pointed to — "Như nội dung tại Báo cáo sơ kết 3 năm số 412/BC-UBND" — and say nothing)
  const filler = (s: string): boolean => {
    // (… or one that ends on "sẽ bổ sung" after the data or their gathering: "Phòng Tài chính - Kế hoạch đang tổng hợp số liệu, sẽ bổ
    // sung." — lexicon: deferred-at-end; works added, "…, UBND các xã sẽ bổ sung.", are content)
    if (DEFERRED_AT_END.test(s) && !hasFigure(s)) return true;
    const lead = [
      { kind: 'referral', hit: REFERRAL.find(s) },
      { kind: 'pointer', hit: POINTER.find(s) },
      { kind: 'deferral', hit: DEFERRAL.find(s) },
      { kind: 'reported', hit: REPORTED_AT.find(s) },
      // (last: where another lead starts at the same word, "đã báo cáo … tại báo cáo số", that one decides — review-63c A5, E9)
      { kind: 'gathered', hit: GATHERED_AT.find(s) },
    ].filter((x) => x.hit).sort((a, b) => a.hit!.start - b.hit!.start)[0];
    // (… or a short sentence that only says the data are still being gathered, by whom it may name: "Các số liệu về huy động nguồn lực năm
    // 2024 của 18 xã đang được các phòng, ban tổng hợp." — no figure after it)
    // (… the sentence ending there, or with a few words after: not "… đang được rà soát, điều chỉnh để phù hợp với …")
    // (… or with only the condition it waits for: "Số liệu huy động nguồn lực năm 2024 sẽ bổ sung sau khi quyết toán.")
    if (!lead) {
      if (s.split(/\s+/).length > 30 || !dataPending(s)) return false;
      const rest = s.slice(DATA_PENDING.exec(s)![0].length);
      return !hasFigure(rest) && (rest.trim().split(/\s+/u).filter(Boolean).length <= 3 || WAITS_FOR.test(rest));
    }
    // a long sentence says more than where its content is, unless what comes before the lead is only the heading's words
    // and who reported it ("Những tồn tại, hạn chế, vướng mắc trong thực hiện tiêu chí y tế Sở Y tế đã báo cáo cụ thể tại …")
    // (… or what comes before it is the data itself still being gathered: "Số liệu … của 03 xã cũ đang được tổng hợp, …; UBND xã sẽ báo cáo
    // bổ sung sau." — lexicon: data-pending)
    if (lead.kind === 'deferral' && dataPending(s)) return true;
    // (… or the clause after a ";" is, the one before only saying who is gathering what, no figure: "Sở Y tế đang tổng hợp ý kiến của các
    // Trung tâm Y tế …; nội dung kiến nghị, đề xuất sẽ được báo cáo bổ sung sau.")
    const clause = s.lastIndexOf(';', lead.hit!.start);
    if (clause > 0 && GATHERING.test(s.slice(0, clause)) && !hasFigure(s.slice(0, clause))) return filler(s.slice(clause + 1).trim());
    if (s.split(/\s+/).length > 30 && ownWords(s.slice(0, lead.hit!.start), heading) > 12) return false;
    if (lead.kind === 'referral') return true;
    // (content given in another report: filler only when the sentence ends at that report's reference — "… nêu tại Báo cáo sơ kết 3 năm số
    // 86/BC-UBND ngày 10/11/2023 (gửi Huyện ủy)." —, not when it goes on to say something: "… nêu trong báo cáo năm 2023 cơ bản được khắc phục")
    // (… and one that says it does not say it again, ", nay không nêu lại", only after nothing of its own: no figure before the pointer,
    // no more words beyond the heading's than who reported it — not "Tiến độ 12 công trình … chậm, đã được Sở nêu tại …, nay không nêu
    // lại", "Định mức hỗ trợ … còn thấp đã được Sở nêu tại …" — review-49c T3, T4, T12, T17, T18)
    if (notSaidAgainOwn(s, lead.hit!.start, heading)) return false;
    if (lead.kind === 'reported') return endsAtReference(s.slice(lead.hit!.end));
    // (content gathered in full elsewhere: filler only with nothing of the writer's own before it and that document's reference alone after
    // it — lexicon: gathered-at; review-63c)
    if (lead.kind === 'gathered') {
      // (what was gathered may be named at length, "Các tồn tại trong phát triển du lịch cộng đồng của xã", "Các bài học kinh nghiệm qua 10
      // năm", "Kết quả thực hiện tiêu chí số 17 về môi trường": a span of years and a criterion's number are no figures of its own)
      const before = s.slice(0, lead.hit!.start).replace(SUBJECT_SPAN, ' ').replace(CRITERION_NUMBER, ' ');
      // (… another document's: the report's own appendix or table, "tại Phụ lục 02 kèm theo", is read as before — code review of session 63,
      // item 6)
      const rest = s.slice(lead.hit!.end);
      return !hasFigure(before) && ownWords(before, heading) <= GATHERED_OWN_WORDS && !OWN_ANNEX.test(rest) && onlyReference(rest);
    }
    // (a figure in a sentence that opens on the data still being gathered says whose they are, read above)
    // (… or, pointing to a numbered report where the content was given, its figures that report's and its subject's — "… đã kiến nghị tại Báo
    // cáo số 412/BC-UBND ngày 10/11/2023 về sơ kết 3 năm thực hiện Chương trình …" — nwl05)
    if (lead.kind === 'deferral') return !hasFigure(s) || (/tại báo cáo số$/iu.test(lead.hit!.phrase) && !hasFigure(s.slice(0, lead.hit!.start)) && onlyReference(s.slice(lead.hit!.end)));
    // (a pointer that closes a sentence of content is the writer's aside: "Các xã tiếp tục thực hiện tốt quy chế dân chủ …, công khai các
    // khoản đóng góp của Nhân dân như báo cáo 6 tháng đầu năm" — one after words that say little beyond the heading still stands for the
    // content: "Nội dung này giữ nguyên như Báo cáo số 45/BC-UBND", "Thực hiện theo các cơ chế, chính sách của Trung ương, của tỉnh và của
    // huyện như đã báo cáo tại Báo cáo số 112/BC-UBND" under "Cơ chế, chính sách …")
    // (… and so is one after a figure or a denial of the writer's own: "Giải ngân đạt 95,2% như báo cáo quý II/2024", "Không phát sinh khiếu
    // nại tương tự báo cáo năm 2023")
    const said = s.slice(0, lead.hit!.start);
    if (ownWords(said, heading) > POINTER_OWN_WORDS || hasFigure(said) || DENIAL.test(said) || NONE_ANSWER.test(said)) return false;
    const comma = s.indexOf(',', lead.hit!.end);
    return !(comma >= 0 && s.slice(comma + 1).trim().split(/\s+/).length >= 5);
  };
  const kept = sentences(text).filter((s) => !filler(s)).join(' ');
  // a short sentence with a figure says something ("trồng 3.200 cây xanh")
  if (wordsBeyondFiller(kept) < (hasFigure(kept) ? 2 : MIN_WORDS)) return false;
  // … nor one that only restates the heading, or the outline's own title for the item ("Phát động phong trào thi đua để
  // huy động các nguồn lực …" under "Phát động phong trào thi đua")
  if (restates(kept, heading) || (packTitle && restates(kept, packTitle))) return false;
  // … nor one that says nothing beyond them and the report's title but stock words ("xã luôn thực hiện tốt …")
  if (reportTitle !== undefined && saysNothing(kept, said ?? saidIn(heading, packTitle ?? '', reportTitle))) return false;
  // … nor the plan's own sentence pasted in: an instruction to the writer, then the item's title ("Đối với cấp xã cần
  // đánh giá thêm tình hình xây dựng, thực hiện kế hoạch … theo quy định tại Điều 8 Nghị định số 27/2022/NĐ-CP.")
  // (only the plan's sentence itself: one sentence, the instruction at its head — "Đối với cấp xã cần đánh giá thêm …" — not a
  // writer's own sentence that ends by saying what remains to be assessed)
  const told = INSTRUCTION_WITHIN.find(kept);
  const head = told ? kept.slice(0, told.start).trim().split(/\s+/).filter(Boolean).length : 0;
  const rest = told ? kept.slice(told.end) : '';
  return !(told && head <= 4 && sentences(kept).length === 1 && !hasFigure(rest.replace(/Điều\s+\d+|số\s+\d+\/\d{4}\/[\p{Lu}Đ\-]+/gu, ' ')) && (restates(rest, heading) || (packTitle && restates(rest, packTitle))));
}

/** Sections whose heading is there but whose span (children included) holds no substance. */
export function emptySections(doc: DocModel, matches: SectionMatch[], headings: Heading[], spanOf: (m: SectionMatch) => [number, number] | null): Set<FlatSection> {
  const empty = new Set<FlatSection>();
  const headingAt = new Set(headings.map((h) => h.paragraph));
  // the text of a run-in sub-heading ("(1) Quy hoạch: 100% xã …") fills the sections around it
  const runIn = new Map(headings.filter((h) => h.runIn).map((h) => [h.paragraph, h.runIn!]));
  // a tham luận's title names its topic ("Kinh nghiệm phát triển du lịch cộng đồng …"): words said already; a báo cáo's
  // names the programme and the period, and adds nothing a section could restate
  const title0 = titleText(doc);
  const reportTitle = SPEECH_TITLE.find(title0)?.start === 0 ? title0 : '';
  for (const m of matches) {
    let said: Set<string> | undefined;
    const span = spanOf(m);
    if (!span || !m.heading) continue;
    const lines = outlineLines(m.flat.section);
    // an item written as one sentence ("(7) An ninh, trật tự được bảo đảm."): its heading is its text, so what it must
    // say beyond is the pack's title
    const sentenceItem = m.heading.runIn !== undefined && normalize(m.heading.runIn).startsWith(normalize(m.heading.title));
    const title = sentenceItem ? m.flat.section.title : m.heading.title;
    let has = m.heading.runIn !== undefined && substantive({ index: m.heading.paragraph, text: m.heading.runIn }, lines, title, m.flat.section.title);
    for (let i = span[0]; i < span[1] && !has; i++) {
      const p = doc.paragraphs[i];
      // a table counts when a row under its header holds more than a row number (an inserted danh mục is empty)
      // (… but in the table a report is written as, a cell is the section's text: "| 2. Xu hướng … | Đang tổng hợp, báo cáo sau. |")
      if (p.cell && p.cell.table === m.heading.inTable) has = !headingAt.has(i) && substantive(p, lines, title, m.flat.section.title, reportTitle, (said ??= saidIn(title, m.flat.section.title, reportTitle)));
      else if (p.cell) has = p.cell.row > 0 && !!p.text.trim() && !/^\d+\.?$/.test(p.text.trim());
      else if (!headingAt.has(i)) has = substantive(p, lines, title, m.flat.section.title, reportTitle, (said ??= saidIn(title, m.flat.section.title, reportTitle)));
      else if (runIn.has(i)) has = substantive({ index: i, text: runIn.get(i)! }, lines, title, m.flat.section.title);
    }
    if (!has) empty.add(m.flat);
  }
  return empty;
}

