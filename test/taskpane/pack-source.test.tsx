/**
 * @jest-environment jsdom
 */
/**
 * Published report templates in the task pane: usePackSource and its settings (PackSourceSettings) in jsdom,
 * the packs served by a local HTTP server, sha256 by Node's WebCrypto, the last good packs in jsdom's
 * localStorage. A good index, a newer version arriving, and each failure — a bad index, a wrong hash, an
 * oversized pack, a network failure, a non-HTTPS address — keeps the last good pack and says why in one line.
 */
import { act, cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { usePackSource, type PackSourceConfig } from '../../src/taskpane/packSource';
import { PackSourceSettings } from '../../src/taskpane/PackSourceSettings';
import { App } from '../../src/taskpane/App';
import { builtinPack } from '../../src/packs/builtin';
import { PackServer, deadAddress, packText, sha, NQ16, browserLikeDeps } from '../packs/pack-server';
import { packServerForJsdom, ui } from './setup';

// the machine may be loaded: wait for the source as long as it takes (nothing here asserts a duration)
configure({ asyncUtilTimeout: 30_000 });

const server = packServerForJsdom();

const deps = browserLikeDeps;
const config = (over: Partial<PackSourceConfig> = {}): PackSourceConfig => ({ lang: 'vi', defaultSource: server.index, deps, allowHttpLoopback: true, ...over });

function Harness(props: PackSourceConfig) {
  const s = usePackSource(props);
  return (
    <>
      <PackSourceSettings source={s} lang={props.lang} />
      <ul aria-label="in use">{s.packs.map((p) => <li key={p.id}>{`${p.id} ${p.version}`}</li>)}</ul>
    </>
  );
}

const status = () => screen.getByRole('status').textContent ?? '';
const inUse = () => within(screen.getByRole('list', { name: 'in use' })).queryAllByRole('listitem').map((li) => li.textContent);
const settled = () => waitFor(() => expect(status()).not.toMatch(/^Đang tải/));
const reload = async () => {
  fireEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
  await settled();
};

/** The pane's hook with 1.4.0 of nq16 kept from the local server. */
async function at140() {
  server.publish('1.4.0');
  ui(<Harness {...config()} />);
  await settled();
  expect(inUse()).toEqual(['nq16-so-ket-3-nam 1.4.0']);
}

test('a good index: the pack is fetched, checked and used, and kept in the browser\'s storage', async () => {
  server.publish('1.3.0');
  ui(<Harness {...config()} />);
  expect(status()).toMatch(/^Đang tải mẫu báo cáo từ 127\.0\.0\.1:\d+…$/);
  await settled();
  expect(status()).toMatch(/^Nguồn 127\.0\.0\.1:\d+: 1 mẫu báo cáo, kiểm tra lúc \d\d:\d\d \d+\/\d+\/\d{4}\.$/);
  expect(inUse()).toEqual(['nq16-so-ket-3-nam 1.3.0']);
  const kept = JSON.parse(localStorage.getItem(`decuong:pack-source:${server.index}`)!);
  expect(kept.map((k: { version: string; sha256: string }) => [k.version, k.sha256])).toEqual([['1.3.0', sha(packText('1.3.0'))]]);
  // the settings show the template in use with its version
  fireEvent.click(screen.getByRole('button', { name: 'Nguồn mẫu báo cáo' }));
  expect(screen.getByText(new RegExp(`^${NQ16.title.slice(0, 40)}.*, phiên bản 1\\.3\\.0 \\(tải lúc`))).toBeTruthy();
});

test('a newer version arriving is used, said in the status line and marked new', async () => {
  server.publish('1.3.0');
  ui(<Harness {...config()} />);
  await settled();
  server.publish('1.4.0');
  await reload();
  expect(inUse()).toEqual(['nq16-so-ket-3-nam 1.4.0']);
  expect(status()).toMatch(/^Có phiên bản mới của mẫu "Báo cáo sơ kết 03 năm.*": 1\.4\.0 \(trước: 1\.3\.0\), nhận lúc \d\d:\d\d /);
  fireEvent.click(screen.getByRole('button', { name: 'Nguồn mẫu báo cáo' }));
  expect(screen.getByText('mới')).toBeTruthy();
});

test.each([
  ['a bad index', () => (server.routes['/goi-mau/packs.json'] = { body: '{"packs": [' }), /^Nguồn 127\.0\.0\.1:\d+: mục lục packs\.json không phải JSON hợp lệ \(.*\); dùng 1 mẫu báo cáo đã lưu \(nq16-so-ket-3-nam 1\.4\.0\)\.$/],
  ['a wrong hash', () => server.publish('1.5.0', packText('1.5.0'), sha('something else')), /: nq16-so-ket-3-nam 1\.5\.0: mã sha256 không khớp với mục lục \(mục lục ghi [0-9a-f]{12}…, tệp có [0-9a-f]{12}…\); dùng bản đã lưu 1\.4\.0 \(tải lúc .*\)\.$/],
  ['an oversized pack', () => server.publish('1.5.0', packText('1.5.0', { description: 'x'.repeat(6 * 1024 * 1024) })), /: nq16-so-ket-3-nam 1\.5\.0: tệp lớn quá 5120 KB cho phép; dùng bản đã lưu 1\.4\.0/],
  ['an invalid pack', () => server.publish('1.5.0', packText('1.5.0', { levels: [] })), /: nq16-so-ket-3-nam 1\.5\.0: mẫu báo cáo không hợp lệ: levels: .*; dùng bản đã lưu 1\.4\.0/],
])('%s keeps the last good pack and the status line says why', async (_name, setUp, why) => {
  await at140();
  (setUp as () => void)();
  await reload();
  expect(inUse()).toEqual(['nq16-so-ket-3-nam 1.4.0']);
  expect(status()).toMatch(why);
  expect(status()).not.toMatch(/\n/);
});

test('a network failure keeps the last good pack; the kept pack is there at once, before the source answers', async () => {
  const other = new PackServer();
  await other.start();
  other.publish('1.4.0');
  const { unmount } = ui(<Harness {...config({ defaultSource: other.index })} />);
  await settled();
  unmount();
  await other.stop();
  ui(<Harness {...config({ defaultSource: other.index })} />);
  // offline start: the last good pack before anything is fetched
  expect(inUse()).toEqual(['nq16-so-ket-3-nam 1.4.0']);
  await settled();
  expect(status()).toMatch(/^Nguồn 127\.0\.0\.1:\d+: không kết nối được \([A-Z_]+\); dùng 1 mẫu báo cáo đã lưu \(nq16-so-ket-3-nam 1\.4\.0\)\.$/);
  expect(inUse()).toEqual(['nq16-so-ket-3-nam 1.4.0']);
});

test('a source never reached, with nothing kept: the built-in templates only, and why', async () => {
  ui(<Harness {...config({ defaultSource: await deadAddress() })} />);
  await settled();
  expect(status()).toMatch(/không kết nối được \(ECONNREFUSED\); chưa có mẫu báo cáo nào đã lưu từ nguồn này\.$/);
  expect(inUse()).toEqual([]);
});

test('changing the source: a non-HTTPS address is refused with its reason and nothing changes; a good one is remembered', async () => {
  await at140();
  fireEvent.click(screen.getByRole('button', { name: 'Nguồn mẫu báo cáo' }));
  const field = screen.getByRole('textbox', { name: /Địa chỉ mục lục mẫu báo cáo/ });
  expect((field as HTMLInputElement).value).toBe(server.index);
  fireEvent.change(field, { target: { value: 'http://sonnmt.quangtri.gov.vn/goi-mau/packs.json' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu địa chỉ' }));
  expect(screen.getByText('Không đổi nguồn: chỉ nhận địa chỉ https:// (http:// chỉ dùng khi thử nghiệm trên chính máy này).')).toBeTruthy();
  expect(inUse()).toEqual(['nq16-so-ket-3-nam 1.4.0']);
  expect(localStorage.getItem('decuong:pack-source-url')).toBeNull();
  // another source (a second site): remembered, read, and the build's default offered back
  const other = new PackServer();
  await other.start();
  other.publish('2.0.0');
  fireEvent.change(field, { target: { value: other.index } });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu địa chỉ' }));
  await waitFor(() => expect(inUse()).toEqual(['nq16-so-ket-3-nam 2.0.0']));
  expect(localStorage.getItem('decuong:pack-source-url')).toBe(other.index);
  fireEvent.click(screen.getByRole('button', { name: 'Dùng địa chỉ mặc định' }));
  await waitFor(() => expect(inUse()).toEqual(['nq16-so-ket-3-nam 1.4.0']));
  await settled();
  expect(localStorage.getItem('decuong:pack-source-url')).toBeNull();
  // empty: the built-in templates only
  fireEvent.change(screen.getByRole('textbox', { name: /Địa chỉ mục lục mẫu báo cáo/ }), { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu địa chỉ' }));
  await waitFor(() => expect(status()).toBe('Chỉ dùng các mẫu báo cáo có sẵn: chưa đặt nguồn mẫu báo cáo.'));
  expect(inUse()).toEqual([]);
  await other.stop();
});

test('without the development option a plain http:// source is refused, whatever the host', async () => {
  server.publish('1.4.0');
  server.requests = [];
  ui(<Harness {...config({ allowHttpLoopback: false })} />);
  await settled();
  expect(status()).toMatch(/: chỉ nhận địa chỉ https:\/\/ \(http:\/\/ chỉ dùng khi thử nghiệm trên chính máy này\); chưa có mẫu báo cáo nào đã lưu từ nguồn này\.$/);
  expect(server.requests).toEqual([]);
});

test('English: the status line and the reasons', async () => {
  await at140();
  server.publish('1.5.0', packText('1.5.0'), sha('x'));
  cleanup();
  ui(<Harness {...config({ lang: 'en' })} />);
  expect(status()).toMatch(/^Loading report templates from 127\.0\.0\.1:\d+…$/);
  await waitFor(() => expect(status()).toMatch(/^Source 127\.0\.0\.1:\d+: nq16-so-ket-3-nam 1\.5\.0: sha256 does not match the index .*; using the saved 1\.4\.0 \(fetched .*\)\.$/));
});

describe('in the task pane', () => {
  const NQ16_TITLE = /^Báo cáo sơ kết 03 năm thực hiện Nghị quyết số 16/;

  test('the published template joins the built-in ones in the chooser, named by title and version, replacing the built-in one of its id', async () => {
    server.publish('1.9.0');
    ui(<App host={{ inWord: false, displayLanguage: 'vi-VN' }} port={null} packSource={config()} />);
    await waitFor(() => expect(screen.getByRole('group', { name: 'Nguồn mẫu báo cáo' }).textContent).toMatch(/Nguồn 127\.0\.0\.1:\d+: 1 mẫu báo cáo/));
    fireEvent.click(screen.getByRole('combobox', { name: /Mẫu báo cáo/ }));
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options.filter((o) => NQ16_TITLE.test(o ?? ''))).toEqual([`${NQ16.title} · phiên bản 1.9.0`]);
    expect(options).toContain(`${builtinPack('ntm-tong-ket-2010-2020')!.title} · phiên bản ${builtinPack('ntm-tong-ket-2010-2020')!.version}`);
    expect(options).toHaveLength(6);
  });

  test('a failure of the source is said in the pane (a note, and the source\'s status line); the built-in templates stay', async () => {
    ui(<App host={{ inWord: false, displayLanguage: 'vi-VN' }} port={null} packSource={config({ defaultSource: await deadAddress() })} />);
    const why = /^Nguồn 127\.0\.0\.1:\d+: không kết nối được \(ECONNREFUSED\); chưa có mẫu báo cáo nào đã lưu từ nguồn này\.$/;
    await waitFor(() => expect(screen.getAllByText(why)).toHaveLength(2));
    fireEvent.click(screen.getByRole('combobox', { name: /Mẫu báo cáo/ }));
    expect(await screen.findAllByRole('option')).toHaveLength(6);
  });

  test('without a source (the build set none) the pane says it uses the built-in templates only, and fetches nothing', async () => {
    server.requests = [];
    ui(<App host={{ inWord: false, displayLanguage: 'vi-VN' }} port={null} packSource={{ defaultSource: '', deps }} />);
    expect(screen.getByText('Chỉ dùng các mẫu báo cáo có sẵn: chưa đặt nguồn mẫu báo cáo.')).toBeTruthy();
    await act(async () => {});
    expect(server.requests).toEqual([]);
  });
});
