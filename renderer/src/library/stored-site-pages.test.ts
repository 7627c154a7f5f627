import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IngestedArticle } from '../../../preload/api';
import { DATABASE_NAME, db, SourcemarkDatabase } from '../db/db';
import type { ArticleId } from '../db/records';
import { ingestedArticle } from '../testing/ingested-article';
import { addIngestedArticles } from './article-repository';
import { updateArticleText } from './article-text-update';
import { storedSitePages } from './stored-site-pages';

const MENU = 'Accueil | Politique | Économie';

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  vi.restoreAllMocks();
});

/** A dump of the site at `path`: the menu (indented, as copied), its story, maybe a footer. */
function dump(path: string, story: string, footer = ''): Promise<IngestedArticle> {
  return ingestedArticle(path, `  ${MENU}  \n${story}\nLe texte de ${story}.\n${footer}`);
}

/** Six dumps of /site, "Partager" on two; and files the index must not count. */
async function storeSite(): Promise<ArticleId[]> {
  const { outcomes } = await addIngestedArticles([
    ...(await Promise.all(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((name, i) =>
        dump(`/site/${name}.txt`, `Dépêche ${name}`, i < 2 ? 'Partager' : ''),
      ),
    )),
    await dump('/site/page.html', 'Page', 'Partager').then((a) => ({
      ...a,
      format: 'html' as const,
    })),
    await dump('/site/sub/g.txt', 'Dépêche g', 'Partager'),
    await dump('/other/h.txt', 'Dépêche h', 'Partager'),
  ]);
  return outcomes.flatMap((outcome) => (outcome.kind === 'added' ? [outcome.id] : []));
}

describe('storedSitePages', () => {
  it("answers a folder's dump count and only the lines enough of its dumps hold", async () => {
    await storeSite();
    // The index is read, never the folder's texts: a chunk costs the same in any folder.
    const texts = vi.spyOn(db.articleTexts, 'bulkGet');
    // 6 stored and 1 new make 7, chrome at 4: a stored line needs 3 dumps.
    expect(await storedSitePages(['/site/new.txt'])).toEqual([
      { folder: '/site', pages: 6, lines: [{ line: MENU, pages: 6 }] },
    ]);
    expect(texts).not.toHaveBeenCalled();
    // 25 new files could hold any line: every stored line of the folder is a candidate.
    const chunk = Array.from({ length: 25 }, (_, i) => `/site/new-${i}.txt`);
    const [site] = await storedSitePages(chunk);
    expect(site?.lines).toContainEqual({ line: 'Partager', pages: 2 });
    expect(site?.lines).toContainEqual({ line: 'Dépêche a', pages: 1 });
    expect(await storedSitePages(['/empty/new.txt'])).toEqual([]);
  });

  it('leaves a file being ingested again out of its own witnesses', async () => {
    await storeSite();
    expect(await storedSitePages(['/site/a.txt'])).toEqual([
      { folder: '/site', pages: 5, lines: [{ line: MENU, pages: 5 }] },
    ]);
  });

  it('stores nothing of a chunk whose index write fails: articles and index never disagree', async () => {
    vi.spyOn(db.siteLines, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(storeSite()).rejects.toThrow('disk full');
    expect(await db.articles.count()).toBe(0);
    expect(await storedSitePages(['/site/new.txt'])).toEqual([]);
  });

  it("swaps a dump's lines when its file changes on disk", async () => {
    const [a] = await storeSite();
    await updateArticleText(a!, await ingestedArticle('/site/a.txt', 'Nouvelle version\nPartager'));
    const chunk = Array.from({ length: 25 }, (_, i) => `/site/new-${i}.txt`);
    const [site] = await storedSitePages(chunk);
    expect(site?.pages).toBe(6);
    expect(site?.lines).toContainEqual({ line: MENU, pages: 5 });
    expect(site?.lines).toContainEqual({ line: 'Partager', pages: 2 });
    expect(site?.lines).toContainEqual({ line: 'Nouvelle version', pages: 1 });
    expect(site?.lines.map((line) => line.line)).not.toContain('Dépêche a');
  });

  it('counts the dumps a library already holds when its database is upgraded', async () => {
    db.close({ disableAutoOpen: false });
    // The schema as version 4 left it, with two dumps of one folder stored.
    const old = new Dexie(DATABASE_NAME);
    old.version(4).stores({
      articles: 'id, &textSha256, addedAt, title, language, sourcePath',
      articleTexts: 'articleId',
    });
    const rows = await Promise.all([dump('/site/a.txt', 'Un'), dump('/site/b.txt', 'Deux')]);
    await old.table('articles').bulkAdd(
      rows.map((row, i) => ({
        ...row,
        id: `id-${i}`,
        text: undefined,
        addedAt: `2025-0${i + 1}`,
      })),
    );
    await old
      .table('articleTexts')
      .bulkAdd(rows.map((row, i) => ({ articleId: `id-${i}`, text: row.text })));
    old.close();

    const upgraded = new SourcemarkDatabase();
    try {
      expect(await upgraded.siteFolders.get('/site')).toEqual({ folder: '/site', pages: 2 });
      expect(await upgraded.siteLines.get(['/site', MENU])).toEqual({
        folder: '/site',
        line: MENU,
        pages: 2,
      });
    } finally {
      upgraded.close();
    }
  });
});
