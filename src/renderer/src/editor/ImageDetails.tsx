import { useState, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { useEditorState } from '@tiptap/react';
import { BubbleMenu } from '@tiptap/react/menus';
import { selectedNodeOf, setNodeAttribute } from './selectedNode';
import { focusIsWithin, useRepositionAfterRender, type BubbleOptions, type ShouldShow } from './bubbles';

const IMAGE_DETAILS_KEY = new PluginKey('imageDetails');

const OPTIONS: BubbleOptions = { placement: 'bottom', offset: 10, flip: true, shift: { padding: 12 } };

const shouldShow: ShouldShow = ({ editor, view, element }) => editor.isEditable && selectedNodeOf(editor, 'image') !== null && focusIsWithin(view, element);

function ImageFields({ editor, pos, alt: initialAlt, caption: initialCaption }: { editor: Editor; pos: number; alt: string; caption: string }) {
  const [alt, setAlt] = useState(initialAlt);
  const [caption, setCaption] = useState(initialCaption);
  const done = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      editor.view.focus(); // now, not in a frame: the next keys belong to the text
      editor.chain().focus().setNodeSelection(pos).run();
    }
  };
  return (
    <div className="image-details" role="group" aria-label="Image details">
      <label className="bubble-field">
        <span>Alt text</span>
        <input
          className="bubble-input"
          value={alt}
          placeholder="Describe the picture for people who cannot see it"
          onChange={(event) => {
            setAlt(event.target.value);
            setNodeAttribute(editor, pos, 'alt', event.target.value);
          }}
          onKeyDown={done}
        />
      </label>
      <label className="bubble-field">
        <span>Caption</span>
        <input
          className="bubble-input"
          value={caption}
          placeholder="Shown under the picture"
          onChange={(event) => {
            setCaption(event.target.value);
            setNodeAttribute(editor, pos, 'caption', event.target.value);
          }}
          onKeyDown={done}
        />
      </label>
    </div>
  );
}

/** Alt text and caption of the selected image, under it. */
export function ImageDetails({ editor }: { editor: Editor }) {
  const image = useEditorState({ editor, selector: ({ editor: e }) => selectedNodeOf(e, 'image') });
  useRepositionAfterRender(editor, IMAGE_DETAILS_KEY, image?.pos ?? null);
  return (
    <BubbleMenu
      editor={editor}
      pluginKey={IMAGE_DETAILS_KEY}
      className="bubble image-bubble"
      updateDelay={0}
      options={OPTIONS}
      shouldShow={shouldShow}
    >
      {image ? <ImageFields key={image.pos} editor={editor} pos={image.pos} alt={String(image.attrs.alt ?? '')} caption={String(image.attrs.caption ?? '')} /> : null}
    </BubbleMenu>
  );
}
