import { escapeHtml } from './escapeHtml';

// The marker the schema renders for a footnote (src/shared/editor/footnote.ts), as written by
// renderBodyHtml: the static renderer escapes & < > and " in attribute values.
const MARKER = /<sup class="footnote-ref" data-footnote="([^"]*)"><\/sup>/g;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeAttribute = (value: string): string => value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/**
 * Numbers a post's footnotes: each marker in the body HTML becomes a numbered link to its
 * note, and the notes follow the body as an ordered list, each linking back. This runs on
 * the whole body at output time (preview, export, publish) because blocks are rendered and
 * cached one by one, where no block knows how many notes came before it.
 */
export function numberFootnotes(bodyHtml: string): string {
  const notes: string[] = [];
  const body = bodyHtml.replace(MARKER, (_marker, text: string) => {
    notes.push(unescapeAttribute(text));
    const n = notes.length;
    return `<sup class="footnote-ref"><a href="#fn-${n}" id="fnref-${n}">${n}</a></sup>`;
  });
  if (notes.length === 0) return bodyHtml;
  const items = notes.map(
    (text, i) =>
      `<li id="fn-${i + 1}">${escapeHtml(text)} <a href="#fnref-${i + 1}" class="footnote-back" aria-label="Back to the text">↩</a></li>`,
  );
  return `${body}\n<section class="footnotes" aria-label="Footnotes"><ol>${items.join('')}</ol></section>`;
}
