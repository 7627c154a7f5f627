/**
 * The search worker: holds the index and the annotations, follows the page's writes and
 * answers queries (`search-engine.ts`), so building the index from 50 MB of text or checking
 * thousands of candidates never blocks the page's thread. It keeps each search's rows
 * (`result-keeper.ts`) and answers the page's questions about them.
 */
import { SourcemarkDatabase } from '../db/db';
import { openWorkspaceDatabase } from '../storage/database-opening';
import { dexieSearchSource } from './dexie-search-source';
import { SearchEngine } from './search-engine';
import { ResultKeeper } from './result-keeper';
import type { FromSearchWorker, ToSearchWorker } from './search-protocol';

/** The parts of a dedicated worker's global scope used here (the renderer's lib is DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToSearchWorker>) => void) | null;
  postMessage(message: FromSearchWorker): void;
}

const scope = self as unknown as WorkerScope;
const failed = (id: number | null) => (error: unknown) =>
  scope.postMessage({
    kind: 'failed',
    id,
    error: error instanceof Error ? error.message : String(error),
  });

// An engine that failed to open was reported once, when it failed.
const ignore = () => undefined;
const results = new ResultKeeper();
/** A search's wait for its first rows to be drawn, at most (`SearchEngine.drawn`). */
const FIRST_ROWS_DRAWN_WAIT_MS = 250;
let engine: Promise<SearchEngine> | undefined;
scope.onmessage = (event) => {
  const message = event.data;
  // Questions about kept rows need no engine: answered at once, between the engine's batches.
  if (message.kind === 'ask') {
    scope.postMessage({ kind: 'answer', answer: results.answer(message.question) });
    return;
  }
  if (message.kind === 'release') {
    results.release(message.id);
    return;
  }
  if (message.kind === 'open') {
    // The page names the database: its `open` message always comes first (messages keep
    // their order), so every later message finds the engine. The database opens the way the
    // page's does (`storage/database-opening.ts`): a newer app's stays untouched, read-only.
    const database = new SourcemarkDatabase(message.database);
    engine = openWorkspaceDatabase(database).then((opening) => {
      if (opening.kind === 'failed') throw new Error(opening.message);
      const opened = new SearchEngine(
        dexieSearchSource(database),
        (engineMessage) => {
          const sent = results.take(engineMessage);
          if (sent) scope.postMessage(sent);
        },
        { firstRowsDrawnWaitMs: FIRST_ROWS_DRAWN_WAIT_MS },
      );
      opened.open().catch(failed(null));
      return opened;
    });
    engine.catch(failed(null));
  } else if (!engine) failed(null)(new Error('The search worker was not told its database.'));
  else if (message.kind === 'search') {
    results.begin(message.id);
    engine
      .then((opened) => opened.search(message.id, message.query, message.options))
      .catch(failed(message.id));
  } else if (message.kind === 'cancel') engine.then((opened) => opened.cancel(message.id), ignore);
  else if (message.kind === 'drawn') engine.then((opened) => opened.drawn(message.id), ignore);
  else engine.then((opened) => opened.update(message.tables)).catch(ignore);
};
