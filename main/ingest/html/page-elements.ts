/**
 * A page's elements in document order, listed once for every metadata reader. Each reader
 * used to run its own `querySelectorAll` (meta tags, `h1`, `itemprop`, `rel`, class and id
 * names, `<time>`): nine walks of the whole tree through a CSS selector engine, about a
 * tenth of a page's ingestion. Filtering one list in plain code gives the same elements in
 * the same order.
 */

/** Every element of `document`, in document order (as `querySelectorAll('*')` lists them). */
export function listElements(document: Document): Element[] {
  return Array.from(document.querySelectorAll('*'));
}

const WORDS = /[ \t\n\f\r]+/;

/**
 * Whether the whitespace-separated list in `element`'s `attribute` holds `word`, as the
 * CSS selector `[attribute~="word"]` tests it (`rel` ignoring case, as in HTML).
 */
export function hasWord(element: Element, attribute: string, word: string): boolean {
  const value = element.getAttribute(attribute);
  if (value === null) return false;
  const list = attribute === 'rel' ? value.toLowerCase() : value;
  return list.split(WORDS).includes(word);
}
