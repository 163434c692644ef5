import { useEffect, useMemo, useRef, useState } from 'react';
import type { JSONContent } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { EditorContent, useEditor } from '@tiptap/react';
import { CodeLanguageMenu } from '../editor/CodeLanguageMenu';
import { editorExtensions } from '../editor/editorExtensions';
import { FootnotePopover } from '../editor/FootnotePopover';
import { FormatBubble } from '../editor/FormatBubble';
import type { EditorUi } from '../editor/formatActions';
import { ImageDetails } from '../editor/ImageDetails';
import { openLinkEditor } from '../editor/linkEditing';
import { LinkPopover } from '../editor/LinkPopover';
import { isApplePlatform } from '../editor/shortcuts';
import { SlashMenu } from '../editor/SlashMenu';
import { SlashMenuController } from '../editor/slashCommands';
import { TableMenu } from '../editor/TableMenu';
import { imageFilesOf, pickImageFiles } from '../images';
import '../editor/editor.css';

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
 * The Tiptap editor and the menus that float over it (selection, link, code language,
 * table, image, footnote, "/"). It never re-renders on a transaction (typing stays out of
 * React); each menu subscribes to the few facts it shows. Changes are reported through
 * onChange and read by whoever needs them, when they need them.
 */
export function PostEditor({ initialDoc, onChange, onReady, onImageFiles, autoFocus, editable }: PostEditorProps) {
  const apple = useMemo(() => isApplePlatform(), []);
  const [slashMenu] = useState(() => new SlashMenuController());
  const onImageFilesRef = useRef(onImageFiles);
  useEffect(() => {
    onImageFilesRef.current = onImageFiles;
  }, [onImageFiles]);
  const editorRef = useRef<Editor | null>(null);
  const [ui] = useState<EditorUi>(() => ({
    pickImage: () =>
      void pickImageFiles().then((files) => {
        if (files.length > 0) onImageFilesRef.current(files, null);
      }),
    editLink: () => {
      if (editorRef.current) openLinkEditor(editorRef.current);
    },
  }));

  const editor = useEditor({
    extensions: editorExtensions({ placeholder: 'Tell your story… (type / to insert)', slashMenu, ui }),
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
    editorRef.current = editor;
    onReady(editor);
    return () => {
      editorRef.current = null;
      onReady(null);
    };
  }, [editor, onReady]);

  return (
    <>
      <EditorContent editor={editor} className="editor-surface" />
      <FormatBubble editor={editor} ui={ui} apple={apple} />
      <LinkPopover editor={editor} />
      <CodeLanguageMenu editor={editor} />
      <TableMenu editor={editor} />
      <ImageDetails editor={editor} />
      <FootnotePopover editor={editor} />
      <SlashMenu controller={slashMenu} editorElement={editor.view.dom} />
    </>
  );
}
