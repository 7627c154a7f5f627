/**
 * A colleague's file imported again after they edited it by hand (same ids, other labels or
 * boundaries): reported as changed with what changed, never as duplicates; the held versions
 * stay until the analyst takes the new ones, as one undoable edit.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId, CodebookItemId } from '../annotation/types';
import { addItem } from '../codebook/codebook-edits';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { db } from '../db/db';
import type { AnnotationSet } from '../formats/native/annotation-set';
import { serializeNativeSet } from '../formats/native/native-envelope';
import { getAnnotations } from '../store/annotation-storage';
import { writeEdit } from '../store/annotation-repository';
import { getActiveCodebook, readActiveCodebook } from '../store/codebook-repository';
import { EditHistory } from '../store/edit-history';
import { spanAnnotationOf } from '../testing/annotation-records';
import { describeChange } from './changed-annotations';
import { countOutcomes } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile, type ReadContext } from './read-set-file';
import { seedArticle } from './sets-testing';
import { sha256Hex } from './sha256';
import { takeNewVersions } from './take-new-versions';

const TEXT = 'Titre\n\nBakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu à Astana.';
const AYSEL = 'c0ffee00-0000-4000-8000-000000000001' as AuthorId;
const context: ReadContext = {
  colleagueName: 'Aysel',
  codebook: { codebookId: 'sourcemark-news-default', version: 1 },
  itemIdForLabel: () => undefined,
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: async () => [],
};
const STAMP = { exportedAt: '2026-03-11T10:00:00.000Z', appVersion: '0.1.0' };

const at = (phrase: string, id: string, itemId = 'entity.person') => {
  const start = TEXT.indexOf(phrase);
  return spanAnnotationOf(id, 'theirs' as ArticleId, TEXT, start, start + phrase.length, {
    author: AYSEL,
    itemId: itemId as CodebookItemId,
  });
};

async function ayselSet(annotations: AnnotationSet['annotations']): Promise<string> {
  const set: AnnotationSet = {
    author: { id: AYSEL, name: 'Aysel' },
    codebook: context.codebook,
    articles: [
      {
        id: 'theirs' as ArticleId,
        title: 'Titre',
        textSha256: await sha256Hex(TEXT),
        sourceName: 'x.txt',
        textLength: TEXT.length,
      },
    ],
    annotations,
    entities: [],
  };
  return serializeNativeSet(set, STAMP);
}

async function importText(content: string) {
  const read = await readSetFile('aysel.sourcemark.json', content, context);
  if (!read.ok) throw new Error(read.reason);
  return importIncomingSet(read.incoming, context.now);
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedArticle('mine', TEXT);
});

describe('a colleague file edited by hand and imported again', () => {
  it('reports changed annotations with what changed, and keeps the held versions', async () => {
    await importText(
      await ayselSet([
        at('Djeyhoun Baïramov', 'n1'),
        at('Murat Nurtleu', 'n2'),
        at('Astana', 'n3'),
      ]),
    );
    const edited = await ayselSet([
      at('Djeyhoun Baïramov', 'n1', 'entity.organisation'),
      at('Nurtleu', 'n2'),
      at('Astana', 'n3'),
    ]);
    const report = await importText(edited);
    expect(countOutcomes(report)).toMatchObject({ changed: 2, duplicate: 1, imported: 0 });
    const byId = new Map(report.items.map((item) => [item.id, item]));
    expect(byId.get('n1')?.change?.fields).toEqual(['label']);
    expect(byId.get('n2')?.change?.fields).toEqual(['span']);
    expect(byId.get('n3')?.kind).toBe('duplicate');
    expect(describeChange(byId.get('n2')!.change!, (id) => id)).toBe(
      'span “Murat Nurtleu” → “Nurtleu”',
    );
    const [n1, n2] = await getAnnotations(['n1', 'n2'] as AnnotationId[]);
    expect(n1?.itemId).toBe('entity.person');
    expect(n2?.kind === 'span' && n2.quote.exact).toBe('Murat Nurtleu');
  });

  it('takes the new versions as one edit, and one undo gives the held ones back', async () => {
    await importText(await ayselSet([at('Djeyhoun Baïramov', 'n1'), at('Murat Nurtleu', 'n2')]));
    const report = await importText(
      await ayselSet([at('Djeyhoun Baïramov', 'n1', 'entity.organisation'), at('Nurtleu', 'n2')]),
    );
    const changes = report.items.flatMap((item) => (item.change ? [item.change] : []));
    const history = new EditHistory(writeEdit);
    await history.apply(takeNewVersions(changes));
    const [n1, n2] = await getAnnotations(['n1', 'n2'] as AnnotationId[]);
    expect(n1?.itemId).toBe('entity.organisation');
    expect(n2?.kind === 'span' && n2.quote.exact).toBe('Nurtleu');
    expect(n1?.author).toBe(AYSEL);
    expect(history.getState().undoLabel).toBe('take 2 new versions');

    await history.undo();
    const [back1, back2] = await getAnnotations(['n1', 'n2'] as AnnotationId[]);
    expect(back1?.itemId).toBe('entity.person');
    expect(back2?.kind === 'span' && back2.quote.exact).toBe('Murat Nurtleu');
    // The same file again now reports them changed once more, not duplicates.
    const again = await importText(
      await ayselSet([at('Djeyhoun Baïramov', 'n1', 'entity.organisation'), at('Nurtleu', 'n2')]),
    );
    expect(countOutcomes(again)).toMatchObject({ changed: 2, duplicate: 0 });
  });
});

describe('labels added to the codebook at import', () => {
  it('stores the new codebook version in the import transaction, or nothing at all', async () => {
    const active = await getActiveCodebook();
    const added = addItem(active, {
      id: 'imported' as CodebookItemId,
      label: 'Imported labels',
      colour: '#6e7781',
    });
    if (!added.ok) throw new Error(added.error);
    const read = await readSetFile(
      'a.sourcemark.json',
      await ayselSet([at('Astana', 'n1')]),
      context,
    );
    if (!read.ok) throw new Error(read.reason);
    await importIncomingSet({ ...read.incoming, codebookVersion: added.value });
    expect((await readActiveCodebook()).version).toBe(loadDefaultCodebook().version + 1);

    // A version that clashes with a stored one refuses the whole import.
    await db.delete({ disableAutoOpen: false });
    await getActiveCodebook();
    const clash = { ...added.value, version: 1 };
    await expect(importIncomingSet({ ...read.incoming, codebookVersion: clash })).rejects.toThrow(
      /already exists/,
    );
    expect(await db.annotationPacks.count()).toBe(0);
    expect((await readActiveCodebook()).items.some((item) => item.id === 'imported')).toBe(false);
  });
});
