/**
 * An imported XML document as a small plain tree, so the REFI-QDA reader is plain
 * TypeScript over data: the only code that meets the DOM is here, through a parser the
 * caller gives (the page's `DOMParser`; jsdom's in unit tests). The document passes
 * `xml-guard.ts` first, so it holds no DTD and nests no deeper than the limit, and the
 * recursion below is bounded.
 */
import { xmlGuardReason, type XmlLimits } from './xml-guard';

/** An element: its local name, attributes, child elements and its own text. */
export interface XmlNode {
  name: string;
  /** A `Map`, so a hostile attribute named `__proto__` is data, never a prototype. */
  attributes: ReadonlyMap<string, string>;
  children: readonly XmlNode[];
  /** The text directly inside the element (CDATA included), child elements' text excluded. */
  text: string;
}

/** What parsing needs of a DOMParser. */
export interface XmlDocumentParser {
  parseFromString(text: string, type: 'application/xml'): Document;
}

export type XmlTreeResult = { ok: true; root: XmlNode } | { ok: false; reason: string };

const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const ELEMENT_NODE = 1;

/**
 * Parses `xml` after `xmlGuardReason`'s checks. Only elements in the root element's namespace
 * are kept: QDA-XML puts everything in one namespace, and a vendor's extension element in
 * another cannot then be mistaken for a standard one of the same name.
 */
export function readXmlTree(
  xml: string,
  parser: XmlDocumentParser,
  limits: XmlLimits,
): XmlTreeResult {
  const refused = xmlGuardReason(xml, limits);
  if (refused) return { ok: false, reason: refused };
  const document = parser.parseFromString(xml, 'application/xml');
  const root = document.documentElement;
  // Chromium and jsdom both answer a malformed document with a <parsererror> element.
  const error = document.getElementsByTagName('parsererror')[0];
  if (!root || error) {
    const detail = (error?.textContent ?? '').trim().split('\n')[0]?.slice(0, 200);
    return { ok: false, reason: `its XML is not well-formed${detail ? ` (${detail})` : ''}` };
  }
  return { ok: true, root: toNode(root, root.namespaceURI) };
}

function toNode(element: Element, namespace: string | null): XmlNode {
  const attributes = new Map<string, string>();
  for (const attribute of Array.from(element.attributes)) {
    // Unprefixed attributes are in no namespace; `xmlns` declarations are not data.
    if (!attribute.prefix && attribute.name !== 'xmlns') {
      attributes.set(attribute.localName, attribute.value);
    }
  }
  const children: XmlNode[] = [];
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      text += child.nodeValue ?? '';
    } else if (child.nodeType === ELEMENT_NODE) {
      const childElement = child as Element;
      if (childElement.namespaceURI === namespace) children.push(toNode(childElement, namespace));
    }
  }
  return { name: element.localName, attributes, children, text };
}

/** The children of `node` named `name`. */
export function childrenNamed(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((child) => child.name === name);
}

/** The first child of `node` named `name`. */
export function childNamed(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((child) => child.name === name);
}
