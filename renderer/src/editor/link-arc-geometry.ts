/**
 * Where a claim's link to its source or cue is drawn: an arc from the top of one mark to the
 * top of the other, as brat and INCEpTION draw relations over the text. Pure geometry over
 * rectangles in the scrolling surface's coordinates.
 */

/** A mark's box in the surface's coordinates (scroll offset included). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One arc: its SVG path and where its label sits. */
export interface Arc {
  d: string;
  labelX: number;
  labelY: number;
}

/** How far above the higher mark an arc rises at least, and at most. */
const MIN_RISE = 10;
const MAX_RISE = 60;

/**
 * The arc from `from` to `to`: a cubic curve leaving the top centre of each box and rising
 * above the higher of the two, more for marks further apart, so nested links stay apart.
 */
export function arcBetween(from: Box, to: Box): Arc {
  const x1 = from.left + from.width / 2;
  const y1 = from.top;
  const x2 = to.left + to.width / 2;
  const y2 = to.top;
  const distance = Math.hypot(x2 - x1, y2 - y1);
  const rise = Math.min(MAX_RISE, MIN_RISE + distance / 8);
  const peak = Math.min(y1, y2) - rise;
  const d = `M ${round(x1)} ${round(y1)} C ${round(x1)} ${round(peak)}, ${round(x2)} ${round(peak)}, ${round(x2)} ${round(y2)}`;
  // The curve's highest point is 3/4 of the way to its control points' height.
  return { d, labelX: round((x1 + x2) / 2), labelY: round(y1 + (peak - y1) * 0.75 - 4) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
