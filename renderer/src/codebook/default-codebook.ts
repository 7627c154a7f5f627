/**
 * The codebook Sourcemark ships: news and disinformation analysis (entities, claims,
 * attribution, SemEval-2023 frames and persuasion techniques, document profile), read
 * through the same schema as any imported file, so a broken edit to the JSON fails loudly.
 */
import defaultCodebookFile from '../../../resources/codebook/default-codebook.json';
import { parseCodebookFile } from './codebook-schema';
import type { Codebook } from './codebook-types';

/** The default codebook's id. */
export const DEFAULT_CODEBOOK_ID = 'sourcemark-news-default';

let cached: Codebook | undefined;

/** The default codebook, parsed once. Throws if the bundled file is invalid (a build bug). */
export function loadDefaultCodebook(): Codebook {
  if (cached) return cached;
  const result = parseCodebookFile(defaultCodebookFile);
  if (!result.ok) throw new Error(`The bundled default codebook is invalid: ${result.error}`);
  cached = result.value.codebook;
  return cached;
}
