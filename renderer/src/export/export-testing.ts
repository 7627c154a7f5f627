/**
 * Test helpers for the export pipeline: a generated library in the (fake) IndexedDB whose
 * set exercises every loss kind the formats report, and a worker that runs the worker's
 * core in the same thread, message for message.
 */
import type {
  Annotation,
  AnnotationId,
  ArticleId,
  AuthorId,
  CodebookItemId,
  EntityId,
} from '../annotation/types';
import { db } from '../db/db';
import { seedArticle } from '../sets/sets-testing';
import { documentAnnotationOf, spanAnnotationOf } from '../testing/annotation-records';
import type { FromExportWorker, ToExportWorker } from './export-job';
import type { ExportWorkerPort } from './export-to-file';
import { createExportWorkerCore, type AppendChunk } from './export-worker-core';

export const ANALYST = 'analyst-1' as AuthorId;
export const COLLEAGUE = 'colleague-1' as AuthorId;

const WORDS = ['Bakou', 'ministre', 'Murat', 'café', 'accord', 'gaz', 'Ankara', 'sommet', '🎥'];

/** A text of about `words` words in short lines, with accents and an emoji (two code units). */
function textOf(index: number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(WORDS[(i * 7 + index) % WORDS.length]!);
    if (i % 9 === 8) out.push('\n');
  }
  return out.join(' ').replace(/ \n /g, '\n');
}

/**
 * Stores `articles` articles, each with spans of every kind a format may drop (attributes,
 * notes with line breaks, entity links with and without a QID, source and cue links, a link
 * to a missing annotation, an orphan, overlaps) plus document-level annotations and review
 * comments, for `ANALYST`; and the colleague's set on the first article as a pack.
 */
export async function seedExportLibrary(articles = 6): Promise<void> {
  await db.analysts.bulkPut([
    { id: ANALYST, name: 'Leyla Məmmədova', role: 'self' },
    { id: COLLEAGUE, name: 'Rahim', role: 'colleague' },
  ]);
  await db.entities.bulkPut([
    {
      id: 'e1' as EntityId,
      name: 'Murat',
      aliases: [],
      typeItemId: 'entity.person' as CodebookItemId,
      wikidataQid: 'Q1',
      createdAt: '2026-01-01T00:00:00.000Z',
      modifiedAt: '2026-01-01T00:00:00.000Z',
    },
    {
      id: 'e2' as EntityId,
      name: 'Ankara',
      aliases: [],
      typeItemId: 'entity.gpe' as CodebookItemId,
      createdAt: '2026-01-01T00:00:00.000Z',
      modifiedAt: '2026-01-01T00:00:00.000Z',
    },
  ]);
  const rows: Annotation[] = [];
  for (let a = 0; a < articles; a++) {
    const id = `art-${a}` as ArticleId;
    const text = textOf(a, 60 + a * 5);
    await seedArticle(id, text, `Article ${a}`);
    const word = (n: number) => {
      let at = 0;
      for (let i = 0; i < n; i++) at = text.indexOf(' ', at) + 1;
      const end = text.indexOf(' ', at);
      return [at, end < 0 ? text.length : end] as const;
    };
    const span = (n: number, extra: Partial<Annotation> = {}, item = 'entity.person') => {
      const [start, end] = word(n);
      const annotation = spanAnnotationOf(`${id}-s${n}`, id, text, start, end, {
        author: ANALYST,
        itemId: item as CodebookItemId,
        ...(extra as object),
      });
      rows.push(annotation);
      return annotation;
    };
    span(1);
    span(2, { note: a % 2 ? 'Check the **wire**.' : 'two\nlines' });
    span(
      3,
      { attributes: { claimType: 'factual', verdict: ['false'], 'has space': 'a b' } },
      'claim.claim',
    );
    span(4, { entityId: 'e1' as EntityId });
    span(5, { entityId: 'e2' as EntityId }, 'entity.gpe');
    const source = span(6, {}, 'attribution.source');
    const cue = span(7, {}, 'attribution.cue');
    span(8, { links: { sourceId: source.id, cueId: cue.id } }, 'attribution.content');
    span(9, { links: { sourceId: 'missing' as AnnotationId } }, 'attribution.content');
    span(10, { links: { sourceEntityId: 'e1' as EntityId } }, 'claim.claim');
    span(11, {}, 'technique.loaded-language');
    span(11, { id: `${id}-overlap` as AnnotationId }, 'entity.organisation');
    if (a === 0) span(12, { orphanedFrom: 1 } as Partial<Annotation>);
    rows.push(
      documentAnnotationOf(`${id}-d1`, id, 'document.profile', {
        author: ANALYST,
        attributes: { genre: 'opinion', frames: ['frame.economic'] },
      }),
    );
    if (a % 2 === 0)
      rows.push(documentAnnotationOf(`${id}-d2`, id, 'frame.political', { author: ANALYST }));
  }
  await db.annotations.bulkAdd(rows);
  await db.comments.bulkAdd([
    {
      id: 'k1',
      annotationId: 'art-0-s1' as AnnotationId,
      articleId: 'art-0' as ArticleId,
      author: COLLEAGUE,
      body: 'Sure?',
      createdAt: '2026-02-01T00:00:00.000Z',
    },
    {
      id: 'k2',
      annotationId: 'art-1-s4' as AnnotationId,
      articleId: 'art-1' as ArticleId,
      author: ANALYST,
      body: 'Yes.',
      createdAt: '2026-02-02T00:00:00.000Z',
    },
  ]);
  // The colleague's imported set: packed, as imports store it.
  const text = (await db.articleTexts.get('art-0' as ArticleId))!.text;
  const packed = [
    spanAnnotationOf('c-s1', 'art-0' as ArticleId, text, 0, 5, { author: COLLEAGUE }),
    documentAnnotationOf('c-d1', 'art-0' as ArticleId, 'document.profile', { author: COLLEAGUE }),
  ];
  await db.annotationPacks.add({
    articleId: 'art-0' as ArticleId,
    author: COLLEAGUE,
    annotationsJson: JSON.stringify(packed),
  });
  await db.annotationPackIds.add({
    articleId: 'art-0' as ArticleId,
    author: COLLEAGUE,
    annotationIds: packed.map((p) => p.id),
  });
}

/** A worker that runs the worker's core in this thread, with the worker's message order. */
export class InThreadExportWorker implements ExportWorkerPort {
  onmessage: ((event: MessageEvent<FromExportWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  isTerminated = false;
  private readonly core: (message: ToExportWorker) => void;

  /** `bridge`: the host the worker appends to itself when started with a token. */
  constructor(chunkSize?: number, bridge?: AppendChunk) {
    this.core = createExportWorkerCore(
      (message) => {
        // Asynchronous, as a worker's messages are; none arrives after `terminate`.
        queueMicrotask(() => {
          if (!this.isTerminated)
            this.onmessage?.({ data: message } as MessageEvent<FromExportWorker>);
        });
      },
      chunkSize,
      bridge &&
        (() => (writeId, bytes) =>
          this.isTerminated ? new Promise(() => {}) : bridge(writeId, bytes)),
    );
  }

  postMessage(message: ToExportWorker): void {
    if (!this.isTerminated) this.core(message);
  }

  terminate(): void {
    this.isTerminated = true;
  }
}
