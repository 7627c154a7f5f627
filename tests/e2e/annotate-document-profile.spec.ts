import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';

test('an analyst records who wrote the opinion piece and where, and finds it after a restart', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.opinion);
  await expect(editor.text).toContainText('Par Kadir Duran');
  await expect(editor.text).toContainText('Membre du Milli Majlis');

  await editor.showDocumentTab();
  const profile = editor.documentProfile;
  await profile.getByLabel('Genre').selectOption({ label: 'Opinion' });
  await expect(editor.status).toHaveText('Set Genre');
  await profile.getByLabel('Author role').selectOption({ label: 'Elected official' });
  await expect(editor.status).toHaveText('Set Author role');
  await profile.getByLabel('Outlet type').selectOption({ label: 'Diaspora or community outlet' });
  await expect(editor.status).toHaveText('Set Outlet type');
  // The document profile is not a span: the text has no mark and the list stays empty.
  await expect(editor.marks()).toHaveCount(0);
  await expect(editor.annotationsTab()).toHaveText('Annotations (0)');

  const page = await app.restart();
  const reopened = new EditorPage(page);
  await reopened.open(SAMPLE_TITLES.opinion);
  await reopened.showDocumentTab();
  const saved = reopened.documentProfile;
  await expect(saved.getByLabel('Genre')).toHaveValue('opinion');
  await expect(saved.getByLabel('Author role')).toHaveValue('elected-official');
  await expect(saved.getByLabel('Outlet type')).toHaveValue('diaspora-community');

  // A field change is one undo step, and undo shows the value before it.
  await saved.getByLabel('Genre').selectOption({ label: 'Satire' });
  await expect(reopened.status).toHaveText('Set Genre');
  await reopened.undo();
  await expect(reopened.status).toHaveText('Undone: Set Genre');
  await expect(saved.getByLabel('Genre')).toHaveValue('opinion');
  await expect(saved.getByLabel('Author role')).toHaveValue('elected-official');
  await reopened.redo();
  await expect(saved.getByLabel('Genre')).toHaveValue('satire');
  // The history is stored: after a restart, undo takes back the last change (Satire).
  const again = new EditorPage(await app.restart());
  await again.open(SAMPLE_TITLES.opinion);
  await again.showDocumentTab();
  await expect(again.documentProfile.getByLabel('Genre')).toHaveValue('satire');
  await again.undo();
  await expect(again.status).toHaveText('Undone: Set Genre');
  await expect(again.documentProfile.getByLabel('Genre')).toHaveValue('opinion');
});

test('the profile of one article is not shown on another', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.opinion);
  await editor.showDocumentTab();
  await editor.documentProfile.getByLabel('Genre').selectOption({ label: 'Opinion' });
  await expect(editor.status).toHaveText('Set Genre');
  await app.page.getByRole('button', { name: 'Library' }).click();
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.showDocumentTab();
  await expect(editor.documentProfile.getByLabel('Genre')).toHaveValue('');
});

/** Built from the view, the first two quick edits would each create a profile annotation. */
test('two quick edits of a new profile make one profile holding both fields', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.opinion);
  await editor.showDocumentTab();
  await editor.documentProfile.evaluate((profile) => {
    const selects = Array.from(profile.querySelectorAll<HTMLSelectElement>('label.field select'));
    const pick = (label: string, value: string) => {
      const select = selects.find((s) => s.parentElement?.textContent?.startsWith(label))!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('Genre', 'opinion');
    pick('Author role', 'elected-official');
  });
  await expect(editor.status).toHaveText('Set Author role');
  await expect(editor.documentProfile.getByLabel('Genre')).toHaveValue('opinion', {
    timeout: 2_000,
  });
  await expect(editor.documentProfile.getByLabel('Author role')).toHaveValue('elected-official');
});
