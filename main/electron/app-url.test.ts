/** The app's own address, judged as Node's URL class (the main process's) parses it. */
import { describe, expect, it } from 'vitest';
import { APP_PAGE_URL, isAppUrl } from './app-url';
import { APP_BLOB_URL, APP_URLS, DEVTOOLS_URL, FOREIGN_URLS } from './testing/electron-urls';

describe('isAppUrl', () => {
  it.each(APP_URLS)('accepts the app page and its files: %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it('accepts the page the window loads, although Node gives its origin as "null"', () => {
    // The platform fact behind the old bug: comparing origins refused the app itself.
    expect(new URL(APP_PAGE_URL).origin).toBe('null');
    expect(isAppUrl(APP_PAGE_URL)).toBe(true);
  });

  it('accepts the host in any case, as Chromium lowercases a standard scheme host', () => {
    expect(isAppUrl('app://SourceMark/index.html')).toBe(true);
  });

  it.each([...FOREIGN_URLS, DEVTOOLS_URL, APP_BLOB_URL])('refuses %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
