import { forwardRef } from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { t, type StringKey, type UiLang } from '../taskpane/i18n';
import { sortRows, type BatchRow, type Sort, type SortKey } from './batch';
import { DRAFT_NOTE, sameUnitNote } from '../core/format/words';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, backgroundColor: tokens.colorNeutralBackground1 },
  th: { textAlign: 'left', padding: '2px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'bottom', whiteSpace: 'nowrap', '@media (max-width: 480px)': { whiteSpace: 'normal' } },
  sort: {
    padding: '4px', border: 'none', background: 'none', font: 'inherit', fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2,
    cursor: 'pointer', textAlign: 'left', borderRadius: tokens.borderRadiusSmall, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  // (words break only where a line has no room for them: "anywhere" broke Vietnamese syllables, "HUYỆ / N" — session 44's walk-through)
  td: { padding: '4px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'break-word' },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  file: { minWidth: '8em' },
  link: {
    padding: 0, border: 'none', background: 'none', font: 'inherit', color: tokens.colorBrandForegroundLink, textAlign: 'left', cursor: 'pointer',
    textDecorationLine: 'underline', overflowWrap: 'anywhere', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  muted: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  badge: { whiteSpace: 'nowrap' },
  // (on a phone the unit and the template go under the file's name, not in columns off the screen's edge — walk48)
  wide: { '@media (max-width: 480px)': { display: 'none' } },
  narrow: { display: 'none', color: tokens.colorNeutralForeground2, '@media (max-width: 480px)': { display: 'block' } },
});

// (the verdict and its counts right after the file, where a phone shows them without scrolling — session 44's walk-through, item 4)
const COLUMNS: Array<{ key: SortKey; label: StringKey; num?: boolean; wide?: boolean }> = [
  { key: 'n', label: 'colN', num: true },
  { key: 'file', label: 'colFile' },
  { key: 'ready', label: 'colReady' },
  { key: 'errors', label: 'colErrors', num: true },
  { key: 'warnings', label: 'colWarnings', num: true },
  { key: 'unit', label: 'colUnit', wide: true },
  { key: 'pack', label: 'pickPack', wide: true },
];

/**
 * The reports of a batch: one row per file, each column header a button that sorts (aria-sort says how);
 * a checked file's name opens its result; a file that could not be checked shows its reason in its row.
 * In a scrolling region on narrow screens, so that the page itself never gets wider than the window. Printed (src/web/check.html), the
 * table is whole, its head on every page, its buttons and badges words in black (data-print; walk62, item 8).
 */
export const BatchTable = forwardRef<HTMLButtonElement, {
  rows: BatchRow[]; sort: Sort; lang: UiLang; focusFile?: number; onSort: (key: SortKey) => void; onOpen: (n: number) => void;
}>(function BatchTable({ rows, sort, lang, focusFile, onSort, onOpen }, ref) {
  const styles = useStyles();
  const sorted = sortRows(rows, sort);
  return (
    <div className={styles.scroller} role="region" aria-label={t(lang, 'reportsTable')} tabIndex={0} data-print="scroll">
      <table className={styles.table}>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key} scope="col" className={`${styles.th} ${c.num ? styles.num : ''} ${c.wide ? styles.wide : ''}`}
                aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                // (printed, the head says its words without its button: Chromium repeats a table's head on every page but leaves out the
                // buttons in it, and page 2 had numbers under no head — walk62, item 8)
                data-print-label={t(lang, c.label)}
              >
                <button type="button" className={styles.sort} onClick={() => onSort(c.key)} title={t(lang, 'sortBy', { col: t(lang, c.label) })} data-print="hide">
                  {t(lang, c.label)}{sort.key === c.key ? <span aria-hidden>{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span> : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.n}>
              <td className={`${styles.td} ${styles.num}`}>{r.n + 1}</td>
              <td className={`${styles.td} ${styles.file}`}>
                {r.state === 'done'
                  ? (
                    <>
                      <button type="button" ref={focusFile === r.n ? ref : undefined} className={styles.link} aria-label={t(lang, 'openResult', { file: r.file })} onClick={() => onOpen(r.n)} data-print="plain">{r.file}</button>
                      <span className={styles.narrow}>{r.unit ?? '—'} · {r.pack}{r.twins ? ` · ${sameUnitNote(lang, r.twins)}` : ''}</span>
                    </>
                  )
                  : <span>{r.file}</span>}
              </td>
              {r.state === 'failed'
                ? (
                  <td className={styles.td} colSpan={5}>
                    <Text size={200} weight="semibold" className={styles.error}>{t(lang, 'cannotCheck')}: </Text>
                    <Text size={200}>{r.error}</Text>
                  </td>
                )
                : r.state !== 'done'
                  ? <td className={`${styles.td} ${styles.muted}`} colSpan={5}>{r.state === 'checking' ? t(lang, 'checking') : t(lang, 'waiting')}</td>
                  : (
                    <>
                      <td className={styles.td}>
                        <Badge className={styles.badge} appearance="tint" color={r.ready ? 'success' : 'danger'} data-print="word">{r.ready ? t(lang, 'yes') : t(lang, 'notYet')}</Badge>
                        {r.draft && <><br /><Text size={200} className={styles.muted}>{DRAFT_NOTE[lang]}</Text></>}
                      </td>
                      <td className={`${styles.td} ${styles.num}`}>{r.errors}</td>
                      <td className={`${styles.td} ${styles.num}`}>{r.warnings}</td>
                      <td className={`${styles.td} ${styles.wide}`}>{r.unit ?? '—'}{r.twins && <><br /><Text size={200} className={styles.muted}>{sameUnitNote(lang, r.twins)}</Text></>}</td>
                      <td className={`${styles.td} ${styles.wide}`}>{r.pack}</td>
                    </>
                  )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
