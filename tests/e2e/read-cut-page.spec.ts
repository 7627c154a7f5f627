/**
 * A saved page whose article goes on in a part the page hides ("Read more") is never cut
 * silently: the reader says how much the article leaves out and opens the whole page text.
 */
import { expect, test } from './support/app-fixture';
import { EditorPage } from './pages/editor-page';
import { SCREEN_SIZES, saveScreen } from './support/screens';

const TITLE = 'Ministers agree on a Caspian corridor';
const paragraph = (n: number) =>
  `Paragraph ${n} of the report: the ministers of both countries discussed trade, transport ` +
  'and energy, and agreed that the corridor across the Caspian Sea would carry more goods.';
const PAGE =
  `<html lang="en"><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>` +
  [1, 2, 3, 4].map((n) => `<p>${paragraph(n)}</p>`).join('') +
  '<button>Read more</button><div class="more" style="display:none">' +
  [5, 6, 7, 8].map((n) => `<p>${paragraph(n)}</p>`).join('') +
  '</div></article></body></html>';

test.use({ appOptions: { launchArticles: [{ name: 'corridor.html', content: PAGE }] } });

test('an article that leaves part of its page out says so and offers the whole page', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(TITLE);
  await expect(editor.text).toContainText(paragraph(4));
  await expect(editor.text).not.toContainText('Paragraph 5');

  const notice = app.page.getByRole('note');
  await expect(notice).toContainText('4 more paragraphs');
  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    await saveScreen(app.page, test.info(), 'reader-left-out');
  }
  await notice.getByRole('button', { name: 'Show the whole page' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Full page text' });
  await expect(dialog).toContainText(paragraph(8));
});
