import DOMPurify, { type WindowLike } from 'dompurify';
import { normalizeImportedHtml, type HtmlDocument, type HtmlElement, type HtmlNode } from './normalizeImportedHtml';

/*
 * The DOM is described by what this module uses (src/shared also compiles without the DOM
 * library): the browser's elements fit, and so do happy-dom's.
 */
interface PasteElement extends HtmlElement {
  readonly parentNode: unknown;
  readonly firstChild: HtmlNode | null;
  readonly lastElementChild: PasteElement | null;
  readonly previousElementSibling: PasteElement | null;
  readonly nextElementSibling: PasteElement | null;
  readonly ownerDocument: PasteDocument;
  innerHTML: string;
  removeAttribute(name: string): void;
  appendChild<T extends HtmlNode>(node: T): T;
  querySelector(selectors: string): PasteElement | null;
  querySelectorAll(selectors: string): ArrayLike<PasteElement>;
  closest(selectors: string): PasteElement | null;
}

interface PasteDocument extends HtmlDocument {
  readonly body: PasteElement | null;
  createElement(tagName: string): PasteElement;
}

/** A window-like object: the browser's `window`, or happy-dom's Window. */
export type PasteWindow = WindowLike & {
  DOMParser: new () => { parseFromString(html: string, type: 'text/html'): unknown };
};

/** What a post can hold; everything else is unwrapped (its text kept) or, for scripts and styles, dropped. */
const ALLOWED_TAGS = [
  'p', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr',
  'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'code', 'mark', 'a', 'sup',
  'img', 'figure', 'figcaption',
];

/** The attributes the post schema reads (task items, footnotes, code languages among them). */
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'start', 'class', 'data-type', 'data-checked', 'data-footnote'];

const SAFE_HREF = /^(https?:|mailto:)/i;

/**
 * Images the app can show. The window's CSP allows no remote content and the app works
 * offline, so a picture pasted from the web, Word (file:///…clip_image001.png) or Google
 * Docs (a googleusercontent URL) is left out rather than shown broken or fetched; so are
 * tracking pixels. Only images already in the library (copied from another draft) stay;
 * pictures arrive as image files through paste, drop and the Image button.
 */
const LIBRARY_IMAGE = /^library-assets\/[0-9a-f]{64}\.[a-z0-9]+$/;

const isLibraryImage = (element: HtmlElement): boolean => LIBRARY_IMAGE.test(element.getAttribute('src') ?? '');

const purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifierFor(window: PasteWindow): ReturnType<typeof DOMPurify> {
  const existing = purifiers.get(window);
  if (existing) return existing;
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    // Classes are junk (MsoNormal, c12…) except a code block's language.
    if (data.attrName === 'class') {
      const languages = data.attrValue.split(/\s+/).filter((c) => /^language-[\w+#-]+$/.test(c));
      data.attrValue = languages.join(' ');
      data.keepAttr = languages.length > 0;
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const element = node as unknown as PasteElement;
    const tag = element.tagName?.toLowerCase();
    if (tag === 'a' && !SAFE_HREF.test(element.getAttribute('href') ?? '')) element.removeAttribute('href');
    if (tag === 'img' && !isLibraryImage(element)) element.remove();
  });
  // DOMPurify reads the DOM through the standard prototypes; on a DOM that differs (happy-dom
  // does), it would hand the HTML back unsanitised. Refuse rather than paste that.
  if (!purify.isSupported || purify.sanitize('<p title="t" foo="x">a</p><script>b</script>') !== '<p title="t">a</p>') {
    throw new Error('DOMPurify cannot sanitise with this DOM implementation');
  }
  purifiers.set(window, purify);
  return purify;
}

/** A CSS declaration's value from a style attribute, lower case ("" when absent). */
function styleValue(element: PasteElement, property: string): string {
  const style = element.getAttribute('style') ?? '';
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return (match?.[1] ?? '').trim().toLowerCase();
}

function isBoldWeight(weight: string): boolean {
  if (weight === 'bold' || weight === 'bolder') return true;
  const numeric = Number.parseInt(weight, 10);
  return Number.isFinite(numeric) && numeric >= 600;
}

function isNormalWeight(weight: string): boolean {
  return weight === 'normal' || weight === 'lighter' || (Number.parseInt(weight, 10) > 0 && Number.parseInt(weight, 10) < 600);
}

function moveChildren(from: PasteElement, to: PasteElement): void {
  while (from.firstChild) to.appendChild(from.firstChild);
}

/** Replaces an element by another tag, keeping its children. */
function renameElement(element: PasteElement, tagName: string): PasteElement {
  const replacement = element.ownerDocument.createElement(tagName);
  moveChildren(element, replacement);
  element.replaceWith(replacement);
  return replacement;
}

/** Wraps an element's children in nested tags: <span><strong><em>…</em></strong></span>. */
function wrapChildren(element: PasteElement, tagNames: string[]): void {
  if (tagNames.length === 0) return;
  const outer = element.ownerDocument.createElement(tagNames[0] ?? 'span');
  let inner = outer;
  for (const tag of tagNames.slice(1)) inner = inner.appendChild(element.ownerDocument.createElement(tag)) as PasteElement;
  moveChildren(element, inner);
  element.appendChild(outer);
}

/**
 * Google Docs and web pages carry emphasis as styles on spans (font-weight:700,
 * font-style:italic); Google Docs also wraps the whole copy in <b style="font-weight:normal">.
 * Styles are about to be dropped, so their meaning becomes tags first.
 */
function stylesToTags(body: PasteElement): void {
  for (const element of Array.from(body.querySelectorAll('b[style], strong[style]'))) {
    if (isNormalWeight(styleValue(element, 'font-weight'))) renameElement(element, 'span');
  }
  for (const element of Array.from(body.querySelectorAll('span[style], font[style]'))) {
    const tags: string[] = [];
    // Headings and header cells are bold already; a link's underline is the link's.
    if (isBoldWeight(styleValue(element, 'font-weight')) && !element.closest('h1, h2, h3, h4, h5, h6, th')) tags.push('strong');
    if (/italic|oblique/.test(styleValue(element, 'font-style'))) tags.push('em');
    const decoration = `${styleValue(element, 'text-decoration')} ${styleValue(element, 'text-decoration-line')}`;
    if (decoration.includes('underline') && !element.closest('a')) tags.push('u');
    if (decoration.includes('line-through')) tags.push('s');
    if (/courier|consolas|monaco|menlo|monospace/.test(styleValue(element, 'font-family')) && !element.closest('pre, code')) tags.push('code');
    wrapChildren(element, tags);
  }
}

interface WordListItem {
  paragraph: PasteElement;
  level: number;
  ordered: boolean;
}

/** A Word list paragraph: <p style="mso-list:l0 level2 lfo1"> with its number or bullet in a span. */
function wordListItem(paragraph: PasteElement): WordListItem | null {
  const list = /mso-list:\s*l\d+\s+level(\d+)/i.exec(paragraph.getAttribute('style') ?? '');
  if (!list) return null;
  const marker = paragraph.querySelector('[style*="mso-list:Ignore" i], [style*="mso-list: Ignore" i]');
  const markerText = (marker?.textContent ?? '').replace(/[\s\u00a0]/g, '');
  marker?.remove();
  return { paragraph, level: Math.max(1, Number(list[1])), ordered: /^\(?([0-9]+|[a-z]|[ivxlcdm]+)[.)]$/i.test(markerText) };
}

/**
 * Word puts lists on the clipboard as paragraphs with an mso-list style and a typed marker
 * ("1.", "·", "o"); consecutive ones become real, nested <ul>/<ol> lists.
 */
function wordListsToLists(body: PasteElement): void {
  const paragraphs = Array.from(body.querySelectorAll('p[style*="mso-list" i]'));
  const done = new Set<PasteElement>();
  for (const first of paragraphs) {
    if (done.has(first)) continue;
    const run: WordListItem[] = [];
    for (let p: PasteElement | null = first; p?.tagName.toLowerCase() === 'p'; p = p.nextElementSibling) {
      const item = wordListItem(p);
      if (!item) break;
      run.push(item);
      done.add(p);
    }
    if (run.length === 0) continue;
    const document = first.ownerDocument;
    const stack: PasteElement[] = [];
    let root: PasteElement | null = null;
    for (const { paragraph, level, ordered } of run) {
      while (stack.length > level) stack.pop();
      while (stack.length < level) {
        const list = document.createElement(ordered ? 'ol' : 'ul');
        const parent = stack[stack.length - 1];
        if (parent) {
          // A list that starts deeper than its parent's items hangs from a new, empty item.
          let holder = parent.lastElementChild;
          if (!holder) {
            holder = document.createElement('li');
            parent.appendChild(holder);
          }
          holder.appendChild(list);
        } else root = list;
        stack.push(list);
      }
      const li = document.createElement('li');
      const p = document.createElement('p');
      moveChildren(paragraph, p);
      li.appendChild(p);
      stack[stack.length - 1]?.appendChild(li);
    }
    if (root) first.replaceWith(root);
    for (const { paragraph } of run) if (paragraph.parentNode) paragraph.remove();
  }
}

/** Google Docs nests a sublist as the list's child; the schema wants it inside the previous item. */
function nestSublistsInItems(body: PasteElement): void {
  for (const list of Array.from(body.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol'))) {
    const previous = list.previousElementSibling;
    if (previous?.tagName.toLowerCase() === 'li') previous.appendChild(list);
  }
}

/** What the page hid (heading anchors, ad slots, tracking pixels) was never part of the text. */
function dropHiddenElements(body: PasteElement): void {
  for (const element of Array.from(body.querySelectorAll('[aria-hidden="true"], [hidden], [style*="display"]'))) {
    if (element.getAttribute('aria-hidden') === 'true' || element.getAttribute('hidden') !== null || styleValue(element, 'display') === 'none') {
      element.remove();
    }
  }
}

/** Pictures from outside the library go first, so paragraphs they leave empty go too. */
function dropForeignImages(body: PasteElement): void {
  for (const image of Array.from(body.querySelectorAll('img'))) if (!isLibraryImage(image)) image.remove();
}

const BLOCK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'hr', 'figure']);
const isBlock = (element: PasteElement | null): boolean => element !== null && BLOCK_TAGS.has(element.tagName.toLowerCase());

