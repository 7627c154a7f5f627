/**
 * A saved page rewritten as small, well-formed HTML for a DOM: what Readability and the
 * metadata readers need (elements, text, the attributes they look at) and nothing else.
 *
 * Why a pass before the DOM: linkedom (like every parser built on htmlparser2) costs time
 * proportional to the depth at each open tag, and Readability walks the tree recursively
 * in places, so a crafted page of a million unclosed `<div>` would hang or overflow the
 * stack. The bounded streaming parse (`parseHtmlBounded`) stays linear; elements deeper
 * than `MAX_DEPTH` keep their text but lose their tags. Scripts, styles, embedded
 * documents and media are dropped here (their bytes are most of a saved page, and the DOM
 * would only hold them), attributes are cut to those the readers use and to a bounded
 * length (a 10 MB `data:` URI never reaches the DOM). JSON-LD blocks are handed back apart.
 */
import { SKIPPED_ELEMENTS } from '../html-elements';
import { parseHtmlBounded, type BoundedHtmlHandler } from '../html-parse';

/** The rewritten page and the JSON-LD blocks it held. */
export interface CompactPage {
  /**
   * A well-formed document: `<html>` with the page's `lang` and `dir`, a `<head>` holding
   * the first `<title>`, and a `<body>` (with the page's body `dir` and `lang`) holding
   * everything else; every element closed, attributes escaped, at most `MAX_DEPTH` deep.
   */
  html: string;
  /** The text of each `<script type="application/ld+json">`, in page order. */
  jsonLd: string[];
  /** Elements written, and the sum of their depths: what a DOM walk over them costs. */
  elements: number;
  depthSum: number;
}

/**
 * Deeper elements keep their text, not their tags. Readability's 110 test pages nest at
 * most 37 deep once scripts and SVG are gone.
 */
export const MAX_DEPTH = 64;
const MAX_ATTRIBUTE_CHARS = 1_000;
const MAX_JSON_LD_BLOCKS = 20;
const MAX_JSON_LD_CHARS = 512 * 1024;

// What Readability scores (class, id, role, href for link density), hides (hidden,
// aria-hidden), reads for metadata (name, property, content, itemprop, rel) and direction.
const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'role',
  'href',
  'hidden',
  'aria-hidden',
  'name',
  'property',
  'content',
  'itemprop',
  'itemscope',
  'itemtype',
  'rel',
  'datetime',
  'dir',
  'lang',
  'xml:lang',
  'title',
]);
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
// Inline styles are dropped, except the two Readability reads to skip hidden nodes.
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const TAG_NAME = /^[a-z][a-z0-9-]{0,40}$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9:_-]{0,40}$/;

// The page's own document elements are not copied: the rewrite writes its own, so that a
// page without `<body>` (or with content left inside an unclosed `<head>`) still has one.
const DOCUMENT_ELEMENTS = new Set(['html', 'head', 'body']);
const DIRECTION_ATTRIBUTES = ['lang', 'xml:lang', 'dir'];

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string =>
  text.slice(0, MAX_ATTRIBUTE_CHARS).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function openTag(
  name: string,
  attribs: Record<string, string>,
  kept: ReadonlySet<string> = KEPT_ATTRIBUTES,
): string {
  let tag = `<${name}`;
  for (const [key, value] of Object.entries(attribs)) {
    if (kept.has(key) && ATTRIBUTE_NAME.test(key)) {
      tag += ` ${key}="${escapeAttribute(value)}"`;
    } else if (key === 'style' && HIDING_STYLE.test(value.slice(0, MAX_ATTRIBUTE_CHARS))) {
      tag += ' style="display:none"';
    }
  }
  return `${tag}>`;
}

const isJsonLd = (name: string, attribs: Record<string, string>): boolean =>
  name === 'script' && /^\s*application\/ld\+json\s*$/i.test(attribs.type ?? '');

