/**
 * Random annotation sets for property tests: texts with emoji, skin-tone modifiers and
 * combining marks (and, for sets as the library stores them, right-to-left script and no
 * text that normalisation would change), overlapping spans on code-point boundaries, notes, attributes, entity
 * links (with and without a Wikidata QID), document-level annotations, attribution links
 * and review threads (by the set's author and by reviewers outside it, rejections included).
 */
import fc from 'fast-check';
import type {
  Annotation,
  AnnotationId,
  AuthorId,
  CodebookItemId,
  EntityId,
  RegistryEntity,
} from '../../../annotation/types';
import type { ArticleId } from '../../../db/records';
import type { AnnotationSet, SetArticle } from '../annotation-set';
import type { SetComment } from '../set-comments';

/** The codebook items the generator uses, with their labels. */
export const ITEM_LABELS: Record<string, string> = {
  'entity.person': 'Person',
  'entity.organisation': 'Organisation',
  'technique.loaded-language': 'Loaded language',
  claim: 'Claim',
  'genre.news': 'News report',
};

const PIECES = ['a', 'b', 'Z', ' ', '.', '\n', 'é', 'e\u0301', '😀', '👍🏽', '中', '"', '{'];

/**
 * Pieces of text as the library stores it (`text/normal-form.ts`): already NFC, so a
 * combining mark only where no composed character exists (q + U+0307), with Hebrew and
 * Arabic letters and a right-to-left mark beside the emoji and CJK.
 */
export const STORED_TEXT_PIECES = [
  'a',
  'b',
  'Z',
  ' ',
  '.',
  '\n',
  'é',
  'q\u0307',
  '😀',
  '👍🏽',
  '中',
  '"',
  '{',
  'ש',
  'לום',
  'مرحبا',
  '\u200f',
];
const CODEBOOK = { codebookId: 'cb-main', version: 3 };

const uuid = (prefix: number, i: number) =>
  `0000000${prefix}-0000-4000-8000-${String(i).padStart(12, '0')}`;
const timestamp = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const hex64 = fc
  .array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 })
  .map((a) => a.join(''));

const articleDraft = (pieces: readonly string[]) =>
  fc.record({
    title: fc.string(),
    text: fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 50 })
      .map((a) => a.join('')),
    hasText: fc.boolean(),
    sha: hex64,
    sourceName: fc.string(),
  });

const attributeValue = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.boolean());

const annotationDraft = fc.record({
  isDocument: fc.boolean(),
  article: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  itemId: fc.constantFrom(...Object.keys(ITEM_LABELS)),
  note: fc.oneof(fc.constant(''), fc.string()),
  attributes: fc.dictionary(fc.constantFrom('claimType', 'verdict', 'checkWorthy'), attributeValue),
  entity: fc.option(fc.nat()),
  source: fc.option(fc.nat()),
  cue: fc.option(fc.nat()),
  createdAt: timestamp,
  modifiedAt: timestamp,
});

const entityDraft = fc.record({
  name: fc.string(),
  aliases: fc.array(fc.string(), { maxLength: 2 }),
  qid: fc.option(fc.integer({ min: 1, max: 9_999_999 })),
  createdAt: timestamp,
});

const commentDraft = fc.record({
  annotation: fc.nat(),
  /** 0 is the set's author; 1 and 2 are reviewers who own no annotation in the set. */
  author: fc.nat({ max: 2 }),
  // Stored bodies are trimmed and never empty (`addComment`), so generated ones are too.
  body: fc
    .string({ minLength: 1, maxLength: 40 })
    .map((b) => b.trim())
    .filter((b) => b !== ''),
  isRejection: fc.boolean(),
  createdAt: timestamp,
});

/** Code-unit offsets of every code-point boundary of `text`, 0 and `text.length` included. */
function boundaries(text: string): number[] {
  const out = [0];
  for (const ch of text) out.push(out[out.length - 1]! + ch.length);
  return out;
}

/**
 * An arbitrary, internally consistent annotation set. Articles carry their text when
 * `withText` is `'always'`, else some carry only `textLength`; their texts are made of
 * `pieces` (`STORED_TEXT_PIECES` for texts as the library holds them).
 */
