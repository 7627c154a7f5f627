/**
 * Credits and dates a page prints in its markup rather than declares: `rel="author"`
 * links, elements whose class or id says byline or author (the names Readability looks
 * for), and `<time>` elements. Pages print other articles' bylines and times too (teasers,
 * "most read" lists), so those nearest the headline come first, below it before above it;
 * comment sections are skipped, their authors and times being the readers'.
 */

import { hasWord } from './page-elements';

/** What the page's visible markup credits, nearest the headline first. */
export interface PrintedCredits {
  /** Texts of `rel="author"` links. */
  relAuthors: string[];
  /** Texts of short byline elements (`class="byline"`, `id="author"`…), line breaks kept. */
  bylines: string[];
  /** `datetime` of the nearest `<time>` outside comments. */
  time?: string;
  /** Texts of elements whose class says publication date (hAtom `published`…). */
  dates: string[];
}

const MAX_CHARS = 200;
const MAX_ELEMENTS = 30;
// Readability's own byline test (`REGEXPS.byline`), plus the names Le Monde and others use.
const BYLINE_NAMES = /byline|author|writtenby|p-author|signature|article__auteur|meta-auteur/i;
const NOT_BYLINE_NAMES = /comment|avatar|bio\b|about|related|share|social|footer/i;
const IN_COMMENTS = /comment|respon|discussion|disqus/i;
// hAtom and microformats2 (`published`, `dt-published`), and the names blogs and news
// sites give their date lines (Blogger's `date-header`, Kinja's `publish-time`).
const DATE_NAMES =
  /(?:^|[\s_-])(?:published|dt-published|publish-?(?:time|date|on)|post-?date|entry-?date|date-?header|article-?date|pubdate|timestamp)(?:$|[\s_-])/i;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function namesOf(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

function isInComments(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (IN_COMMENTS.test(namesOf(node))) return true;
  }
  return false;
}

/** Every element's position in document order. */
function documentOrder(elements: readonly Element[]): Map<Element, number> {
  const order = new Map<Element, number>();
  for (let i = 0; i < elements.length; i++) order.set(elements[i]!, i);
  return order;
}

/** `elements` nearest `anchor` first: those after it, then those before it, by distance. */
function byNearness(
  elements: readonly Element[],
  order: ReadonlyMap<Element, number>,
  anchor: Element | undefined,
): Element[] {
  const at = anchor ? (order.get(anchor) ?? 0) : 0;
  const rank = (element: Element) => {
    const position = order.get(element) ?? 0;
    return position >= at ? position - at : Number.MAX_SAFE_INTEGER / 2 + (at - position);
  };
  return [...elements].sort((a, b) => rank(a) - rank(b));
}

function shortTexts(elements: readonly Element[]): string[] {
  const texts: string[] = [];
  for (const element of elements) {
    if (texts.length >= MAX_ELEMENTS) break;
    // The raw text keeps its line breaks: they end a credit ("By X\nMarch 11").
    const raw = (element.textContent ?? '').replace(/[ \t\f\r\u00a0]+/g, ' ').trim();
    if (raw !== '' && collapse(raw).length <= MAX_CHARS) texts.push(raw);
  }
  return texts;
}

/**
 * The credits and time a page prints among its `elements` (`listElements`), nearest
 * `headline` (the article's `<h1>`, when known) first. Reads the DOM, never changes it. Pure.
 */
export function readPrintedCredits(
  elements: readonly Element[],
  headline?: Element,
): PrintedCredits {
  const order = documentOrder(elements);
  // Filtered by name first: the walk up to the comment section is the costly test.
  const isBylineNamed = (element: Element) => {
    const names = namesOf(element);
    return BYLINE_NAMES.test(names) && !NOT_BYLINE_NAMES.test(names);
  };
  const outsideComments = (list: readonly Element[]) =>
    list.filter((element) => !isInComments(element));
  const rel = outsideComments(
    elements.filter((element) => element.localName === 'a' && hasWord(element, 'rel', 'author')),
  );
  const bylines = outsideComments(
    elements.filter(
      (element) =>
        (element.hasAttribute('class') || element.hasAttribute('id')) && isBylineNamed(element),
    ),
  );
  // The nearest `rel="author"` link and those beside it (a byline of two authors), not
  // the authors of teasers further down.
  const nearRel = byNearness(rel, order, headline);
  const block = nearRel[0]?.parentElement?.parentElement;
  const credits: PrintedCredits = {
    relAuthors: shortTexts(nearRel.filter((link) => block?.contains(link))),
    bylines: shortTexts(byNearness(bylines, order, headline)),
    dates: [],
  };
  const dated = outsideComments(
    elements.filter(
      (element) =>
        element.hasAttribute('class') && DATE_NAMES.test(element.getAttribute('class') ?? ''),
    ),
  );
  credits.dates = shortTexts(byNearness(dated, order, headline));
  const times = outsideComments(
    elements.filter((element) => element.localName === 'time' && element.hasAttribute('datetime')),
  );
  const time = byNearness(times, order, headline)[0]?.getAttribute('datetime');
  if (time) credits.time = collapse(time);
  return credits;
}
