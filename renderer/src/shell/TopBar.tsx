/** The window's top bar: the app name and the commands that add articles. */
import { ariaShortcut, shortcutLabel } from '../format/shortcut-label';

interface TopBarProps {
  onOpenFiles: () => void;
  onOpenFolder: () => void;
  onOpenCodebook: () => void;
  isImporting: boolean;
}

/** Brand plus "Open files…" and "Open folder…", with their shortcuts shown. */
export function TopBar({ onOpenFiles, onOpenFolder, onOpenCodebook, isImporting }: TopBarProps) {
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
        <button type="button" onClick={onOpenCodebook} title="Edit the labels, colours and keys">
          Codebook
        </button>
      </nav>
    </header>
  );
}
