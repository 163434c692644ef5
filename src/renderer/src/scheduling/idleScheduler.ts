/**
 * Where deferred work waits for the page to be idle. The browser's requestIdleCallback runs it
 * after a frame has been drawn and before the next input is due, so it never delays a
 * keystroke that is already waiting; the timeout bounds how long it may be put off.
 * Tests pass their own scheduler.
 */
export interface IdleScheduler {
  /** Runs callback in an idle moment, or after timeoutMs at the latest. Returns a cancel function. */
  request(callback: (deadline: IdleDeadline) => void, timeoutMs: number): () => void;
}

export const browserIdleScheduler: IdleScheduler = {
  request(callback, timeoutMs) {
    const handle = window.requestIdleCallback(callback, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  },
};
