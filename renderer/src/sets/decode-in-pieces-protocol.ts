/** What the decoding worker (`decode-in-pieces.worker.ts`) tells the page. */
export type FromDecodeWorker =
  | { kind: 'piece'; text: string }
  /** The last piece (maybe empty): the file is decoded. */
  | { kind: 'end'; text: string }
  | { kind: 'failed'; reason: string };

/** About 2 million characters a piece: few messages, none holding the page's thread long. */
export const PIECE_CHARS = 2_000_000;
