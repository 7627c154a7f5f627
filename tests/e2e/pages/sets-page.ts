/** Page model of the set dialogs: Export… and Import… in the top bar, and their reports. */
import { basename } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/** An exported file as the host wrote it: its name and path, as a download offers them. */
export interface ExportedFile {
  suggestedFilename(): string;
  path(): Promise<string>;
}

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

  /**
   * Clicks Export in the dialog, waits for the summary naming the written file, and returns
   * it (the host writes it into the bridge's exports folder), as a download would be.
   */
  async exportFile(): Promise<ExportedFile> {
    const saved = this.exportPreview.getByRole('status').filter({ hasText: 'Saved as' });
    await this.exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
    // The last export's summary goes as this one starts: wait for this one's.
    await this.exportDialog.getByRole('button', { name: 'Export', exact: true }).waitFor();
    await saved.waitFor({ timeout: 60_000 });
    const path = (await saved.locator('code').textContent()) ?? '';
    return { suggestedFilename: () => basename(path), path: async () => path };
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
