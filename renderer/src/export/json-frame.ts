/**
 * `JSON.stringify(value, null, 2)` written in pieces: the document is stringified once with
 * a marker string in place of each large member (a hole), then cut at the markers, and each
 * hole is filled as its content is read: a value stringified at the hole's depth, or an
 * array whose items arrive a few at a time. The pieces joined are byte for byte the string
 * `JSON.stringify` gives for the whole document, since an item's serialisation depends only
 * on the item and its depth, and a JSON string never holds a raw line break.
 */

/** A marker no value of ours contains: a NUL cannot come from a file or a form. */
const marker = (n: number) => `\u0000sourcemark-hole-${n}\u0000`;

/** The document around its holes: `between[0]`, hole 0, `between[1]`, …, hole n-1, `between[n]`. */
export interface JsonFrame {
  between: string[];
  /** Each hole's indentation: the spaces starting the line its member is on. */
  indents: string[];
}

/** A value with `holes` markers in it, for `frameOf`: `hole(i)` marks the i-th. */
export const hole = marker;

/**
 * Stringifies `value` (two-space indentation, as the exports write) around the `holes`
 * markers it holds, each exactly once and in document order.
 */
export function frameOf(value: unknown, holes: number): JsonFrame {
  const text = JSON.stringify(value, null, 2);
  const between: string[] = [];
  const indents: string[] = [];
  let at = 0;
  for (let n = 0; n < holes; n++) {
    const quoted = JSON.stringify(marker(n));
    const found = text.indexOf(quoted, at);
    if (found < 0) throw new Error(`The frame has no hole ${n}.`);
    const lineStart = text.lastIndexOf('\n', found) + 1;
    indents.push(/^ */.exec(text.slice(lineStart, found))![0]);
    between.push(text.slice(at, found));
    at = found + quoted.length;
  }
  between.push(text.slice(at));
  return { between, indents };
}

/** What `JSON.stringify` writes around a value nested in arrays to a depth, for `valueAt`. */
interface Nesting {
  depth: number;
  /** The opening brackets and the value's own indentation: cut from the front. */
  before: number;
  /** The closing brackets: cut from the end. */
  after: number;
}

const nestings = new Map<string, Nesting | null>();

/** How `indent` is reached by nesting in arrays, or `null` when it is not 2 spaces a level. */
function nestingOf(indent: string): Nesting | null {
  let nesting = nestings.get(indent);
  if (nesting !== undefined) return nesting;
  nesting = null;
  if (/^(?: {2})*$/.test(indent)) {
    const depth = indent.length / 2;
    let before = depth * 2;
    let after = 0;
    // Level j opens with `<2j spaces>[\n` and closes with `\n<2j spaces>]`.
    for (let j = 0; j < depth; j++) {
      before += 2 * j + 2;
      after += 2 * j + 2;
    }
    nesting = { depth, before, after };
  }
  nestings.set(indent, nesting);
  return nesting;
}

/**
 * `value` stringified as it would be inside a document, on a line indented by `indent`.
 * Nested in arrays to the indent's depth, so `JSON.stringify` indents it itself, then the
 * brackets cut off: indenting each line with `replace` afterwards was a tenth of the W3C
 * export's worker time (the export bench's worker profile).
 */
export function valueAt(value: unknown, indent: string): string {
  const nesting = nestingOf(indent);
  if (!nesting || value === undefined)
    return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
  let nested: unknown = value;
  for (let j = 0; j < nesting.depth; j++) nested = [nested];
  const text = JSON.stringify(nested, null, 2);
  return text.slice(nesting.before, text.length - nesting.after);
}

/**
 * An array written item by item at a member indented by `indent`: `item` for each, then
 * `close`. Its opening bracket goes with the first item, so an array that stays empty is
 * `[]`, as `JSON.stringify` writes it, without knowing the count beforehand.
 */
export class JsonArrayWriter {
  private count = 0;
  private readonly itemIndent: string;

  /** `oneLine`: each item on one line of its own, as the native set writes its lists. */
  constructor(
    private readonly indent: string,
    private readonly oneLine = false,
  ) {
    this.itemIndent = `${indent}  `;
  }

  item(value: unknown): string {
    const lead = this.count === 0 ? '[\n' : ',\n';
    this.count += 1;
    const spelled = this.oneLine ? JSON.stringify(value) : valueAt(value, this.itemIndent);
    return `${lead}${this.itemIndent}${spelled}`;
  }

  /** Items written so far. */
  get written(): number {
    return this.count;
  }

  close(): string {
    return this.count === 0 ? '[]' : `\n${this.indent}]`;
  }
}

/** A whole list at a member indented by `indent`, an item a line (the native set's lists). */
export function oneLineListAt(values: readonly unknown[], indent: string): string {
  const writer = new JsonArrayWriter(indent, true);
  return values.map((value) => writer.item(value)).join('') + writer.close();
}
