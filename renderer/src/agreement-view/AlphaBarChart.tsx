/** A horizontal bar chart of alpha per label, drawn as SVG (no styles in markup: CSP). */
import { shortLabel } from './chart-label';

/** One bar: a label and its alpha (null bars are listed as "undefined"). */
export interface AlphaBar {
  readonly label: string;
  readonly alpha: number | null;
}

// 20 px a bar keeps about 25 labels on a 1024x700 window below the header.
const ROW = 20;
const LABEL_WIDTH = 240;
const PLOT_WIDTH = 320;
/** Bars from -1 to 1 around a zero axis; values outside are clamped for drawing only. */
export function AlphaBarChart({ bars, title }: { bars: readonly AlphaBar[]; title: string }) {
  const zero = LABEL_WIDTH + PLOT_WIDTH / 2;
  const height = bars.length * ROW + 24;
  return (
    <svg
      className="alpha-chart"
      role="img"
      aria-label={title}
      width={LABEL_WIDTH + PLOT_WIDTH + 60}
      height={height}
      viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + 60} ${height}`}
    >
      <title>{title}</title>
      {bars.map((bar, index) => {
        const y = index * ROW + 4;
        const value = bar.alpha === null ? 0 : Math.max(-1, Math.min(1, bar.alpha));
        const width = Math.abs(value) * (PLOT_WIDTH / 2);
        return (
          <g key={bar.label}>
            <text x={LABEL_WIDTH - 8} y={y + 14} textAnchor="end">
              <title>{bar.label}</title>
              {shortLabel(bar.label)}
            </text>
            <rect
              className={value < 0 ? 'bar-negative' : 'bar-positive'}
              x={value < 0 ? zero - width : zero}
              y={y + 3}
              width={width}
              height={ROW - 8}
            />
            <text x={LABEL_WIDTH + PLOT_WIDTH + 6} y={y + 14}>
              {bar.alpha === null ? 'undefined' : bar.alpha.toFixed(3)}
            </text>
          </g>
        );
      })}
      <line className="axis" x1={zero} x2={zero} y1={0} y2={height - 20} />
      <text x={LABEL_WIDTH} y={height - 4}>
        −1
      </text>
      <text x={zero - 4} y={height - 4}>
        0
      </text>
      <text x={LABEL_WIDTH + PLOT_WIDTH - 8} y={height - 4}>
        1
      </text>
    </svg>
  );
}
