import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';

test('an analyst links two mentions of Kazakhstan to one registry entity with its Wikidata id', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);

  await editor.tagWith('Kazakhstan', 'eg');
  await expect(editor.detailsHeading).toHaveText('Entities › Country, city or state');
  const link = editor.entityLink();
  await expect(link.getByLabel('Name')).toHaveValue('Kazakhstan');

  // A malformed QID is refused before anything is created.
  const qid = link.getByLabel('Wikidata id (optional)');
  const create = link.getByRole('button', { name: 'Create entity “Kazakhstan”' });
  await qid.fill('232');
  await expect(link.getByRole('alert')).toHaveText('A Wikidata id looks like Q232.');
  await expect(qid).toHaveAttribute('aria-invalid', 'true');
  await expect(create).toBeDisabled();
  await qid.fill('Q0232');
  await expect(create).toBeDisabled();

  await qid.fill('Q232');
  await expect(link.getByRole('alert')).toHaveCount(0);
  await create.click();
  await expect(editor.entityLink()).toContainText('Kazakhstan · Q232');
  await expect(editor.status).toHaveText('Link to “Kazakhstan”');

  // The second mention offers the existing entity instead of a new one.
  await editor.tagWith('Kazakhstan', 'eg', 1);
  await expect(editor.details.locator('.details-quote')).toContainText('et le Kazakhstan');
  await editor.entityLink().getByRole('button', { name: 'Link to Kazakhstan (Q232)' }).click();
  await expect(editor.entityLink()).toContainText('Kazakhstan · Q232');
  await expect(editor.marks()).toHaveCount(2);
  // The two untagged mentions left are suggested for the known entity.
  await expect(editor.panel.locator('.suggestions summary')).toHaveText(
    'Known entities not tagged here (2)',
  );

  const page = await app.restart();
  const reopened = new EditorPage(page);
  await reopened.open(SAMPLE_TITLES.azertac);
  await expect(reopened.markFor('Kazakhstan')).toHaveCount(2);
  for (const index of [0, 1]) {
    await reopened.markFor('Kazakhstan').nth(index).click();
    await expect(reopened.detailsHeading).toHaveText('Entities › Country, city or state');
    await expect(reopened.entityLink()).toContainText('Kazakhstan · Q232');
  }
  expect(app.pageErrors).toEqual([]);
});
