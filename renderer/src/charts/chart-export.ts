/**
 * A chart as a file: SVG drawn by ECharts' server-side renderer (a string, so no DOM and no
 * inline styles are involved), PNG from the chart on screen, and its data as CSV.
 */
import { csvNumberCell, csvRecord, csvTextCell } from '../agreement/csv-cell';
import type { Bar, Grid } from './chart-options';
import { echarts, type ChartOption } from './echarts-setup';

/** The chart drawn as a standalone SVG document. */
export function chartToSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Bars as CSV: name, count. RFC 4180, CRLF, formula-neutralised names. */
export function barsToCsv(bars: readonly Bar[], nameHeader: string): string {
  const lines = [csvRecord([csvTextCell(nameHeader), csvTextCell('Count')])];
  for (const bar of bars) lines.push(csvRecord([csvTextCell(bar.name), csvNumberCell(bar.value)]));
  return lines.map((line) => `${line}\r\n`).join('');
}

/** A heat map as CSV: one record per row, one column per grid column. */
export function gridToCsv(grid: Grid, cornerHeader: string): string {
  const header = [cornerHeader, ...grid.columns.map((column) => column.name)].map(csvTextCell);
  const lines = [csvRecord(header)];
  grid.rows.forEach((row, r) => {
    const counts = grid.values[r] ?? [];
    lines.push(csvRecord([csvTextCell(row.name), ...counts.map((n) => csvNumberCell(n))]));
  });
  return lines.map((line) => `${line}\r\n`).join('');
}
