import type { Editor } from '@tiptap/core';
import { isTextSelection } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { isActionActive, type ActionId, type EditorUi } from './formatActions';
import { FORMAT_BUBBLE_KEY, isLinkEditorOpen } from './linkEditing';
import { ToolbarButton } from './ToolbarButton';
import { focusIsWithin, type BubbleOptions, type ShouldShow } from './bubbles';

const OPTIONS: BubbleOptions = { placement: 'top', offset: 10, flip: true, shift: { padding: 12 } };

/** Words selected (not a picture, not cells, not code) while the writer is in the text or the bubble. */
const shouldShow: ShouldShow = ({ editor, view, element, state, from, to }) => {
  const { selection } = state;
  if (!editor.isEditable || selection.empty || !isTextSelection(selection) || isLinkEditorOpen(state)) return false;
  if (editor.isActive('codeBlock') || !state.doc.textBetween(from, to).trim()) return false;
  return focusIsWithin(view, element);
};

const BUBBLE_ACTIONS: readonly ActionId[] = ['bold', 'italic', 'underline', 'strike', 'code', 'highlight', 'link'];

/** Formatting for the selected words, floating above them. */
export function FormatBubble({ editor, ui, apple }: { editor: Editor; ui: EditorUi; apple: boolean }) {
  const active = useEditorState({
    editor,
    // Nothing to show for a caret: skip the checks while typing.
    selector: ({ editor: e }) => (e.state.selection.empty ? null : BUBBLE_ACTIONS.map((id) => isActionActive(e, id))),
  });
  return (
    <BubbleMenu
      editor={editor}
      pluginKey={FORMAT_BUBBLE_KEY}
      className="bubble format-bubble"
      role="toolbar"
      aria-label="Format the selection"
      options={OPTIONS}
      shouldShow={shouldShow}
    >
      {BUBBLE_ACTIONS.map((id, index) => (
        <ToolbarButton key={id} editor={editor} ui={ui} action={id} active={active?.[index] ?? false} disabled={false} apple={apple} className="bubble-button" />
      ))}
    </BubbleMenu>
  );
}
