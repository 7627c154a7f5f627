/** SHA-256 of a text's UTF-8 bytes, as the library stores it (lower-case hex). */

/** The lower-case hex SHA-256 of `text` encoded as UTF-8 (Web Crypto, so async). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
