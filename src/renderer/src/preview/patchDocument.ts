/**
 * Brings a shown document up to date with a newly rendered one by changing only what differs,
 * so that a keystroke in a 100,000-word draft re-lays out one paragraph of the preview, not
 * the whole post (replacing the body costs over 100 ms of layout; a patch a few).
 *
 * Children are compared in order: the common run at the start and at the end (isEqualNode)
 * stays; what is left in between is patched pair by pair from its start while the elements
 * are of the same tag (descending into them), and the rest of the old run is replaced by the
 * rest of the new one.
 *
 * A patch inserts at most `budget` nodes, so that a whole post (the first render, or a long
 * paste) is laid out over several frames instead of in one long one: it then reports that it
 * is not complete, and patching again continues where it stopped (what it inserted is found
 * equal and kept, an element it had begun to fill is paired with its new self and filled on).
 */

/**
 * Deep enough for html > body > main > article > .post-body > block > inline content (the
 * site theme's standalone page): an edited block is patched in place, its siblings kept.
 */
const MAX_DEPTH = 6;
/** A new element holding more elements than this is inserted empty, then filled within the budget. */
const INSERT_IN_PARTS_ABOVE = 50;

export interface PatchBudget {
  /** Nodes that may still be inserted. */
  left: number;
}

/** Patches shown to look like rendered; false when the budget ran out first. */
export function patchDocument(shown: Document, rendered: Document, budget: PatchBudget = { left: Number.POSITIVE_INFINITY }): boolean {
  return patchElement(shown.documentElement, rendered.documentElement, 0, budget);
}

function patchElement(target: Element, source: Element, depth: number, budget: PatchBudget): boolean {
  patchAttributes(target, source);
  return patchChildren(target, source, depth, budget);
}

function patchAttributes(target: Element, source: Element): void {
  for (const name of target.getAttributeNames()) {
    if (!source.hasAttribute(name)) target.removeAttribute(name);
  }
  for (const name of source.getAttributeNames()) {
    const value = source.getAttribute(name) ?? '';
    if (target.getAttribute(name) !== value) target.setAttribute(name, value);
  }
}

function patchChildren(target: Element, source: Element, depth: number, budget: PatchBudget): boolean {
  const before = Array.from(target.childNodes);
  const after = Array.from(source.childNodes);
  let start = 0;
  while (start < before.length && start < after.length && (before[start] as Node).isEqualNode(after[start] as Node)) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && (before[endBefore - 1] as Node).isEqualNode(after[endAfter - 1] as Node)) {
    endBefore -= 1;
    endAfter -= 1;
  }
  // What differs: patch it pairwise from its start while the elements match in kind...
  let paired = start;
  while (paired < endBefore && paired < endAfter && depth < MAX_DEPTH) {
    const old = before[paired] as Node;
    const next = after[paired] as Node;
    if (!isElement(old) || !isElement(next) || old.tagName !== next.tagName) break;
    if (!patchElement(old, next, depth + 1, budget)) return false;
    paired += 1;
  }
  // ...then replace the rest.
  const shown = target.ownerDocument;
  const anchor = before[endBefore] ?? null;
  for (const old of before.slice(paired, endBefore)) target.removeChild(old);
  for (const node of after.slice(paired, endAfter)) {
    if (budget.left <= 0) return false;
    budget.left -= 1;
    if (isElement(node) && depth < MAX_DEPTH && hasMoreElementsThan(node, INSERT_IN_PARTS_ABOVE)) {
      const inserted = target.insertBefore(shown.importNode(node, false), anchor) as Element;
      if (!patchChildren(inserted, node, depth + 1, budget)) return false;
    } else {
      target.insertBefore(shown.importNode(node, true), anchor);
    }
  }
  return true;
}

// Node.ELEMENT_NODE and NodeFilter.SHOW_ELEMENT, as numbers: they must also work on a
// document of another window (the frame's), where this window's Node is not the one.
const ELEMENT_NODE = 1;
const SHOW_ELEMENT = 0x1;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Counts elements only up to the limit, so asking of a whole post is as quick as of a paragraph. */
function hasMoreElementsThan(element: Element, limit: number): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_ELEMENT);
  for (let count = 0; walker.nextNode(); count += 1) {
    if (count >= limit) return true;
  }
  return false;
}
