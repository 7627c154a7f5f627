/**
 * Rows on their way into a backup file and its digest at once. Each row's digest spelling is
 * encoded to UTF-8 once (`TableDigests.addSpelled`), and where the file holds the row as
 * spelled (a row typeson marks nothing in, as most of the app's are: `plain-row.ts`) those
 * bytes are the file's too. Why: the file's rows were joined into strings that the Blob
 * encoded a second time (~0.6 s of a restore over 100,000 packed annotations in its CPU
 * profile: its snapshot's file). In Chromium, spelling 100,000 bench-shaped annotation rows
 * for the file, digesting them and making the Blob went from a median of 0.92-1.25 s to
 * 0.83-1.04 s (three interleaved runs at load 3-5).
 */
import { rowForFile } from './plain-row';
import type { TableDigests } from './table-digest';

const COMMA = 44;
const encoder = new TextEncoder();

export class FileRowEncoder {
  /** Reused from call to call: the Blob made from it is a copy. */
  private bytes = new Uint8Array(1 << 20);
  private used = 0;

  constructor(private readonly digests: TableDigests) {}

  /**
   * Adds `rows` of `table` (spelled `spelled` by the digest, position for position) to the
   * digest and its annotation count, and answers them as the file holds them, joined by
   * commas, in UTF-8 (empty when there are none). Throws `NotPlain` before any is added when
   * one can only be written by the library.
   */
  encode(table: string, rows: readonly unknown[], spelled: readonly string[]): Blob {
    const lines = rows.map((row, i) => rowForFile(row, spelled[i]!));
    this.used = 0;
    lines.forEach((line, i) => {
      const spelling = spelled[i]!;
      const encoded = this.digests.addSpelled(table, spelling);
      this.digests.annotations.see(table, rows[i]);
      if (i > 0) {
        this.reserve(1);
        this.bytes[this.used++] = COMMA;
      }
      // The same string when the row needs no marks: its bytes are the digest's.
      if (line === spelling) this.appendBytes(encoded);
      else this.appendText(line);
    });
    return new Blob([this.bytes.subarray(0, this.used)]);
  }

  private appendBytes(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.used);
    this.used += bytes.length;
  }

  private appendText(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    this.reserve(text.length * 3);
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
  }

  private reserve(length: number): void {
    if (this.used + length <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.used + length, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }
}
