/**
 * Patterns that come from packs (`placeholders`, `identify.titlePatterns`) are
 * matched by RE2 (re2js): linear time in the text whatever the pattern, so a
 * pack from the secretariat's server cannot hang the check with catastrophic
 * backtracking. RE2 syntax: no lookarounds, no back-references.
 */
import { RE2JS } from 're2js';

export interface PackPattern {
  /** The first match in the text, or null. */
  find(text: string): string | null;
  /** Where the first match starts, or -1. */
  indexIn(text: string): number;
  test(text: string): boolean;
}

/** Longest pattern a pack may carry. */
export const PATTERN_MAX_LENGTH = 300;

const cache = new Map<string, PackPattern>();

/** Compile a pack pattern; throws an Error with a short reason when it is not a valid RE2 pattern. */
export function packPattern(src: string): PackPattern {
  const hit = cache.get(src);
  if (hit) return hit;
  if (src.length > PATTERN_MAX_LENGTH) throw new Error(`longer than ${PATTERN_MAX_LENGTH} characters`);
  const re = RE2JS.compile(src, RE2JS.CASE_INSENSITIVE);
  const pattern: PackPattern = {
    find(text) {
      const m = re.matcher(text);
      return m.find() ? m.group() : null;
    },
    indexIn(text) {
      const m = re.matcher(text);
      return m.find() ? m.start() : -1;
    },
    test: (text) => re.matcher(text).find(),
  };
  cache.set(src, pattern);
  return pattern;
}

/** Why a pattern cannot be used, or null when it can. */
export function patternProblem(src: string): string | null {
  try {
    packPattern(src);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
