import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';

test('an analyst deletes an annotation with Delete, undoes it and redoes the deletion', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Murat Nurtleu', 'ep');
  await expect(editor.status).toHaveText('Tagged “Entities › Person”');
  const id = (await editor.idsOf(editor.markFor('Murat Nurtleu')))[0];
  expect(id).toBeTruthy();
  await expect(editor.focusedMarks()).toHaveText(['Murat Nurtleu']);

  await app.page.keyboard.press('Delete');
  await expect(editor.status).toHaveText('Delete annotation');
  await expect(editor.marks()).toHaveCount(0);
  await expect(editor.details).toHaveCount(0);

  await editor.undo();
  await expect(editor.status).toHaveText('Undone: Delete annotation');
  await expect(editor.markFor('Murat Nurtleu')).toHaveCount(1);
  // The same annotation comes back, not a copy.
  expect(await editor.idsOf(editor.markFor('Murat Nurtleu'))).toEqual([id]);

  await editor.redo();
  await expect(editor.status).toHaveText('Redone: Delete annotation');
  await expect(editor.marks()).toHaveCount(0);

  // Undo twice: the deletion, then the tag itself; a third finds nothing left.
  await editor.undo();
  await expect(editor.markFor('Murat Nurtleu')).toHaveCount(1);
  await editor.undo();
  await expect(editor.status).toHaveText('Undone: Tag “Person”');
  await expect(editor.marks()).toHaveCount(0);
  await editor.undo();
  await expect(editor.status).toHaveText('Nothing to undo');

  // What undo left is what a restart finds.
  await editor.redo();
  await expect(editor.markFor('Murat Nurtleu')).toHaveCount(1);
  const page = await app.restart();
  const reopened = new EditorPage(page);
  await reopened.open(SAMPLE_TITLES.azertac);
  expect(await reopened.idsOf(reopened.markFor('Murat Nurtleu'))).toEqual([id]);
});

test('a new action after an undo clears the redo step', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Murat Nurtleu', 'ep');
  await editor.undo();
  await expect(editor.marks()).toHaveCount(0);
  await editor.tagWithPalette('AZERTAC', 'organisation');
  await editor.redo();
  await expect(editor.status).toHaveText('Nothing to redo');
  await expect(editor.marks()).toHaveText(['AZERTAC']);
});
