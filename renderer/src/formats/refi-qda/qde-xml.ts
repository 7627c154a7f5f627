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
  /**
   * Children already serialised (`serializeChildren` at this element's depth + 1), in place
   * of `children`: a large export serialises each source as it goes, so the selections'
   * element trees are short-lived garbage instead of 100,000 objects held to the end.
   */
  childrenXml?: string;
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

/** Any character that escaping or cleaning changes: most values have none and are copied. */
const NEEDS_WORK = /[&<>"\t\n\r]|[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Indents by depth, built once: a project of 100,000 selections writes 600,000 lines. */
const INDENTS: string[] = [];
const indentOf = (depth: number): string => (INDENTS[depth] ??= '  '.repeat(depth));

/**
 * `root` as an XML document (UTF-8 declaration, two-space indent, `\n` line ends). Written
 * for large projects (60 MB of XML for 100,000 annotations): attributes are walked without
 * intermediate arrays, and a value is escaped and cleaned only when it holds a character
 * that needs it (a GUID, a number or a date never does).
 */
export function serializeXml(root: XmlElement): XmlSerialized {
  const writer = lineWriter(['<?xml version="1.0" encoding="utf-8"?>']);
  writer.write(root, 0);
  return { xml: `${writer.lines.join('\n')}\n`, strippedCharacters: writer.stripped() };
}

/**
 * `children` serialised at `depth`, their lines joined (no final line end): what an
 * element's `childrenXml` holds. Empty for no children.
 */
export function serializeChildren(children: readonly XmlElement[], depth: number): XmlSerialized {
  const writer = lineWriter([]);
  for (const child of children) writer.write(child, depth);
  return { xml: writer.lines.join('\n'), strippedCharacters: writer.stripped() };
}

function lineWriter(lines: string[]) {
  let stripped = 0;
  const clean = (value: string): string =>
    value.replace(FORBIDDEN, () => {
      stripped += 1;
      return '';
    });
  const attributeText = (value: string): string =>
    NEEDS_WORK.test(value) ? escapeAttribute(clean(value)) : value;
  const write = (element: XmlElement, depth: number): void => {
    const indent = indentOf(depth);
    let open = `${indent}<${element.name}`;
    const attributes = element.attributes;
    if (attributes) {
      for (const key in attributes) {
        const value = attributes[key];
        if (value === undefined) continue;
        open += ` ${key}="${attributeText(typeof value === 'string' ? value : String(value))}"`;
      }
    }
    if (element.text !== undefined) {
      const text = NEEDS_WORK.test(element.text) ? escapeText(clean(element.text)) : element.text;
      lines.push(`${open}>${text}</${element.name}>`);
    } else if (element.childrenXml) {
      lines.push(`${open}>`, element.childrenXml, `${indent}</${element.name}>`);
    } else if (element.children?.length) {
      lines.push(`${open}>`);
      for (const child of element.children) write(child, depth + 1);
      lines.push(`${indent}</${element.name}>`);
    } else {
      lines.push(`${open} />`);
    }
  };
  return { lines, write, stripped: () => stripped };
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

const XSD_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** `value` when it is a valid `xsd:dateTime`, else `undefined`: left out, never invalid. */
export function xsdDateTime(value: string): string | undefined {
  return XSD_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}
