/** out-of-period: a figure given as of a date after the reporting period ends. */
import { roleOf as columnRole } from '../table-facts';
import type { Rule } from './rule';
import { blankBrackets, excerptAround } from '../text';
import { SENTENCE_END, extractQuantities, type Quantity } from '../quantities';
import { DATES, asOfLead, findDates, findYearEnds, mayHoldDate } from '../dates';
import { PLACE_RANKS, levelOfNoun, placeMentions } from '../scope';
import { COUNTED_WHEN, CLAIM_MET, CLAIM_NOT_MET, DATA_AS_OF, EXTENDED_TO, SOURCE_LINE, startsWith, PLAN_WORDS, PROPOSAL_WORDS, SCOPE_WIDER, TARGET_WORDS, DEADLINE_WORDS, QUALIFIERS } from '../lexicon';
import { CH, paragraphChars } from '../chars';
import { PLAN_SETS_FOR_YEAR, TASKS_AHEAD } from '../lexicon/patterns';
import { UNIT_LINE } from '../lexicon/patterns-structure';
import { BARE_TEAM_AFTER, CONDITION_THRESHOLD, DASHED_ASIDE, DOCUMENT_NAMED, ISSUER_ACTS, ISSUER_BEFORE, PLACES_VISITED, SPAN_FROM, TEAMS_AFTER, TEAM_AFTER } from '../lexicon/patterns-dates';
import { DESCRIPTIONS } from '../codes';

/** Patterns with a Unicode property (`\p{…}`) made once, here: the bundler rewrites such a literal into `new RegExp(…)` where it stands, which inside a function made it again at every call. */
const GOES_ON = /^\s*(?:,|\p{Lu})/u;

const vn = (iso: string) => iso.split('-').reverse().join('/');
/** Nothing but "Ngày", "Tháng", "Vào ngày", "Trong tháng" before a date that opens its sentence, a bullet before them perhaps ("- Ngày 25/7/2019, …" — nwj05). */
const OPENS_ON_DATE = /^\s*(?:(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s*)?(?:(?:vào|trong)\s*)?(?:(?:ngày|tháng)\s*)?$/iu;
/** A sentence's opening frame, to its first comma: "Thực hiện Đề án … của tỉnh,", "Triển khai Kế hoạch …,", "Căn cứ …,". */
const FRAME_LEAD = /^\s*(?:thực hiện|triển khai|căn cứ)\s+(?:đề án|kế hoạch|nghị quyết|chương trình|quyết định|chỉ thị|kết luận|hướng dẫn)(?:(?!trên địa bàn|phạm vi|cả nước|toàn quốc|(?<![\p{L}])tại(?![\p{L}]))[^,;])*của\s+(?:ubnd\s+|ủy ban nhân dân\s+|hđnd\s+)?(?:tỉnh|huyện|thành phố|tỉnh ủy|huyện ủy)\s*,/iu;
/** The lead of a date the figures were counted at: "tính đến", "lũy kế đến". */
const STATUS_LEAD = /(?<![\p{L}])(?:tính|lũy kế|luỹ kế|cập nhật)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?(?:ngày|tháng|năm)?\s*$/iu;
/**
 * Right after the end of a year or a month, the unit (or a place) said to have done a figure by then, "đã" its main verb: "đã đạt 18/19 tiêu
 * chí", ", toàn tỉnh đã có 09 xã" — not "các xã đã đạt chuẩn …" (the places described, another verb to come), "xã nào đã …", ", đến nay đã …"
 * (review-54 A1 … A10, B1 … B5).
 */
const DONE_BY_END = /^\s*,?\s*(?:(?:[Tt]oàn|[Cc]ả)\s+(?:tỉnh|huyện|xã|thị xã|thành phố)|(?:[Tt]ỉnh|[Hh]uyện|[Xx]ã)\s+(?:ta|nhà)|(?:[Tt]ỉnh|[Hh]uyện|[Xx]ã|[Tt]hị xã|[Tt]hành phố|[Tt]hôn|[Bb]ản)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3}|[Tt]ỉnh|[Hh]uyện|[Xx]ã|[Tt]hôn)?\s*,?\s*[Đđ]ã\s+(?:có|đạt|giải ngân|được công nhận|hoàn thành|cấp|hỗ trợ|huy động|thu hút|trồng|xây dựng|cứng hóa|cứng hoá|bê tông hóa|nâng cấp|đào tạo|giải quyết|thu gom|phát triển|thành lập|công nhận)(?![\p{L}])/u;
/** In the clause before such a date, words of an aim, a duty, a condition or a roadmap: "để", "phải", "trường hợp", "lộ trình" (a plan's own
 * words, "dự kiến", "phấn đấu", are read by notAFigureDate). */
