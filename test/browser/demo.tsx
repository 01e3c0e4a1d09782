/**
 * The task pane in a plain browser on the in-memory Word: the sample report is
 * read from its .docx (same reader as the CLI), loaded into the fake Word, and
 * the real adapter and task pane run on it. Built by `webpack --env demo` for
 * the browser test and the README screenshot; not part of the add-in.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { wordPort } from '../../src/word/port';
import { readDocx } from '../../src/docx/read-docx';
import { FakeDocument, fakeRun } from '../word/fake-word';
import type { WordRun } from '../../src/word/api';
import { memorySettings } from '../../src/word/settings';
import { packsReadable } from '../../src/taskpane/rememberedPacks';
import { DocumentView } from './DocumentView';

async function main() {
  const buf = await (await fetch('bao-cao-mau.docx')).arrayBuffer();
  const doc = FakeDocument.fromModel(await readDocx(buf, 'bao-cao-mau.docx'));
  (window as unknown as { fakeWord: FakeDocument }).fakeWord = doc;
  const q = new URLSearchParams(location.search);
  // ?blank: a new empty document (the write tab's insertion); ?theme=dark: Office's dark theme
  if (q.has('blank')) {
    doc.paras.splice(0, doc.paras.length, doc.newPara());
    doc.selection = [doc.paras[0]];
  }
  const port = wordPort(fakeRun(doc) as unknown as WordRun, { comments: true, settings: memorySettings() });
  // (as the pane's own start does: templates kept in the browser's storage are validated as it starts — walk49)
  await packsReadable();
  const lang = q.get('lang') ?? 'vi-VN';
  const pane = (
    <FluentProvider theme={q.get('theme') === 'dark' ? webDarkTheme : webLightTheme}>
      <App host={{ inWord: true, displayLanguage: lang }} port={port} />
    </FluentProvider>
  );
  // ?doc: the document beside the pane, as Word shows it — to type into, and to see where a finding leads
  createRoot(document.getElementById('root')!).render(
    q.has('doc') ? (
      <div style={{ display: 'flex', height: '100vh' }}>
        <DocumentView doc={doc} lang={lang.startsWith('en') ? 'en' : 'vi'} />
        <div style={{ width: 360, flex: 'none', borderLeft: '1px solid #c8c8c8', overflow: 'auto' }}>{pane}</div>
      </div>
    ) : (
      pane
    ),
  );
}
main();
