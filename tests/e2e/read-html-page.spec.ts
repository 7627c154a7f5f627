/**
 * A saved web page opens on its article, without the site's menus and footer, and the
 * whole page stays readable as text on request; its scripts never run.
 */
import { expect, test } from './support/app-fixture';
import { EditorPage } from './pages/editor-page';

const STORY =
  'Le ministre des affaires étrangères s’est entretenu avec son homologue kazakh. ' +
  'Les deux pays ont signé un plan d’action pour les années 2025 et 2026, a-t-il annoncé.';
const PAGE =
  '<html lang="fr"><head><title>Un plan d’action signé à Bakou</title>' +
  '<script>window.__ran = true</script></head><body>' +
  '<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>' +
  `<article><h1>Un plan d’action signé à Bakou</h1><p>${STORY}</p><p>${STORY}</p></article>` +
  '<footer>© Tous droits réservés</footer></body></html>';

test.use({ appOptions: { launchArticles: [{ name: 'plan.html', content: PAGE }] } });

test('a saved page reads as its article, and the full page text opens on request', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open('Un plan d’action signé à Bakou');
  await expect(editor.text).toContainText(STORY);
  await expect(editor.text).not.toContainText('Accueil');

  await app.page.getByRole('button', { name: 'Full page text' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Full page text' });
  await expect(dialog).toContainText('Accueil');
  await expect(dialog).toContainText('Tous droits réservés');
  // Escape closes the dialog only: the article stays open.
  await app.page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(editor.text).toBeVisible();
  expect(await app.page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
});
