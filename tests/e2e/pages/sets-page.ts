/** Page model of the set dialogs: Export… and Import… in the top bar, and their reports. */
import type { Download, Locator, Page } from '@playwright/test';

export class SetsPage {
  readonly exportDialog: Locator;
  readonly importDialog: Locator;
  readonly exportPreview: Locator;
  readonly importReport: Locator;
  readonly namePrompt: Locator;
  /** The import dialog's mapping step: the file's labels the codebook lacks. */
  readonly labelMapping: Locator;

  constructor(readonly page: Page) {
    this.exportDialog = page.getByRole('dialog', { name: 'Export annotations' });
    this.importDialog = page.getByRole('dialog', { name: 'Import annotations' });
    this.exportPreview = page.getByRole('region', { name: 'Export preview' });
    this.importReport = page.getByRole('region', { name: 'Set import report' });
    this.namePrompt = page.getByRole('textbox', { name: 'Your name, for your annotations' });
    this.labelMapping = this.importDialog.getByRole('group', {
      name: 'Labels not in your codebook',
    });
  }

  async setName(name: string): Promise<void> {
    await this.namePrompt.fill(name);
    await this.namePrompt.press('Enter');
  }

  async openExport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export…' }).click();
  }

  /** Clicks Export in the dialog and returns the file the page offered. */
  async exportFile(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    return download;
  }

  async importFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.chooseImportFile(file);
    await this.importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** Opens Import… and picks the file, without importing it yet. */
  async chooseImportFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByRole('button', { name: 'Import…' }).click();
    await this.importDialog.getByLabel('Set file').setInputFiles(file);
  }

  /** What the file's unknown `label` becomes (a select: an item, added, or kept raw). */
  labelChoice(label: string): Locator {
    return this.labelMapping.getByRole('combobox', { name: `What “${label}” becomes` });
  }

  /** The import dialog's choice of where the annotations go. */
  destination(name: string | RegExp): Locator {
    return this.importDialog.getByRole('radio', { name });
  }
}
