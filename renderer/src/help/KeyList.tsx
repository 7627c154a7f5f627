/**
 * The body of the cheat sheet: every entry of the key table by context, then the label keys
 * of the active codebook by category. Drawn from `KEY_BINDINGS`, never written by hand.
 */
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { keyLabel } from '../format/shortcut-label';
import { KEY_BINDINGS, keyContexts } from './key-table';
import { allLabelKeys } from './label-keys';

function Keys({ keys }: { keys: readonly string[] }) {
  return keys.map((keys, index) => (
    <span key={keys}>
      {index > 0 && ' or '}
      <kbd>{keyLabel(keys)}</kbd>
    </span>
  ));
}

/** The key list; `codebook` adds its label keys (left out while it loads). */
export function KeyList({ codebook }: { codebook?: CodebookIndex }) {
  return (
    <div className="key-list">
      {keyContexts().map((context) => (
        <section key={context} aria-label={context}>
          <h3>{context}</h3>
          <dl>
            {KEY_BINDINGS.filter((entry) => entry.context === context).map((entry) => (
              <div key={entry.id} className="key-row" data-key-id={entry.id}>
                <dt>
                  <Keys keys={entry.keys} />
                </dt>
                <dd>{entry.action}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {codebook &&
        allLabelKeys(codebook).map(({ category, labels }) => (
          <section key={category.id} aria-label={`Labels: ${category.label}`}>
            <h3>
              Labels: {category.label} <kbd>{category.key}</kbd>
            </h3>
            <dl>
              {labels.map(({ item, strokes }) => (
                <div key={item.id} className="key-row">
                  <dt>
                    <kbd>{strokes.join(' ')}</kbd>
                  </dt>
                  <dd>{item.label}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
    </div>
  );
}
