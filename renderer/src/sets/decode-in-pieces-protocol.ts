/** What the decoding worker (`decode-in-pieces.worker.ts`) tells the page. */
export type FromDecodeWorker =
  | { kind: 'piece'; text: string }
  /** The last piece (maybe empty): the file is decoded. */
  | { kind: 'end'; text: string }
  | { kind: 'failed'; reason: string };

/**
 * About 2 million characters a piece: a short task to parse on the page (about 20 ms), and
 * few enough messages that handing them over costs nothing measurable.
 */
export const PIECE_CHARS = 2_000_000;
