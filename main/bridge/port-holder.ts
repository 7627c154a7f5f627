/**
 * Who holds a port the bridge could not listen on: another Sourcemark bridge (it answers
 * `GET /bridge/hello` without a token), or another program, named from Linux's `/proc`
 * where this user may read it. Used only on that failure path, to say what to do.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { listeningSocketInodes } from './proc-net-tcp';

export type PortHolder =
  | { kind: 'sourcemark'; pid: number }
  | { kind: 'program'; pid: number; command: string }
  | { kind: 'unknown' };

/** What `GET /bridge/hello` answers: enough to recognise a bridge, nothing to use it. */
export interface BridgeHello {
  app: 'sourcemark';
  pid: number;
}

const HELLO_TIMEOUT_MS = 1500;

/** The pid of the Sourcemark bridge on `port`, or undefined if what answers is not one. */
export function askBridgeHello(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    // Whatever happens (silence, a reset, a huge answer), settle once, within the timeout.
    const timer = setTimeout(() => settle(undefined), HELLO_TIMEOUT_MS);
    const settle = (pid: number | undefined) => {
      clearTimeout(timer);
      request.destroy();
      resolve(pid);
    };
    const request = get(
      {
        host: '127.0.0.1',
        port,
        path: '/bridge/hello',
        headers: { host: `127.0.0.1:${port}` },
        agent: false,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
          if (body.length > 1024) settle(undefined);
        });
        response.on('error', () => settle(undefined));
        response.on('end', () => {
          try {
            const hello = JSON.parse(body) as Partial<BridgeHello> | null;
            const isBridge = hello?.app === 'sourcemark' && Number.isInteger(hello.pid);
            settle(isBridge ? hello.pid : undefined);
          } catch {
            settle(undefined);
          }
        });
      },
    );
    request.on('error', () => settle(undefined));
  });
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function listNames(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/**
 * The process listening on `port`, found through `<procDir>/net/tcp{,6}` and the sockets in
 * each `<procDir>/<pid>/fd`; undefined off Linux or when the owner's fds are not readable
 * (another user's process). Synchronous: a few thousand readlinks, on a failure path only.
 */
export function findListeningProcess(
  port: number,
  procDir = '/proc',
): { pid: number; command: string } | undefined {
  const inodes = new Set(
    ['tcp', 'tcp6'].flatMap((table) =>
      listeningSocketInodes(readText(join(procDir, 'net', table)), port),
    ),
  );
  if (inodes.size === 0) return undefined;
  for (const name of listNames(procDir)) {
    if (!/^\d+$/.test(name)) continue;
    const fdDir = join(procDir, name, 'fd');
    for (const fd of listNames(fdDir)) {
      let target: string;
      try {
        target = readlinkSync(join(fdDir, fd));
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode === undefined || !inodes.has(inode)) continue;
      const commandLine = readText(join(procDir, name, 'cmdline'))
        .split('\0')
        .join(' ')
        .trim();
      const command = commandLine || readText(join(procDir, name, 'comm')).trim();
      return { pid: Number(name), command: command || 'unknown' };
    }
  }
  return undefined;
}

/** Finds who holds `port`: a Sourcemark bridge first, then any process `/proc` names. */
export async function findPortHolder(port: number): Promise<PortHolder> {
  const bridgePid = await askBridgeHello(port);
  if (bridgePid !== undefined) return { kind: 'sourcemark', pid: bridgePid };
  const program = process.platform === 'linux' ? findListeningProcess(port) : undefined;
  return program ? { kind: 'program', ...program } : { kind: 'unknown' };
}