/**
 * Line breaks between blocks (Google Docs puts one between paragraphs, Chrome one at the end
 * of a copy) would each become an empty paragraph; a break inside a paragraph stays.
 */
function dropBreaksBetweenBlocks(body: PasteElement): void {
  for (const br of Array.from(body.querySelectorAll('br'))) {
    if (br.closest('p, li, td, th, h1, h2, h3, h4, h5, h6, pre, blockquote')) continue;
    if (isBlock(br.previousElementSibling) || isBlock(br.nextElementSibling) || br.getAttribute('class') === 'Apple-interchange-newline') br.remove();
  }
}

/** Word's <o:p> and spacing paragraphs (<p>&nbsp;</p>) carry nothing a post needs. */
function dropEmptyParagraphs(body: PasteElement): void {
  // (Office's namespaced tags cannot be named in a selector portably.)
  for (const element of Array.from(body.querySelectorAll('*'))) {
    if (element.tagName.toLowerCase() === 'o:p' && !(element.textContent ?? '').replace(/[\s\u00a0]/g, '')) element.remove();
  }
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (!(p.textContent ?? '').replace(/[\s\u00a0]/g, '') && !p.querySelector('img, br, sup')) p.remove();
  }
}

/**
 * Removes onclick="…" and the like from the tags. Not for safety (DOMPurify drops them, and
 * the CSP would block them): parsing them, even in an inert document, makes Chromium report a
 * CSP violation for each, and a paste from a web page would fill the console with them.
 */
export function withoutInlineHandlers(html: string): string {
  return html.replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

/**
 * Reshapes pasted HTML in place for the post schema, before the styles it reads are dropped:
 * Word's list paragraphs become lists, styled spans become <strong>/<em>/<u>/<s>/<code>,
 * hidden elements and empty paragraphs go, then the importers' normalisation (heading levels,
 * task lists, footnotes, figures) applies.
 */
export function tidyPastedDom(body: PasteElement): void {
  dropHiddenElements(body);
  dropForeignImages(body);
  wordListsToLists(body);
  stylesToTags(body);
  nestSublistsInItems(body);
  dropBreaksBetweenBlocks(body);
  dropEmptyParagraphs(body);
  normalizeImportedHtml(body);
}

/**
 * Cleans HTML pasted from Word, Google Docs or a web page down to what a post can hold: the
 * structure (headings, paragraphs, lists — Word's too —, quotes, tables, links, bold, italic,
 * underline, strikethrough, code) survives; styles, classes, scripts, comments, Office markup,
 * unsafe links and images from outside the library do not. Returns HTML for the editor to parse.
 */
export function cleanPastedHtml(html: string, window: PasteWindow): string {
  // DOMParser documents are inert: no script runs and no image loads while they are cleaned.
  const document = new window.DOMParser().parseFromString(withoutInlineHandlers(html), 'text/html') as unknown as PasteDocument;
  const { body } = document;
  if (!body) return '';
  tidyPastedDom(body);
  return purifierFor(window).sanitize(body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Controls are page furniture, not text: drop them with their labels.
    ADD_FORBID_CONTENTS: ['button', 'select', 'textarea', 'option'],
  });
}
