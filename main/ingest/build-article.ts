/**
 * The end of the ingestion pipeline, shared by every format: from extracted, normalised
 * text to the `IngestedArticle` the renderer stores, with its hash, title, language,
 * body and chrome ranges and metadata.
 */
import { basename, extname } from 'node:path';
import type { ArticleFormat, IngestedArticle, MetadataSource, TextRange } from '../../preload/api';
import { blockLanguages, textOf } from './block-languages';
import { articleRanges } from './chrome/article-ranges';
import { guessLanguage } from './guess-language';
import { hashText } from './hash-text';
import { plainTextTitle } from './plain-text-title';
import { extractMetadata, type MetadataInput } from './metadata/extract-metadata';
import { toIngestedMetadata, type DeclaredMetadata } from './metadata/to-ingested-metadata';

/** Where bytes came from, copied into the article. */
export interface SourceMeta {
  /** Absolute path, or `dropped:<name>` for a browser upload. Failures carry it. */
  sourcePath: string;
  /** File name with extension: the format is decided from it. */
  sourceName: string;
  modifiedAtMs: number;
}

/** One file's text once extracted from its format. */
export interface ExtractedText {
  format: ArticleFormat;
  sizeBytes: number;
  encoding: string;
  /** Normalised text (`normaliseText`), not blank. */
  text: string;
  /** A title found by the format's own means (markup, properties, Markdown), or ''. */
  title: string;
  /** The language the file declares (`<html lang>`, PDF `Lang`), as written. */
  declaredLanguage?: string;
  declared: DeclaredMetadata;
  /** Whether `text` is an extracted body (HTML main content, PDF, DOCX) or a dump. */
  isExtracted: boolean;
  original: string;
  /** For HTML, the whole page as normalised text, when it holds more than `text`. */
  pageText?: string;
  /** The headline put above an extracted body: the article's first line, never chrome. */
  headline?: TextRange;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** Where a format's own title came from when the format did not say. */
function titleSource(extracted: ExtractedText): MetadataSource {
  if (extracted.format === 'pdf' || extracted.format === 'docx') {
    return { kind: 'file-properties' };
  }
  return { kind: 'text', detail: extracted.format === 'md' ? 'first heading' : 'headline line' };
}

/**
 * Completes an article from its extracted text: hash, title (the format's, for plain
 * text `plainTextTitle`, else the file name), language, body and chrome ranges (`articleRanges`) and metadata (`extractMetadata`
 * merged with what the file declares). Pure.
 */
export function buildArticle(extracted: ExtractedText, meta: SourceMeta): IngestedArticle {
  const { text } = extracted;
  const { bodyRanges, chromeRanges, headlineLine } = articleRanges(
    text,
    extracted.isExtracted,
    undefined,
    extracted.headline,
  );
  // A plain text's title is known once its body is: the headline it opens with.
  const ownTitle =
    extracted.format === 'txt' ? plainTextTitle(text, bodyRanges, headlineLine) : extracted.title;
  const title = ownTitle || basename(meta.sourceName, extname(meta.sourceName));
  // The article's language is its body's: page chrome is often in the site's language.
  const bodyText = bodyRanges.length > 0 ? textOf(text, bodyRanges) : text;
  const language = guessLanguage(bodyText, extracted.declaredLanguage);
  const input: MetadataInput = { text, title, sourcePath: meta.sourcePath, language };
  const year = new Date(meta.modifiedAtMs).getUTCFullYear();
  if (Number.isFinite(year)) input.referenceYear = year;
  if (extracted.declared.opinion) input.opinion = extracted.declared.opinion;
  // A dump's credits are its body's; an extracted text is all article.
  if (!extracted.isExtracted && bodyRanges.length > 0) input.bodyRanges = bodyRanges;
  if (!extracted.isExtracted && headlineLine) input.headline = headlineLine;
  const declared = { ...extracted.declared, sources: { ...extracted.declared.sources } };
  if (!ownTitle) declared.sources.title = { kind: 'file-name' };
  else declared.sources.title ??= titleSource(extracted);
  if (
    extracted.declaredLanguage === undefined ||
    language !== primary(extracted.declaredLanguage)
  ) {
    declared.sources.language = { kind: 'text', detail: 'guessed' };
  } else declared.sources.language ??= { kind: 'file-properties' };
  const metadata = toIngestedMetadata(extractMetadata(input), declared, language);
  // One body run is the text just guessed: it is not guessed again.
  const known = bodyRanges.length === 1 ? { range: bodyRanges[0]!, language } : undefined;
  const languageRanges = blockLanguages(text, bodyRanges, known);
  if (languageRanges.some((range) => range.language !== language && range.language !== 'und')) {
    metadata.languageRanges = languageRanges;
  }
  return {
    sourcePath: meta.sourcePath,
    sourceName: meta.sourceName,
    format: extracted.format,
    sizeBytes: extracted.sizeBytes,
    modifiedAtMs: meta.modifiedAtMs,
    encoding: extracted.encoding,
    text,
    textSha256: hashText(text),
    title,
    language,
    original: extracted.original,
    ...(extracted.pageText === undefined ? {} : { pageText: extracted.pageText }),
    bodyRanges,
    chromeRanges,
    metadata,
  };
}
