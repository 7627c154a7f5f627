/**
 * What to do first, shown above the library until the analyst has made an annotation: open
 * an article, select text, press a key. Goes by itself with the first annotation, or when
 * dismissed ("Got it", stored with the settings).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/db';
import { shortcutLabel } from '../format/shortcut-label';
import '../styles/help.css';
import { isGettingStartedWanted } from './getting-started';

export function GettingStarted() {
  const isNeeded = useLiveQuery(isGettingStartedWanted);
  if (!isNeeded) return null;
  return (
    <aside className="getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title">Getting started</h2>
      <ol>
        <li>Open an article: double-click a row, or select it and press Enter.</li>
        <li>Select a word or a passage in the text.</li>
        <li>
          Press a label key: <kbd>e</kbd> then <kbd>p</kbd> tags a person, or <kbd>Enter</kbd> for
          the palette. <kbd>?</kbd> lists every key; <kbd>{shortcutLabel('Mod+,')}</kbd> opens the
          settings.
        </li>
      </ol>
      <button
        type="button"
        onClick={() => void db.settings.put({ key: 'gettingStartedDismissed', value: true })}
      >
        Got it
      </button>
    </aside>
  );
}
