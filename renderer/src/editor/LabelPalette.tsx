/**
 * The label palette: type to filter the codebook (labels, paths and external labels such
 * as SemEval strings), arrows to move, Enter to apply, Escape to close.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import type { CodebookItem } from '../codebook/codebook-types';
import { paletteItems } from '../codebook/palette-search';
import { rootIdOf } from '../codebook/codebook-invariants';
import { keyStrokesOf } from '../help/label-keys';
import { useModalDialog } from '../shell/useModalDialog';

interface LabelPaletteProps {
  codebook: CodebookIndex;
  /** What the pick will do, for the dialog title ("Tag selection", "Relabel"). */
  title: string;
  scope: 'span' | 'document';
  /** A category key already pressed: the palette offers that category's labels only. */
  categoryId?: string;
  onPick: (item: CodebookItem) => void;
  onClose: () => void;
}

/** A modal list of codebook items filtered by what is typed. */
export function LabelPalette({
  codebook,
  title,
  scope,
  categoryId,
  onPick,
  onClose,
}: LabelPaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const dialogRef = useModalDialog();
  const listId = useId();
  // Categories with children are headings, not labels: the palette offers the leaves.
  const entries = useMemo(
    () =>
      paletteItems(codebook, query, { scope }).filter(
        (entry) =>
          (codebook.childrenByParent.get(entry.item.id) ?? []).length === 0 &&
          (categoryId === undefined || rootIdOf(codebook.byId, entry.item.id) === categoryId),
      ),
    [codebook, query, scope, categoryId],
  );
  const activeIndex = Math.min(active, Math.max(0, entries.length - 1));

  useEffect(() => {
    document.getElementById(`${listId}-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex, listId]);

  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <input
        className="palette-input"
        role="combobox"
        aria-label="Filter labels"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={entries.length > 0 ? `${listId}-${activeIndex}` : undefined}
        placeholder={`${title}: type a label…`}
        value={query}
        autoFocus
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((activeIndex + step + entries.length) % Math.max(1, entries.length));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            const entry = entries[activeIndex];
            if (entry) onPick(entry.item);
          }
        }}
      />
      <ul id={listId} role="listbox" className="palette-list" aria-label="Labels">
        {entries.map((entry, index) => (
          <li
            key={entry.item.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className={index === activeIndex ? 'is-active' : undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(entry.item)}
          >
            <span className="swatch" style={{ backgroundColor: entry.item.colour }} />
            <span className="palette-path">{entry.path}</span>
            {keyStrokesOf(codebook, entry.item.id) && (
              <kbd className="palette-key">{keyStrokesOf(codebook, entry.item.id)!.join(' ')}</kbd>
            )}
            {entry.item.externalLabels.semeval2023 && (
              <span className="palette-external">{entry.item.externalLabels.semeval2023}</span>
            )}
          </li>
        ))}
        {entries.length === 0 && <li className="palette-empty">No label matches “{query}”.</li>}
      </ul>
    </dialog>
  );
}
