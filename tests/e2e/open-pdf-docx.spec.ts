import { expect, test } from './support/app-fixture';
import { ArticleFiles, SAMPLE_TITLES } from './support/article-files';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { makeDocx, makePdf } from '../fixtures/ingest/make-documents';

let files: ArticleFiles;
test.beforeEach(async () => (files = await ArticleFiles.create()));
test.afterEach(() => files.remove());

const DOCX_PARAGRAPHS = [
  'Bakü ile Astana arasında stratejik ortaklık güçleniyor',
  'Dışişleri bakanları İstanbul’da görüştü. Görüşmede iki ülkenin işbirliği ele alındı.',
  'Yeni anlaşmalar imzalandı ve ticaret hacminin artırılması kararlaştırıldı.',
];

test('open folder imports a PDF and a DOCX, refuses a scanned PDF, and the DOCX reads in paragraphs', async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);

  await files.write(
    'docs/rapport.pdf',
    Buffer.from(
      makePdf({
        pages: [
          [
            ['Le corridor médian gagne en importance'],
            ['Selon le ministre, les échanges entre les deux rives ont doublé en deux ans.'],
          ],
        ],
        info: { title: 'Le corridor médian', author: 'Jane Doe' },
      }),
    ),
  );
  await files.write(
    'docs/haber.docx',
    Buffer.from(makeDocx({ paragraphs: DOCX_PARAGRAPHS, core: { title: 'Stratejik ortaklık' } })),
  );
  await files.write('docs/scan.pdf', Buffer.from(makePdf({ pages: [[]] })));
  await app.answerFolderDialog(files.dir);
  await library.openFolder();

  await expect(library.report).toContainText(/Added 2/);
  await expect(library.report).toContainText('"scan.pdf" has no text layer: it looks scanned');
  await expect(library.row('Le corridor médian')).toHaveCount(1);

  await library.openArticle('Stratejik ortaklık');
  const reader = new ReaderPage(app.page);
  await expect(reader.text).toContainText(DOCX_PARAGRAPHS[1]!);
  // One paragraph per line of the stored text: paragraphs, then the blank lines between.
  await expect(reader.paragraphs()).toHaveCount(DOCX_PARAGRAPHS.length * 2 - 1);
  for (const [i, paragraph] of DOCX_PARAGRAPHS.entries()) {
    await expect(reader.paragraphs().nth(i * 2)).toHaveText(paragraph);
  }
});
