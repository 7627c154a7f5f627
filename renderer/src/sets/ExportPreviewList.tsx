import type { ExportPreview } from '../export/export-preview';

interface ExportPreviewListProps {
  preview: ExportPreview;
}

/**
 * What the chosen format cannot hold, said before the file is written: the losses already
 * counted, with their numbers, and the kinds the report counts once the file is written.
 */
export function ExportPreviewList({ preview }: ExportPreviewListProps) {
  const { counted, uncounted } = preview;
  if (counted.length === 0 && uncounted.length === 0) {
    return <p className="sets-lossless">This format keeps everything in the set.</p>;
  }
  return (
    <div className="sets-lossiness" aria-label="What this format drops">
      {counted.length > 0 && (
        <>
          <p>This format cannot hold:</p>
          <ul>
            {counted.map((d) => (
              <li key={d.what}>
                {d.what}: {d.count.toLocaleString('en')}
              </li>
            ))}
          </ul>
        </>
      )}
      {uncounted.length > 0 && (
        <p>
          {counted.length > 0 ? 'It may also drop' : 'It may drop'} {uncounted.join('; ')}: counted
          in the report once the file is written.
        </p>
      )}
    </div>
  );
}
