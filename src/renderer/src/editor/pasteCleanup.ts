import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml, type PasteWindow } from '../../../shared/html/cleanPastedHtml';
import { markdownToHtml } from '../../../shared/markdown/markdownToHtml';
import { looksLikeMarkdown } from './looksLikeMarkdown';

/**
 * Paste that keeps a writer's structure and nothing else:
 * - HTML (Word, Google Docs, web pages, other drafts) is cleaned by cleanPastedHtml before the
 *   schema reads it;
 * - plain text that is Markdown becomes rich text (through the same Markdown reader as the
 *   importer), except inside a code block, where text stays text.
 */
export const PasteCleanup = Extension.create({
  name: 'inkpressPasteCleanup',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('inkpressPasteCleanup'),
        props: {
          transformPastedHTML: (html) => cleanPastedHtml(html, window as unknown as PasteWindow),
          handlePaste: (view, event) => {
            const data = event.clipboardData;
            if (!data || data.types.includes('text/html') || data.files.length > 0) return false;
            const text = data.getData('text/plain');
            if (!text || view.state.selection.$from.parent.type.spec.code || !looksLikeMarkdown(text)) return false;
            // Through the normal HTML paste, so the cleanup and the schema's rules apply. (Not
            // with this event: the paste would come back here with the same plain text.)
            view.pasteHTML(markdownToHtml(text));
            return true;
          },
        },
      }),
    ];
  },
});
