/**
 * A page's `<meta>` tags by name: Open Graph (`og:*`), `article:*`, Dublin Core (`dc.*`,
 * `dcterms.*`), Parse.ly, Sailthru and the plain `author` and `date` names. The key is the
 * `property` or `name` attribute in lower case (`name="DC.creator"` is `dc.creator`); a
 * `property` holding several names ("og:title twitter:title") counts for each.
 */

/** Every value each meta name was given, in page order. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

const MAX_TAGS = 2_000;
const MAX_CHARS = 1_000;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS);

/**
 * The meta tags among a page's `elements` (`listElements`; those carrying `itemprop`
 * belong to microdata). Pure.
 */
export function readMetaTags(elements: readonly Element[]): MetaTags {
  const tags = new Map<string, string[]>();
  const metas = elements.filter(
    (element) => element.localName === 'meta' && element.hasAttribute('content'),
  );
  for (let i = 0; i < metas.length && i < MAX_TAGS; i++) {
    const element = metas[i]!;
    if (element.hasAttribute('itemprop')) continue;
    const content = collapse(element.getAttribute('content') ?? '');
    const names = `${element.getAttribute('property') ?? ''} ${element.getAttribute('name') ?? ''}`;
    if (content === '') continue;
    for (const name of new Set(names.toLowerCase().split(/\s+/))) {
      if (name === '') continue;
      const values = tags.get(name) ?? [];
      values.push(content);
      tags.set(name, values);
    }
  }
  return tags;
}

/** The first value of the first of `names` that the page gives, with that name. */
export function firstMeta(
  tags: MetaTags,
  names: readonly string[],
): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = tags.get(name)?.[0];
    if (value !== undefined) return { name, value };
  }
  return undefined;
}
