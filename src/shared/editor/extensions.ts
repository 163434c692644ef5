import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Typography from '@tiptap/extension-typography';
import Highlight from '@tiptap/extension-highlight';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Table, TableKit } from '@tiptap/extension-table';
import { CaptionedImage } from './captionedImage';
import { Footnote } from './footnote';

/**
 * A task item as published: the checkbox shows the state but cannot be ticked by a reader.
 * (In the editor TaskItem's own node view draws a working checkbox; this is the HTML the
 * renderer, the preview, the export and the clipboard get.)
 */
const PublishedTaskItem = TaskItem.extend({
  renderHTML({ node, HTMLAttributes }) {
    const checked = Boolean(node.attrs.checked);
    return [
      'li',
      { ...HTMLAttributes, 'data-type': this.name },
      ['label', ['input', { type: 'checkbox', checked: checked ? 'checked' : null, disabled: 'disabled', 'aria-label': checked ? 'Done' : 'Not done' }]],
      ['div', 0],
    ];
  },
}).configure({ nested: true });

/**
 * A table as published: no column widths (posts flow with the reader's screen) and no inline
 * style, inside TableKit's own wrapper class, which scrolls a wide table on a narrow screen.
 * The editor draws tables with Table's own node view, which this does not change.
 */
const PublishedTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    return ['div', { class: 'tableWrapper' }, ['table', HTMLAttributes, ['tbody', 0]]];
  },
});

export interface SchemaOptions {
  /**
   * Replaces StarterKit's code block, for the editor's highlighting code block. It must
   * keep the node name 'codeBlock' and its one attribute, language, or documents stop fitting.
   */
  codeBlock?: AnyExtension;
}

/**
 * The one document schema. The editor, the Node renderer (preview, export, publish) and the
 * importers all build from this list, so a post cannot look different in any of them.
 * Editor-only behaviour (placeholder, focus, code highlighting) is added on top in the renderer.
 */
export function schemaExtensions(options: SchemaOptions = {}): AnyExtension[] {
  if (options.codeBlock && options.codeBlock.name !== 'codeBlock') {
    throw new Error(`The code block replacement must be named codeBlock, not ${options.codeBlock.name}`);
  }
  return [
    StarterKit.configure({
      ...(options.codeBlock ? { codeBlock: false } : {}),
      heading: { levels: [2, 3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    Typography,
    CaptionedImage,
    Highlight.configure({ multicolor: false }),
    TaskList,
    PublishedTaskItem,
    TableKit.configure({ table: false }),
    PublishedTable.configure({ resizable: false }),
    Footnote,
    ...(options.codeBlock ? [options.codeBlock] : []),
  ];
}
