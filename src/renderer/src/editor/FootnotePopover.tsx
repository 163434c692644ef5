import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { selectedNodeOf, setNodeAttribute } from './selectedNode';
import { focusIsWithin, useRepositionAfterRender, type BubbleOptions, type ShouldShow } from './bubbles';

/** The footnote's number as the editor shows it: its place among the post's footnotes. */
function footnoteNumber(editor: Editor, pos: number): number {
  let number = 0;
  editor.state.doc.nodesBetween(0, pos + 1, (node, nodePos) => {
    if (node.type.name === 'footnote' && nodePos <= pos) number += 1;
  });
  return number;
}

const FOOTNOTE_KEY = new PluginKey('footnoteEditor');

const OPTIONS: BubbleOptions = { placement: 'bottom', offset: 8, flip: true, shift: { padding: 12 } };

const shouldShow: ShouldShow = ({ editor, view, element }) => editor.isEditable && selectedNodeOf(editor, 'footnote') !== null && focusIsWithin(view, element);

interface FootnoteFieldProps {
  editor: Editor;
  pos: number;
  text: string;
  number: number;
  fieldRef: RefObject<HTMLTextAreaElement | null>;
}

/** A new, empty footnote: the writer is about to type its text. */
function focusIfEmpty(field: HTMLTextAreaElement | null): void {
  if (field?.isConnected && !field.value) field.focus();
}

function FootnoteField({ editor, pos, text: initialText, number, fieldRef }: FootnoteFieldProps) {
  const [text, setText] = useState(initialText);
  // When the bubble is already on the page; otherwise its onShow does it.
  useLayoutEffect(() => focusIfEmpty(fieldRef.current), [fieldRef]);

  const finish = (): void => {
    // Focus now: Tiptap's focus command waits a frame, and the next keys would land here.
    editor.view.focus();
    if (!text.trim()) {
      // An empty note would publish as a bare number.
      editor.chain().focus().setNodeSelection(pos).deleteSelection().run();
      return;
    }
    editor.chain().focus().setTextSelection(pos + 1).run();
  };

  return (
    <label className="bubble-field footnote-field">
      <span>Footnote {number}</span>
      <textarea
        ref={fieldRef}
        className="bubble-input"
        rows={3}
        value={text}
        placeholder="Write the note…"
        onChange={(event) => {
          setText(event.target.value);
          setNodeAttribute(editor, pos, 'text', event.target.value);
        }}
        onKeyDown={(event) => {
          if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape') {
            event.preventDefault();
            finish();
          }
        }}
      />
      <span className="bubble-hint">Enter to finish · Shift+Enter for a new line</span>
    </label>
  );
}

/** The text of the selected footnote, under its number. */
export function FootnotePopover({ editor }: { editor: Editor }) {
  const footnote = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const selected = selectedNodeOf(e, 'footnote');
      return selected ? { pos: selected.pos, text: String(selected.attrs.text ?? ''), number: footnoteNumber(e, selected.pos) } : null;
    },
  });
  useRepositionAfterRender(editor, FOOTNOTE_KEY, footnote?.pos ?? null);
  const fieldRef = useRef<HTMLTextAreaElement | null>(null);
  // The bubble is attached to the page only when shown: focus the field then.
  const options = useMemo<BubbleOptions>(() => ({ ...OPTIONS, onShow: () => requestAnimationFrame(() => focusIfEmpty(fieldRef.current)) }), []);
  return (
    <BubbleMenu
      editor={editor}
      pluginKey={FOOTNOTE_KEY}
      className="bubble footnote-bubble"
      updateDelay={0}
      options={options}
      shouldShow={shouldShow}
    >
      {footnote ? <FootnoteField key={footnote.pos} editor={editor} pos={footnote.pos} text={footnote.text} number={footnote.number} fieldRef={fieldRef} /> : null}
    </BubbleMenu>
  );
}
