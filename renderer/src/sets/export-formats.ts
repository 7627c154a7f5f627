/**
 * The formats the Export dialog offers, each as a pure function from an assembled set to
 * one file (multi-file formats zipped) and what the format dropped. Running a format is
 * also its dry run: the dialog shows the lossiness before the user saves the file.
 */
import type { CodebookItemId } from '../annotation/types';
import { externalLabelOf, getItem, indexCodebook } from '../codebook/codebook-lookup';
import type { Codebook } from '../codebook/codebook-types';
import { exportBrat } from '../formats/brat/brat-export';
import { exportConll } from '../formats/conll/conll-export';
import { exportCsv } from '../formats/csv/csv-export';
import { exportDoccano } from '../formats/doccano/doccano-export';
import { exportLabelStudio } from '../formats/label-studio/label-studio-export';
import { serializeNativeSet } from '../formats/native/native-envelope';
import { exportRefiQdaParts, QDE_PROJECT_FILE } from '../formats/refi-qda/refi-qda-export';
import { exportSemEval, type SemEvalScheme } from '../formats/semeval/semeval-export';
import type { ExportInput, ExportLabel, ExportResult } from '../formats/shared/export-input';
import type { Lossiness } from '../formats/shared/lossiness';
import { toW3cCollection } from '../formats/w3c/to-w3c';
import { spellW3cCollection } from '../formats/w3c/w3c-file';
import type { AssembledSet } from './set-repository';
import { zipFiles, zipPieces } from './zip-files';

export type ExportFormatId =
  'native' | 'w3c' | 'csv' | 'doccano' | 'label-studio' | 'brat' | 'conll' | 'semeval' | 'refi-qda';

/** A format as the dialog lists it. */
export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** The saved file's ending, dot included. */
  extension: string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'native', label: 'Sourcemark set (lossless)', extension: '.sourcemark.json' },
  { id: 'w3c', label: 'W3C Web Annotation (JSON-LD)', extension: '.jsonld' },
  { id: 'csv', label: 'CSV spreadsheet', extension: '.csv' },
  { id: 'doccano', label: 'doccano JSONL', extension: '.jsonl' },
  { id: 'label-studio', label: 'Label Studio JSON', extension: '.label-studio.json' },
  { id: 'brat', label: 'brat standoff (zip)', extension: '.brat.zip' },
  { id: 'conll', label: 'CoNLL IOB2 (entities)', extension: '.conll' },
  { id: 'semeval', label: 'SemEval span TSV (zip)', extension: '.semeval.zip' },
  { id: 'refi-qda', label: 'REFI-QDA project (.qdpx)', extension: '.qdpx' },
];

/** What writing the file needs beside the set. */
export interface ExportContext {
  codebook: Codebook;
  appVersion: string;
  /** ISO 8601 UTC. */
  exportedAt: string;
  /** The SemEval format's label scheme and layout (default: SemEval-2023). */
  semevalScheme?: SemEvalScheme;
}

/** A SemEval label scheme as the dialog offers it. */
export interface SemEvalSchemeChoice {
  id: SemEvalScheme;
  label: string;
}

export const SEMEVAL_SCHEMES: readonly SemEvalSchemeChoice[] = [
  { id: 'semeval2023', label: 'SemEval-2023 task 3 (23 techniques)' },
  { id: 'ptc2020', label: 'PTC 2020, SemEval-2020 task 11 (14 techniques, corpus layout)' },
];

/** A file ready to save, with what it lost and how many annotations it holds. */
export interface ExportOutput {
  fileName: string;
  mimeType: string;
  content: string | Uint8Array;
  lossiness: Lossiness;
  /** What other tools may not understand (W3C's notes); informative, nothing dropped. */
  notes: string[];
  /** The annotations the file holds, counted as the format wrote them. */
  annotationCount: number;
  /** The annotations chosen for export (the set's, orphans included). */
  selectedCount: number;
}

export const ORPHANS = 'orphaned annotations (not found again in the changed text)';

