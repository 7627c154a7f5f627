/** Every build file goes out with its type, the page's CSP and no sniffing. */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { rendererFileHeaders } from './renderer-file-headers';

describe('rendererFileHeaders', () => {
  it('sends the page with the CSP that refuses inline and remote scripts', () => {
    const headers = rendererFileHeaders('/out/renderer/index.html');
    expect(headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it.each([
    ['/out/renderer/assets/index-AbC123.js', 'text/javascript; charset=utf-8'],
    ['/out/renderer/assets/index-AbC123.CSS', 'text/css; charset=utf-8'],
    ['/out/renderer/favicon.svg', 'image/svg+xml'],
    ['/out/renderer/assets/unknown.bin', 'application/octet-stream'],
  ])('types %s as %s', (path, type) => {
    expect(rendererFileHeaders(path)['content-type']).toBe(type);
  });
});
