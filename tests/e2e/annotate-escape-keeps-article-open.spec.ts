/**
 * Escape is layered: it first cancels what the editor has open (a pending label key, a
 * dialog, the focused annotation), and only then closes the article. They guard against
 * the reader's Escape running first because it was registered first (it mounts before the
 * workspace), or taking an Escape meant for a modal dialog (`shell/escape-layers.ts`).
 */
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';

test('Escape with no focus and nothing pending goes back to the library', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await app.page.keyboard.press('Escape');
  await expect(app.page.getByRole('table', { name: 'Library' })).toBeVisible();
});

test('Escape drops the focused annotation and keeps the article open', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Murat Nurtleu', 'ep');
  await expect(editor.focusedMarks()).toHaveCount(1);
  await app.page.keyboard.press('Escape');
  await expect(editor.details).toHaveCount(0);
  await expect(editor.focusedMarks()).toHaveCount(0);
  await expect(editor.text).toBeVisible({ timeout: 2_000 });
});

test('Escape cancels a pending label key and keeps the article open', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.selectPhrase('Murat Nurtleu');
  await editor.pressKeys('e');
  // The status line lists the category's item keys (from the key table).
  await expect(editor.status).toContainText('Entities › p Person · o Organisation');
  await expect(editor.status).toContainText('(Esc cancels, Enter for the palette)');
  await app.page.keyboard.press('Escape');
  await expect(editor.text).toBeVisible({ timeout: 2_000 });
  await expect(editor.status).not.toContainText('Esc cancels');
});

test('Escape closes the label palette only', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.selectPhrase('Murat Nurtleu');
  await app.page.keyboard.press('Enter');
  await expect(editor.palette).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(editor.palette).toBeHidden();
  await expect(editor.text).toBeVisible({ timeout: 2_000 });
  await expect(editor.marks()).toHaveCount(0);
});

test('Escape closes the occurrences dialog only', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Kazakhstan', 'eg');
  await editor.details.getByRole('button', { name: 'Annotate all occurrences…' }).click();
  await expect(editor.occurrences).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(editor.occurrences).toBeHidden();
  await expect(editor.text).toBeVisible({ timeout: 2_000 });
  await expect(editor.marks()).toHaveCount(1);
});
