/** Page model of the library: the table, the import buttons, progress and report. */
import { expect, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
  readonly table: Locator;
  readonly filter: Locator;
  readonly report: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Library' });
    this.filter = page.getByRole('textbox', { name: 'Filter articles' });
    this.report = page.getByRole('region', { name: 'Import report' });
    this.progress = page.getByRole('progressbar', { name: 'Importing' });
  }

  /** Body rows of the library table (the header row excluded). */
  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  row(title: string | RegExp): Locator {
    return this.rows().filter({ hasText: title });
  }

  async expectTitles(titles: (string | RegExp)[]): Promise<void> {
    await expect(this.rows()).toHaveCount(titles.length);
    for (const title of titles) await expect(this.row(title)).toHaveCount(1);
  }

  async openFiles(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open files…' }).click();
  }

  async openFolder(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open folder…' }).click();
  }

  /**
   * The library on screen: once the app has decided whether to reopen the article it was
   * left on, goes back from that article if it did.
   */
  async show(): Promise<void> {
    const checked = this.page.locator('html[data-reopen-checked]');
    await expect(checked).toHaveCount(1);
    const back = this.page.getByRole('button', { name: 'Library', exact: true });
    // Reopened: the reader comes up on the next render; go back from it once, and note it.
    if ((await checked.getAttribute('data-reopen-checked')) === 'reopened') {
      await back.click();
      await checked.evaluate((html) => (html.dataset.reopenChecked = 'handled'));
    } else if (await back.isVisible()) {
      await back.click();
    }
    await expect(this.table).toBeVisible();
  }

  async openArticle(title: string | RegExp): Promise<void> {
    await this.show();
    await this.row(title).click();
  }
}
