import type { InkpressApi } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The preload's bridge (or, in e2e tests, the same API over a Playwright binding). */
    api: InkpressApi;
  }
}
