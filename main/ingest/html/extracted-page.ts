/** What HTML extraction hands the pipeline (see `ExtractedText` in `build-article.ts`). */
import type { TextRange } from '../../../preload/api';
import type { DeclaredMetadata } from '../metadata/to-ingested-metadata';

/** A page's article text, title, language and declared metadata. */
export interface ExtractedPage {
  /** Headline and article, normalised. */
  text: string;
  title: string;
  declaredLanguage: string | undefined;
  declared: DeclaredMetadata;
  /** The whole page as normalised text, when it holds more than `text`. */
  pageText?: string;
  /** The headline's range at the start of `text`: never page chrome. */
  headline?: TextRange;
}
