/**
 * Retiring and bringing back an item, with what that means for existing annotations:
 * nothing. Items are never deleted, so every annotation keeps resolving its label.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CodebookItem } from '../codebook/codebook-types';
import { countItemUses } from '../trash/item-uses';

interface RetireFieldProps {
  item: CodebookItem;
  /** The nearest retired item above this one, which hides it from annotators anyway. */
  retiredAncestor: CodebookItem | undefined;
  /** Resolves to a refusal message, or null when saved. */
  setRetired: (isRetired: boolean) => Promise<string | null>;
}

export function RetireField({ item, retiredAncestor, setRetired }: RetireFieldProps) {
  const [error, setError] = useState<string | null>(null);
  // Deleting an item is retiring it: the annotations that use it are counted, and kept.
  const uses = useLiveQuery(() => countItemUses(item.id), [item.id]);
  return (
    <div className="codebook-field codebook-retire">
      <p className="codebook-field-label">Status</p>
      {item.retired ? (
        <p>
          Retired: hidden from the palette and shortcuts, with everything under it. Existing
          annotations keep this item and still show its label. Bringing it back restores its
          shortcut unless another item took the key meanwhile.
        </p>
      ) : (
        <p>
          In use. Retiring hides it from the palette and shortcuts, with everything under it;
          existing annotations keep this item and still show its label. Its key becomes free.
        </p>
      )}
      {uses !== undefined && (
        <p className="codebook-item-uses">
          {uses === 0
            ? 'No annotation uses this item.'
            : `${uses} ${uses === 1 ? 'annotation uses' : 'annotations use'} this item; retiring keeps ${uses === 1 ? 'it' : 'them'} as ${uses === 1 ? 'it is' : 'they are'}.`}
        </p>
      )}
      {retiredAncestor && (
        <p className="codebook-warning">
          Hidden from annotators because “{retiredAncestor.label}” above it is retired.
        </p>
      )}
      <button type="button" onClick={async () => setError(await setRetired(!item.retired))}>
        {item.retired ? 'Bring back item' : 'Retire item'}
      </button>
      {error && (
        <p role="alert" className="codebook-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
