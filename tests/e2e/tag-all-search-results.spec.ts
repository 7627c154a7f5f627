import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { expectNoAxeViolations } from './support/axe';
import { saveScreen, SCREEN_SIZES } from './support/screens';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

/** Opens Search with its key and runs `query`, waiting for its answer. */
async function search(page: Page, query: string) {
  const box = page.getByRole('searchbox', { name: 'Search query' });
  if (!(await box.isVisible())) await page.keyboard.press('Control+Shift+F');
  const status = page.locator('.search-status [role="status"]');
  const finished = Number(await status.getAttribute('data-finished'));
  await box.fill(query);
  await box.press('Enter');
  await expect(status).toHaveAttribute('data-finished', String(finished + 1), { timeout: 30_000 });
}

test('Tag all results tags every hit of a search with one label in one undoable step, leaving out what was tagged already', async ({
  app,
}, testInfo) => {
  test.setTimeout(150_000);
  const editor = new EditorPage(app.page);
  // One of the four mentions is tagged already: it is counted, not tagged twice.
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Kazakhstan', 'eg');
  await expect(editor.markFor('Kazakhstan')).toHaveCount(1);
  await new LibraryPage(app.page).show();

  await search(app.page, 'Kazakhstan');
  const results = app.page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results).toHaveCount(4);
  await app.page.getByRole('button', { name: 'Tag all results…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Tag all results' });
  await expect(dialog).toContainText('4 hits in 1 article');
  await dialog.getByRole('combobox', { name: 'Label' }).selectOption({
    label: 'Entities › Country, city or state',
  });
  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    await saveScreen(app.page, testInfo, 'tag-all-results');
  }
  await expectNoAxeViolations(app.page, 'tag all results');
  await dialog.getByRole('button', { name: 'Tag 4 results' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    /^Tagged 3 results in 1 article · 1 already had this label\./,
  );
  await saveScreen(app.page, testInfo, 'tag-all-done');
  await expectNoAxeViolations(app.page, 'tag all results done');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The article holds all four, each tagged once.
  await app.page.keyboard.press('Escape');
  await editor.open(SAMPLE_TITLES.azertac);
  await expect(editor.markFor('Kazakhstan')).toHaveCount(4);
  await expect(editor.annotationsTab()).toHaveText('Annotations (4)');

  // One undo takes back the three, and only them.
  await editor.undo();
  await expect(editor.status).toHaveText('Undone: Tag 3 search results “Country, city or state”');
  await expect(editor.markFor('Kazakhstan')).toHaveCount(1);
  await editor.redo();
  await expect(editor.markFor('Kazakhstan')).toHaveCount(4);

  // The dialog's own Undo does the same from Search.
  await new LibraryPage(app.page).show();
  await search(app.page, 'Kazakhstan');
  await app.page.getByRole('button', { name: 'Tag all results…' }).click();
  await dialog.getByRole('combobox', { name: 'Label' }).selectOption({
    label: 'Entities › Organisation',
  });
  await dialog.getByRole('button', { name: 'Tag 4 results' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Tagged 4 results in 1 article\./);
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Undone: Tag 4 search results “Organisation”.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await app.page.keyboard.press('Escape');
  await editor.open(SAMPLE_TITLES.azertac);
  await expect(editor.annotationsTab()).toHaveText('Annotations (4)');
  expect(app.pageErrors).toEqual([]);
});
