/** What a PDF or DOCX extraction answers: text and properties, or why there is none. */

/** Text and properties read from a document. */
export interface DocumentText {
  kind: 'text';
  /** Paragraphs separated by a blank line (not yet normalised). */
  text: string;
  title?: string;
  authors: string[];
  /** As written: ISO 8601 (DOCX) or a PDF date (`D:2025…`). */
  date?: string;
  language?: string;
}

/** Why a document gave no text. */
export type DocumentProblem =
  | { kind: 'no-text-layer' }
  | { kind: 'encrypted' }
  | { kind: 'corrupt'; why: string }
  | { kind: 'too-large'; what: string }
  | { kind: 'too-slow' };

export type DocumentExtraction = DocumentText | DocumentProblem;

/** Thrown by an extraction step that runs past its deadline. */
export class DeadlineExceeded extends Error {
  constructor() {
    super('deadline exceeded');
  }
}

/** Throws `DeadlineExceeded` once `Date.now()` passes `deadline`. */
export function checkDeadline(deadline: number): void {
  if (Date.now() > deadline) throw new DeadlineExceeded();
}

/**
 * Resolves with `work`, or with `onTimeout()` once `ms` have passed. The work keeps its
 * own deadline checks: this only stops waiting for it, it cannot interrupt a synchronous
 * step, which is why the inputs are bounded before the work starts.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
