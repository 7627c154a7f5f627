/**
 * The Search screen: a query box (words, phrases, prefixes, AND/OR/NOT, title: and byline:,
 * annotation fields and filters; see `parse-query.ts`), a page-chrome toggle, the index's
 * state, the concordance of results, CSV export, and the saved queries beside them.
 * Escape or "Library" closes it.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { downloadFile } from '../shell/download-file';
import { useEscapeLayer } from '../shell/useEscapeLayer';
import { useActiveCodebook } from '../store/useActiveCodebook';
import { Concordance } from './Concordance';
import { SavedQueries } from './SavedQueries';
import { TagAllResults } from './TagAllResults';
import type { SavedSearch } from './saved-query-repository';
import type { ResultRow } from './search-protocol';
import { searchVocabulary } from './search-vocabulary';
import { indexLine, summaryLine } from './search-status-line';
import { useSearchRun } from './useSearchRun';
import '../styles/search.css';

interface SearchViewProps {
  onOpenHit(row: ResultRow): void;
  onClose(): void;
  /** A query to run on opening (from a click on a statistics chart). */
  initialQuery?: string;
}

const EXAMPLES =
  'Examples: Kourmanghazy · "central bank" · infla* · istanbul -ankara · title:election · label:claim verdict=false genre=opinion role="elected official" lang:fr date:2025';

export function SearchView({ onOpenHit, onClose, initialQuery }: SearchViewProps) {
  const codebook = useActiveCodebook();
  const vocabulary = useMemo(
    () => (codebook ? searchVocabulary(codebook.codebook) : undefined),
    [codebook],
  );
  const search = useSearchRun();
  // The screen mounts afresh each time it opens: a handed-over query is its first text.
  const [text, setText] = useState(initialQuery ?? search.text);
  const [includeChrome, setIncludeChrome] = useState(search.includeChrome);

  useEscapeLayer('screen', () => {
    onClose();
    return true;
  });

  // A query handed over by another screen (a click on a statistics chart) runs at once.
  const { run } = search;
  useEffect(() => {
    if (!initialQuery || !vocabulary) return;
    run(initialQuery, { includeChrome: false, vocabulary });
  }, [initialQuery, vocabulary, run]);

  const runSearch = (next: SavedSearch) => {
    if (!vocabulary || next.text.trim() === '') return;
    search.run(next.text, { includeChrome: next.includeChrome, vocabulary });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    runSearch({ text, includeChrome });
  };
  // Built in the worker, where the rows are (`result-keeper.ts`).
  const [csvError, setCsvError] = useState<string | null>(null);
  const exportCsv = () => {
    if (!vocabulary) return;
    setCsvError(null);
    search.resultsCsv(vocabulary.itemLabels).then(
      (csv) => downloadFile(csv, 'search-results.csv', 'text/csv;charset=utf-8'),
      (error: unknown) =>
        setCsvError(`Not exported: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  const isError = search.state.kind === 'invalid' || search.state.kind === 'failed';
  const [isTagging, setTagging] = useState(false);

  return (
    <section className="search-view" aria-labelledby="search-title">
      <header className="search-header">
        <button type="button" className="back-button" onClick={onClose} aria-keyshortcuts="Escape">
          <span aria-hidden="true">←</span> Library
        </button>
        <h1 id="search-title">Search</h1>
        <form className="search-form" onSubmit={onSubmit} role="search">
          <input
            type="search"
            aria-label="Search query"
            aria-describedby="search-examples"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoFocus
            spellCheck={false}
          />
          <button type="submit" disabled={!vocabulary}>
            Search
          </button>
          <label className="search-chrome">
            <input
              type="checkbox"
              checked={includeChrome}
              onChange={(event) => setIncludeChrome(event.target.checked)}
            />
            Include page chrome
          </label>
        </form>
        <p id="search-examples" className="search-examples">
          {EXAMPLES}
        </p>
      </header>
      <div className="search-body">
        <div className="search-results">
          <div className="search-status">
            <p
              role="status"
              className={isError ? 'search-error' : undefined}
              data-finished={search.finished}
            >
              {summaryLine(search.state, search.count) || indexLine(search.indexState)}
            </p>
            {csvError && (
              <p role="alert" className="search-error">
                {csvError}
              </p>
            )}
            <button type="button" onClick={exportCsv} disabled={search.count === 0}>
              Export CSV
            </button>
            <button
              type="button"
              onClick={() => setTagging(true)}
              disabled={search.state.kind !== 'done' || search.count === 0 || !codebook}
            >
              Tag all results…
            </button>
          </div>
          {/* Mounted at the submit, one per search (its id), while no row has come: the
              first rows are then drawn for the viewport's measured height, not a guess. */}
          {vocabulary && (search.count > 0 || search.state.kind === 'running') && (
            <Concordance
              key={search.id}
              count={search.count}
              shown={search.shown}
              showRows={search.showRows}
              vocabulary={vocabulary}
              onOpen={onOpenHit}
            />
          )}
        </div>
        {isTagging && codebook && search.state.kind === 'done' && (
          <TagAllResults
            hits={search.state.summary.rows}
            articles={search.state.summary.articles}
            loadHits={search.tagHits}
            codebook={codebook}
            onClose={() => setTagging(false)}
          />
        )}
        <SavedQueries
          current={{ text, includeChrome }}
          onRun={(saved) => {
            setText(saved.text);
            setIncludeChrome(saved.includeChrome);
            runSearch(saved);
          }}
        />
      </div>
    </section>
  );
}
