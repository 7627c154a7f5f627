/**
 * A small annotated corpus for the format tests: an emoji and a combining mark before the
 * spans (so code units and code points differ), a span across a newline, attribution links,
 * attributes, a note, an entity link and a document-level annotation.
 */
import type {
  Annotation,
  AnnotationId,
  ArticleId,
  AuthorId,
  CodebookItemId,
  EntityId,
  SpanAnnotation,
} from '../../annotation/types';
import type { ExportInput, ExportLabel } from './export-input';

export const TEXT = 'Le 😀 ministre\u0301 a dit : le Kazakhstan est\nun pays libre.';

/** SHA-256 of TEXT's UTF-8 bytes, as the library stores it. */
export const TEXT_SHA256 = '2c8875ead3f2428d6450617e753c3d064a65a622bc6ef081a36b838b3534081b';

const LABELS: Record<string, ExportLabel> = {
  gpe: { label: 'GPE', externalLabels: { conll: 'LOC' } },
  person: { label: 'PERSON', externalLabels: { conll: 'PER' } },
  claim: { label: 'Claim' },
  cue: { label: 'Cue' },
  loaded: {
    label: 'Loaded language',
    externalLabels: { semeval2023: 'Loaded_Language', ptc2020: 'Loaded_Language' },
  },
  genre: { label: 'Genre' },
};

/** A span annotation on the first occurrence of `exact` in TEXT. */
export function span(
  id: string,
  item: string,
  exact: string,
  extra: Partial<SpanAnnotation> = {},
): SpanAnnotation {
  const start = TEXT.indexOf(exact);
  if (start < 0) throw new Error(`not in TEXT: ${exact}`);
  return {
    kind: 'span',
    id: id as AnnotationId,
    articleId: 'art-1' as ArticleId,
    itemId: item as CodebookItemId,
    codebook: { codebookId: 'default', version: 1 },
    attributes: {},
    note: '',
    author: 'u1' as AuthorId,
    createdAt: '2026-01-01T00:00:00Z',
    modifiedAt: '2026-01-01T00:00:00Z',
    span: { start, end: start + exact.length },
    quote: { exact, prefix: TEXT.slice(0, start), suffix: TEXT.slice(start + exact.length) },
    ...extra,
  };
}

/** The corpus as an export input, with `extra` annotations appended. */
export function sampleInput(extra: Annotation[] = []): ExportInput {
  const doc: Annotation = {
    ...span('d1', 'genre', 'Le'),
    kind: 'document',
    attributes: { genre: 'reporting' },
  };
  const annotations: Annotation[] = [
    span('a1', 'person', 'ministre\u0301'),
    span('a2', 'cue', 'a dit'),
    span('a3', 'gpe', 'Kazakhstan', { entityId: 'e1' as EntityId }),
    span('a4', 'claim', 'le Kazakhstan est\nun pays libre', {
      attributes: { claimType: 'factual', checkWorthy: true, verdict: ['disputed', 'false'] },
      note: '=cmd|calc\nsecond line',
      links: { sourceId: 'a1' as AnnotationId, cueId: 'a2' as AnnotationId },
    }),
    span('a5', 'loaded', 'libre'),
    doc,
    ...extra,
  ];
  return {
    articles: [
      {
        id: 'art-1' as ArticleId,
        title: 'Titre',
        text: TEXT,
        sourceName: 'azertac 1.txt',
        textSha256: TEXT_SHA256,
      },
    ],
    annotations,
    labelOf: (item) => LABELS[item] ?? { label: item },
    authorName: (author) => (author === 'u1' ? 'Ana' : 'unknown'),
    entityQid: (entity) => (entity === 'e1' ? 'Q232' : undefined),
    entityName: (entity) => (entity === 'e1' ? 'Kazakhstan' : undefined),
  };
}
