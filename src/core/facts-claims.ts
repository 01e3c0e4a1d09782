/**
 * The claim written by a figure ("đạt", "chưa đạt", "vượt mục tiêu"), the plans of the unit's own that a claim may be about, and requests that are no result.
 */
import type { Quantity } from './quantities';
import { blankBrackets } from './text';
import { RECOGNISED_AFTER } from './lexicon/patterns';
import { PROPOSED_FOR, PLAN_NAMING, REST_OF, PLAN_AFTER, LAGGING, CLAIM_MET, CLAIM_NOT_MET, OWN_PLAN, SOURCE_PLAN, REQUEST_LEAD, NOT_YET_RECOGNISED, isOnlyOf, startsWith } from './lexicon';
import { CRITERION_BEFORE, OWN_CHANGE, PLAN_KINDS, REST_BEFORE } from './lexicon/patterns';
export { OWN_CHANGE };
import type { Fact } from './facts-types';

/** The text with the unit's own plans blanked out (a source plan's words inside one, "Nghị quyết Đại hội huyện", name no source). */
export function withoutOwnPlans(text: string): string {
  let out = text;
  for (let from = 0, hit = OWN_PLAN.find(text); hit; hit = OWN_PLAN.find(text.slice(from))) {
    out = out.slice(0, from + hit.start) + ' '.repeat(hit.end - hit.start) + out.slice(from + hit.end);
    from += hit.end;
  }
  return out;
}

/**
 * Whether a claim in the text (its hit) is said of the unit's own plan alone: the plan named right after it, or after the words
 * that name a plan ("chưa đạt NQ ĐH huyện", "đạt chỉ tiêu Nghị quyết Đại hội huyện"), or within the claim's own words ("đạt chỉ
 * tiêu Đại hội XIX") — and no source plan named with it ("đạt mục tiêu Đại hội Đảng bộ tỉnh và Nghị quyết 16 đề ra" is the
 * source's too).
 */
export function aboutOwnPlan(text: string, h: { start: number; end: number }): boolean {
  // (a claim on the target of a district or commune named last in its clause: "Đạt chỉ tiêu tỉnh; chưa đạt chỉ tiêu huyện" — not "chỉ tiêu
  // huyện đạt chuẩn …", an indicator's name)
  // (… in a bracket or after a dash, "Đạt (so với chỉ tiêu huyện)", "Đạt - so với chỉ tiêu huyện" — walk59, item 3)
  const tail = /^\s*(?:[(\-–]\s*)?(?:so với\s+)?((?:chỉ tiêu|mục tiêu|kế hoạch|KH)\s+)?(?:của\s+)?(?:huyện|xã|thị xã)\s*(?:[;,.)]|$)/iu.exec(text.slice(h.end, h.end + 40));
  if (tail && (tail[1] || /(?:chỉ tiêu|mục tiêu|kế hoạch|KH)$/iu.test(text.slice(h.start, h.end)))) return true;
  // (… or on a year's plan: "chưa đạt kế hoạch năm 2023", "đạt KH năm 2024" — the yearly plan, not the plan the pack transcribes)
  const yearly = /^\s*(?:(?:chỉ tiêu\s+)?(?:kế hoạch|KH)\s+)?(?:giao\s+)?năm\s+(?:19|20)\d\d(?!\d)/iu.exec(text.slice(h.end, h.end + 40));
  if (yearly && (/kế hoạch|KH/iu.test(yearly[0]) || /(?:kế hoạch|KH)$/iu.test(text.slice(h.start, h.end)))) return true;
  // (a claim whose target is given with the plan it is of: "chưa đạt mục tiêu 75% của Nghị quyết chuyên đề số 05-NQ/ĐU của Đảng ủy xã")
  const fig = FIGURE_OF_PLAN.exec(text.slice(h.end, h.end + 120));
  // (… or said to be set by the unit's own congress: "thấp hơn chỉ tiêu 80% do Nghị quyết Đại hội Đảng bộ huyện lần thứ XXIV đề ra")
  if (fig) return OWN_ISSUER.test(fig[1]) || OWN_PLAN.test(fig[1]) || !SOURCE_PLAN.test(fig[1]);
  const span = text.slice(h.start, h.end + 60);
  const own = OWN_PLAN.find(span);
  if (!own) return false;
  // (up to the clause's end or the next claim: "Đạt NQ ĐH huyện; chưa đạt NQ 16" speaks of each in turn)
  let rest = text.slice(h.start + own.end, h.start + own.end + 60);
  const stop = Math.min(...[rest.search(/[;.,]/u), CLAIM_NOT_MET.find(rest)?.start ?? -1, CLAIM_MET.find(rest)?.start ?? -1].filter((x) => x >= 0), rest.length);
  rest = rest.slice(0, stop);
  if (SOURCE_PLAN.test(withoutOwnPlans(rest))) return false;
  const gap = span.slice(h.end - h.start, own.start);
  return own.start <= h.end - h.start || !gap.trim() || isOnlyOf(PLAN_NAMING, gap.trim());
}

