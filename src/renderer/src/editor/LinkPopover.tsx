import { useCallback, useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { getMarkRange, posToDOMRect, type Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { Icon } from './icons';
import { closeLinkEditor, isLinkEditorOpen, LINK_BUBBLE_KEY, openLinkEditor } from './linkEditing';
import { normalizeLinkUrl } from './linkUrl';
import { focusIsWithin, useRepositionAfterRender, type BubbleOptions, type ShouldShow } from './bubbles';

/** The range of the link around the cursor, if the cursor is in one. */
function linkRangeAtCursor(editor: Editor): { from: number; to: number } | null {
  const { $from } = editor.state.selection;
  const type = editor.schema.marks.link;
  return type ? (getMarkRange($from, type) ?? null) : null;
}

const OPTIONS: BubbleOptions = { placement: 'bottom-start', offset: 8, flip: true, shift: { padding: 12 } };

/** Open while the form is; otherwise while the cursor rests in a link. */
const shouldShow: ShouldShow = ({ editor, view, element, state }) => {
  if (!editor.isEditable) return false;
  if (isLinkEditorOpen(state)) return true;
  return state.selection.empty && editor.isActive('link') && focusIsWithin(view, element);
};

interface LinkFormProps {
  editor: Editor;
  initialHref: string;
  /** No text is selected and the cursor is not in a link: ask for the words to link too. */
  needsText: boolean;
}

function LinkForm({ editor, initialHref, needsText }: LinkFormProps) {
  const [href, setHref] = useState(initialHref);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const errorId = useId();

  // Straight away when the bubble is on the page already (it usually is: it is shown before
  // React draws the form); otherwise once it has been attached.
  useLayoutEffect(() => {
    if (input.current?.isConnected) {
      input.current.focus();
      return;
    }
    const frame = requestAnimationFrame(() => input.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  // Focus goes back to the text at once (Tiptap's focus command waits a frame, and the next
  // keys would land in the field).
  const close = (): void => {
    editor.view.focus();
    closeLinkEditor(editor);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const result = normalizeLinkUrl(href);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    editor.view.focus();
    const chain = editor.chain().focus();
    if (needsText) {
      const words = text.trim() || result.href.replace(/^mailto:/, '');
      chain.insertContent({ type: 'text', text: words, marks: [{ type: 'link', attrs: { href: result.href } }] });
    } else {
      chain.extendMarkRange('link').setLink({ href: result.href });
    }
    chain.run();
    closeLinkEditor(editor);
  };

  const remove = (): void => {
    editor.view.focus();
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    closeLinkEditor(editor);
  };

  return (
    <form
      className="link-form"
      aria-label="Edit link"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      {needsText ? (
        <input className="bubble-input" aria-label="Link text" placeholder="Text to show" value={text} onChange={(event) => setText(event.target.value)} />
      ) : null}
      <div className="link-form-row">
        <input
          ref={input}
          className="bubble-input link-input"
          aria-label="Link address"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          placeholder="Paste or type a link…"
          value={href}
          spellCheck={false}
          onChange={(event) => {
            setHref(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="bubble-button bubble-text-button">
          Apply
        </button>
        {initialHref ? (
          <button type="button" className="bubble-button" aria-label="Remove link" data-tooltip="Remove link" onClick={remove}>
            <Icon name="unlink" />
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="bubble-error" id={errorId} role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/**
 * The link popover: a form to add, change or remove a link (from the toolbar, the bubble menu
 * or Mod-K), and, while the cursor rests in a link, its address with Edit and Remove.
 */
export function LinkPopover({ editor }: { editor: Editor }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      open: isLinkEditorOpen(e.state),
      href: e.isActive('link') ? String(e.getAttributes('link').href ?? '') : '',
      empty: e.state.selection.empty,
    }),
  });

  useRepositionAfterRender(editor, LINK_BUBBLE_KEY, state.open || state.href ? `${String(state.open)}:${state.href}` : null);

  // Under the whole link when the cursor rests in one; under the selection otherwise.
  const referenceElement = useCallback(() => {
    const range = linkRangeAtCursor(editor);
    if (!range || !editor.state.selection.empty) return null;
    const rect = posToDOMRect(editor.view, range.from, range.to);
    return { getBoundingClientRect: () => rect, getClientRects: () => [rect] };
  }, [editor]);

  return (
    <BubbleMenu
      editor={editor}
      pluginKey={LINK_BUBBLE_KEY}
      className="bubble link-bubble"
      updateDelay={0}
      options={OPTIONS}
      shouldShow={shouldShow}
      getReferencedVirtualElement={referenceElement}
    >
      {state.open ? (
        <LinkForm key={state.href} editor={editor} initialHref={state.href} needsText={state.empty && !state.href} />
      ) : state.href ? (
        <div className="link-preview">
          <span className="link-preview-url" title={state.href}>
            {state.href.replace(/^mailto:/, '')}
          </span>
          <button type="button" className="bubble-button" aria-label="Edit link" data-tooltip="Edit link" onClick={() => openLinkEditor(editor)}>
            <Icon name="edit" />
          </button>
          <button
            type="button"
            className="bubble-button"
            aria-label="Remove link"
            data-tooltip="Remove link"
            onClick={() => editor.chain().focus().extendMarkRange('link').unsetLink().run()}
          >
            <Icon name="unlink" />
          </button>
        </div>
      ) : null}
    </BubbleMenu>
  );
}
