import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import { dispatch, type Logger } from '../core/dispatch';
import type { HandlerTable } from '../core/handlers';

/**
 * Serves every channel of the contract over ipcMain.handle. A request from any frame other
 * than the app's own main frame is refused before its arguments are even looked at.
 * `afterRequest` hears each channel the app's frame asked for, once it was answered.
 */
export function registerIpc(
  ipcMain: IpcMain,
  handlers: HandlerTable,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log: Logger,
  afterRequest: (channel: Channel) => void = () => {},
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isTrusted(event)) {
        log(`Refused ${channel} from an untrusted frame: ${event.senderFrame?.url ?? 'unknown'}`);
        return fail('FORBIDDEN', 'This request is not allowed from this page.');
      }
      try {
        return await dispatch(handlers, channel, args, log);
      } finally {
        afterRequest(channel);
      }
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}
