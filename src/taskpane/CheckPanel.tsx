import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, MessageBar, MessageBarBody, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, ReportResult, SectionStatus } from '../core/report';
import type { Pack } from '../packs/schema';
import type { DocModel } from '../core/model';
import type { DocumentPort, ReadInfo } from '../core/port';
import { findingKey, groupFindings, type FindingGroup } from '../core/format/groups';
import { sectionLabel } from '../core/format/words';
import { failureText, markedText, readNotes, unmarkedText } from './messages';
import { VerdictBar, type Filter } from './VerdictBar';
import { FindingList, IgnoredList } from './FindingList';
import { Checklist } from './Checklist';
import { IndicatorTable } from './IndicatorTable';
import { useIgnored } from './useIgnored';
import { Note } from './Note';
import { download, reportHtml, reportJson, summaryText } from './exporting';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface CheckState {
  report?: ReportResult;
  /** How Word was read (round trips, what could not be read). */
  reading?: ReadInfo;
  /** The document as the last check read it (the pane that follows the cursor maps paragraph indexes on it). */
  doc?: DocModel;
  at?: Date;
  busy: boolean;
}

/** Show at most this many points with every section open; more, and only the first section opens. */
const OPEN_ALL_UP_TO = 6;

/** The review: sticky verdict bar, findings to work through, indicators, outline checklist, export and marks. */
export function CheckPanel(props: {
  state: CheckState; pack?: Pack; port: DocumentPort | null; lang: UiLang; auto: boolean; stale?: 'doc' | 'pack';
  verdictRef: RefObject<HTMLDivElement | null>; notes: Map<string, string>; busySection?: string;
  onCheck: () => void; onAuto: (on: boolean) => void; onAddSection: (id: string, label: string) => void; onDismissNote: (id: string) => void;
}) {
  const { state, port, lang } = props;
  const styles = useStyles();
  const r = state.report;
  const [filter, setFilter] = useState<Filter>('all');
  const [open, setOpen] = useState<Set<string> | null>(null);
  const [current, setCurrent] = useState<string>();
  const [said, setSaid] = useState<{ at: 'export' | 'marks' | 'list'; text: string; intent: 'success' | 'error' } | null>(null);
  const cards = useRef(new Map<string, HTMLButtonElement>());
  const fail = (at: 'export' | 'marks' | 'list') => (e: unknown) => setSaid({ at, text: failureText(lang, e), intent: 'error' });
  const ignored = useIgnored(port?.settings, fail('list'));

  const live = useMemo(() => (r?.findings ?? []).filter((f) => !ignored.keys.has(findingKey(f))), [r, ignored.keys]);
  const counts = { errors: live.filter((f) => f.severity === 'error').length, warnings: live.filter((f) => f.severity === 'warning').length, ignored: (r?.findings.length ?? 0) - live.length };
  const shown = live.filter((f) => filter === 'all' || f.severity === filter);
  const groups: FindingGroup[] = useMemo(() => {
    if (!r) return [];
    const gs = groupFindings(r, shown, props.pack);
    // a message about a section whose points are gone stays where its button was
    for (const id of props.notes.keys()) {
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

  const goTo = (f: Finding) => {
    setCurrent(findingKey(f));
    if (f.paragraph !== undefined) port?.goTo({ paragraph: f.paragraph, excerpt: f.excerpt }).catch(fail('list'));
  };
  const step = (by: 1 | -1) => {
    if (!order.length) return;
    const i = order.findIndex((f) => findingKey(f) === current);
    const next = order[i < 0 ? (by > 0 ? 0 : order.length - 1) : (i + by + order.length) % order.length];
    const g = groups.find((x) => x.findings.includes(next))!;
    setOpen(new Set([...openSet, g.id]));
    goTo(next);
    setTimeout(() => cards.current.get(findingKey(next))?.focus(), 0);
  };
  const toggle = (id: string) => {
    const next = new Set(openSet);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  const ignore = (f: Finding) => {
    // focus moves on to the next point (or the verdict), never to the page body
    const i = order.indexOf(f);
    const after = order[i + 1] ?? order[i - 1];
    ignored.ignore(findingKey(f));
    setTimeout(() => {
      const el = after && cards.current.get(findingKey(after));
      if (el) el.focus();
      else props.verdictRef.current?.focus();
    }, 0);
  };
  const notes = readNotes(lang, state.reading?.notes ?? []);
  const goToSection = (s: SectionStatus) => port?.goTo({ paragraph: s.paragraph, excerpt: s.heading }).catch(fail('list'));
  const stamp = () => new Date().toISOString().slice(0, 10);
  const here = (at: 'export' | 'marks' | 'list') => said?.at === at && <Note text={said.text} intent={said.intent} lang={lang} onDismiss={() => setSaid(null)} />;
  const ignoredFindings = (r?.findings ?? []).filter((f) => ignored.keys.has(findingKey(f)));
  const pos = order.findIndex((f) => findingKey(f) === current);

  return (
    <div className={styles.root}>
      <VerdictBar
        ref={props.verdictRef} report={r} counts={counts} ready={!!r && r.summary.mapped && counts.errors === 0} lang={lang}
        busy={state.busy} canCheck={!!port && !!props.pack} stale={props.stale} filter={filter} at={state.at}
        position={{ i: pos + 1, n: order.length }} onCheck={props.onCheck} onFilter={setFilter} onStep={step}
      />
      {port?.onChange && <Switch checked={props.auto} onChange={(_, d) => props.onAuto(d.checked)} label={t(lang, 'autoCheck')} />}
      {r && (
        <>
          {notes.length > 0 && (
            <MessageBar intent="warning" layout="multiline" role="status">
              <MessageBarBody>{t(lang, 'readLimits')} {notes.join('; ')}.</MessageBarBody>
            </MessageBar>
          )}
          {here('list')}
          {groups.length
            ? (
              <FindingList
                groups={groups} lang={lang} open={openSet} current={current} busySection={props.busySection} notes={props.notes}
                onToggle={toggle} onOpen={goTo} onAddSection={props.onAddSection} onIgnore={ignore} onDismissNote={props.onDismissNote}
                cardRef={(k, el) => (el ? cards.current.set(k, el) : cards.current.delete(k))}
              />
            )
            : <Text size={300}>{live.length ? t(lang, 'noneInFilter') : t(lang, 'noFindings')}</Text>}
          <Accordion multiple collapsible>
            {ignoredFindings.length > 0 && (
              <AccordionItem value="ignored">
                <AccordionHeader>{t(lang, 'ignoredList', { n: ignoredFindings.length })}</AccordionHeader>
                <AccordionPanel>
                  <Text size={200} block className={styles.note}>{t(lang, 'ignoredNote')}</Text>
                  <IgnoredList findings={ignoredFindings} lang={lang} onRestore={(f) => ignored.restore(findingKey(f))} />
                </AccordionPanel>
              </AccordionItem>
            )}
            {r.indicators.some((i) => i.status !== 'not-applicable') && (
              <AccordionItem value="indicators">
                <AccordionHeader>{t(lang, 'indicatorTable')}</AccordionHeader>
                <AccordionPanel>
                  <IndicatorTable report={r} lang={lang} onGoTo={(paragraph, quote) => port?.goTo({ paragraph, quote }).catch(fail('list'))} />
                </AccordionPanel>
              </AccordionItem>
            )}
            <AccordionItem value="checklist">
              <AccordionHeader>{t(lang, 'checklist')}</AccordionHeader>
              <AccordionPanel><Checklist report={r} lang={lang} onGoTo={goToSection} /></AccordionPanel>
            </AccordionItem>
            <AccordionItem value="export">
              <AccordionHeader>{t(lang, 'export')}</AccordionHeader>
              <AccordionPanel>
                <div className={styles.buttons}>
                  <Button size="small" onClick={() => download(`bao-cao-kiem-tra-${stamp()}.html`, reportHtml(r, lang, props.pack), 'text/html')}>{t(lang, 'exportHtml')}</Button>
                  <Button size="small" onClick={() => download(`bao-cao-kiem-tra-${stamp()}.json`, reportJson(r, lang, state.reading), 'application/json')}>{t(lang, 'exportJson')}</Button>
                  <Button size="small" onClick={() => navigator.clipboard.writeText(summaryText(r, lang, props.pack)).then(() => setSaid({ at: 'export', text: t(lang, 'copied'), intent: 'success' }), fail('export'))}>{t(lang, 'copySummary')}</Button>
                </div>
                {here('export')}
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="marks">
              <AccordionHeader>{t(lang, 'marks')}</AccordionHeader>
              <AccordionPanel>
                <Text size={200} block className={styles.note}>{t(lang, 'marksHint')}</Text>
                <div className={styles.buttons}>
                  <Button size="small" disabled={!port} onClick={() => port?.addMarks(live.filter((f) => f.paragraph !== undefined).map((f) => ({ paragraph: f.paragraph!, message: f.message[lang] }))).then((o) => setSaid({ at: 'marks', text: markedText(lang, o, port.comments), intent: 'success' }), fail('marks'))}>{t(lang, 'addMarks')}</Button>
                  <Button size="small" disabled={!port} onClick={() => port?.removeMarks().then((o) => setSaid({ at: 'marks', text: unmarkedText(lang, o), intent: 'success' }), fail('marks'))}>{t(lang, 'removeMarks')}</Button>
                </div>
                {here('marks')}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </div>
  );
}
