/** The first thing a new user sees: what the app takes, and every way to add articles. */
import { shortcutLabel } from '../format/shortcut-label';

interface EmptyLibraryProps {
  supportedExtensions: readonly string[];
  onLoadSamples: () => void;
  onOpenFiles: () => void;
  onOpenFolder: () => void;
}

/** The empty library: load the samples, open files or a folder, or drop files. */
export function EmptyLibrary({
  supportedExtensions,
  onLoadSamples,
  onOpenFiles,
  onOpenFolder,
}: EmptyLibraryProps) {
  const kinds =
    supportedExtensions.length > 0 ? supportedExtensions.join(', ') : '.txt, .md, .html';
  return (
    <section className="empty-library" aria-labelledby="empty-library-title">
      <h2 id="empty-library-title">Your library is empty</h2>
      <p>
        Add news articles saved as text, Markdown or web pages ({kinds}). Sourcemark keeps its own
        copy of each text, so your annotations stay put even when the file changes.
      </p>
      <div className="empty-actions">
        <button type="button" className="button-primary" onClick={onLoadSamples}>
          Load sample articles
        </button>
        {/* No ellipsis here: the top bar's "Open files…" stays the one control of that name. */}
        <button type="button" onClick={onOpenFiles}>
          Open files
        </button>
        <button type="button" onClick={onOpenFolder}>
          Open folder
        </button>
      </div>
      <ul className="empty-hints">
        <li>
          <kbd>{shortcutLabel('Mod+O')}</kbd> opens files, <kbd>{shortcutLabel('Mod+Shift+O')}</kbd>{' '}
          a whole folder (its subfolders too).
        </li>
        <li>Drag and drop files anywhere on this window to add them.</li>
        <li>
          Then open an article, select a passage and press a label key (<kbd>e</kbd> then{' '}
          <kbd>p</kbd> tags a person); <kbd>?</kbd> lists every key.
        </li>
      </ul>
    </section>
  );
}
