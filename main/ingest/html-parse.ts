/**
 * A streaming HTML parse (htmlparser2, no DOM) whose cost stays linear whatever the input.
 *
 * htmlparser2 keeps open elements in an array it grows with `unshift`, which costs time
 * proportional to the depth: a crafted file of a million unclosed `<div>` would take hours.
 * Past `MAX_OPEN_ELEMENTS` (real pages stay under ~100) the parse restarts on the rest of
 * the input with an empty stack, which keeps every step bounded. Nothing is executed or
 * fetched: the parser only reports tags, attributes and text.
 */
import { Parser } from 'htmlparser2';

const MAX_OPEN_ELEMENTS = 512;
const CHUNK_CHARS = 64 * 1024;

/** What a bounded parse reports. Element numbers count open tags from 0, in source order. */
export interface BoundedHtmlHandler {
  onopentag(name: string, attribs: Record<string, string>, element: number): void;
  ontext(data: string): void;
  onclosetag(name: string): void;
  /** The parse restarts with no open element: forget every element still open. */
  onrestart(): void;
}

/**
 * Parses `html` into `handler`'s callbacks, entities decoded. Element numbers are the same
 * on every parse of the same input, so a first pass can name an element for a second.
 */
export function parseHtmlBounded(html: string, handler: BoundedHtmlHandler): void {
  let depth = 0;
  let element = 0;
  let overflowAt = -1;
  let parser: Parser;
  const inner = {
    onopentag(name: string, attribs: Record<string, string>): void {
      depth++;
      if (depth > MAX_OPEN_ELEMENTS && overflowAt < 0) {
        overflowAt = parser.endIndex;
        parser.pause();
      }
      handler.onopentag(name, attribs, element++);
    },
    ontext(data: string): void {
      handler.ontext(data);
    },
    onclosetag(name: string): void {
      depth--;
      handler.onclosetag(name);
    },
  };

  let position = 0;
  while (position < html.length) {
    const start = position;
    depth = 0;
    overflowAt = -1;
    parser = new Parser(inner, { decodeEntities: true });
    while (position < html.length && overflowAt < 0) {
      parser.write(html.slice(position, position + CHUNK_CHARS));
      position += CHUNK_CHARS;
    }
    if (overflowAt < 0) {
      parser.end();
      break;
    }
    // `endIndex` is the `>` of the tag that went too deep, counted from `start`.
    position = start + overflowAt + 1;
    handler.onrestart();
  }
}

/** One handler that passes every event to each of `handlers`, in order: one parse, many readers. */
export function teeHandlers(...handlers: BoundedHtmlHandler[]): BoundedHtmlHandler {
  return {
    onopentag(name, attribs, element) {
      for (const handler of handlers) handler.onopentag(name, attribs, element);
    },
    ontext(data) {
      for (const handler of handlers) handler.ontext(data);
    },
    onclosetag(name) {
      for (const handler of handlers) handler.onclosetag(name);
    },
    onrestart() {
      for (const handler of handlers) handler.onrestart();
    },
  };
}
