/**
 * Registers the handler table on ipcMain. Every call is checked for its sender (the app's
 * own top frame) before the payload is validated and dispatched.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../preload/api';
import { dispatchHostCall, type HandlerTable } from '../host/handlers';
import { isAppUrl } from './security';

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpcHandlers(table: HandlerTable): void {
  for (const channel of Object.keys(table)) {
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'forbidden-sender', message: 'Refused a call from an untrusted frame.' },
        };
      }
      return dispatchHostCall(table, channel, args);
    });
  }
}
