/**
 * A small XML tree and its serialiser for `project.qde`. Everything the project file says
 * (names, notes, titles) passes through here, so escaping and the XML 1.0 character rule
 * live in one place: characters XML 1.0 cannot carry at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) are removed and counted, since no escape can express them.
 */

/** An element: its attributes (undefined ones are left out), child elements or text. */
export interface XmlElement {
  name: string;
  attributes?: Record<string, string | number | boolean | undefined>;
  children?: readonly XmlElement[];
  /** Text content, for leaf elements such as `<Description>`. */
  text?: string;
}

/** What serialising needs beside the tree: a tally of the characters removed. */
export interface XmlSerialized {
  xml: string;
  /** Characters (code points) removed because XML 1.0 forbids them. */
  strippedCharacters: number;
}

// XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// With the `u` flag a lone surrogate is one code point outside every allowed range.
const FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `root` as an XML document (UTF-8 declaration, two-space indent, `\n` line ends). */
export function serializeXml(root: XmlElement): XmlSerialized {
  let stripped = 0;
  const clean = (value: string): string =>
    value.replace(FORBIDDEN, () => {
      stripped += 1;
      return '';
    });
  const lines: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  const write = (element: XmlElement, depth: number): void => {
    const indent = '  '.repeat(depth);
    const attributes = Object.entries(element.attributes ?? {})
      .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
      .map(([key, value]) => ` ${key}="${escapeAttribute(clean(String(value)))}"`)
      .join('');
    const open = `${indent}<${element.name}${attributes}`;
    if (element.text !== undefined) {
      lines.push(`${open}>${escapeText(clean(element.text))}</${element.name}>`);
    } else if (element.children?.length) {
      lines.push(`${open}>`);
      for (const child of element.children) write(child, depth + 1);
      lines.push(`${indent}</${element.name}>`);
    } else {
      lines.push(`${open} />`);
    }
  };
  write(root, 0);
  return { xml: `${lines.join('\n')}\n`, strippedCharacters: stripped };
}

/**
 * Text content: `&` and `<` must be escaped, `>` too so that `]]>` never appears, and CR
 * as a reference because parsers turn a literal CR into LF.
 */
function escapeText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values also escape quotes, and tab and line breaks, which parsers normalise to spaces. */
function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** `value` when it is a valid `xsd:dateTime`, else `undefined`: left out, never invalid. */
export function xsdDateTime(value: string): string | undefined {
  const shape = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
  return shape.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}
