/**
 * The label palette: type to filter the codebook (labels, paths and external labels such
 * as SemEval strings), arrows to move, Enter to apply, Escape to close. Commands that act
 * on what the palette was opened for (linking a focused claim's source) come first, each
 * with its key, so the palette also teaches the keys that skip it.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import type { CodebookItem } from '../codebook/codebook-types';
import { paletteItems } from '../codebook/palette-search';
import { rootIdOf } from '../codebook/codebook-invariants';
import { keyStrokesOf } from '../help/label-keys';
import { useModalDialog } from '../shell/useModalDialog';

/** A command offered above the labels: its words, its key (as the key table writes it). */
export interface PaletteCommand {
  id: string;
  label: string;
  keys: string;
  run: () => void;
}

const NO_COMMANDS: readonly PaletteCommand[] = [];

interface LabelPaletteProps {
  codebook: CodebookIndex;
  /** What the pick will do, for the dialog title ("Tag selection", "Relabel"). */
  title: string;
  scope: 'span' | 'document';
  /** A category key already pressed: the palette offers that category's labels only. */
  categoryId?: string;
  /** Offered first, filtered by what is typed; a command picked closes the palette. */
  commands?: readonly PaletteCommand[];
  onPick: (item: CodebookItem) => void;
  onClose: () => void;
}

/** A modal list of codebook items filtered by what is typed. */
export function LabelPalette({
  codebook,
  title,
  scope,
  categoryId,
  commands = NO_COMMANDS,
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
  const shownCommands = useMemo(() => {
    const words = query.trim().toLowerCase();
    return commands.filter((command) => command.label.toLowerCase().includes(words));
  }, [commands, query]);
  // One list to step through: the commands, then the labels.
  const count = shownCommands.length + entries.length;
  const activeIndex = Math.min(active, Math.max(0, count - 1));
  const choose = (index: number) => {
    const command = shownCommands[index];
    if (command) {
      onClose();
      command.run();
      return;
    }
    const entry = entries[index - shownCommands.length];
    if (entry) onPick(entry.item);
  };

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
        aria-activedescendant={count > 0 ? `${listId}-${activeIndex}` : undefined}
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
            setActive((activeIndex + step + count) % Math.max(1, count));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(activeIndex);
          }
        }}
      />
      <ul id={listId} role="listbox" className="palette-list" aria-label="Labels">
        {shownCommands.map((command, index) => (
          <li
            key={command.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            aria-keyshortcuts={command.keys}
            className={`palette-command${index === activeIndex ? ' is-active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(index)}
          >
            <span className="palette-path">{command.label}</span>
            <kbd className="palette-key">{command.keys}</kbd>
          </li>
        ))}
        {entries.map((entry, at) => {
          const index = shownCommands.length + at;
          return (
            <li
              key={entry.item.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className={index === activeIndex ? 'is-active' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(index)}
            >
              <span className="swatch" style={{ backgroundColor: entry.item.colour }} />
              <span className="palette-path">{entry.path}</span>
              {keyStrokesOf(codebook, entry.item.id) && (
                <kbd className="palette-key">
                  {keyStrokesOf(codebook, entry.item.id)!.join(' ')}
                </kbd>
              )}
              {entry.item.externalLabels.semeval2023 && (
                <span className="palette-external">{entry.item.externalLabels.semeval2023}</span>
              )}
            </li>
          );
        })}
        {count === 0 && <li className="palette-empty">No label matches “{query}”.</li>}
      </ul>
    </dialog>
  );
}
