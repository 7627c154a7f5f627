/**
 * Which annotation layout a folder or zip holds, told from its file names, as the tools and
 * corpora write them: brat (`X.txt` beside `X.ann`, with `annotation.conf`), the Propaganda
 * Techniques Corpus (`article<ID>.txt` with `*.task2-TC.labels` and `*.task1-SI.labels`, in
 * folders of their own or not), SemEval-2023 task 3 (`article<ID>.txt` with a span file such
 * as `train-labels-subtask-3-spans.txt`), or a doccano export (`*.jsonl`). Folders never
 * matter: files pair up by name. A layout Sourcemark does not know is refused with what it
 * expected and what it found. Pure.
 */
import type { ExportFile } from '../formats/shared/export-input';
import { baseName } from '../formats/shared/leading-bom';

/** What a folder or zip holds, and the files each reader needs. */
export type SetLayout =
  | { kind: 'brat'; files: ExportFile[] }
  | {
      kind: 'semeval';
      formatLabel: string;
      articles: ExportFile[];
      spanFiles: ExportFile[];
      /** Files of neither kind (a README, other subtasks' labels), named in a note. */
      passedOver: string[];
    }
  | { kind: 'doccano'; files: ExportFile[] }
  | { kind: 'unknown'; reason: string };

/** The layouts, as the refusal names them. */
export const EXPECTED_LAYOUTS =
  'brat (X.txt beside X.ann, with annotation.conf), the Propaganda Techniques Corpus ' +
  '(articles/article<ID>.txt with labels-technique/*.task2-TC.labels or labels-span/*.task1-SI.labels), ' +
  'SemEval-2023 task 3 (article<ID>.txt with a span file such as train-labels-subtask-3-spans.txt) ' +
  'or a doccano export (*.jsonl)';

const ARTICLE = /^article\w+\.txt$/;
/** PTC label files, or a SemEval-2023 span file (`…-spans.txt`), or any TSV of span lines. */
const SPAN_FILE = /\.labels$|spans\.txt$|\.tsv$/i;
/** What a brat project holds beside its pairs: not worth a note. */
const BRAT_CONF = /^(annotation|visual|tools|kb_shortcuts)\.conf$/;

/** The layout of `files` (paths relative to the picked folder or the zip's root). */
export function recogniseLayout(files: readonly ExportFile[]): SetLayout {
  const named = files.filter((f) => !baseName(f.path).startsWith('.'));
  if (named.some((f) => f.path.endsWith('.ann'))) return { kind: 'brat', files: named };
  const articles = named.filter((f) => ARTICLE.test(baseName(f.path)));
  const spanFiles = named.filter((f) => SPAN_FILE.test(baseName(f.path)));
  if (articles.length > 0 && spanFiles.length > 0) {
    const isPtc = spanFiles.some((f) => f.path.endsWith('.labels'));
    const passedOver = named
      .filter((f) => !articles.includes(f) && !spanFiles.includes(f))
      .map((f) => f.path);
    return {
      kind: 'semeval',
      formatLabel: isPtc ? 'PTC (SemEval-2020 task 11)' : 'SemEval-2023 task 3 spans',
      articles,
      spanFiles,
      passedOver,
    };
  }
  const jsonl = named.filter((f) => /\.jsonl$/i.test(f.path));
  if (jsonl.length > 0) return { kind: 'doccano', files: jsonl };
  const holds =
    articles.length > 0
      ? `${count(articles.length, 'article<ID>.txt file')} but no span file (*.labels, *-spans.txt or *.tsv)`
      : describeFiles(named.map((f) => f.path).filter((p) => !BRAT_CONF.test(baseName(p))));
  return {
    kind: 'unknown',
    reason: `Sourcemark reads ${EXPECTED_LAYOUTS}. This holds ${holds}.`,
  };
}

/** A note naming the files a SemEval layout passed over, or none. */
export function passedOverNote(paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const listed = paths.slice(0, 5).join(', ') + (paths.length > 5 ? ', …' : '');
  return [
    `Passed over ${count(paths.length, 'file')} that ${paths.length === 1 ? 'is' : 'are'} neither an article<ID>.txt nor a span file: ${listed}.`,
  ];
}

/** "3 .txt files (a.txt, b.txt, c.txt) and 1 .md file (README.md)", or "no files". */
export function describeFiles(paths: readonly string[]): string {
  if (paths.length === 0) return 'no files';
  const byExtension = new Map<string, string[]>();
  for (const path of paths) {
    const name = baseName(path);
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 ? name.slice(dot).toLowerCase() : 'extensionless';
    byExtension.set(extension, [...(byExtension.get(extension) ?? []), name]);
  }
  const parts = [...byExtension].map(([extension, names]) => {
    const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
    const counted =
      extension === 'extensionless'
        ? count(names.length, 'file without extension', 'files without extension')
        : count(names.length, `${extension} file`);
    return `${counted} (${shown})`;
  });
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "1 .txt file", "3 .txt files": `many` defaults to `one` with an "s". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
