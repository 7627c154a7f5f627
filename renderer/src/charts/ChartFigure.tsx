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
  const [isTableOpen, setIsTableOpen] = useState(false);

  const isNear = useNearViewport(host, height);

  useEffect(() => {
    if (!host.current || !isNear) return undefined;
    const instance = echarts.init(host.current, null, { renderer: 'canvas', height });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(host.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [height, isNear]);

  // Drawn in a task of its own: the statistics view's ten charts drawn in the commit that
  // mounts them held the page 1.3 s at 10,000 articles; one by one, the page answers between.
  useEffect(() => {
    const timer = setTimeout(() => chart.current?.setOption(drawn, { notMerge: true }), 0);
    return () => clearTimeout(timer);
  }, [drawn, height, isNear]);

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
  }, [onPick, height, isNear]);

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
      <div className="chart-canvas" ref={host} role="img" aria-label={title} style={{ height }} />
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
      <details
        className="chart-table"
        onToggle={(event) => setIsTableOpen(event.currentTarget.open)}
      >
        <summary>Figures of “{title}” as a table</summary>
        {/* Made when opened: every table of every chart at once was most of the view's DOM. */}
        {isTableOpen && children}
      </details>
    </figure>
  );
}

/**
 * Whether `host` is on screen or near it (a screen's height away), after which it stays
 * true. The host has its chart's height before (`style`), so the figures below keep theirs.
 * A chart is drawn when it comes near: the statistics view's ten charts drawn at once were
 * a second of the page's time, most of it for charts below the fold.
 */
function useNearViewport(host: React.RefObject<HTMLDivElement | null>, height: number): boolean {
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    const element = host.current;
    if (!element || isNear) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setIsNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [host, height, isNear]);
  return isNear;
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
