/**
 * What a page's microdata (`itemprop` attributes, schema.org vocabulary) says about its
 * article: author, date, headline and publisher. Properties inside a comment, review or
 * answer belong to someone else's text and are skipped.
 */

import { hasWord } from './page-elements';

/** The article's microdata, values as written (whitespace collapsed). */
export interface Microdata {
  /** The raw credit of each `itemprop="author"` (or `creator`), in page order. */
  authors: string[];
  datePublished?: string;
  headline?: string;
  publisher?: string;
}

const MAX_CHARS = 300;
const MAX_ELEMENTS = 50;
// Items whose properties are not the article's: readers' comments and answers, and the
// photos and videos whose `author` is the photographer ("Benoit Tessier/Reuters").
const OTHER_PEOPLES_TEXT =
  /Comment|Review|Rating|Answer|Question|ImageObject|VideoObject|MediaObject|Photograph|AudioObject/u;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, MAX_CHARS);

/** The value of a property element: its `content`, `datetime`, or text. */
function valueOf(element: Element): string {
  const written =
    element.getAttribute('content') ??
    element.getAttribute('datetime') ??
    (element.localName === 'meta' || element.localName === 'link' ? '' : element.textContent);
  return collapse(written ?? '');
}

function isInOthersItem(element: Element): boolean {
  const scope = element.parentElement?.closest('[itemscope]');
  return OTHER_PEOPLES_TEXT.test(scope?.getAttribute('itemtype') ?? '');
}

function propertyElements(elements: readonly Element[], name: string): Element[] {
  const found = elements.filter((element) => hasWord(element, 'itemprop', name));
  const kept: Element[] = [];
  for (let i = 0; i < found.length && kept.length < MAX_ELEMENTS; i++) {
    if (!isInOthersItem(found[i]!)) kept.push(found[i]!);
  }
  return kept;
}

/** A person or organisation item: its `name` property, else its whole text. */
function nameOfItem(element: Element): string {
  if (element.hasAttribute('itemscope')) {
    const name = element.querySelector('[itemprop~="name"]');
    if (name) return valueOf(name);
  }
  return valueOf(element);
}

/** The article properties of the microdata among a page's `elements` (`listElements`). Pure. */
export function readMicrodata(elements: readonly Element[]): Microdata {
  const authors = [
    ...propertyElements(elements, 'author'),
    ...propertyElements(elements, 'creator'),
  ]
    .map(nameOfItem)
    .filter((name) => name !== '');
  const microdata: Microdata = { authors: [...new Set(authors)] };
  const date = propertyElements(elements, 'datePublished').map(valueOf).find(Boolean);
  if (date) microdata.datePublished = date;
  const headline = propertyElements(elements, 'headline').map(valueOf).find(Boolean);
  if (headline) microdata.headline = headline;
  const publisher = propertyElements(elements, 'publisher').map(nameOfItem).find(Boolean);
  if (publisher) microdata.publisher = publisher;
  return microdata;
}
