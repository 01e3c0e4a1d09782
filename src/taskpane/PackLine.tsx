import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Level, Pack } from '../packs/schema';
import type { ReportResult } from '../core/report';
import type { ChosenBy } from '../core/identify';
import { levelName } from '../core/format/words';
import { PackFile, type PackProblem } from './PackFile';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  line: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalXS, minWidth: 0, flexWrap: 'wrap' },
  // (one line cut at the edge in a pane of usual width; wrapped in a narrow one, where the cut left no word of the template's name — walk61,
  // item 3)
  what: { flexGrow: 1, flexBasis: '12em', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: tokens.colorNeutralForeground2, '@media (max-width: 320px)': { whiteSpace: 'normal', overflowWrap: 'anywhere' } },
  chooser: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: '150px' },
  meta: { color: tokens.colorNeutralForeground2 },
  problems: { margin: 0, paddingLeft: '1.2em' },
  problemBox: { padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder2}`, color: tokens.colorNeutralForeground1 },
  path: { color: tokens.colorNeutralForeground2, display: 'block' },
  check: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const LEVELS: Array<Level | 'auto'> = ['auto', 'tinh', 'huyen', 'xa', 'so-nganh'];
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The report's level and template in one line ("Cấp huyện (tự nhận biết) · Mẫu báo cáo: Báo cáo sơ kết… · Đổi"); "Đổi" opens the
 * chooser. With no template recognised, the chooser is open and says so: no template is picked silently.
 */
export function PackLine(props: {
  packs: Pack[]; pack?: Pack; level: Level | 'auto'; report?: ReportResult; lang: UiLang; notFound: boolean; suggested: false | ChosenBy;
  onPack: (id: string) => void; onLevel: (l: Level | 'auto') => void; onLoaded: (p: Pack) => void; onRejected?: () => void;
  /** Shown at the foot of the chooser (the source of published templates). */
  extra?: ReactNode;
}) {
  const { pack, lang, level } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<{ file: string; list: PackProblem[] } | null>(null);
  const showChooser = open || !pack;
  // (the focus follows the chooser: into its first field when "Đổi" opens it, back to "Đổi" when "Xong" or Esc closes it — it fell to the
  // page's body, and a keyboard user was lost: walk61, items 1 and 4)
  const changeRef = useRef<HTMLButtonElement>(null);
  const firstField = useRef<HTMLButtonElement>(null);
  const moved = useRef<'in' | 'out' | null>(null);
  useEffect(() => {
    if (moved.current === 'in' && showChooser) firstField.current?.focus();
    if (moved.current === 'out' && !showChooser) changeRef.current?.focus();
    moved.current = null;
  }, [showChooser]);
  const openChooser = () => {
    moved.current = 'in';
    setOpen(true);
  };
  const close = () => {
    moved.current = 'out';
    setOpen(false);
  };
  // (Esc closes it, as a disclosure does, where a list inside is not open — the list's own Esc closes the list first)
  const onKey = (e: KeyboardEvent) => {
    // (… not from a text field, whose typing Esc would throw away: the templates' source address — code review of walk61)
    const target = e.target as HTMLElement;
    if (e.key !== 'Escape' || e.defaultPrevented || !pack || target.getAttribute?.('aria-expanded') === 'true' || /^(?:INPUT|TEXTAREA)$/u.test(target.tagName)) return;
    e.preventDefault();
    close();
  };
  // (a template chosen in a new document leaves the chooser open for the level, closed by "Xong": it closed at once — walk61, item 5)
  const choosePack = (id: string) => {
    if (!pack) setOpen(true);
    props.onPack(id);
  };
  const levelText = (level !== 'auto' ? levelName(lang, level)
    : props.report?.level ? t(lang, 'levelDetected', { level: levelName(lang, props.report.level) ?? props.report.level }) : t(lang, 'levelUnknown')) ?? '';
  return (
    <>
      {!showChooser && pack && (
        <div className={styles.line}>
          <Text size={200} className={styles.what} title={`${levelText} · ${pack.title} · ${t(lang, 'packVersion', { version: pack.version })}`}>
            {/* the level first: a long title is cut at the pane's edge, and the level went with it (session 39's walk-through, point 11) */}
            {levelText.charAt(0).toUpperCase() + levelText.slice(1)} · {t(lang, 'templateShort')}: <b>{pack.title}</b> ({t(lang, 'packVersion', { version: pack.version })})
          </Text>
          <Button ref={changeRef} size="small" appearance="transparent" aria-label={t(lang, 'changeLabel')} aria-expanded={false} onClick={openChooser}>{t(lang, 'change')}</Button>
        </div>
      )}
      {/* chosen from the headings, the title naming none: said where it is seen, on a line of its own, to be checked */}
      {!showChooser && pack && props.suggested === 'outline' && <Text size={200} className={styles.check}>{t(lang, 'packOutlineCheck')}</Text>}
      {showChooser && (
        <div className={styles.chooser} role="group" aria-label={t(lang, 'chooseTemplate')} onKeyDown={onKey}>
          {!pack && <Text size={200} weight="semibold">{props.notFound ? t(lang, 'noTemplateFound') : t(lang, 'noTemplateYet')}</Text>}
          <div className={styles.row}>
            <Field className={styles.grow} label={t(lang, 'pickPack')} hint={props.suggested ? t(lang, props.suggested === 'outline' ? 'suggestedOutline' : 'suggested') : undefined}>
              <Dropdown ref={firstField} clearButton={{ 'aria-label': t(lang, 'clearSelection') }}
                placeholder={t(lang, 'chooseTemplate')} value={pack?.title ?? ''} selectedOptions={pack ? [pack.id] : []}
                onOptionSelect={(_, d) => d.optionValue && choosePack(d.optionValue)}
              >
                {props.packs.map((p) => <Option key={p.id} value={p.id} text={p.title}>{`${p.title} · ${t(lang, 'packVersion', { version: p.version })}`}</Option>)}
              </Dropdown>
            </Field>
            <Field label={t(lang, 'level')}>
              <Dropdown clearButton={{ 'aria-label': t(lang, 'clearSelection') }}
                value={level === 'auto' ? t(lang, 'levelAuto') : t(lang, level)} selectedOptions={[level]} style={{ minWidth: '120px' }}
                onOptionSelect={(_, d) => d.optionValue && props.onLevel(d.optionValue as Level | 'auto')}
              >
                {/* (only the levels the template is for: a department's template offered Tỉnh/Huyện/Xã, which the check then refused — walk57) */}
                {LEVELS.filter((l) => l === 'auto' || l === level || !pack?.levels?.length || pack.levels.includes(l)).map((l) => <Option key={l} value={l} text={l === 'auto' ? t(lang, 'levelAuto') : t(lang, l)}>{l === 'auto' ? t(lang, 'levelAuto') : t(lang, l)}</Option>)}
              </Dropdown>
            </Field>
          </div>
          {pack && (
            <Text size={200} className={styles.meta}>
              {t(lang, 'period')}: {vnDate(pack.period.from)} – {vnDate(pack.period.to)}
              <> · {t(lang, 'due')}: {pack.due.length > 0 ? pack.due.map((d) => `${vnDate(d.date)}${d.date < new Date().toISOString().slice(0, 10) ? ` (${t(lang, 'duePassed')})` : ''}`).join(', ') : t(lang, 'dueUnknown')}</> · {pack.indicators.length ? `${t(lang, 'indicators')}: ${pack.indicators.length}` : t(lang, 'noIndicators')}
              {/* (whose document the template follows: "Nghị quyết số 16-NQ/TU" names no province, a 2023 template of another province may be
                  no template of this round — walk63, item 5) */}
              {pack.sources[0]?.issuer && <><br />{t(lang, 'issuedBy')}: {pack.sources[0].issuer}</>}
            </Text>
          )}
          <div className={styles.row}>
            <PackFile lang={lang} onPack={(p) => { setProblems(null); if (!pack) setOpen(true); props.onLoaded(p); }} onProblems={(file, list) => { setProblems({ file, list }); props.onRejected?.(); }} />
            {pack && <Button size="small" appearance="primary" onClick={close}>{t(lang, 'done')}</Button>}
          </div>
          {problems && (
            <div role="alert" className={styles.problemBox}>
              <Text size={200} weight="semibold">{t(lang, 'packRejected', { file: problems.file })}</Text>
              <ul className={styles.problems}>
                {problems.list.map((p, i) => (
                  <li key={i}><Text size={200}>{p.message}</Text>{p.path && <Text size={200} className={styles.path}>{t(lang, 'problemAt', { path: p.path })}</Text>}</li>
                ))}
              </ul>
              <Button size="small" appearance="transparent" onClick={() => { setProblems(null); setTimeout(() => firstField.current?.focus(), 0); }}>{t(lang, 'dismiss')}</Button>
            </div>
          )}
          {props.extra}
        </div>
      )}
    </>
  );
}
