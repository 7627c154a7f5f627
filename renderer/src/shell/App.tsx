/**
 * The app shell: top bar, import status, the library and the reader. Owns which screen is
 * shown and wires the host's menu, open requests, drops and shortcuts to the import queue.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { AgreementView } from '../agreement-view/AgreementView';
import { CodebookEditor } from '../codebook-editor/CodebookEditor';
import type { ArticleId } from '../db/records';
import { DropOverlay } from '../import/DropOverlay';
import { ImportStatus } from '../import/ImportStatus';
import { PathEntryDialog } from '../import/PathEntryDialog';
import { useFileDrop } from '../import/useFileDrop';
import { useImportQueue, useImportQueueState } from '../import/useImportQueue';
import { EmptyLibrary } from '../library/EmptyLibrary';
import { LibraryView } from '../library/LibraryView';
import { ReaderView } from '../reader/ReaderView';
import { isSetFileName } from '../sets/set-file-name';
import { SetDialogs, type SetDialog } from '../sets/SetDialogs';
import { BackupDialog } from '../backup/BackupDialog';
import { useBackupCommands } from '../backup/useBackupCommands';
import { ReviewView } from '../review/ReviewView';
import { StatsView } from '../stats/StatsView';
import { SearchHitReveal, type HitLocation } from '../search/SearchHitReveal';
import { SearchView } from '../search/SearchView';
import { useSearchShortcut } from '../search/useSearchShortcut';
import { useSourceWatch } from '../sources/useSourceWatch';
import { ReadOnlyBanner } from '../storage/ReadOnlyBanner';
import { useStartupUpkeep } from '../storage/useStartupUpkeep';
import { TrashView } from '../trash/TrashView';
import { CheatSheet } from '../help/CheatSheet';
import { useHelpShortcuts } from '../help/useHelpShortcuts';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useAppSettings } from '../settings/useAppSettings';
import { useRememberOpenArticle, useReopenLastArticle } from '../settings/useLastReading';
import { NoticeList } from './NoticeList';
import { TopBar } from './TopBar';
import { useAppInfo } from './useAppInfo';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useHostApi } from './useHostApi';
import { useHostEvents } from './useHostEvents';
import { useNotices } from './useNotices';
import { useOpenCommands, type PathEntryMode } from './useOpenCommands';
import { useStartupImport } from './useStartupImport';
import { useWorkspaceSetup } from './useWorkspaceSetup';
import { WorkspaceContext } from './workspace-context';
import { startReading } from '../reader/start-reading';
import { startReadingStats } from '../stats/stats-snapshot-store';
import { readStatsWhenIdle } from '../stats/stats-in-background';
import { whenLibraryRead } from '../library/library-read';
import { startReadingActiveCodebook } from '../store/useActiveCodebook';

/** The whole app. Must sit inside `HostApiContext`. */
export function App() {
  const api = useHostApi();
  const info = useAppInfo(api);
  const imports = useImportQueue(api);
  // Only whether an import runs: the progress itself is `ImportStatus`'s, so a tick never
  // re-renders the shell and the library under it.
  const isImporting = useImportQueueState(imports.queue, (state) => state.isRunning);
  const { notices, notify, dismiss } = useNotices();
  const workspace = useWorkspaceSetup(notify);
  const [openId, setOpenId] = useState<ArticleId | null>(null);
  // Statistics' first opening reuses a snapshot read once the library is read and idle.
  useEffect(() => readStatsWhenIdle(whenLibraryRead()), []);
  const [selectedId, setSelectedId] = useState<ArticleId | null>(null);
  const [pathEntry, setPathEntry] = useState<PathEntryMode | null>(null);
  const [isCodebookOpen, setCodebookOpen] = useState(false);
  const { theme } = useAppSettings();
  const [helpDialog, setHelpDialog] = useState<'settings' | 'keys' | null>(null);
  useHelpShortcuts(
    () => setHelpDialog('keys'),
    () => setHelpDialog('settings'),
  );
  const closeCodebook = useCallback(() => setCodebookOpen(false), []);
  const [setDialog, setSetDialog] = useState<SetDialog | null>(null);
  // The article a library row's "Export annotations…" chose (the dialog's "current" one).
  const [exportArticleId, setExportArticleId] = useState<ArticleId | null>(null);
  const exportArticle = useCallback((id: ArticleId) => {
    setExportArticleId(id);
    setSetDialog({ kind: 'export' });
  }, []);
  const [isTrashOpen, setTrashOpen] = useState(false);
  const closeTrash = useCallback(() => setTrashOpen(false), []);
  const [reviewScreen, setReviewScreen] = useState<'review' | 'agreement' | 'statistics' | null>(
    null,
  );
  const closeReviewScreen = useCallback(() => setReviewScreen(null), []);
  const openReviewScreen = useCallback((screen: 'review' | 'agreement' | 'statistics') => {
    setCodebookOpen(false);
    setReviewScreen(screen);
  }, []);

  // Search: open over the library; a hit opens the article above it, highlighted there.
  const [isSearchOpen, setSearchOpen] = useState(false);
  const [searchHit, setSearchHit] = useState<HitLocation | null>(null);
  // The query a statistics chart hands to Search when a bar or cell is clicked.
  const [searchQuery, setSearchQuery] = useState<string | undefined>(undefined);
  const closeSearch = useCallback(() => {
    setSearchOpen(false);
    setSearchQuery(undefined);
  }, []);
  const openSearch = useCallback(() => {
    setCodebookOpen(false);
    setReviewScreen(null);
    setTrashOpen(false);
    setOpenId(null);
    setSearchOpen(true);
  }, []);
  useSearchShortcut(openSearch);

  const { enqueue } = imports;
  const commands = useOpenCommands({ api, enqueue, notify, onPathEntryNeeded: setPathEntry });
  useStartupImport(api, enqueue, notify);
  useSourceWatch(api, notify, isImporting);
  const backups = useBackupCommands(api, notify);
  useStartupUpkeep(notify);
  useGlobalShortcuts(commands.openFiles, commands.openFolder);

  const showLibrary = useCallback(() => {
    setOpenId(null);
    setSearchHit(null);
  }, []);
  useHostEvents(
    api,
    (command) => {
      if (command === 'open-files') commands.openFiles();
      else if (command === 'open-folder') commands.openFolder();
      else if (command === 'export-set') setSetDialog({ kind: 'export' });
      else if (command === 'import-set') setSetDialog({ kind: 'import' });
      else if (command === 'open-review') openReviewScreen('review');
      else if (command === 'open-agreement') openReviewScreen('agreement');
      else if (command === 'backup-workspace') backups.openBackup();
      else if (command === 'restore-workspace') backups.openRestore();
      else showLibrary();
    },
    (paths) => void enqueue({ kind: 'paths', paths }),
  );
  const isDragging = useFileDrop((files) => {
    // A dropped set file opens the import dialog; everything else is an article to ingest.
    const setFiles = files.filter((file) => isSetFileName(file.name));
    const articles = files.filter((file) => !isSetFileName(file.name));
    if (articles.length > 0) void enqueue({ kind: 'dropped', files: articles });
    if (setFiles[0]) setSetDialog({ kind: 'import', droppedFile: setFiles[0] });
    if (setFiles.length > 1) {
      notify(`Sets are imported one at a time: ${setFiles[0]!.name} first, then drop the others.`);
    }
  });

  const openArticle = useCallback((id: ArticleId) => {
    // Before the render: the reads go out while React swaps the library for the reader.
    startReading(id);
    setSelectedId(id);
    setOpenId(id);
  }, []);
  // The app reopens on the article (and, in the reader, the place) it was left on.
  useReopenLastArticle(openArticle, workspace !== null);
  useRememberOpenArticle(openId, workspace !== null);

  // One element for as long as its inputs hold, so the memoised library is not re-rendered.
  const supportedExtensions = info?.supportedExtensions;
  const { loadSamples, openFiles, openFolder } = commands;
  const emptyLibrary = useMemo(
    () => (
      <EmptyLibrary
        supportedExtensions={supportedExtensions ?? []}
        onLoadSamples={loadSamples}
        onOpenFiles={openFiles}
        onOpenFolder={openFolder}
      />
    ),
    [supportedExtensions, loadSamples, openFiles, openFolder],
  );

  return (
    <WorkspaceContext value={workspace}>
      <div className="app">
        <TopBar
          onOpenFiles={commands.openFiles}
          onOpenFolder={commands.openFolder}
          onOpenBackups={backups.openBrowse}
          onOpenCodebook={() => setCodebookOpen(true)}
          onExportSet={() => setSetDialog({ kind: 'export' })}
          onImportSet={() => setSetDialog({ kind: 'import' })}
          onOpenReview={() => openReviewScreen('review')}
          onOpenAgreement={() => openReviewScreen('agreement')}
          onOpenTrash={() => {
            setCodebookOpen(false);
            closeReviewScreen();
            setOpenId(null);
            setTrashOpen(true);
          }}
          onOpenStatistics={() => {
            // The corpus's rows and totals are on their way while the view mounts.
            startReadingStats();
            startReadingActiveCodebook();
            openReviewScreen('statistics');
          }}
          onOpenSearch={openSearch}
          isImporting={isImporting}
          onOpenSettings={() => setHelpDialog('settings')}
          onOpenCheatSheet={() => setHelpDialog('keys')}
        />
        <ReadOnlyBanner />
        <NoticeList notices={notices} onDismiss={dismiss} />
        <ImportStatus imports={imports} onOpenArticle={openArticle} />
        <main className="app-main">
          <LibraryView
            isActive={
              openId === null &&
              !isCodebookOpen &&
              reviewScreen === null &&
              !isTrashOpen &&
              !isSearchOpen
            }
            selectedId={selectedId}
            onSelect={setSelectedId}
            onOpen={openArticle}
            emptyState={emptyLibrary}
            notify={notify}
            onExportArticle={exportArticle}
          />
          {isTrashOpen && !isCodebookOpen && reviewScreen === null && (
            <TrashView notify={notify} onClose={closeTrash} />
          )}
          {isCodebookOpen && <CodebookEditor onClose={closeCodebook} />}
          {workspace &&
            isSearchOpen &&
            openId === null &&
            !isCodebookOpen &&
            reviewScreen === null &&
            !isTrashOpen && (
              <SearchView
                initialQuery={searchQuery}
                onClose={closeSearch}
                onOpenHit={(row) => {
                  setSearchHit({ articleId: row.articleId, start: row.start, end: row.end });
                  openArticle(row.articleId as ArticleId);
                }}
              />
            )}
          {searchHit !== null && openId === searchHit.articleId && (
            <SearchHitReveal hit={searchHit} />
          )}
          {workspace && !isCodebookOpen && reviewScreen === 'review' && (
            <ReviewView initialArticleId={selectedId} onClose={closeReviewScreen} />
          )}
          {workspace && !isCodebookOpen && reviewScreen === 'agreement' && (
            <AgreementView onClose={closeReviewScreen} />
          )}
          {workspace && !isCodebookOpen && reviewScreen === 'statistics' && (
            <StatsView
              onClose={closeReviewScreen}
              onSearch={(query) => {
                setSearchQuery(query);
                openSearch();
              }}
              onOpenArticle={(id) => {
                closeReviewScreen();
                openArticle(id);
              }}
            />
          )}
          {/* These screens close on Escape: only one of them is mounted at a time. */}
          {openId !== null &&
            workspace &&
            !isCodebookOpen &&
            reviewScreen === null &&
            !isTrashOpen && (
              // Mounted afresh on a theme change: its marks take the theme's label colours.
              <ReaderView key={`${openId}:${theme}`} articleId={openId} onClose={showLibrary} />
            )}
        </main>
        {pathEntry !== null && (
          <PathEntryDialog
            mode={pathEntry}
            onSubmit={(paths) => {
              setPathEntry(null);
              commands.openTyped(pathEntry, paths);
            }}
            onCancel={() => setPathEntry(null)}
          />
        )}
        <SetDialogs
          dialog={setDialog}
          appVersion={info?.version ?? ''}
          currentArticleId={exportArticleId ?? openId}
          onClose={() => {
            setSetDialog(null);
            setExportArticleId(null);
          }}
        />
        {backups.dialog !== null && <BackupDialog mode={backups.dialog} onClose={backups.close} />}
        {isDragging && <DropOverlay />}
        {helpDialog === 'keys' && <CheatSheet onClose={() => setHelpDialog(null)} />}
        {helpDialog === 'settings' && workspace && (
          <SettingsDialog onClose={() => setHelpDialog(null)} />
        )}
      </div>
    </WorkspaceContext>
  );
}
