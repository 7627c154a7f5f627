/**
 * Bounds on reading a codebook file, which is untrusted input: checked before it is read
 * (its size), before it is parsed (its nesting) and before it is validated (its item count),
 * so a hostile or mistaken file (a 300 MB dump was read whole once) is refused at once with
 * a message that says which bound it broke. The default codebook is 43 KB, 69 items, 9
 * levels deep: the bounds leave a hundredfold room.
 */
import { exceedsJsonDepth } from '../formats/native/json-depth';
import type { CodebookResult } from './codebook-types';

/** The largest codebook file read. */
export const MAX_CODEBOOK_FILE_BYTES = 5 * 1024 * 1024;
/** The deepest nesting of arrays and objects in a codebook file. */
export const MAX_CODEBOOK_DEPTH = 32;
/** The most items a codebook file may hold. */
export const MAX_CODEBOOK_ITEMS = 2000;

/** What of a picked file the check needs (a DOM `File` has it). */
export interface CodebookFileSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** The file's text, or why it is refused; a file over the size bound is never read. */
export async function readCodebookText(file: CodebookFileSource): Promise<CodebookResult<string>> {
  if (file.size > MAX_CODEBOOK_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: `${file.name} is ${mb} MB; a codebook file may be at most ${MAX_CODEBOOK_FILE_BYTES / 1024 / 1024} MB.`,
    };
  }
  return { ok: true, value: await file.text() };
}

/** Why a codebook file's text cannot be parsed safely, or `undefined`. Linear, no parse. */
export function codebookTextProblem(text: string): string | undefined {
  if (text.length > MAX_CODEBOOK_FILE_BYTES) {
    return `This codebook file is over ${MAX_CODEBOOK_FILE_BYTES / 1024 / 1024} MB.`;
  }
  if (exceedsJsonDepth(text, MAX_CODEBOOK_DEPTH)) {
    return `This codebook file nests deeper than ${MAX_CODEBOOK_DEPTH} levels.`;
  }
  return undefined;
}

/** Why a parsed codebook's item list is too long to validate, or `undefined`. */
export function codebookItemsProblem(items: unknown): string | undefined {
  if (Array.isArray(items) && items.length > MAX_CODEBOOK_ITEMS) {
    return `This codebook file holds ${items.length} items; at most ${MAX_CODEBOOK_ITEMS} are read.`;
  }
  return undefined;
}
