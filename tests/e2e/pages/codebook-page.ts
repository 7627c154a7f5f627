/** Page model of the codebook editor: the item tree, the details form and codebook files. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CodebookPage {
  readonly editor: Locator;
  readonly tree: Locator;
  readonly details: Locator;
  readonly version: Locator;
  readonly fileInput: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('region', { name: 'Codebook editor' });
    this.tree = this.editor.getByRole('tree', { name: 'Items' });
    this.details = this.editor.locator('.codebook-details-pane');
    this.version = this.editor.getByTestId('codebook-version');
    this.fileInput = this.editor.getByLabel('Codebook file to import');
  }

  /** Opens the editor from the top bar. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Codebook', exact: true }).click();
    await expect(this.editor).toBeVisible();
  }

  /** The tree row of the item labelled exactly `label` (its name adds key and state). */
  item(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.tree.getByRole('treeitem', { name: new RegExp(`^${escaped}(,|$)`) });
  }

  async select(label: string): Promise<void> {
    await this.item(label).click();
    await expect(this.details.getByRole('heading', { level: 2 })).toHaveText(label);
  }

  async rename(label: string, newLabel: string): Promise<void> {
    await this.select(label);
    await this.details.getByLabel('Label', { exact: true }).fill(newLabel);
    await this.details.getByRole('button', { name: 'Rename' }).click();
  }

  async rekey(label: string, key: string): Promise<void> {
    await this.select(label);
    await this.details.getByLabel('Shortcut key').fill(key);
    await this.details.getByRole('button', { name: 'Set key' }).click();
  }

  async retire(label: string): Promise<void> {
    await this.select(label);
    await this.details.getByRole('button', { name: 'Retire item' }).click();
  }

  /** Chooses a codebook file with this content, as picking it in the file dialog would. */
  async importFile(name: string, content: string): Promise<void> {
    await this.fileInput.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content),
    });
  }
}
