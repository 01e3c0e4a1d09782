import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReportResult, SectionStatus } from '../core/report';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  title: { overflowWrap: 'anywhere' },
  link: { cursor: 'pointer', textDecorationLine: 'underline', textDecorationStyle: 'dotted' },
});

const COLOR = { present: 'success', missing: 'danger', empty: 'danger', 'out-of-order': 'warning', 'not-applicable': 'subtle' } as const;

/** The outline as a checklist: one status per section. */
export function Checklist({ report, lang, onGoTo }: { report: ReportResult; lang: UiLang; onGoTo: (s: SectionStatus) => void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t(lang, 'checklist')}>
      {report.sections.map((s) => (
        <li key={s.id} className={styles.item} style={{ paddingLeft: `${s.depth * 10}px` }}>
          <Text
            size={200} className={s.paragraph !== undefined ? `${styles.title} ${styles.link}` : styles.title}
            role={s.paragraph !== undefined ? 'link' : undefined} tabIndex={s.paragraph !== undefined ? 0 : undefined}
            onClick={() => s.paragraph !== undefined && onGoTo(s)}
            onKeyDown={(e) => e.key === 'Enter' && s.paragraph !== undefined && onGoTo(s)}
          >
            {s.number ? `${s.number}. ` : ''}{s.title}
          </Text>
          <Badge size="small" appearance="tint" color={COLOR[s.status]} style={{ flexShrink: 0 }}>{t(lang, s.status)}</Badge>
        </li>
      ))}
    </ul>
  );
}
