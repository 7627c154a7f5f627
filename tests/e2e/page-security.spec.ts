import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';

test('the page runs under a strict CSP: no remote content, no inline script, no Node', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  const remote = await app.page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return 'loaded';
    } catch {
      return 'blocked';
    }
  });
  expect(remote).toBe('blocked');

  const inline = await app.page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return (window as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(inline).toBe(false);
  expect(await app.page.evaluate(() => typeof (window as { require?: unknown }).require)).toBe(
    'undefined',
  );
});

test('another site cannot read the bridge even when it knows the port', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  // A page on another origin (localhost is another origin than 127.0.0.1) tries the API.
  const foreign = await app.page.context().newPage();
  const port = new URL(app.bridge.origin).port;
  await foreign.goto(`http://localhost:${port}/`).catch(() => {});
  const answer = await foreign.evaluate(async (origin) => {
    try {
      const response = await fetch(`${origin}/api/sm:library:samplePaths`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"args":[]}',
      });
      return `status ${response.status}`;
    } catch {
      return 'blocked';
    }
  }, app.bridge.origin);
  expect(answer).toBe('blocked');
  await foreign.close();
});

test('a page on another port of 127.0.0.1 can read neither the token cookie nor the app page', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  // Cookies ignore ports: any local dev server shares the bridge's cookie jar.
  const other = createServer((_, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>x</title>'),
  );
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  try {
    const foreign = await app.page.context().newPage();
    await foreign.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
    expect(await foreign.evaluate(() => document.cookie)).not.toContain(app.bridge.token);
    const page = await foreign.evaluate(async (origin) => {
      try {
        return await (await fetch(`${origin}/`, { credentials: 'include' })).text();
      } catch {
        return 'blocked';
      }
    }, app.bridge.origin);
    expect(page).toBe('blocked');
    await foreign.close();
    // Nor can the app's own scripts: the cookie is HttpOnly, the token is in the page.
    expect(await app.page.evaluate(() => document.cookie)).not.toContain(app.bridge.token);
  } finally {
    other.closeAllConnections();
    await new Promise((resolve) => other.close(resolve));
  }
});