/** `assembled` without its orphans, whose offsets count into an earlier text of the article. */
function withoutOrphans(assembled: AssembledSet): { kept: AssembledSet; orphans: number } {
  const annotations = assembled.set.annotations.filter(
    (a) => a.kind !== 'span' || a.orphanedFrom === undefined,
  );
  const orphans = assembled.set.annotations.length - annotations.length;
  if (orphans === 0) return { kept: assembled, orphans };
  return { kept: { ...assembled, set: { ...assembled.set, annotations } }, orphans };
}

/**
 * Runs format `id` over `assembled`. Pure: no download, no database. Only the native set
 * keeps orphaned annotations (with the text version they belong to); every other format
 * would place them at offsets into the wrong text, so it leaves them out and says so.
 */
export async function runExport(
  id: ExportFormatId,
  assembled: AssembledSet,
  context: ExportContext,
): Promise<ExportOutput> {
  const selectedCount = assembled.set.annotations.length;
  if (id === 'native') return { ...(await runFormat(id, assembled, context)), selectedCount };
  const { kept, orphans } = withoutOrphans(assembled);
  const output = { ...(await runFormat(id, kept, context)), selectedCount };
  if (orphans === 0) return output;
  const dropped = [...output.lossiness.dropped, { what: ORPHANS, count: orphans }];
  return { ...output, lossiness: { dropped } };
}

async function runFormat(
  id: ExportFormatId,
  assembled: AssembledSet,
  context: ExportContext,
): Promise<Omit<ExportOutput, 'selectedCount'>> {
  const stem = fileStem(assembled.set.author.name, context.exportedAt);
  const base = {
    fileName: exportFileName(id, assembled.set.author.name, context.exportedAt),
    notes: [] as string[],
  };
  const input = exportInput(assembled, context.codebook);
  const json = 'application/json';
  switch (id) {
    case 'native': {
      const stamp = { exportedAt: context.exportedAt, appVersion: context.appVersion };
      // The set carries its review comments since native version 2: nothing is dropped.
      const content = serializeNativeSet(assembled.set, stamp);
      const annotationCount = assembled.set.annotations.length;
      return { ...base, mimeType: json, content, lossiness: { dropped: [] }, annotationCount };
    }
    case 'w3c': {
      const labelOf = input.labelOf;
      const textOf = (a: { id: string }) => assembled.texts.get(a.id as never);
      const out = toW3cCollection(assembled.set, {
        appVersion: context.appVersion,
        labelOf: (itemId) => labelOf(itemId as CodebookItemId).label,
        textOf,
        // "Include the full texts": the set carries them, and the collection embeds them.
        embedTexts: assembled.set.articles.some((a) => a.text !== undefined),
      });
      const content = spellW3cCollection(out.document);
      return {
        ...base,
        mimeType: 'application/ld+json',
        content,
        // Comments are written as `replying` annotations on the annotation they discuss.
        lossiness: { dropped: [] },
        notes: out.notes,
        annotationCount: out.written,
      };
    }
    case 'csv':
      return { ...base, mimeType: 'text/csv', ...asOutput(exportCsv(input), assembled) };
    case 'doccano':
      return {
        ...base,
        mimeType: 'application/jsonl',
        ...asOutput(exportDoccano(input), assembled),
      };
    case 'label-studio':
      return { ...base, mimeType: json, ...asOutput(exportLabelStudio(input), assembled) };
    case 'conll':
      return { ...base, mimeType: 'text/plain', ...asOutput(exportConll(input), assembled) };
    case 'brat': {
      const { output, lossiness, written } = exportBrat(input);
      // Stamped with the export time, as every zip export is: the same set gives the same bytes.
      const content = await zipFiles(output, context.exportedAt);
      return {
        ...base,
        mimeType: 'application/zip',
        content,
        lossiness: withCommentsLoss(lossiness, assembled),
        annotationCount: written,
      };
    }
    case 'semeval': {
      const scheme = context.semevalScheme ?? 'semeval2023';
      const { output, lossiness, written } = exportSemEval(input, scheme);
      const content = await zipFiles(output.files, context.exportedAt);
      return {
        ...base,
        mimeType: 'application/zip',
        content,
        lossiness: withCommentsLoss(lossiness, assembled),
        notes: output.notes,
        annotationCount: written,
      };
    }
    case 'refi-qda': {
      const { output, lossiness, written } = exportRefiQdaParts(input, {
        projectName: stem,
        origin: `Sourcemark ${context.appVersion}`,
        exportedAt: context.exportedAt,
        codebookItems: context.codebook.items,
      });
      // Stamped with the export time, the archive is the same bytes for the same set.
      const content = await zipPieces(
        [
          { path: QDE_PROJECT_FILE, pieces: output.project },
          ...output.sources.map((f) => ({ path: f.path, pieces: [f.content] })),
        ],
        context.exportedAt,
      );
      const dropped = [...lossiness.dropped, ...commentsLoss(assembled).dropped];
      return {
        ...base,
        mimeType: 'application/zip',
        content,
        lossiness: { dropped },
        annotationCount: written,
      };
    }
  }
}