const AIM_BEFORE = /(?<![\p{L}])(?:để|nhằm|nếu|trường hợp|lộ trình|phải|sẽ|tiếp tục|chỉ đạo|yêu cầu|được áp dụng|hiệu lực)(?![\p{L}])/iu;
/** Whether the end of a year or a month at [start, end) dates a figure said done by it (see DONE_BY_END), in a sentence of no aim. */
function doneByEnd(text: string, start: number, end: number, future: boolean): boolean {
  if (future) return false;
  const m = DONE_BY_END.exec(text.slice(end, end + 80));
  if (!m) return false;
  const clause = text.slice(end + m[0].length).split(SENTENCE_STOP)[0].split(/(?<![\p{L}])(?:đến nay|hiện nay)(?![\p{L}])/iu)[0];
  // (the date's own clause, from the sentence's last ";": "xã tiếp tục tập trung …; đến cuối năm 2024 đã đạt 18/19 tiêu chí" — nxu06)
  const sentence = sentenceOf(text.slice(Math.max(0, start - 240), start));
  const before = sentence.slice(sentence.lastIndexOf(';') + 1);
  return extractQuantities(clause).some(knownFigure) && !notAFigureDate(before) && !AIM_BEFORE.test(before) && !EXTENDED_TO.test(before) && !PROPOSAL_WORDS.test(before);
}
/** As-of words and "cuối" right before a month: "đến cuối ", "tính đến cuối ". */
const MONTH_END_LEAD = /(?<![\p{L}])(?:(?:tính|lũy kế|luỹ kế)\s+)?(?:đến|tới)\s+cuối\s+$/iu;
/** Right after a date, a figure said done by it: "(,) đã giải ngân 12.500 triệu đồng", "toàn huyện đã có 12 xã". */
const DONE_AFTER = /^[^;]{0,30}?(?<![\p{L}])đã(?![\p{L}])[^;]{0,60}\d/u;

/** A paragraph that is an item of a roadmap: "- Lộ trình: …", "- Tiến độ: …", "- Kế hoạch: …". */
const ROADMAP_ITEM = /^\s*(?:[-–+•*]\s*)?(?:lộ trình|tiến độ|kế hoạch|thời gian hoàn thành)(?:\s+[^\s:]+){0,4}\s*:/iu;

/** Right after a date, the whole of a place of some level as the figures' subject: ", toàn huyện có 21/86 bản …" (group 1: its noun). */
const WHOLE_AFTER = /^\s*[,:]?\s*(?:thì\s+)?(?:[Tt]oàn|[Tt]rên địa bàn)\s+(tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)(?![\p{L}])(?!\s+\p{Lu})/u;

/** Every aside set off by spaced dashes (lexicon: dashed-aside). */
const DASHED_ASIDES = new RegExp(DASHED_ASIDE.source, `${DASHED_ASIDE.flags}g`);
/** Where a sentence ends, within the text after a date. */
const SENTENCE_STOP = /[.;!?](?=\s|$)/u;
/** A ";" after which, within a few words, a time of its own is named ("; riêng năm 2023, …"). */
const OWN_TIME_AFTER = /;(?=[^;.]{0,30}(?<![\d/])(?:19|20)\d\d(?!\d))/u;
/** Right after a date (and its closing bracket), an aim: "… đến ngày 31/12/2024 để hoàn thành 1,8 km còn lại" — what is to be done by then. */
const AIM_AFTER = /^\s*\)?\s*,?\s*(?:để|nhằm)(?![\p{L}])/iu;
/** The end of a sentence, not of a clause. */
const FULL_STOP = /[.!?](?=\s|$)/u;
/** A figure of a known kind: a share, a fraction, or a number in a unit the quantities know. */
const knownFigure = (q: Quantity) => q.kind === 'percent' || q.kind === 'fraction' || (q.kind === 'number' && !!q.unit);
/** Whether a text gives a figure: a known one, or a count of something named after it (not a year, a date or a storm's number). */
// (… not a condition's threshold, "không thả nuôi khi độ mặn vượt 35‰" — lexicon: condition-threshold; session 62, nzt02)
const countedIn = (text: string) => extractQuantities(text).some((q) => CONDITION_THRESHOLD.test(text.slice(Math.max(0, q.start - 60), q.start)) ? false : knownFigure(q) || (q.kind === 'number' && !/^(?:19|20)\d\d$/u.test(q.raw) && /^\s*\p{Ll}/u.test(text.slice(q.end)) && !/(?<![\p{L}])số\s*$/iu.test(text.slice(Math.max(0, q.start - 6), q.start))));

/** A level of the unit's said: "toàn tỉnh có", "huyện đã có", "xã hiện có". */
const UNIT_HAS = /(?<![\p{L}])(?:tỉnh|huyện|xã)\s+(?:đã\s+|hiện\s+)?có(?![\p{L}])/iu;
/** The number of teams that opens the words after a date: "03 Đoàn". */
const TEAMS_COUNTED = /^\s*,?\s*\d{1,2}(?=\s+đoàn)/iu;
/** Whether every figure of a text is a count of places a team went to ("làm việc với 06 huyện, thị xã, thành phố", "khảo sát tại 12 thôn của 04
 * xã"), one at least, and the text says no level of the unit's ("toàn tỉnh có 98 xã"). */
function placesVisitedOnly(text: string): boolean {
  const figures = extractQuantities(text).filter((q) => !(q.kind === 'number' && /^(?:19|20)\d\d$/u.test(q.raw)));
  if (!figures.length || UNIT_HAS.test(text)) return false;
  return figures.every((q) => q.kind === 'number' && (q.unit.toLowerCase() in PLACE_RANKS || q.unit === 'đơn vị') && PLACES_VISITED.test(text.slice(Math.max(0, q.start - 40), q.start)));
}

/** At most four words and no mark between the words that say the figures were counted then and the year's end ("kết quả rà soát hộ nghèo cuối năm 2024"). */
const FEW_WORDS = /^\s*(?:[^\s\d.,;:()]+\s+){0,4}$/u;

