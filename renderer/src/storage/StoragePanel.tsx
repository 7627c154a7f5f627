import { useEffect, useState } from 'react';
import { db } from '../db/db';
import {
  approximateTableSizes,
  estimateUsage,
  formatBytes,
  WARN_AT,
  type StorageUsage,
  type TableSize,
} from './storage-health';

interface Measure {
  usage: StorageUsage | null;
  persisted: boolean | null;
  sizes: TableSize[];
}

/** What the workspace takes on disk: usage against quota, persistence, the largest tables. */
export function StoragePanel() {
  const [measure, setMeasure] = useState<Measure | null>(null);
  useEffect(() => {
    let isCurrent = true;
    Promise.all([
      estimateUsage(),
      navigator.storage?.persisted?.() ?? Promise.resolve(null),
      approximateTableSizes(db),
    ]).then(
      ([usage, persisted, sizes]) => {
        if (isCurrent) setMeasure({ usage, persisted, sizes });
      },
      (error: unknown) => console.error('[storage] could not measure', error),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  return (
    <section aria-labelledby="storage-heading" className="storage-panel">
      <h2 id="storage-heading">Storage</h2>
      {measure === null ? (
        <p className="trash-muted">Measuring…</p>
      ) : (
        <>
          <p>
            {measure.usage
              ? `${formatBytes(measure.usage.usage)} used of ${formatBytes(measure.usage.quota)} ` +
                `(${Math.round((measure.usage.usage / measure.usage.quota) * 100)} %; a warning shows at ${WARN_AT * 100} %).`
              : 'This browser engine does not say how much space is left.'}{' '}
            {measure.persisted === true
              ? 'Storage is persistent: the engine will not evict the workspace.'
              : 'Storage is not marked persistent: under disk pressure the engine could evict it. Back up your workspace.'}
          </p>
          <table className="trash-table" aria-label="Space per table (approximate)">
            <thead>
              <tr>
                <th scope="col">Table</th>
                <th scope="col">Rows</th>
                <th scope="col">About</th>
              </tr>
            </thead>
            <tbody>
              {measure.sizes
                .filter((size) => size.rows > 0)
                .map((size) => (
                  <tr key={size.table}>
                    <th scope="row">{size.table}</th>
                    <td>{size.rows.toLocaleString()}</td>
                    <td>{formatBytes(size.bytes)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
