import { useEffect, useState } from 'react';
import { Badge, Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { when } from '../packs/source';
import type { PackSourceState } from './packSource';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  status: { overflowWrap: 'anywhere' },
  warning: { overflowWrap: 'anywhere', color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: 0, paddingLeft: '1.2em' },
});

/**
 * Where the published report templates come from: the source's status in one line (always shown), and on
 * request the address (packs.json) to see and change, reload, back to the build's default, and the
 * templates in use with their version and when each was fetched.
 */
export function PackSourceSettings({ source, lang }: { source: PackSourceState; lang: UiLang }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(source.source);
  const [refused, setRefused] = useState<string>();
  useEffect(() => setDraft(source.source), [source.source]);
  const save = () => {
    const why = source.setSourceUrl(draft);
    setRefused(why && t(lang, 'sourceRefused', { reason: why }));
  };
  return (
    <div className={styles.box} role="group" aria-label={t(lang, 'sourceTitle')}>
      <Text size={200} role="status" className={source.status.intent === 'warning' ? styles.warning : styles.status}>{source.status.text}</Text>
      <div className={styles.row}>
        <Button size="small" appearance="transparent" aria-expanded={open} onClick={() => setOpen(!open)}>{t(lang, 'sourceTitle')}</Button>
        {source.source && <Button size="small" disabled={source.busy} onClick={() => void source.refresh()}>{t(lang, 'sourceRefresh')}</Button>}
      </div>
      {open && (
        <>
          <Field label={t(lang, 'sourceUrl')} hint={t(lang, 'sourceHint')} validationState={refused ? 'error' : 'none'} validationMessage={refused}>
            <Input type="url" value={draft} onChange={(_, d) => { setDraft(d.value); setRefused(undefined); }} onKeyDown={(e) => e.key === 'Enter' && save()} />
          </Field>
          <div className={styles.row}>
            <Button size="small" appearance="primary" onClick={save}>{t(lang, 'sourceSave')}</Button>
            {source.defaultSource && source.source !== source.defaultSource && (
              <Button size="small" onClick={() => { setRefused(undefined); source.setSourceUrl(source.defaultSource); }}>{t(lang, 'sourceDefault')}</Button>
            )}
          </div>
          {source.entries.length > 0 && (
            <ul className={styles.list}>
              {source.entries.map((e) => (
                <li key={e.pack.id}>
                  <Text size={200}>{t(lang, 'sourceInUse', { title: e.pack.title, version: e.pack.version, time: when(e.kept.fetched, lang) })}</Text>
                  {source.newer.some((n) => n.id === e.pack.id && n.version === e.pack.version) && <> <Badge size="small" color="success">{t(lang, 'sourceNewBadge')}</Badge></>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
