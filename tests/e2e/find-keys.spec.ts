/**
 * Keys an analyst can find: after a category key the status line lists its item keys and
 * Enter opens the palette on that category; the palette shows each label's keys; `?` and
 * F1 open the cheat sheet of every key; Tab from the text reaches the details' first field;
 * the library says what to do first.
 */
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { saveScreen } from './support/screens';
import { EditorPage } from './pages/editor-page';

test('a category key lists its item keys in the status line and the palette', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  const editor = new EditorPage(page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.selectPhrase('Kazakhstan');
  await page.keyboard.press('e');
  await expect(editor.status).toContainText('Entities ›');
  await expect(editor.status).toContainText('p Person');
  await expect(editor.status).toContainText('g Country, city or state');
  await saveScreen(page, testInfo, 'status-category-keys');

  await page.keyboard.press('Enter');
  await expect(editor.palette).toBeVisible();
  const options = editor.palette.getByRole('option');
  await expect(options.filter({ hasText: 'Person' })).toContainText('e p');
  // Only the Entities category is offered after its key.
  await expect(options.filter({ hasText: 'Loaded language' })).toHaveCount(0);
  await saveScreen(page, testInfo, 'palette-category-keys');
  await page.keyboard.type('country');
  await page.keyboard.press('Enter');
  await expect(editor.status).toContainText('Tagged');
});

test('the palette shows every label with its keys', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.selectPhrase('Kazakhstan');
  await app.page.keyboard.press('Enter');
  const options = editor.palette.getByRole('option');
  await expect(options.filter({ hasText: 'Loaded language' }).locator('kbd')).toHaveText('t l');
  await expect(options.filter({ hasText: 'Person' }).first().locator('kbd')).toHaveText('e p');
});

test('? and F1 open the cheat sheet of every key, with the codebook’s label keys', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  const editor = new EditorPage(page);
  await editor.open(SAMPLE_TITLES.azertac);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keys' });
  await expect(sheet).toBeVisible();
  for (const action of ['Undo the last change', 'Next annotation', 'Settings', 'Bold']) {
    await expect(sheet).toContainText(action);
  }
  await expect(sheet.getByRole('region', { name: 'Labels: Entities' })).toContainText('Person');
  // Linking a claim's source by keyboard, and the keys of that mode.
  await expect(sheet.locator('[data-key-id="linkSource"]')).toContainText(
    'lLink the focused claim to its source',
  );
  await expect(
    sheet.getByRole('region', { name: 'Reader, linking a claim’s source' }),
  ).toContainText('↓ or → or TabNext candidate source');
  await saveScreen(page, testInfo, 'cheat-sheet');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  // The reader is still open: Escape closed the sheet only.
  await expect(editor.text).toBeVisible();
  await page.keyboard.press('F1');
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');

  // The top bar's "?" button opens it too, for those who do not know the key yet.
  await page.getByRole('button', { name: 'Keys' }).click();
  await expect(sheet).toBeVisible();
});

test('after tagging, one Tab reaches the first field of the details', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Djeyhoun Baïramov', 'ep');
  await expect(editor.details).toBeVisible();
  await app.page.keyboard.press('Tab');
  const first = editor.details.locator('select, textarea, input').first();
  await expect(first).toBeFocused();
});

test('the library says what to do first, until the first annotation', async ({ app }, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  const steps = page.getByRole('complementary', { name: 'Getting started' });
  await expect(steps).toContainText('Open an article');
  await expect(steps).toContainText('Select a word or a passage');
  await expect(steps).toContainText('Press a label key');
  await saveScreen(page, testInfo, 'getting-started');
  const editor = new EditorPage(page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Kazakhstan', 'eg');
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(steps).toBeHidden();
});
