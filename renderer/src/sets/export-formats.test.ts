import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationId, ArticleId, AuthorId, CodebookItemId } from '../annotation/types';
import { loadDefaultCodebook } from '../codebook/default-codebook';
import { db } from '../db/db';
import { REJECTED_COMMENT } from '../review/review-actions';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import { EXPORT_FORMATS, runExport } from './export-formats';
import { exportSummary, nothingWrittenText } from './export-summary';
import { assembleSet } from './set-repository';
import { seedArticle } from './sets-testing';

const TEXT = 'Bakou, 11 mars. Djeyhoun Baïramov a rencontré Murat Nurtleu.';
const me = 'analyst-1' as AuthorId;
const reviewer = 'reviewer-1' as AuthorId;
const context = {
  codebook: loadDefaultCodebook(),
  appVersion: '0.1.0',
  exportedAt: '2026-03-11T10:00:00.000Z',
};

function commentOf(id: string, author: AuthorId, body: string, createdAt: string) {
  return {
    id,
    annotationId: 's1' as AnnotationId,
    articleId: 'a1' as ArticleId,
    author,
    body,
    createdAt,
  };
}

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedArticle('a1', TEXT);
  await db.analysts.bulkPut([
    { id: me, name: 'Leyla', role: 'self' },
    { id: reviewer, name: 'Rahim', role: 'colleague' },
  ]);
  await db.annotations.add(spanAnnotationOf('s1', 'a1' as ArticleId, TEXT, 16, 33));
  await db.comments.bulkAdd([
    commentOf('k2', reviewer, REJECTED_COMMENT, '2026-03-02T09:00:00.000Z'),
    commentOf('k1', me, 'Is this the minister?', '2026-03-01T09:00:00.000Z'),
    commentOf('k3', me, 'Yes, checked.', '2026-03-03T09:00:00.000Z'),
  ]);
});

const assembled = () => assembleSet({ author: me, articles: { kind: 'all' }, includeTexts: true });

describe('the W3C file', () => {
  it('holds each annotation compact on a line of its own, the collection around them indented', async () => {
    const { content } = await runExport('w3c', await assembled(), context);
    const file = content as string;
    const document = JSON.parse(file);
    const lines = file.split('\n');
    const at = lines.indexOf('    "items": [');
    expect(at).toBeGreaterThan(0);
    // The span and its three replies, one a line, each a whole annotation.
    const items = document.first.items as unknown[];
    expect(items).toHaveLength(4);
    items.forEach((item, i) =>
      expect(lines[at + 1 + i]).toBe(`      ${JSON.stringify(item)}${i < 3 ? ',' : ''}`),
    );
    expect(lines[at + 5]).toBe('    ]');
    // The embedded text, one line too.
    const sources = document['sourcemark:sources'] as unknown[];
    expect(lines).toContain(`    ${JSON.stringify(sources[0])}`);
    expect(lines).toContain('  "type": "AnnotationCollection",');
  });
});

describe('review comments in exports', () => {
  it('assembles the thread in order, with every author named and rejections flagged', async () => {
    const { set } = await assembled();
    expect(set.comments).toEqual([
      expect.objectContaining({ id: 'k1', authorName: 'Leyla', body: 'Is this the minister?' }),
      expect.objectContaining({ id: 'k2', authorName: 'Rahim', isRejection: true }),
      expect.objectContaining({ id: 'k3', authorName: 'Leyla' }),
    ]);
    expect(set.comments![0]).not.toHaveProperty('isRejection');
  });

  it('carries them in the native and W3C files and reports them dropped everywhere else', async () => {
    const set = await assembled();
    for (const format of EXPORT_FORMATS) {
      const output = await runExport(format.id, set, context);
      const dropped = output.lossiness.dropped.find((d) => d.what === 'review comments');
      if (format.id === 'native' || format.id === 'w3c') expect(dropped).toBeUndefined();
      else expect(dropped, format.id).toEqual({ what: 'review comments', count: 3 });
    }
    const native = JSON.parse((await runExport('native', set, context)).content as string);
    expect(native.set.comments.map((c: { id: string }) => c.id)).toEqual(['k1', 'k2', 'k3']);
    const w3c = JSON.parse((await runExport('w3c', set, context)).content as string);
    const replies = w3c.first.items.filter(
      (a: { motivation: string }) => a.motivation === 'replying',
    );
    expect(replies.map((r: { creator: { name: string } }) => r.creator.name)).toEqual([
      'Leyla',
      'Rahim',
      'Leyla',
    ]);
  });
});

