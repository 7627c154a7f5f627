import { expect, test } from './support/app-fixture';
import { SetsPage } from './pages/sets-page';

test('a malformed set file is refused with a clear message and changes nothing', async ({
  app,
}) => {
  const sets = new SetsPage(app.page);
  await sets.importFile({
    name: 'broken.sourcemark.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"type": "sourcemark-annotation-set", "version": 1, "set": [oops'),
  });
  const alert = sets.importDialog.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported');
  await expect(alert).toContainText('not valid JSON');
  await expect(sets.importReport).toHaveCount(0);

  await sets.importDialog.getByLabel('Set file').setInputFiles({
    name: 'future.sourcemark.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ type: 'sourcemark-annotation-set', version: 7 })),
  });
  await sets.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(alert).toContainText('newer version of Sourcemark');

  // A nesting bomb: its depth is judged in a worker while the page parses it
  // (`nesting-check.ts`), and the refusal is the one the page's own scan gave.
  const judged = new Promise<void>((resolve) =>
    app.page.on('worker', (worker) => {
      if (worker.url().includes('nesting-check')) worker.on('close', () => resolve());
    }),
  );
  await sets.importDialog.getByLabel('Set file').setInputFiles({
    name: 'bomb.sourcemark.json',
    mimeType: 'application/json',
    buffer: Buffer.from('['.repeat(1_000_000) + ']'.repeat(1_000_000)),
  });
  await sets.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(alert).toContainText('The file nests deeper than 64 levels.');
  // The worker was started for it, and let go once it answered.
  await judged;
  await expect(sets.importReport).toHaveCount(0);
});
