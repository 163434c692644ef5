import { useEffect } from 'react';
import type { JSONContent } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import { schemaExtensions } from '../../../shared/editor/extensions';
import { imageFilesOf } from '../images';

interface PostEditorProps {
  initialDoc: JSONContent;
  onChange: (editor: Editor) => void;
  onReady: (editor: Editor | null) => void;
  /** Image files pasted or dropped into the text; pos is where they were dropped. */
  onImageFiles: (files: File[], pos: number | null) => void;
  autoFocus: boolean;
  editable: boolean;
}

/**
 * The Tiptap editor. It never re-renders on a transaction (typing stays out of React);
 * changes are reported through onChange and read by whoever needs them, when they need them.
 */
export function PostEditor({ initialDoc, onChange, onReady, onImageFiles, autoFocus, editable }: PostEditorProps) {
  const editor = useEditor({
    extensions: [...schemaExtensions(), Placeholder.configure({ placeholder: 'Tell your story…' })],
    content: initialDoc,
    shouldRerenderOnTransaction: false,
    immediatelyRender: true,
    autofocus: autoFocus ? 'end' : false,
    editable,
    editorProps: {
      attributes: { class: 'post-body prose-editor', 'aria-label': 'Post body', spellcheck: 'true' },
      handlePaste: (_view, event) => {
        const files = imageFilesOf(event.clipboardData?.files);
        if (files.length === 0) return false;
        onImageFiles(files, null);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = moved ? [] : imageFilesOf(event.dataTransfer?.files);
        if (files.length === 0) return false;
        event.preventDefault();
        onImageFiles(files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null);
        return true;
      },
    },
    onUpdate: ({ editor: updated }) => onChange(updated),
  });

  useEffect(() => {
    editor.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    onReady(editor);
    return () => onReady(null);
  }, [editor, onReady]);

  return <EditorContent editor={editor} className="editor-surface" />;
}
