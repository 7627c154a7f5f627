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

  async openArticle(title: string | RegExp): Promise<void> {
    await this.row(title).click();
  }
}
