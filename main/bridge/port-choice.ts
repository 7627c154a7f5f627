/**
 * Which port the browser-mode bridge listens on. The browser keeps the library (IndexedDB)
 * per origin, and the port is part of the origin: a new port each run would open an empty
 * library every time. So the port is fixed, remembered across runs, and changed only when
 * the user asks (`--port N`).
 */

/** The port used until the user picks another: high, unassigned, unlikely to be taken. */
export const DEFAULT_BRIDGE_PORT = 47615;

/**
 * Takes `--port N` (or `--port=N`) out of the arguments. Answers the port, or undefined
 * when absent, and the other arguments in order. Throws when the value is not a port.
 */
export function takePortOption(args: readonly string[]): {
  port: number | undefined;
  rest: string[];
} {
  const rest: string[] = [];
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--port') value = args[++i] ?? '';
    else if (arg.startsWith('--port=')) value = arg.slice('--port='.length);
    else rest.push(arg);
  }
  if (value === undefined) return { port: undefined, rest };
  const port = Number(value);
  if (value.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port needs a port number from 0 to 65535, not "${value}"`);
  }
  return { port, rest };
}

export interface PortChoice {
  port: number;
  /** True when the port was asked for and should be used again next time. */
  shouldRemember: boolean;
}

/**
 * The port to listen on: the one asked for (remembered, unless it is 0, a random free
 * port for this run only, as tests use), else the remembered one, else the default.
 */
export function choosePort(
  requested: number | undefined,
  remembered: number | undefined,
): PortChoice {
  if (requested !== undefined) return { port: requested, shouldRemember: requested !== 0 };
  return { port: remembered ?? DEFAULT_BRIDGE_PORT, shouldRemember: false };
}
