import { useState } from 'react';
import { Button, Checkbox, Field, ProgressBar, Radio, RadioGroup, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Level, Pack } from '../packs/schema';
import type { DocumentPort } from '../core/port';
import { skeletonBlocks } from '../core/skeleton';
import { PackOutline } from './PackOutline';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Insert the outline skeleton (with progress), remove unused guidance, browse the outline. */
export function WritePanel(props: { pack: Pack; packs: Pack[]; level?: Level; port: DocumentPort | null; lang: UiLang; onMessage: (text: string, intent?: 'success' | 'error') => void }) {
  const { pack, port, lang } = props;
  const styles = useStyles();
  const [where, setWhere] = useState<'cursor' | 'end'>('cursor');
  const [header, setHeader] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);

  const insert = async () => {
    if (!port) return;
    setProgress(0);
    try {
      const n = await port.insertSkeleton(skeletonBlocks(pack, { level: props.level, header }), where, (done, total) => setProgress(done / total));
      props.onMessage(t(lang, 'inserted', { n }), 'success');
    } catch (e) {
      props.onMessage(`${t(lang, 'failed')}: ${(e as Error).message}`, 'error');
    } finally {
      setProgress(null);
    }
  };
  const removeGuidance = async () => {
    if (!port) return;
    try {
      props.onMessage(t(lang, 'removedGuidance', { n: await port.removeUntouchedGuidance(props.packs) }), 'success');
    } catch (e) {
      props.onMessage(`${t(lang, 'failed')}: ${(e as Error).message}`, 'error');
    }
  };

  return (
    <div className={styles.root}>
      <Field label={t(lang, 'where')}>
        <RadioGroup value={where} onChange={(_, d) => setWhere(d.value as 'cursor' | 'end')}>
          <Radio value="cursor" label={t(lang, 'atCursor')} />
          <Radio value="end" label={t(lang, 'atEnd')} />
        </RadioGroup>
      </Field>
      <Checkbox checked={header} onChange={(_, d) => setHeader(!!d.checked)} label={t(lang, 'withHeader')} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!port || progress !== null} onClick={insert}>{t(lang, 'insert')}</Button>
        <Button disabled={!port || progress !== null} onClick={removeGuidance}>{t(lang, 'removeGuidance')}</Button>
      </div>
      {progress !== null && <Field validationMessage={t(lang, 'inserting')} validationState="none"><ProgressBar value={progress} aria-label={t(lang, 'inserting')} /></Field>}
      <Text size={100} className={styles.note}>{t(lang, 'noUndo')}</Text>
      <Subtitle2 as="h2">{t(lang, 'outline')}</Subtitle2>
      <PackOutline sections={pack.outline} lang={lang} />
    </div>
  );
}
