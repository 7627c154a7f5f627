/**
 * doccano JSONL import, both shapes: `label: [[start, end, label]]` and
 * `entities` + `relations` (offsets in code points either way). One bad line or span is an
 * error item; the others still import.
 */
import { codePointOffsets } from '../shared/code-point-offsets';
import type { ExportFile } from '../shared/export-input';
import type { AnnotationDraft, ImportItem, ImportResult } from '../shared/import-result';
import { isObject } from '../shared/json-object';
import { withoutLeadingBom } from '../shared/leading-bom';
import { checkCodePointSpan } from '../shared/span-check';

/** Reads a JSONL file; article keys are `article_id`, `id`, or `line <n>`. */
export function importDoccano(jsonl: string, fileName = 'doccano.jsonl'): ImportResult {
  const result: ImportResult = { articles: [], items: [] };
  const lines = withoutLeadingBom(jsonl).split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const location = `${fileName}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      result.items.push({ kind: 'error', location, reason: 'not valid JSON' });
      return;
    }
    if (!isObject(record) || typeof record.text !== 'string') {
      result.items.push({ kind: 'error', location, reason: 'no "text" string' });
      return;
    }
    const rawKey = record.article_id ?? record.id;
    const key =
      typeof rawKey === 'string' || typeof rawKey === 'number' ? String(rawKey) : `line ${i + 1}`;
    const title = typeof record.title === 'string' ? record.title : undefined;
    result.articles.push({ key, text: record.text, ...(title === undefined ? {} : { title }) });
    result.items.push(...readSpans(record, record.text, key, location));
  });
  return result;
}

function readSpans(
  record: Record<string, unknown>,
  text: string,
  key: string,
  location: string,
): ImportItem[] {
  const offsets = codePointOffsets(text);
  const items: ImportItem[] = [];
  const raw: { id?: unknown; start: unknown; end: unknown; label: unknown }[] = [];
  if (Array.isArray(record.label)) {
    for (const l of record.label) {
      raw.push(
        Array.isArray(l) ? { start: l[0], end: l[1], label: l[2] } : { start: l, end: l, label: l },
      );
    }
  } else if (Array.isArray(record.entities)) {
    for (const e of record.entities) {
      const o = isObject(e) ? e : {};
      raw.push({ id: o.id, start: o.start_offset, end: o.end_offset, label: o.label });
    }
  }
  const byId = new Map<string, AnnotationDraft>();
  raw.forEach((r, n) => {
    const where = `${location} span ${n + 1}`;
    const span = checkCodePointSpan(offsets, r.start, r.end);
    if (!span.ok) return items.push({ kind: 'error', location: where, reason: span.reason });
    if (typeof r.label !== 'string' || r.label === '') {
      return items.push({
        kind: 'error',
        location: where,
        reason: 'label must be a non-empty string',
      });
    }
    const localId = r.id === undefined ? undefined : String(r.id);
    const draft: AnnotationDraft = {
      articleKey: key,
      ...(localId === undefined ? {} : { localId }),
      span: span.span,
      label: r.label,
      attributes: {},
      note: '',
      quoteMatches: null,
    };
    if (localId !== undefined) byId.set(localId, draft);
    items.push({ kind: 'imported', location: where, draft });
  });
  const relations = Array.isArray(record.relations) ? record.relations : [];
  relations.forEach((rel: unknown, n) => {
    const o = isObject(rel) ? rel : {};
    const from = byId.get(String(o.from_id));
    const to = String(o.to_id);
    if ((o.type !== 'source' && o.type !== 'cue') || !from || !byId.has(to)) {
      items.push({
        kind: 'error',
        location: `${location} relation ${n + 1}`,
        reason: 'unsupported relation',
      });
    } else {
      from.links = { ...from.links, [o.type]: to };
    }
  });
  return items;
}

/**
 * Reads each JSONL file of a doccano export (a zip of `all.jsonl`, or one file per user) on
 * its own, so errors name their file. With several files, article keys are prefixed with the
 * file's path: two files' "line 3" are different articles.
 */
export function importDoccanoFiles(files: readonly ExportFile[]): ImportResult {
  const result: ImportResult = { articles: [], items: [] };
  for (const file of files) {
    const read = importDoccano(file.content, file.path);
    const key = (k: string) => (files.length > 1 ? `${file.path}#${k}` : k);
    result.articles.push(...read.articles.map((a) => ({ ...a, key: key(a.key) })));
    result.items.push(
      ...read.items.map((item) =>
        item.kind === 'error' || !item.draft
          ? item
          : { ...item, draft: { ...item.draft, articleKey: key(item.draft.articleKey) } },
      ),
    );
  }
  return result;
}
