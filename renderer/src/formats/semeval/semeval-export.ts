/**
 * SemEval span TSV export, in the layout of the chosen task, so a corpus comes back as it
 * was distributed:
 * - PTC 2020 (SemEval-2020 task 11): `articles/article<ID>.txt` and, per article,
 *   `labels-technique/article<ID>.task2-TC.labels` (empty when it has no technique), one
 *   `id<TAB>technique<TAB>start<TAB>end` line per span, as in the corpus.
 * - SemEval-2023 task 3: `article<ID>.txt` and one `labels-subtask-3-spans.txt` of the same lines.
 * Offsets are code points, end exclusive, into the article file as written: the article's
 * original as given when it differs from the stored text only by normalisation (BOM, CRLF,
 * NFC; see `given-text.ts`), else the stored text. No title line is added: the file is the
 * article's own text, which for a corpus article already opens with its title. Article ids
 * are kept from `article<ID>.txt` file names (`semeval-ids.ts`). Only annotations whose
 * item has a label in the scheme are written; lines come in text order.
 */
import type { ArticleId } from '../../annotation/types';
import {
  createSpanLossCounter,
  hasAttributes,
  spanAnnotationsOf,
  type ExportFile,
  type ExportInput,
  type ExportResult,
} from '../shared/export-input';
import { givenText } from '../shared/given-text';
import { semEvalArticleIds } from './semeval-ids';
import { isLabelAttribute, techniqueLabel, type SemEvalScheme } from './semeval-labels';

export type { SemEvalScheme } from './semeval-labels';

/** The SemEval-2023 span file's name in an export. */
export const SEMEVAL_SPANS_FILE = 'labels-subtask-3-spans.txt';

/** The PTC corpus's folders, as distributed (`articles/`, `labels-technique/`). */
export const PTC_FOLDERS = { articles: 'articles', labels: 'labels-technique' } as const;

/** The files, the SemEval id of each article, and what the user should know about them. */
export interface SemEvalExport {
  files: ExportFile[];
  ids: Map<ArticleId, string>;
  /** Informative: articles named by their text hash, files written as their originals. */
  notes: string[];
}

/** Writes the article files and the span lines of `scheme`. */
export function exportSemEval(
  input: ExportInput,
  scheme: SemEvalScheme = 'semeval2023',
): ExportResult<SemEvalExport> {
  const loss = createSpanLossCounter(input);
  const semEvalIds = semEvalArticleIds(input.articles);
  const ids = new Map<ArticleId, string>();
  const articleFiles: ExportFile[] = [];
  const labelFiles: ExportFile[] = [];
  const allRows: string[] = [];
  let written = 0;
  let originals = 0;
  for (const article of input.articles) {
    const id = semEvalIds.get(article.id)!.id;
    ids.set(article.id, id);
    const file = givenText(article);
    if (file.isOriginal) originals += 1;
    const rows: string[] = [];
    for (const a of spanAnnotationsOf(input, article.id)) {
      const technique = techniqueLabel(a, input.labelOf(a.itemId), scheme);
      if (!technique) {
        loss.add('non-technique labels');
        continue;
      }
      const at = file.codePointSpan(a.span);
      if (!at) {
        loss.add('annotations outside their article text');
        continue;
      }
      rows.push(`${id}\t${technique}\t${at.start}\t${at.end}`);
      written += 1;
      if (a.note) loss.add('notes');
      const kept = Object.entries(a.attributes).filter(([key]) => !isLabelAttribute(key, scheme));
      if (hasAttributes(Object.fromEntries(kept))) loss.add('attributes');
    }
    const lines = rows.map((r) => `${r}\n`).join('');
    if (scheme === 'ptc2020') {
      articleFiles.push({
        path: `${PTC_FOLDERS.articles}/article${id}.txt`,
        content: file.content,
      });
      labelFiles.push({
        path: `${PTC_FOLDERS.labels}/article${id}.task2-TC.labels`,
        content: lines,
      });
    } else {
      articleFiles.push({ path: `article${id}.txt`, content: file.content });
      allRows.push(lines);
    }
  }
  const files =
    scheme === 'ptc2020'
      ? [...articleFiles, ...labelFiles]
      : [...articleFiles, { path: SEMEVAL_SPANS_FILE, content: allRows.join('') }];
  const hashed = [...semEvalIds.values()].filter((v) => v.from === 'text-hash').length;
  const notes: string[] = [];
  if (hashed > 0) {
    notes.push(
      `${counted(hashed, 'article has', 'articles have')} no article<ID>.txt file name: numbered from the text's SHA-256, the same number in every export.`,
    );
  }
  if (originals > 0) {
    notes.push(
      `${counted(originals, 'article is', 'articles are')} written as the original file (byte order mark, line ends or accents as given), offsets counted in it.`,
    );
  }
  return { output: { files, ids, notes }, lossiness: loss.report(), written };
}

/** "1 article has", "3 articles have". */
function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
