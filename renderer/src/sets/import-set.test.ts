import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { AnnotationSet } from '../formats/native/annotation-set';
import { serializeNativeSet } from '../formats/native/native-envelope';
import { annotationSetArbitrary } from '../formats/native/testing/set-arbitrary';
import { getOrCreateAnalyst } from '../store/analyst-repository';
import { getAnnotations, getArticleAnnotations } from '../store/annotation-storage';
import { spanAnnotationOf } from '../testing/annotation-records';
import { normaliseText } from '../text/normal-form';
import { countCommentOutcomes, countOutcomes } from './import-report';
import { importIncomingSet, ORPHANED_ATTRIBUTE } from './import-set';
import { readSetFile, type ReadContext } from './read-set-file';
import { assembleSet } from './set-repository';
import { seedArticle } from './sets-testing';
import { sha256Hex } from './sha256';

const TEXT = 'Titre\n\nBakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana.';
const colleague = 'c0ffee00-0000-4000-8000-000000000001' as AuthorId;
const STAMP = { exportedAt: '2026-03-11T10:00:00.000Z', appVersion: '0.1.0' };
const context: ReadContext = {
  colleagueName: 'Aysel',
  codebook: { codebookId: 'sourcemark-news-default', version: 1 },
  itemIdForLabel: () => undefined,
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: async () => [],
};

async function colleagueSet(text: string, withText: boolean): Promise<AnnotationSet> {
  const article = 'theirs-1' as ArticleId;
  const at = (phrase: string, id: string) => {
    const start = text.indexOf(phrase);
    return spanAnnotationOf(id, article, text, start, start + phrase.length, { author: colleague });
  };
  return {
    author: { id: colleague, name: 'Aysel' },
    codebook: context.codebook,
    articles: [
      {
        id: article,
        title: 'Titre',
        textSha256: await sha256Hex(text),
        textLength: text.length,
        sourceName: 'x.txt',
        ...(withText ? { text } : {}),
      },
    ],
    annotations: [at('Djeyhoun Baïramov', 'n1'), at('Murat Nurtleu', 'n2')],
    entities: [],
  };
}

