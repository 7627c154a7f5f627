/** What the session may load and where the window may go, for the URLs Electron reports. */
import { describe, expect, it } from 'vitest';
import { isAllowedNavigationUrl, isAllowedRequestUrl } from './url-guards';
import { APP_BLOB_URL, APP_URLS, DEVTOOLS_URL, FOREIGN_URLS } from './testing/electron-urls';

describe('isAllowedRequestUrl', () => {
  it.each(APP_URLS)('lets the app load its own page and files: %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
  });

  it('lets the devtools front end load, for debugging', () => {
    expect(isAllowedRequestUrl(DEVTOOLS_URL)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools.evil.example/x.html')).toBe(false);
  });

  it("lets an export download through the page's own object URL", () => {
    expect(isAllowedRequestUrl(APP_BLOB_URL)).toBe(true);
  });

  it.each(FOREIGN_URLS)('cancels %j', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
  });
});

describe('isAllowedNavigationUrl', () => {
  it.each(APP_URLS)('lets the window move within the app: %s', (url) => {
    expect(isAllowedNavigationUrl(url)).toBe(true);
  });

  it.each([...FOREIGN_URLS, DEVTOOLS_URL, APP_BLOB_URL])(
    'refuses to replace the app with %j',
    (url) => {
      expect(isAllowedNavigationUrl(url)).toBe(false);
    },
  );
});
