/**
 * SemEval span TSV import (PTC 2020 task 11 and SemEval-2023 task 3 layouts) with the
 * `article<ID>.txt` files the offsets count into (code points). PTC labels are mapped to
 * SemEval-2023 strings, the original kept in an attribute. The files state no quote, so
 * `quoteMatches` is null: PTC warns of offsets shifted by an encoding mismatch, which the
 * caller can spot by re-anchoring.
 */
import { codePointOffsets, type CodePointOffsets } from '../shared/code-point-offsets';
import type { ExportFile } from '../shared/export-input';
import type { ImportResult } from '../shared/import-result';
import { checkCodePointSpan, parseOffset } from '../shared/span-check';
import { PTC_LABEL_ATTRIBUTE, PTC_TO_SEMEVAL2023 } from './ptc-labels';

/** Reads `tsv` against `articles` (files named `article<ID>.txt`, any folder). */
export function importSemEval(
  tsv: string,
  articles: readonly ExportFile[],
  fileName = 'spans.tsv',
): ImportResult {
  const result: ImportResult = { articles: [], items: [] };
  const texts = new Map<string, { text: string; offsets?: CodePointOffsets }>();
  for (const file of articles) {
    const id = /(?:^|\/)article(\w+)\.txt$/.exec(file.path)?.[1];
    if (id === undefined) continue;
    texts.set(id, { text: file.content });
    const title = file.content.split('\n', 1)[0];
    result.articles.push({ key: id, text: file.content, ...(title ? { title } : {}) });
  }
  tsv.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const location = `${fileName}:${i + 1}`;
    const fields = line.split('\t');
    const [id = '', label = '', startField, endField] = fields;
    const article = texts.get(id);
    if (fields.length !== 4 || !label) {
      return result.items.push({
        kind: 'error',
        location,
        reason: 'expected 4 tab-separated fields',
      });
    }
    if (!article)
      return result.items.push({ kind: 'error', location, reason: `no article${id}.txt` });
    const start = parseOffset(startField);
    const end = parseOffset(endField);
    article.offsets ??= codePointOffsets(article.text);
    const span = checkCodePointSpan(article.offsets, start ?? startField, end ?? endField);
    if (!span.ok) return result.items.push({ kind: 'error', location, reason: span.reason });
    const mapped = PTC_TO_SEMEVAL2023.get(label);
    result.items.push({
      kind: 'imported',
      location,
      draft: {
        articleKey: id,
        span: span.span,
        label: mapped ?? label,
        attributes:
          mapped !== undefined && mapped !== label ? { [PTC_LABEL_ATTRIBUTE]: label } : {},
        note: '',
        quoteMatches: null,
      },
    });
  });
  return result;
}
