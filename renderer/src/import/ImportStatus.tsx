/** Import progress while an import runs, then its report until the user dismisses it. */
import type { ArticleId } from '../db/records';
import type { ImportQueueState } from './import-queue';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportReportPanel } from './ImportReportPanel';

interface ImportStatusProps {
  state: ImportQueueState;
  onCancel: () => void;
  onDismiss: () => void;
  onOpenArticle: (id: ArticleId) => void;
}

/** The progress bar (with Cancel) during an import, the report afterwards. */
export function ImportStatus({ state, onCancel, onDismiss, onOpenArticle }: ImportStatusProps) {
  if (state.isRunning) return <ImportProgressBar progress={state.progress} onCancel={onCancel} />;
  if (state.report)
    return (
      <ImportReportPanel
        report={state.report}
        onDismiss={onDismiss}
        onOpenArticle={onOpenArticle}
      />
    );
  return null;
}
