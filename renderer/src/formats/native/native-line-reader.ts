/**
 * Reading a native set while it is still being decoded. Sourcemark writes each item of the
 * set's lists on a line of its own (`spellEnvelope` in `native-envelope.ts`), so each such
 * line can be parsed as soon as it arrives, while a worker decodes the rest of the file
 * (`sets/decode-in-pieces.ts`): on a 100,000-annotation set, decoding and parsing then
 * overlap instead of following each other.
 *
 * Only that layout is read this way. Anything else (another tool's JSON, a hand-formatted
 * set, a file that is not JSON) answers `whole`, and the caller parses the whole text as
 * before, so its messages and results are exactly those of one `JSON.parse`.
 */
import { MAX_JSON_DEPTH, exceedsJsonDepth } from './json-depth';
import { NATIVE_TYPE } from './native-envelope';

/** An item of a list of the set: six spaces, then the item's object, then maybe a comma. */
const ITEM_INDENT = '      {';
/** How deep an item sits: the envelope, its `set`, the list. */
const ITEM_DEPTH = 3;
/** What the envelope holds in place of the n-th item line until the items are put back. */
// eslint-disable-next-line no-control-regex -- NUL, which no item line spells unescaped, is the point.
const PLACEHOLDER = /^\u0000item(\d+)$/;
/** The same, as it is spelled in JSON text; a file spelling it itself is not read by lines. */
const SPELLED_PLACEHOLDER = '\\u0000item';
/** The envelope's type line, which must come before any item (`"type"` is its first key). */
const TYPE_LINE = `  "type": ${JSON.stringify(NATIVE_TYPE)},`;

export type LineReadResult =
  /** A Sourcemark set, parsed: what `JSON.parse` of the whole text gives, and its length. */
  | { kind: 'parsed'; raw: unknown; chars: number }
  /** Anything else: parse `text`, the whole file, as usual. */
  | { kind: 'whole'; text: string };

export class NativeLineReader {
  private readonly pieces: string[] = [];
  private readonly envelope: string[] = [];
  private readonly items: unknown[] = [];
  private partial = '';
  private chars = 0;
  private lineCount = 0;
  private isTyped = false;
  private isOurs = true;

  /** Takes the next piece of the decoded file (any length, cut anywhere). */
  push(piece: string): void {
    this.pieces.push(piece);
    this.chars += piece.length;
    if (!this.isOurs) return;
    const lines = (this.partial + piece).split('\n');
    this.partial = lines.pop()!;
    for (const line of lines) if (this.isOurs) this.readLine(line);
  }

  /** The file read: parsed, or its whole text for the usual parse. */
  finish(): LineReadResult {
    if (this.isOurs && this.partial !== '') this.readLine(this.partial);
    const whole = (): LineReadResult => ({ kind: 'whole', text: this.pieces.join('') });
    // Only a Sourcemark set is read by lines; any other JSON is parsed once, by the caller.
    if (!this.isOurs || !this.isTyped) return whole();
    const envelopeText = this.envelope.join('\n');
    if (exceedsJsonDepth(envelopeText)) return whole();
    let raw: unknown;
    try {
      raw = JSON.parse(envelopeText);
    } catch {
      return whole();
    }
    if ((raw as { type?: unknown } | null)?.type !== NATIVE_TYPE) return whole();
    if (!this.putItemsBack(raw)) return whole();
    return { kind: 'parsed', raw, chars: this.chars };
  }

  private readLine(line: string): void {
    const lineNumber = this.lineCount++;
    if (lineNumber === 0) {
      // A byte order mark is no data in a JSON file (`leading-bom.ts`).
      const opening = line.replace(/^\uFEFF/, '').replace(/\r$/, '');
      if (opening !== '{') this.isOurs = false;
      this.envelope.push(opening);
      return;
    }
    if (!line.startsWith(ITEM_INDENT)) {
      if (line.replace(/\r$/, '') === TYPE_LINE) this.isTyped = true;
      if (line.includes(SPELLED_PLACEHOLDER)) this.isOurs = false;
      this.envelope.push(line);
      return;
    }
    if (!this.isTyped) {
      this.isOurs = false;
      return;
    }
    let item = line.endsWith('\r') ? line.slice(0, -1) : line;
    const hasComma = item.endsWith(',');
    if (hasComma) item = item.slice(0, -1);
    if (exceedsJsonDepth(item, MAX_JSON_DEPTH - ITEM_DEPTH)) {
      this.isOurs = false;
      return;
    }
    try {
      this.items.push(JSON.parse(item));
    } catch {
      this.isOurs = false;
      return;
    }
    this.envelope.push(`      "\\u0000item${this.items.length - 1}"${hasComma ? ',' : ''}`);
  }

  /**
   * Puts each item back where its line stood, if every placeholder is an element of one of
   * the set's lists (where the layout puts items); otherwise the lines were not the items
   * they looked like, and the file is parsed whole.
   */
  private putItemsBack(raw: unknown): boolean {
    if (countPlaceholders(raw) !== this.items.length) return false;
    const set = (raw as { set?: unknown } | null)?.set;
    if (this.items.length === 0) return true;
    if (set === null || typeof set !== 'object' || Array.isArray(set)) return false;
    let putBack = 0;
    for (const list of Object.values(set as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      list.forEach((element, index) => {
        const n = typeof element === 'string' ? PLACEHOLDER.exec(element)?.[1] : undefined;
        if (n === undefined) return;
        list[index] = this.items[Number(n)];
        putBack++;
      });
    }
    return putBack === this.items.length;
  }
}

/** How many placeholder strings `value` holds, anywhere (the envelope is small). */
function countPlaceholders(value: unknown): number {
  if (typeof value === 'string') return PLACEHOLDER.test(value) ? 1 : 0;
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  for (const member of Object.values(value)) count += countPlaceholders(member);
  return count;
}
