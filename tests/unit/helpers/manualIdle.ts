import type { IdleScheduler } from '../../../src/renderer/src/scheduling/idleScheduler';

/** An idle scheduler the test drives: callbacks wait until idle() or their timeout. */
export function manualIdle(): IdleScheduler & { idle(): void; pending(): number } {
  const waiting = new Set<{ callback: (deadline: IdleDeadline) => void; timer: ReturnType<typeof setTimeout> }>();
  const deadline = (didTimeout: boolean): IdleDeadline => ({ didTimeout, timeRemaining: () => (didTimeout ? 0 : 50) });
  return {
    request(callback, timeoutMs) {
      const entry = {
        callback,
        timer: setTimeout(() => {
          waiting.delete(entry);
          callback(deadline(true));
        }, timeoutMs),
      };
      waiting.add(entry);
      return () => {
        clearTimeout(entry.timer);
        waiting.delete(entry);
      };
    },
    idle() {
      for (const entry of [...waiting]) {
        waiting.delete(entry);
        clearTimeout(entry.timer);
        entry.callback(deadline(false));
      }
    },
    pending: () => waiting.size,
  };
}
