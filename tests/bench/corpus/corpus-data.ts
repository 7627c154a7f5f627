/**
 * The corpus benchmark's library as the app stores it: article records, texts and
 * annotations (spans on words, with labels from the default codebook, claim verdicts, a
 * document profile per article), generated from `multilingual-news.ts` with a seed, so every
 * run measures the same library.
 */
import { createHash } from 'node:crypto';
import type { Annotation } from '../../../renderer/src/annotation/types';
import type { ArticleRecord, ArticleTextRecord } from '../../../renderer/src/db/records';
import { seeded } from '../seeded-random';
import { corpusArticle } from './multilingual-news';

export interface CorpusData {
  articles: Map<string, ArticleRecord>;
  texts: Map<string, ArticleTextRecord>;
  annotations: Annotation[];
  annotationById: Map<string, Annotation>;
  characters: number;
}

const SPAN_ITEMS = [
  'claim.claim',
  'technique.loaded-language',
  'technique.doubt',
  'entity.person',
  'frame.economic',
];
const VERDICTS = ['false', 'supported', 'disputed', 'unverified'];
const GENRES = ['reporting', 'opinion', 'satire'];
const ROLES = ['staff-journalist', 'elected-official', 'expert-academic'];

/** The SHA-256 of `text`'s UTF-8 bytes in hex, as `ArticleRecord.textSha256` holds it. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** `count` articles with `annotationsPerArticle` annotations each (one a document profile). */
export function makeCorpusData(count: number, annotationsPerArticle: number): CorpusData {
  const data: CorpusData = {
    articles: new Map(),
    texts: new Map(),
    annotations: [],
    annotationById: new Map(),
    characters: 0,
  };
  const random = seeded(4_242);
  const author = 'bench-analyst' as Annotation['author'];
  for (let index = 0; index < count; index++) {
    const generated = corpusArticle(index);
    const id = `article-${String(index).padStart(5, '0')}` as ArticleRecord['id'];
    data.characters += generated.text.length;
    data.articles.set(id, {
      id,
      title: generated.title,
      sourcePath: `/bench/${id}.txt`,
      sourceName: `${id}.txt`,
      format: 'txt',
      sizeBytes: generated.text.length,
      modifiedAtMs: 0,
      encoding: 'utf-8',
      language: generated.language,
      // The real digest, as ingestion stores it: the source watcher compares it with a file's
      // and refuses (and logs) a hash that is not 64 hex digits.
      textSha256: sha256Hex(generated.text),
      textLength: generated.text.length,
      addedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      metadata: {
        byline: generated.byline,
        bylines: [{ name: generated.byline, source: 'byline' }],
        publishedDate: generated.publishedDate,
        outlet: { name: generated.outlet, confidence: 'high' },
        suggestions: [],
      },
    } as unknown as ArticleRecord);
    data.texts.set(id, {
      articleId: id,
      text: generated.text,
      original: generated.text,
      chromeRanges: generated.chromeRanges.map((range) => ({ ...range, kind: 'navigation' })),
    } as unknown as ArticleTextRecord);
    const words = [...generated.text.matchAll(/\p{L}{4,}/gu)];
    const base = {
      articleId: id,
      codebook: { codebookId: 'sourcemark-news-default', version: 1 },
      note: '',
      author,
      createdAt: '2026-01-01T00:00:00Z',
      modifiedAt: '2026-01-01T00:00:00Z',
    };
    data.annotations.push({
      ...base,
      id: `${id}-profile`,
      kind: 'document',
      itemId: 'document.profile',
      attributes: {
        genre: GENRES[index % GENRES.length]!,
        authorRole: ROLES[Math.floor(index / 3) % ROLES.length]!,
      },
    } as unknown as Annotation);
    for (let n = 1; n < annotationsPerArticle; n++) {
      const word = words[Math.floor(random() * words.length)]!;
      const itemId = SPAN_ITEMS[n % SPAN_ITEMS.length]!;
      const start = word.index;
      const end = start + word[0].length;
      data.annotations.push({
        ...base,
        id: `${id}-${n}`,
        kind: 'span',
        itemId,
        // The article's index in the choice: claims fall on every SPAN_ITEMS.length-th n,
        // which `n` alone would map onto the same verdicts, never 'false', in every article.
        attributes:
          itemId === 'claim.claim' ? { verdict: VERDICTS[(index + n) % VERDICTS.length]! } : {},
        span: { start, end },
        quote: { exact: word[0], prefix: '', suffix: '' },
      } as unknown as Annotation);
    }
  }
  for (const annotation of data.annotations) data.annotationById.set(annotation.id, annotation);
  return data;
}
