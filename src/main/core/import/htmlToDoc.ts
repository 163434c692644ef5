import type { JSONContent } from '@tiptap/core';
import { DOMParser as SchemaParser } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { Window } from 'happy-dom';
import { unlinkFootnotes } from '../../../shared/editor/footnote';
import { normalizeImportedHtml } from '../../../shared/html/normalizeImportedHtml';
import { postSchema } from '../render/renderBodyHtml';

/**
 * Parses HTML into a document of the post schema. The HTML is first shaped for the schema
 * (normalizeImportedHtml: heading levels, task lists, footnotes, figures), then the schema is
 * the filter: only what it knows (paragraphs, headings, lists, links, ...) survives; scripts,
 * styles and unknown attributes are dropped. happy-dom runs no JavaScript and loads nothing
 * (the settings @tiptap/html/server's generateJSON uses).
 */
export function htmlToDoc(html: string): JSONContent {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    const page = new window.DOMParser().parseFromString(`<!DOCTYPE html><html><body>${html}</body></html>`, 'text/html');
    normalizeImportedHtml(page.body);
    // ProseMirror's parser walks the DOM through the standard interface; happy-dom implements
    // all it uses, though its types leave out a few namespace methods of the DOM's Node.
    const tr = new Transform(SchemaParser.fromSchema(postSchema()).parse(page.body as unknown as Node));
    // As in the editor: a footnote found inside a link is not linked itself.
    unlinkFootnotes(tr);
    return tr.doc.toJSON() as JSONContent;
  } finally {
    window.happyDOM.abort();
    window.happyDOM.close();
  }
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
