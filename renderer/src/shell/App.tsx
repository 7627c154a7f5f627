/**
 * The app shell: top bar, import status, the library and the reader. Owns which screen is
 * shown and wires the host's menu, open requests, drops and shortcuts to the import queue.
 */
import { useCallback, useMemo, useState } from 'react';
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
import { ReviewView } from '../review/ReviewView';
import { useSourceWatch } from '../sources/useSourceWatch';
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
  const [selectedId, setSelectedId] = useState<ArticleId | null>(null);
  const [pathEntry, setPathEntry] = useState<PathEntryMode | null>(null);
  const [isCodebookOpen, setCodebookOpen] = useState(false);
  const closeCodebook = useCallback(() => setCodebookOpen(false), []);
  const [setDialog, setSetDialog] = useState<SetDialog | null>(null);
  const [reviewScreen, setReviewScreen] = useState<'review' | 'agreement' | null>(null);
  const closeReviewScreen = useCallback(() => setReviewScreen(null), []);
  const openReviewScreen = useCallback((screen: 'review' | 'agreement') => {
    setCodebookOpen(false);
    setReviewScreen(screen);
  }, []);

  const { enqueue } = imports;
  const commands = useOpenCommands({ api, enqueue, notify, onPathEntryNeeded: setPathEntry });
  useStartupImport(api, enqueue, notify);
  useSourceWatch(api, notify, isImporting);
  useGlobalShortcuts(commands.openFiles, commands.openFolder);

  const showLibrary = useCallback(() => setOpenId(null), []);
  useHostEvents(
    api,
    (command) => {
      if (command === 'open-files') commands.openFiles();
      else if (command === 'open-folder') commands.openFolder();
      else if (command === 'export-set') setSetDialog({ kind: 'export' });
      else if (command === 'import-set') setSetDialog({ kind: 'import' });
      else if (command === 'open-review') openReviewScreen('review');
      else if (command === 'open-agreement') openReviewScreen('agreement');
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
    setSelectedId(id);
    setOpenId(id);
  }, []);

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
          onOpenCodebook={() => setCodebookOpen(true)}
          onExportSet={() => setSetDialog({ kind: 'export' })}
          onImportSet={() => setSetDialog({ kind: 'import' })}
          onOpenReview={() => openReviewScreen('review')}
          onOpenAgreement={() => openReviewScreen('agreement')}
          isImporting={isImporting}
        />
        <NoticeList notices={notices} onDismiss={dismiss} />
        <ImportStatus imports={imports} onOpenArticle={openArticle} />
        <main className="app-main">
          <LibraryView
            isActive={openId === null && !isCodebookOpen && reviewScreen === null}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onOpen={openArticle}
            emptyState={emptyLibrary}
          />
          {isCodebookOpen && <CodebookEditor onClose={closeCodebook} />}
          {workspace && !isCodebookOpen && reviewScreen === 'review' && (
            <ReviewView initialArticleId={selectedId} onClose={closeReviewScreen} />
          )}
          {workspace && !isCodebookOpen && reviewScreen === 'agreement' && (
            <AgreementView onClose={closeReviewScreen} />
          )}
          {/* These screens close on Escape: only one of them is mounted at a time. */}
          {openId !== null && workspace && !isCodebookOpen && reviewScreen === null && (
            <ReaderView key={openId} articleId={openId} onClose={showLibrary} />
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
          currentArticleId={openId}
          onClose={() => setSetDialog(null)}
        />
        {isDragging && <DropOverlay />}
      </div>
    </WorkspaceContext>
  );
}
