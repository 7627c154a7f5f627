/** How the agreement chart writes a label in the room its bars leave. Pure. */

/** Longest label drawn in full (about what 240 px hold at 12 px). */
export const MAX_CHART_LABEL = 36;

/**
 * A label that fits: a long "Category › Group › Label" path drops its categories (the leaf
 * tells the bars apart; the chart shows the full path as the bar's tooltip), and a leaf that
 * is still too long is cut at the end.
 */
export function shortLabel(label: string, max = MAX_CHART_LABEL): string {
  if (label.length <= max) return label;
  const leaf = label.split(' › ').at(-1) ?? label;
  return leaf.length <= max ? leaf : `${leaf.slice(0, max - 1)}…`;
}
