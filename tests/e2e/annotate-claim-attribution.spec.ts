import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';

const MINISTER = 'Baïramov';
const CUE = 'a souligné';
const CLAIM =
  "le renforcement des relations avec les pays frères, y compris les pays d'Asie centrale et le Kazakhstan, constituait l’une des principales priorités de la politique étrangère de son pays";

test('an analyst tags a claim with its source and cue, and the attribution survives a restart', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);

  // "Le ministre Baïramov a souligné que …": the 2nd "Baïramov" is the one speaking.
  await editor.tagWith(MINISTER, 'ep', 1);
  await expect(editor.detailsHeading).toHaveText('Entities › Person');
  await editor.tagWith(CUE, 'ac');
  await expect(editor.detailsHeading).toHaveText('Attribution › Cue');
  await editor.tagWith(CLAIM, 'cc');
  await expect(editor.detailsHeading).toHaveText('Claims › Claim');
  await expect(editor.markFor(CLAIM)).toHaveCount(1);
  await expect(editor.annotationsTab()).toHaveText('Annotations (3)');

  // The claim starts with the codebook's default verdict.
  await expect(editor.detailsField('Verdict')).toHaveValue('unverified');
  await editor.chooseInDetails('Claim type', 'Factual');
  await editor.chooseInDetails('Verdict', 'Supported');
  await editor.chooseInDetails('Source (who says it)', `“${MINISTER}” · Entities › Person`);
  await expect(editor.chosenOption(editor.detailsField('Source (who says it)'))).toHaveText(
    `“${MINISTER}” · Entities › Person`,
  );
  await editor.chooseInDetails(/^Cue/, `“${CUE}” · Attribution › Cue`);
  await expect(editor.chosenOption(editor.detailsField(/^Cue/))).toHaveText(
    `“${CUE}” · Attribution › Cue`,
  );
  // Both links are kept: setting the cue did not drop the source.
  await expect(editor.chosenOption(editor.detailsField('Source (who says it)'))).toHaveText(
    `“${MINISTER}” · Entities › Person`,
  );
  await expect(editor.details.getByText('Tag the speech verb with Attribution › Cue')).toHaveCount(
    0,
  );

  const page = await app.restart();
  const reopened = new EditorPage(page);
  await reopened.open(SAMPLE_TITLES.azertac);
  await expect(reopened.marks()).toHaveCount(3);
  await expect(reopened.markFor(CUE)).toHaveCount(1);
  await reopened.focusFromList('Claim', 'le renforcement des relations');
  await expect(reopened.detailsHeading).toHaveText('Claims › Claim');
  await expect(reopened.details.locator('.details-quote mark')).toHaveText(CLAIM);
  await expect(reopened.detailsField('Claim type')).toHaveValue('factual');
  await expect(reopened.detailsField('Verdict')).toHaveValue('supported');
  await expect(reopened.chosenOption(reopened.detailsField('Source (who says it)'))).toHaveText(
    `“${MINISTER}” · Entities › Person`,
  );
  await expect(reopened.chosenOption(reopened.detailsField(/^Cue/))).toHaveText(
    `“${CUE}” · Attribution › Cue`,
  );
  // The focused claim's mark is the one drawn as focused.
  await expect(reopened.focusedMarks()).toHaveText([CLAIM]);
  expect(app.pageErrors).toEqual([]);
});

test('deleting the cue unlinks it from the claim, and undo links it again', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith(CUE, 'ac');
  await editor.tagWith(CLAIM, 'cc');
  await editor.chooseInDetails(/^Cue/, `“${CUE}” · Attribution › Cue`);

  await editor.focusFromList('Cue', CUE);
  await editor.releaseKeyboard();
  await app.page.keyboard.press('Delete');
  await expect(editor.markFor(CUE)).toHaveCount(0);
  await editor.focusFromList('Claim', 'le renforcement');
  await expect(editor.chosenOption(editor.detailsField(/^Cue/))).toHaveText('— none —');

  await editor.undo();
  await expect(editor.status).toHaveText('Undone: Delete annotation');
  await expect(editor.markFor(CUE)).toHaveCount(1);
  await expect(editor.chosenOption(editor.detailsField(/^Cue/))).toHaveText(
    `“${CUE}” · Attribution › Cue`,
  );
});

/**
 * Two edits of the details before the live query has delivered the first. A change set
 * built from the annotation as last rendered would overwrite (or fail on) the first; each
 * edit is built from the stored row when it is written (`store/edit.ts`), so both stay.
 */
test('setting the source and then at once the cue keeps both links', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith(MINISTER, 'ep', 1);
  await editor.tagWith(CUE, 'ac');
  await editor.tagWith(CLAIM, 'cc');
  const source = editor.detailsField('Source (who says it)');
  const cue = editor.detailsField(/^Cue/);
  const sourceValue = await source.locator('option', { hasText: MINISTER }).getAttribute('value');
  const cueValue = await cue.locator('option', { hasText: CUE }).getAttribute('value');
  // Both choices in one task, as two quick keyboard picks on a slow disk would land.
  await editor.details.evaluate(
    (details, values) => {
      const [first, second] = Array.from(
        details.querySelectorAll<HTMLSelectElement>('.attribution select'),
      );
      first!.value = values.source;
      first!.dispatchEvent(new Event('change', { bubbles: true }));
      second!.value = values.cue;
      second!.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { source: sourceValue!, cue: cueValue! },
  );
  await expect(editor.chosenOption(cue)).toHaveText(`“${CUE}” · Attribution › Cue`);
  await expect(editor.chosenOption(source)).toHaveText(`“${MINISTER}” · Entities › Person`, {
    timeout: 2_000,
  });
});
