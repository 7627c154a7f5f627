import { useEffect, useState } from 'react';
import type { AuthorId } from '../annotation/types';
import { previewOf, type ExportPreview } from '../export/export-preview';
import { countSet, type SetCounts } from '../export/set-counts';
import type { ExportFormatId } from './export-formats';
import type { ArticleChoice } from './set-repository';

/** The dialog's preview: counting (a few index reads), ready, or failed. */
export type ExportPreviewState =
  | { kind: 'counting' }
  | { kind: 'ready'; preview: ExportPreview }
  | { kind: 'failed'; reason: string };

export interface ExportPreviewRequest {
  author: AuthorId;
  articles: ArticleChoice;
  format: ExportFormatId;
}

/**
 * The preview of the chosen format's losses, from counts of the chosen set (`countSet`):
 * never the export itself, which runs only when the user asks for the file. The counts are
 * read again when the analyst or the articles change; a format change only re-derives.
 */
export function useExportPreview({
  author,
  articles,
  format,
}: ExportPreviewRequest): ExportPreviewState {
  const [answer, setAnswer] = useState<{
    request: [AuthorId, ArticleChoice];
    counts: SetCounts | { failed: string };
  } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    const request: [AuthorId, ArticleChoice] = [author, articles];
    countSet(author, articles).then(
      (counts) => isCurrent && setAnswer({ request, counts }),
      (error: unknown) =>
        isCurrent &&
        setAnswer({
          request,
          counts: { failed: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      isCurrent = false;
    };
  }, [author, articles]);
  if (!answer || answer.request[0] !== author || answer.request[1] !== articles)
    return { kind: 'counting' };
  if ('failed' in answer.counts) return { kind: 'failed', reason: answer.counts.failed };
  return { kind: 'ready', preview: previewOf(format, answer.counts) };
}
