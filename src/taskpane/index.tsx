import type { ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { detectHost, officeIsDark } from '../word/host';
import { officeWordPort } from '../word/port';

const el = document.getElementById('root');
if (el) {
  const root = createRoot(el);
  const render = (node: ReactElement, dark = false) => root.render(<FluentProvider theme={dark ? webDarkTheme : webLightTheme}>{node}</FluentProvider>);
  render(<App port={null} />);
  detectHost().then((host) => render(<App host={host} port={host.inWord ? officeWordPort() : null} />, officeIsDark()));
}
