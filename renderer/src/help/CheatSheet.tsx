/** The cheat sheet: every key of the app in a dialog (`?` or F1), from the key table. */
import { useId } from 'react';
import { ModalDialog } from '../shell/ModalDialog';
import { useActiveCodebook } from '../store/useActiveCodebook';
import { KeyList } from './KeyList';
import '../styles/help.css';

export function CheatSheet({ onClose }: { onClose: () => void }) {
  const codebook = useActiveCodebook();
  const titleId = useId();
  return (
    <ModalDialog className="cheat-sheet" labelledBy={titleId} onClose={onClose}>
      {/* Keys typed here stay here: the reader's keys must not act behind the sheet. */}
      <div onKeyDown={(event) => event.stopPropagation()}>
        <h2 id={titleId}>Keys</h2>
        <p className="settings-hint">
          Select text in an article, then press a category key and an item key to tag it.
        </p>
        <KeyList codebook={codebook ?? undefined} />
        <div className="dialog-actions">
          <button type="button" className="button-primary" onClick={onClose} autoFocus>
            Close
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
