/** Page model of the reader's header: the title and the metadata fields corrected in place. */
import { expect, type Locator, type Page } from '@playwright/test';

export type HeaderField = 'Byline' | 'Signed by' | 'Outlet' | 'Published' | 'Dateline' | 'Language';

export class ArticleHeaderPage {
  readonly header: Locator;
  readonly metadata: Locator;
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.header = page.locator('.reader-header');
    this.metadata = this.header.getByRole('group', { name: 'Article metadata' });
    this.title = this.header.getByRole('heading', { level: 1 });
  }

  /** The shown value of `field`: a button named "Byline Kadir Duran…". */
  value(field: HeaderField): Locator {
    return this.metadata.getByRole('button', { name: new RegExp(`^${field}\\b`) });
  }

  /** The input of `field` while it is being corrected. */
  input(field: HeaderField | 'Title'): Locator {
    return this.header.getByRole('textbox', { name: field });
  }

  /** Corrects `field` with the keyboard only: Enter on its value, type, Enter. */
  async correct(field: HeaderField, text: string): Promise<void> {
    await this.value(field).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.input(field)).toBeFocused();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await expect(this.input(field)).toHaveCount(0);
  }

  restoreButton(field: HeaderField): Locator {
    return this.metadata.getByRole('button', {
      name: `Restore the ${field.toLowerCase()} found in the text`,
    });
  }
}
