/**
 * The codebook's items as an ARIA tree (flat rows with `aria-level`): arrow keys move and
 * expand or collapse, Home and End jump, Enter asks to edit the selected item. Selection
 * follows focus, so the details form always shows the row the keyboard is on.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { CodebookTreeRow } from './CodebookTreeRow';
import { visibleTreeRows } from './tree-rows';

interface CodebookTreeProps {
  index: CodebookIndex;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** Enter on a row: the editor moves focus to the details form. */
  onActivate: (id: string) => void;
  labelledBy: string;
}

export function CodebookTree({
  index,
  selectedId,
  onSelect,
  onActivate,
  labelledBy,
}: CodebookTreeProps) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => visibleTreeRows(index, collapsed), [index, collapsed]);
  const treeRef = useRef<HTMLDivElement>(null);
  // Set by keyboard moves only: a click already focuses its row, and an edit elsewhere
  // (typing in the form) must not pull focus back into the tree.
  const shouldFocus = useRef(false);

  const at = rows.findIndex((row) => row.item.id === selectedId);
  const tabStopId = at >= 0 ? selectedId : rows[0]?.item.id;

  useEffect(() => {
    if (!shouldFocus.current) return;
    shouldFocus.current = false;
    const row = treeRef.current?.querySelector<HTMLElement>(
      `[data-item-id="${CSS.escape(selectedId ?? '')}"]`,
    );
    row?.focus();
    row?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, rows]);

  const toggle = (id: string, isOpen?: boolean) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      const shouldOpen = isOpen ?? next.has(id);
      if (shouldOpen) next.delete(id);
      else next.add(id);
      return next;
    });

  const moveTo = (i: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (!row) return;
    shouldFocus.current = true;
    onSelect(row.item.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = rows[at];
    const key = event.key;
    if (key === 'ArrowDown') moveTo(at + 1);
    else if (key === 'ArrowUp') moveTo(at - 1);
    else if (key === 'Home') moveTo(0);
    else if (key === 'End') moveTo(rows.length - 1);
    else if (key === 'ArrowRight' && row?.hasChildren) {
      if (row.isExpanded) moveTo(at + 1);
      else toggle(row.item.id, true);
    } else if (key === 'ArrowLeft' && row) {
      if (row.isExpanded) toggle(row.item.id, false);
      else if (row.item.parentId !== undefined) {
        moveTo(rows.findIndex((other) => other.item.id === row.item.parentId));
      }
    } else if (key === 'Enter' && row) onActivate(row.item.id);
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={treeRef}
      role="tree"
      aria-labelledby={labelledBy}
      className="codebook-tree"
      onKeyDown={onKeyDown}
    >
      {rows.map((row) => (
        <CodebookTreeRow
          key={row.item.id}
          row={row}
          isSelected={row.item.id === selectedId}
          isTabStop={row.item.id === tabStopId}
          onSelect={onSelect}
          onToggle={(id) => toggle(id)}
        />
      ))}
    </div>
  );
}
