import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SaveScheduler, type SaveState } from '../../../src/renderer/src/autosave/saveScheduler';
import { manualIdle } from '../helpers/manualIdle';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('SaveScheduler', () => {
  let saves: number;
  let states: SaveState[];
  let pending: ReturnType<typeof deferred> | null;

  const make = (): SaveScheduler =>
    new SaveScheduler({
      quietMs: 400,
      maxWaitMs: 1000,
      onStateChange: (state) => states.push(state),
      save: () => {
        saves += 1;
        if (pending) return pending.promise;
        return Promise.resolve();
      },
    });

  beforeEach(() => {
    vi.useFakeTimers();
    saves = 0;
    states = [];
    pending = null;
  });
  afterEach(() => vi.useRealTimers());

  it('saves once, after a pause in typing', async () => {
    const scheduler = make();
    scheduler.touch();
    await vi.advanceTimersByTimeAsync(200);
    scheduler.touch();
    await vi.advanceTimersByTimeAsync(399);
    expect(saves).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toBe(1);
    expect(states).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('never lets more than maxWait pass while typing goes on', async () => {
    const scheduler = make();
    for (let elapsed = 0; elapsed < 1000; elapsed += 100) {
      scheduler.touch();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saves).toBe(1);
  });

  it('saves again after a save when typing went on meanwhile', async () => {
    const scheduler = make();
    pending = deferred();
    scheduler.touch();
    await vi.advanceTimersByTimeAsync(400);
    expect(saves).toBe(1);
    scheduler.touch(); // typed during the save
    const first = pending;
    pending = null;
    first.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.current).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(400);
    expect(saves).toBe(2);
    expect(scheduler.current).toBe('saved');
  });

  it('flush saves pending changes at once and waits for a running save', async () => {
    const scheduler = make();
    scheduler.touch();
    await scheduler.flush();
    expect(saves).toBe(1);
    await scheduler.flush(); // nothing pending: no extra save
    expect(saves).toBe(1);
  });

  it('reports a failed save and retries it on flush', async () => {
    const scheduler = make();
    pending = deferred();
    scheduler.touch();
    await vi.advanceTimersByTimeAsync(400);
    pending.reject(new Error('disk full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.current).toBe('error');
    pending = null;
    await scheduler.flush();
    expect(saves).toBe(2);
    expect(scheduler.current).toBe('saved');
  });

  it('flush rejects while the save keeps failing', async () => {
    const scheduler = make();
    pending = deferred();
    pending.reject(new Error('conflict'));
    scheduler.touch();
    await expect(scheduler.flush()).rejects.toThrow('The last save failed');
  });

  it('does nothing after dispose', async () => {
    const scheduler = make();
    scheduler.touch();
    scheduler.dispose();
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toBe(0);
  });
});

describe('SaveScheduler in idle moments', () => {
  let saves: number;
  let idle: ReturnType<typeof manualIdle>;

  const make = (): SaveScheduler =>
    new SaveScheduler({
      quietMs: 400,
      maxWaitMs: 1000,
      idle,
      idleTimeoutMs: 400,
      save: () => {
        saves += 1;
        return Promise.resolve();
      },
    });

  beforeEach(() => {
    vi.useFakeTimers();
    saves = 0;
    idle = manualIdle();
  });
  afterEach(() => vi.useRealTimers());

  it('saves in the first idle moment after the pause, not in the timer that found the pause', async () => {
    const scheduler = make();
    scheduler.touch();
    await vi.advanceTimersByTimeAsync(400);
    expect(saves).toBe(0);
    idle.idle();
    expect(saves).toBe(1);
  });

  it('saves within quiet + idle timeout of the last keystroke even if the page is never idle', async () => {
    const scheduler = make();
    scheduler.touch();
    await vi.advanceTimersByTimeAsync(799);
    expect(saves).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toBe(1);
  });

  it('starts no save while keys keep coming within the quiet time (and the ceiling)', async () => {
    const scheduler = make();
    for (let elapsed = 0; elapsed < 900; elapsed += 60) {
      scheduler.touch();
      idle.idle();
      await vi.advanceTimersByTimeAsync(60);
    }
    expect(saves).toBe(0);
    await vi.advanceTimersByTimeAsync(400);
    idle.idle();
    expect(saves).toBe(1);
  });

  it('keys typed while the save waits for an idle moment go into that one save', async () => {
    const scheduler = make();
    scheduler.touch();
    await vi.advanceTimersByTimeAsync(400);
    scheduler.touch();
    scheduler.touch();
    idle.idle();
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toBe(1);
    expect(scheduler.current).toBe('saved');
  });

  it('flush saves at once, without waiting for an idle moment, and nothing runs after it', async () => {
    const scheduler = make();
    scheduler.touch();
    await vi.advanceTimersByTimeAsync(400);
    expect(idle.pending()).toBe(1);
    const flushed = scheduler.flush();
    expect(saves).toBe(1); // the save read the document synchronously, before flush awaited anything
    await flushed;
    expect(idle.pending()).toBe(0);
    idle.idle();
    await vi.advanceTimersByTimeAsync(2000);
    expect(saves).toBe(1);
  });
});
