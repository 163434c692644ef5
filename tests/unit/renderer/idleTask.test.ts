import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleTask } from '../../../src/renderer/src/scheduling/idleTask';
import { manualIdle } from '../helpers/manualIdle';

describe('IdleTask', () => {
  let runs: number[];
  let idle: ReturnType<typeof manualIdle>;

  const make = (run?: () => void | Promise<void>): IdleTask =>
    new IdleTask({
      minIntervalMs: 1000,
      idleTimeoutMs: 500,
      idle,
      now: () => Date.now(),
      run: run ?? (() => void runs.push(Date.now())),
    });

  beforeEach(() => {
    vi.useFakeTimers();
    runs = [];
    idle = manualIdle();
  });
  afterEach(() => vi.useRealTimers());

  it('runs in the next idle moment, not in the call that scheduled it', () => {
    const task = make();
    task.schedule();
    expect(runs).toHaveLength(0);
    idle.idle();
    expect(runs).toHaveLength(1);
  });

  it('runs at most once per interval while changes keep coming, and once after the last', async () => {
    const task = make();
    const start = Date.now();
    for (let elapsed = 0; elapsed < 2500; elapsed += 50) {
      task.schedule();
      idle.idle();
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(500);
    idle.idle();
    expect(runs.map((at) => at - start)).toEqual([0, 1000, 2000, 3000]);
  });

  it('runs after its idle timeout when the page is never idle', async () => {
    const task = make();
    task.schedule();
    await vi.advanceTimersByTimeAsync(499);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(1);
  });

  it('never overlaps an async run, and runs again after it when something changed meanwhile', async () => {
    let finish!: () => void;
    let started = 0;
    const task = make(() => {
      started += 1;
      return new Promise<void>((resolve) => {
        finish = resolve;
      });
    });
    task.schedule();
    idle.idle();
    task.schedule();
    await vi.advanceTimersByTimeAsync(2000);
    idle.idle();
    expect(started).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    idle.idle();
    expect(started).toBe(2);
  });

  it('drops a pending run when cancelled, and can be scheduled again', async () => {
    const task = make();
    task.schedule();
    task.cancel();
    expect(idle.pending()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toHaveLength(0);
    task.schedule();
    idle.idle();
    expect(runs).toHaveLength(1);
  });
});
