/**
 * What the user reads when the browser mode's port is taken. The bridge never moves to
 * another port by itself: the browser keeps the library per port, so a silent move would
 * show an empty library and look like lost work.
 */
import type { PortHolder } from './port-holder';

const MAX_COMMAND_CHARS = 160;

function shorten(command: string): string {
  return command.length > MAX_COMMAND_CHARS
    ? `${command.slice(0, MAX_COMMAND_CHARS - 1)}…`
    : command;
}

/** The refusal for `port`, naming `holder` and saying how to go on. */
export function describePortTaken(port: number, holder: PortHolder): string {
  if (holder.kind === 'sourcemark') {
    return (
      `Port ${port} is already used by another Sourcemark bridge (pid ${holder.pid}). ` +
      'Your library is served there: use the browser tab where it is open, or stop that ' +
      `bridge (Ctrl+C in its terminal, or \`kill ${holder.pid}\`) and run ` +
      '`npm run start:browser` again.'
    );
  }
  const who =
    holder.kind === 'program'
      ? `another program: ${shorten(holder.command)} (pid ${holder.pid})`
      : 'another program (its name could not be found; it may belong to another user)';
  const other = port < 65535 ? port + 1 : port - 1;
  return (
    `Port ${port} is used by ${who}. Stop it, or start Sourcemark on another port: ` +
    `\`npm run start:browser -- --port ${other}\` (remembered for the next runs). ` +
    'The browser keeps the library per port: on a new port it starts empty, and the one ' +
    `on port ${port} comes back when you use port ${port} again.`
  );
}
