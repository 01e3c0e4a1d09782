/** Run `reset` when the pane's language changes (not on the first render): what was said in the other language goes (walk63, item 11). */
import { useEffect, useRef } from 'react';

export function useLangChange(lang: string, reset: () => void): void {
  const was = useRef(lang);
  useEffect(() => {
    if (was.current !== lang) reset();
    was.current = lang;
    // (reset is made anew at every render; only the language's change matters)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);
}
