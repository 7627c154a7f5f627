/**
 * The charset an HTML page declares for itself in a `<meta>` tag.
 *
 * A saved page in a legacy encoding usually says which one; decoding takes it as a strong
 * hint (not as the truth: saved pages are re-encoded by tools that leave the tag alone).
 */

/** How far into the file the declaration is looked for (the HTML spec's pre-scan is 1024). */
const PRESCAN_BYTES = 4096;

// Both `<meta charset="x">` and `<meta http-equiv="Content-Type" content="…; charset=x">`.
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i;

// The WHATWG Encoding Standard reads these labels as their Windows supersets, as browsers
// do: a page labelled ISO-8859-1 with curly quotes (0x92) means windows-1252.
// A Map, not an object literal: the label is the page's own text, and `constructor` or
// `__proto__` must not find Object.prototype's members.
const WHATWG_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us-ascii', 'windows-1252'],
  ['ascii', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'],
  ['iso8859-1', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['l1', 'windows-1252'],
  ['cp1252', 'windows-1252'],
  ['windows-1252', 'windows-1252'],
  ['iso-8859-9', 'windows-1254'],
  ['iso8859-9', 'windows-1254'],
  ['latin5', 'windows-1254'],
  ['l5', 'windows-1254'],
  ['cp1254', 'windows-1254'],
  ['windows-1254', 'windows-1254'],
  ['windows-1251', 'windows-1251'],
  ['cp1251', 'windows-1251'],
  ['koi8-r', 'KOI8-R'],
  ['koi8', 'KOI8-R'],
  ['utf-8', 'UTF-8'],
  ['utf8', 'UTF-8'],
]);

/**
 * The encoding label declared by a `<meta>` tag in the first 4 KiB of `bytes`, lower-cased
 * and mapped to the label browsers use (`iso-8859-1` gives `windows-1252`), or `undefined`
 * when there is none. Does not check that the label is a known encoding.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, PRESCAN_BYTES),
  ).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1]?.toLowerCase();
  if (label === undefined) return undefined;
  return WHATWG_ALIASES.get(label) ?? label;
}
