/**
 * An article's file is edited outside the app, then deleted: the article follows the file
 * (old text kept, annotations re-anchored or listed as orphans) and then stays, marked as
 * missing its source, with every annotation.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/app-fixture';
import { ArticleFiles, SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';

const TITLE = 'Le corridor médian gagne en importance';
const FIRST = 'deux rives de la Caspienne';
const SECOND = 'port de Bakou';
const BEFORE =
  `${TITLE}\n\nSelon le ministre, les échanges entre les ${FIRST} ont doublé en deux ans. ` +
  `Le ${SECOND} reste saturé depuis l’hiver.\n\nLes transporteurs attendent de nouveaux quais.\n`;
// Text inserted before the first span; the sentence holding the second is deleted.
const AFTER =
  `${TITLE}\n\nMise à jour du 12 mars, après la réunion des ministres à Aktaou. ` +
  `Selon le ministre, les échanges entre les ${FIRST} ont doublé en deux ans.\n\n` +
  `Les transporteurs attendent de nouveaux quais.\n`;

interface StoredSpan {
  quote: string;
  start: number;
  end: number;
  orphanedFrom?: number;
}

/** Every span annotation as stored in IndexedDB, read the way the app reads it. */
function storedSpans(page: Page): Promise<StoredSpan[]> {
  return page.evaluate(
    () =>
      new Promise<StoredSpan[]>((resolve, reject) => {
        const request = indexedDB.open('sourcemark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('annotations').objectStore('annotations').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            resolve(
              (
                all.result as {
                  kind: string;
                  span: { start: number; end: number };
                  quote: { exact: string };
                  orphanedFrom?: number;
                }[]
              )
                .filter((row) => row.kind === 'span')
                .map((row) => ({
                  quote: row.quote.exact,
                  start: row.span.start,
                  end: row.span.end,
                  ...(row.orphanedFrom === undefined ? {} : { orphanedFrom: row.orphanedFrom }),
                })),
            );
          };
        };
      }),
  );
}

/** What the window does when the analyst comes back to it from another program. */
function returnToWindow(page: Page): Promise<void> {
  return page.evaluate(() => void window.dispatchEvent(new Event('focus')));
}

let files: ArticleFiles;
test.beforeEach(async () => (files = await ArticleFiles.create()));
test.afterEach(() => files.remove());

test('a file edited on disk re-anchors its annotations, lists the orphan, and a deleted file is marked missing', async ({
  app,
}) => {
  const { page } = app;
  const library = new LibraryPage(page);
  const editor = new EditorPage(page);
  await library.expectTitles([SAMPLE_TITLES.azertac, SAMPLE_TITLES.opinion]);
  const path = await files.write('corridor.txt', BEFORE);
  await app.answerFileDialog([path]);
  await library.openFiles();
  await expect(library.report).toContainText(/Added 1/);

  await editor.open(TITLE);
  await editor.tagWith(FIRST, 'el');
  await editor.tagWith(SECOND, 'ef');
  await expect(editor.marks()).toHaveCount(2);

  // Saved the way many editors save: a new file renamed over the old one.
  await writeFile(files.path('.corridor.txt.tmp'), AFTER);
  await rename(files.path('.corridor.txt.tmp'), path);
  await returnToWindow(page);

  const notices = page.getByRole('alert');
  await expect(notices).toContainText(
    `“${TITLE}” changed on disk and was read again. 1 of 2 annotations re-anchored (1 moved), 1 orphaned`,
  );
  await expect(editor.text).toContainText('Mise à jour du 12 mars');
  await expect(editor.markFor(FIRST)).toHaveCount(1);
  await expect(editor.marks()).toHaveCount(1);
  const orphans = page.getByRole('region', { name: 'Orphaned annotations' });
  await expect(orphans).toContainText(SECOND);
  await expect(orphans).toContainText('text version 1');

  const spans = await storedSpans(page);
  const moved = spans.find((span) => span.quote === FIRST);
  expect(moved).toEqual({
    quote: FIRST,
    start: AFTER.indexOf(FIRST),
    end: AFTER.indexOf(FIRST) + FIRST.length,
  });
  expect(moved!.start).toBeGreaterThan(BEFORE.indexOf(FIRST));
  const orphan = spans.find((span) => span.quote === SECOND);
  expect(orphan).toMatchObject({ start: BEFORE.indexOf(SECOND), orphanedFrom: 1 });

  await rm(path);
  await returnToWindow(page);
  await expect(notices).toContainText(`“${TITLE}”: its source file is missing`);
  await expect(page.locator('.reader-meta')).toContainText('Source missing');

  await page.getByRole('button', { name: 'Library' }).click();
  const row = library.row(TITLE);
  await expect(row).toContainText('Source missing');
  await expect(row.locator('.col-count')).toHaveText('2');
  expect(await storedSpans(page)).toHaveLength(2);
});