/** The words a sentence of targets opens on, a bullet before them perhaps: "Phấn đấu", "Dự kiến", "Định hướng", "Mục tiêu". */
const TARGETS_OPEN = /^[\s\-–+•*]*(?:phấn đấu|dự kiến|định hướng|mục tiêu)(?![\p{L}])/iu;
/** Words in a date's clause that say what stands now, not what is aimed at: "tuy nhiên, đến ngày 15/8/2024 toàn huyện mới có 08/16 xã". */
const STATUS_IN_CLAUSE = /(?<![\p{L}])(?:(?<!thôn\s)mới|hiện|hiện nay|tuy nhiên|nhưng|song|thực tế|còn)(?![\p{L}])/iu;

/** Whether a date in a section about the period to come stands in a sentence of targets, opening on the plan's words, its own clause saying
 * nothing of what stands now (review-41b A3 … A5, A10: "Kế hoạch năm 2024 …", "Đăng ký …", "Cần …" open no targets). */
function targetsListed(text: string, start: number, end: number): boolean {
  const sentence = sentenceOf(text.slice(0, start));
  if (!TARGETS_OPEN.test(sentence)) return false;
  const clauseStart = Math.max(text.lastIndexOf(';', start), text.lastIndexOf(',', start)) + 1;
  const clauseEnd = text.slice(end).search(/[;,]|[.!?](?=\s|$)/u);
  return !STATUS_IN_CLAUSE.test(text.slice(clauseStart, clauseEnd < 0 ? text.length : end + clauseEnd));
}

/** Whether a date is the one a plan named at its sentence's start sets its targets for ("Kết luận … xác định đến ngày 30/6/2025 có …"). */
function plansFor(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !(/[.;!?]/u.test(text[from - 1]) && /\s/u.test(text[from] ?? ''))) from--;
  if (start - from > 240) return false;
  const sets = PLAN_SETS_FOR_YEAR.exec(text.slice(from, from + 240));
  return !!sets && from + sets.index + sets[0].length >= end;
}

