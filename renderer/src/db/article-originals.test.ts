/** Schema 10 parts each article's text row from its original and page text. Pure. */
import { describe, expect, it } from 'vitest';
import { splitArticleText, withTrashedTextsSplit } from './article-originals';
import type { ArticleId, ArticleTextRecord } from './records';

const id = 'a1' as ArticleId;

describe('splitArticleText', () => {
  it('moves the original and page text out, and notes that a page text is stored', () => {
    const parted = splitArticleText({
      articleId: id,
      text: 'Body.',
      original: '<p>Body.</p>',
      pageText: 'Menu\nBody.',
      chromeRanges: [],
    });
    expect(parted).toEqual({
      text: { articleId: id, text: 'Body.', chromeRanges: [], hasPageText: true },
      original: { articleId: id, original: '<p>Body.</p>', pageText: 'Menu\nBody.' },
    });
  });

  it('notes no page text for a text without one, and leaves a parted row as it is', () => {
    expect(splitArticleText({ articleId: id, text: 'T', original: 'T' })).toEqual({
      text: { articleId: id, text: 'T' },
      original: { articleId: id, original: 'T' },
    });
    const parted: ArticleTextRecord = { articleId: id, text: 'T', hasPageText: true };
    expect(splitArticleText(parted)).toEqual({ text: parted, original: null });
  });

  it('parts the texts a trash row holds, and keeps a trash row already parted as it is', () => {
    const rows = {
      articles: [{ id }],
      articleTexts: [{ articleId: id, text: 'T', original: 'O' }],
    };
    expect(withTrashedTextsSplit(rows)).toEqual({
      articles: [{ id }],
      articleTexts: [{ articleId: id, text: 'T' }],
      articleOriginals: [{ articleId: id, original: 'O' }],
    });
    const parted = withTrashedTextsSplit(rows);
    expect(withTrashedTextsSplit(parted)).toBe(parted);
  });
});
