import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, ReportResult } from '../core/report';
import type { Pack } from '../packs/schema';
import { formatVn } from '../core/numbers';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS },
  item: {
    display: 'flex', flexDirection: 'column', gap: '2px', textAlign: 'left', padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer', ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  badge: { flexShrink: 0 },
  excerpt: { color: tokens.colorNeutralForeground3, fontStyle: 'italic', overflowWrap: 'anywhere' },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Findings grouped by outline section, in outline order; each one goes to its place in the text. */
export function FindingList(props: {
  report: ReportResult; pack: Pack; lang: UiLang;
  onGoTo: (f: Finding, quote?: string) => void; onAddSection: (sectionId: string) => void;
}) {
  const { report, lang } = props;
  const styles = useStyles();
  if (!report.findings.length) return <Text>{t(lang, 'noFindings')}</Text>;
  const sectionOf = (f: Finding) => f.section ?? props.pack.indicators.find((i) => i.id === f.indicator)?.section ?? '';
  const order = new Map(report.sections.map((s, i) => [s.id, i]));
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) groups.set(sectionOf(f), [...(groups.get(sectionOf(f)) ?? []), f]);
  const keys = [...groups.keys()].sort((a, b) => (order.get(a) ?? -1) - (order.get(b) ?? -1));
  const quoteFor = (f: Finding) => {
    const ind = report.indicators.find((i) => i.id === f.indicator);
    if (ind?.value === undefined || !f.excerpt) return undefined;
    const v = formatVn(ind.value, ind.value % 1 ? String(ind.value).split('.')[1].length : 0);
    return f.excerpt.includes(v) ? v : undefined;
  };
  return (
    <div>
      {keys.map((k) => {
        const s = report.sections.find((x) => x.id === k);
        const title = s ? `${s.number ? `${s.number}. ` : ''}${s.title}` : t(lang, 'general');
        return (
          <section key={k || 'general'} className={styles.group} aria-label={title}>
            <Text weight="semibold" size={200}>{title}</Text>
            {groups.get(k)!.map((f, i) => {
              const go = () => f.paragraph !== undefined && props.onGoTo(f, quoteFor(f));
              return (
                <div
                  key={i} className={styles.item} role="button" tabIndex={0}
                  aria-label={`${t(lang, f.severity)}: ${f.message[lang]}${f.paragraph !== undefined ? ` — ${t(lang, 'goTo')}` : ''}`}
                  onClick={go} onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), go())}
                >
                  <div className={styles.row}>
                    <Badge className={styles.badge} color={SEVERITY_COLOR[f.severity]} appearance="tint" size="small">{t(lang, f.severity)}</Badge>
                    <Text size={200}>{f.message[lang]}</Text>
                  </div>
                  {f.excerpt && <Text size={100} className={styles.excerpt}>« {f.excerpt} »</Text>}
                  {f.suggestion && <Text size={100} className={styles.hint}>→ {f.suggestion[lang]}</Text>}
                  {f.code === 'missing-section' && f.section && (
                    <div className={styles.actions}>
                      <Button size="small" appearance="primary" onClick={(e) => { e.stopPropagation(); props.onAddSection(f.section!); }}>
                        {t(lang, 'addSection')}
                      </Button>
                    </div>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
