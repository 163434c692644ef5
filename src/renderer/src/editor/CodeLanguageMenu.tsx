import { useCallback } from 'react';
import { findParentNode, type Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { CODE_LANGUAGES } from './codeLanguages';
import { focusIsWithin, type BubbleOptions, type ShouldShow } from './bubbles';

const CODE_LANGUAGE_KEY = new PluginKey('codeLanguageMenu');

const findCodeBlock = findParentNode((node) => node.type.name === 'codeBlock');

// Inside the block's top right corner.
const OPTIONS: BubbleOptions = { placement: 'top-end', offset: { mainAxis: -32, crossAxis: -8 }, flip: false, shift: false };

const shouldShow: ShouldShow = ({ editor, view, element }) => editor.isEditable && editor.isActive('codeBlock') && focusIsWithin(view, element);

/** The language of the code block holding the cursor, in its top right corner. */
export function CodeLanguageMenu({ editor }: { editor: Editor }) {
  const language = useEditorState({
    editor,
    selector: ({ editor: e }) => (e.isActive('codeBlock') ? String(e.getAttributes('codeBlock').language ?? '') : null),
  });
  const referenceElement = useCallback(() => {
    const block = findCodeBlock(editor.state.selection);
    const dom = block ? editor.view.nodeDOM(block.pos) : null;
    return dom instanceof HTMLElement ? dom : null;
  }, [editor]);
  const known = language === null || language === '' || CODE_LANGUAGES.some((l) => l.id === language);
  return (
    <BubbleMenu
      editor={editor}
      pluginKey={CODE_LANGUAGE_KEY}
      className="code-language-menu"
      updateDelay={0}
      options={OPTIONS}
      shouldShow={shouldShow}
      getReferencedVirtualElement={referenceElement}
    >
      <select
        className="code-language-select"
        aria-label="Code language"
        value={language ?? ''}
        onChange={(event) => {
          editor
            .chain()
            .focus()
            .updateAttributes('codeBlock', { language: event.target.value || null })
            .run();
        }}
      >
        <option value="">Auto-detect</option>
        {!known && language ? <option value={language}>{language}</option> : null}
        {CODE_LANGUAGES.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </BubbleMenu>
  );
}
