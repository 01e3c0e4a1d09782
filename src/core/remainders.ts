/**
 * Criteria reached of their whole and the rest said right after it: "xã đạt 15/19 tiêu chí, còn 03 tiêu chí chưa đạt" says 3 where
 * 19 − 15 leaves 4 (places are not read so: "08/16 xã đạt chuẩn nông thôn mới nâng cao, còn 03 xã chưa hoàn thành tiêu chí Môi trường"
 * names some of the rest — review-41b A3). Read only where the sentence leaves no doubt (lexicon: reached-then-rest): the same things
 * counted twice, the rest in the clause right after the fraction's, said not reached; not where the fraction is itself what was not
 * reached ("đạt 05/19 tiêu chí chưa …"), is all of its whole ("chưa giữ được đủ 19/19 tiêu chí, còn 02 …"), or another count of the same
 * things follows the rest ("còn 03 tiêu chí chưa đạt và 01 tiêu chí cơ bản đạt": the rest is shared out).
 */
import { REACHED_THEN_REST } from './lexicon/patterns-sums';
import { sentences } from './quantities';

export interface RestMismatch {
  paragraph: number;
  /** Where the fraction stands in the paragraph's text. */
  at: number;
  reached: number;
  whole: number;
  /** The rest as written, and the things counted. */
  rest: number;
  noun: string;
  /** The words from the fraction to the rest's verdict, as the finding quotes them. */
  said: string;
}

/** A negation in the fraction's own clause: the fraction counts what was not reached. */
const NEGATED = /(?<![\p{L}])(?:chưa|không)(?![\p{L}])/iu;

export function remainderMismatches(text: string, paragraph: number): RestMismatch[] {
  const out: RestMismatch[] = [];
  let offset = 0;
  for (const s of sentences(text)) {
    const at = text.indexOf(s, offset);
    offset = at + s.length;
    const m = REACHED_THEN_REST.exec(s);
    if (!m) continue;
    const [reached, whole, noun, rest, restNoun] = [Number(m[1]), Number(m[2]), m[3].toLowerCase(), Number(m[4]), m[5].toLowerCase()];
    if (noun !== restNoun || reached >= whole || whole - reached === rest) continue;
    // (the fraction's clause, from the sentence's last clause break before it to the comma before "còn")
    const clause = s.slice(Math.max(s.lastIndexOf(',', m.index), s.lastIndexOf(';', m.index)) + 1, m.index + m[0].search(/,\s*còn/u));
    if (NEGATED.test(clause)) continue;
    if (new RegExp(`(?<![\\d/.,])\\d{1,4}\\s+${noun}(?![\\p{L}])`, 'iu').test(s.slice(m.index + m[0].length))) continue;
    out.push({ paragraph, at: at + m.index, reached, whole, rest, noun, said: m[0] });
  }
  return out;
}
