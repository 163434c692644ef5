import crypto from 'node:crypto';
import sanitizeHtml from 'sanitize-html';

/**
 * What a post body may carry onto a published page: the elements the post schema renders
 * (paragraphs, headings, lists, quotes, code with highlighting, images and figures, tables,
 * task lists, footnotes, marks) and nothing else. No script, style, iframe, form, event
 * handler or style attribute survives, and links and images keep only web, mail and
 * in-page addresses (never javascript:, data: or vbscript:).
 */
const ALLOWED_TAGS = [
  'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'hr',
  'strong', 'b', 'em', 'i', 's', 'u', 'mark', 'sup', 'sub', 'span', 'a', 'img', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'colgroup', 'col', 'div', 'section', 'label', 'input',
];

const ALLOWED_ATTRIBUTES: sanitizeHtml.IOptions['allowedAttributes'] = {
  a: ['href', 'title', 'rel', 'id', 'aria-label'],
  img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
  ol: ['start'],
  ul: ['data-type'],
  li: ['id', 'data-type', 'data-checked'],
  input: ['type', 'checked', 'disabled'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  section: ['aria-label'],
  h2: ['id'],
  h3: ['id'],
  h4: ['id'],
};

const ALLOWED_CLASSES: sanitizeHtml.IOptions['allowedClasses'] = {
  // highlight.js token classes ("hljs-title", and modifiers such as "class_").
  code: ['hljs', 'language-*'],
  span: ['hljs-*', '*_'],
  sup: ['footnote-ref'],
  a: ['footnote-back'],
  section: ['footnotes'],
  div: ['tableWrapper'],
};

/** Bump when a transform below changes what it writes (the lists are fingerprinted as they are). */
const TRANSFORMS_VERSION = 1;

/** Names these rules: bodies prepared under other rules (site_post_bodies) are prepared again. */
export const SANITIZE_POLICY = crypto
  .hash('sha1', JSON.stringify([TRANSFORMS_VERSION, ALLOWED_TAGS, ALLOWED_ATTRIBUTES, ALLOWED_CLASSES]))
  .slice(0, 12);

/** Where a library image (`library-assets/<hash>.<ext>`) is on the site; null if it is not one. */
export type ImageResolver = (src: string) => string | null;

export interface SanitizedBody {
  html: string;
  /** The library images the body shows (their stored src), in order of first appearance. */
  libraryImages: string[];
}

const isExternal = (href: string): boolean => /^(https?:)?\/\//i.test(href.trim());

/** rel with "noopener" added, for a link that leaves the site (others keep theirs). */
function withNoopener(rel: string | undefined): string {
  const words = (rel ?? '').split(/\s+/).filter(Boolean);
  return words.includes('noopener') ? words.join(' ') : [...words, 'noopener'].join(' ');
}

/**
 * The body of a post as a published page shows it: sanitised against the allowlist above,
 * external links with rel="noopener", library images pointed at the site's copies (by
 * `resolveImage`) and loaded lazily, task-list boxes read-only, and an <h1> (the page's
 * title is the only one) made an <h2>.
 */
export function sanitizePostBody(bodyHtml: string, resolveImage: ImageResolver): SanitizedBody {
  const libraryImages: string[] = [];
  const html = sanitizeHtml(bodyHtml, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedClasses: ALLOWED_CLASSES,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    transformTags: {
      h1: 'h2',
      a: (tagName, attribs) => (isExternal(attribs.href ?? '') ? { tagName, attribs: { ...attribs, rel: withNoopener(attribs.rel) } } : { tagName, attribs }),
      img: (tagName, attribs) => {
        const src = attribs.src ?? '';
        const local = resolveImage(src);
        if (local !== null && !libraryImages.includes(src)) libraryImages.push(src);
        return { tagName, attribs: { ...attribs, src: local ?? src, loading: 'lazy', decoding: 'async' } };
      },
      input: (tagName, attribs) => ({
        tagName,
        attribs: { type: 'checkbox', disabled: '', ...(attribs.checked !== undefined ? { checked: '' } : {}) },
      }),
    },
  });
  return { html, libraryImages };
}
