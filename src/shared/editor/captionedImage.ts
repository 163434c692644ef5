import Image from '@tiptap/extension-image';

/**
 * What an element that parseHTML matched stands for: the <img> itself, or the one inside a
 * <figure>. The parameter is typed structurally because src/shared also compiles without the
 * DOM library (in Node the elements come from happy-dom).
 */
interface ParsedElement {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): ParsedElement | null;
  textContent: string | null;
}

const imageOf = (element: ParsedElement): ParsedElement | null =>
  element.tagName.toLowerCase() === 'img' ? element : element.querySelector('img');

const attributeOfImage = (name: string) => (element: ParsedElement) => imageOf(element)?.getAttribute(name) ?? null;

/** A figure's caption as plain text: its words, with the whitespace of the source collapsed. */
const captionOf = (element: ParsedElement): string =>
  element.tagName.toLowerCase() === 'figure' ? (element.querySelector('figcaption')?.textContent ?? '').replace(/\s+/g, ' ').trim() : '';

// Pictures come from library assets or the web; data: URLs would bloat every saved draft.
const ACCEPTED_IMG = 'img[src]:not([src^="data:"])';

/**
 * The block image of a post: src, alt, title and a plain-text caption. With a caption it is
 * <figure><img><figcaption>caption</figcaption></figure>, without one a bare <img>; both parse
 * back. (Width and height are not kept: the theme sizes pictures to the column.)
 */
export const CaptionedImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null, parseHTML: attributeOfImage('src') },
      alt: { default: null, parseHTML: attributeOfImage('alt') },
      title: { default: null, parseHTML: attributeOfImage('title') },
      caption: {
        default: '',
        parseHTML: captionOf,
        // Written as the <figcaption> by renderHTML below, never as an attribute.
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      // Above the plain <img> rule, so a figure's picture is read once, with its caption.
      { tag: 'figure', priority: 60, getAttrs: (element) => (element.querySelector(ACCEPTED_IMG) ? null : false) },
      { tag: ACCEPTED_IMG },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const caption = String(node.attrs.caption ?? '');
    const img: [string, Record<string, unknown>] = ['img', HTMLAttributes];
    return caption ? ['figure', {}, img, ['figcaption', {}, caption]] : img;
  },
}).configure({ inline: false, allowBase64: false });
