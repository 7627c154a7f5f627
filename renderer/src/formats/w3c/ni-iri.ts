/**
 * RFC 6920 named-information IRIs for article texts: a local file has no URL, so the
 * W3C target's `source` names the text by its SHA-256, pinning what the offsets refer to.
 */

const PREFIX = 'ni:///sha-256;';

/**
 * The IRIs named so far, by digest: an export names each article's text once per annotation
 * on it, and writes the annotations in id order, so the articles come back in turn (a second
 * of the W3C export of 200,000 annotations went to spelling them again). Emptied when full,
 * so a long session holds at most this many.
 */
const named = new Map<string, string>();
const MAX_NAMED = 20_000;

/** `ni:///sha-256;<base64url>` for a lowercase or uppercase hex SHA-256 digest. */
export function niIriFromSha256Hex(hex: string): string {
  let iri = named.get(hex);
  if (iri !== undefined) return iri;
  if (named.size >= MAX_NAMED) named.clear();
  iri = niIriOf(hex);
  named.set(hex, iri);
  return iri;
}

function niIriOf(hex: string): string {
  const bytes = hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
  const base64 = btoa(String.fromCharCode(...bytes));
  // RFC 6920 §3: base64url without padding (RFC 4648 §5).
  return PREFIX + base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The lowercase hex digest named by a `ni:` SHA-256 IRI, or `undefined` for any other IRI. */
export function sha256HexFromNiIri(iri: string): string | undefined {
  const match = /^ni:\/\/[^/]*\/sha-256;([A-Za-z0-9_-]{43})$/.exec(iri);
  if (!match) return undefined;
  const base64 = match[1]!.replace(/-/g, '+').replace(/_/g, '/') + '=';
  return Array.from(atob(base64), (ch) => ch.charCodeAt(0).toString(16).padStart(2, '0')).join('');
}