/**
 * The claim written next to a figure. Both kinds at once ("Đạt mục tiêu NQ, chưa đạt KH huyện") are
 * read against the plan the pack transcribes: the one about the unit's own plan does not count, and
 * a claim about the unit's own plan alone is none.
 */
export function claimIn(text: string, more = ''): Pick<Fact, 'claim' | 'claimText'> {
  // (`more`: the text after, where a claim's own target and its plan may be named — "… chưa đạt mục tiêu | 75% của Nghị quyết …")
  const aboutOwn = (h: { start: number; end: number }) => aboutOwnPlan(text + more, h);
  // (of each kind, the first claim not about the unit's own plan, or the first: "vượt kế hoạch năm 2023 và đạt mục tiêu Nghị quyết đề ra"
  // claims the plan's target too)
  const first = (set: typeof CLAIM_MET) => {
    let own: { start: number; end: number } | null = null;
    // (… past one said of the rest and what its clause goes on to say of them: "(87,5%), còn lại chưa đạt chuẩn, chưa đạt mục tiêu Nghị
    // quyết" claims; "…, các thôn còn lại chưa đạt chuẩn do chưa đạt tiêu chí thu nhập" does not — review-36c B9, review-36e C1,
    // review-36f B1; none at all where every claim is the rest's — review-36e C4)
    let restUntil = -1;
    for (let h = set.find(text); h; ) {
      if (h.start < restUntil) {
        // said of the rest, as the claim before it in its clause
      } else if (ofRest(text, h.start)) {
        // (… up to a comma, a ";" or a "và" that may open another subject: "… còn lại chưa đạt chuẩn và kết quả này chưa đạt mục tiêu" —
        // review-36g A2)
        // (… not a "và" that goes on with the rest's predicate, "… do còn thiếu tiêu chí giao thông và chưa hoàn thành tiêu chí thu nhập",
        // nor a comma before the rest's reason, "…, chủ yếu do chưa đạt tiêu chí thu nhập" — review-36g A1, A6)
        let at = h.end;
        for (;;) {
          // (a "và" ends it only before words that turn back to the whole: "và kết quả này …" — not "và thu nhập … còn thấp", "và hầu hết chưa
          // đạt", review-36i A4, A5, A8)
          const stop = text.slice(at).search(REST_CLAUSE_END);
          if (stop < 0) { at = text.length; break; }
          at += stop;
          // (… the reason: "do", "vì", "bởi", "nguyên nhân (chủ yếu) là" — not the consequence, "do vậy", "vì vậy", "do đó", review-36i A1, A2, A6)
          if (text[at] === ',' && REST_REASON.test(text.slice(at))) { at++; continue; }
          break;
        }
        restUntil = at;
      } else if (!aboutOwn(h)) return h;
      else own ??= h;
      const from = h.end;
      const next = set.find(text.slice(from));
      h = next ? { ...next, start: next.start + from, end: next.end + from } : null;
    }
    return own;
  };
  const n = first(CLAIM_NOT_MET);
  const p = first(CLAIM_MET);
  if (n && p) {
    if (aboutOwn(n) && !aboutOwn(p)) return { claim: 'met', claimText: text.slice(p.start, p.end) };
    if (aboutOwn(p) && !aboutOwn(n)) return { claim: 'not-met', claimText: text.slice(n.start, n.end) };
    return {};
  }
  // (a claim only about the unit's own plan says nothing of the pack's: "đạt chỉ tiêu Nghị quyết Đại hội huyện (90%)")
  // (… nor one said of a criterion of the national set named right before it: "… nên tiêu chí số 10 chưa đạt", "tiêu chí thu nhập chưa
  // đạt" — the criterion's own norm, not the indicator's target)
  // (… nor one said of the rest, the others than those counted: "118/185 thôn … đạt chuẩn (63,8%), còn lại chưa đạt chuẩn")
  if (n && !aboutOwn(n) && !ofCriterion(text, n.start) && !ofRest(text, n.start)) return { claim: 'not-met', claimText: text.slice(n.start, n.end) };
  if (p && !aboutOwn(p) && !ofCriterion(text, p.start) && !ofRest(text, p.start)) return { claim: 'met', claimText: text.slice(p.start, p.end) };
  return {};
}
// (… not the one thing left that the figure is: "…, là chỉ tiêu duy nhất còn lại chưa đạt mục tiêu" — review-36j R1)
const ofRest = (text: string, at: number) => REST_BEFORE.test(text.slice(Math.max(0, at - 30), at)) && !ONE_LEFT.test(text.slice(Math.max(0, at - 40), at));
/** The one indicator left, before a claim: "chỉ tiêu duy nhất còn lại". */
// (… "duy nhất" said: "các chỉ tiêu còn lại chưa đạt mục tiêu" are the others — review-36l R4)
const ONE_LEFT = /(?:chỉ tiêu|tiêu chí|nội dung)\s+duy nhất\s+còn lại\s*$/iu;
/** Where a claim of the rest's clause ends: a comma, a ";", or a "và" before words that turn back to the whole ("và kết quả này …"). */
// (… "và như vậy", "và do đó", "và tỷ lệ … của huyện" too — review-36k R3–R5)
const REST_CLAUSE_END = /[,;]|\svà\s+(?=(?:như vậy|do đó|vì vậy|qua đó|kết quả|tỷ lệ|tỉ lệ|con số|số liệu|chỉ tiêu)(?![\p{L}]))/u;
/** After a comma, the rest's reason: "do", "vì", "bởi", "nguyên nhân (chủ yếu) là" — not a consequence, "do vậy", "vì vậy", "do đó". */
const REST_REASON = /^,\s*(?:(?:chủ yếu|phần lớn|một phần)\s+)?(?:là\s+)?(?:(?:do|vì|bởi)(?!\s+(?:vậy|đó|thế(?!\s+hệ))(?![\p{L}]))|(?:nguyên nhân|lý do|lí do)(?:\s+chủ yếu)?(?:\s+là)?)(?![\p{L}])/iu;
/** A criterion of the national set named as the claim's subject, right before it: "tiêu chí số 10", "tiêu chí thu nhập", "tiêu chí 17". */
const ofCriterion = (text: string, at: number) => CRITERION_BEFORE.test(text.slice(Math.max(0, at - 40), at));

