/**
 * Label Studio JSON import (NER): a task list, or one task. Reads `labels` results (and
 * their `meta.text` notes and `relation` results) from both `annotations` and
 * `predictions`. Offsets are code points unless the caller says the file predates that.
 */
import { codePointOffsets } from '../shared/code-point-offsets';
import type { AnnotationDraft, ImportItem, ImportResult } from '../shared/import-result';
import { isObject } from '../shared/json-object';
import { withoutLeadingBom } from '../shared/leading-bom';
import { checkCodePointSpan } from '../shared/span-check';

/** How the file counts offsets: Label Studio 1.x code points, or older UTF-16 code units. */
export type LabelStudioOffsets = 'code-points' | 'code-units';

/** Parses `json` (a task array or one task); an unreadable file is one error item. */
export function importLabelStudio(
  json: string,
  unit: LabelStudioOffsets = 'code-points',
): ImportResult {
  const result: ImportResult = { articles: [], items: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(withoutLeadingBom(json));
  } catch {
    result.items.push({ kind: 'error', location: 'file', reason: 'not valid JSON' });
    return result;
  }
  const tasks = Array.isArray(parsed) ? parsed : [parsed];
  tasks.forEach((task: unknown, t) => {
    const location = `task ${t + 1}`;
    const data = isObject(task) && isObject(task.data) ? task.data : undefined;
    if (!isObject(task) || typeof data?.text !== 'string') {
      result.items.push({ kind: 'error', location, reason: 'no data.text string' });
      return;
    }
    const key = String(data.article_id ?? task.id ?? location);
    const title = typeof data.title === 'string' ? data.title : undefined;
    result.articles.push({ key, text: data.text, ...(title === undefined ? {} : { title }) });
    const blocks = [task.annotations, task.predictions].flatMap((b) => (Array.isArray(b) ? b : []));
    blocks.forEach((block: unknown, b) => {
      const results = isObject(block) && Array.isArray(block.result) ? block.result : [];
      result.items.push(
        ...readResults(results, data.text as string, key, `${location} annotation ${b + 1}`, unit),
      );
    });
  });
  return result;
}

function readResults(
  results: unknown[],
  text: string,
  key: string,
  location: string,
  unit: LabelStudioOffsets,
): ImportItem[] {
  const offsets =
    unit === 'code-points'
      ? codePointOffsets(text)
      : {
          codePointLength: text.length,
          toCodePoint: (u: number) => u,
          toCodeUnit: (u: number) => u,
        };
  const items: ImportItem[] = [];
  const byId = new Map<string, AnnotationDraft>();
  const relations: Record<string, unknown>[] = [];
  results.forEach((r: unknown, n) => {
    const where = `${location} result ${n + 1}`;
    if (!isObject(r))
      return items.push({ kind: 'error', location: where, reason: 'not an object' });
    if (r.type === 'relation') return relations.push(r);
    const value = isObject(r.value) ? r.value : {};
    const labels = value.labels;
    const label = Array.isArray(labels) && typeof labels[0] === 'string' ? labels[0] : undefined;
    if (!label) return items.push({ kind: 'error', location: where, reason: 'no labels value' });
    const span = checkCodePointSpan(offsets, value.start, value.end);
    if (!span.ok) return items.push({ kind: 'error', location: where, reason: span.reason });
    const meta = isObject(r.meta) && Array.isArray(r.meta.text) ? r.meta.text : [];
    const stated = typeof value.text === 'string' ? value.text : undefined;
    const quoteMatches =
      stated === undefined ? null : text.slice(span.span.start, span.span.end) === stated;
    const draft: AnnotationDraft = {
      articleKey: key,
      ...(typeof r.id === 'string' ? { localId: r.id } : {}),
      span: span.span,
      label,
      attributes: {},
      note: meta.filter((m) => typeof m === 'string').join('\n'),
      quoteMatches,
      ...(quoteMatches === false ? { statedQuote: stated } : {}),
    };
    if (draft.localId) byId.set(draft.localId, draft);
    items.push({ kind: 'imported', location: where, draft });
  });
  for (const r of relations) {
    const from = byId.get(String(r.from_id));
    const type = Array.isArray(r.labels) ? r.labels[0] : undefined;
    const to = String(r.to_id);
    if (!from || !byId.has(to) || (type !== 'source' && type !== 'cue')) {
      items.push({ kind: 'error', location, reason: 'unsupported relation' });
    } else from.links = { ...from.links, [type]: to };
  }
  return items;
}
