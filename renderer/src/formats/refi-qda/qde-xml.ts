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
   * Children already serialised as lines at this element's depth + 1, joined by `\n`, in
   * place of `children`: a large export writes each source's selections straight as text
   * (`qde-selections.ts`), never as 100,000 element trees.
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

/** Indents by depth (two spaces a level), built once: 100,000 selections write 600,000 lines. */
const INDENTS: string[] = [];
export const indentOf = (depth: number): string => (INDENTS[depth] ??= '  '.repeat(depth));

/**
 * `root` as an XML document (UTF-8 declaration, two-space indent, `\n` line ends). Written
 * for large projects (60 MB of XML for 100,000 annotations): attributes are walked without
 * intermediate arrays, and a value is escaped and cleaned only when it holds a character
 * that needs it (a GUID, a number or a date never does).
 */
export function serializeXml(root: XmlElement): XmlSerialized {
  const { chunks, strippedCharacters } = serializeXmlChunks(root);
  return { xml: chunks.join(''), strippedCharacters };
}

/** `serializeXml`'s document in pieces of about `CHUNK_CHARS`, whose concatenation it is. */
export interface XmlChunks {
  chunks: string[];
  strippedCharacters: number;
}

/**
 * Pieces of about 1 M characters: a zip writer encodes and deflates each as it comes, so the
 * whole document (64 MB for 100,000 annotations) is never one string, copied and encoded at
 * once (that join and encode were a fifth of the REFI-QDA export's time).
 */
const CHUNK_CHARS = 1 << 20;

/**
 * `root` as `serializeXml` writes it, cut between lines into chunks (each ends with its line
 * end), for writing straight into a streaming zip entry.
 */
export function serializeXmlChunks(root: XmlElement): XmlChunks {
  const chunks: string[] = [];
  const writer = lineWriter(['<?xml version="1.0" encoding="utf-8"?>'], (lines) =>
    chunks.push(`${lines.join('\n')}\n`),
  );
  writer.write(root, 0);
  writer.flush();
  return { chunks, strippedCharacters: writer.stripped() };
}

/**
 * Writes elements as lines into `lines`. With `onFull`, the lines are handed over (and
 * `lines` emptied) once they hold about `CHUNK_CHARS` characters, and by `flush`.
 */
function lineWriter(lines: string[], onFull?: (lines: string[]) => void) {
  const escaper = xmlEscaper();
  let size = 0;
  const push = (line: string): void => {
    lines.push(line);
    size += line.length;
    if (onFull && size >= CHUNK_CHARS) flush();
  };
  const flush = (): void => {
    if (onFull && lines.length > 0) onFull(lines.splice(0));
    size = 0;
  };
  const { attributeText } = escaper;
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
      push(`${open}>${escaper.text(element.text)}</${element.name}>`);
    } else if (element.childrenXml) {
      push(`${open}>`);
      push(element.childrenXml);
      push(`${indent}</${element.name}>`);
    } else if (element.children?.length) {
      push(`${open}>`);
      for (const child of element.children) write(child, depth + 1);
      push(`${indent}</${element.name}>`);
    } else {
      push(`${open} />`);
    }
  };
  return { lines, write, flush, stripped: escaper.stripped };
}

/** Escapes values for attributes and text, counting the characters it had to remove. */
export interface XmlEscaper {
  /** An attribute value, quoted by the caller with `"`. */
  attributeText(value: string): string;
  /** Element content. */
  text(value: string): string;
  /** Characters (code points) removed so far because XML 1.0 forbids them. */
  stripped(): number;
}

/**
 * An escaper with its own tally. A value is escaped and cleaned only when it holds a
 * character that needs it: most values (GUIDs, numbers, dates, plain names) are copied.
 */
export function xmlEscaper(): XmlEscaper {
  let stripped = 0;
  const clean = (value: string): string =>
    value.replace(FORBIDDEN, () => {
      stripped += 1;
      return '';
    });
  return {
    attributeText: (value) => (NEEDS_WORK.test(value) ? escapeAttribute(clean(value)) : value),
    text: (value) => (NEEDS_WORK.test(value) ? escapeText(clean(value)) : value),
    stripped: () => stripped,
  };
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
