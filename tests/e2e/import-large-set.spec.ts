import { serializeNativeSet } from '../../renderer/src/formats/native/native-envelope';
import { PIECE_CHARS } from '../../renderer/src/sets/decode-in-pieces-protocol';
import { generateSet } from '../bench/sets/generate-set';
import { expect, test } from './support/app-fixture';
import { SetsPage } from './pages/sets-page';

const STAMP = { exportedAt: '2026-03-11T10:00:00.000Z', appVersion: '0.1.0' };

// Over a megabyte, a set is decoded by a worker and handed over in pieces, here two
// (`decode-in-pieces.ts`): this runs that path in Chromium, CSP included.
test('a set of several megabytes is decoded off the page’s thread, and every annotation and article lands', async ({
  app,
}) => {
  const { set } = generateSet({ articles: 60, spansPerArticle: 80, articleChars: 6_000 });
  const text = serializeNativeSet(set, STAMP);
  const buffer = Buffer.from(text);
  expect(text.length).toBeGreaterThan(PIECE_CHARS);
  const annotations = set.annotations.length.toLocaleString('en');

  const sets = new SetsPage(app.page);
  await sets.importFile({
    name: 'colleague.sourcemark.json',
    mimeType: 'application/json',
    buffer,
  });
  await expect(sets.importReport).toContainText(`${annotations} imported`, { timeout: 60_000 });
  await expect(sets.importReport).toContainText('60 added to the library');
  await sets.importDialog.getByRole('button', { name: 'Close' }).click();
  expect(app.pageErrors).toEqual([]);
});