describe('orphaned annotations in exports', () => {
  it('are kept by the native set only; every other format leaves them out and says so', async () => {
    // Placed at 0–5 of an earlier text: in this text those offsets mean something else.
    const orphan = { ...spanAnnotationOf('s2', 'a1' as ArticleId, TEXT, 0, 5), orphanedFrom: 1 };
    await db.annotations.add(orphan);
    const set = await assembled();
    for (const format of EXPORT_FORMATS) {
      const output = await runExport(format.id, set, context);
      const dropped = output.lossiness.dropped.filter((d) => d.what.startsWith('orphaned'));
      expect(output.selectedCount, format.id).toBe(2);
      if (format.id === 'native') {
        expect(dropped).toEqual([]);
        expect(output.annotationCount).toBe(2);
      } else {
        expect(dropped, format.id).toEqual([
          { what: 'orphaned annotations (not found again in the changed text)', count: 1 },
        ]);
        // A person mention is no persuasion technique: SemEval writes none.
        expect(output.annotationCount, format.id).toBe(format.id === 'semeval' ? 0 : 1);
      }
    }
    const csv = (await runExport('csv', set, context)).content as string;
    expect(csv.trimEnd().split('\n')).toHaveLength(2); // the header and the one placed span
    expect(csv).toContain('Djeyhoun Baïramov');
  });
});

describe('annotation counts in exports', () => {
  it('count what each format wrote, not what was chosen', async () => {
    // A person mention (s1), a document label and a persuasion technique: 3 chosen.
    await db.annotations.bulkAdd([
      documentAnnotationOf('d1', 'a1' as ArticleId),
      spanAnnotationOf('s3', 'a1' as ArticleId, TEXT, 34, 45, {
        itemId: 'technique.loaded-language' as CodebookItemId,
      }),
    ]);
    const set = await assembled();
    const written = Object.fromEntries(
      await Promise.all(
        EXPORT_FORMATS.map(async (format) => {
          const output = await runExport(format.id, set, context);
          expect(output.selectedCount, format.id).toBe(3);
          return [format.id, output.annotationCount];
        }),
      ),
    );
    expect(written).toEqual({
      native: 3,
      w3c: 3,
      csv: 3,
      // Span formats: the document label has no place.
      doccano: 2,
      'label-studio': 2,
      brat: 2,
      // Entities only: the person.
      conll: 1,
      // Techniques only.
      semeval: 1,
      // The document label codes the whole text.
      'refi-qda': 3,
    });
  });

  it('write a CoNLL file with no entity, and say that none of the annotations is in it', async () => {
    await db.annotations.clear();
    await db.annotations.add(
      spanAnnotationOf('s3', 'a1' as ArticleId, TEXT, 34, 45, {
        itemId: 'technique.loaded-language' as CodebookItemId,
      }),
    );
    const conll = await runExport('conll', await assembled(), context);
    expect(conll.content).toContain('Djeyhoun\tO\n');
    expect(exportSummary(conll, 'CoNLL')).toBe(
      'Exported 0 of 1 annotation; dropped 1 non-entity label (CoNLL).',
    );
    expect(nothingWrittenText(conll)).toMatch(/^The one annotation does not fit this format/);
  });
});
