/**
 * The statistics as tables: what a screen reader or keyboard user gets for each chart (a
 * canvas is a single image to them), and a check of the chart for anyone.
 */
import type { Bar, ChartPick, Grid } from '../charts/chart-options';
import type { ProgressRow } from './corpus-stats';

/** A bar chart's figures; each name is a button that does what a click on its bar does. */
export function BarTable(props: {
  title: string;
  bars: readonly Bar[];
  onPick: (pick: ChartPick) => void;
}) {
  const { title, bars, onPick } = props;
  return (
    <table className="stats-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Count</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.pick}>
            <th scope="row">
              <button
                type="button"
                className="link-button"
                onClick={() => onPick({ row: bar.pick })}
              >
                {bar.name}
              </button>
            </th>
            <td>{bar.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A heat map's figures, row by row. */
export function GridTable(props: { title: string; corner: string; grid: Grid }) {
  const { title, corner, grid } = props;
  return (
    <table className="stats-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{corner}</th>
          {grid.columns.map((column) => (
            <th scope="col" key={column.pick}>
              {column.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.rows.map((row, r) => (
          <tr key={row.pick}>
            <th scope="row">{row.name}</th>
            {(grid.values[r] ?? []).map((count, c) => (
              <td key={grid.columns[c]!.pick}>{count}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each analyst's progress on the selection: new, in progress, done. */
export function ProgressTable({ rows }: { rows: readonly ProgressRow[] }) {
  return (
    <table className="stats-table stats-progress">
      <caption>Progress per analyst (articles)</caption>
      <thead>
        <tr>
          <th scope="col">Analyst</th>
          <th scope="col">New</th>
          <th scope="col">In progress</th>
          <th scope="col">Done</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.analyst}>
            <th scope="row">{row.name}</th>
            <td>{row.counts.new}</td>
            <td>{row.counts['in-progress']}</td>
            <td>{row.counts.done}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
