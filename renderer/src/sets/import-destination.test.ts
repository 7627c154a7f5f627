import 'fake-indexeddb/auto';
import { strToU8, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { AnnotationSet } from '../formats/native/annotation-set';
import { serializeNativeSet } from '../formats/native/native-envelope';
import type { SetComment } from '../formats/native/set-comments';
import { getOrCreateGoldAnalyst } from '../review/review-repository';
import { getOrCreateAnalyst, renameAnalyst } from '../store/analyst-repository';
import { getArticleAnnotations } from '../store/annotation-storage';
import { spanAnnotationOf } from '../testing/annotation-records';
import { describeAuthorship, type ImportDestination } from './import-destination';
import { countOutcomes } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile, type ReadContext } from './read-set-file';
import { readOwnSets } from './own-sets';
import { seedArticle } from './sets-testing';
import { sha256Hex } from './sha256';

const TEXT = 'Titre\n\nBakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana.';
const ARTICLE = 'mine' as ArticleId;
const STAMP = { exportedAt: '2026-03-11T10:00:00.000Z', appVersion: '0.1.0' };
const context: ReadContext = {
  colleagueName: 'Aysel',
  codebook: { codebookId: 'sourcemark-news-default', version: 1 },
  itemIdForLabel: () => undefined,
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: async () => [],
};

/** A native set by `author` on the library article: a claim citing a source, with a comment. */
async function setBy(author: { id: AuthorId; name: string }): Promise<string> {
  const at = (phrase: string, id: string, extra = {}) => {
    const start = TEXT.indexOf(phrase);
    return spanAnnotationOf(id, ARTICLE, TEXT, start, start + phrase.length, {
      author: author.id,
      ...extra,
    });
  };
  const comment: SetComment = {
    id: 'c1',
    annotationId: 'n1' as AnnotationId,
    author: author.id,
    authorName: author.name,
    body: 'Sure?',
    createdAt: '2026-03-01T09:00:00.000Z',
  };
  const set: AnnotationSet = {
    author,
    codebook: context.codebook,
    articles: [
      {
        id: ARTICLE,
        title: 'Titre',
        textSha256: await sha256Hex(TEXT),
        textLength: TEXT.length,
        sourceName: 'x.txt',
      },
    ],
    annotations: [
      at('Djeyhoun Baïramov', 'n1', { links: { sourceId: 'n2' as AnnotationId } }),
      at('Murat Nurtleu', 'n2'),
    ],
    entities: [],
    comments: [comment],
  };
  return serializeNativeSet(set, STAMP);
}

async function importAs(
  content: string | Uint8Array,
  destination?: ImportDestination,
  name = 'a.sourcemark.json',
) {
  const read = await readSetFile(name, content, context);
  if (!read.ok) throw new Error(read.reason);
  return importIncomingSet(read.incoming, context.now, destination);
}

const authorsOn = async () =>
  (await getArticleAnnotations(ARTICLE)).map((a) => [a.id as string, a.author as string]);

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedArticle(ARTICLE, TEXT);
});

