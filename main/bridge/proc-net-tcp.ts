/**
 * Reads Linux's `/proc/net/tcp` and `/proc/net/tcp6` tables, to find which socket listens
 * on a port when the bridge's port is taken. Pure: the caller reads the files.
 *
 * Each row is `sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode …`,
 * with the address as `HEXIP:HEXPORT` and the state `0A` for LISTEN.
 */

const LISTEN = '0A';

/** The inodes of the sockets listening on `port` in one table's text (header skipped). */
export function listeningSocketInodes(table: string, port: number): string[] {
  const inodes: string[] = [];
  for (const line of table.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    const local = fields[1];
    const state = fields[3];
    const inode = fields[9];
    if (!local || state !== LISTEN || !inode || inode === '0') continue;
    const hexPort = local.slice(local.lastIndexOf(':') + 1);
    if (Number.parseInt(hexPort, 16) === port) inodes.push(inode);
  }
  return inodes;
}
