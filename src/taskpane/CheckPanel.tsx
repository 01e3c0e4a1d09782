import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, MessageBar, MessageBarBody, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, ReportResult, SectionStatus } from '../core/report';
import type { Pack } from '../packs/schema';
import type { DocumentPort, ReadInfo } from '../core/port';
import { failureText, markedText, readNotes, unmarkedText } from './messages';
import { Summary } from './Summary';
import { FindingList } from './FindingList';
import { Checklist } from './Checklist';
import { IndicatorTable } from './IndicatorTable';
import { download, reportHtml, reportJson, summaryText } from './exporting';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface CheckState {
  report?: ReportResult;
  /** How Word was read (round trips, what could not be read). */
  reading?: ReadInfo;
  at?: Date;
  busy: boolean;
}

/** Run the check, show the verdict, findings, checklist and indicators; export and optional marks. */
export function CheckPanel(props: {
  state: CheckState; pack: Pack; port: DocumentPort | null; lang: UiLang; auto: boolean;
  onCheck: () => void; onAuto: (on: boolean) => void; onMessage: (text: string, intent?: 'success' | 'error') => void; onAddSection: (id: string) => void;
}) {
  const { state, port, lang } = props;
  const styles = useStyles();
  const r = state.report;
  const fail = (e: unknown) => props.onMessage(failureText(lang, e), 'error');
  const notes = readNotes(lang, state.reading?.notes ?? []);
  const goTo = (f: Finding, quote?: string) => port?.goTo({ paragraph: f.paragraph, excerpt: f.excerpt, quote }).catch(fail);
  const goToSection = (s: SectionStatus) => port?.goTo({ paragraph: s.paragraph, excerpt: s.heading }).catch(fail);
  const stamp = () => new Date().toISOString().slice(0, 10);
  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!port || state.busy} onClick={props.onCheck}>
          {state.busy ? t(lang, 'checking') : r ? t(lang, 'recheck') : t(lang, 'check')}
        </Button>
        <Switch checked={props.auto} disabled={!port?.onChange} onChange={(_, d) => props.onAuto(d.checked)} label={t(lang, 'autoCheck')} />
      </div>
      {r && (
        <>
          <Summary report={r} lang={lang} at={state.at} />
          {notes.length > 0 && (
            <MessageBar intent="warning" layout="multiline" role="status">
              <MessageBarBody>{t(lang, 'readLimits')} {notes.join('; ')}.</MessageBarBody>
            </MessageBar>
          )}
          <Accordion multiple collapsible defaultOpenItems={['findings']}>
            <AccordionItem value="findings">
              <AccordionHeader>{t(lang, 'findings')} ({r.findings.length})</AccordionHeader>
              <AccordionPanel>
                <FindingList report={r} pack={props.pack} lang={lang} onGoTo={goTo} onAddSection={props.onAddSection} />
              </AccordionPanel>
            </AccordionItem>
            {r.indicators.some((i) => i.status !== 'not-applicable') && (
              <AccordionItem value="indicators">
                <AccordionHeader>{t(lang, 'indicatorTable')}</AccordionHeader>
                <AccordionPanel>
                  <IndicatorTable report={r} lang={lang} onGoTo={(paragraph, quote) => port?.goTo({ paragraph, quote }).catch(fail)} />
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
                  <Button size="small" onClick={() => download(`decuong-${stamp()}.html`, reportHtml(r, lang), 'text/html')}>{t(lang, 'exportHtml')}</Button>
                  <Button size="small" onClick={() => download(`decuong-${stamp()}.json`, reportJson(r, lang, state.reading), 'application/json')}>{t(lang, 'exportJson')}</Button>
                  <Button size="small" onClick={() => navigator.clipboard.writeText(summaryText(r, lang)).then(() => props.onMessage(t(lang, 'copied'), 'success'), fail)}>{t(lang, 'copySummary')}</Button>
                </div>
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="marks">
              <AccordionHeader>{t(lang, 'marks')}</AccordionHeader>
              <AccordionPanel>
                <Text size={100} block className={styles.note}>{t(lang, 'marksHint')}</Text>
                <div className={styles.buttons}>
                  <Button size="small" disabled={!port} onClick={() => port?.addMarks(r.findings.filter((f) => f.paragraph !== undefined).map((f) => ({ paragraph: f.paragraph!, message: f.message[lang] }))).then((o) => props.onMessage(markedText(lang, o, port.comments), 'success'), fail)}>{t(lang, 'addMarks')}</Button>
                  <Button size="small" disabled={!port} onClick={() => port?.removeMarks().then((o) => props.onMessage(unmarkedText(lang, o), 'success'), fail)}>{t(lang, 'removeMarks')}</Button>
                </div>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </div>
  );
}
