/**
 * The reviewer web page: one or many .docx reports checked in the browser, without Word. One report shows
 * what the task pane shows (the same Review); many show a sortable table of reports, each opening its
 * result. Reading and checking run in a Web Worker (protocol.ts); the files never leave the machine.
 * Printed, the page is its results only (check.html's print stylesheet and the data-print marks; walk62, item 8): the form and the
 * buttons left out, the report's unit at its head, and in each page's margins whose it is, when it was checked, and "Trang x/y".
 */
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, ProgressBar, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { builtinPacks } from '../packs/builtin';
import { joinPacks, usePackSource, type PackSourceConfig } from '../taskpane/packSource';
import { PackSourceSettings } from '../taskpane/PackSourceSettings';
import type { Level, Pack } from '../packs/schema';
import type { DocSettings } from '../core/port';
import { checkedAtText, formatHtml, pageMarginCss } from '../core/format/html';
import { PRINT_WORDS } from '../core/format/words';
import { dayText } from '../core/dates';
import { jsonText } from '../core/format/json';
import { levelName, sameUnit } from '../core/format/words';
import { memorySettings } from '../word/settings';
import { Review, usePrinting } from '../taskpane/Review';
import { download } from '../taskpane/exporting';
import { t, type UiLang } from '../taskpane/i18n';
import { buildSummary } from '../core/summary/model';
import { writeCsv } from '../cli/summary/csv';
import { checkBatch, summaryEntries, type CheckClient, type FileResult, type Source } from './protocol';
import { nextSort, rowFor, type Sort } from './batch';
import { BatchTable } from './BatchTable';

const useStyles = makeStyles({
  root: {
    display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '1100px', margin: '0 auto', boxSizing: 'border-box', minHeight: '100vh', color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0, lineHeight: tokens.lineHeightBase500 },
  muted: { color: tokens.colorNeutralForeground2 },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  pack: { flexGrow: 1, minWidth: '200px', maxWidth: '100%' },
  dropdown: { minWidth: '0', width: '100%' },
  drop: {
    display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', padding: tokens.spacingVerticalM,
    border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge, backgroundColor: tokens.colorNeutralBackground1,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  fileLine: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  printUnit: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold, margin: 0, lineHeight: tokens.lineHeightBase500 },
});

/** The sample reports shipped with the page ("Thử với báo cáo mẫu"), relative to it. */
export const SAMPLES = ['samples/bao-cao-mau.docx', 'samples/ba01-tinh-bcsd-bang-chi-tieu.docx', 'samples/ba04-huyen-hu-cam-lo-in-dam.docx'];

const fromFile = (f: File): Source => ({ name: f.name, bytes: () => f.arrayBuffer(), mtime: f.lastModified });
const fromUrl = (url: string): Source => ({
  name: url.split('/').pop()!,
  bytes: async () => {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    return r.arrayBuffer();
  },
});
const stamp = () => new Date().toISOString().slice(0, 10);
/** User Timing, where the browser has it: "decuong:check" is the time from the files chosen to the result shown. */
const timing = {
  start: () => {
    if (typeof performance === 'undefined' || typeof performance.clearMarks !== 'function') return;
    performance.clearMarks('decuong:chosen');
    performance.mark('decuong:chosen');
  },
  end: () => {
    if (typeof performance === 'undefined' || typeof performance.measure !== 'function' || !performance.getEntriesByName('decuong:chosen').length) return;
    performance.clearMeasures('decuong:check');
    performance.measure('decuong:check', 'decuong:chosen');
  },
};

export interface WebAppProps {
  client: Pick<CheckClient, 'check'>;
  packs?: Pack[];
  samples?: string[];
  lang?: UiLang;
  /** Where published packs come from (default: the build's source); tests give their own. */
  packSource?: Omit<PackSourceConfig, 'lang'>;
}

/** The due date typed, said back in words ("ngày 10 tháng 12 năm 2026"), and whether the list was checked by it; else the field's hint. */
// (… the field cleared while the list was checked by a date, and nothing to check again where no file is listed — code review of session 62)
function dueSaid(lang: UiLang, typed: string, applied: string, listed: boolean): string {
  const m = /^((?:19|20)\d\d)-(\d\d)-(\d\d)$/.exec(typed);
  if (!m) return applied && !typed && listed ? `${t(lang, 'roundDueHint')} — ${t(lang, 'roundDuePending')}` : t(lang, 'roundDueHint');
  const mon = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(m[2]) - 1] ?? m[2];
  const said = t(lang, 'roundDueSaid', { d: String(Number(m[3])), m: String(Number(m[2])), mon, y: m[1] });
  return typed === applied || !listed ? said : `${said} — ${t(lang, 'roundDuePending')}`;
}

