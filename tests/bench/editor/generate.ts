/**
 * The editor benchmark's document: a deterministic ~1 MB article of ~5,000 one-line
 * paragraphs and 10,000 span annotations by one analyst, 20% of them placed to overlap
 * another annotation. Records have exactly the shape the app stores (`SpanAnnotation`).
 */
import { createHash, randomUUID } from 'node:crypto';
import { buildTextQuote } from '../../../renderer/src/annotation/text-quote';
import type { SpanAnnotation } from '../../../renderer/src/annotation/types';
import type {
  ArticleOriginalRecord,
  ArticleRecord,
  ArticleTextRecord,
} from '../../../renderer/src/db/records';
import { seeded } from '../seeded-random';

export interface DocumentSize {
  paragraphs: number;
  chars: number;
  annotations: number;
}

/** The size the targets are set for. */
export const FULL_SIZE: DocumentSize = { paragraphs: 5_000, chars: 1_000_000, annotations: 10_000 };
/** A fifth of it, for developing the benchmark (`SM_BENCH_QUICK=1`); not for the targets. */
export const QUICK_SIZE: DocumentSize = { paragraphs: 1_000, chars: 200_000, annotations: 2_000 };
export const OVERLAP_SHARE = 0.2;

/** Span items of the default codebook without attributes, with their colours. */
export const ITEMS = [
  { id: 'entity.person', colour: '#e04e4e' },
  { id: 'entity.organisation', colour: '#854a18' },
  { id: 'entity.gpe', colour: '#8c8319' },
  { id: 'claim', colour: '#677619' },
  { id: 'technique', colour: '#705adc' },
] as const;

const WORDS = (
  'the minister said on Monday that taxes will rise next year opposition leaders called plan ' +
  'reckless promised to fight it in parliament economists were divided whether increase would ' +
  'slow growth prices rose sharply March central bank held rates steady inflation expected ' +
  'ease later government spokesperson declined comment report published Tuesday showed ' +
  'unemployment fell lowest level since café Zürich İstanbul naïve élection ministre a of'
).split(' ');

export interface BenchDocument {
  text: string;
  lines: number;
  /** Word spans `[start, end)` per line, stored-text offsets: candidates for annotations. */
  annotations: SpanAnnotation[];
  overlapping: number;
  article: ArticleRecord;
  articleText: ArticleTextRecord;
  /** The text's original, in its own table as the app stores it (schema 10). */
  articleOriginal: ArticleOriginalRecord;
}

/** The seed of the main document; another seed gives another text of the same statistics. */
export const MAIN_SEED = 20_260_523;

/**
 * Builds the article and its annotations for `author`. Articles that share a database need
 * different `seed`s: the library refuses a second article with the same text (its hash).
 * `name` tells the article apart in the library (its title, matched exactly by the runs).
 */
export function generateDocument(
  author: string,
  size: DocumentSize = FULL_SIZE,
  seed = MAIN_SEED,
  name = 'Editor benchmark article',
): BenchDocument {
  const random = seeded(seed);
  const perLine = Math.round(size.chars / size.paragraphs);
  const lines: string[] = [];
  const words: { start: number; end: number; line: number }[] = [];
  let offset = 0;
  for (let line = 0; line < size.paragraphs; line++) {
    let value = '';
    while (value.length < perLine) {
      const word = WORDS[Math.floor(random() * WORDS.length)]!;
      if (value) value += random() < 0.08 ? ', ' : ' ';
      words.push({ start: offset + value.length, end: offset + value.length + word.length, line });
      value += word;
    }
    value += '.';
    lines.push(value);
    offset += value.length + 1;
  }
  const text = lines.join('\n');

  // 80% disjoint spans of 1-4 words, spread evenly; then 20% overlapping one of them.
  const baseCount = Math.round(size.annotations * (1 - OVERLAP_SHARE));
  const stride = words.length / baseCount;
  const spans: { start: number; end: number }[] = [];
  const bases: { first: number; last: number }[] = [];
  for (let i = 0; i < baseCount; i++) {
    const first = Math.max(1, Math.floor(i * stride + random() * (stride / 3)));
    let last = first + Math.floor(random() * 4);
    while (last > first && words[last]!.line !== words[first]!.line) last--;
    last = Math.min(last, Math.floor((i + 1) * stride) - 2);
    if (last < first) last = first;
    bases.push({ first, last });
    spans.push({ start: words[first]!.start, end: words[last]!.end });
  }
  const overlapCount = size.annotations - baseCount;
  for (let i = 0; i < overlapCount; i++) {
    const base = bases[Math.floor((i * baseCount) / overlapCount)]!;
    const kind = i % 3;
    // Partial overlap from the left, from the right, or nested inside a longer span.
    let first = kind === 0 ? base.first - 1 : kind === 1 ? base.last : base.first;
    let last = kind === 0 ? base.first : kind === 1 ? base.last + 1 : base.last;
    if (kind === 2 && first === last) last = first; // same word twice: a full overlap
    if (words[first]!.line !== words[last]!.line) [first, last] = [base.first, base.last];
    spans.push({ start: words[Math.max(first, 1)]!.start, end: words[last]!.end });
  }

  const articleId = randomUUID();
  const now = new Date('2026-05-23T10:00:00.000Z');
  const annotations: SpanAnnotation[] = spans.map((span, index) => {
    const item = ITEMS[index % ITEMS.length]!;
    const stamp = new Date(now.getTime() + index).toISOString();
    return {
      id: randomUUID(),
      articleId,
      itemId: item.id,
      codebook: { codebookId: 'sourcemark-news-default', version: 1 },
      attributes: {},
      note: '',
      author,
      createdAt: stamp,
      modifiedAt: stamp,
      kind: 'span',
      span,
      quote: buildTextQuote(text, span),
    } as unknown as SpanAnnotation;
  });

  const article = {
    id: articleId,
    title: `${name} (${size.chars} characters, ${size.annotations} annotations)`,
    sourcePath: '/tmp/sourcemark-bench/editor-bench.txt',
    sourceName: 'editor-bench.txt',
    format: 'txt',
    sizeBytes: Buffer.byteLength(text, 'utf8'),
    modifiedAtMs: now.getTime(),
    encoding: 'UTF-8',
    language: 'en',
    textSha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    textLength: text.length,
    addedAt: new Date().toISOString(),
  } as unknown as ArticleRecord;
  const articleText = { articleId, text } as unknown as ArticleTextRecord;
  const articleOriginal = { articleId, original: text } as unknown as ArticleOriginalRecord;
  return {
    text,
    lines: size.paragraphs,
    annotations,
    overlapping: overlapCount,
    article,
    articleText,
    articleOriginal,
  };
}

/** The colour of an annotation's item, as the editor draws it. */
export function colourOf(annotation: SpanAnnotation): string {
  return ITEMS.find((item) => item.id === annotation.itemId)?.colour ?? '#5c6370';
}
