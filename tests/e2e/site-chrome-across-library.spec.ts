/**
 * Chrome repeated across the library from the same site: dumps saved from one site into one
 * folder, imported one at a time, still tell the app what the site's chrome is. A promo
 * line that reads as prose in one page alone collapses in the page imported after three.
 */
import { expect, test } from './support/app-fixture';
import { ArticleFiles } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

const PROMO =
  'Notre podcast hebdomadaire revient vendredi avec des entretiens enregistrés à Bakou, Astana et Tbilissi.';
const STORIES = [
  'Les ministres des Affaires étrangères ont signé un plan d’action pour les deux prochaines années, couvrant le commerce, les transports et l’énergie.',
  'Le fret sur le corridor médian a doublé en deux ans, selon le ministère des transports, avec de nouveaux ferries sur la Caspienne.',
  'Une délégation de parlementaires s’est rendue à Bruxelles pour évoquer la coopération énergétique et les projets de connectivité.',
  'La banque centrale a maintenu son taux directeur, citant une inflation stable et un manat solide après une année d’exportations.',
];
const TITLES = STORIES.map((_, i) => `Dépêche régionale numéro ${i + 1}`);

let files: ArticleFiles;
test.beforeEach(async () => (files = await ArticleFiles.create()));
test.afterEach(() => files.remove());

test("a page imported after three from its folder collapses the site's repeated promo", async ({
  app,
}) => {
  const library = new LibraryPage(app.page);
  for (let i = 0; i < STORIES.length; i++) {
    const story = STORIES[i]!;
    const path = await files.write(
      `site/page-${i}.txt`,
      `${TITLES[i]}\n\n${story} ${story}\n${PROMO}\n`,
    );
    await app.answerFileDialog([path]);
    await library.openFiles();
    await expect(library.row(`page-${i}.txt`)).toHaveCount(1);
  }

  // Its title is its own short headline, not the promo that looked more like one.
  await expect(library.row('page-3.txt')).toContainText(TITLES[3]!);
  const editor = new EditorPage(app.page);
  const promo = editor.text.locator('p', { hasText: PROMO });
  // The first page came alone: its promo reads as part of the article.
  await editor.open('page-0.txt');
  await expect(promo).toBeVisible();
  await expect(promo).not.toHaveAttribute('data-chrome', 'hidden');

  // The fourth came after three pages of the same folder sharing the line: it is chrome.
  await app.page.getByRole('button', { name: 'Library' }).click();
  await editor.open('page-3.txt');
  await expect(editor.text).toContainText(STORIES[3]!.slice(0, 40));
  await expect(promo).toHaveAttribute('data-chrome', 'hidden');
});
