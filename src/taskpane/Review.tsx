/**
 * The review of one checked report, without Word: the sticky verdict bar, the findings by section to work
 * through, the indicators, the outline checklist and the export. The task pane (CheckPanel) gives it what
 * Word adds — going to a place in the document, adding a missing item, the automatic re-check, marks —
 * and the reviewer web page (src/web/) shows it as it is, for a report read from a .docx file.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, ReportResult, SectionStatus } from '../core/report';
import type { Pack } from '../packs/schema';
import type { DocSettings, ReadInfo } from '../core/port';
import { findingKey, groupFindings, sectionOf, type FindingGroup } from '../core/format/groups';
import { PRINT_WORDS, SECTION_WORD, outlineProgress, placeOf, sectionLabel, unwrittenItems } from '../core/format/words';
import { failureText, readNotes } from './messages';
import { useLangChange } from './useLangChange';
import { VerdictBar, type Filter } from './VerdictBar';
import { FindingList, IgnoredList } from './FindingList';
import { Checklist } from './Checklist';
import { IndicatorTable } from './IndicatorTable';
import { useIgnored } from './useIgnored';
import { Note } from './Note';
import { download, reportHtml, reportJson, summaryText } from './exporting';
import { t, type UiLang } from './i18n';
import { VISUALLY_HIDDEN } from './hidden';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  note: { color: tokens.colorNeutralForeground2 },
  // (read by a screen reader, not shown: what an action did, in a few words — walk61, items 7 and 8)
  hidden: VISUALLY_HIDDEN,
  printH: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  printList: { listStyleType: 'none', margin: 0, padding: 0 },
  printItem: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, breakInside: 'avoid' },
});

/**
 * Whether the page is being printed: from the browser's "beforeprint" to its "afterprint" (Ctrl+P, window.print(), a PDF made by the
 * browser). The state is set at once (flushSync), so what is printed is drawn before the page is laid out on paper.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const on = () => flushSync(() => setPrinting(true));
    const off = () => setPrinting(false);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
    };
  }, []);
  return printing;
}

/** Show at most this many points with every section open; more, and only the first section opens. */
const OPEN_ALL_UP_TO = 6;

/** A place in the document: a paragraph, with the text expected there. */
export interface Place { paragraph: number; excerpt?: string; quote?: string }

/** Marks in the document (Word only): each returns the sentence to show beside the buttons. */
export interface MarkActions { enabled: boolean; add: (findings: Finding[]) => Promise<string>; remove: () => Promise<string> }

export interface ReviewProps {
  report?: ReportResult;
  pack?: Pack;
  lang: UiLang;
  /** How the document was read (Word: what could not be read). */
  reading?: ReadInfo;
  at?: Date;
  /** The round's due date the report was checked by (the web page's field), said in its HTML export. */
  due?: string;
  busy: boolean;
  stale?: 'doc' | 'pack';
  verdictRef: RefObject<HTMLDivElement | null>;
  /** Where the points ignored are remembered (the document's settings); the browser's storage when absent. */
  settings?: DocSettings;
  /** How long an ignored point stays ignored, said under "Đã bỏ qua": in the document (the pane), or until the page is closed (the web page). */
  ignoredFor?: 'document' | 'page';
  /** Messages left beside a section's points (after "Thêm mục này"). */
  notes?: Map<string, string>;
  busySection?: string;
  /** The check button of the verdict bar; none when absent. */
  onCheck?: () => void;
  canCheck?: boolean;
  /** Go to a place in the document; points are still selectable without it. */
  goTo?: (place: Place) => Promise<unknown>;
  onAddSection?: (id: string, label: string) => void;
  onDismissNote?: (id: string) => void;
  /** Shown under the verdict bar (the pane: the automatic re-check switch). */
  underVerdict?: ReactNode;
  marks?: MarkActions;
  /** Name of the exported files without extension. */
  exportName?: string;
}

type At = 'export' | 'marks' | 'list';

