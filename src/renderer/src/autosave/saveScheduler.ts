import type { IdleScheduler } from '../scheduling/idleScheduler';

export interface SaveSchedulerOptions {
  /** Save this long after the last change... */
  quietMs: number;
  /** ...but never later than this after the first unsaved change, even while typing goes on. */
  maxWaitMs: number;
  /**
   * Writes the current state. It reads the state itself, so it always saves the newest, and
   * it reads it synchronously, before its first await (flush() relies on that at close).
   */
  save: () => Promise<void>;
  onStateChange?: (state: SaveState) => void;
  /**
   * When given, a save that is due waits for an idle moment (at most idleTimeoutMs), so that
   * reading and sending a long document never lands between a keystroke and its frame.
   */
  idle?: IdleScheduler;
  idleTimeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

/**
 * Decides when autosave runs: debounced while the writer types, with a ceiling so that a
 * crash loses at most about a second of typing, and then in the page's next idle moment.
 * One save runs at a time; changes made during a save trigger another one right after it.
 */
export class SaveScheduler {
  private dirtySince: number | null = null;
  private timer: unknown = null;
  private cancelIdle: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private state: SaveState = 'saved';
  private readonly setTimer: NonNullable<SaveSchedulerOptions['setTimer']>;
  private readonly clearTimer: NonNullable<SaveSchedulerOptions['clearTimer']>;
  private readonly now: () => number;

  constructor(private readonly options: SaveSchedulerOptions) {
    this.setTimer = options.setTimer ?? ((cb, ms) => setTimeout(cb, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.now = options.now ?? (() => Date.now());
  }

  get current(): SaveState {
    return this.state;
  }

  /** Call on every change. Cheap: it only moves a timer. */
  touch(): void {
    const now = this.now();
    this.dirtySince ??= now;
    this.setState(this.running ? 'saving' : 'unsaved');
    if (this.running) return; // the running save's follow-up picks this change up
    if (this.cancelIdle) return; // a save is due and waits for an idle moment: it takes this change along
    const wait = Math.max(0, Math.min(this.options.quietMs, this.dirtySince + this.options.maxWaitMs - now));
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.runWhenIdle();
    }, wait);
  }

  /** Saves now if anything is unsaved, and resolves when everything is written. */
  async flush(): Promise<void> {
    this.cancelPending();
    while (this.running) await this.running;
    if (this.dirtySince !== null) await this.run();
    if (this.state === 'error') throw new Error('The last save failed');
  }

  /** Stops scheduling (the draft was closed or deleted). */
  dispose(): void {
    this.cancelPending();
    this.dirtySince = null;
  }

  private cancelPending(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  private runWhenIdle(): void {
    const { idle } = this.options;
    if (!idle) {
      void this.run();
      return;
    }
    this.cancelIdle = idle.request(() => {
      this.cancelIdle = null;
      void this.run();
    }, this.options.idleTimeoutMs ?? this.options.quietMs);
  }

  private async run(): Promise<void> {
    if (this.running) return this.running;
    if (this.dirtySince === null) return;
    this.dirtySince = null;
    this.setState('saving');
    this.running = this.options
      .save()
      .then(() => {
        this.setState(this.dirtySince === null ? 'saved' : 'unsaved');
      })
      .catch(() => {
        // Keep the change marked unsaved so the next flush (or keystroke) tries again.
        this.dirtySince ??= this.now();
        this.setState('error');
      })
      .finally(() => {
        this.running = null;
        // Typing went on during the save: save again, on the usual schedule.
        if (this.dirtySince !== null && this.state !== 'error') this.touch();
      });
    return this.running;
  }

  private setState(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    this.options.onStateChange?.(state);
  }
}
