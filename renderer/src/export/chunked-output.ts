/**
 * The worker's side of a streamed file: text (or a zip's bytes) is gathered until a chunk's
 * worth, then sent, and the next chunk waits until the page has written the one before. At
 * most one chunk is being gathered and one is in the page's hands, whatever the file's size.
 */
import { CHUNK_UNITS, contentChunks, type ContentChunk } from './content-chunks';

/** How far the file is, in the stream's own units (records written, or chunks). */
export interface WriteProgress {
  done: number;
  total: number;
}

/** Sends one chunk; resolves once the page has taken it (written it to the host). */
export type SendChunk = (chunk: ContentChunk, progress: WriteProgress) => Promise<void>;

export class ChunkedOutput {
  private parts: string[] = [];
  private gathered = 0;
  private progress: WriteProgress = { done: 0, total: 0 };
  /** Characters (or bytes) per chunk. */
  readonly size: number;
  private readonly send: SendChunk;

  constructor(send: SendChunk, size: number = CHUNK_UNITS) {
    this.send = send;
    this.size = size;
  }

  /** Where the stream is: sent with the chunks from now on. */
  setProgress(done: number, total: number): void {
    this.progress = { done, total };
  }

  /** Appends `text`; sends the gathered text once it makes a chunk. */
  async text(text: string): Promise<void> {
    this.parts.push(text);
    this.gathered += text.length;
    if (this.gathered >= this.size) await this.flush();
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
    if (this.gathered === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.gathered = 0;
    // One item may be larger than a chunk (a 20 MB text): cut, never sent whole.
    for (const chunk of contentChunks(text, this.size)) await this.send(chunk, this.progress);
  }
}
