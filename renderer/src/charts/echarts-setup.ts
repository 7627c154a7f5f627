/**
 * ECharts, registered once with only the parts the app draws (tree-shaken).
 *
 * Why ECharts (over Observable Plot and Vega-Lite): the page's CSP is `script-src 'self';
 * style-src 'self'`. Vega compiles expressions with `new Function` (needs its separate
 * interpreter to avoid `unsafe-eval`), and Plot writes `style` attributes and a `<style>`
 * element into its SVG, which `style-src 'self'` blocks. ECharts draws on a canvas, sets
 * element styles only through the CSSOM (which CSP allows), renders SVG as a string for
 * export (`ssr`), and its tooltip can be drawn on the canvas (`renderMode: 'richText'`)
 * instead of as HTML with inline styles. It is also maintained (Apache) and handles the
 * heat maps and the clicks this view needs.
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { echarts };
export type { EChartsCoreOption as ChartOption } from 'echarts/core';
