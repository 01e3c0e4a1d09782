import { useEffect, useState } from 'react';
import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { IndicatorStatus, ReportResult } from '../core/report';
import { DISPUTED, NOTATION, assessmentWord, disputedValue, targetText, valueText } from '../core/format/words';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', padding: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  td: { padding: '4px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  num: { whiteSpace: 'nowrap', textAlign: 'right' },
  link: {
    padding: 0, border: 'none', background: 'none', font: 'inherit', color: tokens.colorBrandForegroundLink, textAlign: 'left', cursor: 'pointer',
    textDecorationLine: 'underline', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  plain: { color: tokens.colorNeutralForeground1 },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  cards: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  card: {
    display: 'flex', flexDirection: 'column', gap: '2px', width: '100%', textAlign: 'left', padding: tokens.spacingHorizontalS, font: 'inherit',
    color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium, cursor: 'pointer', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cardHead: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  figures: { color: tokens.colorNeutralForeground2 },
});

const COLOR = { met: 'success', 'not-met': 'danger', 'not-quoted': 'warning', misquoted: 'danger', 'not-applicable': 'subtle' } as const;
const RANK = { 'not-met': 0, misquoted: 1, 'not-quoted': 2, met: 3, 'not-applicable': 4 } as const;

/** Below this pane width the indicators are a list of cards, not a table. */
export const NARROW_PX = 400;

function useNarrow(): boolean {
  const q = `(max-width: ${NARROW_PX - 1}px)`;
  const get = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(q).matches;
  const [narrow, setNarrow] = useState(get);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const m = window.matchMedia(q);
    const on = () => setNarrow(m.matches);
    m.addEventListener?.('change', on);
    return () => m.removeEventListener?.('change', on);
  }, [q]);
  return narrow;
}

/** Indicators, unmet first: target and value in Vietnamese format with units; each goes to its quote when there is a document to go to (onGoTo). */
export function IndicatorTable({ report, lang, onGoTo }: { report: ReportResult; lang: UiLang; onGoTo?: (paragraph: number, quote?: string) => void }) {
  const styles = useStyles();
  const narrow = useNarrow();
  const rows = report.indicators.filter((i) => i.status !== 'not-applicable').sort((a, b) => RANK[a.status] - RANK[b.status]);
  if (!rows.length) return null;
  const go = (i: IndicatorStatus) => i.paragraph !== undefined && onGoTo?.(i.paragraph, i.quote);
  // (a figure the check found wrong in its own paragraph carries a mark, not shown as a plain result beside "Vượt" — walk60, item 9)
  const value = (i: IndicatorStatus) => (i.value !== undefined ? `${valueText(i.value, i.unit, lang)}${disputedValue(report, i) ? ` ${DISPUTED[lang]}` : ''}` : '—');
  // the Đánh giá the figure earns ("Vượt", "Đạt", "Chưa đạt"); and what the report wrote, when it says otherwise
  const contradicted = new Set(report.findings.filter((f) => f.code === 'claim-contradiction' && f.indicator).map((f) => f.indicator));
  const written = (i: IndicatorStatus) => (i.written && contradicted.has(i.id) ? <Text size={200} block className={styles.figures}>{t(lang, 'reportSays')}: {i.written}</Text> : null);
  const badge = (i: IndicatorStatus) => (
    <>
      <Badge className={styles.badge} size="medium" appearance="tint" color={COLOR[i.status]}>{assessmentWord(i, lang)}</Badge>
      {written(i)}
    </>
  );
  // (how the figures read, for an English reader: the Vietnamese notation kept — code review of walk64, item 7)
  const notation = lang === 'en' ? <Text size={200} block className={styles.figures}>{NOTATION}</Text> : null;
  if (narrow) {
    return (
      <>
      {notation}
      <ul className={styles.cards} aria-label={t(lang, 'indicatorTable')}>
        {rows.map((i) => (
          <li key={i.id}>
            {onGoTo
              ? (
                <button type="button" className={styles.card} onClick={() => go(i)} aria-disabled={i.paragraph === undefined || undefined}>
                  <span className={styles.cardHead}><Text size={200} weight="semibold">{i.label}</Text>{badge(i)}</span>
                  <Text size={200} className={styles.figures}>{t(lang, 'value')}: {value(i)} · {t(lang, 'target')}: {targetText(i.target, i.unit, lang)}</Text>
                </button>
              )
              : (
                <div className={styles.card} style={{ cursor: 'default' }}>
                  <span className={styles.cardHead}><Text size={200} weight="semibold">{i.label}</Text>{badge(i)}</span>
                  <Text size={200} className={styles.figures}>{t(lang, 'value')}: {value(i)} · {t(lang, 'target')}: {targetText(i.target, i.unit, lang)}</Text>
                </div>
              )}
          </li>
        ))}
      </ul>
      </>
    );
  }
  return (
    <>
    {notation}
    <table className={styles.table} aria-label={t(lang, 'indicatorTable')}>
      <thead>
        <tr>
          <th className={styles.th} scope="col">{t(lang, 'indicators')}</th>
          <th className={`${styles.th} ${styles.num}`} scope="col">{t(lang, 'value')}</th>
          <th className={`${styles.th} ${styles.num}`} scope="col">{t(lang, 'target')}</th>
          <th className={styles.th} scope="col">{t(lang, 'status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.id}>
            <td className={styles.td}>
              {i.paragraph !== undefined && onGoTo
                ? <button type="button" className={styles.link} onClick={() => go(i)} aria-label={`${i.label}: ${assessmentWord(i, lang)}, ${t(lang, 'value')} ${value(i)}, ${t(lang, 'target')} ${targetText(i.target, i.unit, lang)}`}>{i.label}</button>
                : <span className={styles.plain}>{i.label}</span>}
            </td>
            <td className={`${styles.td} ${styles.num}`}>{value(i)}</td>
            <td className={`${styles.td} ${styles.num}`}>{targetText(i.target, i.unit, lang)}</td>
            <td className={styles.td}>{badge(i)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </>
  );
}
