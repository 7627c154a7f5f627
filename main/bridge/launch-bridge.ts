/**
 * Starts the browser-mode bridge on its one port, as `npm run start:browser` does: the port
 * asked for, else the remembered one, else the default; and when that port is taken, a
 * refusal naming who holds it, never a quiet move to another port (where the browser would
 * show an empty library).
 */
import { startBridge, type BridgeOptions, type RunningBridge } from './bridge-server';
import { choosePort } from './port-choice';
import { findPortHolder } from './port-holder';
import { describePortTaken } from './port-taken-message';
import { readRememberedPort, rememberPort } from './remembered-port';

/** The bridge could not listen because another process holds its port. */
export class PortTakenError extends Error {
  constructor(
    readonly port: number,
    message: string,
  ) {
    super(message);
  }
}

export interface LaunchOptions extends Omit<BridgeOptions, 'port'> {
  /** `--port`: undefined for the remembered (or default) port, 0 for any free port this run. */
  requestedPort: number | undefined;
  /** The settings folder holding the remembered port (`config-dir.ts`). */
  configDir: string;
  /** Told when the port cannot be remembered; the bridge runs anyway. */
  warn?: (message: string) => void;
}

function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
}

/**
 * Starts the bridge. Remembers a port asked for (not 0) once it listens there. Rejects with
 * `PortTakenError` when the port is taken, with a message naming the holder.
 */
export async function launchBridge(options: LaunchOptions): Promise<RunningBridge> {
  const { requestedPort, configDir, warn = console.warn, ...bridgeOptions } = options;
  const remembered = requestedPort === undefined ? await readRememberedPort(configDir) : undefined;
  const choice = choosePort(requestedPort, remembered);
  let bridge: RunningBridge;
  try {
    bridge = await startBridge({ ...bridgeOptions, port: choice.port });
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
    const holder = await findPortHolder(choice.port);
    throw new PortTakenError(choice.port, describePortTaken(choice.port, holder));
  }
  if (choice.shouldRemember) {
    await rememberPort(configDir, bridge.port).catch((error: unknown) =>
      warn(
        `Could not remember port ${bridge.port} in ${configDir} (${String(error)}): ` +
          'pass the same --port next time to find this library again.',
      ),
    );
  }
  return bridge;
}
