/** The `app://` protocol's choice of file, for the request URLs Chromium sends. */
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from './app-request';
import { DEVTOOLS_URL, FOREIGN_URLS } from './testing/electron-urls';

const root = resolve('/srv/sourcemark/out/renderer');
const file = (...parts: string[]) => ({ kind: 'file', path: join(root, ...parts) });

describe('resolveAppRequest', () => {
  it.each([
    ['app://sourcemark/index.html', file('index.html')],
    ['app://sourcemark/', file('index.html')],
    ['app://sourcemark', file('index.html')],
    ['app://sourcemark/index.html?article=42#top', file('index.html')],
    ['app://sourcemark/assets/index-AbC123.js', file('assets', 'index-AbC123.js')],
    ['app://sourcemark/assets/index-AbC123.js?v=2', file('assets', 'index-AbC123.js')],
    ['app://SourceMark/favicon.svg', file('favicon.svg')],
  ])('serves %s from the renderer folder', (url, expected) => {
    expect(resolveAppRequest(url, root)).toEqual(expected);
  });

  it.each([...FOREIGN_URLS, DEVTOOLS_URL])('answers not-found for %j', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ kind: 'not-found', reason: 'not-app-url' });
  });

  it.each(['app://sourcemark/%E0%A4%A', 'app://sourcemark/%', 'app://sourcemark/assets/%zz.js'])(
    'answers not-found for the malformed escape in %s, without throwing',
    (url) => {
      expect(resolveAppRequest(url, root)).toEqual({
        kind: 'not-found',
        reason: 'malformed-escape',
      });
    },
  );

  it.each([
    'app://sourcemark/%2e%2e%2fsecret.txt',
    'app://sourcemark/..%2f..%2fetc%2fpasswd',
    'app://sourcemark/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://sourcemark/..%5c..%5csecret.txt',
    'app://sourcemark/..\\..\\secret.txt',
    'app://sourcemark/index.html%00.js',
  ])('refuses the way out of the folder in %s', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ kind: 'not-found', reason: 'forbidden-path' });
  });

  it.each([
    // The URL parser drops these dot segments itself: what is left stays in the folder.
    ['app://sourcemark/../secret.txt', file('secret.txt')],
    ['app://sourcemark/%2e%2e/%2e%2e/etc/passwd', file('etc', 'passwd')],
    // Decoded once, `%252e` is a file literally named `%2e`, never a parent folder.
    ['app://sourcemark/%252e%252e/%252e%252e/secret.txt', file('%2e%2e', '%2e%2e', 'secret.txt')],
  ])('keeps %s inside the renderer folder', (url, expected) => {
    const target = resolveAppRequest(url, root);
    expect(target).toEqual(expected);
    if (target.kind === 'file') expect(target.path.startsWith(root + sep)).toBe(true);
  });
});
