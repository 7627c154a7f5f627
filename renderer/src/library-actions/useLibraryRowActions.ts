import { useCallback, useContext, useMemo } from 'react';
import type { ArticleId } from '../db/records';
import { getArticle } from '../library/article-repository';
import { WorkspaceContext } from '../shell/workspace-context';
import { readOnlyReasonNow } from '../storage/write-guard';
import { shortcutLabel } from '../format/shortcut-label';
import { articleDeletion, archiving } from '../trash/trash-changes';
import { annotationCountOf } from '../trash/trash-records';

/** What the library's row menu and keys can do with an article. */
export interface LibraryRowActions {
  /** Moves the articles to the trash (one undoable step) and says what went. */
  remove(ids: readonly ArticleId[]): void;
  /** Archives the article, or brings it back from the archive (undoable). */
  setArchived(id: ArticleId, archived: boolean): void;
  /** Undoes or redoes the last action, from the library. */
  undo(): void;
  redo(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The library's article actions over the app's undo history; each tells `notify` what
 * happened, or why nothing did.
 */
export function useLibraryRowActions(notify: (message: string) => void): LibraryRowActions {
  const history = useContext(WorkspaceContext)?.history;

  const withHistory = useCallback(
    (run: (h: NonNullable<typeof history>) => Promise<void>) => {
      const readOnly = readOnlyReasonNow();
      if (readOnly !== null) {
        notify(`Nothing was changed: ${readOnly}`);
        return;
      }
      if (!history) {
        notify('The workspace is still opening; try again in a moment.');
        return;
      }
      run(history).catch((error: unknown) => notify(`Nothing was changed: ${messageOf(error)}`));
    },
    [history, notify],
  );

  const remove = useCallback(
    (ids: readonly ArticleId[]) =>
      withHistory(async (h) => {
        const change = await h.apply(await articleDeletion(ids));
        const records = (change.trash ?? []).flatMap((row) => (row.after ? [row.after] : []));
        if (records.length === 0) return;
        const annotations = records.reduce((sum, record) => sum + annotationCountOf(record), 0);
        const what = records.length === 1 ? `“${records[0]!.label}”` : `${records.length} articles`;
        notify(
          `Moved ${what} to the trash with ${annotations} ${annotations === 1 ? 'annotation' : 'annotations'}. ` +
            `${shortcutLabel('Mod+Z')} undoes it; the trash keeps it until ${new Date(records[0]!.purgeAfter).toLocaleDateString()}.`,
        );
      }),
    [withHistory, notify],
  );

  const setArchived = useCallback(
    (id: ArticleId, archived: boolean) =>
      withHistory(async (h) => {
        const article = await getArticle(id);
        if (!article || !!article.archived === archived) return;
        const change = await h.apply(archiving(article, archived));
        notify(
          `${change.label.replace(/^Archive/, 'Archived').replace(/^Unarchive/, 'Unarchived')}.`,
        );
      }),
    [withHistory, notify],
  );

  const undo = useCallback(
    () =>
      withHistory(async (h) => {
        const label = await h.undo();
        notify(label ? `Undone: ${label}` : 'Nothing to undo');
      }),
    [withHistory, notify],
  );
  const redo = useCallback(
    () =>
      withHistory(async (h) => {
        const label = await h.redo();
        notify(label ? `Redone: ${label}` : 'Nothing to redo');
      }),
    [withHistory, notify],
  );

  return useMemo(() => ({ remove, setArchived, undo, redo }), [remove, setArchived, undo, redo]);
}
