import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { builtinPacks } from '../packs/builtin';
import type { Level, Pack } from '../packs/schema';
import type { DocumentPort } from '../core/port';
import type { ReportResult } from '../core/report';
import { chosenAs, identifyPack, titledOtherThan, type ChosenBy } from '../core/identify';
import { sectionLabel } from '../core/format/words';
import { WritePanel } from './WritePanel';
import { PackLine } from './PackLine';
import { CheckPanel, type CheckState } from './CheckPanel';
import type { HostInfo } from '../word/host';
import { detectLang, t, type UiLang } from './i18n';
import { useWriting } from './useWriting';
import { failureText } from './messages';
import { useLangChange } from './useLangChange';
import { Note } from './Note';
import { loadRememberedPacks, rememberPack } from './rememberedPacks';
import { useFollow } from './useFollow';
import { SectionGuide } from './SectionGuide';
import { joinPacks, usePackSource, type PackSourceConfig } from './packSource';
import { PackSourceSettings } from './PackSourceSettings';
import { dayOf } from '../core/dates';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    // (no floor under the pane's width: a 450 px pane at 200% is 225 px, and a floor of 280 px put "Đổi", "›" and "Xong" past its edge — walk61, item 3)
    minWidth: 0, maxWidth: '100%', boxSizing: 'border-box', minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

const AUTO_DELAY_MS = 1500;

export interface AppProps {
  /** Where the pane runs; undefined while it is being detected. */
  host?: HostInfo;
  /** The document to work on; null outside Word. */
  port: DocumentPort | null;
  packs?: Pack[];
  /** Where published templates come from (default: the build's source, the browser's fetch and storage). */
  packSource?: Omit<PackSourceConfig, 'lang'>;
}

