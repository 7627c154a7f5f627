/**
 * brat standoff import: `.txt`/`.ann` pairs matched by file stem. T lines become drafts (a
 * discontinuous span becomes the range from its first to its last fragment); A, N, R and
 * AnnotatorNotes lines enrich them. Events and equivalences are refused item by item.
 */
import type { AttributeValue } from '../../annotation/types';
import { attributeNameProblem } from '../shared/attribute-values';
import { codePointOffsets } from '../shared/code-point-offsets';
import type { ExportFile } from '../shared/export-input';
import type { AnnotationDraft, ImportItem, ImportResult } from '../shared/import-result';
import { baseName, withoutLeadingBom } from '../shared/leading-bom';
import { checkCodePointSpan, parseOffset } from '../shared/span-check';

/** Reads every `.ann` with its `.txt` (same path without extension); other files are ignored. */
export function importBrat(files: readonly ExportFile[]): ImportResult {
  const texts = new Map(
    files.filter((f) => f.path.endsWith('.txt')).map((f) => [f.path.slice(0, -4), f.content]),
  );
  const result: ImportResult = { articles: [], items: [] };
  for (const file of files.filter((f) => f.path.endsWith('.ann'))) {
    const key = file.path.slice(0, -4);
    const text = texts.get(key);
    if (text === undefined) {
      result.items.push({ kind: 'error', location: file.path, reason: `no ${key}.txt beside it` });
      continue;
    }
    result.articles.push({ key, text, fileName: baseName(`${key}.txt`) });
    result.items.push(...readAnn(key, text, file.path, withoutLeadingBom(file.content)));
  }
  return result;
}

function readAnn(key: string, text: string, path: string, ann: string): ImportItem[] {
  const offsets = codePointOffsets(text);
  const drafts = new Map<string, { location: string; draft: AnnotationDraft }>();
  const attributes = new Map<AnnotationDraft, Map<string, AttributeValue>>();
  const errors: ImportItem[] = [];
  const lines = ann.split(/\r?\n/);
  const error = (i: number, reason: string): void => {
    errors.push({ kind: 'error', location: `${path}:${i + 1}`, reason });
  };
  // Two passes: T lines first, so A/N/R/# lines may come in any order.
  lines.forEach((line, i) => {
    if (!line.startsWith('T')) return;
    const [id, fields = '', ...textParts] = line.split('\t');
    const stated = textParts.length ? textParts.join('\t') : undefined;
    const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(fields);
    if (!id || !m) return error(i, 'malformed text-bound line');
    const frags = (m[2] as string).split(';').map((f) => f.split(' ').map((n) => parseOffset(n)));
    const starts = frags.map((f) => f[0] ?? NaN);
    const ends = frags.map((f) => f[1] ?? NaN);
    const bad = frags.find(([s, e]) => s === undefined || e === undefined || e <= s);
    if (bad) return error(i, `bad fragment ${JSON.stringify(bad)}`);
    const check = checkCodePointSpan(offsets, Math.min(...starts), Math.max(...ends));
    if (!check.ok) return error(i, check.reason);
    const shown = frags.map(([s, e]) =>
      text.slice(offsets.toCodeUnit(s ?? 0), offsets.toCodeUnit(e ?? 0)).replace(/[\t\n]/g, ' '),
    );
    const quoteMatches = stated === undefined ? null : shown.join(' ') === stated;
    const draft: AnnotationDraft = {
      articleKey: key,
      localId: id,
      span: check.span,
      label: m[1] as string,
      attributes: {},
      note: '',
      quoteMatches,
      ...(quoteMatches === false ? { statedQuote: stated } : {}),
    };
    drafts.set(id, { location: `${path}:${i + 1}`, draft });
  });
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('T')) return;
    const [id = '', fields = '', rest] = line.split('\t');
    const parts = fields.split(' ');
    const target = (ref: string | undefined): AnnotationDraft | undefined =>
      ref === undefined ? undefined : drafts.get(ref)?.draft;
    if (id.startsWith('A') || id.startsWith('M')) {
      const [name, ref] = parts;
      const d = target(ref);
      if (!d || !name) return error(i, `attribute of unknown annotation ${ref ?? ''}`);
      const problem = attributeNameProblem(name);
      if (problem) return error(i, problem);
      const value = parts.length > 2 ? parts.slice(2).join(' ') : true;
      // A Map, not the draft's object: names come from the file, and `constructor` or
      // `toString` would read Object.prototype's members as values already set.
      const values = attributes.get(d) ?? new Map<string, AttributeValue>();
      attributes.set(d, values);
      const old = values.get(name);
      values.set(
        name,
        old === undefined || value === true
          ? value
          : [...(Array.isArray(old) ? old : [String(old)]), String(value)],
      );
    } else if (id.startsWith('#')) {
      const d = target(parts[1]);
      if (!d || parts[0] !== 'AnnotatorNotes')
        return error(i, `note on unknown annotation ${parts[1] ?? ''}`);
      d.note = d.note ? `${d.note}\n${rest ?? ''}` : (rest ?? '');
    } else if (id.startsWith('N')) {
      const d = target(parts[1]);
      const qid = /^Wikidata:(Q[1-9]\d*)$/.exec(parts[2] ?? '')?.[1];
      if (!d || !qid) return error(i, 'normalisation needs a known annotation and Wikidata:Q…');
      d.wikidataQid = qid;
    } else if (id.startsWith('R')) {
      const [type, a1, a2] = parts;
      const from = target(a1?.replace(/^Arg1:/, ''));
      const to = a2?.replace(/^Arg2:/, '');
      if ((type !== 'source' && type !== 'cue') || !from || !to || !drafts.has(to)) {
        return error(i, `unsupported relation: ${fields.slice(0, 60)}`);
      }
      from.links = { ...from.links, [type]: to };
    } else {
      error(i, `unsupported line: ${line.slice(0, 60)}`);
    }
  });
  for (const [draft, values] of attributes) draft.attributes = Object.fromEntries(values);
  const imported: ImportItem[] = [...drafts.values()].map((d) => ({ kind: 'imported', ...d }));
  return [...imported, ...errors];
}