export function Review(props: ReviewProps) {
  const { lang } = props;
  const styles = useStyles();
  const r = props.report;
  const [filter, setFilter] = useState<Filter>('all');
  const [open, setOpen] = useState<Set<string> | null>(null);
  const [current, setCurrent] = useState<string>();
  const [said, setSaid] = useState<{ at: At; text: string; intent: 'success' | 'error' } | null>(null);
  // (one live region, there from the start, that says what an action did: going to a point, ignoring one, restoring one)
  const [told, setToldText] = useState('');
  // (the same words twice are said twice: a mark that changes nothing a reader hears makes the text new — code review of walk61)
  const setTold = (text: string) => setToldText((was) => (was === text ? `${text}\u200b` : text));
  // (… and what it said, and the place's note, go when the pane's language changes — walk63, item 11)
  useLangChange(lang, () => {
    setToldText('');
    setSaid(null);
  });
  const cards = useRef(new Map<string, HTMLButtonElement>());
  const fail = (at: At) => (e: unknown) => setSaid({ at, text: failureText(lang, e), intent: 'error' });
  const ignored = useIgnored(props.settings, fail('list'));
  const notesBySection = props.notes ?? new Map<string, string>();

  const live = useMemo(() => (r?.findings ?? []).filter((f) => !ignored.keys.has(findingKey(f))), [r, ignored.keys]);
  const counts = { errors: live.filter((f) => f.severity === 'error').length, warnings: live.filter((f) => f.severity === 'warning').length, ignored: (r?.findings.length ?? 0) - live.length, ignoredErrors: (r?.summary.errors ?? 0) - live.filter((f) => f.severity === 'error').length };
  const shown = live.filter((f) => filter === 'all' || f.severity === filter);
  const groups: FindingGroup[] = useMemo(() => {
    if (!r) return [];
    const gs = groupFindings(r, shown, props.pack);
    // a message about a section whose points are gone stays where its button was
    for (const id of notesBySection.keys()) {
      if (gs.some((g) => g.id === id)) continue;
      const s = r.sections.find((x) => x.id === id);
      const at = r.sections.findIndex((x) => x.id === id);
      const g: FindingGroup = { id, label: s ? sectionLabel(s.number, s.title) : '', path: '', findings: [], quotes: [], errors: 0, warnings: 0 };
      const before = gs.findIndex((x) => r.sections.findIndex((y) => y.id === x.id) > at);
      gs.splice(before < 0 ? gs.length : before, 0, g);
    }
    return gs;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [r, shown.length, filter, ignored.keys, props.notes, props.pack]);
  const order = groups.flatMap((g) => g.findings);
  const openSet = open ?? new Set(shown.length <= OPEN_ALL_UP_TO ? groups.map((g) => g.id) : groups.slice(0, 1).map((g) => g.id));

  // a new result: sections open afresh, no point is current
  useEffect(() => {
    setOpen(null);
    setCurrent(undefined);
  }, [r]);

  // (`said`: what is announced once the text is selected; by default where it went)
  const goTo = (f: Finding, said?: string) => {
    setCurrent(findingKey(f));
    const place = placeOf(f, lang) || t(lang, 'general');
    // (… and said where no text is selected: the web page has no Word to select in, and a step there was heard as nothing — code review
    // of session 62)
    if (f.paragraph !== undefined && props.goTo) props.goTo({ paragraph: f.paragraph, excerpt: f.excerpt }).then(() => setTold(said ?? t(lang, 'wentTo', { place })), fail('list'));
    else if (said) setTold(said);
  };
  // "‹" and "›" keep the focus where it is, so that pressing one again goes on to the point after (it moved to the point before, and a
  // second Enter opened that point instead — walk61's left): the point is marked current and scrolled into view, and what it is, where,
  // and its number are announced
  const step = (by: 1 | -1) => {
    if (!order.length) return;
    const i = order.findIndex((f) => findingKey(f) === current);
    const at = i < 0 ? (by > 0 ? 0 : order.length - 1) : (i + by + order.length) % order.length;
    const next = order[at];
    const g = groups.find((x) => x.findings.includes(next))!;
    setOpen(new Set([...openSet, g.id]));
    goTo(next, t(lang, 'steppedTo', { i: at + 1, n: order.length, place: placeOf(next, lang) || t(lang, 'general'), what: next.message[lang] }));
    setTimeout(() => cards.current.get(findingKey(next))?.scrollIntoView?.({ block: 'nearest' }), 0);
  };
  const toggle = (id: string) => {
    const next = new Set(openSet);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  const ignore = (f: Finding) => {
    // focus moves on to the next point (or the verdict), never to the page body: the list is re-rendered at once (flushSync)
    // and the focus moved in the same task, so no moment is left with the removed card's focus fallen to the body
    const i = order.indexOf(f);
    const after = order[i + 1] ?? order[i - 1];
    flushSync(() => ignored.ignore(findingKey(f)));
    setTold(t(lang, 'ignoredOne', { what: f.message[lang] }));
    const el = after && cards.current.get(findingKey(after));
    if (el) el.focus();
    else props.verdictRef.current?.focus();
  };
  // (a point restored takes the focus, its section opened: the "Khôi phục" button it was on is gone — walk61, item 1)
  const restore = (f: Finding) => {
    flushSync(() => {
      ignored.restore(findingKey(f));
      if (filter !== 'all' && filter !== f.severity) setFilter('all');
      setOpen(new Set([...openSet, sectionOf(f, props.pack)]));
    });
    setTold(t(lang, 'restoredOne', { what: f.message[lang] }));
    const el = cards.current.get(findingKey(f));
    if (el) el.focus();
    else props.verdictRef.current?.focus();
  };
  const readLimits = readNotes(lang, props.reading?.notes ?? []);
  const goToSection = (s: SectionStatus) => props.goTo?.({ paragraph: s.paragraph!, excerpt: s.heading }).catch(fail('list'));
  const name = props.exportName ?? `bao-cao-kiem-tra-${new Date().toISOString().slice(0, 10)}`;
  const here = (at: At) => said?.at === at && <Note text={said.text} intent={said.intent} lang={lang} onDismiss={() => setSaid(null)} />;
  const ignoredFindings = (r?.findings ?? []).filter((f) => ignored.keys.has(findingKey(f)));
  const pos = order.findIndex((f) => findingKey(f) === current);
  const marks = props.marks;
  // (printed, the folded parts are left out and what of them matters on paper is drawn open, as the HTML report prints it: the indicators,
  // and of the outline its count and the items not written — "Bảng chỉ tiêu" and "Các mục của đề cương" were folded, so not printed — walk62,
  // item 8; drawn only while printing, so the screen is as it was)
  const printing = usePrinting();
  const unwritten = r ? unwrittenItems(r) : [];
  const progress = r?.summary.mapped ? outlineProgress(r).all : undefined;

  return (
    <div className={styles.root}>
      <VerdictBar
        ref={props.verdictRef} report={r} counts={counts} ready={!!r && r.summary.ready} lang={lang}
        busy={props.busy} canCheck={!!props.canCheck} stale={props.stale} filter={filter} at={props.at}
        position={{ i: pos + 1, n: order.length }} onCheck={props.onCheck} onFilter={setFilter} onStep={step}
      />
      <div className={styles.hidden} role="status" aria-live="polite">{told}</div>
      {props.underVerdict}
      {r && (
        <>
          {readLimits.length > 0 && (
            <MessageBar intent="warning" layout="multiline" role="status">
              <MessageBarBody>{t(lang, 'readLimits')} {readLimits.join('; ')}.</MessageBarBody>
            </MessageBar>
          )}
          {here('list')}
          {/* (the list's sections are headings of the third level: a second-level one above them, heard and not seen, so that none is
              skipped under the page's title — walk61's left; WCAG 1.3.1) */}
          <h2 className={styles.hidden}>{t(lang, 'findingsHeading')}</h2>
          {groups.length
            ? (
              <FindingList
                groups={groups} lang={lang} open={openSet} current={current} busySection={props.busySection} notes={notesBySection} showPlace
                onToggle={toggle} onOpen={goTo} onAddSection={props.onAddSection} onIgnore={ignore} onDismissNote={(id) => props.onDismissNote?.(id)}
                cardRef={(k, el) => (el ? cards.current.set(k, el) : cards.current.delete(k))}
              />
            )
            : <Text size={300}>{live.length ? t(lang, 'noneInFilter') : t(lang, 'noFindings')}</Text>}
          {printing && (
            <div data-print="words">
              {r.indicators.some((i) => i.status !== 'not-applicable') && (
                <>
                  <h2 className={styles.printH} data-print="keep">{t(lang, 'indicatorTable')}</h2>
                  <IndicatorTable report={r} lang={lang} />
                </>
              )}
              {progress && (
                <>
                  <h2 className={styles.printH} data-print="keep">{t(lang, 'checklist')} — {t(lang, 'written', { w: progress.written, t: progress.total })}</h2>
                  {unwritten.length > 0 && progress.written > 0 && <Text size={200} block className={styles.note}>{PRINT_WORDS[lang].outlinePrinted}</Text>}
                  <ul className={styles.printList}>
                    {unwritten.map((s) => (
                      <li key={s.id} className={styles.printItem} style={{ paddingLeft: `${s.depth * 10}px` }}>
                        <Text size={200}>{sectionLabel(s.number, s.title)}</Text>
                        <Text size={200} weight="semibold">{SECTION_WORD[lang][s.status]}</Text>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
          <Accordion multiple collapsible data-print="hide">
            {ignoredFindings.length > 0 && (
              <AccordionItem value="ignored">
                <AccordionHeader>{t(lang, 'ignoredList', { n: ignoredFindings.length })}</AccordionHeader>
                <AccordionPanel>
                  <Text size={200} block className={styles.note}>{t(lang, props.ignoredFor === 'page' ? 'ignoredNotePage' : 'ignoredNote')}</Text>
                  <IgnoredList findings={ignoredFindings} lang={lang} onRestore={restore} />
                </AccordionPanel>
              </AccordionItem>
            )}
            {r.indicators.some((i) => i.status !== 'not-applicable') && (
              <AccordionItem value="indicators">
                <AccordionHeader>{t(lang, 'indicatorTable')}</AccordionHeader>
                <AccordionPanel>
                  <IndicatorTable report={r} lang={lang} onGoTo={props.goTo && ((paragraph, quote) => props.goTo!({ paragraph, quote }).catch(fail('list')))} />
                </AccordionPanel>
              </AccordionItem>
            )}
            <AccordionItem value="checklist">
              <AccordionHeader>{t(lang, 'checklist')}</AccordionHeader>
              <AccordionPanel><Checklist report={r} lang={lang} onGoTo={props.goTo && goToSection} /></AccordionPanel>
            </AccordionItem>
            <AccordionItem value="export">
              <AccordionHeader>{t(lang, 'export')}</AccordionHeader>
              <AccordionPanel>
                <div className={styles.buttons}>
                  <Button size="small" onClick={() => download(`${name}.html`, reportHtml(r, lang, props.pack, { ...(props.at ? { at: props.at } : {}), ...(props.due ? { due: props.due } : {}) }), 'text/html')}>{t(lang, 'exportHtml')}</Button>
                  <Button size="small" onClick={() => download(`${name}.json`, reportJson(r, lang, props.reading), 'application/json')}>{t(lang, 'exportJson')}</Button>
                  <Button size="small" onClick={() => navigator.clipboard.writeText(summaryText(r, lang, props.pack)).then(() => setSaid({ at: 'export', text: t(lang, 'copied'), intent: 'success' }), fail('export'))}>{t(lang, 'copySummary')}</Button>
                </div>
                {here('export')}
              </AccordionPanel>
            </AccordionItem>
            {marks && (
              <AccordionItem value="marks">
                <AccordionHeader>{t(lang, 'marks')}</AccordionHeader>
                <AccordionPanel>
                  <Text size={200} block className={styles.note}>{t(lang, 'marksHint')}</Text>
                  <div className={styles.buttons}>
                    <Button size="small" disabled={!marks.enabled} onClick={() => marks.add(live).then((text) => setSaid({ at: 'marks', text, intent: 'success' }), fail('marks'))}>{t(lang, 'addMarks')}</Button>
                    <Button size="small" disabled={!marks.enabled} onClick={() => marks.remove().then((text) => setSaid({ at: 'marks', text, intent: 'success' }), fail('marks'))}>{t(lang, 'removeMarks')}</Button>
                  </div>
                  {here('marks')}
                </AccordionPanel>
              </AccordionItem>
            )}
          </Accordion>
        </>
      )}
    </div>
  );
}
