import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/db';
import { ingestedArticle } from '../testing/ingested-article';
import { addIngestedArticles } from './article-repository';
import { chromeCandidateLines, folderOf, storedSitePages } from './stored-site-pages';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('storedSitePages', () => {
  it("answers the stored dumps of the new files' folders only, as their short lines", async () => {
    const menu = '  Accueil | Politique | Économie  ';
    await addIngestedArticles([
      await ingestedArticle('/site/a.txt', `Story A\n${menu}\nBody A.`),
      await ingestedArticle('/site/b.md', `Story B\n${menu}\nBody B.`),
      await ingestedArticle('/site/page.html', `Page\n${menu}`, { format: 'html' }),
      await ingestedArticle('/site/sub/c.txt', `Story C\n${menu}`),
      await ingestedArticle('/other/d.txt', `Story D\n${menu}`),
    ]);
    const answer = await storedSitePages(['/site/new.txt', '/site/new.pdf']);
    expect(answer).toHaveLength(1);
    expect(answer[0]!.folder).toBe('/site');
    expect(answer[0]!.pages.map((lines) => lines[0]).sort()).toEqual(['Story A', 'Story B']);
    expect(answer[0]!.pages[0]).toContain(menu.trim());
    expect(await storedSitePages(['/empty/new.txt'])).toEqual([]);
    // A stored file that is itself being ingested again is left out.
    const again = await storedSitePages(['/site/a.txt']);
    expect(again[0]!.pages.map((lines) => lines[0])).toEqual(['Story B']);
    expect(await storedSitePages(['/site/new.pdf'])).toEqual([]);
  });

  it('keeps a line once, and leaves out blank lines and prose-length lines', () => {
    expect(chromeCandidateLines(`Menu\n\nMenu\n${'x'.repeat(401)}\n Share `)).toEqual([
      'Menu',
      'Share',
    ]);
  });

  it('takes the folder of posix and Windows paths', () => {
    expect(folderOf('/news/site/a.txt')).toBe('/news/site');
    expect(folderOf('C:\\news\\a.txt')).toBe('C:\\news');
  });
});
