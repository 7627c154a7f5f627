/** Page model of the article reader: the Lexical text and the selection status. */
import type { Locator, Page } from '@playwright/test';

export class ReaderPage {
  readonly text: Locator;
  readonly selectionStatus: Locator;
  readonly backToLibrary: Locator;

  constructor(readonly page: Page) {
    this.text = page
      .getByRole('textbox', { name: 'Article text' })
      .or(page.locator('[aria-label="Article text"]'));
    this.selectionStatus = page.getByTestId('selection-status');
    this.backToLibrary = page.getByRole('button', { name: 'Library' });
  }

  paragraphs(): Locator {
    return this.text.locator('p');
  }

  /** Selects `phrase` inside the paragraph that contains it, by DOM range, as a drag would. */
  async selectPhrase(phrase: string): Promise<void> {
    await this.text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`phrase not found: ${wanted}`);
    }, phrase);
  }
}
