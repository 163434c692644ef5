import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import { dispatch, type Logger } from '../core/dispatch';
import type { HandlerTable } from '../core/handlers';

/**
 * Serves every channel of the contract over ipcMain.handle. A request from any frame other
 * than the app's own main frame is refused before its arguments are even looked at.
 */
export function registerIpc(
  ipcMain: IpcMain,
  handlers: HandlerTable,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  log: Logger,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, args: unknown) => {
      if (!isTrusted(event)) {
        log(`Refused ${channel} from an untrusted frame: ${event.senderFrame?.url ?? 'unknown'}`);
        return fail('FORBIDDEN', 'This request is not allowed from this page.');
      }
      return dispatch(handlers, channel, args, log);
    });
  }
  return () => CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}
