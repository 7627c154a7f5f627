/**
 * Label Studio JSON export for NER tasks: one task per article, one annotation per author.
 * Offsets are Unicode code points (what Label Studio 1.x counts; releases before it counted
 * UTF-16 code units, so `importLabelStudio` takes the unit as an option). Notes go in the
 * region's `meta.text`, attribution links as `relation` results; attributes and
 * document-level annotations are dropped and counted.
 */
import type { AuthorId } from '../../annotation/types';
import { codePointOffsets } from '../shared/code-point-offsets';
import {
  hasAttributes,
  createSpanLossCounter,
  spanAnnotationsOf,
  type ExportInput,
  type ExportResult,
} from '../shared/export-input';

/** The `from_name`/`to_name` of the labeling config `<Labels name="label" toName="text">`. */
export const LABEL_STUDIO_NAMES = { from: 'label', to: 'text' } as const;

/** Writes the task list as pretty-printed JSON. */
export function exportLabelStudio(input: ExportInput): ExportResult<string> {
  // Label Studio keeps each analyst's annotations apart: nothing is lost by merging.
  const loss = createSpanLossCounter(input, true);
  const authors = new Map<AuthorId, number>();
  let annotationId = 0;
  let written = 0;
  const tasks = input.articles.map((article, t) => {
    const offsets = codePointOffsets(article.text);
    const spans = spanAnnotationsOf(input, article.id);
    // Each span is one `labels` result; `relation` results are links, not annotations.
    written += spans.length;
    loss.add('attributes', spans.filter((a) => hasAttributes(a.attributes)).length);
    loss.add('entity links', spans.filter((a) => a.entityId).length);
    // Not Map.groupBy: Node 20, where the tests run, lacks it.
    const byAuthor = new Map<AuthorId, typeof spans>();
    for (const a of spans) byAuthor.set(a.author, [...(byAuthor.get(a.author) ?? []), a]);
    const annotations = [...byAuthor].map(([author, own]) => {
      if (!authors.has(author)) authors.set(author, authors.size + 1);
      const mine = new Set(own.map((a) => a.id));
      const result: object[] = own.map((a) => ({
        id: a.id,
        from_name: LABEL_STUDIO_NAMES.from,
        to_name: LABEL_STUDIO_NAMES.to,
        type: 'labels',
        value: {
          start: offsets.toCodePoint(a.span.start),
          end: offsets.toCodePoint(a.span.end),
          text: article.text.slice(a.span.start, a.span.end),
          labels: [input.labelOf(a.itemId).label],
        },
        ...(a.note ? { meta: { text: [a.note] } } : {}),
      }));
      for (const a of own) {
        for (const [label, target] of [
          ['source', a.links?.sourceId],
          ['cue', a.links?.cueId],
        ] as const) {
          if (target && mine.has(target)) {
            result.push({
              type: 'relation',
              from_id: a.id,
              to_id: target,
              direction: 'right',
              labels: [label],
            });
          } else if (target) loss.add('links to annotations by another author or article');
        }
      }
      return {
        id: ++annotationId,
        completed_by: authors.get(author),
        created_username: input.authorName(author),
        result,
      };
    });
    return {
      id: t + 1,
      data: { text: article.text, title: article.title, article_id: article.id },
      annotations,
    };
  });
  return { output: `${JSON.stringify(tasks, null, 2)}\n`, lossiness: loss.report(), written };
}
