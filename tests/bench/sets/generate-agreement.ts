/**
 * The agreement benchmark's study: articles annotated by three analysts, 50 spans each per
 * article, as a real team disagrees. Each article has a hidden list of "true" spans; each
 * analyst marks most of them, often with a word more or less at either end (partial
 * overlap), sometimes with a neighbouring label (label disagreement), and adds a few spans
 * of their own. Each analyst also fills the document profile, agreeing most of the time.
 */
import { quoteOf } from '../../../renderer/src/anchoring/quote-of';
import type {
  Annotation,
  AnnotationId,
  AuthorId,
  CodebookItemId,
  TextSpan,
} from '../../../renderer/src/annotation/types';
import type { ArticleId } from '../../../renderer/src/db/records';
import { newsArticle, pick, seeded, type WordSpan } from './news-text';

export interface AgreementShape {
  articles: number;
  analysts: number;
  spansPerAnalyst: number;
  articleChars: number;
}

export interface AgreementStudy {
  articles: { id: string; textLength: number }[];
  annotations: Annotation[];
  authors: AuthorId[];
}

/** Labels analysts confuse with each other: a disagreement picks a neighbour. */
const LABELS = [
  'entity.person',
  'entity.organisation',
  'claim.claim',
  'technique.loaded-language',
  'technique.name-calling',
  'technique.doubt',
  'technique.exaggeration-minimisation',
  'frame.economic',
  'frame.political',
] as const;
const PROFILE = {
  genre: ['reporting', 'opinion', 'satire'],
  outletType: ['state-news-agency', 'commercial-independent', 'public-service', 'unknown'],
  authorRole: ['staff-journalist', 'wire-agency', 'government-official', 'unknown'],
  publicationMode: ['original', 'republished', 'translated'],
} as const;

const uuid = (prefix: number, n: number) =>
  `${String(prefix).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Builds the study. Deterministic. */
export function generateAgreementStudy(shape: AgreementShape): AgreementStudy {
  const authors = Array.from({ length: shape.analysts }, (_, i) => uuid(9, i) as AuthorId);
  const articles: AgreementStudy['articles'] = [];
  const annotations: Annotation[] = [];
  let serial = 0;
  const stamp = new Date(Date.UTC(2026, 2, 2)).toISOString();
  for (let index = 0; index < shape.articles; index++) {
    const { text, words } = newsArticle(10_000 + index, shape.articleChars);
    const articleId = uuid(8, index) as ArticleId;
    articles.push({ id: articleId, textLength: text.length });
    const random = seeded(77 + index);
    // A few more true spans than anyone marks, so each analyst misses different ones.
    const truth = Array.from({ length: Math.round(shape.spansPerAnalyst * 1.15) }, () => ({
      ...wordRun(words, random, 8),
      label: pick(random, LABELS) as string,
    }));
    const base = { articleId, codebook: { codebookId: 'sourcemark-news-default', version: 1 } };
    const common = { attributes: {}, note: '', createdAt: stamp, modifiedAt: stamp };
    authors.forEach((author, a) => {
      const own = seeded(1000 * index + a);
      const chosen = [...truth].sort(() => own() - 0.5).slice(0, shape.spansPerAnalyst - 4);
      const spans = chosen.map((t) => {
        const label = own() < 0.15 ? neighbour(t.label, own) : t.label;
        return { span: jitter(t, words, own), label };
      });
      // Spans nobody else marked.
      for (let k = 0; k < 4; k++)
        spans.push({ span: wordRun(words, own, 4), label: pick(own, LABELS) });
      for (const { span, label } of spans) {
        annotations.push({
          ...base,
          ...common,
          id: uuid(7, serial++) as AnnotationId,
          kind: 'span',
          itemId: label as CodebookItemId,
          author,
          span,
          quote: quoteOf(text, span),
        });
      }
      const profile = Object.fromEntries(
        Object.entries(PROFILE).map(([key, values], k) => [
          key,
          // Agree on the article's own value about 75% of the time.
          own() < 0.75 ? values[(index + k) % values.length]! : pick(own, values),
        ]),
      );
      annotations.push({
        ...base,
        ...common,
        id: uuid(7, serial++) as AnnotationId,
        kind: 'document',
        itemId: 'document.profile' as CodebookItemId,
        author,
        attributes: own() < 0.1 ? {} : profile,
      });
    });
  }
  return { articles, annotations, authors };
}

/** A run of 1..maxWords words starting at a random word (may cross a paragraph). */
function wordRun(words: readonly WordSpan[], random: () => number, maxWords: number): TextSpan {
  const first = Math.floor(random() * (words.length - maxWords));
  const last = first + Math.floor(random() * maxWords);
  return { start: words[first]!.start, end: words[last]!.end };
}

/** The true span, or one with a word more or less at either end (40% of the time). */
function jitter(span: TextSpan, words: readonly WordSpan[], random: () => number): TextSpan {
  if (random() >= 0.4) return { start: span.start, end: span.end };
  const first = words.findIndex((w) => w.start === span.start);
  const last = words.findIndex((w) => w.end === span.end);
  const move = () => (random() < 0.5 ? -1 : 1);
  const f = Math.max(0, first + (random() < 0.5 ? move() : 0));
  const l = Math.min(words.length - 1, Math.max(f, last + (random() < 0.5 ? move() : 0)));
  return { start: words[f]!.start, end: words[l]!.end };
}

function neighbour(label: string, random: () => number): string {
  const i = LABELS.indexOf(label as (typeof LABELS)[number]);
  return LABELS[(i + (random() < 0.5 ? 1 : LABELS.length - 1)) % LABELS.length]!;
}
