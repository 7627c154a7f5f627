/**
 * Several documents as one continuum. Unitizing agreement is defined over a single continuum,
 * and INCEpTION compares a multi-document selection by laying the documents end to end; doing
 * the same here keeps the figures comparable with INCEpTION's. The shifted offsets also keep
 * spans of different documents apart, so span F1 can use the same continuum.
 */
import type { TextRange } from './types';

/** One document's length (in characters) and the ranges marked in it, in its own offsets. */
export interface ContinuumDocument<U extends TextRange> {
  readonly length: number;
  readonly units: readonly U[];
}

/** Documents laid end to end: the total length, where each starts, and the shifted units. */
export interface Continuum<U extends TextRange> {
  readonly length: number;
  /** `offsets[d]` is where document d starts in the continuum. */
  readonly offsets: readonly number[];
  /** Copies of every unit, in document order, with start and end shifted by its document's offset. */
  readonly units: readonly U[];
}

/**
 * Concatenates the documents, in the given order and with no separator, into one continuum of
 * length sum(length). Units are copied (all other fields kept), never mutated. No gap is
 * inserted between documents: a gap at the end of one document and one at the start of the
 * next become a single gap, exactly as in INCEpTION's concatenation.
 *
 * @throws RangeError when a length or offset is not a non-negative integer, or a unit does not
 *   lie within its document (0 <= start <= end <= length): a unit crossing a boundary would
 *   silently join two documents.
 */
export function concatenateDocuments<U extends TextRange>(
  documents: ReadonlyArray<ContinuumDocument<U>>,
): Continuum<U> {
  const offsets: number[] = [];
  const units: U[] = [];
  let length = 0;
  documents.forEach((document, d) => {
    if (!isCount(document.length)) {
      throw new RangeError(`concatenateDocuments: document ${d} has length ${document.length}`);
    }
    for (const unit of document.units) {
      const isInside =
        isCount(unit.start) &&
        isCount(unit.end) &&
        unit.start <= unit.end &&
        unit.end <= document.length;
      if (!isInside) {
        throw new RangeError(
          `concatenateDocuments: [${unit.start}, ${unit.end}) lies outside document ${d} of length ${document.length}`,
        );
      }
      units.push({ ...unit, start: unit.start + length, end: unit.end + length });
    }
    offsets.push(length);
    length += document.length;
  });
  return { length, offsets, units };
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
