/** Request paths to build files: a hostile path is a 404, never a throw or a file outside. */
import { join, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveRendererPath } from './renderer-path';

const root = resolve('/srv/sourcemark/out/renderer');
const file = (...parts: string[]) => ({ kind: 'file', path: join(root, ...parts) });

describe('resolveRendererPath', () => {
  it.each([
    ['/', file('index.html')],
    ['', file('index.html')],
    ['/index.html', file('index.html')],
    ['/assets/index-AbC123.js', file('assets', 'index-AbC123.js')],
    ['/assets/caf%C3%A9%20noir.svg', file('assets', 'café noir.svg')],
  ])('maps %j to its file', (pathname, expected) => {
    expect(resolveRendererPath(root, pathname)).toEqual(expected);
  });

  it.each(['/%E0%A4%A', '/%', '/assets/%zz.js'])(
    'answers not-found for the malformed escape %j instead of throwing',
    (pathname) => {
      expect(resolveRendererPath(root, pathname)).toEqual({
        kind: 'not-found',
        reason: 'malformed-escape',
      });
    },
  );

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%2f..%2fetc%2fpasswd',
    '/..%5c..%5csecret.txt',
    '/..\\..\\secret.txt',
    '/index.html%00.js',
  ])('refuses the way out of the folder %j', (pathname) => {
    expect(resolveRendererPath(root, pathname)).toEqual({
      kind: 'not-found',
      reason: 'forbidden-path',
    });
  });

  it('reads a double-encoded dot segment as a file name, inside the folder', () => {
    expect(resolveRendererPath(root, '/%252e%252e/%252e%252e/secret.txt')).toEqual(
      file('%2e%2e', '%2e%2e', 'secret.txt'),
    );
  });

  it('never throws and never answers a file outside the folder, whatever the path', () => {
    const piece = fc.constantFrom(
      '..',
      '.',
      '/',
      'a',
      '%2e',
      '%2E',
      '%2f',
      '%5c',
      '\\',
      '%',
      '%25',
      '%00',
      '%E0%A4%A',
      '%C3%A9',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const target = resolveRendererPath(root, `/${pieces.join('')}`);
        if (target.kind === 'file') expect(target.path.startsWith(root + sep)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
