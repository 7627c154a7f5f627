/** The window's top bar: the app name and the commands that add articles. */
import { ariaShortcut, shortcutLabel } from '../format/shortcut-label';
import { AnalystName } from '../sets/AnalystName';

interface TopBarProps {
  onOpenFiles: () => void;
  onOpenFolder: () => void;
  onOpenCodebook: () => void;
  onOpenReview: () => void;
  onOpenAgreement: () => void;
  onOpenTrash: () => void;
  onOpenStatistics: () => void;
  /** Full-text and annotation search (`search/SearchView.tsx`). */
  onOpenSearch?: () => void;
  onExportSet: () => void;
  onImportSet: () => void;
  /** Back up or restore the whole workspace (`backup/BackupDialog.tsx`). */
  onOpenBackups?: () => void;
  isImporting: boolean;
  onOpenSettings: () => void;
  onOpenCheatSheet: () => void;
}

/** Brand plus "Open files…" and "Open folder…", with their shortcuts shown. */
export function TopBar({
  onOpenFiles,
  onOpenFolder,
  onOpenCodebook,
  onOpenReview,
  onOpenAgreement,
  onOpenTrash,
  onOpenStatistics,
  onOpenSearch,
  onExportSet,
  onImportSet,
  onOpenBackups,
  isImporting,
  onOpenSettings,
  onOpenCheatSheet,
}: TopBarProps) {
  return (
    <header className="top-bar">
      <span className="brand">
        <span className="brand-mark" aria-hidden="true">
          §
        </span>
        <span className="brand-name">Sourcemark</span>
      </span>
      <nav className="top-actions" aria-label="Add articles">
        <button
          type="button"
          onClick={onOpenFiles}
          aria-keyshortcuts={ariaShortcut('Mod+O')}
          title={`Open article files (${shortcutLabel('Mod+O')})`}
        >
          {/* "Open" is hidden on narrow windows (still read): the bar stays one row. */}
          <span className="top-verb">Open </span>
          <span className="top-noun">files…</span>
        </button>
        <button
          type="button"
          onClick={onOpenFolder}
          aria-keyshortcuts={ariaShortcut('Mod+Shift+O')}
          title={`Open a folder and its subfolders (${shortcutLabel('Mod+Shift+O')})`}
        >
          {/* "Open" is hidden on narrow windows (still read): the bar stays one row. */}
          <span className="top-verb">Open </span>
          <span className="top-noun">folder…</span>
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
        {onOpenBackups && (
          <button
            type="button"
            onClick={onOpenBackups}
            title="Back up the whole workspace, or restore a backup or snapshot"
          >
            Backups…
          </button>
        )}
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
        {onOpenSearch && (
          <button
            type="button"
            onClick={onOpenSearch}
            aria-keyshortcuts={ariaShortcut('Mod+Shift+F')}
            title={`Search texts and annotations (${shortcutLabel('Mod+Shift+F')})`}
          >
            Search
          </button>
        )}
        <button type="button" onClick={onOpenStatistics} title="Counts and charts over the corpus">
          Statistics
        </button>
        <button type="button" onClick={onOpenCodebook} title="Edit the labels, colours and keys">
          Codebook
        </button>
        <button type="button" onClick={onOpenTrash} title="Deleted items, imported sets, storage">
          Trash
        </button>
        <button
          type="button"
          className="top-icon"
          onClick={onOpenSettings}
          aria-label="Settings"
          aria-keyshortcuts={ariaShortcut('Mod+,')}
          title={`Settings (${shortcutLabel('Mod+,')})`}
        >
          <span aria-hidden="true">⚙</span>
        </button>
        <button
          type="button"
          className="top-icon"
          onClick={onOpenCheatSheet}
          aria-label="Keys"
          aria-keyshortcuts="? F1"
          title="Every key (? or F1)"
        >
          <span aria-hidden="true">?</span>
        </button>
      </nav>
    </header>
  );
}
