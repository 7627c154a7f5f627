/**
 * The one change set "annotate all occurrences" writes: a new annotation per chosen
 * occurrence, whatever article it is in, so one undo takes them all back. Built an article
 * at a time with the page given back every few tens of milliseconds: 100,000 annotations,
 * each with its quote and context, are seconds of work that must not freeze the dialog's
 * progress or its Cancel.
 */
import type { Annotation, ArticleId, SpanAnnotation } from '../annotation/types';
import { getItem, type CodebookIndex } from '../codebook/codebook-lookup';
import type { ChangeSet } from '../store/change-set';
import { tagSpans, type AnnotationContext } from './annotation-actions';
import { yieldToPage } from './library-occurrence-scan';
import type { Occurrence } from './useOccurrences';

const SLICE_MS = 25;

/**
 * The change set tagging every one of `chosen` like `source`, or the reason it cannot be
 * made; `null` when `signal` was aborted first. `onProgress` hears how many are built.
 */
export async function tagOccurrences(
  chosen: readonly Occurrence[],
  source: SpanAnnotation,
  context: AnnotationContext,
  codebook: CodebookIndex,
  options: { signal?: AbortSignal; onProgress?: (built: number) => void } = {},
): Promise<ChangeSet | string | null> {
  const item = getItem(codebook, source.itemId);
  if (!item) return 'This label is no longer in the codebook.';
  const byArticle = new Map<ArticleId, Occurrence[]>();
  for (const occurrence of chosen) {
    const list = byArticle.get(occurrence.articleId);
    if (list) list.push(occurrence);
    else byArticle.set(occurrence.articleId, [occurrence]);
  }
  const created: Annotation[] = [];
  let sliceStart = performance.now();
  for (const [articleId, occurrences] of byArticle) {
    const result = tagSpans(
      { ...context, articleId, text: occurrences[0]!.text },
      item,
      occurrences.map((occurrence) => occurrence.span),
      source.entityId ? { entityId: source.entityId } : {},
    );
    if (!result.ok) return result.message;
    for (const row of result.change.annotations) if (row.after) created.push(row.after);
    if (performance.now() - sliceStart > SLICE_MS) {
      options.onProgress?.(created.length);
      await yieldToPage();
      if (options.signal?.aborted) return null;
      sliceStart = performance.now();
    }
  }
  const noun = created.length === 1 ? 'occurrence' : 'occurrences';
  return {
    label: `Tag ${created.length} ${noun} “${item.label}”`,
    annotations: created.map((after) => ({ before: null, after })),
    entities: [],
  };
}
