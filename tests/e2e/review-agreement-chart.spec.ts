import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { SCREEN_SIZES, saveScreen } from './support/screens';
import { LibraryPage } from './pages/library-page';
import { ReviewPage, type SeedSpan } from './pages/review-page';

const COLLEAGUES = [
  { id: 'colleague-aysel', name: 'Aysel' },
  { id: 'colleague-zaur', name: 'Zaur' },
];

/** Labels whose names sort differently from their ids (entity… before frame… before technique…). */
const LABELS = [
  'technique.loaded-language',
  'technique.name-calling',
  'technique.exaggeration-minimisation',
  'technique.doubt',
  'technique.flag-waving',
  'technique.slogans',
  'technique.repetition',
  'entity.person',
  'entity.gpe',
  'entity.organisation',
  'entity.date',
  'frame.economic',
  'frame.security',
  'frame.political',
  'claim.claim',
];

/** Three sets over the opinion sample: every label on a few words, with some disagreement. */
function seedSpans(text: string): SeedSpan[] {
  const words = [...text.matchAll(/\p{L}{5,}/gu)].slice(0, LABELS.length * 4);
  return words.flatMap((word, i) => {
    const itemId = LABELS[i % LABELS.length]!;
    const start = word.index;
    const end = start + word[0].length;
    const spans: SeedSpan[] = [
      { id: `me-${i}`, author: 'self', itemId, phrase: '', range: { start, end } },
      { id: `ay-${i}`, author: 'colleague-aysel', itemId, phrase: '', range: { start, end } },
    ];
    // Zaur differs on one word in three: another start, or no tag at all.
    if (i % 3 === 1) {
      spans.push({
        id: `za-${i}`,
        author: 'colleague-zaur',
        itemId,
        phrase: '',
        range: { start: start + 1, end },
      });
    } else if (i % 3 === 0) {
      spans.push({
        id: `za-${i}`,
        author: 'colleague-zaur',
        itemId,
        phrase: '',
        range: { start, end },
      });
    }
    return spans;
  });
}

test('the agreement chart fits the window, and the CSV keeps D_O and D_E and sorts by name', async ({
  app,
}, testInfo) => {
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.opinion)).toBeVisible();
  const review = new ReviewPage(app.page);
  const text = await review.storedText(SAMPLE_TITLES.opinion);
  await review.seed(SAMPLE_TITLES.opinion, seedSpans(text), COLLEAGUES);
  await app.page.reload();
  await app.page.getByRole('button', { name: 'Agreement', exact: true }).click();

  const chart = app.page.getByRole('img', { name: 'Alpha-U per label' });
  await expect(chart).toBeVisible();
  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    // Every bar is on screen without scrolling: the chart is what analysts come for.
    const box = await chart.boundingBox();
    expect(box, `chart at ${size.width}x${size.height}`).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
    await expect(chart.locator('canvas')).toHaveCount(1);
    testInfo.attachments.push({
      name: `agreement ${size.width}x${size.height}`,
      path: await saveScreen(app.page, testInfo, 'agreement'),
      contentType: 'image/png',
    });
  }

  // The chart's figures as a table: one row per label, as many as bars.
  await app.page.getByText('Figures of “Alpha-U per label” as a table').click();
  const bars = app.page.getByRole('table', { name: 'Alpha-U per label' }).locator('tbody tr');
  await expect(bars).toHaveCount(LABELS.length);

  // The table's rows read in label-name order, as the CSV's do.
  const table = app.page.getByRole('table', { name: 'Span agreement' });
  const names = await table.locator('tbody tr td:first-child').allTextContents();
  const collator = new Intl.Collator('en', { numeric: true });
  const labelNames = names.slice(0, -1);
  expect(labelNames).toEqual([...labelNames].sort(collator.compare));
  expect(names.at(-1)).toBe('All labels');

  const [download] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  const records = csv.trim().split('\r\n').map(csvCells);
  const header = records[0]!;
  const [observed, expected] = [header.indexOf('D_O'), header.indexOf('D_E')];
  const rows = records.slice(1);
  expect(rows.map((r) => r[0]).slice(0, -1)).toEqual(labelNames);
  for (const row of rows) {
    for (const cell of [row[observed]!, row[expected]!]) {
      // A number as JavaScript prints it, never a rounded-away 0.000000.
      expect(cell).not.toMatch(/^0\.0+$/);
      expect(Number.isFinite(Number(cell))).toBe(true);
    }
  }
  expect(Number(rows.at(-1)![expected])).toBeGreaterThan(0);
  expect(app.pageErrors).toEqual([]);
});

/** The cells of one CSV record (RFC 4180 quoting; no line breaks inside cells here). */
function csvCells(line: string): string[] {
  const cells = [''];
  let isQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (isQuoted && char === '"' && line[i + 1] === '"') {
      cells[cells.length - 1] += '"';
      i++;
    } else if (char === '"') isQuoted = !isQuoted;
    else if (char === ',' && !isQuoted) cells.push('');
    else cells[cells.length - 1] += char;
  }
  return cells;
}
