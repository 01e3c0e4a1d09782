/** The web page in jsdom, as the page's tests drive it: a report file as the file chooser gives it, the page with its checker in process,
 * and files chosen. */
import { readFileSync } from 'fs';
import { act, fireEvent, screen } from '@testing-library/react';
import { WebApp } from '../../src/web/WebApp';
import { CheckClient } from '../../src/web/protocol';
import { ui } from '../taskpane/setup';
import { InProcessWorker } from './inprocess';

// jsdom's File has no arrayBuffer(): give it the file's bytes
export const file = (path: string, name = path.split('/').pop()!) => {
  const b = readFileSync(path);
  const f = new File([b], name);
  Object.defineProperty(f, 'arrayBuffer', { value: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.length) });
  return f;
};
export const page = () => ui(<WebApp client={new CheckClient(() => new InProcessWorker())} samples={[]} />);
export const choose = (files: File[]) => act(async () => {
  fireEvent.change(screen.getByLabelText('Chọn tệp .docx…'), { target: { files } });
});
