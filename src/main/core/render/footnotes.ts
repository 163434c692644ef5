import { escapeHtml } from './escapeHtml';

// The marker the schema renders for a footnote (src/shared/editor/footnote.ts), as written by
// renderBodyHtml: the static renderer escapes & < > and " in attribute values.
const MARKER = /<sup class="footnote-ref" data-footnote="([^"]*)"><\/sup>/g;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeAttribute = (value: string): string => value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** How the notes section opens: numberFootnotes writes it at the very end of the body. */
const NOTES_START = '<section class="footnotes"';

/**
 * Numbers a post's footnotes: each marker in the body HTML becomes a numbered link to its
 * note, and the notes follow the body as an ordered list, each linking back. This runs on
 * the whole body at output time (preview, export, publish) because blocks are rendered and
 * cached one by one, where no block knows how many notes came before it.
 *
 * The result says nothing in any language: it is kept between exports (site_post_bodies)
 * whatever the site's language, and the page it goes on names the notes and the links back
 * in its own (labelFootnotes).
 */
export function numberFootnotes(bodyHtml: string): string {
  const notes: string[] = [];
  const body = bodyHtml.replace(MARKER, (_marker, text: string) => {
    notes.push(unescapeAttribute(text));
    const n = notes.length;
    return `<sup class="footnote-ref"><a href="#fn-${n}" id="fnref-${n}">${n}</a></sup>`;
  });
  if (notes.length === 0) return bodyHtml;
  const items = notes.map((text, i) => `<li id="fn-${i + 1}">${escapeHtml(text)} <a href="#fnref-${i + 1}" class="footnote-back">↩</a></li>`);
  return `${body}\n${NOTES_START}><ol>${items.join('')}</ol></section>`;
}

/** What assistive technology calls the notes section and each link back, in the page's language. */
export interface FootnoteLabels {
  footnotes: string;
  backToText: string;
}

// Either as numberFootnotes writes them, or with a label given before (a body prepared by an
// earlier version, which wrote English ones): the label is set either way.
const SECTION_LABEL = /^<section class="footnotes"(?: aria-label="[^"]*")?>/;
const BACK_LINK_LABEL = /class="footnote-back"(?: aria-label="[^"]*")?>/g;

/**
 * A body with footnotes numbered (and sanitised: the markup is exactly numberFootnotes'), its
 * notes section and links back labelled in a page's language. Only the notes section, at
 * the end of the body, is read, so a long body without notes costs one search from its end.
 */
export function labelFootnotes(bodyHtml: string, labels: FootnoteLabels): string {
  const start = bodyHtml.lastIndexOf(NOTES_START);
  if (start < 0) return bodyHtml;
  const notes = bodyHtml
    .slice(start)
    .replace(SECTION_LABEL, `${NOTES_START} aria-label="${escapeHtml(labels.footnotes)}">`)
    .replace(BACK_LINK_LABEL, `class="footnote-back" aria-label="${escapeHtml(labels.backToText)}">`);
  return bodyHtml.slice(0, start) + notes;
}
