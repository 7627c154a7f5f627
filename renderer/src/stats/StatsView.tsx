/**
 * The statistics screen: counts and charts over a selection of the corpus (all articles,
 * or those of one outlet or language). A click on a bar or cell opens the matching search;
 * a click on one of the most annotated articles opens it.
 */
import '../styles/stats.css';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { barOption, chartHeight, heatmapOption, type ChartPick } from '../charts/chart-options';
import { barsToCsv, gridToCsv } from '../charts/chart-export';
import { ChartFigure } from '../charts/ChartFigure';
import { useEscapeToClose } from '../codebook-editor/useEscapeToClose';
import type { ArticleId } from '../db/records';
import { useWorkspace } from '../shell/workspace-context';
import { useActiveCodebook } from '../store/useActiveCodebook';
import { tallyCorpus, type CorpusStats } from './corpus-stats';
import { barsOf, gridOf, pairBarsOf, type Shown } from './stats-charts';
import { pickToQuery, type StatsDimension } from './stats-query';
import { readStatsSnapshot, statsArticleOf, statsInputOf } from './stats-source';
import { BarTable, GridTable, ProgressTable } from './StatsTables';
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
  const snapshot = useLiveQuery(readStatsSnapshot);
  const [outlet, setOutlet] = useState('');
  const [language, setLanguage] = useState('');
  useEscapeToClose(onClose);

  const choices = useMemo(() => {
    const articles = snapshot?.articles ?? [];
    const outlets = new Set(articles.map((a) => statsArticleOf(a).outlet).filter(Boolean));
    const languages = new Set(articles.map((a) => a.language));
    const sort = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
    return { outlets: sort(outlets), languages: sort(languages) };
  }, [snapshot]);

  const stats = useMemo(() => {
    if (!snapshot || !codebook) return undefined;
    const selected = new Set(
      snapshot.articles
        .filter((a) => outlet === '' || statsArticleOf(a).outlet === outlet)
        .filter((a) => language === '' || a.language === language)
        .map((a) => a.id as string),
    );
    const all = outlet === '' && language === '';
    return tallyCorpus(statsInputOf(snapshot, codebook, analyst, all ? null : selected));
  }, [snapshot, codebook, analyst, outlet, language]);

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
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {!stats ? (
        <p className="stats-loading">Counting…</p>
      ) : stats.annotationCount === 0 ? (
        <p className="stats-empty">
          No annotations in this selection yet. Open an article, select text and press a label’s
          key; the counts appear here.
        </p>
      ) : (
        <StatsFigures stats={stats} search={search} onOpenArticle={onOpenArticle} />
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

function StatsFigures({
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
}

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
