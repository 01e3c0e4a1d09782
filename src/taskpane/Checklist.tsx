import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportResult, SectionStatus } from '../core/report';
import { SECTION_WORD, outlineProgress, sectionLabel } from '../core/format/words';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  title: { overflowWrap: 'anywhere' },
  link: {
    padding: 0, border: 'none', background: 'none', font: 'inherit', textAlign: 'left', cursor: 'pointer', color: tokens.colorNeutralForeground1,
    textDecorationLine: 'underline', textDecorationStyle: 'dotted', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  parts: { color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalXS },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
});

const COLOR = { present: 'success', missing: 'danger', empty: 'danger', 'out-of-order': 'warning', 'not-applicable': 'subtle' } as const;

/** The outline as a checklist: progress per part, then one status per item; a written item goes to its heading (with onGoTo). */
export function Checklist({ report, lang, onGoTo }: { report: ReportResult; lang: UiLang; onGoTo?: (s: SectionStatus) => void }) {
  const styles = useStyles();
  const parts = outlineProgress(report).parts;
  return (
    <>
      {parts.length > 1 && (
        <Text block size={200} className={styles.parts}>
          {t(lang, 'parts')}: {parts.map((p) => `${p.label.split(':')[0]} ${p.written}/${p.total}`).join(' · ')}
        </Text>
      )}
      <ul className={styles.list} aria-label={t(lang, 'checklist')}>
        {report.sections.filter((s) => s.status !== 'not-applicable').map((s) => (
          <li key={s.id} className={styles.item} style={{ paddingLeft: `${s.depth * 10}px` }}>
            {s.paragraph !== undefined && onGoTo
              ? <button type="button" className={`${styles.title} ${styles.link}`} onClick={() => onGoTo(s)}><Text size={200}>{sectionLabel(s.number, s.title)}</Text></button>
              : <Text size={200} className={styles.title}>{sectionLabel(s.number, s.title)}</Text>}
            <Badge className={styles.badge} size="medium" appearance="tint" color={COLOR[s.status]}>{SECTION_WORD[lang][s.status]}</Badge>
          </li>
        ))}
      </ul>
    </>
  );
}
