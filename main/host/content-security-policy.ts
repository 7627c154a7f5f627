/**
 * The page's Content-Security-Policy, sent as a header by both shells (the renderer's
 * index.html repeats it in a meta tag for defence in depth). No remote origin appears:
 * the app loads nothing from the network, and imported HTML is text, never markup.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The export runs in a same-origin module worker (renderer/src/export/); no blob: or data:.
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
