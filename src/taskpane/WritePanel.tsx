import { useState, type ReactNode } from 'react';
import { Button, Checkbox, Field, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Radio, RadioGroup, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Pack } from '../packs/schema';
import { PackOutline } from './PackOutline';
import type { Where, Writing } from './useWriting';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground2 },
  progress: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  grow: { flexGrow: 1 },
});

/** Insert the outline (only what is missing, unless the writer chooses the whole), remove what was not written, browse the outline. */
export function WritePanel(props: { pack: Pack; writing: Writing; ready: boolean; lang: UiLang; guide?: ReactNode }) {
  const { pack, writing: w, lang } = props;
  const styles = useStyles();
  const [where, setWhere] = useState<Where>('cursor');
  const [header, setHeader] = useState(false);
  const idle = props.ready && !w.work;
  const offer = w.offer;

  return (
    <div className={styles.root}>
      {props.guide}
      <Field label={t(lang, 'where')}>
        <RadioGroup value={where} onChange={(_, d) => setWhere(d.value as Where)}>
          <Radio value="cursor" label={t(lang, 'atCursor')} />
          <Radio value="end" label={t(lang, 'atEnd')} />
        </RadioGroup>
      </Field>
      <Checkbox checked={header} onChange={(_, d) => setHeader(!!d.checked)} label={t(lang, 'withHeader')} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!props.ready} disabledFocusable={props.ready && !idle} onClick={() => w.propose(where, header)}>{t(lang, 'insert')}</Button>
        <Button disabled={!props.ready} disabledFocusable={props.ready && !idle} onClick={w.removeUnwritten}>{t(lang, 'removeUnwritten')}</Button>
      </div>
      {offer && offer.kind !== 'empty' && (
        <MessageBar intent={offer.kind === 'unrelated' ? 'warning' : 'info'} layout="multiline" role="status">
          <MessageBarBody>
            {offer.kind === 'partial' && t(lang, 'planPartial', { present: offer.present, n: offer.missing.length, list: offer.missing.map((m) => `"${m.label}"`).join(', ') })}
            {offer.kind === 'complete' && t(lang, 'planComplete')}
            {offer.kind === 'unrelated' && t(lang, 'planUnrelated', { where: t(lang, where === 'cursor' ? 'whereCursor' : 'whereEnd') })}
          </MessageBarBody>
          <MessageBarActions>
            {offer.kind === 'partial' && <Button appearance="primary" size="small" disabled={!idle} onClick={w.insertMissing}>{t(lang, 'insertMissing', { n: offer.missing.length })}</Button>}
            <Button size="small" disabled={!idle} onClick={() => w.insertWhole(where, header)}>{t(lang, offer.kind === 'partial' ? 'insertWhole' : 'insertWholeAnyway')}</Button>
            <Button size="small" appearance="subtle" onClick={w.dismiss}>{t(lang, 'cancel')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {w.work && (
        <div className={styles.progress}>
          <Field
            className={styles.grow}
            validationMessage={w.work.kind === 'insert' && w.work.total ? t(lang, 'insertCount', { done: w.work.done ?? 0, total: w.work.total }) : t(lang, w.work.kind === 'insert' ? 'inserting' : 'removing')}
            validationState="none"
          >
            <ProgressBar value={w.work.progress} aria-label={t(lang, w.work.kind === 'insert' ? 'inserting' : 'removing')} />
          </Field>
          {w.work.kind === 'insert' && <Button size="small" disabledFocusable={w.work.stopping} onClick={w.stop}>{t(lang, 'stop')}</Button>}
        </div>
      )}
      <Text size={200} className={styles.note}>{t(lang, 'noUndo')}</Text>
      <Subtitle2 as="h2">{t(lang, 'outline')}</Subtitle2>
      <PackOutline sections={pack.outline} lang={lang} />
    </div>
  );
}
