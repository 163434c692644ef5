/**
 * The page side of the editor benchmark (bench/editor.ts), bundled at bench time and injected
 * into both pages (Inkpress and the bare ProseMirror page) before their own scripts, so that
 * both are measured by the same code. It runs in the browser: no Node here.
 *
 * A keystroke's latency is from its keydown event's timestamp (when the browser took the key,
 * so time spent waiting behind other work counts) to the moment the typed character is in the
 * editor's DOM with the caret after it, seen by a MutationObserver that is created after the
 * editor's own (so ProseMirror has read and applied the change by then); "frame" is the
 * next animation frame after that.
 */

export interface KeySample {
  key: string;
  /** keydown's timestamp (performance.now() time): when the browser took the key. */
  at: number;
  /** When the page began handling the keydown (after whatever it was busy with). */
  handled: number;
  /** The character showed in the editor. */
  dom: number;
  /** The next animation frame began. */
  frame: number;
}

export interface LongTask {
  start: number;
  duration: number;
}

export interface Call {
  channel: string;
  at: number;
}

export interface EditorProbe {
  samples: KeySample[];
  longTasks: LongTask[];
  /** Requests the page sent (filled by the Inkpress transport), with when they were sent. */
  calls: Call[];
  /** Timestamp of the last click. */
  lastClick: number;
  /** Expects these keys next, in this order (one character each). */
  expect(keys: string): void;
  /** The samples of the expected keys, once every one of them showed. */
  done(): Promise<KeySample[]>;
  /**
   * Puts the caret in the middle of the first text of the top-level block at `share` (0..1)
   * of the document, as a click would, scrolls it into view and resolves two frames later.
   */
  jump(share: number): Promise<void>;
  now(): number;
}

declare global {
  interface Window {
    editorProbe: EditorProbe;
  }
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

function editorRoot(): HTMLElement {
  const root = document.querySelector<HTMLElement>('.ProseMirror');
  if (!root) throw new Error('No editor on the page');
  return root;
}

function installProbe(): void {
  const samples: KeySample[] = [];
  const longTasks: LongTask[] = [];
  /** The keys still expected, in order. */
  let queue: string[] = [];
  let batch: { samples: KeySample[]; count: number; resolve: (samples: KeySample[]) => void } | null = null;
  let finished: Promise<KeySample[]> = Promise.resolve([]);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });

  const probe: EditorProbe = {
    samples,
    longTasks,
    calls: [],
    lastClick: Number.NaN,
    expect(keys) {
      queue = [...keys];
      finished = new Promise<KeySample[]>((resolve) => {
        batch = { samples: [], count: keys.length, resolve };
      });
    },
    done: () => finished,
    async jump(share) {
      const root = editorRoot();
      const blocks = Array.from(root.children);
      const start = Math.min(blocks.length - 1, Math.floor(share * blocks.length));
      for (let index = start; index < blocks.length; index += 1) {
        const block = blocks[index] as HTMLElement;
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        const text = walker.nextNode() as Text | null;
        if (!text || text.data.length < 2) continue;
        block.scrollIntoView({ block: 'center' });
        window.getSelection()?.collapse(text, Math.floor(text.data.length / 2));
        // ProseMirror reads the new selection on selectionchange, a task later.
        await nextFrame();
        await nextFrame();
        return;
      }
      throw new Error(`No text at ${share} of the document`);
    },
    now: () => performance.now(),
  };

  window.addEventListener('click', (event) => {
    probe.lastClick = event.timeStamp;
  }, { capture: true });

  window.addEventListener('keydown', (event) => {
    const current = batch;
    if (!current || queue[0] !== event.key) return;
    queue.shift();
    const key = event.key;
    const at = event.timeStamp;
    const handled = performance.now();
    const root = document.activeElement;
    if (!(root instanceof HTMLElement) || !root.isContentEditable) return;
    let seen = false;
    // Created now, after the editor's own observer, so its callback runs after the editor's.
    const observer = new MutationObserver(() => {
      // And after whatever the editor's callback queued.
      queueMicrotask(() => {
        const selection = window.getSelection();
        const node = selection?.anchorNode;
        const offset = selection?.anchorOffset ?? 0;
        if (seen || !(node instanceof Text) || node.data[offset - 1] !== key) return;
        seen = true;
        const dom = performance.now();
        observer.disconnect();
        void nextFrame().then((frame) => {
          const sample = { key, at, handled, dom, frame };
          samples.push(sample);
          current.samples.push(sample);
          if (current.samples.length === current.count) current.resolve(current.samples);
        });
      });
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  }, { capture: true });

  window.editorProbe = probe;
}

installProbe();
