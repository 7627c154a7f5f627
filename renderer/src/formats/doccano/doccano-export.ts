/**
 * doccano JSONL export, one article a line, offsets in code points. The `entities` form
 * carries relations (attribution links); the plain `label` form (`[[start, end, label]]`)
 * does not. Neither holds attributes, notes or document-level annotations: they are counted.
 */
import { codePointOffsets } from '../shared/code-point-offsets';
import {
  hasAttributes,
  createSpanLossCounter,
  spanAnnotationsOf,
  type ExportInput,
  type ExportResult,
} from '../shared/export-input';

/** Which doccano shape to write. */
export type DoccanoForm = 'entities' | 'label';

/**
 * Writes one JSON object per article and line. Extra keys `article_id` and `title` are kept
 * by doccano as metadata and used by `importDoccano` as article keys.
 */
export function exportDoccano(
  input: ExportInput,
  form: DoccanoForm = 'entities',
): ExportResult<string> {
  const loss = createSpanLossCounter(input);
  let written = 0;
  const lines = input.articles.map((article) => {
    const offsets = codePointOffsets(article.text);
    const spans = spanAnnotationsOf(input, article.id);
    // Both shapes write every span, as an entity or a `label` triple.
    written += spans.length;
    loss.add('attributes', spans.filter((a) => hasAttributes(a.attributes)).length);
    loss.add('notes', spans.filter((a) => a.note !== '').length);
    loss.add('entity links', spans.filter((a) => a.entityId).length);
    const at = (a: (typeof spans)[number]): [number, number, string] => [
      offsets.toCodePoint(a.span.start) ?? 0,
      offsets.toCodePoint(a.span.end) ?? 0,
      input.labelOf(a.itemId).label,
    ];
    const meta = { article_id: article.id, title: article.title, text: article.text };
    if (form === 'label') {
      loss.add(
        'relations',
        spans.flatMap((a) => [a.links?.sourceId, a.links?.cueId]).filter(Boolean).length,
      );
      return JSON.stringify({ ...meta, label: spans.map(at) });
    }
    const ids = new Map(spans.map((a, i) => [a.id, i + 1]));
    const relations: { id: number; from_id: number; to_id: number; type: string }[] = [];
    for (const a of spans) {
      for (const [type, target] of [
        ['source', a.links?.sourceId],
        ['cue', a.links?.cueId],
      ] as const) {
        const to = target && ids.get(target);
        if (to)
          relations.push({
            id: relations.length + 1,
            from_id: ids.get(a.id) ?? 0,
            to_id: to,
            type,
          });
        else if (target) loss.add('links to annotations missing from the article');
      }
    }
    const entities = spans.map((a) => {
      const [start_offset, end_offset, label] = at(a);
      return { id: ids.get(a.id), start_offset, end_offset, label };
    });
    return JSON.stringify({ ...meta, entities, relations });
  });
  return { output: lines.map((l) => `${l}\n`).join(''), lossiness: loss.report(), written };
}
