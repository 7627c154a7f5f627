/**
 * Test data: URLs as Electron hands them to the guards, the protocol handler and the IPC
 * sender check. Shared by the unit tests of the pure decisions and the main-process smoke
 * test, so both judge the same addresses.
 */

/** The app's own page and files, in the forms Chromium sends. */
export const APP_URLS = [
  'app://sourcemark/index.html',
  'app://sourcemark/',
  'app://sourcemark/assets/index-AbC123.js',
  'app://sourcemark/index.html?article=42',
  'app://sourcemark/index.html#/library',
  'app://sourcemark/?x=1#top',
] as const;

/** Addresses that are not the app's: every guard refuses them. */
export const FOREIGN_URLS = [
  'https://example.com/',
  'http://127.0.0.1:5173/index.html',
  'app://evil/index.html',
  'app://sourcemark.evil.example/index.html',
  'app://sourcemark:8080/index.html',
  'app://user@sourcemark/index.html',
  'app:///sourcemark/index.html',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'blob:https://example.com/3f1c2a9e-0000-4000-8000-000000000000',
  'about:blank',
  'not a url',
  '',
] as const;

/** The devtools front end: loaded by the session, never a navigation target or IPC sender. */
export const DEVTOOLS_URL = 'devtools://devtools/bundled/inspector.html';

/** An object URL the app's page made (how an export is handed to the download manager). */
export const APP_BLOB_URL = 'blob:app://sourcemark/3f1c2a9e-0000-4000-8000-000000000000';
