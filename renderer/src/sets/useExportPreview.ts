import { useEffect, useState } from 'react';
import type { AuthorId } from '../annotation/types';
import { previewOf, type ExportPreview } from '../export/export-preview';
import { dropsDocumentLevel } from '../export/format-losses';
import { countDocumentLevel, countSet, type SetTotals } from '../export/set-counts';
import type { ExportFormatId } from './export-formats';
import type { ArticleChoice } from './set-repository';

/**
 * The dialog's preview: choosing (the articles not known yet), counting (a few index
 * reads), ready, or failed.
 */
export type ExportPreviewState =
  | { kind: 'choosing' }
  | { kind: 'counting' }
  | { kind: 'ready'; preview: ExportPreview }
  | { kind: 'failed'; reason: string };

export interface ExportPreviewRequest {
  author: AuthorId;
  /** `null` while the chosen articles are being found: nothing is counted. */
  articles: ArticleChoice | null;
  /**
   * `null` while the analyst's default format is not read yet: the set is counted
   * meanwhile (its count is every format's), and no preview is shown.
   */
  format: ExportFormatId | null;
}

type Answer<T> = { value: T } | { failed: string };

/**
 * What `read` answers for `request` (compared member by member), `undefined` while it reads
 * or when `read` is `null` (nothing to read). A newer request's answer replaces an older's.
 */
function useAnswer<T>(request: readonly unknown[], read: (() => Promise<T>) | null) {
  const [answer, setAnswer] = useState<{ request: readonly unknown[]; answer: Answer<T> } | null>(
    null,
  );
  useEffect(() => {
    if (!read) return;
    let isCurrent = true;
    read().then(
      (value) => isCurrent && setAnswer({ request, answer: { value } }),
      (error: unknown) =>
        isCurrent &&
        setAnswer({
          request,
          answer: { failed: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      isCurrent = false;
    };
    // `read` is a new closure each render: the request says when it reads something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, request);
  const isCurrent =
    read !== null &&
    answer !== null &&
    answer.request.length === request.length &&
    answer.request.every((member, n) => member === request[n]);
  return isCurrent ? answer.answer : undefined;
}

/**
 * The preview of the chosen format's losses, from counts of the chosen set (`countSet`):
 * never the export itself, which runs only when the user asks for the file. The counts are
 * read again when the analyst or the articles change; a format change only re-derives, but
 * for the document-level count, read when a format that drops them is first chosen (a
 * range counted entry by entry, which the dialog's default, native, never needs). The set
 * is counted while the format is still being read: at start-up each read waits its turn
 * behind the library's, and counting after the settings' answer was one more turn.
 */
export function useExportPreview({
  author,
  articles,
  format,
}: ExportPreviewRequest): ExportPreviewState {
  const isDroppingDocuments = format !== null && dropsDocumentLevel(format);
  const totals = useAnswer<SetTotals>(
    [author, articles],
    articles ? () => countSet(author, articles) : null,
  );
  const documents = useAnswer<number | null>(
    [author, articles, isDroppingDocuments],
    articles && isDroppingDocuments ? () => countDocumentLevel(author, articles) : null,
  );
  if (!articles) return { kind: 'choosing' };
  if (totals && 'failed' in totals) return { kind: 'failed', reason: totals.failed };
  if (documents && 'failed' in documents) return { kind: 'failed', reason: documents.failed };
  if (format === null || !totals || (isDroppingDocuments && !documents))
    return { kind: 'counting' };
  // A format that keeps document-level annotations never reads their count.
  const documentLevel = documents ? documents.value : null;
  return { kind: 'ready', preview: previewOf(format, { ...totals.value, documentLevel }) };
}
