/**
 * An Arabic page marked dir="rtl" reads right to left in the reader, and a word selected
 * with the mouse there is tagged exactly: the mark covers that word and nothing else. A
 * phrase around it stacks over it as overlapping spans do left to right.
 */
import { expect, test } from './support/app-fixture';
import { EditorPage } from './pages/editor-page';
import { SCREEN_SIZES, saveScreen } from './support/screens';

const TITLE = 'وزير الخارجية يلتقي نظيره الكازاخي في باكو';
const WORD = 'الاقتصادي';
const PHRASE = `التعاون ${WORD}`;
const PARAGRAPHS = [
  'التقى وزير الخارجية الأذربيجاني اليوم في باكو نظيره الكازاخي، وبحث الجانبان آفاق التعاون الاقتصادي بين البلدين في مجالات النقل والطاقة والتجارة.',
  'وأكد الوزيران أن العلاقات الثنائية تشهد تطورا ملحوظا، وأن الممر التجاري عبر بحر قزوين أصبح ركيزة أساسية للتبادل بين آسيا الوسطى وأوروبا.',
  'وفي ختام اللقاء وقع الجانبان خطة عمل مشتركة للعامين المقبلين، تشمل مشاريع في البنية التحتية والتعليم والثقافة.',
];
const PAGE =
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${TITLE}</title></head>` +
  `<body><article><h1>${TITLE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

test.use({ appOptions: { launchArticles: [{ name: 'baku.html', content: PAGE }] } });

test('an Arabic page reads right to left, and a word double-clicked there is tagged exactly', async ({
  app,
}) => {
  const editor = new EditorPage(app.page);
  await editor.open(TITLE);
  await expect(editor.text).toContainText(PARAGRAPHS[0]!);
  expect(await editor.text.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');

  // Where the word is on screen: in a right-to-left line, its first letter is on the right.
  const box = await editor.text.evaluate((root, word) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(word) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      const { x, y, width, height } = range.getBoundingClientRect();
      const first = document.createRange();
      first.setStart(node, at);
      first.setEnd(node, at + 1);
      return { x, y, width, height, firstLetterX: first.getBoundingClientRect().x };
    }
    throw new Error(`${word} is not in the text`);
  }, WORD);
  expect(box.firstLetterX).toBeGreaterThan(box.x + box.width / 2);

  await editor.releaseKeyboard();
  await app.page.mouse.dblclick(box.x + box.width / 2, box.y + box.height / 2);
  await expect(editor.selectionStatus).toContainText(`(${WORD.length} characters)`);
  await editor.pressKeys('ep');
  await expect(editor.status).toContainText('Tagged');

  await expect(editor.marks()).toHaveText([WORD]);
  await editor.hover(editor.markFor(WORD));
  await expect(editor.hoverCard.locator('.hover-row')).toHaveText(['Entities › Person']);

  // A phrase around the word, tagged with the keyboard path: the marks stack in RTL as in
  // LTR, the word's segment carrying both annotations and both in its hover card.
  await editor.tagWith(PHRASE, 'at');
  await expect(editor.marks()).toHaveText(['التعاون ', WORD]);
  expect(await editor.idsOf(editor.markFor(WORD))).toHaveLength(2);
  await editor.hover(editor.markFor(WORD));
  await expect(editor.hoverCard.locator('.hover-row')).toHaveText([
    'Attribution › Content',
    'Entities › Person',
  ]);

  for (const size of SCREEN_SIZES) {
    await app.page.setViewportSize(size);
    await saveScreen(app.page, test.info(), 'reader-rtl');
  }
});
