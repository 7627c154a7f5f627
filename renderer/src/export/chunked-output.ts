/**
 * The worker's side of a streamed file: text is encoded to UTF-8 as it comes, straight into
 * the chunk being filled (`TextEncoder.encodeInto`, which never splits a character), and a
 * full chunk is sent; the next waits until the page (or the bridge) has taken the one before.
 * At most one chunk is being filled and one is in flight, whatever the file's size. (Joining
 * the text, cutting it and encoding each piece cost the 10,000-article exports 27 s of the
 * worker's time in the export bench, `encode` and `contentChunks` alone.) A step's items are
 * taken as a list (`texts`) and encoded one by one, never joined first: Chromium encodes a
 * string of a few hundred characters several times faster per character than one of a
 * step's 2 MB, which it first copies whole (the W3C export spent a fifth of its worker's
 * time there: the export bench's worker profile).
 */
import { CHUNK_UNITS, type ContentChunk } from './content-chunks';

/** How far the file is, in the stream's own units (records written, or chunks). */
export interface WriteProgress {
  done: number;
  total: number;
}

/** Sends one chunk; resolves once the page has taken it (written it to the host). */
export type SendChunk = (chunk: ContentChunk, progress: WriteProgress) => Promise<void>;

const encoder = new TextEncoder();

export class ChunkedOutput {
  /** The chunk being filled: a new buffer each time, since a sent one is transferred. */
  private buffer: Uint8Array<ArrayBuffer>;
  private used = 0;
  private progress: WriteProgress = { done: 0, total: 0 };
  /** Bytes per chunk (at least 4: any character fits in an empty chunk). */
  readonly size: number;
  private readonly send: SendChunk;

  constructor(send: SendChunk, size: number = CHUNK_UNITS) {
    this.send = send;
    this.size = Math.max(4, size);
    this.buffer = new Uint8Array(this.size);
  }

  /** Where the stream is: sent with the chunks from now on. */
  setProgress(done: number, total: number): void {
    this.progress = { done, total };
  }

  /** Appends `text`, encoded; sends each chunk it fills. */
  text(text: string): Promise<void> {
    return this.texts([text]);
  }

  /** Appends `pieces` in order, each encoded on its own; sends each chunk they fill. */
  async texts(pieces: readonly string[]): Promise<void> {
    for (const piece of pieces) {
      let rest = piece;
      for (;;) {
        const { read, written } = encoder.encodeInto(rest, this.buffer.subarray(this.used));
        this.used += written;
        if (read === rest.length) break;
        // Full (or the next character needs more bytes than are left): send, go on.
        rest = rest.slice(read);
        await this.flush();
      }
      if (this.used === this.size) await this.flush();
    }
  }

  /** Sends `chunk` as it is, after any gathered text (a file built whole, cut already). */
  async chunk(chunk: ContentChunk): Promise<void> {
    await this.flush();
    await this.send(chunk, this.progress);
  }

  /** Sends what is left. */
  async end(): Promise<void> {
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.used === 0) return;
    const chunk = this.buffer.subarray(0, this.used);
    this.buffer = new Uint8Array(this.size);
    this.used = 0;
    await this.send(chunk, this.progress);
  }
}
