import { useEffect, useState } from 'react';
import type { AuthorId } from '../annotation/types';
import { readActiveCodebook } from '../store/codebook-repository';
import type { SemEvalScheme } from '../formats/semeval/semeval-export';
import { runExport, type ExportFormatId, type ExportOutput } from './export-formats';
import { assembleSet, type ArticleChoice } from './set-repository';

/** The export's state: reading with progress, ready with its dry run, or failed. */
export type ExportPreview =
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'ready'; output: ExportOutput }
  | { kind: 'failed'; reason: string };

export interface ExportRequest {
  author: AuthorId;
  articles: ArticleChoice;
  format: ExportFormatId;
  includeTexts: boolean;
  appVersion: string;
  /** The SemEval format's label scheme and layout. */
  semevalScheme: SemEvalScheme;
}

/**
 * Assembles the set and runs the format whenever the request changes: the output is both
 * the dry run whose lossiness the dialog shows and the file it saves.
 */
export function useExportPreview(request: ExportRequest): ExportPreview {
  const { author, articles, format, includeTexts, appVersion, semevalScheme } = request;
  // The preview answers one request; a newer request reads as "reading" until it answers.
  const [answer, setAnswer] = useState<{ request: unknown[]; preview: ExportPreview } | null>(null);
  const key = [author, articles, format, includeTexts, appVersion, semevalScheme];
  useEffect(() => {
    let isCurrent = true;
    const current = [author, articles, format, includeTexts, appVersion, semevalScheme];
    const setPreview = (preview: ExportPreview) => setAnswer({ request: current, preview });
    void (async () => {
      try {
        const assembled = await assembleSet({
          author,
          articles,
          includeTexts,
          onProgress: (done, total) => isCurrent && setPreview({ kind: 'reading', done, total }),
        });
        const codebook = await readActiveCodebook();
        const exportedAt = new Date().toISOString();
        const output = runExport(format, assembled, {
          codebook,
          appVersion,
          exportedAt,
          semevalScheme,
        });
        if (isCurrent) setPreview({ kind: 'ready', output });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (isCurrent) setPreview({ kind: 'failed', reason });
      }
    })();
    return () => {
      isCurrent = false;
    };
  }, [author, articles, format, includeTexts, appVersion, semevalScheme]);
  const isAnswered = answer !== null && answer.request.every((value, i) => value === key[i]);
  return isAnswered ? answer.preview : { kind: 'reading', done: 0, total: 0 };
}
