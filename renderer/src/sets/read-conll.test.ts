import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleId } from '../annotation/types';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { db } from '../db/db';
import { exportConll } from '../formats/conll/conll-export';
import { sampleInput, TEXT } from '../formats/shared/testing';
import { getArticleAnnotations } from '../store/annotation-storage';
import { normaliseText } from '../text/normal-form';
import { countOutcomes } from './import-report';
import { importIncomingSet } from './import-set';
import { labelMatcher } from './label-matcher';
import { readSetFile, type ReadContext } from './read-set-file';
import { listLibraryArticlesWithText } from './set-repository';
import { seedArticle } from './sets-testing';

const codebook = loadDefaultCodebook();
const context: ReadContext = {
  colleagueName: 'Aysel',
  codebook: { codebookId: codebook.id, version: codebook.version },
  itemIdForLabel: labelMatcher(codebook),
  now: '2026-03-11T10:00:00.000Z',
  libraryArticles: listLibraryArticlesWithText,
  codebookItems: codebook.items,
};

async function importFile(name: string, content: string) {
  const read = await readSetFile(name, content, context);
  if (!read.ok) throw new Error(read.reason);
  return importIncomingSet(read.incoming, context.now);
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

describe('readSetFile: CoNLL', () => {
  it("puts Sourcemark's CoNLL export back on the article it came from", async () => {
    const stored = normaliseText(TEXT);
    await seedArticle('mine', stored, 'Titre');
    const report = await importFile('set.conll', exportConll(sampleInput()).output);
    expect(report.formatLabel).toBe('CoNLL (IOB2)');
    expect(countOutcomes(report)).toMatchObject({ imported: 2, error: 0 });
    expect(report).toMatchObject({ articlesMatched: 1, articlesCreated: 0 });
    const annotations = await getArticleAnnotations('mine' as ArticleId);
    const seen = annotations.map((a) =>
      a.kind === 'span' ? `${a.itemId}: ${stored.slice(a.span.start, a.span.end)}` : a.itemId,
    );
    // Types reach items through their `conll` labels; LOC's choice is said, not hidden.
    expect(seen.sort()).toEqual(['entity.gpe: Kazakhstan', 'entity.person: ministré']);
    expect(report.notes).toEqual([
      'LOC entities were given “Country, city or state”; CoNLL cannot tell it from “Location”, “Facility”: change them where they mean another.',
    ]);
  });

  it('reads a CoNLL-2003 .txt file into a new article, and refuses a .txt that is not CoNLL', async () => {
    const conll2003 =
      '-DOCSTART- -X- -X- O\n\nSOCCER NN B-NP O\n- : O O\nJAPAN NNP B-NP I-LOC\nGET VB B-VP O\nLUCKY NNP B-NP O\nWIN NNP I-NP O\n';
    const report = await importFile('eng.testb.txt', conll2003);
    expect(report.formatLabel).toBe('CoNLL (IOB1)');
    expect(report).toMatchObject({ articlesMatched: 0, articlesCreated: 1 });
    const [article] = await db.articles.toArray();
    expect((await db.articleTexts.get(article!.id))?.text).toBe('SOCCER - JAPAN GET LUCKY WIN');
    expect(article).toMatchObject({
      title: 'SOCCER - JAPAN GET LUCKY WIN',
      sourceName: 'eng.testb.txt #1',
    });
    expect(report.notes?.[1]).toMatch(/^1 of 1 documents match no library article/);

    const prose = await readSetFile('notes.txt', 'Bakou, 11 mars.\nLe ministre a dit.', context);
    expect(prose).toEqual({
      ok: false,
      reason: expect.stringContaining('notes.txt is not a format Sourcemark imports'),
    });
  });
});