/**
 * A plan issued by the district's or commune's own bodies, by its number's issuer ("05-NQ/ĐU", "52-KH/HU") or by name ("của Đảng ủy
 * xã"): the unit's own, whatever kind of document (the province's "-NQ/TU" is the pack's).
 */
export const OWN_ISSUER = /\/(?:HU|ĐU|DU|QU|TXU|TU-HU)(?![\p{L}])|của\s+(?:đảng ủy|huyện ủy|ban thường vụ huyện ủy|hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân)\s+(?:xã|huyện)(?![\p{L}])|của\s+(?:ban thường vụ\s+|ban chấp hành\s+)?(?:huyện ủy|thị ủy|đảng ủy xã)(?![\p{L}])/iu;
/** A claim's target figure with the plan named after it: "(chưa đạt) mục tiêu 75% của Nghị quyết chuyên đề số 05-NQ/ĐU của Đảng ủy xã", "chỉ tiêu 80% do Nghị quyết Đại hội … đề ra". */
const FIGURE_OF_PLAN = new RegExp(String.raw`^\s*(?:mục tiêu|chỉ tiêu|kế hoạch)?\s*\d[\d.,]*\s*(?:%|\p{L}+)?\s*(?:của|theo|do)\s+((?:${PLAN_KINDS})(?![\p{L}])[^;()]{0,80})`, 'iu');
/** A share of the count said right after it: "…, chiếm 12,4%", "…, bằng 95%". */
const OWN_SHARE = /^[^;()\d]{0,80},\s*(?:chiếm|bằng)\s*$/u;
/** The text after a figure where a claim about it may stand: to the next figure, or past an aside of figures in brackets opened before it (blanked). */
export function claimZone(text: string, q: Quantity, qs: Quantity[], end: number): string {
  // (… and past the count's own share said after a comma: "21 xã …, chiếm 12,4% số xã, hoàn thành chỉ tiêu Kết luận đề ra")
  // (only when the claim opens the next part: "…, chiếm 13,5% số xã, tuy nhiên số thôn kiểu mẫu chưa đạt …" is another subject's)
  // (… and past its change over a base year said the same way: "đạt 68,2%, tăng 9,4% so với năm 2020, vượt mục tiêu Nghị quyết đề ra")
  const share = qs.find((x) => x.start >= q.end);
  const between = share ? text.slice(q.end, share.start) : '';
  if (share && share.start === end && ((share.kind === 'percent' && OWN_SHARE.test(between)) || OWN_CHANGE.test(between))) {
    // (… the base up to a comma or "và": "… so với thời điểm ban hành Nghị quyết, đạt mục tiêu", "… so với năm 2020 và vượt mục tiêu")
    const rest = /^[^,;]{0,60}?(?:,\s*|\s+và\s+)/u.exec(text.slice(share.end));
    const from = rest ? share.end + rest[0].length : text.length;
    const claim = text.slice(from);
    // (not a claim about the change itself, its own clause naming one: "…, giảm 1,5% so với năm 2020, vượt mục tiêu giảm 1%/năm")
    const own = claim.slice(0, 40).split(/[,;.]/u)[0];
    if (claim && (startsWith(CLAIM_MET, claim) || startsWith(CLAIM_NOT_MET, claim)) && !/(?<![\p{L}])(?:giảm|tăng)(?![\p{L}])/u.test(own)) end = qs.find((x) => x.start >= from)?.start ?? text.length;
  }
  const open = text.indexOf('(', q.end);
  const close = open >= 0 && open < end ? text.indexOf(')', open) : -1;
  if (close < end) return text.slice(q.end, end);
  const next = qs.find((x) => x.start > close)?.start ?? text.length;
  return text.slice(q.end, open) + ' '.repeat(close + 1 - open) + text.slice(close + 1, next);
}

