/**
 * Readable text from a saved HTML page, by a streaming parse (htmlparser2) with no DOM.
 *
 * Nothing is executed, fetched or rendered: the parser only reports tags and text, scripts
 * and other non-text elements are dropped by name, and attributes are never copied into
 * the text (so `onclick` handlers and `javascript:` links leave no trace but their words).
 */
import { Parser } from 'htmlparser2';
import {
  CELL_ELEMENTS,
  LINE_ELEMENTS,
  PARAGRAPH_ELEMENTS,
  SKIPPED_ELEMENTS,
} from './html-elements';
import { LineBuilder } from './line-builder';

/** What a page gives: its text and the metadata the library shows. */
export interface HtmlExtract {
  /** Text laid out in lines and paragraphs (not yet normalised). */
  text: string;
  /** `<title>`, or else the `og:title` meta property; whitespace collapsed. */
  title: string | undefined;
  /** Text of the first `<h1>`, a fallback title. */
  heading: string | undefined;
  /** The `lang` (or `xml:lang`) attribute of `<html>`, as written. */
  lang: string | undefined;
}

// htmlparser2 keeps open elements in an array it grows with `unshift`, which costs time
// proportional to the depth: a crafted file of a million unclosed `<div>` would take hours.
// Past this depth (real pages stay under ~100) the parse restarts on the rest of the input
// with an empty stack, which keeps every step bounded.
const MAX_OPEN_ELEMENTS = 512;
const CHUNK_CHARS = 64 * 1024;

const collapse = (text: string): string => text.replace(/[ \t\n\f\r]+/g, ' ').trim();

/**
 * Extracts the readable text, title, first heading and language of `html`.
 * Block elements start new lines, paragraphs are separated by one blank line, inline
 * whitespace collapses to one space, entities are decoded; scripts, styles, embedded
 * frames, SVG, templates, `<noscript>` and form widgets contribute no text, nor does
 * `<title>` (it is returned apart). Time and memory are linear in the input, whatever its
 * nesting or its attributes (a 10 MB `data:` URI is skipped like any attribute). Pure.
 */
export function htmlToText(html: string): HtmlExtract {
  const out = new LineBuilder();
  let title: string | undefined;
  let ogTitle: string | undefined;
  let heading: string | undefined;
  let lang: string | undefined;
  let titleText: string | undefined;
  let headingText: string | undefined;

  let depth = 0;
  let skipDepth = 0;
  let preDepth = 0;
  let overflowAt = -1;
  let parser: Parser;

  const handler = {
    onopentag(name: string, attribs: Record<string, string>): void {
      depth++;
      if (depth > MAX_OPEN_ELEMENTS && overflowAt < 0) {
        overflowAt = parser.endIndex;
        parser.pause();
      }
      if (SKIPPED_ELEMENTS.has(name) || skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (name === 'html' && lang === undefined) lang = attribs.lang ?? attribs['xml:lang'];
      else if (name === 'meta' && ogTitle === undefined) {
        if ((attribs.property ?? attribs.name) === 'og:title') ogTitle = attribs.content;
      } else if (name === 'title' && title === undefined) titleText = '';
      else if (name === 'h1' && heading === undefined) headingText = '';
      if (name === 'pre') preDepth++;
      if (name === 'br') out.hardBreak();
      else if (PARAGRAPH_ELEMENTS.has(name)) out.lineBreak(2);
      else if (LINE_ELEMENTS.has(name)) out.lineBreak(1);
      else if (CELL_ELEMENTS.has(name)) out.cell();
    },
    ontext(data: string): void {
      if (skipDepth > 0) return;
      if (titleText !== undefined) {
        titleText += data;
        return;
      }
      if (headingText !== undefined) headingText += data;
      if (preDepth > 0) out.preformatted(data);
      else out.text(data);
    },
    onclosetag(name: string): void {
      depth--;
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
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (PARAGRAPH_ELEMENTS.has(name)) out.lineBreak(2);
      else if (LINE_ELEMENTS.has(name)) out.lineBreak(1);
    },
  };

  let position = 0;
  while (position < html.length) {
    const start = position;
    depth = skipDepth = preDepth = 0;
    overflowAt = -1;
    parser = new Parser(handler, { decodeEntities: true });
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
  }
  return { text: out.toString(), title: title ?? collapseOrUndefined(ogTitle), heading, lang };
}

function collapseOrUndefined(text: string | undefined): string | undefined {
  return text === undefined ? undefined : collapse(text) || undefined;
}
