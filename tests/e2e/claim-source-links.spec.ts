import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { saveScreen } from './support/screens';
import { axeFindings } from './support/axe';

const MINISTER = 'Baïramov';
const CUE = 'a souligné';
const CLAIM =
  "le renforcement des relations avec les pays frères, y compris les pays d'Asie centrale et le Kazakhstan, constituait l’une des principales priorités de la politique étrangère de son pays";

test('the Source picker groups mentions by entity, nearest first, and the text draws the claim’s links', async ({
  app,
}, testInfo) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  // Two mentions of the minister: the 1st far above the claim, the 2nd just before it.
  await editor.tagWith(MINISTER, 'ep', 0);
  await editor.tagWith(MINISTER, 'ep', 1);
  await editor.tagWith(CUE, 'ac');
  await editor.tagWith(CLAIM, 'cc');

  const source = editor.detailsField('Source (who says it)');
  const groups = source.locator('optgroup');
  await expect(groups.first()).toHaveAttribute('label', `${MINISTER} (2 mentions)`);
  const options = groups.first().locator('option');
  await expect(options).toHaveText([
    `“${MINISTER}” · Entities › Person`,
    `“${MINISTER}” · Entities › Person · 2. nearest, before`,
  ]);

  await editor.chooseInDetails('Source (who says it)', `“${MINISTER}” · Entities › Person`);
  await editor.chooseInDetails(/^Cue/, `“${CUE}” · Attribution › Cue`);

  // The focused claim shows an arc to its source and one to its cue.
  const arcs = app.page.locator('.claim-link-arcs .claim-link');
  await expect(arcs).toHaveCount(2);
  await expect(arcs.locator('text')).toHaveText(['source', 'cue']);
  const path = await arcs.first().locator('path').getAttribute('d');
  expect(path).toMatch(/^M [\d.]+ [\d.]+ C /);
  await app.page.setViewportSize({ width: 1024, height: 700 });
  await editor.markFor(CLAIM).first().scrollIntoViewIfNeeded();
  testInfo.attachments.push({
    name: 'claim links 1024x700',
    path: await saveScreen(app.page, testInfo, 'claim-links'),
    contentType: 'image/png',
  });

  // Unfocused, the arcs go; hovering the claim brings them back.
  await editor.releaseKeyboard();
  await app.page.keyboard.press('Escape');
  await expect(arcs).toHaveCount(0);
  await editor.markFor(CLAIM).first().hover();
  await expect(arcs).toHaveCount(2);
  expect(app.pageErrors).toEqual([]);
});

test('a claim is linked to its source by keyboard: l, step nearest first, Enter links, Ctrl+Z undoes', async ({
  app,
}, testInfo) => {
  const page = app.page;
  const editor = new EditorPage(page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith(MINISTER, 'ep', 0);
  await editor.tagWith(MINISTER, 'ep', 1);
  await editor.tagWith(CLAIM, 'cc');
  const [far, near] = [editor.markFor(MINISTER).nth(0), editor.markFor(MINISTER).nth(1)];
  const [farId, nearId] = [(await editor.idsOf(far))[0]!, (await editor.idsOf(near))[0]!];
  const source = editor.detailsField('Source (who says it)');
  const candidate = page.locator('.claim-link-arcs .claim-link.is-candidate');

  // The new claim is focused: l starts linking at the mention nearest the claim.
  await editor.releaseKeyboard();
  await page.keyboard.press('l');
  await expect(editor.status).toContainText(`Source 1 of 2: “${MINISTER}” (Person), before`);
  await expect(candidate).toHaveCount(1);
  await expect(candidate.locator('rect')).toHaveCount(1);
  // The link mode adds nothing a screen reader or axe-core finds wrong.
  expect(await axeFindings(page)).toEqual([]);
  await page.setViewportSize({ width: 1024, height: 700 });
  testInfo.attachments.push({
    name: 'linking by keyboard 1024x700',
    path: await saveScreen(page, testInfo, 'link-source-by-keyboard'),
    contentType: 'image/png',
  });

  // Arrows and Tab step (and wrap) without leaving the text for the details panel.
  await page.keyboard.press('ArrowDown');
  await expect(editor.status).toContainText('2 of 2');
  await page.keyboard.press('Tab');
  await expect(editor.status).toContainText('1 of 2');
  await page.keyboard.press('ArrowUp');
  await expect(editor.status).toContainText('2 of 2');
  expect(await page.evaluate(() => document.activeElement?.closest('.details'))).toBeNull();

  // Escape leaves with nothing changed, and the claim keeps its focus.
  await page.keyboard.press('Escape');
  await expect(editor.status).toHaveText('Linking cancelled: nothing changed.');
  await expect(candidate).toHaveCount(0);
  await expect(editor.focusedMarks()).not.toHaveCount(0);
  await expect(source).toHaveValue('');

  // Again: step to the far mention and link it.
  await page.keyboard.press('l');
  await page.keyboard.press('ArrowDown');
  await expect(editor.status).toContainText('2 of 2');
  await page.keyboard.press('Enter');
  await expect(editor.status).toContainText(`Linked the claim’s source: “${MINISTER}”`);
  await expect(editor.palette).toBeHidden();
  await expect(source).toHaveValue(`a:${farId}`);
  await expect(page.locator('.claim-link-arcs .claim-link.is-source')).toHaveCount(1);

  // One undo takes the link back; the nearest mention was never linked.
  await editor.undo();
  await expect(source).toHaveValue('');
  expect(nearId).not.toBe(farId);
  expect(app.pageErrors).toEqual([]);
});

test('l on an annotation that is not a claim says what it needs', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith(MINISTER, 'ep', 0);
  await editor.releaseKeyboard();
  await app.page.keyboard.press('l');
  await expect(editor.status).toContainText('Only a claim links to a source');
  await editor.tagWith(CLAIM, 'cc');
  await editor.releaseKeyboard();
  await app.page.keyboard.press('l');
  await expect(editor.status).toContainText('1 of 1');
});

test('the palette on a focused claim offers linking its source, with its key, and picking it starts linking', async ({
  app,
}, testInfo) => {
  const page = app.page;
  const editor = new EditorPage(page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith(MINISTER, 'ep', 0);
  // Not a claim: the palette offers labels only.
  await editor.releaseKeyboard();
  await page.keyboard.press('Enter');
  await expect(editor.palette).toBeVisible();
  const command = editor.palette.getByRole('option', { name: /^Link the claim to its source/ });
  await expect(command).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(editor.palette).toBeHidden();

  // The new claim is focused: its palette lists the command first, its key shown.
  await editor.tagWith(CLAIM, 'cc');
  await editor.releaseKeyboard();
  await page.keyboard.press('Enter');
  await expect(editor.palette.getByRole('option').first()).toHaveText(
    /^Link the claim to its source\s*l$/,
  );
  await expect(command.locator('kbd')).toHaveText('l');
  await page.setViewportSize({ width: 1024, height: 700 });
  testInfo.attachments.push({
    name: 'palette link command 1024x700',
    path: await saveScreen(page, testInfo, 'palette-link-command'),
    contentType: 'image/png',
  });
  // Typing filters it like a label; Enter runs it, as l does.
  await page.keyboard.type('link');
  await expect(editor.palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(editor.palette).toBeHidden();
  await expect(editor.status).toContainText(`Source 1 of 1: “${MINISTER}” (Person), before`);
  await page.keyboard.press('Enter');
  await expect(editor.status).toContainText(`Linked the claim’s source: “${MINISTER}”`);
  expect(app.pageErrors).toEqual([]);
});
