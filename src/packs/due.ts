/** A pack's own due date for a report of a level. */
import type { Level, Pack } from './schema';

/** The due date for a level: the pack's entry for that level, else the one for all levels. */
export function dueFor(pack: Pack | undefined, level: Level | undefined): string | undefined {
  if (!pack) return undefined;
  return (pack.due.find((d) => level && d.levels?.includes(level)) ?? pack.due.find((d) => !d.levels) ?? pack.due[0])?.date;
}
