// Shell: registers every contract call on its IPC channel, handing the handler the URL of the frame that sent it.
import { ipcMain } from 'electron';
import { CALL_NAMES, channelOf } from '../../common/contract';
import type { HandlerTable } from './handlers';

export function registerIpcHandlers(handlers: HandlerTable): void {
  for (const name of CALL_NAMES) {
    // senderFrame is null when the frame navigated away or was destroyed: treated as a foreign caller.
    ipcMain.handle(channelOf(name), (event, argument: unknown) =>
      handlers[name]({ url: event.senderFrame?.url ?? '' }, argument),
    );
  }
}
