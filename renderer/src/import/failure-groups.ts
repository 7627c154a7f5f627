/** Groups skipped files by reason, for a report that stays readable with 40 failures. */
import type { IngestFailure, IngestFailureReason } from '../../../preload/api';

/** Failures sharing one reason, with a heading for the group. */
export interface FailureGroup {
  reason: IngestFailureReason;
  label: string;
  failures: IngestFailure[];
}

// Display order and headings: the reasons a user can act on first.
const LABELS: Record<IngestFailureReason, string> = {
  'not-opened': 'Not opened in Sourcemark',
  'unsupported-type': 'Unsupported file type',
  'too-large': 'Too large',
  'no-text-layer': 'No text layer (scanned)',
  encrypted: 'Password protected',
  corrupt: 'Damaged file',
  empty: 'Empty',
  binary: 'Not text',
  undecodable: 'Could not be decoded',
  unreadable: 'Could not be read',
  'not-a-file': 'Not a regular file',
  'symlink-loop': 'Symbolic link loop',
  'too-many-files': 'Too many files',
};
const ORDER = Object.keys(LABELS) as IngestFailureReason[];

/** `failures` grouped by reason in a fixed order; each group keeps the files' order. */
export function groupFailuresByReason(failures: readonly IngestFailure[]): FailureGroup[] {
  return ORDER.map((reason) => ({
    reason,
    label: LABELS[reason],
    failures: failures.filter((failure) => failure.reason === reason),
  })).filter((group) => group.failures.length > 0);
}
