/**
 * Screenshots a spec takes of what the user sees, at the sizes the app must work at. They
 * go to the test's output folder, or to `SM_SCREENS` when set (to look at them after a run:
 * Playwright empties its output folder at the next run).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

/** The window sizes the review and agreement screens are checked at. */
export const SCREEN_SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const;

/** Saves a PNG of the page as `<name>-<width>x<height>.png` and answers its path. */
export async function saveScreen(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const size = page.viewportSize();
  const dir = process.env.SM_SCREENS ?? testInfo.outputPath();
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}-${size?.width}x${size?.height}.png`);
  await page.screenshot({ path });
  return path;
}
