import type { Channel } from '../../../shared/ipc/contract';

/**
 * Preparing the site's post bodies while the app is idle (see SiteService.preparePostBodies),
 * so that the next export finds them ready: sanitising every body is most of a first export.
 *
 * A run starts a few seconds after the app started, and again a few seconds after the last
 * change to a post; a change while a run goes on stops that run (what it prepared is kept) and
 * waits for quiet again, so the work never competes with the writer's typing and saves. One
 * run at a time; a failed run is logged and tried again later; `stop` (quitting) cancels it.
 */

/** What one run does: prepare what is waiting, between turns of the event loop, until the signal. */
export type PrepareJob = (options: { signal: AbortSignal }) => Promise<unknown>;

/** The timer functions, so tests can drive time; the defaults never keep a process alive. */
export interface PreparationTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface BackgroundPreparationOptions {
  prepare: PrepareJob;
  /** Told about a failed run; the message names no post, the error is the library's own. */
  log: (message: string, error?: unknown) => void;
  timers?: PreparationTimers;
  /** From start() to the first run. */
  startupDelayMs?: number;
  /** From the last change to the run after it. */
  quietDelayMs?: number;
  /** From a failed run to the next try. */
  retryDelayMs?: number;
}

export const STARTUP_DELAY_MS = 5_000;
export const QUIET_DELAY_MS = 8_000;
export const RETRY_DELAY_MS = 5 * 60_000;

const nodeTimers: PreparationTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * The requests of the app that change what a post of the site shows (its body, whether it is
 * published, whether it exists): after one of them the bodies are prepared again once quiet.
 */
const POST_CHANGING_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'drafts:create',
  'drafts:save',
  'drafts:untrash',
  'revisions:restore',
  'import:file',
]);

export const changesSitePosts = (channel: Channel): boolean => POST_CHANGING_CHANNELS.has(channel);

export function createBackgroundPreparation({
  prepare,
  log,
  timers = nodeTimers,
  startupDelayMs = STARTUP_DELAY_MS,
  quietDelayMs = QUIET_DELAY_MS,
  retryDelayMs = RETRY_DELAY_MS,
}: BackgroundPreparationOptions) {
  let timer: unknown = null;
  /** The run going on, if any: its controller stops it. */
  let running: AbortController | null = null;
  /** A run came due while one was still ending: start it once that one has. */
  let dueAgain = false;
  let stopped = false;

  const after = (ms: number): void => {
    if (stopped) return;
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = null;
      void run();
    }, ms);
  };

  async function run(): Promise<void> {
    if (stopped) return;
    if (running) {
      dueAgain = true;
      return;
    }
    const controller = new AbortController();
    running = controller;
    try {
      await prepare({ signal: controller.signal });
    } catch (error) {
      // A run cut short by quitting may fail on the closed library: that is no failure.
      if (!controller.signal.aborted) {
        log(`Preparing the site's posts ahead of export failed; trying again in ${Math.round(retryDelayMs / 1000)} s`, error);
        after(retryDelayMs);
      }
    } finally {
      running = null;
      if (dueAgain) {
        dueAgain = false;
        void run();
      }
    }
  }

  return {
    /** Once the app has started: the first run comes after the startup delay. */
    start(): void {
      after(startupDelayMs);
    },

    /** A post changed: stop the run going on, and run once nothing changed for a while. */
    noteChange(): void {
      running?.abort();
      after(quietDelayMs);
    },

    /** For good (the app quits): no more runs, and the one going on stops between two posts. */
    stop(): void {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      dueAgain = false;
      running?.abort();
    },
  };
}

export type BackgroundPreparation = ReturnType<typeof createBackgroundPreparation>;
