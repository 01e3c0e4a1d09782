/* Builds the task pane. TypeScript/TSX is transpiled by esbuild-loader (no TypeScript compiler API needed);
   types are checked separately by `npm run typecheck`. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** `webpack --env demo`: the task pane on the in-memory Word (test/browser), for the browser test and the screenshot. */
function demoConfig() {
  return {
    mode: 'production',
    entry: { demo: './test/browser/demo.tsx' },
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

module.exports = (env, argv) => {
  if (env && env.demo) return demoConfig();
  const dev = argv.mode !== 'production';
  return {
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: { path: path.resolve(__dirname, 'dist', 'addin'), filename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    devtool: dev ? 'eval-source-map' : false,
    performance: { hints: false },
    module: {
      rules: [{ test: /\.[jt]sx?$/, exclude: /node_modules/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } }],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/taskpane/commands.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      // HTTPS options are supplied by scripts/start.cjs (office-addin-dev-certs, with a fallback on Linux).
    },
  };
};
