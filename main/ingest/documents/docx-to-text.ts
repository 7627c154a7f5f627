/**
 * The text of a Word document (`.docx`) by mammoth's raw-text conversion, which keeps
 * paragraphs (one blank line between them) and reads no images, macros or links.
 * The archive is checked for zip bombs first (`zip-guard.ts`); title, authors, date and
 * language come from the core properties (`docProps/core.xml`).
 */
import { MAX_DOCX_PART_BYTES, MAX_DOCX_TOTAL_BYTES } from '../limits';
import type { DocumentExtraction, DocumentText } from './document-text';
import { checkZipExpansion, readSmallPart } from './zip-guard';

// An encrypted Office file is an OLE compound file, not a zip: "D0 CF 11 E0".
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const MAX_CORE_BYTES = 64 * 1024;

// A Map, not an object literal: `&constructor;` in a title must not find Object.prototype.
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return ENTITIES.get(entity) ?? whole;
  });
}

function property(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}(?:\\s[^>]{0,200})?>([^<]{1,1000})</${tag}>`).exec(xml);
  const value = match?.[1] && decodeXml(match[1]).trim();
  return value || undefined;
}

/** Title, authors, date and language from `docProps/core.xml`. */
export function readCoreProperties(xml: string): Omit<DocumentText, 'kind' | 'text'> {
  const found: Omit<DocumentText, 'kind' | 'text'> = { authors: [] };
  const title = property(xml, 'dc:title');
  if (title) found.title = title;
  const creator = property(xml, 'dc:creator');
  if (creator) found.authors = creator.split(/\s*;\s*/).filter((name) => name !== '');
  const date = property(xml, 'dcterms:created') ?? property(xml, 'dcterms:modified');
  if (date) found.date = date;
  const language = property(xml, 'dc:language');
  if (language) found.language = language;
  return found;
}

/**
 * Extracts the text of the DOCX in `bytes`. Answers `encrypted` for a password-protected
 * file (Office wraps those in an OLE container), `corrupt` for a file that is not a
 * readable zip or Word document, and `too-large` when one of its parts (whatever its
 * name) inflates past `MAX_DOCX_PART_BYTES` or all of them past `MAX_DOCX_TOTAL_BYTES`.
 * Never throws.
 */
export async function docxToText(bytes: Uint8Array): Promise<DocumentExtraction> {
  if (OLE_MAGIC.every((byte, i) => bytes[i] === byte)) return { kind: 'encrypted' };
  const check = checkZipExpansion(bytes, {
    maxPartBytes: MAX_DOCX_PART_BYTES,
    maxTotalBytes: MAX_DOCX_TOTAL_BYTES,
  });
  if (check.kind !== 'ok') return check;
  try {
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const core = readSmallPart(bytes, check.entries, 'docProps/core.xml', MAX_CORE_BYTES);
    return {
      kind: 'text',
      text: result.value,
      ...(core ? readCoreProperties(core) : { authors: [] }),
    };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'corrupt', why: `the Word document is damaged (${detail.slice(0, 120)})` };
  }
}
