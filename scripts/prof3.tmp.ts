import { readDocx } from '../src/docx/read-docx';
import { readFileSync } from 'fs';
(async () => {
  const b = readFileSync('/tmp/big.docx');
  for (let i = 0; i < 8; i++) { const t = performance.now(); await readDocx(b); console.log((performance.now() - t).toFixed(0)); }
})();
