import type { JSONContent } from '@tiptap/core';
import { markdownToHtml } from '../../../shared/markdown/markdownToHtml';
import { htmlToDoc } from './htmlToDoc';

export { markdownToHtml };

/** CommonMark + GFM Markdown as a document of the post schema. */
export function markdownToDoc(markdown: string): JSONContent {
  return htmlToDoc(markdownToHtml(markdown));
}