async function importText(name: string, content: string | Uint8Array) {
  const read = await readSetFile(name, content, context);
  if (!read.ok) throw new Error(read.reason);
  return importIncomingSet(read.incoming, context.now);
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('importIncomingSet', () => {
  it("imports a colleague's set onto the same text, apart from the analyst's own", async () => {
    await seedArticle('mine', TEXT);
    const me = await getOrCreateAnalyst();
    const file = serializeNativeSet(await colleagueSet(TEXT, false), STAMP);
    const report = await importText('a.sourcemark.json', file);
    expect(countOutcomes(report)).toMatchObject({ imported: 2, error: 0 });
    expect(report.articlesMatched).toBe(1);
    const stored = await getArticleAnnotations('mine' as ArticleId);
    expect(stored).toHaveLength(2);
    expect(stored.every((a) => a.author === colleague && a.articleId === 'mine')).toBe(true);
    // One pack for the colleague's annotations on the article, no rows.
    expect(await db.annotationPacks.count()).toBe(1);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.analysts.get(colleague)).toMatchObject({ name: 'Aysel', role: 'colleague' });
    expect(stored.filter((a) => a.author === me.id)).toHaveLength(0);

    const again = await importText('a.sourcemark.json', file);
    expect(countOutcomes(again)).toMatchObject({ imported: 0, duplicate: 2 });
    expect(await getArticleAnnotations('mine' as ArticleId)).toHaveLength(2);
  });

  it('re-anchors onto a changed text by title: moved, and orphaned kept with a flag', async () => {
    const changed = TEXT.replace('Bakou, 11 mars. ', 'Bakou, le 11 mars 2025. ').replace(
      'Murat Nurtleu',
      'son homologue',
    );
    await seedArticle('mine', changed, 'Titre');
    const report = await importText(
      'a.sourcemark.json',
      serializeNativeSet(await colleagueSet(TEXT, true), STAMP),
    );
    const kinds = Object.fromEntries(report.items.map((i) => [i.id, i.kind]));
    expect(kinds).toEqual({ n1: 'moved', n2: 'orphaned' });
    const [moved, orphan] = await getAnnotations(['n1', 'n2'] as AnnotationId[]);
    expect(moved?.kind === 'span' && changed.slice(moved.span.start, moved.span.end)).toBe(
      'Djeyhoun Baïramov',
    );
    expect(orphan?.attributes[ORPHANED_ATTRIBUTE]).toBe(true);
    expect(orphan?.kind === 'span' && orphan.quote.exact).toBe('Murat Nurtleu');
    expect(await db.articles.count()).toBe(1);
  });

  it('creates an unknown article from the text the file includes', async () => {
    const report = await importText(
      'a.sourcemark.json',
      serializeNativeSet(await colleagueSet(TEXT, true), STAMP),
    );
    expect(report.articlesCreated).toBe(1);
    expect((await db.articles.get('theirs-1' as ArticleId))?.textSha256).toBe(
      await sha256Hex(TEXT),
    );
  });

  it('reports annotations whose article is unknown and absent from the file as errors', async () => {
    const report = await importText(
      'a.sourcemark.json',
      serializeNativeSet(await colleagueSet(TEXT, false), STAMP),
    );
    expect(countOutcomes(report)).toMatchObject({ imported: 0, error: 2 });
    expect(await db.annotations.count()).toBe(0);
    expect(await db.annotationPacks.count()).toBe(0);
  });

  it('writes nothing when storing fails part-way: all or nothing', async () => {
    const read = await readSetFile(
      'a.sourcemark.json',
      serializeNativeSet(await colleagueSet(TEXT, true), STAMP),
      context,
    );
    if (!read.ok) throw new Error(read.reason);
    const spy = vi
      .spyOn(db.annotationPacks, 'bulkAdd')
      .mockRejectedValueOnce(new Error('disk full'));
    await expect(importIncomingSet(read.incoming)).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.articles.count()).toBe(0);
    expect(await db.analysts.where('role').equals('colleague').count()).toBe(0);
  });

  it('imports a brat zip under the named colleague, and again as duplicates', async () => {
    const zip = zipSync({
      'doc.txt': strToU8(TEXT),
      'doc.ann': strToU8('T1\tPerson 23 40\tDjeyhoun Baïramov\n'),
    });
    const first = await importText('set.brat.zip', zip);
    expect(countOutcomes(first)).toMatchObject({ imported: 1 });
    expect(first.authors[0]).toMatchObject({ name: 'Aysel', set: 'colleague' });
    expect(first.articlesCreated).toBe(1);
    const second = await importText('set.brat.zip', zip);
    expect(countOutcomes(second)).toMatchObject({ duplicate: 1, imported: 0 });
  });
});

