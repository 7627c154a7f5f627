/**
 * SemEval span TSV export (SemEval-2023 task 3 subtask 3, or PTC 2020 task 11):
 * `article<N>.txt` files (title, empty line, body) and one TSV of
 * `article_id<TAB>technique<TAB>start<TAB>end`, code points into the article file. Only
 * annotations whose codebook item has a label in the chosen scheme are written.
 */
import type { ArticleId } from '../../annotation/types';
import { codePointOffsets } from '../shared/code-point-offsets';
import {
  hasAttributes,
  createSpanLossCounter,
  spanAnnotationsOf,
  type ExportFile,
  type ExportInput,
  type ExportResult,
} from '../shared/export-input';

/** Which task's label strings to write. */
export type SemEvalScheme = 'semeval2023' | 'ptc2020';

/** The span file's name in an export. */
export const SEMEVAL_SPANS_FILE = 'labels-subtask-3-spans.txt';

/** The files, and the numeric SemEval id given to each article (1, 2, … in input order). */
export interface SemEvalExport {
  files: ExportFile[];
  ids: Map<ArticleId, number>;
}

/** Writes the article files and the span TSV (sorted by article, start, end). */
export function exportSemEval(
  input: ExportInput,
  scheme: SemEvalScheme = 'semeval2023',
): ExportResult<SemEvalExport> {
  const loss = createSpanLossCounter(input);
  const ids = new Map<ArticleId, number>();
  const files: ExportFile[] = [];
  const rows: string[] = [];
  input.articles.forEach((article, n) => {
    const id = n + 1;
    ids.set(article.id, id);
    // The layout wants the title on line 1 and the body from line 3; a text that already
    // opens with its title line is written as is, so offsets need no shift.
    const header =
      article.title && !article.text.startsWith(`${article.title}\n`)
        ? `${oneLine(article.title)}\n\n`
        : '';
    const file = header + article.text;
    files.push({ path: `article${id}.txt`, content: file });
    const offsets = codePointOffsets(file);
    for (const a of spanAnnotationsOf(input, article.id)) {
      const technique = input.labelOf(a.itemId).externalLabels?.[scheme];
      if (!technique) {
        loss.add('non-technique labels');
        continue;
      }
      const start = offsets.toCodePoint(a.span.start + header.length);
      const end = offsets.toCodePoint(a.span.end + header.length);
      rows.push(`${id}\t${technique}\t${start}\t${end}`);
      if (a.note) loss.add('notes');
      if (hasAttributes(a.attributes)) loss.add('attributes');
    }
  });
  files.push({ path: SEMEVAL_SPANS_FILE, content: rows.map((r) => `${r}\n`).join('') });
  return { output: { files, ids }, lossiness: loss.report() };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
