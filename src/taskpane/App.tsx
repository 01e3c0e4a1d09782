import { useEffect, useMemo, useState } from 'react';
import {
  Button, Dropdown, Field, MessageBar, MessageBarBody, Option, Spinner, Subtitle2, Text, Title3, makeStyles, tokens,
} from '@fluentui/react-components';
import { builtinPacks } from '../packs/builtin';
import { PackOutline } from './PackOutline';
import { detectHost, type HostInfo } from './host';
import { detectLang, t, type UiLang } from './i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minWidth: '280px' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  meta: { color: tokens.colorNeutralForeground2 },
});

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

export function App({ host: initialHost }: { host?: HostInfo }) {
  const styles = useStyles();
  const [host, setHost] = useState<HostInfo | undefined>(initialHost);
  const [lang, setLang] = useState<UiLang>('vi');
  const packs = useMemo(() => builtinPacks(), []);
  const [packId, setPackId] = useState(packs[0].id);
  const pack = packs.find((p) => p.id === packId)!;

  useEffect(() => {
    if (host) return;
    detectHost().then((h) => {
      setHost(h);
      setLang(detectLang(h.displayLanguage));
    });
  }, [host]);

  return (
    <main className={styles.root}>
      <div className={styles.header}>
        <div>
          <Title3 as="h1">{t(lang, 'appTitle')}</Title3>
          <Text block className={styles.meta}>{t(lang, 'subtitle')}</Text>
        </div>
        <Button size="small" appearance="subtle" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>
          {t(lang, 'language')}
        </Button>
      </div>
      {!host && <Spinner size="tiny" label={t(lang, 'loading')} />}
      {host && !host.inWord && (
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{t(lang, 'notInWord')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t(lang, 'pickPack')}>
        <Dropdown
          value={pack.title}
          selectedOptions={[packId]}
          onOptionSelect={(_, d) => d.optionValue && setPackId(d.optionValue)}
        >
          {packs.map((p) => (
            <Option key={p.id} value={p.id} text={p.title}>
              {p.title}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text size={200} className={styles.meta}>
        {t(lang, 'period')}: {vnDate(pack.period.from)} – {vnDate(pack.period.to)} · {t(lang, 'due')}: {pack.due.map((d) => vnDate(d.date)).join(', ')} · {t(lang, 'indicators')}: {pack.indicators.length}
      </Text>
      <Subtitle2 as="h2">{t(lang, 'outline')}</Subtitle2>
      <PackOutline sections={pack.outline} lang={lang} />
    </main>
  );
}
