import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { SCREEN_SIZES, saveScreen } from './support/screens';
import { LibraryPage } from './pages/library-page';
import { ReaderPage } from './pages/reader-page';
import { ReviewPage } from './pages/review-page';

const AYSEL = { id: 'colleague-aysel', name: 'Aysel' };

test('the reader says colleagues annotated the article and overlays their marks read-only', async ({
  app,
}, testInfo) => {
  const library = new LibraryPage(app.page);
  await expect(library.row(SAMPLE_TITLES.azertac)).toBeVisible();
  const review = new ReviewPage(app.page);
  await review.seed(
    SAMPLE_TITLES.azertac,
    [
      { id: 'a1', author: AYSEL.id, itemId: 'entity.person', phrase: 'Djeyhoun Baïramov' },
      { id: 'a2', author: AYSEL.id, itemId: 'entity.gpe', phrase: 'Kazakhstan, Murat' },
      {
        id: 'a3',
        author: AYSEL.id,
        itemId: 'document.profile',
        phrase: '',
        isDocument: true,
        attributes: { genre: 'reporting' },
      },
      { id: 'm1', author: 'self', itemId: 'entity.person', phrase: 'Murat Nurtleu' },
    ],
    [AYSEL],
  );
  await app.page.reload();
  await library.openArticle(SAMPLE_TITLES.azertac);
  const reader = new ReaderPage(app.page);
  const panel = app.page.getByRole('complementary', { name: 'Annotations panel' });
  await expect(panel.getByRole('tab', { name: 'Annotations (1)' })).toBeVisible();
  await expect(panel.getByTestId('colleague-count')).toHaveText('3 by colleagues');

  // Off by default: only my mark is drawn.
  const colleagueMarks = reader.text.locator('.sm-mark.has-colleague-mark');
  await expect(reader.text.locator('.sm-mark')).toHaveCount(1);
  await expect(colleagueMarks).toHaveCount(0);

  const toggle = panel.getByRole('checkbox', { name: 'Show their marks' });
  await toggle.check();
  await expect(colleagueMarks).toHaveCount(3); // "Kazakhstan, Murat" splits at my "Murat…"
  const baramov = colleagueMarks.filter({ hasText: 'Djeyhoun Baïramov' });
  await expect(baramov).toHaveClass(/is-colleague-only/);
  // A dashed underline, no tint: never mistaken for my own marks.
  const style = await baramov.evaluate((el) => {
    const computed = getComputedStyle(el);
    return {
      line: computed.textDecorationLine,
      dash: computed.textDecorationStyle,
      background: computed.backgroundColor,
    };
  });
  expect(style).toEqual({ line: 'underline', dash: 'dashed', background: 'rgba(0, 0, 0, 0)' });
  // Where theirs overlaps mine, my mark keeps its tint and gains the dashed line.
  const shared = colleagueMarks.filter({ hasText: 'Murat' }).filter({ hasNotText: 'Kazakhstan' });
  await expect(shared).not.toHaveClass(/is-colleague-only/);

  // Read-only: clicking theirs focuses nothing; the hover card names the colleague.
  await baramov.click();
  await expect(panel.getByRole('region', { name: /details/i })).toHaveCount(0);
  await baramov.hover();
  await expect(app.page.getByRole('tooltip')).toContainText('Aysel');
  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    await saveScreen(app.page, testInfo, 'reader-colleague-marks');
  }

  await toggle.uncheck();
  await expect(colleagueMarks).toHaveCount(0);
  await expect(reader.text.locator('.sm-mark')).toHaveCount(1);
  expect(app.pageErrors).toEqual([]);
});
