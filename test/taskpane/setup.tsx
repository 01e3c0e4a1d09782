/** Shared by the task pane tests: the pane on the in-memory Word through the real adapter. */
import { readFileSync } from 'fs';
import { TextDecoder } from 'util';
import type { ReactElement } from 'react';
import { join } from 'path';
import { configure, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { wordPort } from '../../src/word/port';
import { memorySettings } from '../../src/word/settings';
import { readDocx } from '../../src/docx/read-docx';
import { FakeDocument, fakeRun } from '../word/fake-word';
import { FIXTURES } from '../helpers';
import type { WordRun } from '../../src/word/api';
import type { DocSettings } from '../../src/core/port';
import { PackServer } from '../packs/pack-server';

// the machine may be loaded (a CI run beside other work): wait as long as it takes for what the pane shows — nothing here asserts
// a duration (a fresh clone's run of session 16 timed out at the default second while the pane read the sample report)
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no TextDecoder (browsers and Node do): the reader decodes parts with it
Object.assign(globalThis, { TextDecoder });

export function jsdomShims() {
  // jsdom lacks these browser APIs that Fluent UI touches
  (globalThis as Record<string, unknown>).ResizeObserver ??= class { observe() {} unobserve() {} disconnect() {} };
  // (… and the encoder the docx writer uses for the outline the web page gives to download, which every browser has)
  (globalThis as Record<string, unknown>).TextEncoder ??= require('util').TextEncoder;
  (globalThis as Record<string, unknown>).TextDecoder ??= require('util').TextDecoder;
  window.matchMedia ??= ((q: string) => ({ matches: false, media: q, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, onchange: null, dispatchEvent: () => false })) as never;
}

export const ui = (node: ReactElement) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
export const v01 = async () => FakeDocument.fromModel(await readDocx(readFileSync(join(FIXTURES, 'reports', 'v01-tinh-nq16.docx'))));
export const sampleDoc = async () => FakeDocument.fromModel(await readDocx(readFileSync(join(__dirname, '../../samples/bao-cao-mau.docx'))));
export const portFor = (d: FakeDocument, settings: DocSettings = memorySettings()) => wordPort(fakeRun(d) as unknown as WordRun, { comments: true, settings });

/** Choose a report template by (part of) its title in the chooser ("Đổi" first when one is shown). */
export async function chooseTemplate(title: RegExp) {
  const change = screen.queryByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' });
  if (change) fireEvent.click(change);
  fireEvent.click(await screen.findByRole('combobox', { name: /Mẫu báo cáo/ }));
  fireEvent.click(await screen.findByRole('option', { name: title }));
}

/** A new document: one empty paragraph, the cursor in it. */
export function blank(): FakeDocument {
  const d = new FakeDocument();
  d.paras.push(d.newPara());
  d.selection = [d.paras[0]];
  return d;
}

/** Wait until the template is chosen (recognised from the title), then press "Kiểm tra" and wait for the verdict. */
export async function checkNow() {
  await screen.findByRole('button', { name: 'Đổi mẫu báo cáo hoặc cấp báo cáo' });
  fireEvent.click(screen.getByRole('button', { name: /^Kiểm tra( lại)?$/ }));
  await screen.findByText(/^(Chưa sẵn sàng nộp|Sẵn sàng nộp)$/);
}

/** Open a section's group of points (they start collapsed when there are many). */
export function openGroup(title: RegExp) {
  const head = screen.getAllByRole('button', { name: title }).find((b) => b.hasAttribute('aria-expanded'))!;
  if (head.getAttribute('aria-expanded') !== 'true') fireEvent.click(head);
}

/** The point's own button (not its "Bỏ qua" beside it). */
export const point = (text: RegExp) => screen.getAllByRole('button', { name: text }).find((b) => !b.hasAttribute('aria-expanded') && !/^(Bỏ qua|Ignore)/.test(b.getAttribute('aria-label') ?? ''))!;

/**
 * A local server of published packs for a jsdom test file: started before the tests (with the jsdom shims),
 * stopped after them, and the browser's kept packs (localStorage) cleared before each test.
 */
export function packServerForJsdom(): PackServer {
  const server = new PackServer();
  beforeAll(async () => {
    jsdomShims();
    await server.start();
  });
  afterAll(() => server.stop());
  beforeEach(() => localStorage.clear());
  return server;
}
