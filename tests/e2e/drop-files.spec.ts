import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';

test('dropping files on the window adds them, and a dropped binary is refused by name', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  const dataTransfer = await app.page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    const text =
      'Communiqué déposé par glisser-déposer\n\nLe texte arrive par le navigateur, sans chemin de fichier.';
    transfer.items.add(new File([text], 'communique.txt', { type: 'text/plain' }));
    transfer.items.add(
      new File(
        [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
        'image.txt',
      ),
    );
    return transfer;
  });
  await app.page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(app.page.getByText('Drop articles to add them')).toBeVisible();
  await app.page.dispatchEvent('body', 'dragover', { dataTransfer });
  await app.page.dispatchEvent('body', 'drop', { dataTransfer });

  await expect(library.report).toContainText(/Added 1/);
  await expect(library.report).toContainText('image.txt');
  await expect(library.row('Communiqué déposé par glisser-déposer')).toHaveCount(1);
});
