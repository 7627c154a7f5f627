/**
 * An article's file as it was given, for formats that promise to give a corpus back as it
 * came (SemEval/PTC): the stored text is the normal form (no BOM, `\n`, NFC), while the
 * corpus's offsets count code points of its files as distributed, BOM included. When the
 * article keeps its original and that original normalises to the stored text, the file is
 * written as the original and every span's edges are mapped back through
 * `normaliseWithMap(original).toGiven`; otherwise the stored text is the file.
 */
import type { TextSpan } from '../../annotation/types';
import { normaliseText, normaliseWithMap } from '../../text/normal-form';
import { codePointOffsets } from './code-point-offsets';
import type { ExportArticle } from './export-input';

/** The file to write for an article, and where a span of the stored text lands in it. */
export interface GivenText {
  /** The file's content: the original as given, or the stored text. */
  content: string;
  /** Whether `content` is the original (it differs from the stored text). */
  isOriginal: boolean;
  /**
   * The code-point offsets in `content` of a span of the stored text (UTF-16 code units),
   * or `undefined` when an edge has no place there (past the text, inside an emoji).
   */
  codePointSpan(span: TextSpan): TextSpan | undefined;
}

/**
 * Whether `original` is worth keeping beside `text` for such exports: it differs from it,
 * and only by what `normaliseText` changes. An HTML page's source, or a text that has
 * changed on disk since, is not.
 */
export function isNormalisedFrom(text: string, original: string): boolean {
  return original !== text && normaliseText(original) === text;
}

/** The file of `article` as given (see the module comment). */
export function givenText(article: ExportArticle): GivenText {
  const map =
    article.original !== undefined && article.original !== article.text
      ? normaliseWithMap(article.original)
      : undefined;
  if (!map || map.text !== article.text) {
    const offsets = codePointOffsets(article.text);
    return {
      content: article.text,
      isOriginal: false,
      codePointSpan: (span) =>
        bothEdges(offsets.toCodePoint(span.start), offsets.toCodePoint(span.end)),
    };
  }
  const content = article.original!;
  const offsets = codePointOffsets(content);
  return {
    content,
    isOriginal: true,
    // A start moves past removed characters (a BOM, a CR) and an end stops before them,
    // so a span never gains a character it did not hold.
    codePointSpan: (span) => {
      const start = map.toGiven(span.start, 'start');
      const end = map.toGiven(span.end, 'end');
      if (!start || !end) return undefined;
      return bothEdges(offsets.toCodePoint(start.offset), offsets.toCodePoint(end.offset));
    },
  };
}

function bothEdges(start: number | undefined, end: number | undefined): TextSpan | undefined {
  return start === undefined || end === undefined ? undefined : { start, end };
}