export function WebApp({ client, packs: builtin = builtinPacks(), samples = SAMPLES, lang: firstLang = 'vi', packSource }: WebAppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<UiLang>(firstLang);
  // the secretariat's published packs first, then the built-in ones (one per id)
  const source = usePackSource({ ...packSource, lang });
  const packs = useMemo(() => joinPacks([], source.packs, builtin), [source.packs, builtin]);
  const [pack, setPack] = useState<string>('auto');
  // (this round's due date, in place of the template's own, as `decuong check --due` takes it: the office's own date — walk60's left)
  const [due, setDue] = useState<string>('');
  // (what the field holds while it is typed in: the date is taken when the field is left or Enter pressed — a year typed digit by digit
  // restarted the check four times — code review of walk61)
  const [dueTyped, setDueTyped] = useState<string>('');
  // (the outline to download has a template of its own: choosing it checks nothing again — a writer after an outline, or a reviewer
  // who checks by "tự nhận biết", had the listed reports checked again by the template picked — walk61's left; until one is picked it
  // follows the check's)
  const [outlinePack, setOutlinePack] = useState<string>();
  const outlineId = outlinePack ?? (pack === 'auto' ? undefined : pack);
  const chosen = outlineId === undefined ? undefined : packs.find((p) => p.id === outlineId);
  const [levelPicked, setSkeletonLevel] = useState<Level | undefined>();
  const skeletonLevel: Level = levelPicked && chosen?.levels.includes(levelPicked) ? levelPicked : chosen?.levels.includes('xa') ? 'xa' : chosen?.levels[0] ?? 'xa';
  const getSkeleton = async () => {
    if (!chosen) return;
    // (the writer of the docx library is loaded on demand: the page's start is not its cost)
    const { skeletonDocxBytes } = await import(/* webpackChunkName: "skeleton" */ '../docx/write-skeleton');
    download(`de-cuong-${chosen.id}-${skeletonLevel}.docx`, (await skeletonDocxBytes(chosen, { level: skeletonLevel, header: true })) as Uint8Array<ArrayBuffer>, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  };
  const [sources, setSources] = useState<Source[]>([]);
  const [results, setResults] = useState<Array<FileResult | undefined>>([]);
  const [current, setCurrent] = useState<number>();
  const [open, setOpen] = useState<number>();
  const [back, setBack] = useState<number>();
  const [sort, setSort] = useState<Sort>({ key: 'n', dir: 'asc' });
  const [dragging, setDragging] = useState(false);
  // (when the list was checked: said on paper and in the HTML exported — walk62, items 5 and 8)
  const [checkedAt, setCheckedAt] = useState<Date>();
  const printing = usePrinting();
  const run = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const verdictRef = useRef<HTMLDivElement | null>(null);
  const rowButton = useRef<HTMLButtonElement>(null);
  const opened = useRef<HTMLDivElement>(null);
  const ignoredBy = useRef(new Map<string, DocSettings>());
  const running = current !== undefined;

  const start = (list: Source[], packId = pack, dueDate = due) => {
    if (!list.length) return;
    const mine = ++run.current;
    timing.start();
    setSources(list);
    setResults(new Array(list.length).fill(undefined));
    setOpen(undefined);
    setBack(undefined);
    setCurrent(0);
    setCheckedAt(new Date());
    checkBatch(client, list, packId === 'auto' ? undefined : packId,
      (i) => run.current === mine && setCurrent(i),
      (i, r) => run.current === mine && setResults((rs) => rs.map((x, k) => (k === i ? r : x))),
      () => run.current !== mine,
      source.packs, dueDate || undefined,
    ).finally(() => run.current === mine && setCurrent(undefined));
  };

  // (a report opened from the list is shown from its top, its name and first point in view: on a phone the list's scroll was kept, the
  // report's first error above the screen — walk60, item 10)
  useEffect(() => {
    if (open !== undefined) opened.current?.scrollIntoView?.({ block: 'start' });
  }, [open]);

  // the whole batch shown: the time from the files chosen to the result (npm run bench reads it)
  const done = sources.length > 0 && !running && results.every(Boolean);
  useEffect(() => {
    if (!done) return;
    timing.end();
    if (sources.length === 1) verdictRef.current?.focus();
  }, [done, sources.length]);
  // back from a result: the focus returns to its row
  useEffect(() => {
    if (open === undefined && back !== undefined) rowButton.current?.focus();
  }, [open, back]);
  useEffect(() => {
    if (open !== undefined) verdictRef.current?.focus();
  }, [open]);

  const noPack = t(lang, 'noPackWeb');
  // (reports of one unit and template, said on the page as the CLI and the workbook say them: "Trùng đơn vị với: …" — walk60, item 4)
  const twins = useMemo(() => {
    const done = results.flatMap((r, i) => (r?.report ? [{ i, report: { ...r.report, file: sources[i]?.name ?? r.report.file } }] : []));
    const by = sameUnit(done.map((d) => d.report));
    return new Map([...by].map(([k, files]) => [done[k].i, files]));
  }, [results, sources]);
  const rows = useMemo(() => sources.map((s, i) => ({ ...rowFor(i, s.name, results[i], results[i] ? 'done' : current === i ? 'checking' : 'waiting', packs, lang, noPack), ...(twins.has(i) ? { twins: twins.get(i) } : {}) })),
    [sources, results, current, packs, lang, noPack, twins]);
  const settingsFor = (i: number) => {
    const key = `${i}:${sources[i]?.name}`;
    if (!ignoredBy.current.has(key)) ignoredBy.current.set(key, memorySettings());
    return ignoredBy.current.get(key)!;
  };
  const pickFiles = (files: FileList | File[] | null) => files && start([...files].map(fromFile));
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    pickFiles(e.dataTransfer.files);
  };
  const choosePack = (id: string) => {
    setPack(id);
    if (sources.length) start(sources, id);
  };
  const chooseDue = (typed: string) => {
    const iso = /^(?:19|20)\d\d-\d\d-\d\d$/.test(typed) ? typed : '';
    if (iso === due) return;
    setDue(iso);
    if (sources.length) start(sources, pack, iso);
  };

  const one = (i: number) => {
    const r = results[i];
    if (!r) return null;
    if (!r.report) {
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody><b>{r.file}</b>: {r.noPack ? noPack : r.error?.[lang]}</MessageBarBody>
        </MessageBar>
      );
    }
    const rp = r.report;
    const p = packs.find((x) => x.id === rp.pack.id);
    const lvl = levelName(lang, rp.level);
    return (
      <div className={styles.section}>
        {/* (on paper the report opens on its unit: page 2 of a printed result named none — walk62, item 8) */}
        {printing && <h2 className={styles.printUnit} data-print="head">{r.unit ?? r.file}</h2>}
        <Text size={200} className={styles.fileLine}>
          {t(lang, 'fileLine')}: <b>{r.file}</b>{r.unit ? ` · ${r.unit}` : ''} · {t(lang, 'templateShort')}: <b>{p?.title ?? rp.pack.id}</b>
          {` · ${t(lang, 'packVersion').replace('{version}', rp.pack.version)}`}
          {rp.pack.chosen === 'auto' ? ` (${t(lang, 'packAutoNote')})` : rp.pack.chosen === 'outline' ? ` (${t(lang, 'packOutlineNote')})` : ''}{lvl ? ` · ${lvl}` : ''}
        </Text>
        <Review
          key={i} report={rp} pack={p} lang={lang} busy={false} verdictRef={verdictRef} settings={settingsFor(i)} ignoredFor="page" {...(checkedAt ? { at: checkedAt } : {})} {...(due ? { due } : {})}
          exportName={r.file.replace(/\.[^.]+$/, '')}
        />
      </div>
    );
  };

  const checked = results.filter(Boolean) as FileResult[];
  const reports = checked.flatMap((r) => (r.report ? [r.report] : []));
  const errors = checked.flatMap((r) => (r.report ? [] : [{ file: r.file, error: r.error![lang] }]));
  const ready = reports.filter((r) => r.summary.ready).length;
  // printed: whose the pages are (the report shown, else the page's title), when the list was checked, the round's due date
  const shown = sources.length === 1 ? results[0] : open !== undefined ? results[open] : undefined;
  const when = checkedAt && checkedAtText(lang, checkedAt);
  const printHead = printing && (
    <>
      <style>{pageMarginCss(lang, shown ? [shown.unit, shown.file].filter(Boolean).join(' · ') : t(lang, 'webTitle'), when)}</style>
      {(when || due) && <Text block size={200} data-print="head">{[when, due && `${PRINT_WORDS[lang].due}: ${dayText(due, lang)}`].filter(Boolean).join(' · ')}</Text>}
    </>
  );

  return (
    <main className={styles.root} lang={lang}>
      <div className={styles.header}>
        <div>
          <h1 className={styles.title}>{t(lang, 'webTitle')}</h1>
          <Text size={200} className={styles.muted}>{t(lang, 'appTitle')}</Text>
          {printHead}
        </div>
        <Button data-print="hide" size="small" appearance="subtle" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')} aria-label={lang === 'vi' ? 'Switch to English' : 'Chuyển sang tiếng Việt'}>
          {t(lang, 'language')}
        </Button>
      </div>
      {/* (printed, the form and its buttons are left out: half of a first page was controls — walk62, item 8) */}
      <Text data-print="hide">{t(lang, 'webIntro')}</Text>
      <MessageBar intent="success" layout="multiline" data-print="hide">
        <MessageBarBody>{t(lang, 'privacy')}</MessageBarBody>
      </MessageBar>
      <div className={styles.controls} data-print="hide">
        <Field className={styles.pack} label={t(lang, 'pickPack')}>
          <Dropdown clearButton={{ 'aria-label': t(lang, 'clearSelection') }}
            className={styles.dropdown} value={pack === 'auto' ? t(lang, 'packAuto') : packs.find((p) => p.id === pack)?.title ?? pack} selectedOptions={[pack]}
            onOptionSelect={(_, d) => d.optionValue && choosePack(d.optionValue)}
          >
            <Option value="auto" text={t(lang, 'packAuto')}>{t(lang, 'packAuto')}</Option>
            {packs.map((p) => <Option key={p.id} value={p.id} text={p.title}>{p.title}</Option>)}
          </Dropdown>
        </Field>
        {/* (the date said back in words, day and month by name: a field shown "mm/dd/yyyy" by a browser in English took "10/12/2026" typed as
            12 October — walk62, item 6; and whether it is the one the list was checked by) */}
        <Field label={t(lang, 'roundDue')} hint={dueSaid(lang, dueTyped, due, sources.length > 0)}>
          <Input type="date" min="2000-01-01" max="2099-12-31" value={dueTyped} data-testid="due"
            onChange={(_, d) => setDueTyped(d.value)} onBlur={() => chooseDue(dueTyped)} onKeyDown={(e) => e.key === 'Enter' && chooseDue(dueTyped)} />
        </Field>
        <PackSourceSettings source={source} lang={lang} />
      </div>
      {/* (a writer on Word 2016 gets the outline here, as the CLI's skeleton gives it: no add-in, no command line — walk54, item 1) */}
      <div className={styles.controls} role="group" aria-label={t(lang, 'skeletonGroup')} data-print="hide">
        <Field className={styles.pack} label={t(lang, 'skeletonPack')}>
          <Dropdown
            // (cleared, it follows the check's template again — code review of session 62)
            clearButton={{ 'aria-label': t(lang, 'clearSelection') }}
            className={styles.dropdown} placeholder={t(lang, 'skeletonPackPlaceholder')} value={chosen?.title ?? ''} selectedOptions={chosen ? [chosen.id] : []}
            onOptionSelect={(_, d) => setOutlinePack(d.optionValue || undefined)}
          >
            {packs.map((p) => <Option key={p.id} value={p.id} text={p.title}>{p.title}</Option>)}
          </Dropdown>
        </Field>
        {chosen && chosen.levels.length > 1 ? (
          <Field label={t(lang, 'skeletonLevel')}>
            <Dropdown clearButton={{ 'aria-label': t(lang, 'clearSelection') }} value={levelName(lang, skeletonLevel) ?? skeletonLevel} selectedOptions={[skeletonLevel]} onOptionSelect={(_, d) => d.optionValue && setSkeletonLevel(d.optionValue as Level)}>
              {chosen.levels.map((l) => <Option key={l} value={l} text={levelName(lang, l) ?? l}>{levelName(lang, l) ?? l}</Option>)}
            </Dropdown>
          </Field>
        ) : null}
        {/* (reachable by Tab while no template is picked, its hint saying what is needed) */}
        <Button disabledFocusable={!chosen} aria-describedby={chosen ? undefined : 'skeleton-needs'} onClick={() => void getSkeleton()} data-testid="skeleton">{t(lang, 'skeletonGet')}</Button>
        {!chosen && <Text id="skeleton-needs" size={200} className={styles.muted}>{t(lang, 'skeletonPackPlaceholder')}.</Text>}
        <Text size={200} className={styles.muted}>{t(lang, 'skeletonHint')}</Text>
      </div>
      <div
        className={mergeClasses(styles.drop, dragging && styles.dropActive)} role="group" aria-label={t(lang, 'dropZone')} data-print="hide"
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}
      >
        <input
          ref={input} type="file" multiple hidden accept=".docx,.docm,.dotx,.dotm,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label={t(lang, 'chooseFiles')} data-testid="files"
          onChange={(e) => { pickFiles(e.target.files); e.target.value = ''; }}
        />
        <Button appearance="primary" onClick={() => input.current?.click()}>{t(lang, 'chooseFiles')}</Button>
        <Text className={styles.muted}>{t(lang, 'dropHere')}</Text>
        <Button onClick={() => start(samples.map(fromUrl))}>{t(lang, 'trySamples')}</Button>
      </div>
      <Text size={200} className={styles.muted} data-print="hide">{t(lang, 'inWordToo')}</Text>
      {running && (
        <div className={styles.section} data-print="hide">
          <ProgressBar value={results.filter(Boolean).length / sources.length} aria-label={t(lang, 'progress', { done: current! + 1, total: sources.length, file: sources[current!].name })} />
          <Text role="status" size={200}>{t(lang, 'progress', { done: current! + 1, total: sources.length, file: sources[current!].name })}</Text>
        </div>
      )}
      {sources.length === 1 && one(0)}
      {sources.length > 1 && open !== undefined && (
        <div className={styles.section} ref={opened}>
          <div data-print="hide"><Button size="small" onClick={() => { setBack(open); setOpen(undefined); }}>{t(lang, 'backToList')}</Button></div>
          {one(open)}
        </div>
      )}
      {sources.length > 1 && open === undefined && (
        <section className={styles.section} aria-labelledby="reports-heading">
          <h2 id="reports-heading" className={styles.h2}>{t(lang, 'reportsTable')}</h2>
          {!running && done && (
            <Text role="status">{t(lang, 'batchDone', { n: sources.length, ready, notReady: reports.length - ready, failed: errors.length })}</Text>
          )}
          <BatchTable ref={rowButton} rows={rows} sort={sort} lang={lang} focusFile={back} onSort={(k) => setSort(nextSort(sort, k))} onOpen={setOpen} />
          {done && (
            <div className={styles.buttons} role="group" aria-label={t(lang, 'exportAll')} data-print="hide">
              <Text weight="semibold">{t(lang, 'exportAll')}:</Text>
              <Button size="small" onClick={() => download(`bao-cao-kiem-tra-${stamp()}.html`, formatHtml(reports, lang, [], errors, { ...(checkedAt ? { at: checkedAt } : {}), ...(due ? { due } : {}) }), 'text/html')}>{t(lang, 'exportHtml')}</Button>
              <Button size="small" onClick={() => download(`bao-cao-kiem-tra-${stamp()}.json`, jsonText(reports, lang, errors), 'application/json')}>{t(lang, 'exportJson')}</Button>
              <Button size="small" onClick={() => download(`tong-hop-${stamp()}.csv`, `\ufeff${writeCsv(buildSummary(summaryEntries(sources, checked, lang), packs, lang, due ? { due } : {}), lang)}`, 'text/csv')}>{t(lang, 'exportSummary')}</Button>
              <Button size="small" onClick={async () => {
                // the workbook writer (exceljs) is loaded only when asked for: the page starts without it
                const { xlsxBytes } = await import(/* webpackChunkName: "xlsx" */ '../cli/summary/xlsx');
                download(`tong-hop-${stamp()}.xlsx`, await xlsxBytes(buildSummary(summaryEntries(sources, checked, lang), packs, lang, due ? { due } : {}), lang), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
              }}>{t(lang, 'exportSummaryXlsx')}</Button>
            </div>
          )}
        </section>
      )}
    </main>
  );
}
