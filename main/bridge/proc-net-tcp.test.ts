import { describe, expect, it } from 'vitest';
import { listeningSocketInodes } from './proc-net-tcp';

// Rows as Linux prints them (trimmed): port 0xBA0F = 47631, 0x1F90 = 8080.
const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:BA0F 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 412345 1 0000000000000000 100 0 0 10 0
   1: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 9001 1 0000000000000000 100 0 0 10 0
   2: 0100007F:BA0F 0100007F:D2B4 01 00000000:00000000 00:00000000 00000000  1000        0 412399 1 0000000000000000 20 4 30 10 -1
   3: 0100007F:C350 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 0 1 0000000000000000 100 0 0 10 0
`;
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 9002 1 0000000000000000 100 0 0 10 0
`;

describe('listeningSocketInodes', () => {
  it('finds the listening socket on a port, not its connections', () => {
    expect(listeningSocketInodes(TCP, 47631)).toEqual(['412345']);
  });

  it('finds a listener on any address, IPv6 included (it blocks 127.0.0.1 too)', () => {
    expect(listeningSocketInodes(TCP, 8080)).toEqual(['9001']);
    expect(listeningSocketInodes(TCP6, 8080)).toEqual(['9002']);
  });

  it('answers nothing for a free port, an inode-less row or an empty table', () => {
    expect(listeningSocketInodes(TCP, 1234)).toEqual([]);
    expect(listeningSocketInodes(TCP, 0xc350)).toEqual([]);
    expect(listeningSocketInodes('', 8080)).toEqual([]);
  });
});
