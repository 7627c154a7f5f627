/** The renderer's entry: connect to the host (preload or loopback bridge), then mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prepareWorkspace } from './backup/startup-snapshot';
import { db } from './db/db';
import { connectHostApi } from './host/host-api';
import { App } from './shell/App';
import { HostApiContext } from './shell/host-api-context';
import { openWorkspaceDatabase } from './storage/database-opening';
import './styles/app.css';
import './styles/editor.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

// The database opens first: a newer app's database opens read-only (see the module), and
// a failure to open is reported by the screens that read it, as before.
// Before it opens, a pending schema upgrade is snapshotted (`backup/startup-snapshot.ts`),
// which needs the host: so the host first, then the snapshot, then the database.
connectHostApi()
  .then(async (api) => {
    await prepareWorkspace(api);
    await openWorkspaceDatabase(db);
    return [api] as const;
  })
  .then(
    ([api]) =>
      root.render(
        <StrictMode>
          <HostApiContext value={api}>
            <App />
          </HostApiContext>
        </StrictMode>,
      ),
    (error: unknown) => {
      container.textContent = `Sourcemark could not reach its host: ${
        error instanceof Error ? error.message : String(error)
      }`;
    },
  );
