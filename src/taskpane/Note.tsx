import { useRef } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { t, type UiLang } from './i18n';

const useStyles = makeStyles({
  note: {
    display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, border: `1px solid ${tokens.colorPaletteGreenBorder2}` },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, border: `1px solid ${tokens.colorPaletteRedBorder2}` },
  info: { backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}` },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground1 },
});

/** A message beside the action it is about; the writer can dismiss it. */
export function Note({ text, intent, lang, onDismiss }: { text: string; intent: 'success' | 'error' | 'info'; lang: UiLang; onDismiss: () => void }) {
  const styles = useStyles();
  const box = useRef<HTMLDivElement>(null);
  // (the focus goes back to what stands before the message — the action it is about — not to the page's body when it goes: walk61, item 1)
  const dismiss = () => {
    const el = box.current;
    const all = el ? [...el.ownerDocument.querySelectorAll<HTMLElement>('button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])')] : [];
    const before = el ? all.filter((x) => !el.contains(x) && (x.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)).pop() : undefined;
    onDismiss();
    setTimeout(() => before?.isConnected && before.focus(), 0);
  };
  return (
    <div ref={box} className={mergeClasses(styles.note, styles[intent])} role={intent === 'error' ? 'alert' : 'status'}>
      <Text size={200} className={styles.text}>{text}</Text>
      <Button size="small" appearance="transparent" onClick={dismiss}>{t(lang, 'dismiss')}</Button>
    </div>
  );
}
