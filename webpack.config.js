/* Builds the task pane. TypeScript/TSX is transpiled by esbuild-loader (no TypeScript compiler API needed);
   types are checked separately by `npm run typecheck`. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');
const fs = require('fs');
const { productionManifest, normaliseBase } = require('./scripts/build/production-manifest.cjs');
const { cspMetaTag, packSourceOrigin } = require('./scripts/build/content-security-policy.cjs');
const { INSTRUCTION_FILE, sharedFolderInstruction } = require('./scripts/build/shared-folder.cjs');
const { version } = require('./package.json');

/**
 * Webpack's cache on disk (.cache/webpack/, not committed): a build after the first reuses the modules and the
 * minified files that did not change, so the tests and the bench that build the pages again take seconds. It is
 * dropped when this file, or a file it requires, changes.
 */
const cache = (name) => ({ type: 'filesystem', name, cacheDirectory: path.join(__dirname, '.cache', 'webpack'), buildDependencies: { config: [__filename] } });

/** `webpack --env demo`: the task pane on the in-memory Word (test/browser), for the browser test and the screenshot. */
function demoConfig() {
  return {
    mode: 'production',
    entry: { demo: './test/browser/demo.tsx' },
    cache: cache('demo'),
    output: { path: path.resolve(__dirname, 'dist', 'demo'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    performance: { hints: false },
    module: {
      rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'index.html', template: './test/browser/demo.html' }),
      new CopyWebpackPlugin({ patterns: [{ from: 'samples/bao-cao-mau.docx', to: 'bao-cao-mau.docx' }] }),
    ],
  };
}

/** After the build, write <dist>/shared-folder/: the production manifest and the one-page instruction. */
class SharedFolderPlugin {
  constructor(dir, base) {
    this.dir = dir;
    this.base = base;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap('SharedFolderPlugin', () => {
      const xml = productionManifest(fs.readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8'), this.base, version);
      fs.rmSync(this.dir, { recursive: true, force: true });
      fs.mkdirSync(this.dir, { recursive: true });
      fs.writeFileSync(path.join(this.dir, 'manifest.xml'), xml);
      fs.writeFileSync(path.join(this.dir, INSTRUCTION_FILE), sharedFolderInstruction(this.base, version));
    });
  }
}

/*
 * `webpack --mode production --env base=https://HOST/PATH/` (what `npm run build -- --env base=...` runs): the files
 * to serve under the base go to dist/addin/ with a production manifest.xml, and dist/shared-folder/ gets the
 * package for a network-share catalog. Without a base the manifest keeps https://localhost:3000 (development).
 * `--env dist=DIR` writes to DIR instead of dist/ (used by the tests).
 * `--env packSource=https://HOST/PATH/packs.json`: the pages read published report templates from there (the
 * user may change it; src/taskpane/packSource.ts), and the policy's connect-src allows that origin. Absent:
 * the built-in templates only, and connect-src stays 'self'.
 */
module.exports = (env, argv) => {
  env = env || {};
  if (env.demo) return demoConfig();
  const dev = argv.mode !== 'production';
  const distDir = path.resolve(env.dist || path.join(__dirname, 'dist'));
  const base = env.base ? normaliseBase(env.base) : null;
  if (!dev && !base) console.log('decuong build: no --env base=https://HOST/PATH/ given: manifest.xml keeps the development URLs (https://localhost:3000) and no shared-folder package is written.');
  // The policy goes first in <head> (a meta policy covers only what follows it); not in development, where
  // webpack-dev-server's eval source maps and live-reload socket need more.
  const packSource = env.packSource || '';
  const connect = packSourceOrigin(packSource, { dev });
  const cspTag = dev ? '' : cspMetaTag({ connect });
  const manifestTransform = base ? (content) => productionManifest(content.toString('utf8'), base, version) : undefined;
  return {
    // check: the reviewer web page (check.html), beside the task pane; its Web Worker is a chunk of its own
    entry: { taskpane: './src/taskpane/index.tsx', commands: './src/word/commands.ts', check: './src/web/index.tsx' },
    output: { path: path.join(distDir, 'addin'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    devtool: dev ? 'eval-source-map' : false,
    performance: { hints: false },
    cache: cache(dev ? 'addin-development' : 'addin-production'),
    module: {
      rules: [
        { test: /\.[jt]sx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } },
        // (the lexicon's tables of examples and its descriptions are for its test and for people, not for the pane: left out of a
        // production build)
        ...(dev ? [] : [{ test: /[\\/]src[\\/]core[\\/]lexicon[\\/][^\\/]+\.ts$/, enforce: 'pre', loader: path.resolve(__dirname, 'scripts/strip-lexicon-examples.cjs') }]),
      ],
    },
    plugins: [
      new DefinePlugin({ __DECUONG_PACK_SOURCE__: JSON.stringify(packSource), __DECUONG_DEV__: JSON.stringify(dev) }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], cspTag }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/taskpane/commands.html', chunks: ['commands'], cspTag }),
      new HtmlWebpackPlugin({ filename: 'check.html', template: './src/web/check.html', chunks: ['check'], cspTag }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestTransform },
          // "Thử với báo cáo mẫu": the sample reports the web page opens in one click (src/web/WebApp.tsx SAMPLES)
          { from: 'samples/bao-cao-mau.docx', to: 'samples/[name][ext]' },
          { from: 'test/corpus-b/ba01-tinh-bcsd-bang-chi-tieu.docx', to: 'samples/[name][ext]' },
          { from: 'test/corpus-b/ba04-huyen-hu-cam-lo-in-dam.docx', to: 'samples/[name][ext]' },
        ],
      }),
      ...(base ? [new SharedFolderPlugin(path.join(distDir, 'shared-folder'), base)] : []),
    ],
    devServer: {
      port: 3000,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // HTTPS options are supplied by scripts/start.cjs (office-addin-dev-certs, with a fallback on Linux).
    },
  };
};
