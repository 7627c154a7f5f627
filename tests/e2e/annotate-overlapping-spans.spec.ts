import { underlineLanes } from '../../renderer/src/editor/mark-style';
import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';

const OUTER = 'Le ministre Baïramov a souligné';
const INNER = 'Baïramov';

test('an analyst tags a phrase and a word inside it, and the shared segment carries both', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith(OUTER, 'at');
  await expect(editor.detailsHeading).toHaveText('Attribution › Content');
  await editor.tagWith(INNER, 'ep', 1);
  await expect(editor.detailsHeading).toHaveText('Entities › Person');

  // Three segments: "Le ministre " (outer), "Baïramov" (both, outer first), " a souligné".
  await expect(editor.marks()).toHaveText(['Le ministre ', INNER, ' a souligné']);
  const outerIds = await editor.idsOf(editor.markFor('Le ministre '));
  const innerIds = await editor.idsOf(editor.markFor(INNER));
  expect(outerIds).toHaveLength(1);
  expect(innerIds).toHaveLength(2);
  expect(innerIds[0]).toBe(outerIds[0]);
  expect(await editor.idsOf(editor.markFor(' a souligné'))).toEqual(outerIds);

  await editor.hover(editor.markFor(INNER));
  await expect(editor.hoverCard.locator('.hover-row')).toHaveText([
    'Attribution › Content',
    'Entities › Person',
  ]);
  await editor.hover(editor.markFor(' a souligné'));
  await expect(editor.hoverCard.locator('.hover-row')).toHaveText(['Attribution › Content']);

  // With no focus, clicks on the shared segment walk innermost → outer → innermost.
  await editor.closeDetails();
  const shared = editor.markFor(INNER);
  await shared.click();
  await expect(editor.detailsHeading).toHaveText('Entities › Person');
  await expect(editor.focusedMarks()).toHaveText([INNER]);
  await shared.click();
  await expect(editor.detailsHeading).toHaveText('Attribution › Content');
  await expect(editor.focusedMarks()).toHaveText(['Le ministre ', INNER, ' a souligné']);
  await shared.click();
  await expect(editor.detailsHeading).toHaveText('Entities › Person');

  // `]` and `[` step through the annotations in reading order (outer first at the same start).
  await editor.closeDetails();
  await editor.releaseKeyboard();
  await app.page.keyboard.press(']');
  await expect(editor.detailsHeading).toHaveText('Attribution › Content');
  await app.page.keyboard.press(']');
  await expect(editor.detailsHeading).toHaveText('Entities › Person');

  const page = await app.restart();
  const reopened = new EditorPage(page);
  await reopened.open(SAMPLE_TITLES.azertac);
  await expect(reopened.marks()).toHaveText(['Le ministre ', INNER, ' a souligné']);
  expect(await reopened.idsOf(reopened.markFor(INNER))).toEqual(innerIds);
});

test('each line paints on its own, with room for its marks’ lanes and outline', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.tagWith(OUTER, 'at');
  await editor.tagWith(INNER, 'ep', 1);
  await expect(editor.focusedMarks()).toHaveText([INNER]);

  // Paint containment lets Chromium keep each line's drawing and redraw only the lines
  // whose marks changed: without it, each addition redrew every mark around it.
  const lines = await editor.text.locator('p').evaluateAll((paragraphs) =>
    paragraphs.map((p) => {
      const style = getComputedStyle(p);
      return { contain: style.contain, clipMargin: parseFloat(style.overflowClipMargin) };
    }),
  );
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line.contain).toMatch(/paint|content|strict/);

  // What a mark draws outside its box must stay inside its line's clip: the deepest lanes
  // (the most a mark draws) below it, and the focused mark's outline around it.
  const deepestLane = Math.max(
    ...underlineLanes(Array.from({ length: 8 }, () => '#000000'))
      .split(', ')
      .map((shadow) => parseFloat(shadow.split(' ')[1]!)),
  );
  const outline = await editor.focusedMarks().evaluate((mark) => {
    const style = getComputedStyle(mark);
    return parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
  });
  const clipMargin = Math.min(...lines.map((line) => line.clipMargin));
  expect(clipMargin).toBeGreaterThanOrEqual(deepestLane + 1);
  expect(clipMargin).toBeGreaterThanOrEqual(outline);
});
