import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';

const sampleText = readFileSync(
  join(import.meta.dirname, '..', '..', 'resources', 'samples', '000_3dae4a0746d7e458.txt'),
  'utf8',
);

test('an article opens in the reader with its paragraphs, and a selection maps to stored-text offsets', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.openArticle(SAMPLE_TITLES.azertac);
  const reader = new ReaderPage(app.page);

  await expect(reader.text).toContainText('Bakou, 11 mars, AZERTAC');
  // One paragraph per line of the stored text, blank lines included.
  await expect(reader.paragraphs()).toHaveCount(sampleText.split('\n').length);
  await expect(reader.paragraphs().nth(4)).toHaveText('Bakou, 11 mars, AZERTAC');

  const phrase = 'Djeyhoun Baïramov';
  const start = sampleText.indexOf(phrase);
  await reader.selectPhrase(phrase);
  await expect(reader.selectionStatus).toContainText(`${start}–${start + phrase.length}`);

  // Keyboard: extend the selection by one character.
  await reader.text.focus();
  await reader.selectPhrase(phrase);
  await app.page.keyboard.press('Shift+ArrowRight');
  await expect(reader.selectionStatus).toContainText(`${start}–${start + phrase.length + 1}`);

  // The text cannot be edited.
  await app.page.keyboard.type('xyz');
  await expect(reader.text).not.toContainText('xyz');

  await app.page.keyboard.press('Escape');
  await expect(library.table).toBeVisible();
});

test('a mouse drag selects text in the reader', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.openArticle(SAMPLE_TITLES.azertac);
  const reader = new ReaderPage(app.page);
  const dateline = reader.paragraphs().nth(4);
  await expect(dateline).toHaveText('Bakou, 11 mars, AZERTAC');
  const box = (await dateline.boundingBox())!;
  await app.page.mouse.move(box.x + 1, box.y + box.height / 2);
  await app.page.mouse.down();
  await app.page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
  await app.page.mouse.up();
  const start = sampleText.indexOf('Bakou, 11 mars');
  await expect(reader.selectionStatus).toContainText(new RegExp(`^Selection ${start}–`));
  expect(await app.page.evaluate(() => window.getSelection()?.toString())).toContain(
    'Bakou, 11 mars',
  );
});
