/**
 * Registers the handler table on ipcMain. Every call is checked for its sender (the app's
 * own top frame, `ipc-sender.ts`) before the payload is validated and dispatched.
 */
import { ipcMain } from 'electron';
import type { Result } from '../../preload/api';
import { dispatchHostCall, type HandlerTable } from '../host/handlers';
import { isTrustedSender } from './ipc-sender';

export function registerIpcHandlers(table: HandlerTable): void {
  for (const channel of Object.keys(table)) {
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        return {
          ok: false,
          error: { code: 'forbidden-sender', message: 'Refused a call from an untrusted frame.' },
        };
      }
      return dispatchHostCall(table, channel, args);
    });
  }
}
