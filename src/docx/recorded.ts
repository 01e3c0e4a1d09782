/**
 * What decuong records in a document it writes, as custom document properties (docProps/custom.xml), and reads back: the level an
 * outline was made for ("decuong.level"), so that a skeleton made with --level checks at that level though its header names none yet.
 */
import type { DocxPackage } from './package';
import type { DocModel } from '../core/model';

export const LEVEL_PROPERTY = 'decuong.level';
const LEVELS = new Set(['tinh', 'huyen', 'xa', 'so-nganh']);
/** The property's value as Word and LibreOffice write it: a string in its property element. */
const LEVEL_VALUE = /<(?:\w+:)?property\b[^>]*\bname="decuong\.level"[^>]*>\s*<(?:\w+:)?lpwstr>\s*([a-z-]{2,10})\s*<\/(?:\w+:)?lpwstr>/u;

/** The recorded properties of a package, none where it has no custom properties or they hold nothing of decuong's (or are unreadable). */
export async function readRecorded(pkg: DocxPackage): Promise<DocModel['recorded']> {
  if (!pkg.has('docProps/custom.xml')) return undefined;
  const xml = await pkg.text('docProps/custom.xml', 64 * 1024).catch(() => undefined);
  const level = xml ? LEVEL_VALUE.exec(xml)?.[1] : undefined;
  return level && LEVELS.has(level) ? { level: level as NonNullable<DocModel['recorded']>['level'] } : undefined;
}

/** The last-saved time a package's core properties give (docProps/core.xml, dcterms:modified), as an ISO 8601 string, or none. */
const SAVED = /<dcterms:modified\b[^>]*>\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)\s*<\/dcterms:modified>/u;
export async function readSaved(pkg: DocxPackage): Promise<string | undefined> {
  if (!pkg.has('docProps/core.xml')) return undefined;
  const xml = await pkg.text('docProps/core.xml', 64 * 1024).catch(() => undefined);
  return xml ? SAVED.exec(xml)?.[1] : undefined;
}
