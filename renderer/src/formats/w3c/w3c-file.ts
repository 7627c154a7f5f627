/**
 * How a W3C export is spelled in its file: the collection's own members indented, each
 * annotation (and each embedded source) compact on a line of its own. The file stays
 * greppable and a diff shows one changed annotation per line, and JSON-LD gives whitespace
 * no meaning. Indenting every annotation made the 207,000-annotation export of the export
 * bench 469 MB, and its indentation and encoding the largest costs of the worker's time.
 * The streamed export (`export/w3c-stream.ts`) writes the same bytes a piece at a time.
 */
import type { W3cCollection } from './w3c-model';
import { oneItemALine } from '../shared/one-item-a-line';
import { SOURCES_MEMBER } from './w3c-sources';

/** Stand for the lists in the indented collection until their own spelling is put there. */
const ITEMS_PLACE = '\u0000items';
const SOURCES_PLACE = '\u0000sources';

/** The whole file of `collection`, ending with a line break. */
export function spellW3cCollection(collection: W3cCollection): string {
  const sources = collection[SOURCES_MEMBER];
  // Spread, then overridden: each member keeps its place in the collection's order.
  const framed = {
    ...collection,
    first: { ...collection.first, items: ITEMS_PLACE },
    ...(sources !== undefined ? { [SOURCES_MEMBER]: SOURCES_PLACE } : {}),
  };
  let text = JSON.stringify(framed, null, 2);
  text = fill(text, ITEMS_PLACE, collection.first.items);
  if (sources !== undefined) text = fill(text, SOURCES_PLACE, sources);
  return `${text}\n`;
}

/** `text` with the quoted `place` replaced by `values`, one a line at the place's indent. */
function fill(text: string, place: string, values: readonly unknown[]): string {
  const quoted = JSON.stringify(place);
  const at = text.indexOf(quoted);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(text.slice(lineStart, at))![0];
  return text.slice(0, at) + oneItemALine(values, indent) + text.slice(at + quoted.length);
}
