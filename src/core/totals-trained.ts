/**
 * The share of people with work after their training, read against the people trained: "đã tổ chức đào tạo nghề … cho 18.426 lao động nông
 * thôn, …. Số người có việc làm sau đào tạo là 15.218 người (86,3%)" is 82,6% (nyy03). Each count takes its own noun ("lao động", "người",
 * "học viên"), so no same-noun share reads it.
 */
import { parseVnNumber, shareAgrees } from './numbers';
import { extractQuantities, type Quantity } from './quantities';
import { PEOPLE_UNITS } from './totals-common';
import { OWN_GROUP_BEFORE, TRAINED_AFTER, TRAINED_FOR, WHOLE_NAMED_AFTER, WORK_AFTER_TRAINING } from './lexicon/patterns-sums';
import type { ShareMismatch } from './totals-shares';

/** A share in a bracket of its own: "(86,3%)", "(chiếm 86,3%)", "(đạt 86,3%)" (group 1: the figure). */
const BRACKET_SHARE = /^\s*\(\s*(?:chiếm|đạt|bằng)?\s*(\d{1,3}(?:,\d{1,2})?)\s*%\s*\)/u;
const WORK_AFTER = new RegExp(WORK_AFTER_TRAINING.source, `${WORK_AFTER_TRAINING.flags}g`);
/** Where a sentence ends. */
const SENTENCE_END = /[.!?](?=\s+\p{Lu}|\s*$)/gu;

const people = (q: Quantity) => q.kind === 'number' && !q.qualifier && PEOPLE_UNITS.has(q.unit.toLowerCase()) && q.value > 0;
/** Right before the part, a group singled out: "riêng …", "lao động nữ …". */
const SINGLED = /(?<![\p{L}])(?:riêng|nữ)(?![\p{L}])/iu;

export function trainedShares(written: string): ShareMismatch[] {
  const out: ShareMismatch[] = [];
  if (!written.includes('%') || !WORK_AFTER_TRAINING.test(written)) return out;
  const all = extractQuantities(written);
  const sentenceStarts = [0, ...[...written.matchAll(SENTENCE_END)].map((m) => m.index! + 1)];
  const sentenceOf = (at: number) => sentenceStarts.filter((s) => s <= at).length - 1;
  for (const hit of written.matchAll(WORK_AFTER)) {
    const hitEnd = hit.index! + hit[0].length;
    // the part: the count of people right before the words ("2.964 người có việc làm sau đào tạo") or right after them ("… sau đào tạo là
    // 15.218 người"), no other figure between
    const part = all.find((q) => people(q) && ((q.end <= hit.index! && /^\s*$/u.test(written.slice(q.end, hit.index!))) || (q.start >= hitEnd && /^\s*(?:là|đạt|:)?\s*$/u.test(written.slice(hitEnd, q.start)))));
    if (!part) continue;
    const from = Math.max(part.end, hitEnd);
    const tail = BRACKET_SHARE.exec(written.slice(from));
    if (!tail) continue;
    const share = parseVnNumber(tail[1]);
    // (no whole named after the share: "(85,1%) trên tổng số 2.100 học viên" — review-59b A16, A17)
    if (!share || share.value >= 100 || WHOLE_NAMED_AFTER.test(written.slice(from + tail[0].length))) continue;
    // the whole: the one count of people trained, an act of training said of it ("đào tạo nghề … cho 18.426 lao động", "3.250 lao động được
    // đào tạo"), in the part's sentence or the one before — not a stock of trained workers ("36.680 lao động đã qua đào tạo"), and none where
    // two trainings stand there ("đào tạo nghề cho 2.400 lao động; mở 46 lớp đào tạo kỹ năng số cho 3.120 người dân" — review-59b A7, A27)
    const at = sentenceOf(part.start);
    const trained = all.filter((q) => people(q) || (q.kind === 'number' && !!q.qualifier && PEOPLE_UNITS.has(q.unit.toLowerCase())))
      .filter((q) => q.end <= Math.min(part.start, hit.index!) && sentenceOf(q.start) >= at - 1)
      .filter((q) => TRAINED_FOR.test(written.slice(Math.max(0, q.start - 120), q.start).replace(/^.*(?:;|\.(?=\s))/su, '')) || TRAINED_AFTER.test(written.slice(q.end, q.end + 60)));
    if (trained.length !== 1) continue;
    const whole = trained[0];
    // (… said firmly: after "khoảng 1.500 lao động", "trên 1.200 hội viên" no older count stands in — review-59b A5, A6)
    if (whole.qualifier || whole.value <= part.value) continue;
    // (… the part no group or time of its own, nor a rate between them that makes another whole: "riêng năm 2023 có 2.070 người …", "số lao
    // động nữ có việc làm …", "tỷ lệ học viên tốt nghiệp đạt 95%, trong đó có 2.052 người …" — review-59b A4, A8–A10, A13)
    const partSentence = written.slice(sentenceStarts[at], part.start);
    const between = written.slice(whole.end, part.start);
    if (sentenceOf(whole.start) < at && OWN_GROUP_BEFORE.test(partSentence)) continue;
    if (SINGLED.test(written.slice(Math.max(whole.end, part.start - 60), part.start)) || /%/u.test(between)) continue;
    const actual = (part.value / whole.value) * 100;
    if (shareAgrees(share, actual)) continue;
    // (… nor one that is the share of any two counts of people its paragraph gives: another whole it may be of)
    const counts = all.filter(people);
    if (counts.some((x) => counts.some((y) => x !== y && x.value < y.value && shareAgrees(share, (x.value / y.value) * 100)))) continue;
    const shareStart = written.indexOf(tail[1], from);
    out.push({
      part: { ...part, raw: written.slice(part.start, part.end) },
      share: { kind: 'percent', value: share.value, decimals: share.decimals, unit: '%', raw: `${tail[1]}%`, start: shareStart, end: shareStart + tail[1].length + 1 },
      total: { ...whole, raw: written.slice(whole.start, whole.end) },
      actual,
    });
  }
  return out;
}
