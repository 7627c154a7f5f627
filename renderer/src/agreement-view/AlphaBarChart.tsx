/** The agreement chart: alpha per label, drawn by ECharts like every chart of the app. */
import { useCallback } from 'react';
import { csvNumberCell, csvRecord, csvTextCell } from '../agreement/csv-cell';
import { chartHeight } from '../charts/chart-options';
import type { ChartTheme } from '../charts/chart-theme';
import { ChartFigure } from '../charts/ChartFigure';
import { alphaBarOption, type AlphaBar } from './alpha-chart-option';

export type { AlphaBar };

/** The review screen's agreement colours, read from its stylesheet's custom properties. */
function agreementColours() {
  const style = getComputedStyle(document.documentElement);
  return {
    positive: style.getPropertyValue('--agree-line').trim() || '#2e7d3a',
    negative: style.getPropertyValue('--label-line').trim() || '#b3261e',
  };
}

/** Bars from −1 to 1 around a zero axis, with the figures as a table and CSV. */
export function AlphaBarChart({ bars, title }: { bars: readonly AlphaBar[]; title: string }) {
  const option = useCallback(
    (theme: ChartTheme) => alphaBarOption(bars, title, theme, agreementColours()),
    [bars, title],
  );
  const csv = () =>
    [
      csvRecord(['Label', 'alpha_U']),
      ...bars.map((bar) => csvRecord([csvTextCell(bar.label), csvNumberCell(bar.alpha, 6)])),
    ]
      .map((line) => `${line}\r\n`)
      .join('');
  return (
    <ChartFigure
      title={title}
      fileName="alpha-per-label"
      option={option}
      height={chartHeight(bars.length)}
      csv={csv}
    >
      <table className="stats-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">α_U</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>{bar.alpha === null ? 'undefined' : bar.alpha.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ChartFigure>
  );
}