describe('importing a file whose author is the analyst', () => {
  it('writes nothing into their set by default: a separate, named copy with its own ids', async () => {
    const me = await renameAnalyst('Leyla');
    const report = await importAs(await setBy(me));
    expect(countOutcomes(report)).toMatchObject({ imported: 2, error: 0 });
    const stored = await getArticleAnnotations(ARTICLE);
    expect(stored.filter((a) => a.author === me.id)).toEqual([]);
    expect(stored).toHaveLength(2);
    const copy = stored[0]!.author;
    expect(await db.analysts.get(copy)).toMatchObject({
      name: 'imported copy of Leyla',
      role: 'colleague',
    });
    expect(report.authors).toEqual([
      { id: copy, name: 'imported copy of Leyla', set: 'copy-of-self' },
    ]);
    // The copy's ids are its own; its link and comment follow it.
    const ids = new Set(stored.map((a) => a.id as string));
    expect(ids.has('n1') || ids.has('n2')).toBe(false);
    const claim = stored.find((a) => a.kind === 'span' && a.links);
    expect(claim?.kind === 'span' && ids.has(claim.links!.sourceId!)).toBe(true);
    const [comment] = await db.comments.toArray();
    expect(comment?.annotationId).toBe(claim?.id);
    expect(comment?.id).not.toBe('c1');

    // The same file again: duplicates, and still nothing in the analyst's set.
    const again = await importAs(await setBy(me));
    expect(countOutcomes(again)).toMatchObject({ imported: 0, duplicate: 2 });
    expect((await authorsOn()).filter(([, author]) => author === me.id)).toEqual([]);
  });

  it('restores into their own set, original ids kept, only when they choose it', async () => {
    const me = await getOrCreateAnalyst();
    await importAs(await setBy(me));
    const report = await importAs(await setBy(me), 'self');
    expect(countOutcomes(report)).toMatchObject({ imported: 2 });
    expect(report.authors).toEqual([{ id: me.id, name: '', set: 'self' }]);
    const mine = (await authorsOn()).filter(([, author]) => author === me.id);
    expect(mine.map(([id]) => id).sort()).toEqual(['n1', 'n2']);
    expect(await db.analysts.get(me.id)).toMatchObject({ role: 'self' });
  });

  it('says so before anything is written', async () => {
    const me = await renameAnalyst('Leyla');
    const read = await readSetFile('a.sourcemark.json', await setBy(me), context);
    if (!read.ok) throw new Error(read.reason);
    expect(describeAuthorship(read.incoming, await readOwnSets())).toEqual({
      mine: 2,
      gold: 0,
      copyOfMine: 'imported copy of Leyla',
      colleagueNames: ['imported copy of Leyla'],
    });
    expect(await getArticleAnnotations(ARTICLE)).toEqual([]);
  });

  it('does the same for a W3C file whose creator is the analyst', async () => {
    const me = await getOrCreateAnalyst();
    const start = TEXT.indexOf('Astana');
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'urn:uuid:0b9a2c6e-0000-4000-8000-000000000001',
      creator: { type: 'Person', id: `urn:uuid:${me.id}`, name: 'Me' },
      'sourcemark:articleId': ARTICLE,
      body: { type: 'TextualBody', purpose: 'tagging', value: 'place' },
      target: { selector: { type: 'TextPositionSelector', start, end: start + 6 } },
    };
    const read = await readSetFile('a.jsonld', JSON.stringify(file), {
      ...context,
      libraryArticles: async () => [
        {
          id: ARTICLE,
          title: 'Titre',
          textSha256: await sha256Hex(TEXT),
          text: TEXT,
          sourceName: 'x',
        },
      ],
    });
    if (!read.ok) throw new Error(read.reason);
    const report = await importIncomingSet(read.incoming, context.now);
    expect(report.authors.map((a) => a.set)).toEqual(['copy-of-self']);
    expect((await authorsOn()).filter(([, author]) => author === me.id)).toEqual([]);
  });
});

describe('the gold set', () => {
  it('is never written by a default import of a file whose author is gold', async () => {
    const gold = await getOrCreateGoldAnalyst();
    const report = await importAs(await setBy({ id: gold.id, name: 'Gold' }));
    expect(report.authors.map((a) => [a.name, a.set])).toEqual([
      ['imported copy of Gold', 'copy-of-gold'],
    ]);
    expect((await authorsOn()).filter(([, author]) => author === gold.id)).toEqual([]);
  });

  it('receives every annotation of a file when the analyst chooses it', async () => {
    const gold = await getOrCreateGoldAnalyst();
    const zip = zipSync({
      'doc.txt': strToU8(TEXT),
      'doc.ann': strToU8('T1\tPerson 23 40\tDjeyhoun Baïramov\n'),
    });
    const report = await importAs(zip, 'gold', 'set.zip');
    expect(report.authors).toEqual([{ id: gold.id, name: 'Gold', set: 'gold' }]);
    expect((await authorsOn()).map(([, author]) => author)).toEqual([gold.id]);
    expect(await db.analysts.get(gold.id)).toMatchObject({ role: 'gold', name: 'Gold' });
  });

  it('is created with the import when there is none, and not at all if storing fails', async () => {
    const file = await setBy({
      id: 'c0ffee00-0000-4000-8000-000000000001' as AuthorId,
      name: 'Aysel',
    });
    const spy = vi
      .spyOn(db.annotationPacks, 'bulkAdd')
      .mockRejectedValueOnce(new Error('disk full'));
    await expect(importAs(file, 'gold')).rejects.toThrow('disk full');
    spy.mockRestore();
    expect(await db.analysts.where('role').equals('gold').count()).toBe(0);

    const report = await importAs(file, 'gold');
    const golds = await db.analysts.where('role').equals('gold').toArray();
    expect(golds).toHaveLength(1);
    expect(report.authors).toEqual([{ id: golds[0]!.id, name: 'Gold', set: 'gold' }]);
  });
});

describe("a colleague's file", () => {
  it("goes to the colleague's set by default, and to yours only when you choose", async () => {
    const me = await getOrCreateAnalyst();
    const aysel = { id: 'c0ffee00-0000-4000-8000-000000000001' as AuthorId, name: 'Aysel' };
    const first = await importAs(await setBy(aysel));
    expect(first.authors).toEqual([{ id: aysel.id, name: 'Aysel', set: 'colleague' }]);
    expect((await authorsOn()).every(([, author]) => author === aysel.id)).toBe(true);
    await db.delete({ disableAutoOpen: false });
    await seedArticle(ARTICLE, TEXT);
    const adopted = await importAs(await setBy(aysel), 'self');
    const self = await getOrCreateAnalyst();
    expect(self.id).not.toBe(me.id);
    expect(adopted.authors.map((a) => a.set)).toEqual(['self']);
    expect((await authorsOn()).every(([, author]) => author === self.id)).toBe(true);
  });
});