describe('readSetFile refuses hostile files whole', () => {
  it.each([
    ['not json', 'a.json', '{oops'],
    ['deep nesting', 'a.json', '['.repeat(5000) + ']'.repeat(5000)],
    [
      'a newer envelope',
      'a.sourcemark.json',
      JSON.stringify({ type: 'sourcemark-annotation-set', version: 99 }),
    ],
    ['an unknown JSON shape', 'a.json', '{"hello": 1}'],
    ['an unknown extension', 'a.pdf', '%PDF'],
  ])('%s', async (_, name, content) => {
    const read = await readSetFile(name, content, context);
    expect(read.ok).toBe(false);
    expect(read.ok === false && read.reason.length).toBeGreaterThan(10);
  });

  it('waits for a depth judged elsewhere before reading what it parsed, with the same refusal', async () => {
    const shallow = JSON.stringify({ type: 'sourcemark-annotation-set', version: 99 });
    const judgedDeep = await readSetFile('a.json', shallow, context, Promise.resolve(true));
    expect(judgedDeep).toEqual({ ok: false, reason: 'The file nests deeper than 64 levels.' });
    // A bomb that is also not JSON is refused for its depth, as when the text is scanned first.
    const bomb = '['.repeat(100_000);
    for (const nesting of [undefined, Promise.resolve(undefined), Promise.resolve(true)])
      expect(await readSetFile('a.json', bomb, context, nesting)).toEqual({
        ok: false,
        reason: 'The file nests deeper than 64 levels.',
      });
    const judgedShallow = await readSetFile('a.json', shallow, context, Promise.resolve(false));
    expect(judgedShallow.ok === false && judgedShallow.reason).toMatch(/newer version/);
  });

  it('says where in the file each imported item was, refused ones counted', async () => {
    const set = await colleagueSet(TEXT, true);
    const [a, b] = set.annotations;
    const bad = { ...a!, id: 'bad', span: { start: 5, end: 9999 } } as never;
    const read = await readSetFile(
      'a.sourcemark.json',
      serializeNativeSet({ ...set, annotations: [bad, a!, b!] }, STAMP),
      context,
    );
    if (!read.ok) throw new Error(read.reason);
    // Written sorted by id: 'bad' after the uuids.
    const file = [a!.id, b!.id, 'bad'].sort();
    expect(read.incoming.annotations.map((i) => [i.annotation.id, i.location])).toEqual(
      [a!.id, b!.id].map((id) => [id, `annotations[${file.indexOf(id)}]`]),
    );
    expect(read.incoming.problems).toEqual([
      expect.objectContaining({ location: `annotations[${file.indexOf('bad')}]`, id: 'bad' }),
    ]);
  });

  it('reports offsets out of range item by item', async () => {
    const set = await colleagueSet(TEXT, true);
    const bad = { ...set.annotations[0]!, span: { start: 5, end: 9999 } } as never;
    const read = await readSetFile(
      'a.sourcemark.json',
      serializeNativeSet({ ...set, annotations: [bad, set.annotations[1]!] }, STAMP),
      context,
    );
    expect(read.ok && read.incoming.problems[0]?.reason).toMatch(/past the end/);
  });
});

describe('round trip', () => {
  it('export native → import into an empty profile → export again gives the same bytes', async () => {
    await fc.assert(
      fc.asyncProperty(annotationSetArbitrary('always'), async (generated) => {
        const texts = generated.articles.map((a) => a.text!);
        fc.pre(new Set(texts).size === texts.length && generated.annotations.length > 0);
        // A library holds texts in normal form (ingestion and every import store it): a
        // generated text with decomposed accents would be stored composed, its spans
        // re-anchored, so it could not come back byte for byte.
        fc.pre(texts.every((text) => normaliseText(text) === text));
        await db.delete({ disableAutoOpen: false });
        for (const article of generated.articles) {
          await seedArticle(article.id, article.text!, article.title);
          await db.articles.update(article.id, { sourceName: article.sourceName });
        }
        await db.annotations.bulkAdd(generated.annotations);
        await db.entities.bulkAdd(generated.entities);
        await db.analysts.put({ ...generated.author, role: 'self' });
        const articleOf = new Map(generated.annotations.map((a) => [a.id, a.articleId]));
        for (const { authorName, isRejection: _, ...comment } of generated.comments ?? []) {
          await db.comments.add({ ...comment, articleId: articleOf.get(comment.annotationId)! });
          if (!(await db.analysts.get(comment.author)))
            await db.analysts.add({ id: comment.author, name: authorName, role: 'colleague' });
        }
        const options = {
          author: generated.author.id,
          articles: { kind: 'all' },
          includeTexts: true,
        } as const;
        const first = serializeNativeSet((await assembleSet(options)).set, STAMP);
        expect(JSON.parse(first).set.comments).toHaveLength(generated.comments?.length ?? 0);

        await db.delete({ disableAutoOpen: false });
        const read = await readSetFile('x.sourcemark.json', first, context);
        if (!read.ok) throw new Error(read.reason);
        const report = await importIncomingSet(read.incoming, context.now);
        expect(countOutcomes(report).error).toBe(0);
        expect(countCommentOutcomes(report)).toEqual({
          imported: generated.comments?.length ?? 0,
          duplicate: 0,
          error: 0,
        });
        const second = serializeNativeSet((await assembleSet(options)).set, STAMP);
        expect(second).toBe(first);
      }),
      { numRuns: 25 },
    );
  });
});
