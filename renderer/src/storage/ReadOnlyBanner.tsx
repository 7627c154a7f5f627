import { readOnlyReasonNow } from './write-guard';
import '../styles/library-actions.css';

/** Says, above everything, why the workspace cannot be changed; nothing when it can. */
export function ReadOnlyBanner() {
  const reason = readOnlyReasonNow();
  if (reason === null) return null;
  return (
    <p className="read-only-banner" role="alert">
      <strong>Read-only.</strong> {reason}
    </p>
  );
}
