/** The row menu of the library: open, file location, export, archive, move to the trash. */
import type { ArticleId } from '../db/records';
import type { LibraryRow } from '../library/library-rows';
import { RowMenu, type MenuItem } from './RowMenu';
import type { LibraryRowActions } from './useLibraryRowActions';

interface LibraryRowMenuProps {
  /** The row the menu is for; `undefined` once it left the library (the menu then closes). */
  row: LibraryRow | undefined;
  at: { x: number; y: number };
  actions: LibraryRowActions;
  notify: (message: string) => void;
  onOpen: (id: ArticleId) => void;
  onExport?: (id: ArticleId) => void;
  onClose: () => void;
}

/** Whether `sourcePath` names a file on disk (not a browser upload, `dropped:<name>`). */
function isFilePath(sourcePath: string): boolean {
  return !sourcePath.startsWith('dropped:');
}

export function LibraryRowMenu({
  row,
  at,
  actions,
  notify,
  onOpen,
  onExport,
  onClose,
}: LibraryRowMenuProps) {
  if (!row) return null;
  const items: MenuItem[] = [
    { label: 'Open', hint: 'Enter', run: () => onOpen(row.id) },
    {
      label: 'Show file location',
      run: () =>
        notify(
          isFilePath(row.sourcePath)
            ? `“${row.title}” was read from ${row.sourcePath}`
            : `“${row.title}” was dropped into the window (${row.sourceName}); it has no file on disk.`,
        ),
    },
  ];
  if (onExport) items.push({ label: 'Export annotations…', run: () => onExport(row.id) });
  items.push(
    row.archived
      ? { label: 'Unarchive', run: () => actions.setArchived(row.id, false) }
      : { label: 'Archive', run: () => actions.setArchived(row.id, true) },
    { label: 'Move to trash', hint: 'Del', run: () => actions.remove([row.id]) },
  );
  return <RowMenu label={`Actions for “${row.title}”`} items={items} at={at} onClose={onClose} />;
}
