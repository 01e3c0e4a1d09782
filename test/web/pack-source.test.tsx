/**
 * @jest-environment jsdom
 */
/**
 * The reviewer web page with the secretariat's published packs: the newest good version from packs.json is
 * offered beside the built-in packs, and the worker checks with it (recognised from the title, or chosen).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { WebApp } from '../../src/web/WebApp';
import { CheckClient } from '../../src/web/protocol';
import { packText, sha, NQ16, browserLikeDeps } from '../packs/pack-server';
import { packServerForJsdom, ui } from '../taskpane/setup';
import { InProcessWorker } from './inprocess';

configure({ asyncUtilTimeout: 30_000 });
const server = packServerForJsdom();

const ROOT = join(__dirname, '../..');
const file = (path: string) => {
  const b = readFileSync(path);
  const f = new File([b], path.split('/').pop()!);
  Object.defineProperty(f, 'arrayBuffer', { value: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.length) });
  return f;
};
const deps = browserLikeDeps;

test('a published version of a pack is offered and used for the check; the page names it by its title', async () => {
  const title = `${NQ16.title} (bản phát hành 1.9.0)`;
  const body = packText('1.9.0', { title });
  server.publish('1.9.0', body, sha(body));
  const client = new CheckClient(() => new InProcessWorker());
  const seen: string[] = [];
  const check = client.check.bind(client);
  client.check = async (...args: Parameters<typeof check>) => {
    const r = await check(...args);
    if (r.report) seen.push(`${r.report.pack.id} ${r.report.pack.version}`);
    return r;
  };
  ui(<WebApp client={client} samples={[]} packSource={{ defaultSource: server.index, deps, allowHttpLoopback: true }} />);
  await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/127\.0\.0\.1/));
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toMatch(/^Đang tải/));
  await act(async () => {
    fireEvent.change(screen.getByLabelText('Chọn tệp .docx…'), { target: { files: [file(join(ROOT, 'samples', 'bao-cao-mau.docx'))] } });
  });
  await screen.findByText('Chưa sẵn sàng nộp', {}, { timeout: 30_000 });
  expect(seen).toEqual(['nq16-so-ket-3-nam 1.9.0']);
  expect(screen.getAllByText(/bản phát hành 1\.9\.0/).length).toBeGreaterThan(0);
});
