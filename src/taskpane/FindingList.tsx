import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Note } from './Note';
import type { Finding } from '../core/report';
import type { FindingGroup } from '../core/format/groups';
import { findingKey } from '../core/format/groups';
import { placeOf } from '../core/format/words';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  groupHead: {
    display: 'flex', width: '100%', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, textAlign: 'left', cursor: 'pointer',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`, border: 'none', borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent', color: tokens.colorNeutralForeground1, font: 'inherit',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover }, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  chevron: { flexShrink: 0, width: '12px', color: tokens.colorNeutralForeground2 },
  headText: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  path: { color: tokens.colorNeutralForeground2 },
  counts: { display: 'flex', gap: '2px', flexShrink: 0 },
  // (a badge beside a long message keeps its width: squeezed by the row, "lưu ý" spilled out of its pill — walk51)
  nowrap: { whiteSpace: 'nowrap', flexShrink: 0 },
  card: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, marginLeft: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1,
  },
  current: { border: `2px solid ${tokens.colorBrandStroke1}` },
  main: {
    display: 'flex', flexDirection: 'column', gap: '2px', textAlign: 'left', padding: 0, border: 'none', backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1, font: 'inherit', cursor: 'pointer', borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  quote: { color: tokens.colorNeutralForeground2, fontStyle: 'italic', overflowWrap: 'anywhere' },
  where: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/**
 * Findings by outline section, each section a collapsible group with its path and counts; in a group,
 * errors first. A finding is one real button (message, quote, advice: what a screen reader reads), going
 * to its place; its actions ("Thêm mục này", "Bỏ qua") sit beside it, never inside it.
 * Printed from the web page (src/web/check.html), a group's heading stays with its first point, each point is whole, its severity a word
 * in black, its actions and the chevron left out (data-print; walk62, item 8). The attributes change nothing on the screen.
 */
export function FindingList(props: {
  groups: FindingGroup[]; lang: UiLang; open: Set<string>; current?: string; busySection?: string;
  notes: Map<string, string>;
  /** Say where each finding is ("mục 2.5, đoạn 3"): where no Word takes the reader there (the web page). */
  showPlace?: boolean;
  onToggle: (groupId: string) => void; onOpen: (f: Finding) => void; onAddSection?: (sectionId: string, label: string) => void;
  onIgnore: (f: Finding) => void; onDismissNote: (sectionId: string) => void;
  cardRef: (key: string, el: HTMLButtonElement | null) => void;
}) {
  const { groups, lang } = props;
  const styles = useStyles();
  const note = (id: string) => props.notes.get(id) && <Note text={props.notes.get(id)!} intent="success" lang={lang} onDismiss={() => props.onDismissNote(id)} />;
  return (
    <ul className={styles.list} aria-label={t(lang, 'findings')}>
      {groups.map((g) => {
        const isOpen = props.open.has(g.id);
        const panel = `grp-${g.id || 'general'}`;
        const title = g.label || t(lang, 'general');
        return (
          <li key={g.id || 'general'}>
            <h3 style={{ margin: 0 }} data-print="keep">
              <button type="button" className={styles.groupHead} aria-expanded={isOpen} aria-controls={panel} onClick={() => props.onToggle(g.id)} data-print="plain">
                <span className={styles.chevron} aria-hidden data-print="hide">{isOpen ? '▾' : '▸'}</span>
                <span className={styles.headText}>
                  {g.path && <Text size={200} className={styles.path}>{g.path}</Text>}
                  <Text size={300} weight="semibold">{title}</Text>
                </span>
                <span className={styles.counts}>
                  {g.errors > 0 && <Badge className={styles.nowrap} size="medium" color="danger" appearance="tint" data-print="word">{t(lang, 'countErrors', { n: g.errors })}</Badge>}
                  {g.warnings > 0 && <Badge className={styles.nowrap} size="medium" color="warning" appearance="tint" data-print="word">{t(lang, 'countWarnings', { n: g.warnings })}</Badge>}
                </span>
              </button>
            </h3>
            {note(g.id)}
            {isOpen && (
              <ul id={panel} className={styles.list}>
                {g.findings.map((f, k) => {
                  const key = findingKey(f);
                  const q = g.quotes[k];
                  return (
                    <li key={key + k} className={mergeClasses(styles.card, props.current === key && styles.current)} aria-current={props.current === key ? "true" : undefined} data-print="finding">
                      <button type="button" ref={(el) => props.cardRef(key, el)} className={styles.main} onClick={() => props.onOpen(f)}>
                        <span className={styles.row}>
                          <Badge className={styles.nowrap} color={SEVERITY_COLOR[f.severity]} appearance="filled" size="medium" data-print-sev={f.severity}>{t(lang, f.severity)}</Badge>
                          <Text size={300}>{f.message[lang]}</Text>
                        </span>
                        {/* (where it is, "mục 2.5, đoạn 3", where no Word can take the reader there: the web page — walk60, item 1) */}
                        {props.showPlace && placeOf(f, lang) && <Text size={200} className={styles.where}>{placeOf(f, lang)}</Text>}
                        {q && <Text size={200} className={styles.quote}>« {q} »</Text>}
                        {f.suggestion && <Text size={200} className={styles.hint}>→ {f.suggestion[lang]}</Text>}
                      </button>
                      <div className={styles.actions} data-print="hide">
                        {f.code === 'missing-section' && f.section && props.onAddSection && (
                          <Button size="small" appearance="primary" disabledFocusable={props.busySection !== undefined} onClick={() => props.onAddSection!(f.section!, g.label)}>
                            {props.busySection === f.section ? t(lang, 'adding') : t(lang, 'addSection')}
                          </Button>
                        )}
                        <Button size="small" aria-label={`${t(lang, 'ignoreLabel')}: ${f.message[lang]}`} onClick={() => props.onIgnore(f)}>{t(lang, 'ignore')}</Button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The findings the writer chose to ignore, each with "Khôi phục". */
export function IgnoredList({ findings, lang, onRestore }: { findings: Finding[]; lang: UiLang; onRestore: (f: Finding) => void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {findings.map((f) => (
        <li key={findingKey(f)} className={styles.row}>
          <Text size={200} style={{ flexGrow: 1 }}>{f.message[lang]}</Text>
          <Button size="small" aria-label={`${t(lang, 'restore')}: ${f.message[lang]}`} onClick={() => onRestore(f)}>{t(lang, 'restore')}</Button>
        </li>
      ))}
    </ul>
  );
}
