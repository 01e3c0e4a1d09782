import { useRef } from 'react';
import { Button } from '@fluentui/react-components';
import type { Pack } from '../packs/schema';
import { loadValidator } from '../packs/validator';
import { t, type UiLang } from './i18n';

export interface PackProblem {
  /** What is wrong, in words a clerk reads. */
  message: string;
  /** Where in the file (secondary; empty for the whole file). */
  path: string;
}

/** What the top-level parts of a template file are called, for the clerk who reads the problem. */
const PART: Record<UiLang, Record<string, string>> = {
  vi: {
    id: 'Mã mẫu', version: 'Phiên bản', title: 'Tên mẫu', sources: 'Văn bản căn cứ', levels: 'Các cấp báo cáo', period: 'Kỳ báo cáo',
    due: 'Hạn nộp', identify: 'Cách nhận ra mẫu', outline: 'Đề cương', indicators: 'Chỉ tiêu', appendices: 'Phụ lục', deadlines: 'Các mốc thời hạn',
  },
  en: {
    id: 'Template id', version: 'Version', title: 'Template title', sources: 'Source documents', levels: 'Report levels', period: 'Data period',
    due: 'Due dates', identify: 'How the template is recognised', outline: 'Outline', indicators: 'Indicators', appendices: 'Appendices', deadlines: 'Deadlines',
  },
};

/**
 * Open a template file (.json) the secretariat distributed. It is validated like `decuong pack validate`:
 * a bad file is refused with every problem, one per line, the place in the file secondary.
 */
export function PackFile({ lang, onPack, onProblems }: { lang: UiLang; onPack: (p: Pack) => void; onProblems: (file: string, problems: PackProblem[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const read = async (file: File) => {
    // (the validator is a chunk of its own: were it not to load, say so — not nothing at all — walk49)
    const v = await loadValidator().catch(() => undefined);
    if (!v) return onProblems(file.name, [{ message: t(lang, 'validatorFailed'), path: '' }]);
    const r = v.validatePackText(await file.text(), lang);
    if (r.ok) onPack(r.pack);
    else onProblems(file.name, r.problems.map((p) => {
      const part = PART[lang][p.path.split(/[.[]/)[0]];
      return { message: part ? `${part}: ${p.message}` : p.message, path: p.path };
    }));
  };
  return (
    <>
      <input
        ref={input} type="file" accept=".json,application/json" hidden aria-label={t(lang, 'loadPack')}
        onChange={(e) => { const f = e.target.files?.[0]; if (f) read(f); e.target.value = ''; }}
      />
      <Button size="small" onClick={() => input.current?.click()}>{t(lang, 'loadPack')}</Button>
    </>
  );
}