export function App({ host, port, packs: givenPacks, packSource }: AppProps) {
  const styles = useStyles();
  const [extraPacks, setExtraPacks] = useState<Pack[]>(() => (givenPacks ? [] : loadRememberedPacks()));
  const [lang, setLang] = useState<UiLang>(detectLang(host?.displayLanguage));
  const source = usePackSource({ ...packSource, lang });
  // a template opened from a file, then a published one, replace a built-in one with the same id
  const packs = useMemo(() => joinPacks(extraPacks, source.packs, givenPacks ?? builtinPacks()), [givenPacks, extraPacks, source.packs]);
  // no template is chosen silently: recognised from the title, remembered in the document, or chosen
  const [packId, setPackId] = useState<string>();
  const [notFound, setNotFound] = useState(false);
  const [suggested, setSuggested] = useState<false | ChosenBy>(false);
  const chosenByUser = useRef(false);
  const [level, setLevel] = useState<Level | 'auto'>('auto');
  const [tab, setTab] = useState<'write' | 'check'>('check');
  const [state, setState] = useState<CheckState>({ busy: false });
  const [stale, setStale] = useState<'doc' | 'pack'>();
  const [message, setMessage] = useState<{ text: string; intent: 'success' | 'error' | 'info' } | null>(null);
  const [notes, setNotes] = useState<Map<string, string>>(new Map());
  const [busySection, setBusySection] = useState<string>();
  const [auto, setAuto] = useState(false);
  const verdictRef = useRef<HTMLDivElement | null>(null);
  const pack = packs.find((p) => p.id === packId);

  useEffect(() => setLang(detectLang(host?.displayLanguage)), [host?.displayLanguage]);
  // (a message said in one language goes when the pane's language changes: "Đã chèn 25 đoạn …" stayed in Vietnamese in the English pane —
  // walk63, item 11)
  useLangChange(lang, () => {
    setMessage(null);
    setNotes(new Map());
  });
  // a newer published template, or why the source could not be used, is said once
  const sourceSays = source.status.intent !== 'info' ? source.status : undefined;
  useEffect(() => sourceSays && setMessage({ text: sourceSays.text, intent: sourceSays.intent === 'warning' ? 'info' : 'success' }), [sourceSays?.text]);

  // the template: the one chosen for this document before, else recognised from the title
  useEffect(() => {
    if (!port) return;
    const remembered = port.settings?.get('pack');
    if (typeof remembered === 'string' && packs.some((p) => p.id === remembered)) {
      setPackId(remembered);
      return;
    }
    port.read().then((doc) => {
      if (chosenByUser.current) return;
      const found = identifyPack(packs, doc);
      if (found) {
        setPackId(found.pack.id);
        setSuggested(found.by);
      } else setNotFound(true);
    }, () => setNotFound(true));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const runCheck = useCallback(async (): Promise<ReportResult | undefined> => {
    if (!port || !pack) return undefined;
    setState((s) => ({ ...s, busy: true }));
    try {
      // (the engine is loaded when first asked for, not with the pane: the pane opens on its writing tools)
      const [doc, { check }] = await Promise.all([port.read(), import(/* webpackChunkName: "engine" */ '../core/check')]);
      const titled = chosenByUser.current ? titledOtherThan(packs, doc, pack) : undefined;
      const report = check(doc, pack, { level: level === 'auto' ? undefined : level, today: dayOf(new Date()), file: doc.source ?? 'Word', chosen: suggested && !chosenByUser.current ? chosenAs({ by: suggested }) : 'given', ...(titled ? { titled } : {}) });
      setState({ report, reading: doc.reading, doc, at: new Date(), busy: false });
      setStale(undefined);
      return report;
    } catch (e) {
      setState((s) => ({ ...s, busy: false }));
      setMessage({ text: failureText(lang, e), intent: 'error' });
      return undefined;
    }
  }, [port, pack, packs, level, suggested, lang]);

  // after a check the focus returns to the verdict, never to the page body
  useEffect(() => {
    if (state.at) verdictRef.current?.focus();
  }, [state.at]);

  // the document changed: the result is out of date; with the automatic re-check, check again when typing stops
  const hasReport = !!state.report;
  useEffect(() => {
    if (!port?.onChange || (!auto && !hasReport)) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = port.onChange(() => {
      setStale('doc');
      if (!auto) return;
      clearTimeout(timer);
      timer = setTimeout(runCheck, AUTO_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [auto, port, runCheck, hasReport]);

  const choosePack = (id: string) => {
    chosenByUser.current = true;
    setPackId(id);
    setSuggested(false);
    if (state.report) setStale('pack');
    port?.settings?.set('pack', id).catch(() => {});
  };

  const addSection = async (id: string, label: string) => {
    if (!port || !pack || busySection) return;
    setBusySection(id);
    try {
      const lvl = level === 'auto' ? state.report?.level as Level | undefined : level;
      await port.insertSection(pack, id, lvl);
      const report = await runCheck();
      const s = report?.sections.find((x) => x.id === id);
      // the cursor goes into the new heading, ready to write under it
      if (s?.paragraph !== undefined) await port.goTo({ paragraph: s.paragraph, excerpt: s.heading });
      setNotes((m) => new Map(m).set(id, t(lang, 'sectionAddedAt', { label: label || (s ? sectionLabel(s.number, s.title) : id) })));
    } catch (e) {
      setNotes((m) => new Map(m).set(id, failureText(lang, e)));
    } finally {
      setBusySection(undefined);
    }
  };

  const say = (text: string, intent: 'success' | 'error' = 'success') => setMessage({ text, intent });
  // insertion and removal live here, not in the Write tab: switching tabs neither stops nor repeats them
  // the writer's tab follows the cursor, on the last check's result for the template in use
  const lastReport = state.report && pack && state.report.pack.id === pack.id ? state.report : undefined;
  const follow = useFollow(port, pack, lastReport, state.doc, tab === 'write');
  const [tableBusy, setTableBusy] = useState(false);
  const insertTable = (sectionId: string) => {
    if (!port?.insertIndicatorTable || !pack || tableBusy || port.busy()) return;
    const lvl = level === 'auto' ? lastReport?.level as Level | undefined : level;
    setTableBusy(true);
    port.insertIndicatorTable(pack, sectionId, lvl)
      .then((ok) => {
        if (!ok) return;
        const n = pack.indicators.filter((i) => i.section === sectionId && (!lvl || i.levels.includes(lvl))).length;
        say(t(lang, 'indicatorTableInserted', { n }));
        setStale('doc');
      }, (e) => say(failureText(lang, e), 'error'))
      .finally(() => setTableBusy(false));
  };
  const writing = useWriting(port, pack, packs, level === 'auto' ? undefined : level, lang, say);

  return (
    <main className={styles.root} lang={lang}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t(lang, 'appTitle')}</h1>
        <Button size="small" appearance="subtle" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')} aria-label={lang === 'vi' ? 'Switch to English' : 'Chuyển sang tiếng Việt'}>
          {t(lang, 'language')}
        </Button>
      </div>
      {!host && <Spinner size="tiny" label={t(lang, 'loading')} />}
      {host && !port && (
        <MessageBar intent="warning" role="status" layout="multiline">
          <MessageBarBody>{t(lang, 'notInWord')}</MessageBarBody>
        </MessageBar>
      )}
      <PackLine
        packs={packs} pack={pack} level={level} report={state.report} lang={lang} notFound={notFound} suggested={chosenByUser.current ? false : suggested}
        onPack={choosePack}
        onLevel={(l) => { setLevel(l); if (state.report) setStale('pack'); }}
        onLoaded={(p) => {
          rememberPack(p);
          setExtraPacks((xs) => [p, ...xs.filter((x) => x.id !== p.id)]);
          choosePack(p.id);
          setMessage({ text: t(lang, 'packLoaded', { title: p.title, version: p.version }), intent: 'success' });
        }}
        // (a refused file's problems stand alone: the last file's "Đã mở mẫu …" goes — walk49)
        onRejected={() => setMessage((m) => (m?.intent === 'success' ? null : m))}
        extra={<PackSourceSettings source={source} lang={lang} />}
      />
      {message && <Note text={message.text} intent={message.intent} lang={lang} onDismiss={() => setMessage(null)} />}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'write' | 'check')} size="small">
        <Tab value="check">{t(lang, 'tabCheck')}</Tab>
        <Tab value="write">{t(lang, 'tabWrite')}</Tab>
      </TabList>
      {tab === 'check'
        ? (
          <CheckPanel
            state={state} pack={pack} port={port} lang={lang} auto={auto} stale={stale} verdictRef={verdictRef} notes={notes} busySection={busySection}
            onCheck={runCheck} onAuto={setAuto} onAddSection={addSection} onDismissNote={(id) => setNotes((m) => { const n = new Map(m); n.delete(id); return n; })}
          />
        )
        : pack ? (
          <WritePanel
            pack={pack} writing={writing} ready={!!port} lang={lang}
            guide={port?.whereIs && (
              <SectionGuide
                follow={follow} lang={lang} canCheck={!state.busy} onCheck={() => void runCheck()}
                onInsertTable={port.insertIndicatorTable && insertTable} canInsert={!writing.work && !tableBusy}
              />
            )}
          />
        ) : <Text>{t(lang, 'noTemplateYet')}</Text>}
    </main>
  );
}
