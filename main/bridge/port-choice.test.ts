import { describe, expect, it } from 'vitest';
import { choosePort, DEFAULT_BRIDGE_PORT, takePortOption } from './port-choice';

describe('takePortOption', () => {
  it('takes --port N or --port=N out and keeps the article paths in order', () => {
    expect(takePortOption(['a.txt', '--port', '5000', 'b.txt'])).toEqual({
      port: 5000,
      rest: ['a.txt', 'b.txt'],
    });
    expect(takePortOption(['--port=0', 'a.txt'])).toEqual({ port: 0, rest: ['a.txt'] });
    expect(takePortOption(['a.txt'])).toEqual({ port: undefined, rest: ['a.txt'] });
  });

  it('refuses a value that is not a port, instead of picking one', () => {
    for (const args of [['--port'], ['--port', 'abc'], ['--port', '70000'], ['--port=-1']]) {
      expect(() => takePortOption(args)).toThrow(/--port needs a port number/);
    }
  });
});

describe('choosePort', () => {
  it('uses the port asked for and remembers it, except 0 (a free port for this run only)', () => {
    expect(choosePort(5000, 6000)).toEqual({ port: 5000, shouldRemember: true });
    expect(choosePort(0, 6000)).toEqual({ port: 0, shouldRemember: false });
  });

  it('else the remembered port, else the fixed default: never a random one', () => {
    expect(choosePort(undefined, 6000)).toEqual({ port: 6000, shouldRemember: false });
    expect(choosePort(undefined, undefined)).toEqual({
      port: DEFAULT_BRIDGE_PORT,
      shouldRemember: false,
    });
  });
});
