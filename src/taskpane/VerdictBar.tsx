import { forwardRef, useEffect, useRef, useState } from 'react';
import { Button, Text, ToggleButton, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReportResult } from '../core/report';
import { outlineProgress, templateNotices } from '../core/format/words';
import { t, type UiLang } from './i18n';
import { VISUALLY_HIDDEN } from './hidden';

export type Filter = 'all' | 'error' | 'warning';

const useStyles = makeStyles({
  bar: {
    position: 'sticky', top: 0, zIndex: 2, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3, boxShadow: tokens.shadow4,
    // (in a short window — a pane at 200% — the bar scrolls with the page: pinned it covered half of it, and the point in focus — walk61, item 2)
    '@media (max-height: 500px)': { position: 'static' },
  },
  hidden: VISUALLY_HIDDEN,
  row: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  verdict: { flexGrow: 1, outlineStyle: 'none', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  ko: { color: tokens.colorPaletteRedForeground1 },
  stale: { textDecorationLine: 'line-through' },
  staleNote: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  nav: { marginLeft: 'auto', display: 'flex', gap: '2px' },
});

/**
 * Always in view while the results scroll: the check button, the verdict, counts of errors and warnings
 * that filter the list, the outline progress, previous/next point, and "out of date" once the document,
 * the template or the level changed. Focus returns here after a check. Printed from the web page (src/web/check.html), it is not pinned,
 * its counts are words and the check button and the arrows are left out (data-print; walk62, item 8).
 */
export const VerdictBar = forwardRef<HTMLDivElement, {
  report?: ReportResult; counts: { errors: number; warnings: number; ignored: number; ignoredErrors?: number }; ready: boolean; lang: UiLang;
  busy: boolean; canCheck: boolean; stale?: 'doc' | 'pack'; filter: Filter; at?: Date; position?: { i: number; n: number };
  onCheck?: () => void; onFilter: (f: Filter) => void; onStep: (by: 1 | -1) => void;
}>(function VerdictBar(props, ref) {
  const { report: r, lang, counts } = props;
  const styles = useStyles();
  // (no count of items written where the outline was not found: the wrong template is not a report nearly empty)
  const prog = r?.summary.mapped ? outlineProgress(r).all : undefined;
  const toggle = (f: Filter) => props.onFilter(props.filter === f ? 'all' : f);
  // (what the pinned bar covers is kept clear of the focus: the page scrolls a focused point below it — walk61, item 2, WCAG 2.4.11)
  const barRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = barRef.current;
    const root = el?.ownerDocument.documentElement;
    if (!el || !root || typeof ResizeObserver === 'undefined') return;
    // (… again when the window's height crosses the short-window line, which changes no size of the bar; and cleared only if still ours)
    let mine = '';
    const fit = () => {
      mine = getComputedStyle(el).position === 'sticky' ? `${el.offsetHeight + 8}px` : '';
      root.style.scrollPaddingTop = mine;
    };
    const watch = new ResizeObserver(fit);
    watch.observe(el);
    const view = el.ownerDocument.defaultView;
    view?.addEventListener('resize', fit);
    fit();
    return () => {
      watch.disconnect();
      view?.removeEventListener('resize', fit);
      if (root.style.scrollPaddingTop === mine) root.style.scrollPaddingTop = '';
    };
  }, []);
  return (
    <div ref={barRef} className={styles.bar} role="region" aria-label={t(lang, 'resultBar')} data-print="bar">
      <div className={styles.row}>
        {props.onCheck && (
          <Button appearance="primary" disabledFocusable={!props.canCheck || props.busy} onClick={props.onCheck} data-print="hide">
            {props.busy ? t(lang, 'checking') : r ? t(lang, 'recheck') : t(lang, 'check')}
          </Button>
        )}
        {r && (
          <div
            ref={ref} tabIndex={-1} role="status" aria-live="polite" aria-atomic={false}
            className={mergeClasses(styles.verdict, props.stale && styles.stale)}
          >
            <Text weight="semibold" className={props.ready ? styles.ok : styles.ko}>{props.ready ? t(lang, 'ready') : t(lang, 'notReady')}</Text>
            {/* (the counts said with the verdict to a screen reader: they are buttons of their own below — walk61, item 8) */}
            <span className={styles.hidden}>, {t(lang, 'countErrors', { n: counts.errors })}, {t(lang, 'countWarnings', { n: counts.warnings })}</span>
            {prog && <Text size={200} block className={styles.meta}>{t(lang, 'written', { w: prog.written, t: prog.total })}</Text>}
            {/* (points ignored are said beside the verdict: "Sẵn sàng nộp" reached by ignoring its errors must not look like a clean report —
                session 42's walk-through, item 2) */}
            {counts.ignored > 0 && <Text size={200} block className={styles.meta}>{t(lang, 'verdictIgnored', { n: counts.ignored })}</Text>}
            {/* (… and a lỗi ignored still counts in the verdict, as the CLI, the web page and the secretariat's summary count it: one file, one
                verdict — session 44's walk-through, item 1) */}
            {(counts.ignoredErrors ?? 0) > 0 && <Text size={200} block className={styles.meta}>{t(lang, 'verdictIgnoredErrors', { n: counts.ignoredErrors! })}</Text>}
            {/* (a template whose title or levels do not fit the document, said under the verdict — session 43's walk-through, item 1) */}
            {templateNotices(r, lang).map((n) => <Notice key={n} text={n} lang={lang} className={styles.staleNote} />)}
          </div>
        )}
      </div>
      {r && props.stale && <Text size={200} className={styles.staleNote} role="alert">{t(lang, 'stale', { why: t(lang, props.stale === 'doc' ? 'staleDoc' : 'stalePack') })}</Text>}
      {r && (
        <div className={styles.row}>
          <ToggleButton size="small" checked={props.filter === 'error'} onClick={() => toggle('error')} title={t(lang, 'filterHint')} data-print="plain">
            {t(lang, 'countErrors', { n: counts.errors })}
          </ToggleButton>
          <ToggleButton size="small" checked={props.filter === 'warning'} onClick={() => toggle('warning')} title={t(lang, 'filterHint')} data-print="plain">
            {t(lang, 'countWarnings', { n: counts.warnings })}
          </ToggleButton>
          {props.position && props.position.n > 0 && (
            <div className={styles.nav} data-print="hide">
              <Button size="small" appearance="subtle" aria-label={t(lang, 'prev')} onClick={() => props.onStep(-1)}>‹</Button>
              <Text size={200} className={styles.meta}>{props.position.i > 0 ? t(lang, 'position', { i: props.position.i, n: props.position.n }) : t(lang, 'findingCount', { n: props.position.n })}</Text>
              <Button size="small" appearance="subtle" aria-label={t(lang, 'next')} onClick={() => props.onStep(1)}>›</Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
});

/** Where a notice's first clause ends: its first ": " outside quotes ("Tiêu đề văn bản ứng với mẫu "Báo cáo: …"" is not cut inside the title). */
export function firstClauseEnd(text: string): number {
  let quotes = 0;
  for (let k = 0; k < text.length - 1; k++) {
    const ch = text[k];
    if (ch === '"' || ch === '“' || ch === '”') quotes++;
    else if (ch === ':' && text[k + 1] === ' ' && quotes % 2 === 0) return k;
  }
  return -1;
}

/**
 * A notice under the verdict, its first clause only until asked for the rest ("Hạn nộp báo cáo theo mẫu này là 15/08/2024, đã qua" then
 * "Chi tiết"): at 350 px five lines of advice on a passed due date took a third of the pinned bar over the points (walk64, item 9). One
 * button opens and closes it, so the keyboard's focus stays on it (its code review, item 8).
 */
function Notice({ text, lang, className }: { text: string; lang: UiLang; className: string }) {
  const [open, setOpen] = useState(false);
  const cut = firstClauseEnd(text);
  if (cut < 0) return <Text size={200} block className={className}>{text}</Text>;
  return (
    <Text size={200} block className={className}>
      {open ? text : `${text.slice(0, cut)}.`}{' '}
      <Button appearance="transparent" size="small" style={{ minWidth: 0, padding: 0, height: 'auto', verticalAlign: 'baseline' }} aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t(lang, open ? 'noticeLess' : 'noticeMore')}
      </Button>
    </Text>
  );
}
