/** Import progress while an import runs, then its report until the user dismisses it. */
import type { ArticleId } from '../db/records';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReportPanel } from './ImportReportPanel';
import { useImportQueueState, type ImportQueueHandle } from './useImportQueue';

interface ImportStatusProps {
  imports: ImportQueueHandle;
  onOpenArticle: (id: ArticleId) => void;
}

/**
 * The progress bar (with Cancel) during an import, the report afterwards. The one component
 * that follows the queue's progress: a tick re-renders it alone, never the library.
 */
export function ImportStatus({ imports, onOpenArticle }: ImportStatusProps) {
  const state = useImportQueueState(imports.queue);
  if (state.isRunning)
    return <ImportProgressBar progress={state.progress} onCancel={imports.cancel} />;
  if (state.report)
    return (
      <ImportReportPanel
        report={state.report}
        onDismiss={imports.dismissReport}
        onOpenArticle={onOpenArticle}
      />
    );
  return null;
}
