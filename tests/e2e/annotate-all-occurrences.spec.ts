import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';

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
