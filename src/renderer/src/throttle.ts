export interface Throttled {
  (): void;
  cancel(): void;
}

/**
 * Runs fn at most once per interval while calls keep coming, always including a final run
 * after the last call, so the result reflects the newest state.
 */
export function throttle(fn: () => void, intervalMs: number): Throttled {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const run = (): void => {
    timer = null;
    last = Date.now();
    fn();
  };
  const throttled = (): void => {
    if (timer !== null) return;
    timer = setTimeout(run, Math.max(0, last + intervalMs - Date.now()));
  };
  throttled.cancel = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return throttled;
}
