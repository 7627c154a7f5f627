import { expect, test } from './support/app-fixture';
import { ArticleFiles, SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { saveScreen } from './support/screens';

test('an analyst tags every other occurrence of a country but one, in one undoable step', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Kazakhstan', 'eg');
  await expect(editor.marks()).toHaveCount(1);

  await editor.details.getByRole('button', { name: 'Annotate all occurrences…' }).click();
  const dialog = editor.occurrences;
  await expect(dialog.getByRole('heading')).toHaveText('Other occurrences of “Kazakhstan”');
  await expect(dialog).toContainText('Tag as Entities › Country, city or state.');
  // The three other mentions, each with its context; "kazakh" and "kazakhes" are other words.
  const rows = dialog.getByRole('list', { name: 'Occurrences' }).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await expect(rows.locator('mark')).toHaveText(['Kazakhstan', 'Kazakhstan', 'Kazakhstan']);
  await expect(rows.nth(0)).toContainText('l’Azerbaïdjan et le Kazakhstan, soulignant que');
  await expect(rows.nth(1)).toContainText('président azerbaïdjanais au Kazakhstan et les trois');
  await expect(rows.nth(2)).toContainText('Asie centrale et le Kazakhstan, constituait');

  await expect(dialog.getByRole('button', { name: 'Tag 3 occurrences' })).toBeEnabled();
  await rows.nth(1).getByRole('checkbox').uncheck();
  await dialog.getByRole('button', { name: 'Tag 2 occurrences' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.status).toHaveText('Tag 2 occurrences “Country, city or state”');
  await expect(editor.markFor('Kazakhstan')).toHaveCount(3);
  await expect(editor.annotationsTab()).toHaveText('Annotations (3)');
  // The unchecked one, "au Kazakhstan et les trois visites", stays untagged.
  const paragraph = editor.text.locator('p', { hasText: 'au Kazakhstan et les trois' });
  await expect(paragraph.locator('mark')).toHaveCount(1);

  // One undo takes back the whole batch, and only it.
  await editor.undo();
  await expect(editor.status).toHaveText('Undone: Tag 2 occurrences “Country, city or state”');
  await expect(editor.marks()).toHaveCount(1);
  await expect(editor.annotationsTab()).toHaveText('Annotations (1)');
  await editor.redo();
  await expect(editor.marks()).toHaveCount(3);

  const page = await app.restart();
  const reopened = new EditorPage(page);
  await reopened.open(SAMPLE_TITLES.azertac);
  await expect(reopened.markFor('Kazakhstan')).toHaveCount(3);
});

test('occurrences already tagged with the label are not offered again', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Kazakhstan', 'eg', 2);
  await editor.tagWith('Kazakhstan', 'eg');
  await editor.details.getByRole('button', { name: 'Annotate all occurrences…' }).click();
  const rows = editor.occurrences.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Asie centrale et le Kazakhstan');
  await editor.occurrences.getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.occurrences).toBeHidden();
  await expect(editor.marks()).toHaveCount(2);
});

test('hits inside collapsed page chrome are marked as such and left unticked', async ({
  app,
}, testInfo) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.opinion);
  // The first "Azerbaïdjan" the reader shows in the article body (not in a hidden menu).
  const bodyOccurrence = await editor.text.evaluate((root) => {
    let seen = 0;
    for (const paragraph of Array.from(root.querySelectorAll('p'))) {
      const hits = (paragraph.textContent ?? '').split('Azerbaïdjan').length - 1;
      if (hits > 0 && !paragraph.hasAttribute('data-chrome')) return seen;
      seen += hits;
    }
    return -1;
  });
  expect(bodyOccurrence).toBeGreaterThanOrEqual(0);
  await editor.tagWith('Azerbaïdjan', 'eg', bodyOccurrence);
  await editor.details.getByRole('button', { name: 'Annotate all occurrences…' }).click();

  const dialog = editor.occurrences;
  const rows = dialog.getByRole('list', { name: 'Occurrences' }).getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  const chromeRows = rows.filter({ hasText: 'Page chrome' });
  const chromeCount = await chromeRows.count();
  expect(chromeCount).toBeGreaterThan(0);
  expect(chromeCount).toBeLessThan(total);
  for (const checkbox of await chromeRows.getByRole('checkbox').all()) {
    await expect(checkbox).not.toBeChecked();
  }
  for (const checkbox of await rows
    .filter({ hasNotText: 'Page chrome' })
    .getByRole('checkbox')
    .all()) {
    await expect(checkbox).toBeChecked();
  }
  await expect(dialog).toContainText(`${chromeCount} are in page chrome`);
  const bodyCount = total - chromeCount;
  await expect(
    dialog.getByRole('button', { name: `Tag ${bodyCount} occurrences`, exact: true }),
  ).toBeEnabled();
  // A chrome hit can still be ticked by hand.
  await chromeRows.first().getByRole('checkbox').check();
  await expect(
    dialog.getByRole('button', { name: `Tag ${bodyCount + 1} occurrences`, exact: true }),
  ).toBeEnabled();
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await saveScreen(app.page, testInfo, 'occurrences-page-chrome');
});

test('across the library, hundreds of occurrences come a page at a time and are tagged in one undoable step', async ({
  app,
}, testInfo) => {
  // Another article naming the country 250 times: more than one page of hits.
  const files = await ArticleFiles.create();
  try {
    const line = 'Le Kazakhstan et ses voisins ont signé un accord régional.';
    await files.write('kazakhstan.txt', Array.from({ length: 250 }, () => line).join('\n\n'));
    const library = new LibraryPage(app.page);
    await app.answerFileDialog([files.path('kazakhstan.txt')]);
    await library.openFiles();
    await expect(library.row(/Le Kazakhstan et ses voisins/)).toBeVisible();
  } finally {
    await files.remove();
  }
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Kazakhstan', 'eg');
  await editor.details.getByRole('button', { name: 'Annotate all occurrences…' }).click();
  const dialog = editor.occurrences;
  await dialog.getByRole('radio', { name: 'Whole library' }).check();

  // 3 in this article and 250 in the other: one page of 100 rows, and the pager.
  const tag = dialog.getByRole('button', { name: 'Tag 253 occurrences in 2 articles' });
  await expect(tag).toBeEnabled();
  const rows = dialog.getByRole('list', { name: 'Occurrences' }).getByRole('listitem');
  await expect(rows).toHaveCount(100);
  const pager = dialog.getByRole('navigation', { name: 'Occurrence pages' });
  await expect(pager).toContainText('1–100 of 253');
  await pager.getByRole('button', { name: 'Next' }).click();
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText('201–253 of 253');
  await expect(rows).toHaveCount(53);
  // A tick taken off on the last page counts: the button says so on every page.
  await rows.first().getByRole('checkbox').uncheck();
  await pager.getByRole('button', { name: 'Previous' }).click();
  await expect(
    dialog.getByRole('button', { name: 'Tag 252 occurrences in 2 articles' }),
  ).toBeEnabled();
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await saveScreen(app.page, testInfo, 'occurrences-library-pages');
  await dialog.getByRole('button', { name: 'Tag 252 occurrences in 2 articles' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(editor.status).toHaveText('Tag 252 occurrences “Country, city or state”');
  // The row left out was in the other article: all four here are tagged.
  await expect(editor.markFor('Kazakhstan')).toHaveCount(4);

  // One undo takes back all 252, in both articles.
  await editor.undo();
  await expect(editor.status).toHaveText('Undone: Tag 252 occurrences “Country, city or state”');
  await expect(editor.marks()).toHaveCount(1);
});
