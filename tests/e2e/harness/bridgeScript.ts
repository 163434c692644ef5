import { buildRequestApi } from '../../../src/shared/ipc/buildApi';
import { APP_EVENTS, CHANNELS } from '../../../src/shared/ipc/contract';

export const INVOKE_BINDING = '__inkpressInvoke';
export const READY_TO_CLOSE_BINDING = '__inkpressReadyToClose';
/** Test-only hook: fires an app event (a menu command, the close handshake) into the page. */
export const EMIT_FUNCTION = '__inkpressEmit';

/**
 * The page-side half of the e2e bridge: builds window.api from the same channel list and the
 * same buildRequestApi the preload uses, over a Playwright binding instead of ipcRenderer.
 */
export function bridgeInitScript(): string {
  return `(() => {
  const buildRequestApi = ${buildRequestApi.toString()};
  const knownEvents = ${JSON.stringify(APP_EVENTS)};
  const listeners = new Map();
  const api = {
    ...buildRequestApi(${JSON.stringify(CHANNELS)}, (channel, args) => window.${INVOKE_BINDING}(channel, args)),
    events: {
      on(event, listener) {
        if (!knownEvents.includes(event)) throw new Error('Unknown event ' + event);
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    },
    app: { readyToClose: () => window.${READY_TO_CLOSE_BINDING}() },
  };
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
  window.${EMIT_FUNCTION} = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
})();`;
}
