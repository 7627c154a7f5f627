/** Types of `security-scan.mjs`, for the tests that import it. */

export interface ScanFinding {
  check: string;
  /** Relative to the scanned root, `/`-separated; `'N/A'` for an app-wide finding. */
  file: string;
  line: number;
  column: number;
  snippet: string;
  severity: string;
  confidence: string;
  manualReview: boolean;
  description: string;
}

export interface TriageEntry {
  check: string;
  file: string;
  snippet: string;
  reason: string;
}

export const TRIAGE_FILE: string;

/** Scans the app under `root` and compares the findings with its triage file. */
export function checkSecurity(root: string): Promise<{
  isOk: boolean;
  text: string;
  untriaged: ScanFinding[];
  stale: TriageEntry[];
}>;
