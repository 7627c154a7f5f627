/**
 * Settings, one screen (Ctrl+, or the top bar): name, theme, reading type, snapping, the
 * default export format and the snapshots; every change applied at once and kept.
 */
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { saveScreen } from './support/screens';
import { EditorPage } from './pages/editor-page';

test('settings apply at once and stay after a restart; the dark theme covers the reader', async ({
  app,
}, testInfo) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  const editor = new EditorPage(page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith('Kazakhstan', 'eg');

  await page.keyboard.press('Control+,');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await expect(settings.getByRole('region', { name: 'Snapshots and backups' })).toBeVisible();
  await settings.getByRole('textbox', { name: 'Your name' }).fill('Aysel');
  await settings.getByRole('textbox', { name: 'Your name' }).press('Enter');
  await settings.getByRole('radio', { name: 'Dark' }).check();
  await settings.getByLabel('Reading font').selectOption({ label: 'Sans serif' });
  await settings.getByLabel(/Reading size/).fill('20');
  await settings.getByLabel(/Line spacing/).fill('2');
  await settings.getByRole('checkbox', { name: 'Snap selections to whole words' }).uncheck();
  await settings.getByLabel('Default export format').selectOption({ label: 'CSV spreadsheet' });
  await saveScreen(page, testInfo, 'settings-dark');

  // Applied at once, behind the dialog.
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const text = page.locator('.editor-surface .article-text');
  await expect(text).toHaveCSS('font-size', '20px');
  await expect(text).toHaveCSS('line-height', '40px');
  await expect(text).toHaveCSS('font-family', /system-ui/);
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(23, 25, 29)');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  await expect(page.getByRole('checkbox', { name: 'Snap to words' })).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Aysel' })).toBeVisible();
  // Marks take their dark-theme colour: an underline at least 3:1 on the dark page.
  const underline = await editor
    .markFor('Kazakhstan')
    .evaluate((el) => getComputedStyle(el).boxShadow);
  const [r, g, b] = (/rgb\((\d+), (\d+), (\d+)\)/.exec(underline) ?? []).slice(1).map(Number);
  const luminance = (...channels: number[]) => {
    const [lr, lg, lb] = channels.map((c) => {
      const v = c / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
  };
  const contrast = (luminance(r!, g!, b!) + 0.05) / (luminance(23, 25, 29) + 0.05);
  expect(contrast).toBeGreaterThanOrEqual(3);
  await saveScreen(page, testInfo, 'reader-dark');

  await app.restart();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.page.getByRole('button', { name: 'Export…' }).click();
  await expect(
    app.page
      .getByRole('dialog', { name: 'Export annotations' })
      .getByRole('combobox', { name: /format/i }),
  ).toHaveValue('csv');
});
