import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  changesSitePosts,
  createBackgroundPreparation,
  QUIET_DELAY_MS,
  RETRY_DELAY_MS,
  STARTUP_DELAY_MS,
} from '../../../../src/main/core/site/backgroundPreparation';

/** A preparation job the test finishes by hand; it records every run and its signal. */
function controlledJob() {
  const runs: { signal: AbortSignal; finish: () => void; fail: (error: Error) => void }[] = [];
  const prepare = vi.fn(
    ({ signal }: { signal: AbortSignal }) =>
      new Promise<void>((resolve, reject) => {
        runs.push({ signal, finish: resolve, fail: reject });
      }),
  );
  const last = () => {
    const run = runs.at(-1);
    if (!run) throw new Error('no run has started');
    return run;
  };
  return { prepare, runs, last };
}

function setup() {
  const job = controlledJob();
  const log = vi.fn<(message: string, error?: unknown) => void>();
  const preparation = createBackgroundPreparation({ prepare: job.prepare, log });
  return { ...job, log, preparation };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('background preparation of the site', () => {
  it('runs once, a few seconds after the app started', async () => {
    const { prepare, preparation, last } = setup();
    preparation.start();
    await vi.advanceTimersByTimeAsync(STARTUP_DELAY_MS - 1);
    expect(prepare).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(prepare).toHaveBeenCalledTimes(1);
    last().finish();
    await vi.advanceTimersByTimeAsync(10 * QUIET_DELAY_MS);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('waits until the writer has stopped saving for a while', async () => {
    const { prepare, preparation } = setup();
    preparation.start();
    // Saves every 3 s keep pushing the run back, the startup one too.
    for (let save = 0; save < 5; save += 1) {
      preparation.noteChange();
      await vi.advanceTimersByTimeAsync(3_000);
    }
    expect(prepare).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(QUIET_DELAY_MS - 3_000 - 1);
    expect(prepare).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('stops a run when the writer saves, and runs again once quiet', async () => {
    const { prepare, preparation, runs } = setup();
    preparation.start();
    await vi.advanceTimersByTimeAsync(STARTUP_DELAY_MS);
    const first = runs[0];
    expect(first?.signal.aborted).toBe(false);

    preparation.noteChange();
    expect(first?.signal.aborted).toBe(true);
    first?.finish();
    await vi.advanceTimersByTimeAsync(QUIET_DELAY_MS);
    expect(prepare).toHaveBeenCalledTimes(2);
    expect(runs[1]?.signal.aborted).toBe(false);
  });

  it('never runs twice at once: a run that comes due while one is ending waits for it', async () => {
    const { prepare, preparation, runs } = setup();
    preparation.start();
    await vi.advanceTimersByTimeAsync(STARTUP_DELAY_MS);
    // This run is slow to notice its signal: the next one comes due before it has ended.
    preparation.noteChange();
    await vi.advanceTimersByTimeAsync(QUIET_DELAY_MS);
    expect(prepare).toHaveBeenCalledTimes(1);

    runs[0]?.finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(prepare).toHaveBeenCalledTimes(2);
    runs[1]?.finish();
    await vi.advanceTimersByTimeAsync(10 * QUIET_DELAY_MS);
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('logs a failed run without naming any post, and tries again later', async () => {
    const { prepare, preparation, log, last } = setup();
    preparation.start();
    await vi.advanceTimersByTimeAsync(STARTUP_DELAY_MS);
    const failure = new Error('SQLITE_FULL: database or disk is full');
    last().fail(failure);
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith("Preparing the site's posts ahead of export failed; trying again in 300 s", failure);

    await vi.advanceTimersByTimeAsync(RETRY_DELAY_MS - 1);
    expect(prepare).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(prepare).toHaveBeenCalledTimes(2);
    last().finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('stops for good when the app quits: the run going on is cancelled, and nothing runs after', async () => {
    const { prepare, preparation, log, last } = setup();
    preparation.start();
    await vi.advanceTimersByTimeAsync(STARTUP_DELAY_MS);
    const run = last();
    preparation.noteChange();
    preparation.stop();
    expect(run.signal.aborted).toBe(true);
    // Cut short on a library already closed: no failure worth telling.
    run.fail(new Error('The database connection is not open'));
    preparation.noteChange();
    preparation.start();
    await vi.advanceTimersByTimeAsync(10 * RETRY_DELAY_MS);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(log).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('quitting before the first run leaves no timer behind', () => {
    const { preparation } = setup();
    preparation.start();
    expect(vi.getTimerCount()).toBe(1);
    preparation.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is woken by the requests that change what a post of the site shows, not by reading ones', () => {
    for (const channel of ['drafts:create', 'drafts:save', 'drafts:untrash', 'revisions:restore', 'import:file'] as const) {
      expect(changesSitePosts(channel), channel).toBe(true);
    }
    for (const channel of ['drafts:list', 'drafts:get', 'library:page', 'search:query', 'preview:render', 'site:export', 'settings:update'] as const) {
      expect(changesSitePosts(channel), channel).toBe(false);
    }
  });
});
