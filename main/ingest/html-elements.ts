/**
 * How HTML elements shape extracted text: which are never text, and which start a line or
 * a paragraph. Tag names are lower case, as htmlparser2 reports them.
 */

/**
 * Elements whose content is never article text: code, styles, embedded documents and
 * media, form widgets. Their text is dropped whole, including anything nested inside.
 * `<head>` is not listed: htmlparser2 leaves it open on pages without `</head>` or
 * `<body>`, which would drop the whole article; its real children are listed instead.
 */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'picture',
  'map',
  'select',
  'datalist',
  'textarea',
  'button',
]);

/** Elements separated from their neighbours by a blank line. */
export const PARAGRAPH_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'figure',
  'hr',
  'address',
  'details',
  'fieldset',
  'form',
]);

/** Elements that start and end a line. */
export const LINE_ELEMENTS: ReadonlySet<string> = new Set([
  'html',
  'body',
  'div',
  'center',
  'li',
  'tr',
  'dt',
  'dd',
  'caption',
  'figcaption',
  'summary',
  'legend',
  'option',
]);

/** Table cells: separated by a tab within their row. */
export const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);
