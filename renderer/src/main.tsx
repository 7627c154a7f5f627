/** The renderer's entry: connect to the host (preload or loopback bridge), then mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectHostApi } from './host/host-api';
import { App } from './shell/App';
import { HostApiContext } from './shell/host-api-context';
import './styles/app.css';
import './styles/editor.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

connectHostApi().then(
  (api) =>
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
