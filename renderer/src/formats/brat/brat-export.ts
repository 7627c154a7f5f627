/**
 * brat standoff export: per article `<stem>.txt` (the stored text, UTF-8) and `<stem>.ann`,
 * plus one `annotation.conf`. Offsets are code points. A span crossing a line break becomes
 * discontinuous fragments (`0 5;6 10`), as brat draws one line at a time.
 */
import type { AttributeValue, SpanAnnotation } from '../../annotation/types';
import { codePointOffsets, type CodePointOffsets } from '../shared/code-point-offsets';
import {
  createSpanLossCounter,
  spanAnnotationsOf,
  type ExportFile,
  type ExportInput,
  type ExportResult,
} from '../shared/export-input';
import { articleFileStems } from '../shared/file-stems';
import type { LossCounter } from '../shared/lossiness';
import { buildAnnotationConf, type BratSchema } from './brat-conf';
import { bratLineText, bratName } from './brat-names';

/** Writes every article as a `.txt`/`.ann` pair plus `annotation.conf`. */
export function exportBrat(input: ExportInput): ExportResult<ExportFile[]> {
  const loss = createSpanLossCounter(input);
  const stems = articleFileStems(input.articles);
  const schema: BratSchema = { entities: new Set(), relations: new Set(), attributes: new Map() };
  const files: ExportFile[] = [];
  let written = 0;
  for (const article of input.articles) {
    const stem = stems.get(article.id) ?? 'article';
    const spans = spanAnnotationsOf(input, article.id);
    const ann = annLines(input, spans, codePointOffsets(article.text), article.text, schema, loss);
    // Every span is one `T` line; the other lines (A, R, N, #) belong to one of them.
    written += spans.length;
    files.push({ path: `${stem}.txt`, content: article.text });
    files.push({ path: `${stem}.ann`, content: ann.map((l) => `${l}\n`).join('') });
  }
  files.push({ path: 'annotation.conf', content: buildAnnotationConf(schema) });
  return { output: files, lossiness: loss.report(), written };
}

function annLines(
  input: ExportInput,
  spans: SpanAnnotation[],
  offsets: CodePointOffsets,
  text: string,
  schema: BratSchema,
  loss: LossCounter,
): string[] {
  const t = new Map(spans.map((a, i) => [a.id, `T${i + 1}`]));
  const lines: string[] = [];
  const counters = { A: 0, R: 0, N: 0, '#': 0 };
  const next = (kind: keyof typeof counters): string => `${kind}${++counters[kind]}`;
  for (const a of spans) {
    const id = t.get(a.id) as string;
    const type = bratName(input.labelOf(a.itemId).label);
    schema.entities.add(type);
    const frags = fragments(text, a.span.start, a.span.end);
    const where = frags
      .map(([s, e]) => `${offsets.toCodePoint(s) ?? s} ${offsets.toCodePoint(e) ?? e}`)
      .join(';');
    const shown = frags.map(([s, e]) => bratLineText(text.slice(s, e))).join(' ');
    lines.push(`${id}\t${type} ${where}\t${shown}`);
    for (const [key, value] of Object.entries(a.attributes)) {
      // One A line per value: a one-value list reads back as the value, not as a list.
      if (Array.isArray(value) && value.length === 1)
        loss.add('one-value lists in attributes (read back as a single value)');
      for (const v of attributeValues(value)) {
        const name = bratName(key);
        if (name !== key || (v !== null && bratName(v) !== v)) {
          loss.add('attribute names or values with spaces (written with _)');
        }
        const values = schema.attributes.get(name) ?? new Set<string>();
        schema.attributes.set(name, values);
        if (v !== null) values.add(bratName(v));
        lines.push(`${next('A')}\t${name} ${id}${v === null ? '' : ` ${bratName(v)}`}`);
      }
    }
    for (const role of ['source', 'cue'] as const) {
      const target = role === 'source' ? a.links?.sourceId : a.links?.cueId;
      if (!target) continue;
      const targetT = t.get(target);
      if (!targetT) {
        loss.add('links to annotations missing from the article');
        continue;
      }
      schema.relations.add(role);
      lines.push(`${next('R')}\t${role} Arg1:${id} Arg2:${targetT}`);
    }
    if (a.links?.sourceEntityId) loss.add("registry entities named as a claim's source");
    const qid = a.entityId ? input.entityQid?.(a.entityId) : undefined;
    if (qid)
      lines.push(`${next('N')}\tReference ${id} Wikidata:${qid}\t${bratLineText(a.quote.exact)}`);
    else if (a.entityId) loss.add('entity links without a Wikidata QID');
    if (a.note) {
      if (/[\t\r\n]/.test(a.note)) loss.add('line breaks in notes (written as spaces)');
      lines.push(`${next('#')}\tAnnotatorNotes ${id}\t${bratLineText(a.note)}`);
    }
  }
  return lines;
}

/** A flag is written bare (null), a choice once, several choices as one line each. */
function attributeValues(value: AttributeValue): (string | null)[] {
  if (value === true) return [null];
  if (value === false) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The non-empty pieces of `[start, end)` between line breaks, in code units. The first
 * starts at `start` and the last ends at `end` even when those are line breaks: a span
 * selected with its paragraph's line break (a triple click) would otherwise come back
 * without it, as the import reads a span from its first fragment's start to its last's end.
 */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n') {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  if (out.length === 0) return [[start, end]];
  out[0]![0] = start;
  out[out.length - 1]![1] = end;
  return out;
}
