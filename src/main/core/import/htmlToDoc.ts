import type { JSONContent } from '@tiptap/core';
import { generateJSON } from '@tiptap/html/server';
import { schemaExtensions } from '../../../shared/editor/extensions';

const extensions = schemaExtensions();

/**
 * Parses HTML into a document of the post schema. The schema is the filter: only what it
 * knows (paragraphs, headings, lists, links, ...) survives; scripts, styles and unknown
 * attributes are dropped, and happy-dom runs no JavaScript while parsing.
 */
export function htmlToDoc(html: string): JSONContent {
  return generateJSON(fitHeadingLevels(html), extensions) as JSONContent;
}

/**
 * The title is its own field, so the body uses H2-H4: an H1 in the body becomes an H2 and
 * H5/H6 become H4, instead of being flattened into paragraphs.
 */
function fitHeadingLevels(html: string): string {
  return html.replace(/<(\/?)h1(?=[\s>])/gi, '<$1h2').replace(/<(\/?)h[56](?=[\s>])/gi, '<$1h4');
}

/**
 * Takes the title of an HTML file: its first <h1> (which then leaves the body, as the
 * title is shown above it) or else its <title>.
 */
export function takeHtmlTitle(html: string): { title?: string; body: string } {
  const clean = (raw: string | undefined): string | undefined => {
    const text = raw?.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    return text ? decodeBasicEntities(text) : undefined;
  };
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  const fromH1 = clean(h1?.[1]);
  if (h1 && fromH1) return { title: fromH1, body: html.slice(0, h1.index) + html.slice(h1.index + h1[0].length) };
  return { title: clean(/<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1]), body: html };
}

function decodeBasicEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
