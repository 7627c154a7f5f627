/**
 * What the page says when browser mode's host (the `npm run start:browser` process) stops
 * answering or no longer knows this tab: the user needs the way back, not only the error.
 */

const RESTART =
  'run `npm run start:browser` in the Sourcemark folder, then open the URL it prints ' +
  '(your library is kept by this browser and comes back on the same port)';

/** The host did not answer at all: it was stopped, or it crashed. */
export function hostUnreachableMessage(detail: string): string {
  return `The app's host is not reachable (${detail}). It may have stopped: ${RESTART}.`;
}

/** The host answered 401: it was restarted since this tab opened, with a new token. */
export function sessionEndedMessage(channel: string): string {
  return `The app's host no longer knows this tab (refused ${channel}; it was probably restarted): ${RESTART}.`;
}
