/**
 * The agreement chart's ECharts option: alpha per label as horizontal bars around a zero
 * axis from −1 to 1 (values outside are clamped for drawing; the label says the value).
 * Pure, so the same option draws on screen and exports as SVG.
 */
import type { ChartOption } from '../charts/echarts-setup';
import type { ChartTheme } from '../charts/chart-theme';
import { baseOption } from '../charts/chart-options';

/** One bar: a label and its alpha (null bars are written "undefined"). */
export interface AlphaBar {
  readonly label: string;
  readonly alpha: number | null;
}

/** Colours of agreement above and below chance, as the review screen uses them. */
export interface AlphaColours {
  positive: string;
  negative: string;
}

/** Bars in the table's order, the first on top. */
export function alphaBarOption(
  bars: readonly AlphaBar[],
  title: string,
  theme: ChartTheme,
  colours: AlphaColours,
): ChartOption {
  const shown = [...bars].reverse();
  return {
    ...baseOption(title, theme),
    grid: { left: 8, right: 72, top: 36, bottom: 24 },
    xAxis: {
      type: 'value',
      min: -1,
      max: 1,
      interval: 0.5,
      axisLabel: { color: theme.faint },
      splitLine: { lineStyle: { color: theme.line } },
    },
    yAxis: {
      type: 'category',
      data: shown.map((bar) => bar.label),
      axisLabel: { color: theme.text, width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        label: {
          show: true,
          position: 'right',
          color: theme.text,
          formatter: ({ dataIndex }: { dataIndex: number }) => {
            const alpha = shown[dataIndex]?.alpha ?? null;
            return alpha === null ? 'undefined' : alpha.toFixed(3);
          },
        },
        data: shown.map((bar) => {
          const value = bar.alpha === null ? 0 : Math.max(-1, Math.min(1, bar.alpha));
          return {
            value,
            name: bar.label,
            itemStyle: { color: value < 0 ? colours.negative : colours.positive },
          };
        }),
      },
    ],
  };
}
