import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';
import { saveScreen } from './support/screens';

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
