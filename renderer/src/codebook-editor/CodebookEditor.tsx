/**
 * The codebook editor screen: the active codebook's items as a tree, the selected item's
 * details, adding items, and codebook files. Every accepted edit or import is stored as a
 * new version (annotations keep pointing at the version they were made with); the header
 * shows which version is active. Escape or "Back" returns through `onClose`.
 */
import '../styles/codebook-editor.css';
import { useCallback, useRef, useState } from 'react';
import type { CodebookItemId } from '../codebook/codebook-types';
import { useActiveCodebook } from '../store/useActiveCodebook';
import { AddItemForm } from './AddItemForm';
import { CodebookFileActions } from './CodebookFileActions';
import { CodebookTree } from './CodebookTree';
import { ItemDetailsForm } from './ItemDetailsForm';
import { categoryFor } from './tree-rows';
import { useCodebookEdits, type SaveEdit } from './useCodebookEdits';
import { useEscapeToClose } from './useEscapeToClose';

/** The full-height editor; rendered in place of the library or reader. */
export function CodebookEditor({ onClose }: { onClose: () => void }) {
  const index = useActiveCodebook();
  const apply = useCodebookEdits();
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [isAdding, setIsAdding] = useState(false);
  const [status, setStatus] = useState('');
  const labelInputRef = useRef<HTMLInputElement>(null);
  useEscapeToClose(onClose);

  const saveEdit: SaveEdit = useCallback(
    async (edit, done) => {
      const result = await apply(edit);
      if (!result.ok) return result.error;
      setStatus(`${done} Saved as version ${result.value.version}.`);
      return null;
    },
    [apply],
  );

  const select = useCallback((id: string) => {
    setSelectedId(id);
    setIsAdding(false);
  }, []);

  if (!index) return <section aria-label="Codebook editor" className="codebook-editor" aria-busy />;
  const { codebook } = index;
  // After an import the selected id may be gone: fall back to the first item.
  const selected = (selectedId !== undefined && index.byId.get(selectedId)) || codebook.items[0];
  const retiredCount = codebook.items.filter((item) => item.retired).length;

  return (
    <section aria-label="Codebook editor" className="codebook-editor">
      <header className="codebook-editor-header">
        <button
          type="button"
          className="back-button"
          onClick={onClose}
          aria-keyshortcuts="Escape"
          title="Close the codebook editor (Esc)"
        >
          <span aria-hidden="true">←</span> Back
        </button>
        <div className="codebook-editor-heading">
          <h1>{codebook.name}</h1>
          <p className="codebook-editor-meta">
            <span data-testid="codebook-version">Version {codebook.version}</span>
            <code>{codebook.id}</code>
            <span>
              {codebook.items.length} items, {retiredCount} retired
            </span>
          </p>
        </div>
        <CodebookFileActions codebook={codebook} />
      </header>
      <p role="status" className="codebook-editor-status">
        {status}
      </p>
      <div className="codebook-editor-body">
        <div className="codebook-tree-pane">
          <div className="codebook-tree-toolbar">
            <h2 id="codebook-tree-title">Items</h2>
            <button type="button" onClick={() => setIsAdding(true)}>
              Add item
            </button>
          </div>
          <CodebookTree
            index={index}
            selectedId={selected?.id}
            onSelect={select}
            onActivate={() => labelInputRef.current?.focus()}
            labelledBy="codebook-tree-title"
          />
          <p className="codebook-tree-hint">
            <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>←</kbd> <kbd>→</kbd> fold · <kbd>Enter</kbd> edit
            · <kbd>Esc</kbd> close
          </p>
        </div>
        <div className="codebook-details-pane">
          {isAdding ? (
            <AddItemForm
              index={index}
              initialParentId={categoryFor(index, selected)}
              saveEdit={saveEdit}
              onAdded={(id: CodebookItemId) => select(id)}
              onCancel={() => setIsAdding(false)}
            />
          ) : selected ? (
            <ItemDetailsForm
              key={selected.id}
              index={index}
              item={selected}
              saveEdit={saveEdit}
              labelInputRef={labelInputRef}
            />
          ) : (
            <p>This codebook has no items yet. Use “Add item” to start one.</p>
          )}
        </div>
      </div>
    </section>
  );
}
