/**
 * A text source as Sourcemark stores it, and where a selection's positions land in it.
 * Positions count code points of the text the tool counted in, from 0, end exclusive (the
 * standard's own example). That text is the file as given, except for ATLAS.ti, which
 * writes CRLF line breaks but counts each as one character (QualCoder's importer found
 * the same). The stored text is the normal form (`text/normal-form.ts`: no BOM, `\n`, NFC),
 * and every selection is carried there and checked by `placeInNormalForm`, the step every
 * text importer shares.
 */
import type { TextSpan } from '../../annotation/types';
import { normaliseWithMap } from '../../text/normal-form';
import { placeInNormalForm } from '../../text/place-in-normal-form';
import { codePointOffsets } from '../shared/code-point-offsets';
import { checkCodePointSpan, parseOffset } from '../shared/span-check';
import type { RefiCoding } from './qde-read-model';

/** Where a selection landed in the stored text, or why it could not be placed. */
export type PlacedSelection =
  | ({ ok: true; span: TextSpan; coversWholeText: boolean } & Pick<
      RefiCoding,
      'placedAs' | 'meantQuote'
    >)
  | { ok: false; reason: string };

/** A source's stored text and the placing of its selections. */
export interface SourceText {
  /** The normal form of the text. */
  text: string;
  /** The text as given, when it is not the normal form. */
  original?: string;
  /** Places `startPosition`/`endPosition` as the file gives them (attribute strings). */
  place(startPosition: string | undefined, endPosition: string | undefined): PlacedSelection;
}

/** The stored text of `given`; `countsCrlfAsOne` for ATLAS.ti's positions. */
export function sourceText(given: string, countsCrlfAsOne: boolean): SourceText {
  const counted = countsCrlfAsOne ? given.replace(/\r\n/g, '\n') : given;
  const map = normaliseWithMap(counted);
  const offsets = codePointOffsets(counted);
  return {
    text: map.text,
    ...(map.text === given ? {} : { original: given }),
    place(startPosition, endPosition) {
      const start = parseOffset(startPosition);
      const end = parseOffset(endPosition);
      if (start === undefined || end === undefined) {
        return {
          ok: false,
          reason: `positions must be whole numbers (got ${show(startPosition)}, ${show(endPosition)})`,
        };
      }
      const checked = checkCodePointSpan(offsets, start, end);
      if (!checked.ok) return checked;
      const placed = placeInNormalForm(map, counted, checked.span);
      if (placed.kind === 'refused') return { ok: false, reason: placed.reason };
      const span = placed.span;
      const coversWholeText = span.start === 0 && span.end === map.text.length;
      if (placed.kind === 'exact') return { ok: true, span, coversWholeText };
      return {
        ok: true,
        span,
        coversWholeText,
        placedAs: { kind: placed.kind, detail: placed.reason },
        ...(placed.kind === 'unverified' ? { meantQuote: placed.quote } : {}),
      };
    },
  };
}

function show(value: string | undefined): string {
  return value === undefined ? 'none' : JSON.stringify(value.slice(0, 20));
}
