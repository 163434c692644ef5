/**
 * The one bridge between the window and the main process. It exposes named functions only
 * (window.api.drafts.list(), ...), never ipcRenderer itself or a generic invoke(channel).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildRequestApi } from '../shared/ipc/buildApi';
import { APP_EVENTS, CHANNELS, READY_TO_CLOSE, type AppEvent, type EventApi, type InkpressApi } from '../shared/ipc/contract';

const events: EventApi = {
  events: {
    on(event, listener) {
      if (!APP_EVENTS.includes(event as AppEvent)) throw new Error(`Unknown event ${String(event)}`);
      // The IpcRendererEvent (which carries `sender`) is never handed to the page.
      const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as never);
      ipcRenderer.on(event, wrapped);
      return () => {
        ipcRenderer.removeListener(event, wrapped);
      };
    },
  },
  app: {
    readyToClose: () => ipcRenderer.send(READY_TO_CLOSE),
  },
};

const api: InkpressApi = {
  ...buildRequestApi(CHANNELS, (channel, args) => ipcRenderer.invoke(channel, args)),
  ...events,
};

contextBridge.exposeInMainWorld('api', api);
