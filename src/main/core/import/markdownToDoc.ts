import type { JSONContent } from '@tiptap/core';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { htmlToDoc } from './htmlToDoc';

/** CommonMark + GFM Markdown to HTML, with micromark (spec-compliant, no regex parsing). */
export function markdownToHtml(markdown: string): string {
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    // Raw HTML in Markdown is legal; the post schema filters it when the HTML is parsed.
    allowDangerousHtml: true,
  });
}

export function markdownToDoc(markdown: string): JSONContent {
  return htmlToDoc(markdownToHtml(markdown));
}
