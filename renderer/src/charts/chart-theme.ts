/**
 * The chart colours, read from the page's CSS custom properties, so a chart follows the
 * light or dark theme the rest of the app uses.
 */

/** The colours a chart is drawn with. */
export interface ChartTheme {
  text: string;
  faint: string;
  line: string;
  background: string;
  accent: string;
  /** Low to high, for heat maps. */
  scale: [string, string];
}

const FALLBACK: ChartTheme = {
  text: '#1d2025',
  faint: '#6b7380',
  line: '#dfe1e4',
  background: '#ffffff',
  accent: '#1f5fbf',
  scale: ['#e6eefa', '#1f5fbf'],
};

/** The theme as the document's root currently styles it. */
export function currentChartTheme(root: Element = document.documentElement): ChartTheme {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const accent = read('--accent', FALLBACK.accent);
  return {
    text: read('--ink', FALLBACK.text),
    faint: read('--ink-faint', FALLBACK.faint),
    line: read('--line', FALLBACK.line),
    background: read('--panel', FALLBACK.background),
    accent,
    scale: [read('--accent-soft', FALLBACK.scale[0]), accent],
  };
}
