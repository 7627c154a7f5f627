/** The "Back up and restore the workspace" dialog, as a user drives it. */
import { expect, type Locator, type Page } from '@playwright/test';

export class BackupPage {
  readonly dialog: Locator;
  readonly progress: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Back up and restore the workspace' });
    this.progress = this.dialog.locator('.backup-progress');
    this.alert = this.dialog.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Backups…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async startBackup(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Back up workspace…' }).click();
  }

  /** Backs up and answers the path the dialog names once the file is verified. */
  async backUp(): Promise<string> {
    await this.startBackup();
    // 40,000 annotations took 76 s on two cores shared by many test runs (load 28).
    await expect(this.dialog.getByText(/Backup verified/)).toBeVisible({ timeout: 180_000 });
    return (await this.dialog.locator('.backup-path').textContent())!.trim();
  }

  async chooseFile(path: string): Promise<void> {
    await this.dialog.locator('input[type=file]').setInputFiles(path);
  }

  /** Restores the row named `name` ("the backup file x.json", "Daily snapshot of …"), confirming. */
  async restore(name: string | RegExp): Promise<void> {
    await this.dialog.getByRole('button', { name }).click();
    await this.dialog.getByRole('button', { name: 'Replace the workspace' }).click();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
  }
}
