/**
 * A JSON document written in pieces: the document is stringified once (two-space
 * indentation) with a marker string in place of each large member (a hole), then cut at the
 * markers, and each hole is filled as its content is read: a value indented at the hole's
 * depth, or an array whose items arrive a few at a time, each compact on a line of its own.
 * The pieces joined are byte for byte what the format's own spelling of the whole document
 * gives (`native-envelope.ts`, `formats/w3c/w3c-file.ts`), since an item's serialisation
 * depends only on the item and its depth, and a JSON string never holds a raw line break.
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

/**
 * `value` stringified as it would be inside a document, on a line indented by `indent`
 * (the native set's codebook: one value, so indenting its lines afterwards costs nothing).
 */
export function valueAt(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/**
 * An array written item by item at a member indented by `indent`, each item compact on a
 * line of its own (how the native set and the W3C collection write their lists, so a diff
 * shows one changed item per line): `item` for each, then `close`. Its opening bracket goes
 * with the first item, so an array that stays empty is `[]`, as `JSON.stringify` writes it,
 * without knowing the count beforehand.
 */
export class JsonArrayWriter {
  private count = 0;
  private readonly itemIndent: string;

  constructor(private readonly indent: string) {
    this.itemIndent = `${indent}  `;
  }

  item(value: unknown): string {
    const lead = this.count === 0 ? '[\n' : ',\n';
    this.count += 1;
    return `${lead}${this.itemIndent}${JSON.stringify(value)}`;
  }

  /** Items written so far. */
  get written(): number {
    return this.count;
  }

  close(): string {
    return this.count === 0 ? '[]' : `\n${this.indent}]`;
  }
}
