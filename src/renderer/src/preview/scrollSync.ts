import type { Node as PMNode } from '@tiptap/pm/model';
import type { EditorView } from '@tiptap/pm/view';

/**
 * Where the editor is scrolled to, in terms the preview can follow: which top-level block is
 * at the top of the editor's viewport and how far into it, or that the title above the first
 * block (or the very end) is in view. `progress` (0..1 of the scroll range) is the fallback.
 */
export type ScrollAnchor =
  | { kind: 'block'; index: number; fraction: number; progress: number }
  | { kind: 'heading'; ratio: number; progress: number }
  | { kind: 'end'; progress: number };

const blockOffsets = new WeakMap<PMNode, number[]>();

/** The positions where the top-level blocks of doc start (remembered per document). */
function offsetsOf(doc: PMNode): number[] {
  let offsets = blockOffsets.get(doc);
  if (!offsets) {
    const found: number[] = [];
    doc.forEach((_block, offset) => found.push(offset));
    offsets = found;
    blockOffsets.set(doc, offsets);
  }
  return offsets;
}

/** The nearest ancestor that scrolls: the pane the editor scrolls in. */
export function scrollContainerOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

function blockRect(view: EditorView, offset: number): DOMRect | null {
  const dom = view.nodeDOM(offset);
  return dom instanceof HTMLElement ? dom.getBoundingClientRect() : null;
}

export function editorScrollAnchor(view: EditorView, scroller: HTMLElement): ScrollAnchor {
  const range = scroller.scrollHeight - scroller.clientHeight;
  const progress = range > 0 ? scroller.scrollTop / range : 0;
  if (range > 0 && scroller.scrollTop >= range - 1) return { kind: 'end', progress };
  const top = scroller.getBoundingClientRect().top;
  const offsets = offsetsOf(view.state.doc);
  const first = offsets.length ? blockRect(view, offsets[0] as number) : null;
  if (!first) return { kind: 'heading', ratio: progress, progress };
  if (first.top >= top) {
    // Still above the text (the title and the fields): how far towards the first block.
    const distance = scroller.scrollTop + (first.top - top);
    return { kind: 'heading', ratio: distance > 0 ? scroller.scrollTop / distance : 0, progress };
  }
  // The first block whose bottom is below the viewport's top (a binary search: ~11 reads for 1,500 blocks).
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    const rect = blockRect(view, offsets[middle] as number);
    if (rect && rect.bottom <= top) low = middle + 1;
    else high = middle;
  }
  const rect = blockRect(view, offsets[low] as number);
  const fraction = rect && rect.height > 0 ? Math.min(1, Math.max(0, (top - rect.top) / rect.height)) : 0;
  return { kind: 'block', index: low, fraction, progress };
}

/**
 * The scroll position of the preview's document that shows what the anchor describes: the
 * matching child of the post body at the top (the rendered body has one element per
 * top-level block), or the same share of the scroll range when there is no such child.
 */
export function previewScrollTop(anchor: ScrollAnchor, doc: Document): number {
  const scrolling = doc.scrollingElement ?? doc.documentElement;
  const range = Math.max(0, scrolling.scrollHeight - scrolling.clientHeight);
  const proportional = anchor.progress * range;
  if (anchor.kind === 'end') return range;
  const body = doc.querySelector('.post-body');
  if (!body) return proportional;
  const current = scrolling.scrollTop;
  let target: number;
  if (anchor.kind === 'heading') {
    target = anchor.ratio * (current + body.getBoundingClientRect().top);
  } else {
    const element = body.children[anchor.index];
    if (!element) return proportional;
    const rect = element.getBoundingClientRect();
    target = current + rect.top + anchor.fraction * rect.height;
  }
  return Math.min(range, Math.max(0, target));
}

/**
 * Keeps the preview scrolled to where the editor is: on every scroll of the pane the editor
 * scrolls in and every resize of the window (one sync per frame), and whenever the preview's
 * content changed. Scrolls are heard at the document (they do not bubble, but they can be
 * captured), so the pane is known without asking for computed styles while the page is busy.
 */
export class PreviewScrollFollower {
  private frame: number | null = null;
  private scroller: HTMLElement | null = null;

  constructor(
    private readonly view: EditorView,
    private readonly previewDocument: () => Document | null,
  ) {
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onResize);
  }

  /** Scrolls the preview to the editor's place now. */
  sync(): void {
    const doc = this.previewDocument();
    if (!doc || this.view.isDestroyed) return;
    this.scroller ??= scrollContainerOf(this.view.dom);
    if (!this.scroller) return;
    const scrolling = doc.scrollingElement ?? doc.documentElement;
    const target = previewScrollTop(editorScrollAnchor(this.view, this.scroller), doc);
    if (Math.abs(scrolling.scrollTop - target) >= 1) scrolling.scrollTop = target;
  }

  dispose(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onResize);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.frame = null;
  }

  private readonly onScroll = (event: Event): void => {
    const target = event.target;
    if (!(target instanceof HTMLElement) || !target.contains(this.view.dom)) return;
    this.scroller = target;
    this.syncNextFrame();
  };

  private readonly onResize = (): void => this.syncNextFrame();

  private syncNextFrame(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.sync();
    });
  }
}
