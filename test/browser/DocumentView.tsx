/**
 * The in-memory Word's document, shown beside the task pane in the demo (`?doc`): a newcomer without Word sees the outline the pane
 * inserts, types into the report, and sees where a finding leads (the selection is marked and scrolled to). Demo only, not the add-in:
 * each paragraph is edited as the writer would type it in Word (FakeDocument.type), which Word reports to the pane as a change.
 */
import { useEffect, useReducer, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { FakeDocument, FakePara } from '../word/fake/document';

const WORDS = {
  vi: {
    title: 'Văn bản (Word mô phỏng trong trình duyệt)',
    hint: 'Bấm vào một đoạn để sửa, Enter để xong. Phần chữ xám là hướng dẫn của đề cương, sẽ mất khi bạn viết vào.',
    empty: '(đoạn trống)',
    guidance: 'hướng dẫn',
  },
  en: {
    title: 'Document (Word simulated in the browser)',
    hint: 'Click a paragraph to edit it, Enter when done. Grey text is the outline\'s guidance; it goes away as you write.',
    empty: '(empty paragraph)',
    guidance: 'guidance',
  },
};

const GUIDANCE_TAG = /^decuong:g:/;

type Block = { kind: 'para'; para: FakePara } | { kind: 'table'; rows: FakePara[][][] };

/** Paragraphs in order, the cells of each table gathered into rows and cells. */
function blocks(doc: FakeDocument): Block[] {
  const out: Block[] = [];
  let table: { id: number; rows: FakePara[][][] } | undefined;
  for (const p of doc.paras) {
    if (!p.cell) {
      table = undefined;
      out.push({ kind: 'para', para: p });
      continue;
    }
    if (!table || table.id !== p.cell.table) {
      table = { id: p.cell.table, rows: [] };
      out.push({ kind: 'table', rows: table.rows });
    }
    const row = (table.rows[p.cell.row] ??= []);
    (row[p.cell.cell] ??= []).push(p);
  }
  return out;
}

function paraStyle(p: FakePara, guidance: boolean, selected: boolean): CSSProperties {
  const level = /^Heading(\d)$/.exec(p.styleBuiltIn)?.[1];
  return {
    margin: level ? '14px 0 6px' : '0 0 6px',
    padding: '2px 4px',
    fontSize: level ? `${Math.max(15, 20 - Number(level) * 1.5)}px` : '15px',
    fontWeight: level || p.bold ? 600 : 400,
    fontStyle: p.italic || guidance ? 'italic' : 'normal',
    textDecoration: p.underline !== 'None' ? 'underline' : 'none',
    textAlign: p.alignment === 'Centered' ? 'center' : p.alignment === 'Right' ? 'right' : p.alignment === 'Justified' ? 'justify' : 'left',
    color: guidance ? '#5c5c5c' : '#1b1b1b',
    background: selected ? '#fff4c2' : guidance ? '#f2f2f2' : 'transparent',
    outline: selected ? '2px solid #c8a100' : guidance ? '1px dashed #bdbdbd' : 'none',
    borderRadius: 2,
    minHeight: '1.2em',
    whiteSpace: 'pre-wrap',
    cursor: 'text',
  };
}

export function DocumentView({ doc, lang }: { doc: FakeDocument; lang: 'vi' | 'en' }) {
  const w = WORDS[lang];
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const selectedRef = useRef<HTMLElement | null>(null);
  const shownSelection = useRef<FakePara[] | undefined>(undefined);
  // (paragraphs the writer typed into: no longer the guidance, though still in its control — code review of walk64, item 9)
  const typed = useRef(new Set<FakePara>());

  // redrawn when Word reports a change or a new selection, and after every batch the add-in syncs (a control's tag, a deletion)
  useEffect(() => {
    const onChange = () => redraw();
    doc.paragraphListeners.add(onChange);
    doc.selectionListeners.add(onChange);
    let syncs = doc.syncs;
    const timer = setInterval(() => {
      if (doc.syncs !== syncs) {
        syncs = doc.syncs;
        redraw();
      }
    }, 300);
    return () => {
      doc.paragraphListeners.delete(onChange);
      doc.selectionListeners.delete(onChange);
      clearInterval(timer);
    };
  }, [doc]);

  // a new selection made by the pane (a finding opened, the same one again too: Word gives a new selection each time) is scrolled into view;
  // the writer's own click is not moved
  useEffect(() => {
    const sel = doc.selection;
    if (sel.length && sel !== shownSelection.current && selectedRef.current && document.activeElement !== selectedRef.current)
      selectedRef.current.scrollIntoView({ block: 'center' });
    shownSelection.current = sel;
  });

  const guidanceParas = new Set(doc.ccs.filter((c) => GUIDANCE_TAG.test(c.tag)).flatMap((c) => c.paras));
  const select = (p: FakePara) => {
    if (doc.selection.length === 1 && doc.selection[0] === p) return;
    doc.selection = [p];
    doc.emitSelection();
  };
  const commit = (p: FakePara, el: HTMLElement) => {
    // (typed text only: the line breaks a browser adds at the end, and the zero-width space that keeps an empty paragraph clickable, are not)
    const text = el.innerText.replace(/\u200b/gu, '').replace(/\n+$/u, '');
    if (text !== p.text) {
      typed.current.add(p);
      doc.type(p, text);
    }
  };
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      (e.currentTarget as HTMLElement).blur();
    }
  };
  const para = (p: FakePara, key: string | number, inCell = false) => {
    const guidance = guidanceParas.has(p) && !typed.current.has(p);
    const selected = doc.selection.includes(p);
    // (the first paragraph of a selection of several is the one scrolled to)
    const first = selected && doc.selection[0] === p;
    const prefix = p.listString && !inCell ? `${p.listString} ` : '';
    return (
      <div key={key} style={{ display: 'flex', gap: 4 }}>
        {prefix && <span aria-hidden style={{ ...paraStyle(p, guidance, false), outline: 'none', background: 'none', flex: 'none' }}>{prefix}</span>}
        <div
          // (a new text is a new element: the browser's own edits to the old one are not reconciled)
          key={p.text}
          role="textbox"
          aria-label={guidance ? `${w.guidance}: ${p.text.slice(0, 60)}` : p.text.slice(0, 60) || w.empty}
          data-para={p.id}
          data-selected={selected || undefined}
          contentEditable
          suppressContentEditableWarning
          ref={first ? (el) => void (selectedRef.current = el) : undefined}
          onFocus={() => select(p)}
          onBlur={(e) => commit(p, e.currentTarget)}
          onKeyDown={onKey}
          style={{ ...paraStyle(p, guidance, selected), flex: 1 }}
        >
          {p.text || (inCell ? '' : '\u200b')}
        </div>
      </div>
    );
  };

  return (
    <section aria-label={w.title} style={{ flex: 1, minWidth: 0, overflow: 'auto', background: '#e9e9e9', padding: '16px 12px' }}>
      <div style={{ maxWidth: 820, margin: '0 auto' }}>
        <h1 style={{ fontSize: 14, fontWeight: 600, margin: '0 0 2px', color: '#333' }}>{w.title}</h1>
        <p style={{ fontSize: 13, margin: '0 0 10px', color: '#444' }}>{w.hint}</p>
        <article lang="vi" style={{ background: '#fff', boxShadow: '0 1px 4px rgba(0,0,0,.2)', padding: '40px 48px', fontFamily: '"Times New Roman", "Noto Serif", serif' }}>
          {blocks(doc).map((b, i) =>
            b.kind === 'para' ? (
              para(b.para, b.para.id)
            ) : (
              <table key={`t${i}`} style={{ borderCollapse: 'collapse', width: '100%', margin: '6px 0 10px', fontSize: 14 }}>
                <tbody>
                  {b.rows.map((row, r) => (
                    <tr key={r}>
                      {Array.from(row, (cell, c) => (
                        <td key={c} style={{ border: '1px solid #999', padding: '2px 4px', verticalAlign: 'top' }}>
                          {(cell ?? []).map((p) => para(p, p.id, true))}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ),
          )}
        </article>
      </div>
    </section>
  );
}
