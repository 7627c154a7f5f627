/**
 * Which element of a saved page holds the article, and what its meta tags declare: the
 * streaming fallback of `html/extract-html.ts` for pages too large for a DOM (see
 * `fitsDom`) and for pages where Readability finds nothing. Readability wins everywhere
 * else: on its 110 test pages it is the reference, and this pick cut two real articles
 * short; what this pick has that Readability lacks is a cost linear in the input.
 *
 * A readability-style pick without a DOM, in one streaming pass: every paragraph scores
 * its parent fully and its grandparent by half (longer paragraphs and more commas score
 * higher), a container's score is then scaled down by its link density (menus and
 * "related" lists are mostly links) and by class or id names that announce chrome
 * ("comment", "sidebar", "share"), and up by names that announce content ("article",
 * "story") and by `<article>` or `<main>`. The best container is the article; a page
 * with no paragraphs of substance has none, and its whole text is kept.
 */
import { SKIPPED_ELEMENTS } from './html-elements';
import { parseHtmlBounded } from './html-parse';

/** What a page's meta tags say about its article (values as written, whitespace collapsed). */
export interface HtmlPageMeta {
  /** `author`, `article:author` (when not a URL), `byl`, `dc.creator`. */
  author?: string;
  /** `article:published_time`, `date`, `dc.date`, `pubdate`, or the first `<time datetime>`. */
  publishedTime?: string;
  /** `og:site_name`, `application-name`. */
  siteName?: string;
}

/** The pick and the page's declared metadata. */
export interface HtmlPageScan {
  /** Element number (see `parseHtmlBounded`) of the main content, when one stands out. */
  mainElement?: number;
  meta: HtmlPageMeta;
}

const CONTAINERS = new Set(['div', 'article', 'main', 'section', 'td', 'body', 'form']);
const PARAGRAPHS = new Set(['p', 'pre', 'blockquote']);
const MIN_PARAGRAPH_CHARS = 25;
/** Below this much paragraph text the pick is not trusted: the whole page is kept. */
const MIN_MAIN_CHARS = 140;
const MAX_META_CHARS = 300;
const NEGATIVE =
  /comment|sidebar|share|social|related|footer|footnote|masthead|menu|nav|promo|sponsor|widget|banner|cookie|subscribe|newsletter|popup|advert|\bads?\b/i;
const POSITIVE = /article|body|content|entry|main|page|post|story|text|blog/i;

const META_AUTHOR = new Set(['author', 'article:author', 'byl', 'dc.creator', 'parsely-author']);
const META_DATE = new Set([
  'article:published_time',
  'date',
  'dc.date',
  'dc.date.issued',
  'pubdate',
  'publishdate',
  'parsely-pub-date',
  'og:published_time',
]);
const META_SITE = new Set(['og:site_name', 'application-name']);

interface Frame {
  element: number;
  name: string;
  score: number;
  chars: number;
  linkChars: number;
  weight: number;
  /** Text of the paragraph this frame is, when it is one. */
  paragraph?: string;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const bounded = (text: string): string => collapse(text).slice(0, MAX_META_CHARS);

function classWeight(name: string, attribs: Record<string, string>): number {
  const names = `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role ?? ''}`.slice(0, 500);
  let weight = 1;
  if (name === 'article' || name === 'main' || attribs.role === 'main') weight *= 1.5;
  if (NEGATIVE.test(names)) weight *= 0.3;
  else if (POSITIVE.test(names)) weight *= 1.25;
  return weight;
}

function paragraphScore(text: string): number {
  const commas = (text.match(/[,،、，]/g) ?? []).length;
  return 1 + commas + Math.min(3, Math.floor(text.length / 100));
}

function readMeta(meta: HtmlPageMeta, attribs: Record<string, string>): void {
  const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
  const content = attribs.content;
  if (!key || content === undefined || collapse(content) === '') return;
  if (META_AUTHOR.has(key) && meta.author === undefined && !/^https?:/i.test(content)) {
    meta.author = bounded(content);
  } else if ((META_DATE.has(key) || key === 'datepublished') && meta.publishedTime === undefined) {
    meta.publishedTime = bounded(content);
  } else if (META_SITE.has(key) && meta.siteName === undefined) {
    meta.siteName = bounded(content);
  }
}

/**
 * Scans `html` once for its main content element and its declared metadata. Linear in
 * the input; scripts and other non-text elements are ignored. Pure.
 */
export function scanHtmlPage(html: string): HtmlPageScan {
  const meta: HtmlPageMeta = {};
  const stack: Frame[] = [];
  let skipDepth = 0;
  let linkDepth = 0;
  // The outermost open paragraph: nested ones (a <p> in a <blockquote>) count as one.
  let openParagraph: Frame | undefined;
  let best: { element: number; score: number; chars: number } | undefined;

  const close = (frame: Frame) => {
    const parent = stack.at(-1);
    if (parent) {
      parent.chars += frame.chars;
      parent.linkChars += frame.linkChars;
    }
    if (frame === openParagraph) {
      openParagraph = undefined;
      const text = collapse(frame.paragraph ?? '');
      if (text.length >= MIN_PARAGRAPH_CHARS) {
        const score = paragraphScore(text);
        if (parent) parent.score += score;
        const grandparent = stack.at(-2);
        if (grandparent) grandparent.score += score / 2;
      }
      return;
    }
    if (!CONTAINERS.has(frame.name) || frame.score === 0) return;
    const linkDensity = frame.chars === 0 ? 0 : frame.linkChars / frame.chars;
    const score = frame.score * frame.weight * (1 - linkDensity);
    if (!best || score > best.score) best = { element: frame.element, score, chars: frame.chars };
  };

  parseHtmlBounded(html, {
    onopentag(name, attribs, element) {
      if (SKIPPED_ELEMENTS.has(name) || skipDepth > 0) {
        skipDepth++;
        return;
      }
      if (name === 'meta') readMeta(meta, attribs);
      else if (name === 'time' && meta.publishedTime === undefined && attribs.datetime) {
        meta.publishedTime = bounded(attribs.datetime);
      }
      if (name === 'a') linkDepth++;
      const frame: Frame = {
        element,
        name,
        score: 0,
        chars: 0,
        linkChars: 0,
        weight: classWeight(name, attribs),
      };
      if (PARAGRAPHS.has(name) && !openParagraph) {
        frame.paragraph = '';
        openParagraph = frame;
      }
      stack.push(frame);
    },
    ontext(data) {
      if (skipDepth > 0) return;
      const top = stack.at(-1);
      if (!top) return;
      const length = data.trim().length;
      top.chars += length;
      if (linkDepth > 0) top.linkChars += length;
      // Paragraph text is kept to count commas; a paragraph over 64 KB scores the same.
      if (openParagraph?.paragraph !== undefined && openParagraph.paragraph.length < 65_536) {
        openParagraph.paragraph += data;
      }
    },
    onclosetag(name) {
      if (skipDepth > 0) {
        skipDepth--;
        return;
      }
      if (name === 'a') linkDepth = Math.max(0, linkDepth - 1);
      const frame = stack.pop();
      if (frame) close(frame);
    },
    onrestart() {
      // Elements cut off by a restart are closed where they stand.
      while (stack.length > 0) close(stack.pop()!);
      skipDepth = linkDepth = 0;
      openParagraph = undefined;
    },
  });
  while (stack.length > 0) close(stack.pop()!);
  const scan: HtmlPageScan = { meta };
  if (best && best.chars >= MIN_MAIN_CHARS) scan.mainElement = best.element;
  return scan;
}
