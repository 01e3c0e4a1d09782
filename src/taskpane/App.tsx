import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, Tab, TabList, Text, Title3, makeStyles, tokens,
} from '@fluentui/react-components';
import { builtinPacks } from '../packs/builtin';
import type { Level, Pack } from '../packs/schema';
import type { DocumentPort } from '../core/port';
import { check } from '../core/check';
import { identifyPack } from '../core/identify';
import { WritePanel } from './WritePanel';
import { PackFile } from './PackFile';
import { CheckPanel, type CheckState } from './CheckPanel';
import type { HostInfo } from '../word/host';
import { detectLang, t, type UiLang } from './i18n';
import { useWriting } from './useWriting';
import { failureText } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: '280px', maxWidth: '100%', boxSizing: 'border-box' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  grow: { flexGrow: 1, minWidth: '120px' },
});

const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const LEVELS: Array<Level | 'auto'> = ['auto', 'tinh', 'huyen', 'xa', 'so-nganh'];
const AUTO_DELAY_MS = 1500;

export interface AppProps {
  /** Where the pane runs; undefined while it is being detected. */
  host?: HostInfo;
  /** The document to work on; null outside Word. */
  port: DocumentPort | null;
  packs?: Pack[];
}

export function App({ host, port, packs: givenPacks }: AppProps) {
  const styles = useStyles();
  const [extraPacks, setExtraPacks] = useState<Pack[]>([]);
  const packs = useMemo(() => {
    const base = givenPacks ?? builtinPacks();
    // a loaded pack replaces a built-in one with the same id (a newer version from the secretariat)
    return [...extraPacks, ...base.filter((b) => !extraPacks.some((e) => e.id === b.id))];
  }, [givenPacks, extraPacks]);
  const [lang, setLang] = useState<UiLang>(detectLang(host?.displayLanguage));
  const [packId, setPackId] = useState(packs[0].id);
  const [suggested, setSuggested] = useState(false);
  const chosenByUser = useRef(false);
  const [level, setLevel] = useState<Level | 'auto'>('auto');
  const [tab, setTab] = useState<'write' | 'check'>('check');
  const [state, setState] = useState<CheckState>({ busy: false });
  const [message, setMessage] = useState<{ text: string; intent: 'success' | 'error' | 'info' } | null>(null);
  const [auto, setAuto] = useState(false);
  const pack = packs.find((p) => p.id === packId)!;

  useEffect(() => setLang(detectLang(host?.displayLanguage)), [host?.displayLanguage]);

  // suggest the pack from the document's title
  useEffect(() => {
    if (!port) return;
    port.read().then((doc) => {
      const found = identifyPack(packs, doc);
      if (found && !chosenByUser.current) {
        setPackId(found.pack.id);
        setSuggested(true);
      }
    }, () => {});
  }, [port, packs]);

  const runCheck = useCallback(async () => {
    if (!port) return;
    setState((s) => ({ ...s, busy: true }));
    try {
      const doc = await port.read();
      const report = check(doc, pack, { level: level === 'auto' ? undefined : level, file: 'Word', chosen: suggested && !chosenByUser.current ? 'auto' : 'given' });
      setState({ report, reading: doc.reading, at: new Date(), busy: false });
    } catch (e) {
      setState((s) => ({ ...s, busy: false }));
      setMessage({ text: failureText(lang, e), intent: 'error' });
    }
  }, [port, pack, level, suggested, lang]);

  // optional: check again a moment after the document stops changing
  useEffect(() => {
    if (!auto || !port?.onChange) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = port.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(runCheck, AUTO_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [auto, port, runCheck]);

  const addSection = async (id: string) => {
    if (!port) return;
    try {
      await port.insertSection(pack, id, level === 'auto' ? state.report?.level as Level | undefined : level);
      setMessage({ text: t(lang, 'sectionAdded'), intent: 'success' });
      await runCheck();
    } catch (e) {
      setMessage({ text: failureText(lang, e), intent: 'error' });
    }
  };

  const say = (text: string, intent: 'success' | 'error' = 'success') => setMessage({ text, intent });
  // insertion and removal live here, not in the Write tab: switching tabs neither stops nor repeats them
  const writing = useWriting(port, pack, packs, level === 'auto' ? undefined : level, lang, say);

  return (
    <main className={styles.root} lang={lang}>
      <div className={styles.header}>
        <div>
          <Title3 as="h1">{t(lang, 'appTitle')}</Title3>
          <Text block size={200} className={styles.meta}>{t(lang, 'subtitle')}</Text>
        </div>
        <Button size="small" appearance="subtle" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')} aria-label={lang === 'vi' ? 'Switch to English' : 'Chuyển sang tiếng Việt'}>
          {t(lang, 'language')}
        </Button>
      </div>
      {!host && <Spinner size="tiny" label={t(lang, 'loading')} />}
      {host && !port && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{t(lang, 'notInWord')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Field className={styles.grow} label={t(lang, 'pickPack')} hint={suggested && !chosenByUser.current ? t(lang, 'suggested') : undefined}>
          <Dropdown
            value={pack.title}
            selectedOptions={[packId]}
            onOptionSelect={(_, d) => {
              if (!d.optionValue) return;
              chosenByUser.current = true;
              setPackId(d.optionValue);
              setState({ busy: false });
            }}
          >
            {packs.map((p) => <Option key={p.id} value={p.id} text={p.title}>{p.title}</Option>)}
          </Dropdown>
        </Field>
        <Field label={t(lang, 'level')}>
          <Dropdown value={level === 'auto' ? t(lang, 'levelAuto') : t(lang, level)} selectedOptions={[level]} onOptionSelect={(_, d) => d.optionValue && setLevel(d.optionValue as Level | 'auto')} style={{ minWidth: '110px' }}>
            {LEVELS.map((l) => <Option key={l} value={l} text={l === 'auto' ? t(lang, 'levelAuto') : t(lang, l)}>{l === 'auto' ? t(lang, 'levelAuto') : t(lang, l)}</Option>)}
          </Dropdown>
        </Field>
      </div>
      <PackFile
        lang={lang}
        onPack={(p) => {
          setExtraPacks((xs) => [p, ...xs.filter((x) => x.id !== p.id)]);
          chosenByUser.current = true;
          setPackId(p.id);
          setState({ busy: false });
          setMessage({ text: t(lang, 'packLoaded', { id: p.id, version: p.version }), intent: 'success' });
        }}
        onProblems={(text) => setMessage({ text: `${t(lang, 'packRejected')}: ${text}`, intent: 'error' })}
      />
      <Text size={200} className={styles.meta}>
        {t(lang, 'period')}: {vnDate(pack.period.from)} – {vnDate(pack.period.to)}
        {pack.due.length > 0 && <> · {t(lang, 'due')}: {pack.due.map((d) => vnDate(d.date)).join(', ')}</>} · {t(lang, 'indicators')}: {pack.indicators.length} · v{pack.version}
      </Text>
      {message && (
        <MessageBar intent={message.intent} role="status">
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as 'write' | 'check')} size="small">
        <Tab value="check">{t(lang, 'tabCheck')}</Tab>
        <Tab value="write">{t(lang, 'tabWrite')}</Tab>
      </TabList>
      {tab === 'check'
        ? <CheckPanel state={state} pack={pack} port={port} lang={lang} auto={auto} onCheck={runCheck} onAuto={setAuto} onMessage={say} onAddSection={addSection} />
        : <WritePanel pack={pack} writing={writing} ready={!!port} lang={lang} />}
    </main>
  );
}
