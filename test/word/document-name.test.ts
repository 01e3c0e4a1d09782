/** The document's file name from Office's document.url, for the report's "Tệp:" (session 44's walk-through, item 7). */
import { documentName, wordPort } from '../../src/word/port';
import { fakeRun } from './fake-word';
import { fromMarkup } from './helpers';
import type { WordRun } from '../../src/word/api';

test.each([
  ['C:\\Users\\can-bo\\Documents\\Báo cáo\\bao-cao-huyen.docx', 'bao-cao-huyen.docx'],
  ['/Users/can-bo/Documents/bao-cao-xa.docx', 'bao-cao-xa.docx'],
  ['https://tinh.sharepoint.com/sites/ntm/Shared%20Documents/B%C3%A1o%20c%C3%A1o%20huy%E1%BB%87n.docx?web=1', 'Báo cáo huyện.docx'],
  ['https://example.com/a%E0%A4.docx', 'a%E0%A4.docx'],
  ['', 'Word'],
  [null, 'Word'],
  [undefined, 'Word'],
])('%s → %s', (url, name) => expect(documentName(url)).toBe(name));

test('the port reads the document under its file name, or "Word" for a document never saved', async () => {
  const run = fakeRun(fromMarkup('Báo cáo kết quả.')) as unknown as WordRun;
  expect((await wordPort(run, { comments: true, url: () => 'C:\\Báo cáo\\bao-cao-huyen.docx' }).read()).source).toBe('bao-cao-huyen.docx');
  expect((await wordPort(run, { comments: true, url: () => '' }).read()).source).toBe('Word');
  expect((await wordPort(run, { comments: true }).read()).source).toBe('Word');
});
