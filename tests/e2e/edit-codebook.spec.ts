import { expect, test } from './support/app-fixture';
import { CodebookPage } from './pages/codebook-page';

test('an analyst renames, re-keys and retires items, and the edits survive a restart as new versions', async ({
  app,
}) => {
  const codebook = new CodebookPage(app.page);
  await codebook.open();
  await expect(codebook.version).toHaveText('Version 1');

  await codebook.rename('Person', 'Personne');
  await expect(codebook.item('Personne')).toBeVisible();
  await expect(codebook.version).toHaveText('Version 2');

  // "o" belongs to Organisation in the same category: refused, with the reason, no version.
  await codebook.rekey('Personne', 'o');
  await expect(codebook.details.getByRole('alert')).toContainText('already used by "Organisation"');
  await expect(codebook.version).toHaveText('Version 2');

  await codebook.retire('Other named thing');
  await expect(codebook.item('Other named thing')).toHaveAccessibleName(/, retired(,|$)/);
  await expect(codebook.details).toContainText('Existing annotations keep this item');
  await expect(codebook.version).toHaveText('Version 3');

  const page = await app.restart();
  const reopened = new CodebookPage(page);
  await reopened.open();
  await expect(reopened.version).toHaveText('Version 3');
  await expect(reopened.item('Personne')).toBeVisible();
  await expect(reopened.item('Person')).toHaveCount(0);
  await expect(reopened.item('Other named thing')).toHaveAccessibleName(/, retired(,|$)/);
  expect(app.pageErrors).toEqual([]);
});

test('the tree is keyboard navigable and Enter edits the selected item', async ({ app }) => {
  const codebook = new CodebookPage(app.page);
  await codebook.open();
  await codebook.item('Entities').click();
  await app.page.keyboard.press('ArrowDown');
  await expect(codebook.item('Person')).toBeFocused();
  await expect(codebook.item('Person')).toHaveAttribute('aria-selected', 'true');
  await app.page.keyboard.press('Enter');
  await expect(codebook.details.getByLabel('Label', { exact: true })).toBeFocused();
});

test('a malformed codebook file is refused with a clear message and changes nothing', async ({
  app,
}) => {
  const codebook = new CodebookPage(app.page);
  await codebook.open();
  const malformed = {
    type: 'sourcemark-codebook',
    version: 1,
    codebook: { id: 'broken', name: 'Broken', items: [{ id: 'a', label: 'A', colour: 'red' }] },
  };
  await codebook.importFile('broken.codebook.json', JSON.stringify(malformed));
  await expect(codebook.editor.getByRole('alert')).toHaveText(
    'This codebook file is malformed at codebook.items[0].colour: expected a colour like #1f6feb.',
  );
  await codebook.importFile('not-json.codebook.json', '{ "type": ');
  await expect(codebook.editor.getByRole('alert')).toContainText('This codebook file is not JSON');
  // A file far larger than any codebook is refused by its size, before it is read.
  await codebook.importFile('dump.codebook.json', ' '.repeat(6 * 1024 * 1024));
  await expect(codebook.editor.getByRole('alert')).toHaveText(
    'dump.codebook.json is 6.0 MB; a codebook file may be at most 5 MB.',
  );
  await expect(codebook.version).toHaveText('Version 1');
  await expect(codebook.editor.getByRole('heading', { level: 1 })).toHaveText(
    'News and disinformation analysis',
  );
});

test('an exported codebook imports back as a new version, never over an existing one', async ({
  app,
}) => {
  const codebook = new CodebookPage(app.page);
  await codebook.open();
  await codebook.rename('Person', 'Personne');
  await expect(codebook.version).toHaveText('Version 2');

  const downloading = app.page.waitForEvent('download');
  await codebook.editor.getByRole('button', { name: 'Export codebook…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('sourcemark-news-default-v2.codebook.json');
  const exported = JSON.parse(await streamText(download));

  // The same file with another label and the old version number: saved as version 3.
  exported.codebook.items.find((item: { id: string }) => item.id === 'entity.person').label =
    'Individu';
  await codebook.importFile('edited.codebook.json', JSON.stringify(exported));
  await expect(codebook.editor.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'as version 3',
  );
  await expect(codebook.version).toHaveText('Version 3');
  await expect(codebook.item('Individu')).toBeVisible();
});

async function streamText(download: { createReadStream(): Promise<NodeJS.ReadableStream> }) {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
