/**
 * Decoding a picked file as UTF-8 with its byte order mark kept. `File.text()` drops a
 * leading BOM, and the corpora count it as a character of the file: the Propaganda
 * Techniques Corpus states offsets into article files that start with one, so dropping it
 * shifted every span of such an article by one character. Readers of data files (JSON, a
 * `.ann`, a span TSV) drop it themselves (`formats/shared/leading-bom.ts`).
 */

/** The text of `file`, every byte decoded, a leading U+FEFF included. */
export async function fileText(file: Blob): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
}
