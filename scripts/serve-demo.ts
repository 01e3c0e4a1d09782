/* npm run pane:demo — the task pane in a browser on the in-memory Word (no Office needed):
   builds dist/demo (webpack --env demo) and serves it on http://127.0.0.1:3001/ until Ctrl+C; /?doc shows the document beside
   the pane. */
import { join } from 'path';
import { buildPane, ROOT, serveStatic } from './pane-tools';

buildPane(['--env', 'demo'], 'inherit');
const port = Number(process.env.PORT || 3001);
serveStatic(join(ROOT, 'dist', 'demo'), port).then(() =>
  console.log(
    `task pane on the in-memory Word with the sample report: http://127.0.0.1:${port}/\n` +
      `  … with the document beside it, to type into: http://127.0.0.1:${port}/?doc   (a new empty document: ?doc&blank; English: &lang=en)\n` +
      '  (Ctrl+C to stop)',
  ));
