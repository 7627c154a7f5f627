import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

test('undo survives a reload: annotate, reload the page, undo removes the annotation', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Murat Nurtleu', 'ep');
  await expect(editor.status).toHaveText('Tagged “Entities › Person”');

  await app.page.reload();
  const reopened = new EditorPage(app.page);
  await reopened.open(SAMPLE_TITLES.azertac);
  await expect(reopened.markFor('Murat Nurtleu')).toHaveCount(1);
  await reopened.undo();
  await expect(reopened.status).toHaveText('Undone: Tag “Person”');
  await expect(reopened.marks()).toHaveCount(0);

  // And redo after another restart of the browser puts the same annotation back.
  const page = await app.restart();
  const again = new EditorPage(page);
  await again.open(SAMPLE_TITLES.azertac);
  await again.redo();
  await expect(again.status).toHaveText('Redone: Tag “Person”');
  await expect(again.markFor('Murat Nurtleu')).toHaveCount(1);
  expect(app.pageErrors).toEqual([]);
});

test('an article goes to the trash with Delete, comes back with Ctrl+Z, and from the Trash', async ({
  app,
}) => {
  const page = app.page;
  const editor = new EditorPage(page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Murat Nurtleu', 'ep');
  await expect(editor.status).toHaveText('Tagged “Entities › Person”');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  const library = new LibraryPage(page);
  const row = library.row(SAMPLE_TITLES.azertac);
  await expect(row).toHaveCount(1);
  await expect(row.locator('.col-count')).toHaveText('1');
  await row.focus();
  await page.keyboard.press('Delete');
  await expect(row).toHaveCount(0);
  await expect(page.getByText(/Moved “.*” to the trash with 1 annotation/)).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(row).toHaveCount(1);
  await expect(row.locator('.col-count')).toHaveText('1');

  // The keyboard menu (Shift+F10) on the focused row.
  await row.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: /^Actions for/ });
  await expect(menu.getByRole('menuitem')).toHaveText([
    // "Open" shows its key beside it.
    /^Open/,
    'Show file location',
    'Export annotations…',
    'Archive',
    'Move to trashDel',
  ]);
  await expect(menu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: test.info().outputPath('menu-1024.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await menu.getByRole('menuitem', { name: /Move to trash/ }).click();
  await expect(row).toHaveCount(0);

  await page.getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('table', { name: 'Deleted items' });
  await expect(trash.getByRole('row')).toHaveCount(2);
  await expect(trash).toContainText('1 annotation');
  await page.screenshot({ path: test.info().outputPath('trash-1280.png') });
  await trash.getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByText('The trash is empty.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(row.locator('.col-count')).toHaveText('1');
  expect(app.pageErrors).toEqual([]);
});

test('an archived article leaves the default view and shows with "Show archived"', async ({
  app,
}) => {
  const page = app.page;
  const library = new LibraryPage(page);
  const row = library.row(SAMPLE_TITLES.opinion);
  await expect(row).toHaveCount(1);
  await row.click({ button: 'right' });
  await page.getByRole('menuitem', { name: 'Archive' }).click();
  await expect(row).toHaveCount(0);
  const toggle = page.getByRole('checkbox', { name: 'Show archived (1)' });
  await toggle.check();
  await expect(row).toContainText('Archived');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('checkbox', { name: /Show archived/ })).toHaveCount(0);
  await expect(row).not.toContainText('Archived');
});

test('"Show file location" asks the host where the article’s file is and says it', async ({
  app,
}) => {
  const page = app.page;
  const library = new LibraryPage(page);
  const row = library.row(SAMPLE_TITLES.azertac);
  await row.focus();
  await page.keyboard.press('Shift+F10');
  await page
    .getByRole('menu', { name: /^Actions for/ })
    .getByRole('menuitem', { name: 'Show file location' })
    .click();
  // Browser mode: the bridge checks the file is one the app opened and answers its path.
  await expect(
    page.getByText(/is at \/.*resources\/samples\/.*\(this browser cannot open/),
  ).toBeVisible();
  expect(app.pageErrors).toEqual([]);
});
