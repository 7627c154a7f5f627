/**
 * A note is rich text written as light Markdown: formatting keys in the note field, a
 * formatted view under it and in the hover card, and markup typed by the analyst (or
 * imported from a colleague) shown as text, never run.
 */
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { saveScreen } from './support/screens';

test('a note takes bold with Ctrl+B, lists and links, and shows formatted after a restart', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Djeyhoun Baïramov', 'ep');

  const note = editor.detailsField(/^Note/);
  await note.click();
  await note.pressSequentially('Minister since 2020');
  // Select "since 2020" and make it bold with the keyboard.
  for (let i = 0; i < 'since 2020'.length; i++) await app.page.keyboard.press('Shift+ArrowLeft');
  await app.page.keyboard.press('Control+b');
  await expect(note).toHaveValue('Minister **since 2020**');
  await app.page.keyboard.press('End');
  await note.pressSequentially(
    '\nSources:\n- https://example.org/profile\n- <script>window.__ran = true</script>',
  );

  const formatted = editor.details.getByRole('region', { name: 'Formatted note' });
  await expect(formatted.locator('strong')).toHaveText('since 2020');
  await expect(formatted.locator('li')).toHaveCount(2);
  await expect(formatted.getByRole('link', { name: 'https://example.org/profile' })).toBeVisible();
  await expect(formatted.locator('li').nth(1)).toHaveText('<script>window.__ran = true</script>');

  // Leaving the field saves the note; after a restart the hover card shows it formatted.
  await editor.releaseKeyboard();
  await expect(editor.status).toHaveText(/note/i);
  await app.restart();
  const reopened = new EditorPage(app.page);
  await reopened.open(SAMPLE_TITLES.azertac);
  await reopened.hover(reopened.markFor('Djeyhoun Baïramov'));
  await expect(reopened.hoverCard.locator('strong')).toHaveText('since 2020');
  expect(await app.page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
});

test('Ctrl+B and Ctrl+I pressed twice while typing leave no stray markers, also in a link', async ({
  app,
}, testInfo) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Djeyhoun Baïramov', 'ep');

  const note = editor.detailsField(/^Note/);
  await note.click();
  await note.pressSequentially('a ');
  await app.page.keyboard.press('Control+b');
  await note.pressSequentially('bold');
  await app.page.keyboard.press('Control+b');
  await note.pressSequentially(' c ');
  await app.page.keyboard.press('Control+i');
  await note.pressSequentially('it');
  await app.page.keyboard.press('Control+i');
  await note.pressSequentially(' [see ');
  await app.page.keyboard.press('Control+b');
  await note.pressSequentially('this');
  await app.page.keyboard.press('Control+b');
  await note.pressSequentially('](https://example.org) d');
  await expect(note).toHaveValue('a **bold** c *it* [see **this**](https://example.org) d');

  const formatted = editor.details.getByRole('region', { name: 'Formatted note' });
  await expect(formatted.locator('strong').first()).toHaveText('bold');
  await expect(formatted.locator('em')).toHaveText('it');
  await expect(formatted.getByRole('link')).toHaveText('see this');
  await expect(formatted).not.toContainText('*');
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await saveScreen(app.page, testInfo, 'note-toggle-formatting');
});
