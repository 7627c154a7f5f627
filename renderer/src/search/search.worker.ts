/**
 * The search worker: holds the index and the annotations, follows the page's writes and
 * answers queries (`search-engine.ts`), so building the index from 50 MB of text or checking
 * thousands of candidates never blocks the page's thread.
 */
import { SourcemarkDatabase } from '../db/db';
import { dexieSearchSource } from './dexie-search-source';
import { SearchEngine } from './search-engine';
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

let engine: SearchEngine | undefined;
scope.onmessage = (event) => {
  const message = event.data;
  if (message.kind === 'open') {
    // The page names the database: its `open` message always comes first (messages keep
    // their order), so every later message finds the engine.
    engine = new SearchEngine(dexieSearchSource(new SourcemarkDatabase(message.database)), (m) =>
      scope.postMessage(m),
    );
    engine.open().catch(failed(null));
  } else if (!engine) failed(null)(new Error('The search worker was not told its database.'));
  else if (message.kind === 'search') {
    engine.search(message.id, message.query, message.options).catch(failed(message.id));
  } else if (message.kind === 'cancel') engine.cancel(message.id);
  else void engine.update(message.tables);
};
