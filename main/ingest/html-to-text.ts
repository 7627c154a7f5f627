/**
 * Readable text from a saved HTML page, by a streaming parse (htmlparser2) with no DOM.
 *
 * Nothing is executed, fetched or rendered: the parser only reports tags and text, scripts
 * and other non-text elements are dropped by name, and attributes are never copied into
 * the text (so `onclick` handlers and `javascript:` links leave no trace but their words).
 */
import {
  CELL_ELEMENTS,
  LINE_ELEMENTS,
  PARAGRAPH_ELEMENTS,
  SKIPPED_ELEMENTS,
} from './html-elements';
import { parseHtmlBounded, type BoundedHtmlHandler } from './html-parse';
import { LineBuilder } from './line-builder';

/** What a page gives: its text and the metadata the library shows. */
export interface HtmlExtract {
  /** Text laid out in lines and paragraphs (not yet normalised). */
  text: string;
  /** `<title>`, or else the `og:title` meta property; whitespace collapsed. */
  title: string | undefined;
  /** Text of the first `<h1>`, a fallback title. */
  heading: string | undefined;
  /** Whether the first `<h1>` lies inside `onlyInside` (always true without it). */
  isHeadingInText: boolean;
  /** The `lang` (or `xml:lang`) attribute of `<html>`, as written. */
  lang: string | undefined;
}

/** Options for `htmlToText`. */
export interface HtmlToTextOptions {
  /**
   * Number of the element (see `parseHtmlBounded`) whose text alone is kept, such as the
   * main content `scanHtmlPage` picks. Title, heading and language come from the whole page.
   */
  onlyInside?: number;
}

const collapse = (text: string): string => text.replace(/[ \t\n\f\r]+/g, ' ').trim();

/** A streaming handler that gathers a page's text, and the text once the parse is over. */
export interface HtmlTextCollector {
  handler: BoundedHtmlHandler;
  /** What was gathered; call once `parseHtmlBounded` has returned. */
  result(): HtmlExtract;
}

/**
 * A handler for `parseHtmlBounded` that gathers what `htmlToText` returns, so one parse
 * can feed it and another handler (see `teeHandlers`).
 */
export function collectHtmlText(options: HtmlToTextOptions = {}): HtmlTextCollector {
  const out = new LineBuilder();
  const only = options.onlyInside;
  let title: string | undefined;
  let ogTitle: string | undefined;
  let heading: string | undefined;
  let isHeadingInText = true;
  let lang: string | undefined;
  let titleText: string | undefined;
  let headingText: string | undefined;

  let skipDepth = 0;
  let preDepth = 0;
  // Depth below the kept element; 0 when outside it (or when every element is kept).
  let keptDepth = only === undefined ? 1 : 0;
  const isKept = () => keptDepth > 0;

  const handler: BoundedHtmlHandler = {
    onopentag(name, attribs, element) {
      if (keptDepth > 0 && only !== undefined) keptDepth++;
      else if (element === only) keptDepth = 1;
      if (SKIPPED_ELEMENTS.has(name) || skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (name === 'html' && lang === undefined) lang = attribs.lang ?? attribs['xml:lang'];
      else if (name === 'meta' && ogTitle === undefined) {
        if ((attribs.property ?? attribs.name) === 'og:title') ogTitle = attribs.content;
      } else if (name === 'title' && title === undefined) titleText = '';
      else if (name === 'h1' && heading === undefined) {
        headingText = '';
        isHeadingInText = isKept();
      }
      if (!isKept()) return;
      if (name === 'pre') preDepth++;
      if (name === 'br') out.hardBreak();
      else if (PARAGRAPH_ELEMENTS.has(name)) out.lineBreak(2);
      else if (LINE_ELEMENTS.has(name)) out.lineBreak(1);
      else if (CELL_ELEMENTS.has(name)) out.cell();
    },
    ontext(data) {
      if (skipDepth > 0) return;
      if (titleText !== undefined) {
        titleText += data;
        return;
      }
      if (headingText !== undefined) headingText += data;
      if (!isKept()) return;
      if (preDepth > 0) out.preformatted(data);
      else out.text(data);
    },
    onclosetag(name) {
      const wasKept = isKept();
      if (keptDepth > 0 && only !== undefined) keptDepth--;
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (name === 'title' && titleText !== undefined) {
        title = collapse(titleText) || undefined;
        titleText = undefined;
      } else if (name === 'h1' && headingText !== undefined) {
        heading = collapse(headingText) || undefined;
        headingText = undefined;
      }
      if (!wasKept) return;
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (PARAGRAPH_ELEMENTS.has(name)) out.lineBreak(2);
      else if (LINE_ELEMENTS.has(name)) out.lineBreak(1);
    },
    onrestart() {
      skipDepth = preDepth = 0;
      if (only !== undefined) keptDepth = 0;
    },
  };
  const result = (): HtmlExtract => ({
    text: out.toString(),
    title: title ?? collapseOrUndefined(ogTitle),
    heading,
    isHeadingInText,
    lang,
  });
  return { handler, result };
}

/**
 * Extracts the readable text, title, first heading and language of `html`.
 * Block elements start new lines, paragraphs are separated by one blank line, inline
 * whitespace collapses to one space, entities are decoded; scripts, styles, embedded
 * frames, SVG, templates, `<noscript>` and form widgets contribute no text, nor does
 * `<title>` (it is returned apart). Time and memory are linear in the input, whatever its
 * nesting or its attributes (a 10 MB `data:` URI is skipped like any attribute). Pure.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): HtmlExtract {
  const collector = collectHtmlText(options);
  parseHtmlBounded(html, collector.handler);
  return collector.result();
}

function collapseOrUndefined(text: string | undefined): string | undefined {
  return text === undefined ? undefined : collapse(text) || undefined;
}
