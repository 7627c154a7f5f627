/**
 * A pure function of a string, remembered: ingestion asks the same questions again and
 * again. Every dump of a site repeats its menus and footers, and a dump's lines and blocks
 * are described twice when its site's chrome is found (`withSiteChrome`). In the ingest-ui
 * bench's 2,000 dumps, line descriptions and language guesses were two thirds of the host's
 * time, most of it on text already seen.
 *
 * Bounded by the characters of the keys held: at the bound everything is forgotten at once.
 * No LRU order is kept (so no library for it): the repeats come from one site's pages in one
 * import, and forgetting costs one refill.
 */
export function boundedMemo<V>(
  compute: (key: string) => V,
  maxKeyChars: number,
): (key: string) => V {
  const held = new Map<string, V>();
  let heldChars = 0;
  return (key) => {
    if (held.has(key)) return held.get(key) as V;
    const value = compute(key);
    if (key.length > maxKeyChars) return value;
    if (heldChars + key.length > maxKeyChars) {
      held.clear();
      heldChars = 0;
    }
    held.set(key, value);
    heldChars += key.length;
    return value;
  };
}
