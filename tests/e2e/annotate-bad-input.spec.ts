import { expect, test } from './support/app-fixture';
import { SAMPLE_TITLES } from './support/article-files';
import { EditorPage } from './pages/editor-page';

test('an unknown label key says so, and the selection can still be tagged', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.selectPhrase('Murat Nurtleu');
  await editor.pressKeys('z');
  await expect(editor.status).toHaveText('No label on z. Press Enter for the palette.');
  await editor.pressKeys('ez');
  await expect(editor.status).toHaveText('No label on e then z. Press Enter for the palette.');
  await expect(editor.marks()).toHaveCount(0);

  // A pending category shows what to press next.
  await editor.pressKeys('e');
  // The status line lists the category's item keys (from the key table).
  await expect(editor.status).toContainText('Entities › p Person · o Organisation');
  await expect(editor.status).toContainText('(Esc cancels, Enter for the palette)');
  await editor.pressKeys('p');
  await expect(editor.markFor('Murat Nurtleu')).toHaveCount(1);
});

test('tagging a selection of spaces only is refused with a message', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.selectPhrase(' ');
  await editor.pressKeys('ep');
  await expect(editor.status).toHaveText('Select some text (not only spaces) to tag it.');
  await expect(editor.marks()).toHaveCount(0);
  await expect(editor.annotationsTab()).toHaveText('Annotations (0)');
});

test('the palette says when no label matches, and Enter then picks nothing', async ({ app }) => {
  const editor = new EditorPage(app.page);
  await editor.open(SAMPLE_TITLES.azertac);
  await editor.selectPhrase('Murat Nurtleu');
  await app.page.keyboard.press('Enter');
  const filter = editor.palette.getByRole('combobox', { name: 'Filter labels' });
  await filter.fill('zzzz');
  await expect(editor.palette.getByRole('listbox')).toHaveText('No label matches “zzzz”.');
  await app.page.keyboard.press('Enter');
  await expect(editor.palette).toBeVisible();
  await expect(editor.marks()).toHaveCount(0);

  // Typing on finds the label; its path shows in the list; Enter tags.
  await filter.fill('loaded');
  await expect(editor.palette.getByRole('option').first()).toContainText(
    'Persuasion techniques › Loaded language',
  );
  await app.page.keyboard.press('Enter');
  await expect(editor.palette).toBeHidden();
  await expect(editor.markFor('Murat Nurtleu')).toHaveCount(1);
  await expect(editor.detailsHeading).toHaveText('Persuasion techniques › Loaded language');
});

test.describe('text with an emoji and combining marks', () => {
  // "x" + U+0301 has no composed form, so it stays two code units after NFC; "e" + U+0301 becomes "é".
  const content =
    'Un essai de saisie avec des emoji et des accents\n\nLe ministre 😀 Baïramov e\u0301te Zx\u0301on à Bakou.\n';
  test.use({ appOptions: { launchArticles: [{ name: 'emoji.txt', content }] } });

  test('offsets count UTF-16 code units and a mark covers exactly the word', async ({ app }) => {
    const stored = content.normalize('NFC');
    const editor = new EditorPage(app.page);
    await editor.open('Un essai de saisie avec des emoji et des accents');
    await expect(editor.text).toContainText('😀 Baïramov éte Zx\u0301on');

    const word = 'Baïramov';
    const start = stored.indexOf(word);
    // The emoji counts 2: the offset is one more than the count of code points before it.
    expect(start).toBe([...stored.slice(0, start)].length + 1);
    await editor.selectPhrase(word);
    await expect(editor.selectionStatus).toHaveText(
      `Selection ${start}–${start + word.length} (${word.length} characters)`,
    );
    await editor.pressKeys('ep');
    await expect(editor.markFor(word)).toHaveCount(1);
    await expect(editor.marks()).toHaveText([word]);

    // A selection stopping before the combining mark snaps to the whole word, mark included.
    await editor.selectPhrase('Zx');
    await editor.pressKeys('ex');
    await expect(editor.marks()).toHaveText([word, 'Zx\u0301on']);
    const combined = stored.indexOf('Zx\u0301on');
    await editor.markFor('Zx\u0301on').click();
    await expect(editor.details.locator('.details-quote mark')).toHaveText('Zx\u0301on');
    expect(combined).toBeGreaterThan(start);

    const page = await app.restart();
    const reopened = new EditorPage(page);
    await reopened.open('Un essai de saisie avec des emoji et des accents');
    await expect(reopened.marks()).toHaveText([word, 'Zx\u0301on']);
    await reopened.selectPhrase('éte');
    const accented = stored.indexOf('éte');
    await expect(reopened.selectionStatus).toHaveText(
      `Selection ${accented}–${accented + 3} (3 characters)`,
    );
  });
});