/** "nâng tổng số": a count raised to a new whole, as of the day said. */
const RAISES_TOTAL = /nâng\s+tổng\s+số/iu;
/** A span of time named in words ("6 tháng đầu năm 2024", "năm 2023", "quý II/2024"): the day it ends, ISO, the last one named; else undefined. */
function spanEnd(text: string): string | undefined {
  let out: string | undefined;
  for (const m of text.matchAll(NAMED_SPAN)) {
    if (!FIGURES_OF_SPAN.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    const y = m[4];
    if (m[1]) out = `${y}-06-30`;
    else if (m[2]) out = `${y}-12-31`;
    else if (m[3]) out = `${y}-${['03-31', '06-30', '09-30', '12-31'][['i', 'ii', 'iii', 'iv'].indexOf(m[3].toLowerCase())]}`;
  }
  return out;
}
const NAMED_SPAN = /(?<![\p{L}])(?:(6 tháng đầu năm|sáu tháng đầu năm)|(năm)|quý\s+(IV|III|II|I)\s*(?:\/|năm)?)\s*((?:19|20)\d\d)(?!\d)/giu;
/** Right before a span named in words, what the figures of that span are: "kết quả 6 tháng đầu năm 2024", "thu nhập bình quân năm 2023" — not the year a recognition is for, "công nhận … đạt chuẩn … năm 2023" (review-47d D1, D3, D14). */
const FIGURES_OF_SPAN = /(?<![\p{L}])(?:kết quả|số liệu|thu nhập|tỷ lệ|tỉ lệ|giá trị|bình quân|tổng hợp|thống kê)(?![\p{L}])[^,;:]{0,40}$/iu;

/** Whether the words before a date make it a plan or a deadline rather than the date of a figure. */
const notAFigureDate = (before: string) => PLAN_WORDS.test(before) || TARGET_WORDS.test(before) || DEADLINE_WORDS.test(before);

/** Whether a figure with its unit (or a share) follows in the clause after a point. */
function figureAfter(text: string, at: number): boolean {
  const rest = text.slice(at, at + 200).split(/[;.](?=\s|$)/u)[0];
  return extractQuantities(rest).some(knownFigure);
}

/** The end of a text from where its last sentence starts. */
function sentenceOf(before: string): string {
  let from = 0;
  for (const m of before.matchAll(SENTENCE_END)) from = m.index + m[0].length;
  return before.slice(from);
}

/** The end of a text from where its last clause starts (a sentence, or a part after a comma or a semicolon). */
function ownSentence(before: string): string {
  const s = sentenceOf(before);
  return s.slice(Math.max(s.lastIndexOf(',') + 1, s.lastIndexOf(';') + 1));
}

/**
 * Whether a date's lead comes right after a figure of its clause and the date ends that clause ("… lên 10/17 xã tính đến ngày
 * 20/7/2019."), or the bracket after the figure ("… đạt 97,8% (tính đến ngày 31/7/2024).").
 */
function closesFigure(text: string, leadAt: number, end: number): boolean {
  const bracketed = /\(\s*$/u.test(text.slice(Math.max(0, leadAt - 4), leadAt));
  if (!(bracketed ? /^\s*\)\s*(?:[.;,]|$)/u : /^\s*(?:[.;]|$)/u).test(text.slice(end, end + 6))) return false;
  // (not a plan's or a target's total: "huyện phấn đấu …, nâng tổng số … lên 12 xã đến ngày 31/12/2024")
  const sentence = sentenceOf(text.slice(Math.max(0, leadAt - 240), leadAt));
  if (notAFigureDate(sentence) || PROPOSAL_WORDS.test(sentence)) return false;
  const clause = ownSentence(text.slice(Math.max(0, leadAt - 80), leadAt));
  const qs = extractQuantities(clause);
  const last = qs[qs.length - 1];
  return !!last && !!last.unit && !clause.slice(last.end).replace(bracketed ? /\(\s*$/u : /$^/u, '').trim();
}

export const outOfPeriod: Rule = {
  meta: {
    code: 'out-of-period', severity: 'warning', needs: ['text'],
    description: DESCRIPTIONS['out-of-period'],
  },
  run(ctx) {
    const end = ctx.pack.period.to;
    const deadlines = new Set(ctx.pack.deadlines.map((d) => d.date));
    // (the excerpt shows the date and the figures after it, however far into a long paragraph they stand)
    // (a deadline said of a thing done by the period's end, "có hồ sơ được thẩm định trước ngày 30/6/2024", is no plan: only one whose date
    // falls after it, or has none, makes the sentence's date a plan's)
    const deadlineAhead = (t: string) => {
      for (let from = 0, hit = DEADLINE_WORDS.find(t); hit; hit = DEADLINE_WORDS.find(t.slice(from))) {
        const at = from + hit.end;
        const due = findDates(t.slice(at, at + 30))[0];
        if (!due || due.iso > end) return true;
        from = at;
      }
      return false;
    };
    const say = (p: number, text: string, date: string, at: number) =>
      ctx.report({
        paragraph: p, excerpt: excerptAround(text, at),
        message: { vi: `Số liệu "${date.trim()}" sau mốc kỳ báo cáo (${vn(end)}).`, en: `Figure dated "${date.trim()}" is after the end of the reporting period (${vn(end)}).` },
        suggestion: { vi: `Dùng số liệu tính đến ${vn(end)} theo kế hoạch.`, en: `Use figures as of ${vn(end)}.` },
      });
    const { flags } = paragraphChars(ctx.doc);
    /** One text: a paragraph's, or a footnote's (found at the paragraph that refers to it). */
    // (`digits4`: the paragraph's flags already say it holds four digits in a row; a text with no date has nothing to find)
    const scan = (index: number, text: string, note: boolean, digits4 = false, source = false) => {
      if (!text || !(digits4 || /\d{4}/.test(text))) return;
      const yearEnds = findYearEnds(text);
      if ((!mayHoldDate(text) && !yearEnds.length) || (!note && !source && !/\d/.test(text.replace(DATES, '')))) return;
      // the country's or a region's figures are context: their dates are not the report's (within the date's sentence)
      const wider = (at: number, end: number) => {
        // (the unit's whole named right after the date is the figures' subject, whatever the sentence named before: "Thực hiện Bộ tiêu
        // chí thôn, bản NTM miền núi của tỉnh, tính đến ngày 15/7/2019, toàn huyện có 21/86 bản …")
        const whole = WHOLE_AFTER.exec(text.slice(end, end + 40));
        if (whole && levelOfNoun(whole[1]) === ctx.unit.level) return false;
        let from = 0;
        SENTENCE_END.lastIndex = 0;
        for (let s = SENTENCE_END.exec(text); s && s.index < at; s = SENTENCE_END.exec(text)) from = s.index + s[0].length;
        // within the date's own clause, brackets aside ("… 92,4% (cả nước 93,35%); tính đến 31/01/2024 đạt 93,1%")
        from = Math.max(from, text.lastIndexOf(';', at) + 1);
        let to = text.indexOf(';', at);
        if (to < 0 || to > at + 160) to = at + 160;
        SENTENCE_END.lastIndex = at;
        const stop = SENTENCE_END.exec(text);
        if (stop && stop.index < to) to = stop.index;
        // (a sentence's opening frame that names what is carried out, up to its comma, names the document's issuer, not whose figure:
        // "Thực hiện Đề án … (OCOP) của tỉnh, tính đến ngày 15/7/2019, toàn huyện có 12 sản phẩm …")
        const frame = FRAME_LEAD.exec(text.slice(from, at));
        if (frame) from += frame[0].length;
        const raw = text.slice(from, to);
        let clause = blankBrackets(raw);
        // whose figure it is is said before the figure: "…, là một trong những tỉnh đầu tiên của cả nước" after it compares
        const figure = clause.slice(Math.max(0, end - from)).search(/\d/);
        if (figure >= 0) clause = clause.slice(0, Math.max(0, end - from) + figure);
        // … or another place's: "tính đến tháng 12 năm 2024, thành phố Hà Nội có …" (a part of the unit is still the unit's,
        // and so is a place merged into it: "tỉnh Quảng Nam (cũ)", read with its brackets; places inside brackets are asides)
        // (… not the body that recognised or decided, named with its place: "đến ngày 30/6/2025 xã Bình Đào (cũ) đã được UBND tỉnh Quảng Nam
        // công nhận …, nâng tổng số lên 03/03 xã" — lexicon: issuer-before, issuer-acts; nuh05)
        const issuer = (pl: { start: number; end: number }) => ISSUER_BEFORE.test(raw.slice(Math.max(0, pl.start - 30), pl.start)) && ISSUER_ACTS.test(raw.slice(pl.end, pl.end + 40));
        return SCOPE_WIDER.test(clause) || placeMentions(raw.slice(0, clause.length), ctx.unit).some((pl) => !pl.own && !pl.part && clause[pl.start] !== ' ' && !issuer(pl));
      };
      for (const d of findDates(text)) {
        // "tính đến 30/6/2024", "đến hết tháng Chín năm 2024": a date given as the figure's time
        const before = text.slice(Math.max(0, d.start - 30), d.start);
        const at = asOfLead(before);
        let lead: { index: number } | null = at >= 0 ? { index: at } : null;
        // (… or the end of that month after as-of words, the figure said done by it: "Đến cuối tháng 8/2019, toàn tỉnh đã có 09 xã …" — nvx01;
        // "Tính đến cuối tháng 10/2024, huyện Bình Giang có 16 sản phẩm OCOP" may be a paper's time — real text rt3c1-10, rt3c1-22)
        const endOf = at < 0 ? MONTH_END_LEAD.exec(before) : null;
        if (endOf && doneByEnd(text, d.start, d.end, ctx.future.has(index))) lead = { index: endOf.index };
        // … or a sentence that opens on the date and then gives counts ("Ngày 26/8/2019, UBND tỉnh ban hành quyết định công
        // nhận thêm 03 xã …, nâng tổng số xã đạt chuẩn lên 45 xã"): its figures are as of that date — not a document
        // issued then with no count ("Ngày 15/7/2024, UBND tỉnh ban hành Kế hoạch số 123/KH-UBND")
        if (!lead) {
          const opening = OPENS_ON_DATE.exec(ownSentence(before));
          const rest = text.slice(d.end, d.end + 200).split(SENTENCE_STOP)[0];
          // (… nor a plan issued then: "Ngày 05/8/2024, UBND huyện ban hành Kế hoạch số 215/KH-UBND về xây dựng 02 xã …", "…, phấn đấu …")
          // (… nor where a date of the figures' own comes before them: "Ngày 10/7/2019 UBND tỉnh … công nhận …, nâng tổng số … tính đến
          // ngày 15/7/2019 lên 9/12 xã" — that one dates them)
          // (… a date outside brackets: one inside the bracket of the level a count rose from dates that level, "từ 15 xã (tính đến
          // ngày 30/6/2024) lên 16/18 xã")
          const ownDate = findDates(rest).some((x) => asOfLead(rest.slice(Math.max(0, x.start - 30), x.start)) >= 0 && rest.lastIndexOf('(', x.start) <= rest.lastIndexOf(')', x.start));
          // (… a deadline in a bracket is an aside's: "(hồ sơ được Hội đồng thẩm định tỉnh thông qua trước ngày 30/6/2025)" — but a plan or a
          // target named in one still makes the date a plan's: "(kế hoạch vốn năm 2025, giải ngân trước ngày 31/12/2025)", "(chỉ tiêu kế
          // hoạch năm 2024)")
          // (… not a claim said of the figure, "(hoàn thành chỉ tiêu kế hoạch năm 2024)", ", vượt mục tiêu Nghị quyết đề ra", nor a document's
          // name, "theo Kế hoạch số 125/KH-UBND": the rest read up to its first claim, documents blanked)
          const claimAt = Math.min(CLAIM_MET.find(rest)?.start ?? Infinity, CLAIM_NOT_MET.find(rest)?.start ?? Infinity);
          const planned = rest.slice(0, claimAt === Infinity ? rest.length : claimAt).replace(DOCUMENT_NAMED, (x) => ' '.repeat(x.length));
          // (… nor where the figures are given for a time of their own that ends within the period, before the first of them: "- Ngày
          // 05/7/2024, … tổng hợp kết quả 6 tháng đầu năm 2024: toàn huyện có …", "- Tháng 7/2024, … công bố thu nhập bình quân năm 2023 …"
          // — the day they were compiled or published dates none — review-47b B18, B30)
          const firstFigure = extractQuantities(rest).find(knownFigure);
          // (not the year a recognition is for where the count it raises follows: "… công nhận xã Tân Mỹ đạt chuẩn nông thôn mới năm 2018, nâng
          // tổng số … lên 09/13 xã" is a count as of the day)
          const ownTime = RAISES_TOTAL.test(rest) ? undefined : spanEnd(rest.slice(0, firstFigure?.start ?? rest.length));
          // (… nor a team's work that day, the places it went to counted: "- Ngày 20/7/2024, Đoàn giám sát của HĐND tỉnh đã giám sát … tại 05
          // xã" — lexicon: team-after; review-47b B19)
          // (not where the team's work found a count of the whole, "Đoàn kiểm tra … tiến hành rà soát, toàn tỉnh có 37/42 xã …" — review-30b R13)
          // (… only where it says no level of the unit's, "ghi nhận huyện có 09 xã …", "toàn tỉnh có 37/42 xã" — review-47d D5, review-30b R13;
          // the things it visited or surveyed are no level, "khảo sát 03 mô hình …", "tại 05 xã" — review-47d D10, review-47b B19)
          const teamsDay = TEAM_AFTER.test(rest) && !RAISES_TOTAL.test(rest) && !/(?<![\p{L}])(?:tỉnh|huyện|xã)\s+(?:đã\s+|hiện\s+)?có(?![\p{L}])/iu.test(rest) && !extractQuantities(rest).some((q) => q.kind === 'fraction' || q.kind === 'percent');
          if (opening && !ownDate && !teamsDay && !(ownTime && ownTime <= end) && GOES_ON.test(rest) && !PLAN_WORDS.test(planned) && !TARGET_WORDS.test(planned) && !deadlineAhead(blankBrackets(rest).replace(DASHED_ASIDES, (x) => ' '.repeat(x.length))) && !PROPOSAL_WORDS.test(rest) && extractQuantities(rest).some(knownFigure)) lead = { index: before.length - opening[0].length + (/^\s*(?:[-–+•*]|[a-zđ]\)|\d{1,2}[.)])\s*/iu.exec(opening[0])?.[0].length ?? 0) };
        }
        // … or a recognition on the date that raises the count ("Xã Tân Lộc đã được UBND tỉnh công nhận … ngày 18/7/2019, nâng tổng số xã
        // đạt chuẩn của huyện lên 11/13 xã"): the count is as of that date
        if (!lead && /^\s*,?\s*nâng\s+tổng\s+số[^.;]{0,80}?lên\s+\d/u.test(text.slice(d.end, d.end + 120))) lead = { index: before.length };
        if (!lead) continue;
        // (the end of a span a team worked over, "từ ngày 15/7 đến ngày 25/7/2024 Đoàn giám sát … đã giám sát …": when, no figure's time
        // — lexicon: span-from, team-after; a figure counted over a span, "… từ ngày 01/01 đến ngày 31/7/2024 đạt 12.450 triệu đồng", keeps it)
        // (… or of an event that took it, with no figure counted over it in its own sentence: "bão số 3 … từ ngày 07 đến ngày 10/9/2024 đã
        // gây mưa lũ lịch sử …. Tính đến ngày 20/9/2024, …" — the figures after are the next date's — nww01)
        // (a count of any noun, not only of the units known, in the sentence up to its full stop: "…, mưa lớn … kéo dài; làm 03 người bị
        // thương", "xử lý 15 vụ vi phạm", "trồng mới 15.000 cây xanh" — review-50c O13–O22)
        // (… or "Đoàn" alone at work, where its sentence counts nothing over the span: no rate, money or raised total — lexicon: bare-team-after)
        // (… up to a ";" after which a time of its own is named: "(từ ngày 01/7 đến ngày 31/7/2024); riêng năm 2023, toàn huyện đã thu gom …"
        // counts 2023 — review-62b A7)
        const spanRest = () => text.slice(d.end).split(FULL_STOP)[0].split(OWN_TIME_AFTER)[0];
        const bareTeam = () => BARE_TEAM_AFTER.test(text.slice(d.end, d.end + 40)) && !RAISES_TOTAL.test(spanRest()) && !/(?<![\p{L}])đồng(?![\p{L}])/u.test(spanRest()) && !extractQuantities(spanRest()).some((q) => q.kind === 'fraction' || q.kind === 'percent');
        // (… or several teams at work, "các Đoàn đã làm việc với 06 huyện, thị xã, thành phố", where every count after them is a place they went
        // to — lexicon: teams-after, places-visited; nza06, review-59c)
        const teams = () => TEAMS_AFTER.test(text.slice(d.end, d.end + 60)) && placesVisitedOnly(spanRest().replace(TEAMS_COUNTED, (x) => ' '.repeat(x.length)));
        // (… but a figure the span closes, right before it, is counted over it: "… đạt 21.300 tấn (từ tháng 5 đến tháng 8/2019).", "… cho 1.450
        // lượt nông dân từ tháng 01 đến tháng 8/2024." — not places a team went to, "khảo sát tại 04 xã từ ngày …" — review-62b B2, B4, B8, C4)
        const spanStart = SPAN_FROM.exec(before.slice(0, lead.index));
        // (read once: asked by up to three of the tests below)
        let closed: boolean | undefined;
        const closedBefore = () => (closed ??= (() => {
          if (!/^\s*\)?\s*(?:[.;,]|$)/u.test(text.slice(d.end, d.end + 8))) return false;
          const upTo = text.slice(0, d.start - before.length + spanStart!.index).replace(/\(\s*$/u, '');
          const clause = sentenceOf(upTo).split(/[;(]|,(?!\d)/u).pop() ?? '';
          return extractQuantities(clause).some(knownFigure) && !placesVisitedOnly(clause);
        })());
        if (spanStart && (TEAM_AFTER.test(text.slice(d.end, d.end + 40)) || bareTeam() || teams() || (!countedIn(spanRest()) && !closedBefore()))) continue;
        // (… and in a section about the period to come, a span is when the work is to be done, whatever figure follows, unless said done by it
        // or counted to it: "Chỉ đạo thả nuôi tôm vụ 2 năm 2024 đúng lịch thời vụ (từ tháng 7 đến tháng 10/2024), đảm bảo diện tích thả nuôi đạt
        // 850 ha" — review-62b D1; "…, sản lượng tôm nuôi đã đạt 2.150 tấn" is done — D2)
        if (spanStart && ctx.future.has(index) && !STATUS_LEAD.test(before) && !DONE_AFTER.test(text.slice(d.end, d.end + 120).split(SENTENCE_STOP)[0]) && !closedBefore()) continue;
        // a day after the end, or a month that starts after it ("đến tháng 7/2024" for a period ending 30/6/2024)
        if (d.iso <= end || deadlines.has(d.iso)) continue;
        // (in a section about the period to come, a date in a roadmap's item, "- Tiến độ: …; đến tháng 6/2025 hoàn thành các tiêu chí Môi
        // trường, …", or with no figure after it in its clause, is when the plan is due — but "tính đến", "lũy kế đến", or a figure said
        // done by it, "đến ngày 20/8/2024 đã giải ngân 12.500 triệu đồng", make it a status whatever the section)
        const clauseAfter = text.slice(d.end, d.end + 120).split(SENTENCE_STOP)[0];
        // (… or in a sentence that opens on the plan's words, its targets listed clause after clause: "Phấn đấu đến năm 2025 có 92% số thôn
        // …; đến ngày 31/12/2024 khôi phục lại 100% tiêu chí của 03 xã bị sụt giảm" — see targetsListed)
        if (ctx.future.has(index) && !STATUS_LEAD.test(before) && !DONE_AFTER.test(clauseAfter) && (ROADMAP_ITEM.test(text) || !/\d/u.test(clauseAfter.replace(/(?:19|20)\d\d/gu, '')) || targetsListed(text, d.start, d.end))) continue;
        // a dated target of the plan (the pack's deadlines), a plan or a deadline, or the country's figures: no figure of the report
        // (the words of the date's own clause: "… đến năm 2030. Tính đến ngày 31/3/2024, …", "… được giao 96,5 tỷ đồng, đến
        // ngày 04/7/2025 đã giải ngân …" are no plan)
        // (… nor a time allowed to run on, said anywhere in the sentence before, with no figure after the date in its clause: "được phép
        // kéo dài thời gian thực hiện, giải ngân đến hết ngày 31/12/2024 theo quy định …" — lexicon: extended-to; "được phép kéo dài,
        // tính đến ngày 15/01/2024 đã giải ngân thêm 38.620 triệu đồng" dates a figure)
        // (… nor the day a plan sets its targets for, however long its name: "Chương trình hành động của Ban Cán sự Đảng UBND tỉnh xác định
        // đến ngày 31/12/2025 có 85% số thôn …" — lexicon: plan-sets-for-year)
        if (plansFor(text, d.start, d.end)) continue;
        // (tried and backed out in session 40 after two reviews each, see test/core/review-40d.test.ts: a clause opening on "dự kiến",
        // "phấn đấu" after a date as the plan's date — figures closed by the date before it were lost; the capital of a year's plan, "giải
        // ngân vốn kế hoạch năm 2025", as no plan — a demand or an extension before it was lost)
        if (notAFigureDate(ownSentence(text.slice(Math.max(0, d.start - 40), d.start))) || (EXTENDED_TO.test(sentenceOf(text.slice(Math.max(0, d.start - 160), d.start))) && (!figureAfter(text, d.end) || AIM_AFTER.test(text.slice(d.end, d.end + 20)))) || wider(d.start, d.end)) continue;
        // a date with no figure after it (a footnote dates the figure it is attached to)
        // (… unless the date closes the clause of the figure before it: "… nâng tổng số xã đạt chuẩn lên 10/17 xã tính đến ngày 20/7/2019.")
        // (… or ends a span that closes the figure before it: "đã giải ngân 4.215 triệu đồng vốn sự nghiệp (từ ngày 01/01 đến ngày 31/7/2024)." —
        // review-62b B6)
        if (!note && !source && d.precision === 'day' && !/\d/.test(text.slice(d.end, d.end + 160)) && !closesFigure(text, d.start - (before.length - lead.index), d.end) && !(spanStart && closedBefore())) continue;
        say(index, note ? `Chú thích: ${text}` : text, before.slice(lead.index) + d.raw, (note ? 'Chú thích: '.length : 0) + d.start);
        if (d.precision === 'month') break;
      }
      // the end of a year after the period, given as when the figures were counted ("Theo số liệu rà soát cuối năm 2024, tỷ lệ
      // hộ nghèo toàn xã là 2,1%" when the period ends 30/6/2024)
      for (const y of yearEnds) {
        const at = y.start;
        const before = text.slice(Math.max(0, at - 60), at);
        // (… or as-of words right before it, the figure said done by it: "đến cuối năm 2024 đã đạt 18/19 tiêu chí" — nxu06; not without,
        // "Đến cuối năm 2024, huyện tiếp tục duy trì 15/15 xã …" may be what is aimed at, and in published text "Tính đến hết năm 2024, tỉnh
        // ta còn 4.806 hộ nghèo", "Lũy kế đến hết năm 2025, toàn tỉnh có 698 sản phẩm OCOP" are a paper's time as often as a report's —
        // real text rt3c1-23, rt5e1-16; nor a year's end the pack sets targets for, nor one a plan named at the sentence's start sets them for)
        const data = DATA_AS_OF.findLast(before);
        const counted = !!data && FEW_WORDS.test(before.slice(data.end));
        const lead = counted ? -1 : asOfLead(before);
        const from = counted ? data!.start : lead >= 0 && doneByEnd(text, at, y.end, ctx.future.has(index)) ? lead : -1;
        if (from < 0 || y.iso <= end || (!counted && (deadlines.has(y.iso) || plansFor(text, at, y.end)))) continue;
        // (… nor what a plan is based on: "Căn cứ kết quả rà soát … cuối năm 2024, huyện sẽ hỗ trợ …", "…, phấn đấu giảm …", in
        // its sentence after the date or in a section about the period to come)
        // (the part of the sentence that holds the figure: "…, được dùng để xây dựng kế hoạch năm 2025, tỷ lệ hộ nghèo toàn xã là
        // 2,1%" says what the count served, and gives the figure after)
        const rest = text.slice(y.end).split(SENTENCE_STOP)[0];
        const figurePart = rest.split(',').find((part) => /\d/.test(part.replace(/(?:19|20)\d\d/g, ''))) ?? rest;
        if (notAFigureDate(ownSentence(text.slice(Math.max(0, at - 40), at))) || notAFigureDate(figurePart) || PROPOSAL_WORDS.test(figurePart) || ctx.future.has(index)) continue;
        if (wider(at, y.end) || !/\d/.test(text.slice(y.end, y.end + 160))) continue;
        say(index, note ? `Chú thích: ${text}` : text, before.slice(from) + y.raw, (note ? 'Chú thích: '.length : 0) + at);
        break;
      }
    };
    const ps = ctx.doc.paragraphs;
    const headed = new Set<number>();
    // (a caption: a short line right above a table, or above the unit line over it, "ĐVT: triệu đồng")
    // (… over a table that gives figures in its rows, not a roadmap of names and standards — review-61c B13)
    const overTable = (k: number) => {
      if (ps[k].text.length > 240) return false;
      const at = ps[k + 1]?.cell ? k + 1 : ps[k + 2]?.cell && ps[k + 1].text.length <= 60 && UNIT_LINE.test(ps[k + 1].text) ? k + 2 : -1;
      if (at < 0) return false;
      const table = ps[at].cell!.table;
      for (let j = at; j < ps.length && j < at + 400 && ps[j].cell?.table === table; j++) if (ps[j].cell!.row > 0 && ps[j].cell!.cell > 0 && /\d/u.test(ps[j].text) && !/^\s*(?:19|20)\d\d\s*$/u.test(ps[j].text)) return true;
      return false;
    };
    const underTable = (k: number) => k > 0 && (!!ps[k - 1].cell || (k > 1 && !!ps[k - 2].cell && startsWith(SOURCE_LINE, ps[k - 1].text)));
    for (let k = 0; k < ctx.doc.paragraphs.length; k++) {
      const p = ctx.doc.paragraphs[k];
      // a date, and some figure besides dates ("12/12 đơn vị" is a figure, "31/12/2025" a date): a date has four digits
      // (a source line right under a table dates the table's figures, as a footnote dates its own: "Nguồn: …, số liệu rà soát đến
      // 31/3/2024")
      // (… and so does a note under the table, or under its source line, that says when its figures were counted: "Ghi chú: Riêng số liệu
      // … được cập nhật … đến ngày 31/7/2019")
      // (… and so does a table's caption right above it that says when its figures were counted: "Biểu 4. Kết quả cấp nước sạch nông thôn
      // (số liệu tính đến ngày 10/01/2024)" — session 61, nzp02)
      if (flags[k] & CH.DIGITS4) scan(p.index, p.text, false, true, !p.cell && ((underTable(k) && (startsWith(SOURCE_LINE, p.text) || (/^\s*ghi chú/iu.test(p.text) && /số liệu/iu.test(p.text) && !notAFigureDate(p.text)))) || (overTable(k) && COUNTED_WHEN.test(p.text) && !notAFigureDate(p.text))));
      // a header cell that dates its column's figures after the period ("Từ 01/01 đến 31/7/2024" over figures), not a plan's, a target's
      // or an estimate's column ("Ước thực hiện đến 31/12/2024")
      // (… nor a time allowed to run on, "Vốn năm 2023 được phép kéo dài đến 31/12/2024", nor the tasks ahead, "Nhiệm vụ 6 tháng cuối năm")
      // (… a plan's column by its header's role, "KH huyện đến 31/12/2024", "Kế hoạch đến 31/12/2024")
      if (flags[k] & CH.DIGITS4 && p.cell?.row === 0 && !headed.has(p.cell.table) && !notAFigureDate(p.text) && columnRole(p.text) !== 'target' && !QUALIFIERS.estimate.test(p.text) && !EXTENDED_TO.test(p.text) && !TASKS_AHEAD.test(p.text)) {
        const leadOf = (d: { start: number }) => asOfLead(p.text.slice(Math.max(0, d.start - 30), d.start));
        const late = findDates(p.text).find((d) => d.iso > end && !deadlines.has(d.iso) && leadOf(d) >= 0);
        const cell = p.cell;
        if (late && ps.slice(k + 1, k + 400).some((x) => x.cell?.table === cell.table && x.cell.row > 0 && x.cell.cell === cell.cell && /\d/u.test(x.text))) {
          headed.add(cell.table);
          say(p.index, p.text, p.text.slice(Math.max(0, late.start - 30) + leadOf(late), late.start) + late.raw, late.start);
        }
      }
      if (p.notes) for (const n of p.notes) scan(p.index, n, true);
    }
  },
};
