/**
 * `npm run build -- --env packSource=URL`: the webpack configuration gives the pages the source (DefinePlugin)
 * and widens connect-src to its origin, only when one is set (the configuration is read, nothing is built).
 */
import { DefinePlugin } from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as (env: Record<string, string>, argv: { mode: string }) => { plugins: unknown[] };

const built = (env: Record<string, string>, mode = 'production') => {
  const c = config(env, { mode });
  const define = c.plugins.find((p): p is DefinePlugin => p instanceof DefinePlugin)!;
  const pages = c.plugins.filter((p) => (p as { constructor: { name: string } }).constructor.name === 'HtmlWebpackPlugin') as Array<{ userOptions: { filename: string; cspTag: string } }>;
  return { define: define.definitions, pages };
};

test('with a pack source: the pages get it, and their policy lets them fetch from its origin only', () => {
  const { define, pages } = built({ base: 'https://ntm.example.gov.vn/decuong/', packSource: 'https://sonnmt.example.gov.vn/goi-mau/packs.json' });
  expect(define.__DECUONG_PACK_SOURCE__).toBe(JSON.stringify('https://sonnmt.example.gov.vn/goi-mau/packs.json'));
  expect(define.__DECUONG_DEV__).toBe('false');
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const p of pages) expect(p.userOptions.cspTag).toMatch(/connect-src 'self' https:\/\/sonnmt\.example\.gov\.vn;/);
});

test('without one: built-in templates only, connect-src stays the page\'s own origin', () => {
  const { define, pages } = built({ base: 'https://ntm.example.gov.vn/decuong/' });
  expect(define.__DECUONG_PACK_SOURCE__).toBe('""');
  for (const p of pages) expect(p.userOptions.cspTag).toMatch(/connect-src 'self';/);
});

test('a plain http:// source stops a production build; a development build accepts one on this machine', () => {
  expect(() => built({ base: 'https://ntm.example.gov.vn/decuong/', packSource: 'http://sonnmt.example.gov.vn/packs.json' })).toThrow(/only https:\/\//);
  expect(built({ packSource: 'http://127.0.0.1:8080/packs.json' }, 'development').define.__DECUONG_DEV__).toBe('true');
});
