import { useEffect } from 'react';
import type { JSONContent } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import { schemaExtensions } from '../../../shared/editor/extensions';

interface PostEditorProps {
  initialDoc: JSONContent;
  onChange: (editor: Editor) => void;
  onReady: (editor: Editor | null) => void;
  autoFocus: boolean;
}

/**
 * The Tiptap editor. It never re-renders on a transaction (typing stays out of React);
 * changes are reported through onChange and read by whoever needs them, when they need them.
 */
export function PostEditor({ initialDoc, onChange, onReady, autoFocus }: PostEditorProps) {
  const editor = useEditor({
    extensions: [...schemaExtensions(), Placeholder.configure({ placeholder: 'Tell your story…' })],
    content: initialDoc,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    autofocus: autoFocus ? 'end' : false,
    editorProps: {
      attributes: { class: 'post-body prose-editor', 'aria-label': 'Post body', spellcheck: 'true' },
    },
    onUpdate: ({ editor: updated }) => onChange(updated),
  });

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  return <EditorContent editor={editor} className="editor-surface" />;
}
