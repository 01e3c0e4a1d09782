/* npm run web — the reviewer web page on this machine: builds dist/addin (webpack --mode production) and serves it
   on http://127.0.0.1:3002/check.html until Ctrl+C (PORT=… for another port). The task pane keeps its own URL for
   Word (npm start, https://localhost:3000/taskpane.html). Reports chosen on the page are read in the browser only. */
import { join } from 'path';
import { buildPane, ROOT, serveStatic } from './pane-tools';

buildPane(['--mode', 'production'], 'inherit');
const port = Number(process.env.PORT || 3002);
serveStatic(join(ROOT, 'dist', 'addin'), port).then(() =>
  console.log(`\nreviewer web page: http://127.0.0.1:${port}/check.html  (Ctrl+C to stop)`));
