import { useMemo } from 'react';
import type { Annotation, DocumentAnnotation, SpanAnnotation } from '../annotation/types';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import type { AnalystRecord } from '../db/records';
import { withAttributeItems } from './compare-attributes';
import { compareDocuments } from './compare-documents';
import { compareSets } from './compare-sets';
import { countByAuthor, defaultComparedFor, defaultComparison } from './default-comparison';
import type { ReviewItem } from './review-list';
import { describeSets, type AnnotationSet } from './review-sets';

/** The analyst's choices; `null` where the screen should choose (see `defaultComparison`). */
export interface ComparisonPicks {
  readonly base: string | null;
  readonly compared: readonly string[] | null;
}

/** A review item over stored annotations. */
export type StoredReviewItem = ReviewItem<SpanAnnotation, DocumentAnnotation>;

/** What the review screen compares and the items it lists. */
export interface ReviewComparison {
  readonly sets: readonly AnnotationSet[];
  /** Annotations per author on the article. */
  readonly counts: ReadonlyMap<string, number>;
  readonly baseAuthor: string;
  readonly compared: readonly string[];
  /** Document fields first (they concern the whole article), then spans by position. */
  readonly items: readonly StoredReviewItem[];
}

/**
 * Compares the picked (or default) sets on the article: spans, their attributes, and the
 * document-level annotations field by field. Free-text notes are not coding decisions and
 * are left out of the document comparison.
 */
export function useReviewComparison(
  annotations: readonly Annotation[] | undefined,
  analysts: readonly AnalystRecord[],
  self: { id: string; name: string },
  codebook: CodebookIndex | undefined,
  picks: ComparisonPicks,
): ReviewComparison {
  const rows = annotations ?? NONE;
  const counts = useMemo(() => countByAuthor(rows), [rows]);
  const sets = useMemo(
    () => describeSets([self.id, ...rows.map((a) => a.author)], analysts, self),
    [rows, analysts, self],
  );
  const authors = sets.map((s) => s.author);
  const fallback = defaultComparison(authors, counts, self.id);
  const baseAuthor =
    picks.base !== null && authors.includes(picks.base) ? picks.base : fallback.base;
  const compared = (
    picks.compared ??
    (picks.base === null ? fallback.compared : defaultComparedFor(baseAuthor, authors, counts))
  ).filter((author) => author !== baseAuthor && authors.includes(author));
  const comparedKey = compared.join('|');

  const items = useMemo(() => {
    const others = comparedKey === '' ? [] : comparedKey.split('|');
    const orderOf = (itemId: string) =>
      codebook?.byId.get(itemId)?.attributes.map((a) => a.key) ?? [];
    const isCoded = (itemId: string, key: string) => {
      const definition = codebook?.byId.get(itemId)?.attributes.find((a) => a.key === key);
      return !(definition?.kind === 'text' && definition.isRich);
    };
    const spans = rows.filter((a): a is SpanAnnotation => a.kind === 'span');
    const documents = rows.filter((a): a is DocumentAnnotation => a.kind === 'document');
    const spanItems = withAttributeItems(
      compareSets(
        spans.filter((s) => s.author === baseAuthor),
        spans.filter((s) => s.author !== baseAuthor),
        others,
      ),
      orderOf,
    );
    const documentItems = compareDocuments(
      documents.filter((d) => d.author === baseAuthor),
      documents.filter((d) => d.author !== baseAuthor),
      others,
      orderOf,
    ).filter((item) => isCoded(item.itemId, item.field.key));
    return [...documentItems, ...spanItems];
  }, [rows, baseAuthor, comparedKey, codebook]);

  return { sets, counts, baseAuthor, compared, items };
}

const NONE: readonly Annotation[] = [];
