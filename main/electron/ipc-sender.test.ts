/** Only the app's own top frame may call the host over IPC. */
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './ipc-sender';
import { APP_URLS, DEVTOOLS_URL, FOREIGN_URLS } from './testing/electron-urls';

describe('isTrustedSender', () => {
  it.each(APP_URLS)('trusts the app top frame at %s', (url) => {
    expect(isTrustedSender({ url, parent: null })).toBe(true);
  });

  it('refuses a subframe, even one showing an app page', () => {
    const top = { url: 'app://sourcemark/index.html', parent: null };
    expect(isTrustedSender({ url: 'app://sourcemark/index.html', parent: top })).toBe(false);
  });

  it.each([...FOREIGN_URLS, DEVTOOLS_URL])('refuses a top frame at %j', (url) => {
    expect(isTrustedSender({ url, parent: null })).toBe(false);
  });

  it('refuses a call whose frame is gone (Electron gives null)', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
