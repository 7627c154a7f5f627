import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { ArticleHeaderPage } from './pages/article-header-page';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

test('the library lists the outlet, byline and date ingestion found, sorts and filters by them', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const opinion = library.row(SAMPLE_TITLES.opinion);
  await expect(opinion.locator('.col-outlet')).toHaveText('BRUXELLES KORNER BLOG');
  await expect(opinion.locator('.col-byline')).toHaveText('Kadir Duran, Mazahir Afandiyev');
  await expect(opinion.locator('.col-published time')).toHaveAttribute(
    'datetime',
    '2025-08-10T16:55',
  );
  await expect(opinion.locator('.col-published')).toContainText('2025');
  const dispatch = library.row(SAMPLE_TITLES.azertac);
  await expect(dispatch.locator('.col-outlet')).toHaveText('AZERTAC');
  await expect(dispatch.locator('.col-byline')).toHaveText('—');
  // "Bakou, 11 mars … ce mardi": no year written; the weekday dates it to 2025.
  await expect(dispatch.locator('.col-published time')).toHaveAttribute('datetime', '2025-03-11');

  await app.page.screenshot({ path: test.info().outputPath('library-metadata.png') });

  await app.page.getByRole('columnheader', { name: /Outlet/ }).click();
  await expect(library.rows().first()).toContainText('AZERTAC');
  await app.page.getByRole('columnheader', { name: /Outlet/ }).click();
  await expect(library.rows().first()).toContainText('BRUXELLES KORNER BLOG');
  await app.page.getByRole('columnheader', { name: /Byline/ }).click();
  // The dispatch has no byline: it stays last whichever way the column is sorted.
  await expect(library.rows().last()).toContainText('AZERTAC');
  await app.page.getByRole('columnheader', { name: /Published/ }).click();
  await expect(library.rows()).toHaveCount(2);

  await library.filter.fill('afandiyev');
  await library.expectTitles([SAMPLE_TITLES.opinion]);
  await library.filter.fill('azertac');
  await library.expectTitles([SAMPLE_TITLES.azertac]);

  expect(app.pageErrors).toEqual([]);
});

test("the reader's header shows the byline apart from the signature and its role, outlet, date, dateline and language", async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  const header = new ArticleHeaderPage(app.page);
  await editor.open(SAMPLE_TITLES.opinion);
  await expect(header.title).toHaveText(SAMPLE_TITLES.opinion);
  // "Par Kadir Duran" introduces the piece; the MP who signs it at the end wrote it.
  await expect(header.value('Byline')).toHaveText('Kadir Duran');
  await expect(header.value('Signed by')).toHaveText('Mazahir Afandiyev, Membre du Milli Majlis');
  await expect(header.value('Outlet')).toHaveText('BRUXELLES KORNER BLOG');
  await expect(header.value('Published')).toContainText('2025');
  await expect(header.value('Dateline')).toHaveText('none');
  // The op-ed is French; its blog's menus and footers are Turkish.
  await expect(header.value('Language')).toHaveText(/^French; also Turkish \(\d+% of the text\)$/);
  await header.header.screenshot({ path: test.info().outputPath('reader-header-opinion.png') });

  await editor.page.getByRole('button', { name: 'Library' }).click();
  await editor.open(SAMPLE_TITLES.azertac);
  await expect(header.value('Dateline')).toHaveText('Bakou, 11 mars, AZERTAC');
  await expect(header.value('Outlet')).toHaveText('AZERTAC');
  await expect(header.value('Byline')).toHaveText('none');
  await header.header.screenshot({ path: test.info().outputPath('reader-header-dispatch.png') });
  expect(app.pageErrors).toEqual([]);
});

