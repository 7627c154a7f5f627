/**
 * The article texts a W3C file embeds (`formats/w3c/w3c-sources.ts`), checked before they
 * may become library articles: each text must hash to the SHA-256 its IRI states (a file
 * may lie, and the annotations' offsets count into that exact text) and be in Sourcemark's
 * normal form (stored texts always are; another form would need its offsets mapped).
 */
import type { SetArticle } from '../formats/native/annotation-set';
import { readEmbeddedSources, SOURCES_MEMBER } from '../formats/w3c/w3c-sources';
import { normaliseText } from '../text/normal-form';
import type { ReadProblem } from './incoming-set';
import { sha256Hex } from './sha256';

/** The embedded articles the library lacks, and the embedded texts refused, with why. */
export interface EmbeddedArticles {
  articles: SetArticle[];
  problems: ReadProblem[];
}

/** Reads and checks the texts `document` embeds; those the library holds already are skipped. */
export async function embeddedArticles(
  document: unknown,
  library: readonly SetArticle[],
): Promise<EmbeddedArticles> {
  const held = new Set(library.map((article) => article.textSha256.toLowerCase()));
  const sources = readEmbeddedSources(document);
  const digests = await Promise.all(sources.map((source) => sha256Hex(source.text!)));
  const out: EmbeddedArticles = { articles: [], problems: [] };
  sources.forEach((source, i) => {
    const location = `${SOURCES_MEMBER}[${i}]`;
    if (held.has(source.textSha256)) return;
    if (digests[i] !== source.textSha256) {
      out.problems.push({ location, reason: 'the embedded text does not match its SHA-256 IRI' });
    } else if (normaliseText(source.text!) !== source.text) {
      out.problems.push({ location, reason: 'the embedded text is not in normal form' });
    } else {
      out.articles.push(source);
    }
  });
  return out;
}
