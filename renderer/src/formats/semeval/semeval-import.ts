/**
 * SemEval span import, each span file read on its own so that an error names its real file
 * and line: the Propaganda Techniques Corpus (SemEval-2020 task 11: per article an
 * `article<ID>.task2-TC.labels` of `id<TAB>technique<TAB>start<TAB>end` lines and an
 * `article<ID>.task1-SI.labels` of unlabelled `id<TAB>start<TAB>end` lines) and SemEval-2023
 * task 3 (one `*-spans.txt` of technique lines for many articles), with the `article<ID>.txt`
 * files the offsets count into: code points of the file as given, a byte order mark
 * included. The articles are returned as given; the caller stores their normal form and maps
 * every span there (`sets/draft-annotations.ts`). PTC labels are mapped to SemEval-2023
 * strings, the original kept in an attribute. The files state no quote: the caller checks
 * each span against the text at its offsets.
 *
 * Unlabelled (task1-SI) spans. In the corpus every one is also a technique span of the
 * article's task2-TC file (same offsets), which says more about it: importing both would
 * count each such span twice in agreement and review. So an SI span that a technique line
 * already holds is not imported again, and the result's notes say how many there were; an SI
 * span no technique line holds (an SI file alone, as subtask 1 gave them) imports onto the
 * codebook's persuasion-technique root, flagged unlabelled (`ptc-labels.ts`).
 */
import { codePointOffsets, type CodePointOffsets } from '../shared/code-point-offsets';
import type { ExportFile } from '../shared/export-input';
import type { AnnotationDraft, ImportResult } from '../shared/import-result';
import { baseName, withoutLeadingBom } from '../shared/leading-bom';
import { checkCodePointSpan, parseOffset } from '../shared/span-check';
import {
  PTC_LABEL_ATTRIBUTE,
  PTC_TO_SEMEVAL2023,
  PTC_UNLABELLED_ATTRIBUTE,
  PTC_UNLABELLED_ITEM,
} from './ptc-labels';

/** `article<ID>.txt`, as both tasks name their article files. */
const ARTICLE_FILE = /^article(\w+)\.txt$/;

/** A task1-SI file of unlabelled spans (`article1.task1-SI.labels`, `train-task1-SI.labels`). */
export function isUnlabelledSpanFile(path: string): boolean {
  return /(?:^|[^A-Za-z])SI\.labels$/.test(baseName(path));
}

interface Article {
  text: string;
  offsets?: CodePointOffsets;
  /** `start:end` of every technique span read, for telling covered SI spans apart. */
  techniqueSpans: Set<string>;
}

/** Reads every span file of `spanFiles` against the `article<ID>.txt` files of `articleFiles`. */
export function importSemEval(
  spanFiles: readonly ExportFile[],
  articleFiles: readonly ExportFile[],
): ImportResult {
  const result: ImportResult = { articles: [], items: [] };
  const articles = new Map<string, Article>();
  for (const file of articleFiles) {
    const fileName = baseName(file.path);
    const id = ARTICLE_FILE.exec(fileName)?.[1];
    // A namesake in another folder (the same article copied per subtask) is the same id.
    if (id === undefined || articles.has(id)) continue;
    articles.set(id, { text: file.content, techniqueSpans: new Set() });
    const title = file.content.split('\n', 1)[0];
    result.articles.push({ key: id, text: file.content, fileName, ...(title ? { title } : {}) });
  }
  // Technique files first, so that an SI span is known to be covered whatever the order.
  const ordered = [
    ...spanFiles.filter((f) => !isUnlabelledSpanFile(f.path)),
    ...spanFiles.filter((f) => isUnlabelledSpanFile(f.path)),
  ];
  let covered = 0;
  for (const file of ordered) {
    const isUnlabelled = isUnlabelledSpanFile(file.path);
    withoutLeadingBom(file.content)
      .split(/\r?\n/)
      .forEach((line, i) => {
        if (line.trim() === '') return;
        const location = `${file.path}:${i + 1}`;
        const read = readLine(line, isUnlabelled, articles);
        if (!read.ok) return result.items.push({ kind: 'error', location, reason: read.reason });
        const { id, label, span, article } = read;
        const key = `${span.start}:${span.end}`;
        if (label === undefined && article.techniqueSpans.has(key)) {
          covered += 1;
          return;
        }
        if (label !== undefined) article.techniqueSpans.add(key);
        result.items.push({ kind: 'imported', location, draft: draftOf(id, label, span) });
      });
  }
  if (covered > 0) {
    result.notes = [
      covered === 1
        ? '1 unlabelled span (task1-SI) is also a technique span (task2-TC) at the same offsets: imported once, with its technique.'
        : `${covered.toLocaleString('en')} unlabelled spans (task1-SI) are also technique spans (task2-TC) at the same offsets: imported once, with their technique.`,
    ];
  }
  return result;
}

type LineRead =
  | { ok: true; id: string; label?: string; span: AnnotationDraft['span']; article: Article }
  | { ok: false; reason: string };

/** One line: `id technique start end`, or `id start end` in an unlabelled file. */
function readLine(line: string, isUnlabelled: boolean, articles: Map<string, Article>): LineRead {
  const fields = line.split('\t');
  const [id = '', ...rest] = fields;
  const expected = isUnlabelled ? 3 : 4;
  if (fields.length !== expected || (!isUnlabelled && !rest[0])) {
    const columns = isUnlabelled ? 'id, start, end' : 'id, technique, start, end';
    return { ok: false, reason: `expected ${expected} tab-separated fields (${columns})` };
  }
  const [startField, endField] = rest.slice(-2);
  const article = articles.get(id);
  if (!article) return { ok: false, reason: `no article${id}.txt` };
  const start = parseOffset(startField);
  const end = parseOffset(endField);
  article.offsets ??= codePointOffsets(article.text);
  const span = checkCodePointSpan(article.offsets, start ?? startField, end ?? endField);
  if (!span.ok) return span;
  return { ok: true, id, span: span.span, article, ...(isUnlabelled ? {} : { label: rest[0] }) };
}

function draftOf(
  id: string,
  label: string | undefined,
  span: AnnotationDraft['span'],
): AnnotationDraft {
  const base = { articleKey: id, span, note: '', quoteMatches: null };
  if (label === undefined) {
    return {
      ...base,
      label: PTC_UNLABELLED_ITEM,
      attributes: { [PTC_UNLABELLED_ATTRIBUTE]: true },
    };
  }
  const mapped = PTC_TO_SEMEVAL2023.get(label);
  return {
    ...base,
    label: mapped ?? label,
    attributes: mapped !== undefined && mapped !== label ? { [PTC_LABEL_ATTRIBUTE]: label } : {},
  };
}
