// Makes text dumps of Readability's test pages the way analysts make them: the page opened
// in Chromium and its text copied (`document.body.innerText`). JavaScript is off and every
// network request is refused, so a dump holds what the saved HTML shows and nothing else.
// The corpus check (`npm run bench -- pages`) reads them.
//
//   node scripts/make-page-dumps.mjs [pagesDir] [outDir]
//
// pagesDir: ../shared/corpora/readability-pages (or SM_PAGES_DIR); outDir:
// node_modules/.cache/sourcemark-page-dumps (or SM_PAGE_DUMPS_DIR), outside git. Chromium:
// /usr/bin/chromium (or SM_CHROMIUM). Run it under the shared lock, as anything that
// starts a browser here: flock /tmp/sm-build.lock node scripts/make-page-dumps.mjs
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const pagesDir = resolve(
  process.argv[2] ??
    process.env.SM_PAGES_DIR ??
    join(root, '..', 'shared', 'corpora', 'readability-pages'),
);
const outDir = resolve(
  process.argv[3] ??
    process.env.SM_PAGE_DUMPS_DIR ??
    join(root, 'node_modules', '.cache', 'sourcemark-page-dumps'),
);
const executablePath = process.env.SM_CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(pagesDir)) {
  console.error(`No pages at ${pagesDir}: nothing to dump.`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath });
try {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 800 },
  });
  // Saved pages link their images, styles and fonts on the web: none is fetched.
  await context.route('**/*', (route) => route.abort());
  const page = await context.newPage();
  const ids = readdirSync(pagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(pagesDir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort();
  for (const id of ids) {
    const html = readFileSync(join(pagesDir, id, 'source.html'), 'utf8');
    await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // Runs in the page, where `document` exists.
    // eslint-disable-next-line no-undef
    const text = await page.evaluate(() => document.body?.innerText ?? '');
    writeFileSync(join(outDir, `${id}.txt`), text);
    console.log(`${id}: ${text.length} characters`);
  }
  console.log(`${ids.length} dumps in ${outDir}`);
} finally {
  await browser.close();
}
