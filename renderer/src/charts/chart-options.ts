/**
 * ECharts options for the app's charts: horizontal bars of counts and heat maps of a
 * label-by-column table. Pure data in, option out, so the same option draws on screen
 * (canvas) and exports as SVG.
 *
 * Every data point carries `pick`, what a click on it selects, so the view can open the
 * matching search.
 */
import type { ChartOption } from './echarts-setup';
import type { ChartTheme } from './chart-theme';

/** One bar of a bar chart. */
export interface Bar {
  name: string;
  value: number;
  /** What a click on the bar selects (e.g. a label id). */
  pick: string;
}

/** A heat map: rows by columns, `values[r][c]`. */
export interface Grid {
  rows: { name: string; pick: string }[];
  columns: { name: string; pick: string }[];
  values: number[][];
}

/** A point picked by a click: the row's and (for heat maps) the column's `pick`. */
export interface ChartPick {
  row: string;
  column?: string;
}

// Long labels are cut for drawing; the tooltip and the CSV keep the whole name.
const LABEL_CHARS = 34;
const shorten = (name: string) =>
  name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name;

const ROW_HEIGHT = 22;

/** The pixel height a chart of `rows` rows needs to keep each label legible. */
export function chartHeight(rows: number): number {
  return Math.max(160, rows * ROW_HEIGHT + 80);
}

/** What every chart of the app shares: no animation, theme colours, canvas tooltip, ARIA. */
export function baseOption(title: string, theme: ChartTheme): ChartOption {
  return {
    animation: false,
    backgroundColor: theme.background,
    textStyle: { color: theme.text, fontFamily: 'system-ui, sans-serif' },
    title: { text: title, left: 0, textStyle: { color: theme.text, fontSize: 14 } },
    // Drawn on the canvas: an HTML tooltip would carry inline styles the CSP blocks.
    tooltip: { renderMode: 'richText', confine: true },
    aria: { enabled: true, decal: { show: false } },
  };
}

/** Horizontal bars, largest on top. */
export function barOption(bars: readonly Bar[], title: string, theme: ChartTheme): ChartOption {
  const shown = [...bars].reverse();
  return {
    ...baseOption(title, theme),
    grid: { left: 8, right: 48, top: 36, bottom: 24 },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: theme.faint },
      splitLine: { lineStyle: { color: theme.line } },
    },
    yAxis: {
      type: 'category',
      data: shown.map((bar) => shorten(bar.name)),
      axisLabel: { color: theme.text },
      axisLine: { lineStyle: { color: theme.line } },
    },
    series: [
      {
        type: 'bar',
        itemStyle: { color: theme.accent },
        label: { show: true, position: 'right', color: theme.text },
        data: shown.map((bar) => ({ value: bar.value, name: bar.name, pick: { row: bar.pick } })),
      },
    ],
  };
}

/** A heat map with the count written in each non-empty cell. */
export function heatmapOption(grid: Grid, title: string, theme: ChartTheme): ChartOption {
  const rows = [...grid.rows].reverse();
  const last = grid.rows.length - 1;
  const max = Math.max(1, ...grid.values.flat());
  const data: { value: [number, number, number]; pick: ChartPick; label: { color: string } }[] = [];
  grid.values.forEach((counts, r) =>
    counts.forEach((count, c) => {
      if (count === 0) return;
      data.push({
        value: [c, last - r, count],
        pick: { row: grid.rows[r]!.pick, column: grid.columns[c]!.pick },
        // The scale runs from a pale to a strong colour: the count is written in the
        // background's colour on the strong half, so it stays legible in either theme.
        label: { color: count / max > 0.5 ? theme.background : theme.text },
      });
    }),
  );
  return {
    ...baseOption(title, theme),
    grid: { left: 8, right: 16, top: 36, bottom: 64 },
    xAxis: {
      type: 'category',
      data: grid.columns.map((column) => shorten(column.name)),
      axisLabel: { color: theme.text, rotate: 30, interval: 0 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: rows.map((row) => shorten(row.name)),
      axisLabel: { color: theme.text, interval: 0 },
    },
    visualMap: {
      min: 0,
      max,
      show: false,
      inRange: { color: theme.scale },
    },
    series: [
      {
        type: 'heatmap',
        label: { show: true },
        itemStyle: { borderColor: theme.background, borderWidth: 1 },
        data,
      },
    ],
  };
}