function asOutput(result: ExportResult<string>, assembled: AssembledSet) {
  return {
    content: result.output,
    lossiness: withCommentsLoss(result.lossiness, assembled),
    annotationCount: result.written,
  };
}

/** A format's own losses followed by the review comments it cannot hold. */
function withCommentsLoss(lossiness: Lossiness, assembled: AssembledSet): Lossiness {
  return { dropped: [...lossiness.dropped, ...commentsLoss(assembled).dropped] };
}

/**
 * Review comments travel only in the native and W3C files; every other format has no
 * place for a thread, so it reports them dropped when there are any.
 */
function commentsLoss(assembled: AssembledSet): Lossiness {
  const count = assembled.comments.length;
  return { dropped: count > 0 ? [{ what: 'review comments', count }] : [] };
}

/** The exporters' input: articles with their texts, labels from the codebook. */
export function exportInput(assembled: AssembledSet, codebook: Codebook): ExportInput {
  const authorName = assembled.set.author.name;
  const entities = new Map(assembled.set.entities.map((e) => [e.id as string, e]));
  return {
    articles: assembled.set.articles.map((a) => {
      const original = assembled.originals?.get(a.id);
      return {
        id: a.id,
        title: a.title,
        text: assembled.texts.get(a.id) ?? a.text ?? '',
        sourceName: a.sourceName,
        textSha256: a.textSha256,
        ...(original !== undefined ? { original } : {}),
      };
    }),
    annotations: assembled.set.annotations,
    labelOf: exportLabels(codebook),
    authorName: (id) => (id === assembled.set.author.id ? authorName : id),
    entityQid: (id) => entities.get(id)?.wikidataQid,
    entityName: (id) => entities.get(id)?.name,
  };
}

/** Each codebook item's label, and its names in other schemes, as the exporters write them. */
export function exportLabels(codebook: Codebook): (itemId: CodebookItemId) => ExportLabel {
  const index = indexCodebook(codebook);
  return (itemId) => {
    const external = (scheme: string) => externalLabelOf(index, itemId, scheme);
    const semeval2023 = external('semeval2023');
    const ptc2020 = external('ptc2020');
    const conll = external('conll');
    return {
      label: getItem(index, itemId)?.label ?? itemId,
      externalLabels: {
        ...(semeval2023 ? { semeval2023 } : {}),
        ...(ptc2020 ? { ptc2020 } : {}),
        ...(conll ? { conll } : {}),
      },
    };
  };
}

/** The file name format `id` writes for `authorName`'s set exported at `exportedAt`. */
export function exportFileName(id: ExportFormatId, authorName: string, exportedAt: string): string {
  const format = EXPORT_FORMATS.find((f) => f.id === id)!;
  return `${fileStem(authorName, exportedAt)}${format.extension}`;
}

/** `sourcemark-leyla-2026-03-11`: the analyst's name made file-safe, and the day. */
function fileStem(name: string, exportedAt: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return ['sourcemark', safe, exportedAt.slice(0, 10)].filter(Boolean).join('-');
}
