/**
 * Shapes HTML from outside (Markdown through micromark, pasted web pages, other blog engines'
 * exports) into what the post schema's parseHTML rules read, in place, on a DOM tree. It runs
 * on any DOM: the browser's (the editor's paste) or happy-dom's (imports in Node), so the DOM
 * is described here by the little this module uses (src/shared compiles without the DOM
 * library, and both implementations fit these shapes).
 */

/** A DOM node: an element or a text node. */
export interface HtmlNode {
  readonly nodeType: number;
  textContent: string | null;
}

export interface HtmlDocument {
  createElement(tagName: string): HtmlElement;
  createTextNode(data: string): HtmlNode;
}

export interface HtmlElement extends HtmlNode {
  readonly tagName: string;
  readonly ownerDocument: HtmlDocument;
  readonly parentElement: HtmlElement | null;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly children: ArrayLike<HtmlElement>;
  readonly firstElementChild: HtmlElement | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  querySelector(selectors: string): HtmlElement | null;
  querySelectorAll(selectors: string): ArrayLike<HtmlElement>;
  closest(selectors: string): HtmlElement | null;
  append(...nodes: (HtmlNode | string)[]): void;
  replaceWith(...nodes: (HtmlNode | string)[]): void;
  remove(): void;
}

/**
 * Normalises the HTML under root (a <body>, or any container element) for the post schema:
 * - headings: the title is its own field, so an H1 becomes an H2, and H5/H6 become H4
 *   instead of being flattened into paragraphs;
 * - task lists: GFM's and GitHub's <li><input type="checkbox"> ... become taskList/taskItem;
 * - footnotes: references to notes listed at the end (GFM/micromark, kramdown, Hugo, Pandoc,
 *   markdown-it and Inkpress's own export) become footnote markers carrying the note's text;
 * - figures: a <figure> with one picture is kept (the image rule reads its caption); any
 *   other figure (a quote, several pictures) is unwrapped, its caption kept as a paragraph;
 * - pictures: a paragraph holding nothing but pictures (Markdown's ![alt](src) on its own
 *   line) gives way to them, instead of leaving an empty paragraph behind the block images;
 * - code: the line break before a <pre>'s end (Markdown's closing fence has its own line, and
 *   most pages end their code with one) goes, so code reads back as it was written.
 */
export function normalizeImportedHtml(root: HtmlElement): void {
  fitHeadingLevels(root);
  convertFootnotes(root);
  convertTaskLists(root);
  unwrapOtherFigures(root);
  unwrapPictureParagraphs(root);
  dropClosingLineBreakOfCode(root);
}

const tagOf = (element: HtmlElement): string => element.tagName.toLowerCase();

/** A new element of the given tag holding the children of the given one, in its place. */
function renameElement(element: HtmlElement, tagName: string): HtmlElement {
  const renamed = element.ownerDocument.createElement(tagName);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
  return renamed;
}

const HEADING_LEVELS: Record<string, string> = { h1: 'h2', h5: 'h4', h6: 'h4' };

function fitHeadingLevels(root: HtmlElement): void {
  for (const heading of Array.from(root.querySelectorAll('h1, h5, h6'))) {
    renameElement(heading, HEADING_LEVELS[tagOf(heading)] ?? 'h4');
  }
}

// Where engines list their notes: micromark/GitHub (section[data-footnotes]), markdown-it
// and Pandoc (section.footnotes), kramdown/Jekyll and Hugo (div.footnotes), Inkpress.
const NOTE_LISTS = 'section[data-footnotes], section.footnotes, div.footnotes, aside.footnotes';
// Back links inside a note, by the names engines give them; any link back to a reference
// (by id) is one too.
const BACK_LINKS = 'a[data-footnote-backref], a.footnote-back, a.footnote-backref, a.reversefootnote, a[role="doc-backlink"]';

