/**
 * One chart on screen: drawn by ECharts on a canvas, with a table of the same figures for
 * screen readers and keyboard users (a canvas is one image to them), and buttons to save it
 * as SVG or PNG and its data as CSV. A click on a bar or cell calls `onPick`.
 */
import '../styles/charts.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { downloadFile } from '../shell/download-file';
import { chartToSvg } from './chart-export';
import type { ChartPick } from './chart-options';
import { currentChartTheme, type ChartTheme } from './chart-theme';
import { echarts, type ChartOption } from './echarts-setup';

/** What a figure shows and saves. */
export interface ChartFigureProps {
  title: string;
  /** The file name without extension. */
  fileName: string;
  option: (theme: ChartTheme) => ChartOption;
  height: number;
  csv: () => string;
  /** How many rows were left out of the chart (shown under it; the CSV keeps them all). */
  leftOut?: number;
  onPick?: (pick: ChartPick) => void;
  /** The same figures as a table. */
  children: React.ReactNode;
}

const SVG_WIDTH = 900;

export function ChartFigure(props: ChartFigureProps) {
  const { title, fileName, option, height, csv, leftOut = 0, onPick, children } = props;
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const theme = useThemeChanges();
  const drawn = useMemo(() => option(theme), [option, theme]);

  useEffect(() => {
    if (!host.current) return undefined;
    const instance = echarts.init(host.current, null, { renderer: 'canvas', height });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(host.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    chart.current?.setOption(drawn, { notMerge: true });
  }, [drawn, height]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onPick) return undefined;
    const handler = (params: { data?: unknown }) => {
      const pick = (params.data as { pick?: ChartPick } | undefined)?.pick;
      if (pick) onPick(pick);
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onPick, height]);

  const savePng = () => {
    const url = chart.current?.getDataURL({
      type: 'png',
      pixelRatio: 2,
      backgroundColor: theme.background,
    });
    if (!url) return;
    const bytes = Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
    downloadFile(bytes, `${fileName}.png`, 'image/png');
  };

  return (
    <figure className="chart-figure">
      <div className="chart-canvas" ref={host} role="img" aria-label={title} />
      <figcaption className="chart-actions">
        {leftOut > 0 && <span className="chart-left-out">{leftOut} more in the CSV</span>}
        <button
          type="button"
          aria-label={`Save “${title}” as SVG`}
          onClick={() =>
            downloadFile(chartToSvg(drawn, SVG_WIDTH, height), `${fileName}.svg`, 'image/svg+xml')
          }
        >
          SVG
        </button>
        <button type="button" aria-label={`Save “${title}” as PNG`} onClick={savePng}>
          PNG
        </button>
        <button
          type="button"
          aria-label={`Save the figures of “${title}” as CSV`}
          onClick={() => downloadFile(csv(), `${fileName}.csv`, 'text/csv')}
        >
          CSV
        </button>
      </figcaption>
      <details className="chart-table">
        <summary>Figures of “{title}” as a table</summary>
        {children}
      </details>
    </figure>
  );
}

/** The chart theme, re-read when the root's class or theme attribute changes. */
function useThemeChanges(): ChartTheme {
  const [theme, setTheme] = useState(currentChartTheme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(currentChartTheme()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'data-theme', 'style'],
    });
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onMedia = () => setTheme(currentChartTheme());
    media.addEventListener('change', onMedia);
    return () => {
      observer.disconnect();
      media.removeEventListener('change', onMedia);
    };
  }, []);
  return theme;
}
