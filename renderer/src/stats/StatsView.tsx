/**
 * The statistics screen: counts and charts over a selection of the corpus (all articles,
 * or those of one outlet or language). A click on a bar or cell opens the matching search;
 * a click on one of the most annotated articles opens it.
 */
import '../styles/stats.css';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { barOption, chartHeight, heatmapOption, type ChartPick } from '../charts/chart-options';
import { barsToCsv, gridToCsv } from '../charts/chart-export';
import { ChartFigure } from '../charts/ChartFigure';
import { useEscapeToClose } from '../codebook-editor/useEscapeToClose';
import type { ArticleId } from '../db/records';
import { useWorkspace } from '../shell/workspace-context';
import { useActiveCodebook } from '../store/useActiveCodebook';
import type { CorpusStats } from './corpus-stats';
import { barsOf, gridOf, pairBarsOf, type Shown } from './stats-charts';
import { pickToQuery, type StatsDimension } from './stats-query';
import { BarTable, GridTable, ProgressTable } from './StatsTables';
import { useCorpusStats, type StatsProgress } from './useCorpusStats';
import type { Bar, Grid } from '../charts/chart-options';

/** The full-height statistics screen; rendered in place of the library or reader. */
export function StatsView({
  onClose,
  onSearch,
  onOpenArticle,
}: {
  onClose: () => void;
  onSearch: (query: string) => void;
  onOpenArticle: (id: ArticleId) => void;
}) {
  const { analyst } = useWorkspace();
  const codebook = useActiveCodebook();
  const [outlet, setOutlet] = useState('');
  const [language, setLanguage] = useState('');
  useEscapeToClose(onClose);
  const { stats, progress, choices, error } = useCorpusStats(codebook, analyst, {
    outlet,
    language,
  });
  // One function for the figures' whole life: they re-render only when the figures change,
  // not at each step of a count's progress.
  const openArticle = useRef(onOpenArticle);
  useEffect(() => {
    openArticle.current = onOpenArticle;
  }, [onOpenArticle]);
  const onPickArticle = useCallback((id: ArticleId) => openArticle.current(id), []);

  const search = useCallback(
    (dimension: StatsDimension) => (pick: ChartPick) =>
      onSearch(pickToQuery(pick, dimension, { outlet, language })),
    [onSearch, outlet, language],
  );

  return (
    <section className="stats-view" aria-labelledby="stats-title">
      <header className="stats-header">
        <h1 id="stats-title">Statistics</h1>
        <label>
          Outlet{' '}
          <select value={outlet} onChange={(event) => setOutlet(event.target.value)}>
            <option value="">All outlets</option>
            {choices.outlets.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          Language{' '}
          <select value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="">All languages</option>
            {choices.languages.map((code) => (
              <option key={code}>{code}</option>
            ))}
          </select>
        </label>
        {stats && (
          <p className="stats-summary" aria-live="polite">
            {stats.articleCount} articles, {stats.annotationCount} annotations
          </p>
        )}
        {stats && progress && <p className="stats-refresh">{progressText(progress)}</p>}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {error ? (
        <p className="stats-empty" role="alert">
          The figures could not be read: {error}
        </p>
      ) : !stats ? (
        <p className="stats-loading" role="status">
          {progress ? progressText(progress) : 'Counting…'}
        </p>
      ) : stats.annotationCount === 0 ? (
        <p className="stats-empty">
          No annotations in this selection yet. Open an article, select text and press a label’s
          key; the counts appear here.
        </p>
      ) : (
        <StatsFigures stats={stats} search={search} onOpenArticle={onPickArticle} />
      )}
    </section>
  );
}

/** The label-by-column heat maps, each with the search dimension its columns are. */
const LABEL_GRIDS: readonly {
  title: string;
  file: string;
  table: 'byOutlet' | 'byAuthorRole' | 'byAnalyst' | 'byMonth';
  dimension: StatsDimension;
  isCalendar?: boolean;
}[] = [
  { title: 'Labels per outlet', file: 'labels-per-outlet', table: 'byOutlet', dimension: 'outlet' },
  {
    title: 'Labels per author role',
    file: 'labels-per-author-role',
    table: 'byAuthorRole',
    dimension: 'role',
  },
  {
    title: 'Labels per analyst',
    file: 'labels-per-analyst',
    table: 'byAnalyst',
    dimension: 'analyst',
  },
  {
    title: 'Labels per month',
    file: 'labels-per-month',
    table: 'byMonth',
    dimension: 'month',
    isCalendar: true,
  },
];

/** "Counting articles… 4,000 of 10,000", for the wait on a large corpus. */
function progressText({ phase, done, total }: StatsProgress): string {
  const what = phase === 'reading' ? 'Reading the totals' : 'Counting articles';
  const count = (n: number) => n.toLocaleString('en');
  return `${what}… ${count(done)} of ${count(total)}`;
}

const StatsFigures = memo(function StatsFigures({
  stats,
  search,
  onOpenArticle,
}: {
  stats: CorpusStats;
  search: (dimension: StatsDimension) => (pick: ChartPick) => void;
  onOpenArticle: (id: ArticleId) => void;
}) {
  return (
    <div className="stats-figures">
      <BarFigure
        title="Annotations per label"
        file="labels"
        bars={barsOf(stats.perLabel)}
        onPick={search('label')}
      />
      <BarFigure
        title="Annotations per category"
        file="categories"
        bars={barsOf(stats.perCategory)}
        onPick={search('label')}
      />
      {LABEL_GRIDS.map(({ title, file, table, dimension, isCalendar }) => (
        <GridFigure
          key={file}
          title={title}
          file={file}
          corner="Label"
          grid={gridOf(stats[table], isCalendar)}
          onPick={search(dimension)}
        />
      ))}
      <BarFigure
        title="Labels in the same article (articles)"
        file="same-article"
        bars={pairBarsOf(stats.sameArticle)}
        onPick={search('pair')}
      />
      <BarFigure
        title="Overlapping spans (pairs)"
        file="overlapping"
        bars={pairBarsOf(stats.overlapping)}
        onPick={search('pair')}
      />
      {stats.claimsByVerdict.length > 0 && (
        <BarFigure
          title="Claims by verdict"
          file="verdicts"
          bars={barsOf(stats.claimsByVerdict)}
          onPick={search('verdict')}
        />
      )}
      <BarFigure
        title="Most annotated articles"
        file="top-articles"
        bars={barsOf(stats.topArticles)}
        onPick={(pick) => onOpenArticle(pick.row as ArticleId)}
      />
      <ProgressTable rows={stats.progress} />
    </div>
  );
});

function BarFigure(props: {
  title: string;
  file: string;
  bars: Shown<Bar[]>;
  onPick: (pick: ChartPick) => void;
}) {
  const { title, file, bars, onPick } = props;
  const option = useCallback(
    (theme: Parameters<typeof barOption>[2]) => barOption(bars.shown, title, theme),
    [bars, title],
  );
  return (
    <ChartFigure
      title={title}
      fileName={file}
      option={option}
      height={chartHeight(bars.shown.length)}
      csv={() => barsToCsv(bars.all, title)}
      leftOut={bars.leftOut}
      onPick={onPick}
    >
      <BarTable title={title} bars={bars.all} onPick={onPick} />
    </ChartFigure>
  );
}

function GridFigure(props: {
  title: string;
  file: string;
  corner: string;
  grid: Shown<Grid>;
  onPick: (pick: ChartPick) => void;
}) {
  const { title, file, corner, grid, onPick } = props;
  const option = useCallback(
    (theme: Parameters<typeof heatmapOption>[2]) => heatmapOption(grid.shown, title, theme),
    [grid, title],
  );
  return (
    <ChartFigure
      title={title}
      fileName={file}
      option={option}
      height={chartHeight(grid.shown.rows.length) + 40}
      csv={() => gridToCsv(grid.all, corner)}
      leftOut={grid.leftOut}
      onPick={onPick}
    >
      <GridTable title={title} corner={corner} grid={grid.all} />
    </ChartFigure>
  );
}
