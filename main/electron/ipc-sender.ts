/**
 * Who may call the host over IPC: the app's own top frame only. Pure, so the check is
 * tested with the frames Electron hands `ipcMain.handle` (`event.senderFrame`).
 */
import { isAppUrl } from './app-url';

/** The part of Electron's `WebFrameMain` the check reads. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * True when `frame` is a top frame (no parent) showing an app page. A subframe of the app,
 * a foreign page, or no frame at all (`senderFrame` is null once the frame navigated away
 * or was destroyed) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}
