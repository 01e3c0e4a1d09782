/**
 * @jest-environment jsdom
 */
/** The template validator is a chunk of its own (issue 11): were it not to load (offline, a new version deployed), opening a template
 * file says so in one line, not nothing at all (walk49). */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PackFile } from '../../src/taskpane/PackFile';

jest.mock('../../src/packs/validator', () => ({
  loadValidator: () => Promise.reject(new Error('ChunkLoadError: Loading chunk validate failed.')),
  validator: () => { throw new Error('not loaded'); },
}));

test('opening a template file while the validator cannot load: one line that says what to do', async () => {
  const problems: Array<{ file: string; lines: string[] }> = [];
  render(<FluentProvider theme={webLightTheme}><PackFile lang="vi" onPack={() => { throw new Error('no pack may come through'); }} onProblems={(file, list) => problems.push({ file, lines: list.map((p) => p.message) })} /></FluentProvider>);
  const input = screen.getByLabelText('Mở mẫu từ tệp (.json)…') as HTMLInputElement;
  const f = new File(['{}'], 'mau.json', { type: 'application/json' });
  Object.defineProperty(f, 'text', { value: async () => '{}' });
  fireEvent.change(input, { target: { files: [f] } });
  await new Promise((r) => setTimeout(r, 0));
  expect(problems).toEqual([{ file: 'mau.json', lines: ['Không tải được phần kiểm tra tệp mẫu (mất kết nối mạng?): tải lại trang rồi mở lại tệp.'] }]);
});
