/** The window's top bar: the app name and the commands that add articles. */
import { ariaShortcut, shortcutLabel } from '../format/shortcut-label';
import { AnalystName } from '../sets/AnalystName';

interface TopBarProps {
  onOpenFiles: () => void;
  onOpenFolder: () => void;
  onOpenCodebook: () => void;
  onOpenReview: () => void;
  onOpenAgreement: () => void;
  onExportSet: () => void;
  onImportSet: () => void;
  isImporting: boolean;
}

/** Brand plus "Open files…" and "Open folder…", with their shortcuts shown. */
export function TopBar({
  onOpenFiles,
  onOpenFolder,
  onOpenCodebook,
  onOpenReview,
  onOpenAgreement,
  onExportSet,
  onImportSet,
  isImporting,
}: TopBarProps) {
  return (
    <header className="top-bar">
      <span className="brand" aria-label="Sourcemark">
        <span className="brand-mark" aria-hidden="true">
          §
        </span>
        Sourcemark
      </span>
      <nav className="top-actions" aria-label="Add articles">
        <button
          type="button"
          onClick={onOpenFiles}
          aria-keyshortcuts={ariaShortcut('Mod+O')}
          title={`Open article files (${shortcutLabel('Mod+O')})`}
        >
          Open files…
        </button>
        <button
          type="button"
          onClick={onOpenFolder}
          aria-keyshortcuts={ariaShortcut('Mod+Shift+O')}
          title={`Open a folder and its subfolders (${shortcutLabel('Mod+Shift+O')})`}
        >
          Open folder…
        </button>
        {isImporting && <span className="top-busy">Importing…</span>}
      </nav>
      <nav className="top-actions top-end" aria-label="Project">
        <AnalystName />
        <button type="button" onClick={onExportSet} title="Export annotations to a file">
          Export…
        </button>
        <button type="button" onClick={onImportSet} title="Import a colleague's annotations">
          Import…
        </button>
        <button
          type="button"
          onClick={onOpenReview}
          title="Compare sets and review colleagues’ tags"
        >
          Review
        </button>
        <button type="button" onClick={onOpenAgreement} title="Inter-annotator agreement">
          Agreement
        </button>
        <button type="button" onClick={onOpenCodebook} title="Edit the labels, colours and keys">
          Codebook
        </button>
      </nav>
    </header>
  );
}
