import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/**
 * CommonMark + GFM (tables, task lists, footnotes, strikethrough, autolinks) Markdown to HTML,
 * with micromark: spec-compliant, no regex parsing, and free of Node APIs, so the importer
 * in Node and the editor's paste in the browser read Markdown the same way. The HTML is then
 * shaped for the post schema by normalizeImportedHtml (src/shared/html/normalizeImportedHtml.ts).
 */
export function markdownToHtml(markdown: string): string {
  return micromark(markdown, {
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
    // Raw HTML in Markdown is legal (and how <u>, <mark> and <figure> are written); the post
    // schema filters it when the HTML is parsed: only what it knows survives.
    allowDangerousHtml: true,
  });
}
