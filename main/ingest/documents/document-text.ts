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
  /** Its text is over `MAX_ARTICLE_CHARS`; `isAtLeast` when reading stopped at the limit. */
  | { kind: 'too-long'; chars: number; isAtLeast: boolean }
  | { kind: 'too-slow' }
  /** The reader needed more than `MAX_EXTRACTION_HEAP_MB` and was stopped. */
  | { kind: 'out-of-memory' }
  /** The reader itself failed (it crashed, or its script is missing). */
  | { kind: 'reader-failed'; why: string };

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
