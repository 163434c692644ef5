import type { IdleScheduler } from './idleScheduler';

export interface IdleTaskOptions {
  /**
   * The work. It reads the newest state itself, so one run covers every schedule() before it.
   * It may be async; a new run never starts before the previous one has settled, and a
   * returned promise must not reject (the work reports its own errors). The deadline tells
   * how long the page stays idle; work that needs more can do part and schedule() the rest.
   */
  run: (deadline: IdleDeadline) => void | Promise<void>;
  /** Least time between the starts of two runs: at most one run this often while changes come. */
  minIntervalMs: number;
  /** Once a run is due, the longest it waits for an idle moment. */
  idleTimeoutMs: number;
  idle: IdleScheduler;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

/**
 * Throttled work that only ever runs when the page is idle: call schedule() on every change
 * (it is cheap), and run() follows in the next idle moment, no more often than minIntervalMs,
 * always once more after the last change.
 */
export class IdleTask {
  private stale = false;
  private running = false;
  private lastStart = Number.NEGATIVE_INFINITY;
  private timer: unknown = null;
  private cancelIdle: (() => void) | null = null;
  private readonly setTimer: NonNullable<IdleTaskOptions['setTimer']>;
  private readonly clearTimer: NonNullable<IdleTaskOptions['clearTimer']>;
  private readonly now: () => number;

  constructor(private readonly options: IdleTaskOptions) {
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.now = options.now ?? (() => performance.now());
  }

  /** The state changed: run again soon. */
  schedule(): void {
    this.stale = true;
    if (!this.running && this.timer === null && this.cancelIdle === null) this.arm();
  }

  /** Drops the pending run (a run in progress finishes); a later schedule() starts over. */
  cancel(): void {
    this.stale = false;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  private arm(): void {
    const wait = this.lastStart + this.options.minIntervalMs - this.now();
    if (wait > 0) {
      this.timer = this.setTimer(() => {
        this.timer = null;
        this.waitForIdle();
      }, wait);
    } else {
      this.waitForIdle();
    }
  }

  private waitForIdle(): void {
    this.cancelIdle = this.options.idle.request((deadline) => {
      this.cancelIdle = null;
      this.start(deadline);
    }, this.options.idleTimeoutMs);
  }

  private start(deadline: IdleDeadline): void {
    if (!this.stale) return;
    this.stale = false;
    this.running = true;
    this.lastStart = this.now();
    let result: void | Promise<void>;
    try {
      result = this.options.run(deadline);
    } catch (error) {
      this.finish();
      throw error;
    }
    if (result instanceof Promise) void result.finally(() => this.finish());
    else this.finish();
  }

  private finish(): void {
    this.running = false;
    if (this.stale) this.arm();
  }
}
