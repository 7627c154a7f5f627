/**
 * The text formats' articles in the library's normal form, and every draft placed there.
 * Importers (brat, doccano, Label Studio, SemEval/PTC, and any added later) give each
 * article's text as the file had it and spans in its code units; this one step stores the
 * normal form (`normaliseText`: what ingestion stores for the same file, so the text hash
 * matches it) and carries each span through `normaliseWithMap`, checked against the file's
 * text at its offsets (`placeInNormalForm`). A span that lands exactly is placed; one widened
 * to whole characters is placed and reported moved; one whose text differs from what the
 * file's offsets or its stated quote hold keeps the quote it meant, for the import to
 * re-anchor or keep orphaned; one left empty is refused. Pure.
 */
import { QUOTE_CONTEXT_LENGTH, type TextQuote } from '../annotation/types';
import { quoteOf } from '../anchoring/quote-of';
import type { AnnotationDraft, ImportResult } from '../formats/shared/import-result';
import { normaliseText, normaliseWithMap, type NormalisationMap } from '../text/normal-form';
import { placeInNormalForm } from '../text/place-in-normal-form';
import type { IncomingAnnotation } from './incoming-set';

/** An article of the file: its normal text, and the text as given when that differs. */
export interface PlacedArticle {
  key: string;
  title?: string;
  fileName?: string;
  /** The normal form: what the library stores and hashes. */
  text: string;
  /** The file's text as given (a BOM, CRLF, decomposed accents), when not in normal form. */
  original?: string;
}

/** A draft placed in its article's normal text (its `span` counts there), or refused. */
export type PlacedDraft =
  | {
      kind: 'placed';
      location: string;
      draft: AnnotationDraft;
      quote: TextQuote;
      placedAs?: IncomingAnnotation['placedAs'];
    }
  | { kind: 'refused'; location: string; reason: string };

/** `result`'s articles in normal form and its items placed there, in the file's order. */
export function placeDrafts(result: ImportResult): {
  articles: PlacedArticle[];
  items: PlacedDraft[];
} {
  const maps = new Map<string, { given: string; map: NormalisationMap }>();
  const articles = result.articles.map((a): PlacedArticle => {
    const map = normaliseWithMap(a.text);
    maps.set(a.key, { given: a.text, map });
    const title = a.title === undefined ? undefined : normaliseText(a.title).trim();
    return {
      key: a.key,
      ...(title ? { title } : {}),
      ...(a.fileName ? { fileName: a.fileName } : {}),
      text: map.text,
      ...(map.isIdentity ? {} : { original: a.text }),
    };
  });
  const items = result.items.map((item): PlacedDraft => {
    if (item.kind === 'error')
      return { kind: 'refused', location: item.location, reason: item.reason };
    const { draft, location } = item;
    // A draft of an article the file does not give lands in an empty text: refused.
    const article = maps.get(draft.articleKey) ?? {
      given: '',
      map: normaliseWithMap(''),
    };
    return placeOne(draft, location, article.given, article.map);
  });
  return { articles, items };
}

function placeOne(
  draft: AnnotationDraft,
  location: string,
  given: string,
  map: NormalisationMap,
): PlacedDraft {
  const placed = placeInNormalForm(map, given, draft.span);
  if (placed.kind === 'refused') return { kind: 'refused', location, reason: placed.reason };
  const text = map.text;
  const moved = { ...draft, span: placed.span };
  if (draft.quoteMatches === false && draft.statedQuote !== undefined) {
    // The file quotes other text than its offsets hold (PTC warns of offsets shifted by an
    // encoding mismatch): the quote is the truth, the offsets a hint to re-anchor from.
    return {
      kind: 'placed',
      location,
      draft: moved,
      quote: meant(text, placed.span, normaliseText(draft.statedQuote)),
      placedAs: {
        kind: 'unverified',
        detail: 'the text at the file’s offsets is not the text it quotes',
      },
    };
  }
  if (placed.kind === 'unverified') {
    return {
      kind: 'placed',
      location,
      draft: moved,
      quote: meant(text, placed.span, placed.quote),
      placedAs: { kind: 'unverified', detail: placed.reason },
    };
  }
  return {
    kind: 'placed',
    location,
    draft: moved,
    quote: quoteOf(text, placed.span),
    ...(placed.kind === 'moved' ? { placedAs: { kind: 'moved', detail: placed.reason } } : {}),
  };
}

/** The quote a span meant (`exact`), with the context around where its offsets put it. */
function meant(text: string, span: AnnotationDraft['span'], exact: string): TextQuote {
  return {
    exact,
    prefix: text.slice(Math.max(0, span.start - QUOTE_CONTEXT_LENGTH), span.start),
    suffix: text.slice(span.end, span.end + QUOTE_CONTEXT_LENGTH),
  };
}
