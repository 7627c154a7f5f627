/** The row menu of the library: open, file location, export, archive, move to the trash. */
import type { ArticleId } from '../db/records';
import type { LibraryRow } from '../library/library-rows';
import { useHostApi } from '../shell/useHostApi';
import { revealMessage, uploadedMessage } from './reveal-message';
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
  const api = useHostApi();
  if (!row) return null;
  const items: MenuItem[] = [
    { label: 'Open', hint: 'Enter', run: () => onOpen(row.id) },
    {
      label: 'Show file location',
      // The host shows the file in the system's file manager (the desktop app) or answers
      // where it is (browser mode); it refuses a file that is gone, saying so.
      run: () => {
        if (!isFilePath(row.sourcePath)) return notify(uploadedMessage(row.title, row.sourceName));
        void api.library
          .revealFile(row.sourcePath)
          .then((answer) => notify(revealMessage(row.title, answer)));
      },
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
