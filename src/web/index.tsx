/** Entry of the reviewer web page (check.html): the page on Fluent's theme, its checker in a Web Worker. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { WebApp } from './WebApp';
import { CheckClient, type WorkerLike } from './protocol';
import { detectLang } from '../taskpane/i18n';
import { packsReadable } from '../taskpane/rememberedPacks';

const el = document.getElementById('root');
if (el) {
  const client = new CheckClient(() => new Worker(new URL('./worker.ts', import.meta.url)) as unknown as WorkerLike);
  const q = new URLSearchParams(location.search);
  const dark = q.get('theme') === 'dark' || (!q.has('theme') && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
  const start = () => createRoot(el).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <WebApp client={client} lang={detectLang(q.get('lang') ?? undefined)} />
    </FluentProvider>,
  );
  // (published templates kept in the browser's storage are validated as the page starts: the validator first, only then)
  packsReadable().then(start);
}
