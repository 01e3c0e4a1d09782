import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { detectHost, officeIsDark } from '../word/host';
import { officeWordPort } from '../word/port';
import { packsReadable } from './rememberedPacks';

const el = document.getElementById('root');
const start = (root: HTMLElement) => {
  const r = createRoot(root);
  const render = (node: ReactElement, dark = false) => r.render(<FluentProvider theme={dark ? webDarkTheme : webLightTheme}>{node}</FluentProvider>);
  render(<App port={null} />);
  detectHost().then((host) => render(<App host={host} port={host.inWord ? officeWordPort() : null} />, officeIsDark()));
};
// (templates kept in the browser's storage are validated as the pane starts: the validator first, only then)
if (el) packsReadable().then(() => start(el));