test('a corrected byline survives a restart; Escape cancels a correction and keeps the article open', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  const header = new ArticleHeaderPage(app.page);
  await editor.open(SAMPLE_TITLES.opinion);
  await header.correct('Byline', 'Kadir Duran, rédacteur en chef');
  await expect(header.value('Byline')).toHaveText('Kadir Duran, rédacteur en chef');
  await expect(header.value('Byline')).toBeFocused();
  // Each role is corrected on its own: the signature keeps what was found.
  await header.correct('Signed by', 'Mazahir Afandiyev, député');
  await expect(header.value('Signed by')).toHaveText('Mazahir Afandiyev, député');
  await expect(header.value('Byline')).toHaveText('Kadir Duran, rédacteur en chef');

  // Escape cancels the correction being typed, and only that: the article stays open.
  await header.value('Outlet').click();
  await header.input('Outlet').fill('Somewhere else');
  await header.header.screenshot({ path: test.info().outputPath('reader-header-editing.png') });
  await app.page.keyboard.press('Escape');
  await expect(header.input('Outlet')).toHaveCount(0);
  await expect(header.value('Outlet')).toHaveText('BRUXELLES KORNER BLOG');
  await expect(editor.text).toBeVisible();

  // A date that is not one is refused where it was typed.
  await header.value('Published').click();
  await header.input('Published').fill('10/08/2025');
  await app.page.keyboard.press('Enter');
  await expect(header.header.getByRole('alert')).toContainText('YYYY-MM-DD');
  await app.page.keyboard.press('Escape');
  await expect(editor.text).toBeVisible();

  const page = await app.restart();
  const library = new LibraryPage(page);
  // The app reopens on the article it was left on: back to the library once that is settled.
  // Read at once, the row was there only until the reopened reader replaced the library.
  await library.show();
  await expect(library.row(SAMPLE_TITLES.opinion).locator('.col-byline')).toHaveText(
    'Kadir Duran, rédacteur en chef, Mazahir Afandiyev, député',
  );
  const reopened = new EditorPage(page);
  const again = new ArticleHeaderPage(page);
  await reopened.open(SAMPLE_TITLES.opinion);
  await expect(again.value('Byline')).toHaveText('Kadir Duran, rédacteur en chef');
  await expect(again.value('Signed by')).toHaveText('Mazahir Afandiyev, député');
  await again.page.setViewportSize({ width: 1024, height: 700 });
  await again.header.screenshot({ path: test.info().outputPath('reader-header-corrected.png') });

  // What ingestion found was kept: restoring it shows it again.
  await again.restoreButton('Byline').click();
  await expect(again.value('Byline')).toHaveText('Kadir Duran');
  await expect(again.value('Signed by')).toHaveText('Mazahir Afandiyev, député');
  await expect(again.restoreButton('Byline')).toHaveCount(0);
  expect(app.pageErrors).toEqual([]);
});

test('confirming a suggestion sets the profile field as a pick would; dismissing leaves it unset', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.opinion);
  await editor.showDocumentTab();
  const profile = editor.documentProfile;
  const suggestions = profile.getByRole('region', { name: 'Suggestions from the text' });
  const genre = suggestions.getByRole('listitem').filter({ hasText: 'Genre' });
  const role = suggestions.getByRole('listitem').filter({ hasText: 'Author role' });
  await expect(genre).toContainText('Suggested: Opinion');
  await expect(genre).toContainText(
    'because signed at the end by Mazahir Afandiyev (Membre du Milli Majlis)',
  );
  await expect(role).toContainText('Suggested: Elected official');
  // Offered, not applied.
  await expect(profile.getByLabel('Genre')).toHaveValue('');
  await expect(profile.getByLabel('Author role')).toHaveValue('');
  await app.page.screenshot({ path: test.info().outputPath('profile-suggestions.png') });

  // One key: the suggestion's Confirm button, reached with the keyboard.
  await genre.getByRole('button', { name: 'Confirm' }).focus();
  await app.page.keyboard.press('Enter');
  await expect(editor.status).toHaveText('Set Genre');
  await expect(profile.getByLabel('Genre')).toHaveValue('opinion');
  await expect(genre).toHaveCount(0);
  // The keyboard moves on to the next suggestion.
  await expect(role.getByRole('button', { name: 'Confirm' })).toBeFocused();

  await role.getByRole('button', { name: 'Dismiss' }).click();
  await expect(suggestions).toHaveCount(0);
  await expect(profile.getByLabel('Author role')).toHaveValue('');

  // The confirmation is one undoable step, like a pick; undoing it offers the suggestion again.
  await editor.undo();
  await expect(editor.status).toHaveText('Undone: Set Genre');
  await expect(profile.getByLabel('Genre')).toHaveValue('');
  await expect(genre).toContainText('Suggested: Opinion');
  await editor.redo();
  await expect(profile.getByLabel('Genre')).toHaveValue('opinion');

  // After a restart: the field is still set and the dismissed suggestion still gone.
  const reopened = new EditorPage(await app.restart());
  await reopened.open(SAMPLE_TITLES.opinion);
  await reopened.showDocumentTab();
  await expect(reopened.documentProfile.getByLabel('Genre')).toHaveValue('opinion');
  await expect(reopened.documentProfile.getByLabel('Author role')).toHaveValue('');
  await expect(
    reopened.documentProfile.getByRole('region', { name: 'Suggestions from the text' }),
  ).toHaveCount(0);
  expect(app.pageErrors).toEqual([]);
});
