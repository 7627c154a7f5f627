/**
 * The top bar and the reader's header fit the window at 1024×700 and 1280×800, with a long
 * analyst name and a long article title, in the light and the dark theme: nothing wraps to
 * a second row, runs off the window, or is cut without an ellipsis and its full text at hand.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { ArticleFiles } from './support/article-files';
import { saveScreen, SCREEN_SIZES } from './support/screens';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

const LONG_NAME = 'Maria-Alexandra Papadopoulou-Grünewald de la Fontaine';
const LONG_TITLE =
  'Le corridor médian transcaspien, entre Bakou, Aktaou et Tbilissi, devient l’axe logistique majeur d’une Eurasie qui contourne la Russie, selon les ministres réunis à Astana cette année';

/**
 * What in `selector` is cut or out of place: controls past the window's right edge, controls
 * not on the bar's one row, and text cut without an ellipsis or a full-text title.
 */
async function misfits(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluate((bar) => {
    const found: string[] = [];
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}“${(element.textContent || (element as HTMLInputElement).placeholder || element.getAttribute('aria-label') || '').trim().slice(0, 40)}”`;
    const barBox = bar.getBoundingClientRect();
    for (const element of Array.from(
      bar.querySelectorAll<HTMLElement>('button, input, h1, h2, span, a'),
    )) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(element).clipPath !== 'none') continue;
      if (box.right > window.innerWidth + 0.5) found.push(`${name(element)} past the right edge`);
      if (box.top < barBox.top - 0.5 || box.bottom > barBox.bottom + 0.5)
        found.push(`${name(element)} outside its bar`);
      const style = getComputedStyle(element);
      const isCut = element.scrollWidth > element.clientWidth + 1 && style.overflow !== 'visible';
      const input = element instanceof HTMLInputElement ? element : null;
      if (input && input.value === '' && input.placeholder) {
        // A placeholder wider than its box is cut mid-word.
        const probe = document.createElement('span');
        probe.style.font = style.font;
        probe.style.position = 'absolute';
        probe.textContent = input.placeholder;
        document.body.append(probe);
        const needed = probe.getBoundingClientRect().width;
        probe.remove();
        if (needed > input.clientWidth - 4) found.push(`${name(element)} placeholder cut`);
      }
      if (isCut && style.textOverflow !== 'ellipsis')
        found.push(`${name(element)} cut without an ellipsis`);
      if (
        isCut &&
        style.textOverflow === 'ellipsis' &&
        !element.title &&
        !element.closest('[title]')
      )
        found.push(`${name(element)} cut without its full text as a title`);
    }
    return found;
  });
}

// Long enough to scroll, so the header folds.
const BODY = Array.from(
  { length: 40 },
  (_, day) =>
    `Au jour ${day + 1} de la conférence, selon le ministre, les échanges entre les deux rives de la Caspienne auraient augmenté de ${day * 3 + 7} pour cent, et les délégations ont discuté du port numéro ${day + 2}.`,
).join('\n\n');

let files: ArticleFiles;
test.beforeEach(async () => (files = await ArticleFiles.create()));
test.afterEach(() => files.remove());

for (const size of SCREEN_SIZES) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`at ${size.width}×${size.height} (${scheme}) a long name and title fit the top bar and header`, async ({
      app,
    }, testInfo) => {
      const { page } = app;
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(size);
      const library = new LibraryPage(page);
      await library.show();

      // The first-run name prompt, before a name is set.
      expect(await misfits(page, '.top-bar')).toEqual([]);
      await saveScreen(page, testInfo, `top-bar-prompt-${scheme}`);

      await page.getByRole('textbox', { name: 'Your name, for your annotations' }).fill(LONG_NAME);
      await page.keyboard.press('Enter');
      const nameButton = page.locator('.top-bar .analyst-name');
      await expect(nameButton).toHaveText(LONG_NAME);
      expect(await misfits(page, '.top-bar')).toEqual([]);

      const path = await files.write('corridor.txt', `${LONG_TITLE}\n\n${BODY}`);
      await app.answerFileDialog([path]);
      await library.openFiles();
      await expect(library.row(LONG_TITLE)).toHaveCount(1);
      await saveScreen(page, testInfo, `library-long-name-${scheme}`);

      const editor = new EditorPage(page);
      await editor.open(LONG_TITLE);
      expect(await misfits(page, '.top-bar')).toEqual([]);
      expect(await misfits(page, '.reader-header')).toEqual([]);
      await saveScreen(page, testInfo, `reader-long-title-${scheme}`);
      // Folded, the title is one line, ellipsised, its full text still at hand.
      await page.locator('.editor-surface').evaluate((element) => element.scrollBy(0, 600));
      await expect(page.locator('.reader-header')).toHaveAttribute('data-collapsed', 'true');
      expect(await misfits(page, '.reader-header')).toEqual([]);
      expect(await misfits(page, '.top-bar')).toEqual([]);
      await saveScreen(page, testInfo, `reader-long-title-folded-${scheme}`);
    });
  }
}