/** A plan's verb within the two words after a figure (its noun): "04 xã đăng ký …", "12 xã dự kiến …". */
export function planRightAfter(rest: string): string | undefined {
  // (… past the names of the places counted in brackets: "03 xã (xã Thạch Kim, xã Cẩm Bình, xã Kỳ Tân) đăng ký đạt chuẩn …" — review-39 R6)
  const unbracketed = rest.replace(/^\s*\([^()\d]{0,100}\)/u, ' ');
  const after = unbracketed.slice(0, 40);
  const hit = PLAN_AFTER.find(after);
  if (!hit || after.slice(0, hit.start).trim().split(/\s+/).filter(Boolean).length > 2 || /[,;:.()]/.test(after.slice(0, hit.start))) return undefined;
  // (… but those that signed up and were then recognised are a result: "70 xã đăng ký nâng cao đã được UBND tỉnh công nhận đạt chuẩn" —
  // review-51c D8; lexicon: recognised-after)
  if (/^đăng ký/iu.test(hit.phrase) && RECOGNISED_AFTER.test(unbracketed.slice(hit.end).replace(/\d[\s\S]*$/u, ''))) return undefined;
  return after.slice(hit.start, hit.end);
}

/** The lagging words within the few words after a count, before any other figure ("03 xã còn chậm"; lexicon: lagging). */
export function lagging(after: string): boolean {
  const hit = LAGGING.find(after);
  if (hit && hit.start <= 30 && !/\d/.test(after.slice(0, hit.start))) return true;
  // (… or a "not yet" right after the count's noun, before any word of what it counts: "01 xã chưa hoàn thành chỉ tiêu nâng cao" counts
  // the one short of it — not "12 xã nâng cao chưa đạt mục tiêu")
  if (NOT_YET_FIRST.test(after)) return true;
  // "03 xã còn lại chậm", "01 xã kiểu mẫu còn lại", "02 xã nông thôn mới nâng cao còn lại": the rest of them, said within six
  // words after the count's noun (not "còn lại 02 xã", the next count)
  const rest = REST_OF.find(after);
  return !!rest && after.slice(0, rest.start).trim().split(/\s+/).filter(Boolean).length <= 6 && !/[\d,;]/.test(after.slice(0, rest.start)) && !/^\s*\d/.test(after.slice(rest.end));
}

/** "chưa hoàn thành", "chưa đạt" right after a count and its noun. */
export const NOT_YET_FIRST = /^\s*(?:vẫn\s+|còn\s+)?chưa\s+(?:hoàn thành|đạt|được công nhận)(?![\p{L}])(?!\s+(?:mục tiêu|kế hoạch))/u;

