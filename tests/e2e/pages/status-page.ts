/**
 * Page model of document status and article selections: the reader header's status
 * control, the library's Status column and filter, and the status-or-saved-query picker of
 * Export, Review and Agreement.
 */
import type { Locator, Page } from '@playwright/test';

export class StatusPage {
  /** The reader header's "Your status" select. */
  readonly control: Locator;
  /** What the last status change did (the header's status line). */
  readonly message: Locator;
  readonly libraryFilter: Locator;

  constructor(readonly page: Page) {
    this.control = page.getByRole('combobox', { name: 'Your status' });
    this.message = page.locator('.article-status-message');
    this.libraryFilter = page.getByRole('combobox', { name: 'Status' });
  }

  /** The library row's Status cell of the article titled `title`. */
  libraryCell(title: string): Locator {
    return this.page
      .getByRole('table', { name: 'Library' })
      .locator('tbody tr', { hasText: title })
      .locator('td.col-status');
  }

  /** A selection picker (`label`: "Status or saved query", "Articles to review"…). */
  picker(label: string): Locator {
    return this.page.getByRole('combobox', { name: label });
  }

  /** The count (or reason) the picker `label` shows beside itself. */
  pickerCount(label: string): Locator {
    return this.picker(label).locator('xpath=following-sibling::span[1]');
  }
}
