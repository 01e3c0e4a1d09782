import { useEffect, useRef } from 'react';
import { Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { sectionLabel, targetText, valueText } from '../core/format/words';
import type { Follow } from './useFollow';
import { t, type UiLang } from './i18n';
import { VISUALLY_HIDDEN } from './hidden';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground2 },
  hidden: VISUALLY_HIDDEN,
});

/** The section under the cursor: its guidance, what it must contain, its indicators with their targets, and what the last check found missing. */
export function SectionGuide({ follow, lang, canCheck, onCheck, onInsertTable, canInsert }: {
  follow: Follow; lang: UiLang; canCheck: boolean; onCheck: () => void;
  /** "Chèn bảng chỉ tiêu" for the section, where the port can. */
  onInsertTable?: (sectionId: string) => void; canInsert?: boolean;
}) {
  const styles = useStyles();
  // (after "Kiểm tra ngay" the button is gone: the focus goes to this box, which now says the item — walk61, item 1)
  const checked = useRef(false);
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    // (… only where the focus was lost with the button: a check that failed leaves the button, and the focus on it)
    if (checked.current && follow.kind !== 'none') {
      checked.current = false;
      const now = box.current?.ownerDocument.activeElement;
      if (!now || now === box.current?.ownerDocument.body) box.current?.focus();
    }
  }, [follow.kind]);
  const body = () => {
    if (follow.kind === 'none') {
      return (
        <>
          <Text className={styles.note}>{t(lang, 'guideNoCheck')}</Text>
          <Button size="small" disabledFocusable={!canCheck} onClick={() => { if (!canCheck) return; checked.current = true; onCheck(); }}>{t(lang, 'guideCheckNow')}</Button>
        </>
      );
    }
    if (follow.kind === 'outside') return <Text className={styles.note}>{t(lang, 'guideOutside')}</Text>;
    if (follow.kind === 'above') return <Text className={styles.note}>{t(lang, 'guideAbove')}</Text>;
    const g = follow.guide;
    const missingIds = new Set(g.missingItems.map((m) => m.id));
    const findings = g.findings.filter((f) => !f.section || !missingIds.has(f.section));
    const must = [...g.lists.map((l) => t(lang, 'guideList', { title: l.title })), ...g.topics.map((x) => t(lang, 'guideTopic', { label: x.label }))];
    return (
      <>
        <Text weight="semibold">{sectionLabel(g.number, g.title)}</Text>
        {follow.stale && <Text className={styles.note}>{t(lang, 'guideStale')}</Text>}
        {g.guidance && <Text>{g.guidance}</Text>}
        {must.length > 0 && (
          <>
            <h3 className={styles.h3}>{t(lang, 'guideMustHave')}</h3>
            <ul className={styles.list}>{must.map((m) => <li key={m}>{m}</li>)}</ul>
          </>
        )}
        {g.indicators.length > 0 && (
          <>
            <h3 className={styles.h3}>{t(lang, 'guideIndicators')}</h3>
            <ul className={styles.list}>
              {g.indicators.map(({ indicator: i, status }) => (
                <li key={i.id}>
                  {i.label}: {t(lang, 'guideTarget', { target: targetText(i.target, i.unit, lang), year: i.year })};{' '}
                  {status?.value !== undefined ? t(lang, 'guideReported', { value: valueText(status.value, i.unit, lang) }) : t(lang, 'guideNotReported')}
                </li>
              ))}
            </ul>
            {onInsertTable && (
              <Button size="small" disabledFocusable={!canInsert} onClick={() => canInsert && onInsertTable(g.id)}>{t(lang, 'insertIndicatorTable')}</Button>
            )}
          </>
        )}
        <h3 className={styles.h3}>{t(lang, 'guideMissing')}</h3>
        {g.missingItems.length || findings.length
          ? (
            <ul className={styles.list}>
              {g.missingItems.map((m) => <li key={m.id}>{t(lang, 'guideMissingItem', { label: sectionLabel(m.number, m.title) })}</li>)}
              {findings.map((f, k) => <li key={k}>{f.message[lang]}</li>)}
            </ul>
          )
          : <Text className={styles.note}>{t(lang, 'guideNothingMissing')}</Text>}
      </>
    );
  };
  return (
    <section ref={box} tabIndex={-1} className={styles.root} aria-label={t(lang, 'guideTitle')}>
      <Subtitle2 as="h2">{t(lang, 'guideTitle')}</Subtitle2>
      {/* (only the item's name is said as the cursor moves, not its guidance and lists: read whole, it talked over the writer's typing —
          walk61, item 9) */}
      <span className={styles.hidden} aria-live="polite">{follow.kind === 'in' ? t(lang, 'guideNow', { label: sectionLabel(follow.guide.number, follow.guide.title) }) : ''}</span>
      {body()}
    </section>
  );
}
