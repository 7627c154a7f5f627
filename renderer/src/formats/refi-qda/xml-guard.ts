/**
 * The checks an imported XML file passes before any parser sees it. A parser cannot be
 * asked to stop early, so what would make it slow, huge or unsafe is refused here, in one
 * linear scan:
 * - size: a document over `maxChars` is refused unread;
 * - nesting: elements deeper than `maxDepth` (DOM building recurses; a million nested
 *   tags exhaust a stack or the memory of a tree);
 * - any DTD (`<!DOCTYPE`, `<!ENTITY`): entity expansion (billion laughs) and external
 *   entities (XXE) both need one, and QDA-XML never uses one. Both the page's DOMParser and
 *   jsdom's expand the internal entities of a DTD, so refusing it before parsing is the
 *   only guard that holds for both.
 * Hand-written because no parser we ship exposes such limits: DOMParser has no options,
 * and the streaming parsers that could count depth (saxes, sax) are not dependencies.
 */

/** The limits of one document. */
export interface XmlLimits {
  /** Most characters (UTF-16 code units) of the document. */
  maxChars: number;
  /** Most levels of nested elements, the root being level 1. */
  maxDepth: number;
}

/**
 * Why `xml` must not be parsed, or `undefined` when it may be. Comments, CDATA sections and
 * processing instructions are skipped whole, and quoted attribute values too, so a `<` or
 * `>` inside them is not mistaken for a tag. Does not validate: the parser does that.
 */
export function xmlGuardReason(xml: string, limits: XmlLimits): string | undefined {
  if (xml.length > limits.maxChars) {
    return `its XML is ${megabytes(xml.length)} MB; the largest read is ${megabytes(limits.maxChars)} MB`;
  }
  let depth = 0;
  let at = xml.indexOf('<');
  while (at !== -1) {
    let next: number;
    if (xml.startsWith('<!--', at)) {
      next = after(xml, '-->', at + 4);
    } else if (xml.startsWith('<![CDATA[', at)) {
      next = after(xml, ']]>', at + 9);
    } else if (xml.startsWith('<?', at)) {
      next = after(xml, '?>', at + 2);
    } else if (xml.startsWith('<!', at)) {
      // `<!DOCTYPE`, or `<!ENTITY` and the like outside one: a DTD in any form.
      return 'it declares a DTD (<!DOCTYPE or <!ENTITY), which QDA-XML never uses; refused so that no entity is expanded or fetched';
    } else {
      const end = tagEnd(xml, at + 1);
      if (end === -1) return undefined; // Unterminated: the parser reports it.
      if (xml[at + 1] === '/') {
        depth -= 1;
      } else {
        if (depth + 1 > limits.maxDepth) {
          return `its elements nest deeper than ${limits.maxDepth} levels`;
        }
        // A self-closing element is as deep as it goes.
        if (xml[end - 1] !== '/') depth += 1;
      }
      next = end + 1;
    }
    if (next === -1) return undefined;
    at = xml.indexOf('<', next);
  }
  return undefined;
}

/** The index after `marker` found from `from`, or -1. */
function after(xml: string, marker: string, from: number): number {
  const found = xml.indexOf(marker, from);
  return found === -1 ? -1 : found + marker.length;
}

/** The index of the `>` closing a tag opened before `from`, outside quoted values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  for (let i = from; i < xml.length; i++) {
    const c = xml[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}

function megabytes(chars: number): string {
  return String(Math.round(chars / 1024 / 1024));
}
