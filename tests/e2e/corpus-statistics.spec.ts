import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { SCREEN_SIZES, saveScreen } from './support/screens';
import { LibraryPage } from './pages/library-page';
import { ReviewPage, type SeedSpan } from './pages/review-page';

const COLLEAGUES = [{ id: 'colleague-aysel', name: 'Aysel' }];

/** Loaded language on 6 words, doubt on 3 (two of them over loaded words), 2 claims. */
function seedSpans(text: string): SeedSpan[] {
  const words = [...text.matchAll(/\p{L}{6,}/gu)].slice(0, 9);
  const range = (i: number) => ({
    start: words[i]!.index,
    end: words[i]!.index + words[i]![0].length,
  });
  const spans: SeedSpan[] = [];
  for (let i = 0; i < 6; i++) {
    spans.push({
      id: `ll-${i}`,
      author: 'self',
      itemId: 'technique.loaded-language',
      phrase: '',
      range: range(i),
    });
  }
  for (let i = 4; i < 7; i++) {
    spans.push({
      id: `dt-${i}`,
      author: 'colleague-aysel',
      itemId: 'technique.doubt',
      phrase: '',
      range: range(i),
    });
  }
  for (let i = 7; i < 9; i++) {
    spans.push({
      id: `cl-${i}`,
      author: 'self',
      itemId: 'claim.claim',
      phrase: '',
      range: range(i),
    });
  }
  return spans;
}

test('statistics count labels, overlaps and analysts, draw charts under the CSP, and save CSV and SVG', async ({
  app,
}, testInfo) => {
  const violations: string[] = [];
  app.page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.opinion)).toBeVisible();
  const review = new ReviewPage(app.page);
  const text = await review.storedText(SAMPLE_TITLES.opinion);
  await review.seed(SAMPLE_TITLES.opinion, seedSpans(text), COLLEAGUES);
  await app.page.reload();
  await app.page.getByRole('button', { name: 'Statistics', exact: true }).click();

  await expect(app.page.getByRole('heading', { name: 'Statistics' })).toBeVisible();
  await expect(app.page.getByText(/11 annotations/)).toBeVisible();

  // The figures as a table: every label with its count.
  const perLabel = app.page.getByRole('img', { name: 'Annotations per label' });
  await expect(perLabel.locator('canvas')).toHaveCount(1);
  const labelTable = app.page.getByRole('table', { name: 'Annotations per label' });
  await app.page.getByText('Figures of “Annotations per label” as a table').click();
  await expect(labelTable.getByRole('row')).toHaveCount(4);
  await expect(labelTable.getByRole('row').nth(1)).toContainText('Loaded language');
  await expect(labelTable.getByRole('row').nth(1)).toContainText('6');

  // Overlaps: doubt over two loaded words.
  await app.page.getByText('Figures of “Overlapping spans (pairs)” as a table').click();
  const overlaps = app.page.getByRole('table', { name: 'Overlapping spans (pairs)' });
  await expect(overlaps.getByRole('row').nth(1)).toContainText('Doubt');
  await expect(overlaps.getByRole('row').nth(1)).toContainText('2');

  // Per analyst: Aysel's three doubts in her own column.
  const [csvDownload] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page
      .getByRole('button', { name: 'Save the figures of “Labels per analyst” as CSV' })
      .click(),
  ]);
  const csv = await readFile((await csvDownload.path())!, 'utf8');
  const lines = csv.trim().split('\r\n');
  const header = lines[0]!.split(',');
  expect(header).toContain('Aysel');
  const doubt = lines.find((line) => line.includes('Doubt'))!.split(',');
  expect(doubt[header.indexOf('Aysel')]).toBe('3');

  const [svgDownload] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Save “Annotations per label” as SVG' }).click(),
  ]);
  const svg = await readFile((await svgDownload.path())!, 'utf8');
  expect(svg).toMatch(/^<svg/);
  expect(svg).toContain('Doubt');

  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    const box = await perLabel.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
    testInfo.attachments.push({
      name: `statistics ${size.width}x${size.height}`,
      path: await saveScreen(app.page, testInfo, 'statistics'),
      contentType: 'image/png',
    });
  }

  // A label's row opens Search on that label: its six annotations are the hits.
  await labelTable.getByRole('button', { name: 'Persuasion techniques › Loaded language' }).click();
  await expect(app.page.getByRole('searchbox', { name: 'Search query' })).toHaveValue(
    'label:"technique.loaded-language"',
  );
  await expect(app.page.getByText(/^6 hits in 1 article/)).toBeVisible();
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('button', { name: 'Statistics', exact: true }).click();
  await app.page.getByText('Figures of “Most annotated articles” as a table').click();

  // The most annotated article opens from its row.
  await app.page
    .getByRole('table', { name: 'Most annotated articles' })
    .getByRole('button', { name: SAMPLE_TITLES.opinion })
    .click();
  await expect(app.page.getByRole('heading', { name: 'Statistics' })).toHaveCount(0);
  expect(violations).toEqual([]);
  expect(app.pageErrors).toEqual([]);
});

test('statistics’ rows and totals are read once the library is read and the page idle, before any click', async ({
  app,
}) => {
  // Each request for the stored totals as a table (the statistics' read): the library reads
  // every article's count from `articleCounts`' keys, never the tallies.
  await app.page.addInitScript(() => {
    const w = window as unknown as { __talliesAsked: number };
    w.__talliesAsked = 0;
    for (const method of ['getAll', 'openCursor'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (this.name === 'articleTallies') w.__talliesAsked += 1;
        return original.apply(this, args);
      } as never;
    }
  });
  await app.page.reload();
  await expect(new LibraryPage(app.page).row(SAMPLE_TITLES.opinion)).toBeVisible();
  await expect(app.page.locator('.library-count')).not.toContainText('Reading');
  await expect
    .poll(() =>
      app.page.evaluate(() => (window as unknown as { __talliesAsked: number }).__talliesAsked),
    )
    .toBeGreaterThan(0);
  // Nothing was clicked: the view opens on the snapshot read (or joins it).
  await app.page.getByRole('button', { name: 'Statistics', exact: true }).click();
  await expect(app.page.getByRole('heading', { name: 'Statistics' })).toBeVisible();
  expect(app.pageErrors).toEqual([]);
});
