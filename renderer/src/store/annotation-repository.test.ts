import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../annotation/types';
import { db } from '../db/db';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import {
  listArticleAnnotations,
  listSearchableArticles,
  spansByArticle,
  StaleChangeError,
  writeChangeSet,
  writeEdit,
} from './annotation-repository';
import { creation, deletion, update } from './change-set';
import { editLatest } from './edit';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu.';
const article = 'article-1' as ArticleId;
const person = spanAnnotationOf('a1', article, TEXT, 16, 33);

/** The rows of each add or put request issued to `annotations`. */
const rowsPerPut: number[] = [];

beforeAll(() => {
  db.use({
    stack: 'dbcore',
    name: 'record-annotation-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            if (name === 'annotations' && (request.type === 'add' || request.type === 'put'))
              rowsPerPut.push(request.values.length);
            return table.mutate(request);
          },
        };
      },
    }),
  });
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  rowsPerPut.length = 0;
});

describe('writeChangeSet', () => {
  it('creates, updates and deletes rows, and lists them in text order', async () => {
    const later = spanAnnotationOf('a2', article, TEXT, 46, 59);
    const genre = documentAnnotationOf('d1', article);
    await writeChangeSet(creation('tag', [later, genre, person]));
    expect((await listArticleAnnotations(article)).map((a) => a.id)).toEqual(['a1', 'a2', 'd1']);

    const renamed = { ...person, note: 'Ministre des Affaires étrangères' };
    await writeChangeSet(update('note', [person], [renamed]));
    expect((await db.annotations.get(person.id))?.note).toBe('Ministre des Affaires étrangères');

    await writeChangeSet(deletion('delete', [renamed, later]));
    expect((await listArticleAnnotations(article)).map((a) => a.id)).toEqual(['d1']);
  });

  it('writes nothing when one row is stale: the action is all or nothing', async () => {
    await writeChangeSet(creation('tag', [person]));
    const other = spanAnnotationOf('a2', article, TEXT, 46, 59);
    // The change believes `person` is still absent: it must not write `other` either.
    const stale = creation('tag again', [other, person]);
    await expect(writeChangeSet(stale)).rejects.toBeInstanceOf(StaleChangeError);
    expect(await db.annotations.count()).toBe(1);
  });

  it('writes a tag-all of 2,500 annotations in chunks, and none of them when the last is stale', async () => {
    const many = Array.from({ length: 2_500 }, (_, i) =>
      spanAnnotationOf(`m${i}`, `article-${i}` as ArticleId, TEXT, 0, 5),
    );
    // The last row (in the last chunk) is already stored: the whole set is stale.
    await writeChangeSet(creation('tag one', [many.at(-1)!]));
    await expect(writeChangeSet(creation('tag all', many))).rejects.toBeInstanceOf(
      StaleChangeError,
    );
    expect(await db.annotations.count()).toBe(1);

    rowsPerPut.length = 0;
    await writeChangeSet(creation('tag all', many.slice(0, -1)));
    expect(await db.annotations.count()).toBe(2_500);
    // Each put request clones and indexes its rows in one task of the page (~0.15 ms a
    // row in Chromium, profiled): chunks of 2,000 froze it for 300–430 ms.
    expect(rowsPerPut).toEqual([...Array(9).fill(250), 249]);
  });

  it('keeps other articles apart', async () => {
    const elsewhere = spanAnnotationOf('b1', 'article-2' as ArticleId, TEXT, 0, 5);
    await writeChangeSet(creation('tag', [person, elsewhere]));
    expect((await listArticleAnnotations(article)).map((a) => a.id)).toEqual(['a1']);
  });
});

describe('writeEdit', () => {
  it('builds an edit from the row as stored, not as the caller last saw it', async () => {
    await writeChangeSet(creation('tag', [person]));
    await writeChangeSet(update('note', [person], [{ ...person, note: 'Ministre' }]));
    const announced: string[] = [];
    const change = await writeEdit(
      editLatest(person, (latest) =>
        update('attribute', [latest], [{ ...latest, attributes: { role: 'minister' } }]),
      ),
      (built) => announced.push(built.label),
    );
    expect(announced).toEqual(['attribute']);
    expect(change.annotations[0]!.before?.note).toBe('Ministre');
    expect(await db.annotations.get(person.id)).toMatchObject({
      note: 'Ministre',
      attributes: { role: 'minister' },
    });
  });

  it('finds the document annotation of one author and label on one article', async () => {
    const profile = documentAnnotationOf('p1', article, 'document.profile');
    const colleagues = documentAnnotationOf('p2', article, 'document.profile', {
      author: 'colleague' as never,
    });
    const elsewhere = documentAnnotationOf('p3', 'article-2' as ArticleId, 'document.profile');
    await writeChangeSet(creation('profiles', [colleagues, elsewhere, profile]));
    const found = await writeEdit(async (stored) => {
      const row = await stored.documentAnnotation(article, profile.author, profile.itemId);
      return update('note', [row!], [{ ...row!, note: 'found' }]);
    });
    expect(found.annotations[0]!.before?.id).toBe('p1');
  });

  it('writes nothing, and announces nothing, for an edit that changes nothing', async () => {
    await writeChangeSet(creation('tag', [person]));
    const announced: string[] = [];
    await writeEdit(
      editLatest(person, (latest) => update('same', [latest], [latest])),
      (built) => announced.push(built.label),
    );
    expect(announced).toEqual([]);
  });
});

describe('cross-library reads', () => {
  it("lists this author's spans of one label per article, and every article's text", async () => {
    const other = 'article-2' as ArticleId;
    const colleague = spanAnnotationOf('c1', other, TEXT, 0, 5, { author: 'colleague' as never });
    const mineElsewhere = spanAnnotationOf('m2', other, TEXT, 46, 59);
    await writeChangeSet(creation('tag', [person, colleague, mineElsewhere]));
    const spans = await spansByArticle(person.author, person.itemId);
    expect(spans.get(article)).toEqual([person.span]);
    expect(spans.get(other)).toEqual([mineElsewhere.span]);

    await db.articleTexts.bulkAdd([
      { articleId: article, text: TEXT },
      { articleId: other, text: 'Autre texte' },
    ]);
    const texts = await listSearchableArticles();
    expect(texts.map((row) => row.text).sort()).toEqual(['Autre texte', TEXT]);
  });
});
