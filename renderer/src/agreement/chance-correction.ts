/**
 * The chance correction shared by the kappa family: how much of the agreement that chance does
 * not already explain was achieved.
 */

/**
 * Returns (observed - expected) / (1 - expected) for agreement proportions in [0, 1].
 *
 * Returns null when `expected` is 1: chance alone already predicts perfect agreement (every
 * rating used the same single label), so observed is 1 as well and the ratio is 0/0. DKPro
 * reports 0 there and NLTK raises a ZeroDivisionError; null lets the UI say "undefined"
 * instead of showing a number that reads as "no better than chance".
 */
export function chanceCorrected(observed: number, expected: number): number | null {
  if (expected >= 1) return null;
  return (observed - expected) / (1 - expected);
}
