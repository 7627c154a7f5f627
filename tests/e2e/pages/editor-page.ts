/**
 * Page model of the annotation editor: the annotated text and its marks, the label keys
 * and palette, the side panel (details, list, document profile), the occurrences dialog,
 * the hover card and the status line.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { LibraryPage } from './library-page';

function exactText(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

export class EditorPage {
  readonly text: Locator;
  readonly selectionStatus: Locator;
  readonly status: Locator;
  readonly panel: Locator;
  readonly details: Locator;
  readonly detailsHeading: Locator;
  readonly palette: Locator;
  readonly occurrences: Locator;
  readonly hoverCard: Locator;
  readonly documentProfile: Locator;

  constructor(readonly page: Page) {
    this.text = page.getByRole('textbox', { name: 'Article text' });
    this.selectionStatus = page.getByTestId('selection-status');
    this.status = page.locator('.reader-status .status-message');
    this.panel = page.getByRole('complementary', { name: 'Annotations panel' });
    this.details = this.panel.getByRole('region', { name: 'Annotation details' });
    this.detailsHeading = this.details.getByRole('heading', { level: 2 });
    this.palette = page.getByRole('dialog', { name: /^(Tag selection|Relabel annotation)$/ });
    this.occurrences = page.getByRole('dialog', { name: /^Other occurrences of/ });
    this.hoverCard = page.getByRole('tooltip');
    this.documentProfile = this.panel.getByRole('region', { name: 'Document profile' });
  }

  /** Opens the article from the library and waits for its text. */
  async open(title: string | RegExp): Promise<void> {
    await new LibraryPage(this.page).openArticle(title);
    await expect(this.text).toBeVisible();
    await expect(this.text.locator('p').first()).toBeAttached();
  }

  /**
   * Selects the `occurrence`-th (0-based) `phrase` of the text by DOM range, as a drag
   * would; the phrase may cross marks but not paragraphs. Waits until the editor has taken
   * the selection (the status line shows its length), so keys pressed next apply to it.
   * Any form field loses the keyboard first, as when the analyst goes back to the text.
   */
  async selectPhrase(phrase: string, occurrence = 0): Promise<void> {
    await this.releaseKeyboard();
    await this.text.evaluate(
      (root, { wanted, nth }) => {
        let seen = 0;
        for (const paragraph of Array.from(root.querySelectorAll('p'))) {
          const nodes: { node: Text; start: number }[] = [];
          let content = '';
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            nodes.push({ node: node as Text, start: content.length });
            content += node.textContent ?? '';
          }
          for (let at = content.indexOf(wanted); at >= 0; at = content.indexOf(wanted, at + 1)) {
            if (seen++ < nth) continue;
            const locate = (offset: number, isEnd: boolean) => {
              const found = nodes.findLast((entry) =>
                isEnd ? entry.start < offset : entry.start <= offset,
              )!;
              return [found.node, offset - found.start] as const;
            };
            const range = document.createRange();
            range.setStart(...locate(at, false));
            range.setEnd(...locate(at + wanted.length, true));
            const selection = window.getSelection()!;
            selection.removeAllRanges();
            selection.addRange(range);
            return;
          }
        }
        throw new Error(`phrase not found: ${wanted} (#${nth})`);
      },
      { wanted: phrase, nth: occurrence },
    );
    await expect(this.selectionStatus).toContainText(`(${phrase.length} characters)`);
  }

  /** Presses each character of `keys` in turn (label strokes such as `ep`). */
  async pressKeys(keys: string): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Selects `phrase` and tags it with the two-stroke `keys`; waits for the "Tagged" status. */
  async tagWith(phrase: string, keys: string, occurrence = 0): Promise<void> {
    await this.selectPhrase(phrase, occurrence);
    await this.pressKeys(keys);
    await expect(this.status).toContainText('Tagged');
  }

  /** Selects `phrase` and tags it through the palette: Enter, type `query`, Enter. */
  async tagWithPalette(phrase: string, query: string, occurrence = 0): Promise<void> {
    await this.selectPhrase(phrase, occurrence);
    await this.page.keyboard.press('Enter');
    await expect(this.palette).toBeVisible();
    await this.palette.getByRole('combobox', { name: 'Filter labels' }).fill(query);
    await this.page.keyboard.press('Enter');
    await expect(this.palette).toBeHidden();
    await expect(this.status).toContainText('Tagged');
  }

  /** Every highlight segment in the text. */
  marks(): Locator {
    return this.text.locator('mark.sm-mark');
  }

  /** The segment(s) whose text is exactly `phrase`. */
  markFor(phrase: string): Locator {
    return this.marks().filter({ hasText: exactText(phrase) });
  }

  focusedMarks(): Locator {
    return this.text.locator('mark.sm-mark.is-focused');
  }

  /** The annotation ids a mark carries (outer first). */
  async idsOf(mark: Locator): Promise<string[]> {
    return ((await mark.getAttribute('data-ids')) ?? '').split(' ').filter(Boolean);
  }

  async undo(): Promise<void> {
    await this.releaseKeyboard();
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.releaseKeyboard();
    await this.page.keyboard.press('Control+Shift+z');
  }

  /** The tab "Annotations (n)" of the side panel. */
  annotationsTab(): Locator {
    return this.panel.getByRole('tab', { name: /^Annotations \(\d+\)$/ });
  }

  async showDocumentTab(): Promise<void> {
    await this.panel.getByRole('tab', { name: 'Document' }).click();
    await expect(this.documentProfile).toBeVisible();
  }

  /** Focuses an annotation from the panel's list by its label and quote. */
  async focusFromList(label: string, quote: string): Promise<void> {
    await this.panel
      .locator('.list-entry')
      .filter({ has: this.page.locator('.entry-label', { hasText: exactText(label) }) })
      .filter({ has: this.page.locator('.entry-quote', { hasText: quote }) })
      .first()
      .click();
    await expect(this.details).toBeVisible();
  }

  /** A select (or other field) of the details form, by its visible label. */
  detailsField(label: string | RegExp): Locator {
    return this.details.getByLabel(label);
  }

  /** Picks the option whose text is exactly `optionText` in the details' `label` select. */
  async chooseInDetails(label: string | RegExp, optionText: string): Promise<void> {
    await this.detailsField(label).selectOption({ label: optionText });
  }

  /** The text of the chosen option of a select. */
  chosenOption(select: Locator): Locator {
    return select.locator('option:checked');
  }

  /** Drops the focus with the details' close button. */
  async closeDetails(): Promise<void> {
    await this.details.getByRole('button', { name: 'Close details' }).click();
    await expect(this.details).toHaveCount(0);
    await expect(this.focusedMarks()).toHaveCount(0);
  }

  /** The entity part of the details: the link form, or the linked entity. */
  entityLink(): Locator {
    return this.details.locator('.entity-link');
  }

  /** Moves the pointer onto `mark`, which shows the hover card. */
  async hover(mark: Locator): Promise<void> {
    // Scrolling folds the article header, which moves the text up: let that layout settle
    // before the pointer goes over the mark, as a reader's hand would follow the text.
    await mark.scrollIntoViewIfNeeded();
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await mark.hover();
    await expect(this.hoverCard).toBeVisible();
  }

  /**
   * Takes the keyboard away from form fields (they keep their own keys, so the editor's
   * shortcuts do not fire there), as clicking back in the text does.
   */
  async releaseKeyboard(): Promise<void> {
    await this.page.evaluate(() => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body) active.blur();
    });
  }
}