/** A request a few words before a figure, in its clause: "… đề nghị Chủ tịch UBND tỉnh công nhận 05 xã …, 03 xã …" asks for them all. */
export function requestedJustBefore(before0: string): boolean {
  // (a request asks only what at most 30 words after it name: the words before the last few hundred characters are not read)
  const before = before0.length > REQUEST_WINDOW ? before0.slice(-REQUEST_WINDOW) : before0;
  const hit = REQUEST_LEAD.findLast(before);
  // (not a request's dossier, a document: "xã Hương Trà mới hoàn thành hồ sơ đề nghị xét công nhận, …, nên nay điều chỉnh là 78/169 xã")
  // (… the dossier's request ended before the figure, its clause closed: the count after asks nothing — "tờ trình đề nghị UBND tỉnh công
  // nhận 05 xã" still asks)
  // (… a comma that only joins the verbs asked for, "đề nghị UBND tỉnh xem xét, công nhận 05 xã", does not close it)
  const asking = blankBrackets(before.slice(hit?.end ?? 0));
  // (… the document named with its number and date: "Tờ trình số 25/TTr-UBND ngày 12/6/2025 đề nghị xét công nhận, …")
  if (hit && /(?<![\p{L}])(?:hồ sơ|tờ trình|văn bản|công văn)(?:\s+(?:số\s+)?\d[\p{L}\d/\-.]*)?(?:\s+ngày\s+\d{1,2}[/\-]\d{1,2}[/\-]\d{4})?\s+$/iu.test(before.slice(Math.max(0, hit.start - 60), hit.start)) && /,/u.test(asking) && !REQUESTED_VERB.test(asking.slice(asking.lastIndexOf(',') + 1))) return false;
  return !!hit && asked(before.slice(hit.end)) && before.slice(hit.end).trim().split(/\s+/u).length <= 30;
}

/** How far back a request's words are looked for before a figure. */
const REQUEST_WINDOW = 600;
/** The verbs a request asks for, opening the words after a comma: "…, công nhận 05 xã", "…, thẩm định, công nhận 02 huyện". */
const REQUESTED_VERB = /^\s*(?:xét\s+)?(?:công nhận|thẩm định|phê duyệt|hỗ trợ|bổ sung|cấp)(?![\p{L}])/iu;

/** A sentence that opens by asking, up to the figure: "Đề nghị bổ sung 02 xã …" (not "Đề xuất giải pháp: đến nay có 78 xã …"). */
export function requestOpens(before: string): boolean {
  const hit = REQUEST_LEAD.find(before.slice(0, 40).replace(/^[\s\-–—+•*]+/u, ''));
  return !!hit && hit.start === 0 && asked(before.slice(before.search(/\S/u) + hit.end));
}

/** What follows a request up to its figure still asks: no colon, no ";", and nothing said as done ("đề nghị, UBND tỉnh đã công nhận thêm 05 xã" reports the five). */
export const asked = (between: string) => !/[:;]/u.test(between) && !/(?<![\p{L}])(?:đã|được|đến nay)(?![\p{L}])/iu.test(between);

/** A count after "còn" whose run of counts the words of a pending recognition close, within a few words and no mark. */
export function pendingRun(text: string, q: Quantity): boolean {
  const rest = text.slice(q.end, q.end + 240);
  // (a count proposed for recognition, said right after it: "tại 2 xã đề nghị công nhận đạt chuẩn" — lexicon: proposed-for)
  if (startsWith(PROPOSED_FOR, rest)) return true;
  const after = /(?<![\p{L}])(?:chỉ |vẫn )?còn\s+$/u.test(text.slice(Math.max(0, q.start - 12), q.start));
  // (most figures have neither "còn" before them nor an expected recognition after: passed over without the phrase search)
  if (!after && !/d[ựu] ki[ếe]n/iu.test(rest)) return false;
  const hit = NOT_YET_RECOGNISED.find(rest);
  if (!hit) return false;
  const between = rest.slice(0, hit.start);
  if (after) return !/[;,.]/u.test(between) && between.trim().split(/\s+/u).length <= 12;
  // (… or whose recognition is expected later in its sentence: "04 xã (Thạch Văn, …) đã hoàn thiện hồ sơ, dự kiến được công nhận trong
  // quý II/2025")
  return /^dự kiến/iu.test(hit.phrase) && !/[;.]/u.test(blankBrackets(between)) && between.trim().split(/\s+/u).length <= 20 && !/\d/u.test(blankBrackets(between));
}
