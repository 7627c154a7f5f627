import type { Lossiness } from '../formats/shared/lossiness';

interface LossinessListProps {
  lossiness: Lossiness;
  notes: readonly string[];
}

/** What the chosen format cannot hold, said before the file is written. */
export function LossinessList({ lossiness, notes }: LossinessListProps) {
  if (lossiness.dropped.length === 0 && notes.length === 0) {
    return <p className="sets-lossless">This format keeps everything in the set.</p>;
  }
  return (
    <div className="sets-lossiness" aria-label="What this format drops">
      {lossiness.dropped.length > 0 && (
        <>
          <p>This format cannot hold:</p>
          <ul>
            {lossiness.dropped.map((d) => (
              <li key={d.what}>
                {d.what}: {d.count.toLocaleString('en')}
              </li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <ul className="sets-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