export function annotationSetArbitrary(
  withText: 'always' | 'sometimes' = 'sometimes',
  pieces: readonly string[] = PIECES,
): fc.Arbitrary<AnnotationSet> {
  return fc
    .record({
      authorName: fc.string(),
      articles: fc.array(articleDraft(pieces), { minLength: 1, maxLength: 3 }),
      entities: fc.array(entityDraft, { maxLength: 3 }),
      annotations: fc.array(annotationDraft, { maxLength: 12 }),
      reviewerNames: fc.tuple(fc.string(), fc.string()),
      comments: fc.array(commentDraft, { maxLength: 8 }),
    })
    .map(({ authorName, articles: a, entities: e, annotations: n, reviewerNames, comments: c }) => {
      const author = uuid(1, 1) as AuthorId;
      const articles: SetArticle[] = a.map((d, i) => ({
        id: `article-${i}` as ArticleId,
        title: d.title,
        textSha256: d.sha,
        ...(d.hasText || withText === 'always' ? { text: d.text } : { textLength: d.text.length }),
        sourceName: d.sourceName,
      }));
      const entities: RegistryEntity[] = e.map((d, i) => ({
        id: `entity-${i}` as EntityId,
        name: d.name,
        aliases: d.aliases,
        typeItemId: 'entity.person' as CodebookItemId,
        ...(d.qid !== null ? { wikidataQid: `Q${d.qid}` } : {}),
        createdAt: d.createdAt,
        modifiedAt: d.createdAt,
      }));
      const annotations: Annotation[] = n.map((d, i) => {
        const articleIndex = d.article % a.length;
        const text = a[articleIndex]!.text;
        const base = {
          id: uuid(2, i) as AnnotationId,
          articleId: articles[articleIndex]!.id,
          itemId: d.itemId as CodebookItemId,
          codebook: CODEBOOK,
          attributes: d.attributes,
          note: d.note,
          author,
          createdAt: d.createdAt,
          modifiedAt: d.modifiedAt,
        };
        if (d.isDocument) return { ...base, kind: 'document' };
        const bounds = boundaries(text);
        const points = bounds.length - 1;
        const i0 = d.a % points;
        const i1 = i0 + 1 + (d.b % (points - i0));
        const start = bounds[i0]!;
        const end = bounds[i1]!;
        const before = bounds.find((x) => x >= start - 32)!;
        const after = [...bounds].reverse().find((x) => x <= end + 32)!;
        const entity =
          d.entity !== null && entities.length > 0
            ? entities[d.entity % entities.length]
            : undefined;
        return {
          ...base,
          kind: 'span',
          span: { start, end },
          quote: {
            exact: text.slice(start, end),
            prefix: text.slice(before, start),
            suffix: text.slice(end, after),
          },
          ...(entity ? { entityId: entity.id } : {}),
        };
      });
      addLinks(annotations, n);
      const people = [
        { id: author, name: authorName },
        ...reviewerNames.map((name, i) => ({ id: uuid(3, i) as AuthorId, name })),
      ];
      const comments: SetComment[] =
        annotations.length === 0
          ? []
          : c.map((d, i) => ({
              id: uuid(4, i),
              annotationId: annotations[d.annotation % annotations.length]!.id,
              author: people[d.author]!.id,
              authorName: people[d.author]!.name,
              createdAt: d.createdAt,
              ...(d.isRejection
                ? { body: 'Rejected', isRejection: true as const }
                : { body: d.body }),
            }));
      return {
        author: { id: author, name: authorName },
        codebook: CODEBOOK,
        articles,
        annotations,
        entities,
        comments,
      };
    });
}

/** Links some span annotations to others in the same article, as source and cue. */
function addLinks(
  annotations: Annotation[],
  drafts: { source: number | null; cue: number | null }[],
): void {
  annotations.forEach((annotation, i) => {
    if (annotation.kind !== 'span') return;
    const peers = annotations.filter(
      (p) => p.kind === 'span' && p.articleId === annotation.articleId && p.id !== annotation.id,
    );
    const { source, cue } = drafts[i]!;
    if (peers.length === 0 || (source === null && cue === null)) return;
    annotation.links = {
      ...(source !== null ? { sourceId: peers[source % peers.length]!.id } : {}),
      ...(cue !== null ? { cueId: peers[cue % peers.length]!.id } : {}),
    };
  });
}
