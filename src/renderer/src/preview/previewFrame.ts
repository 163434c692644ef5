import type { IdleScheduler } from '../scheduling/idleScheduler';
import { patchDocument } from './patchDocument';

/** Once an update is ready, the longest it waits for an idle moment. */
const PATCH_IDLE_TIMEOUT_MS = 500;
/**
 * Nodes inserted per idle moment: a long post's first showing (some 1,500 blocks for 100,000
 * words) is laid out over a few dozen frames of a few milliseconds, not in one of 200 ms.
 */
const NODES_PER_PATCH = 80;
/** The frame starts empty (in standards mode); the post is patched into it. */
const EMPTY_DOCUMENT = '<!doctype html><html><head></head><body></body></html>';

/**
 * The preview's sandboxed frame (same origin, no scripts). Every rendered document is parsed
 * off-screen and patched into the shown one in idle moments, so the reader's scroll position
 * stays and only what changed is laid out again.
 */
export class PreviewFrame {
  private loaded = false;
  private shownHtml: string | null = null;
  private wantedHtml: string | null = null;
  /** The parsed wanted document, kept while a long patch goes on over several idle moments. */
  private parsed: { html: string; doc: Document } | null = null;
  private cancelIdle: (() => void) | null = null;

  constructor(
    private readonly iframe: HTMLIFrameElement,
    private readonly idle: IdleScheduler,
    /** Called once the frame shows the newest document in full. */
    private readonly onShown: () => void,
  ) {
    iframe.addEventListener('load', this.onLoad);
    iframe.srcdoc = EMPTY_DOCUMENT;
  }

  /** The shown document, once it shows a post in full (not while a first showing is under way). */
  get document(): Document | null {
    return this.shownHtml === null ? null : this.iframe.contentDocument;
  }

  show(html: string): void {
    this.wantedHtml = html;
    this.schedulePatch();
  }

  dispose(): void {
    this.iframe.removeEventListener('load', this.onLoad);
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  private readonly onLoad = (): void => {
    const doc = this.iframe.contentDocument;
    if (!doc) return;
    this.loaded = true;
    // A link in the preview must not turn the preview into a web page.
    doc.addEventListener('click', (click) => {
      if ((click.target as Element | null)?.closest?.('a')) click.preventDefault();
    });
    this.schedulePatch();
  };

  private schedulePatch(): void {
    if (!this.loaded || this.cancelIdle || this.wantedHtml === null || this.wantedHtml === this.shownHtml) return;
    this.cancelIdle = this.idle.request(() => {
      this.cancelIdle = null;
      this.patch();
    }, PATCH_IDLE_TIMEOUT_MS);
  }

  private patch(): void {
    const doc = this.iframe.contentDocument;
    const html = this.wantedHtml;
    if (!doc || html === null || html === this.shownHtml) return;
    if (this.parsed?.html !== html) this.parsed = { html, doc: new DOMParser().parseFromString(html, 'text/html') };
    if (!patchDocument(doc, this.parsed.doc, { left: NODES_PER_PATCH })) {
      this.schedulePatch();
      return;
    }
    this.parsed = null;
    this.shownHtml = html;
    this.onShown();
  }
}
