import { useRef } from 'react';
import { Button } from '@fluentui/react-components';
import type { Pack } from '../packs/schema';
import { validatePackText } from '../packs/validate';
import { t, type UiLang } from './i18n';

/**
 * Load a pack JSON the secretariat distributed. It is validated like `decuong pack validate`:
 * a bad file is refused with one line per problem (JSON path and what is wrong).
 */
export function PackFile({ lang, onPack, onProblems }: { lang: UiLang; onPack: (p: Pack) => void; onProblems: (text: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const read = async (file: File) => {
    const r = validatePackText(await file.text(), lang);
    if (r.ok) onPack(r.pack);
    else onProblems(`${file.name}: ${r.problems.slice(0, 5).map((p) => `${p.path || '(tệp)'} — ${p.message}`).join('; ')}${r.problems.length > 5 ? ` (+${r.problems.length - 5})` : ''}`);
  };
  return (
    <>
      <input
        ref={input} type="file" accept=".json,application/json" hidden aria-label={t(lang, 'loadPack')}
        onChange={(e) => { const f = e.target.files?.[0]; if (f) read(f); e.target.value = ''; }}
      />
      <Button size="small" appearance="subtle" onClick={() => input.current?.click()}>{t(lang, 'loadPack')}</Button>
    </>
  );
}