/** A streaming handler that rewrites a page, and the rewrite once the parse is over. */
export interface CompactCollector {
  handler: BoundedHtmlHandler;
  /** The rewritten page; call once `parseHtmlBounded` has returned. */
  result(): CompactPage;
}

/**
 * Rewrites `html` (a whole saved page) as compact HTML and its JSON-LD blocks. Linear in
 * the input whatever its nesting; never throws. Pure.
 */
export function compactHtml(html: string): CompactPage {
  const collector = collectCompactHtml();
  parseHtmlBounded(html, collector.handler);
  return collector.result();
}

/** A handler for `parseHtmlBounded` that gathers what `compactHtml` returns. */
export function collectCompactHtml(): CompactCollector {
  const out: string[] = [];
  const jsonLd: string[] = [];
  // One entry per open element: its name when its tags were written, else null.
  const open: (string | null)[] = [];
  let depth = 0;
  let skipDepth = 0;
  let elements = 0;
  let depthSum = 0;
  let jsonLdText: string | undefined;
  let title: string | undefined;
  let titleText: string | undefined;
  let htmlTag = '<html>';
  let bodyTag = '<body>';
  const seen = new Set<string>();
  const directionOnly = new Set(DIRECTION_ATTRIBUTES);

  const handler: BoundedHtmlHandler = {
    onopentag(name, attribs) {
      if (skipDepth === 0 && DOCUMENT_ELEMENTS.has(name)) {
        // The first of each is the page's; a second `<body>` adds nothing.
        if (name !== 'head' && !seen.has(name)) {
          const tag = openTag(name, attribs, directionOnly);
          if (name === 'html') htmlTag = tag;
          else bodyTag = tag;
        }
        seen.add(name);
        open.push(null);
        return;
      }
      if (skipDepth === 0 && name === 'title' && title === undefined && titleText === undefined) {
        titleText = '';
        open.push(null);
        return;
      }
      if (skipDepth > 0 || SKIPPED_ELEMENTS.has(name)) {
        skipDepth++;
        if (skipDepth === 1 && isJsonLd(name, attribs) && jsonLd.length < MAX_JSON_LD_BLOCKS) {
          jsonLdText = '';
        }
        return;
      }
      const isWritten = depth < MAX_DEPTH && TAG_NAME.test(name);
      open.push(isWritten && !VOID_ELEMENTS.has(name) ? name : null);
      if (isWritten) {
        elements++;
        depthSum += depth;
        out.push(openTag(name, attribs));
        if (!VOID_ELEMENTS.has(name)) depth++;
      }
    },
    ontext(data) {
      if (titleText !== undefined) titleText = (titleText + data).slice(0, MAX_ATTRIBUTE_CHARS);
      else if (skipDepth === 0) out.push(escapeText(data));
      else if (jsonLdText !== undefined && jsonLdText.length < MAX_JSON_LD_CHARS) {
        jsonLdText += data;
      }
    },
    onclosetag() {
      if (skipDepth > 0) {
        skipDepth--;
        if (skipDepth === 0 && jsonLdText !== undefined) {
          jsonLd.push(jsonLdText);
          jsonLdText = undefined;
        }
        return;
      }
      if (titleText !== undefined) {
        title = titleText;
        titleText = undefined;
      }
      const written = open.pop();
      if (written) {
        out.push(`</${written}>`);
        depth--;
      }
    },
    onrestart() {
      // The streaming parse starts over with nothing open: close what was written.
      while (open.length > 0) {
        const written = open.pop();
        if (written) out.push(`</${written}>`);
      }
      depth = skipDepth = 0;
      jsonLdText = titleText = undefined;
    },
  };
  const result = (): CompactPage => {
    const head = title === undefined ? '<head>' : `<head><title>${escapeText(title)}</title>`;
    return {
      html: `<!doctype html>${htmlTag}${head}</head>${bodyTag}${out.join('')}</body></html>`,
      jsonLd,
      elements,
      depthSum,
    };
  };
  return { handler, result };
}