const targetOf = (link: HtmlElement): string | null => {
  const href = link.getAttribute('href');
  if (!href?.startsWith('#') || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
};

const collapseWhitespace = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

function convertFootnotes(root: HtmlElement): void {
  const lists = Array.from(root.querySelectorAll(NOTE_LISTS)).filter((list) => !list.parentElement?.closest(NOTE_LISTS));
  if (lists.length === 0) return;
  const notes = new Map<string, HtmlElement>();
  for (const list of lists) {
    for (const item of Array.from(list.querySelectorAll('li[id]'))) notes.set(item.getAttribute('id') ?? '', item);
  }
  const references = Array.from(root.querySelectorAll('a[href^="#"]')).filter((link) => {
    const target = targetOf(link);
    return target !== null && notes.has(target) && !link.closest(NOTE_LISTS);
  });
  // A note's back link points at its reference: at the link's id or its <sup>'s (kramdown).
  const referenceIds = new Set<string>();
  for (const link of references) {
    for (const element of [link, link.closest('sup')]) {
      const id = element?.getAttribute('id');
      if (id) referenceIds.add(id);
    }
  }
  const texts = new Map<string, string>();
  for (const [id, item] of notes) {
    for (const link of Array.from(item.querySelectorAll('a[href^="#"]'))) {
      const target = targetOf(link);
      if (link.closest(BACK_LINKS) || (target !== null && referenceIds.has(target))) link.remove();
    }
    texts.set(id, collapseWhitespace(item.textContent));
  }

  const used = new Set<string>();
  for (const link of references) {
    const id = targetOf(link) as string;
    used.add(id);
    const marker = root.ownerDocument.createElement('sup');
    marker.setAttribute('class', 'footnote-ref');
    marker.setAttribute('data-footnote', texts.get(id) ?? '');
    // <sup><a>1</a></sup> (most engines) goes whole; so does Pandoc's <a><sup>1</sup></a>.
    const sup = link.parentElement && tagOf(link.parentElement) === 'sup' ? link.parentElement : null;
    const whole = sup && collapseWhitespace(sup.textContent) === collapseWhitespace(link.textContent) ? sup : link;
    whole.replaceWith(marker);
  }
  // Notes nothing refers to stay, as the list they were in: nothing is lost.
  for (const id of used) notes.get(id)?.remove();
  for (const list of lists) {
    if (!list.querySelector('li')) list.remove();
  }
}

/** The checkbox an item starts with (directly, or first in its paragraph or label), if any. */
function leadingCheckbox(item: HtmlElement): HtmlElement | null {
  let holder: HtmlElement = item;
  let candidate = item.firstElementChild;
  if (candidate && (tagOf(candidate) === 'p' || tagOf(candidate) === 'label') && startsWith(item, candidate)) {
    holder = candidate;
    candidate = candidate.firstElementChild;
  }
  if (!candidate || tagOf(candidate) !== 'input' || candidate.getAttribute('type')?.toLowerCase() !== 'checkbox') return null;
  return startsWith(holder, candidate) ? candidate : null;
}

/** Whether child comes first in parent, with nothing but whitespace before it. */
function startsWith(parent: HtmlElement, child: HtmlElement): boolean {
  for (const node of Array.from(parent.childNodes)) {
    if (node === child) return true;
    if (node.nodeType !== TEXT_NODE || (node.textContent ?? '').trim() !== '') return false;
  }
  return false;
}

const TEXT_NODE = 3;

// GFM makes no checkbox of "- [ ]" with nothing after it; in a list of tasks it is an empty one.
const EMPTY_TASK = /^\[([ xX])\]$/;

/** Whether an item holds nothing but an empty task's "[ ]" or "[x]" (in text or one paragraph). */
function emptyTaskState(item: HtmlElement): boolean | null {
  const only = item.firstElementChild;
  if (item.children.length > 1 || (only && (tagOf(only) !== 'p' || only.children.length > 0))) return null;
  const match = EMPTY_TASK.exec(collapseWhitespace(item.textContent));
  return match ? match[1] !== ' ' : null;
}

function convertTaskLists(root: HtmlElement): void {
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    if (list.getAttribute('data-type') === 'taskList') continue;
    const items = Array.from(list.children).filter((child) => tagOf(child) === 'li');
    const boxes = items.map(leadingCheckbox);
    if (!boxes.some(Boolean)) continue;
    const emptyTasks = items.map((item, i) => (boxes[i] ? null : emptyTaskState(item)));
    if (tagOf(list) === 'ul' && boxes.every((box, i) => box || emptyTasks[i] !== null)) {
      list.setAttribute('data-type', 'taskList');
      items.forEach((item, i) => {
        const box = boxes[i];
        item.setAttribute('data-type', 'taskItem');
        item.setAttribute('data-checked', String(box ? box.hasAttribute('checked') : emptyTasks[i]));
        // TaskItem reads an item's content from its first <div>: give it one holding everything.
        const content = item.ownerDocument.createElement('div');
        if (box) {
          const label = box.parentElement && tagOf(box.parentElement) === 'label' ? box.parentElement : null;
          box.remove();
          if (label && collapseWhitespace(label.textContent) === '') label.remove();
          content.append(...Array.from(item.childNodes));
        } else {
          item.textContent = '';
        }
        item.append(content);
      });
      continue;
    }
    // A numbered list, or one where only some items are tasks: the state stays, as text.
    for (const box of boxes) box?.replaceWith(box.ownerDocument.createTextNode(box.hasAttribute('checked') ? '[x] ' : '[ ] '));
  }
}

function unwrapOtherFigures(root: HtmlElement): void {
  for (const figure of Array.from(root.querySelectorAll('figure'))) {
    const pictures = figure.querySelectorAll('img').length;
    const caption = figure.querySelector('figcaption');
    const textBesidesCaption = collapseWhitespace(figure.textContent).length - collapseWhitespace(caption?.textContent ?? '').length;
    if (pictures === 1 && textBesidesCaption <= 0) continue;
    for (const figcaption of Array.from(figure.querySelectorAll('figcaption'))) renameElement(figcaption, 'p');
    figure.replaceWith(...Array.from(figure.childNodes));
  }
}

function unwrapPictureParagraphs(root: HtmlElement): void {
  for (const paragraph of Array.from(root.querySelectorAll('p'))) {
    const children = Array.from(paragraph.children);
    if (children.length === 0 || !children.every((child) => tagOf(child) === 'img')) continue;
    if (collapseWhitespace(paragraph.textContent) !== '') continue;
    paragraph.replaceWith(...children);
  }
}

/** The text node a subtree ends with, if it ends with text. */
function lastTextNode(element: HtmlElement): HtmlNode | null {
  const last = element.childNodes[element.childNodes.length - 1];
  if (!last) return null;
  if (last.nodeType === TEXT_NODE) return last;
  return last.nodeType === ELEMENT_NODE ? lastTextNode(last as HtmlElement) : null;
}

const ELEMENT_NODE = 1;

function dropClosingLineBreakOfCode(root: HtmlElement): void {
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    const last = lastTextNode(pre);
    const text = last?.textContent ?? '';
    if (last && text.endsWith('\n')) last.textContent = text.slice(0, -1);
  }
}
