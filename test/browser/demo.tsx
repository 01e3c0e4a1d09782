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
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={q.get('theme') === 'dark' ? webDarkTheme : webLightTheme}>
      <App host={{ inWord: true, displayLanguage: q.get('lang') ?? 'vi-VN' }} port={port} />
    </FluentProvider>,
  );
}
main();
