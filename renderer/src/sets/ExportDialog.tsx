/**
 * The Export dialog: whose set, which articles, which format; the format's losses shown
 * before saving (from counts of the set, never from the export itself), then the export run
 * in a worker and streamed to a file, with progress and cancel, and a summary of what the
 * file holds once it is written.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { AuthorId } from '../annotation/types';
import type { ArticleId } from '../db/records';
import { countArticles } from '../export/set-counts';
import { useExportRun } from '../export/useExportRun';
import { listArticleSummaries } from '../library/article-repository';
import { filterRows } from '../library/library-rows';
import { ModalDialog } from '../shell/ModalDialog';
import '../styles/sets.css';
import type { SemEvalScheme } from '../formats/semeval/semeval-export';
import { DEFAULT_SETTINGS } from '../settings/app-settings';
import { useStoredSettings } from '../settings/settings-context';
import { ExportProgressView } from './ExportProgressView';
import { ExportPreviewList } from './ExportPreviewList';
import {
  EXPORT_FORMATS,
  exportFileName,
  SEMEVAL_SCHEMES,
  type ExportFormatId,
} from './export-formats';
import { listAnalysts, type ArticleChoice } from './set-repository';
import { useExportPreview } from './useExportPreview';
import { ArticleSelectionPicker } from '../selection/ArticleSelectionPicker';
import { useArticleSelection } from '../selection/useArticleSelection';

interface ExportDialogProps {
  selfId: AuthorId;
  appVersion: string;
  /** The article open in the reader, offered as "this article". */
  currentArticleId: ArticleId | null;
  onClose: () => void;
}

type Scope = 'all' | 'current' | 'filter' | 'selection';

const noun = (n: number) => (n === 1 ? 'annotation' : 'annotations');

/** A modal dialog that exports one analyst's set. */
export function ExportDialog({ selfId, appVersion, currentArticleId, onClose }: ExportDialogProps) {
  const analysts = useLiveQuery(listAnalysts, []) ?? [];
  const [author, setAuthor] = useState<AuthorId>(selfId);
  const [scope, setScope] = useState<Scope>(currentArticleId ? 'current' : 'all');
  const [query, setQuery] = useState('');
  // The Settings' default format until the analyst picks another here. Until the settings
  // are read the format is not known: nothing is counted or exported for the built-in one.
  const settings = useStoredSettings();
  const [chosenFormat, setFormat] = useState<ExportFormatId | null>(null);
  const isFormatKnown = chosenFormat !== null || settings !== undefined;
  const format =
    chosenFormat ?? settings?.defaultExportFormat ?? DEFAULT_SETTINGS.defaultExportFormat;
  const [includeTexts, setIncludeTexts] = useState(true);
  const [semevalScheme, setSemevalScheme] = useState<SemEvalScheme>('semeval2023');
  const exportRun = useExportRun();
  const { reset } = exportRun;

  // The library's rows are read only to filter them: "All articles" needs a count alone.
  const summaries = useLiveQuery(
    () => (scope === 'filter' ? listArticleSummaries() : Promise.resolve(undefined)),
    [scope],
  );
  const filtered = useMemo(
    () =>
      filterRows(
        (summaries ?? []).map((s) => ({ ...s, annotationCount: 0 })),
        query,
      ),
    [summaries, query],
  );
  const filteredKey = filtered.map((row) => row.id).join(',');
  // A status or a saved query: resolved when chosen, the export waits for it.
  const picked = useArticleSelection({
    analystId: selfId,
    initial: { kind: 'status', status: 'done' },
    isWanted: scope === 'selection',
  });
  const pickedKey =
    scope === 'selection' && picked.resolved.kind === 'ids' ? picked.resolved.ids.join(',') : '';
  // `null` while the chosen articles are not known yet (the library read for a filter, a
  // status or saved query resolving): nothing is counted or exported from a part of them.
  const articles = useMemo((): ArticleChoice | null => {
    if (scope === 'current' && currentArticleId) return { kind: 'ids', ids: [currentArticleId] };
    if (scope === 'filter') {
      if (!summaries) return null;
      return { kind: 'ids', ids: filteredKey ? (filteredKey.split(',') as ArticleId[]) : [] };
    }
    if (scope === 'selection') {
      if (picked.resolved.kind === 'all') return { kind: 'all' };
      if (picked.resolved.kind !== 'ids') return null;
      return { kind: 'ids', ids: pickedKey ? (pickedKey.split(',') as ArticleId[]) : [] };
    }
    return { kind: 'all' };
  }, [scope, currentArticleId, summaries, filteredKey, picked.resolved.kind, pickedKey]);
  const preview = useExportPreview({ author, articles, format: isFormatKnown ? format : null });
  // The library's size is asked once the set is counted: Chromium counts 10,000 articles
  // entry by entry (~0.3 s), and IndexedDB answers one request at a time, so asked first it
  // held the count the dialog waits for. Until then "All articles" says it is counting.
  const [isSetCounted, setSetCounted] = useState(false);
  if (!isSetCounted && (preview.kind === 'ready' || preview.kind === 'failed')) setSetCounted(true);
  const articleCount = useLiveQuery(
    () => (isSetCounted ? countArticles() : undefined),
    [isSetCounted],
  );
  // A summary speaks of the file written with the options it was written with.
  useEffect(reset, [reset, author, articles, format, includeTexts, semevalScheme]);
  const formatLabel = EXPORT_FORMATS.find((f) => f.id === format)!.label;
  const authorName = analysts.find((a) => a.id === author)?.name ?? '';
  const isRunning = exportRun.state.kind === 'running';
  const today = new Date().toISOString();

  const save = () => {
    if (!articles || !isFormatKnown) return;
    exportRun.start({
      author,
      articles,
      format,
      includeTexts,
      appVersion,
      semevalScheme,
      exportedAt: new Date().toISOString(),
      ...(preview.kind === 'ready' ? { expectedAnnotations: preview.preview.selected } : {}),
    });
  };

  return (
    <ModalDialog className="sets-dialog" labelledBy="export-title" onClose={onClose}>
      <h2 id="export-title">Export annotations</h2>
      <fieldset className="sets-fields sets-plain" disabled={isRunning}>
        <label>
          Analyst
          <select value={author} onChange={(e) => setAuthor(e.target.value as AuthorId)}>
            {analysts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.role === 'self' ? (a.name ? `${a.name} (you)` : 'You') : `${a.name} (${a.role})`}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Articles</legend>
          <label>
            <input type="radio" checked={scope === 'all'} onChange={() => setScope('all')} />
            {/* Never a 0 for a library not counted yet. */}
            All articles (
            {articleCount === undefined ? 'counting…' : articleCount.toLocaleString('en')})
          </label>
          {currentArticleId && (
            <label>
              <input
                type="radio"
                checked={scope === 'current'}
                onChange={() => setScope('current')}
              />
              The open article
            </label>
          )}
          <label>
            <input type="radio" checked={scope === 'filter'} onChange={() => setScope('filter')} />
            Articles matching
            <input
              type="search"
              aria-label="Articles matching"
              value={query}
              onFocus={() => setScope('filter')}
              onChange={(e) => setQuery(e.target.value)}
            />
            {scope === 'filter' &&
              (summaries ? `(${filtered.length.toLocaleString('en')})` : '(reading the library…)')}
          </label>
          <label>
            <input
              type="radio"
              checked={scope === 'selection'}
              onChange={() => setScope('selection')}
            />
            Articles by status or saved query
          </label>
          {scope === 'selection' && (
            <ArticleSelectionPicker
              label="Status or saved query"
              selection={picked.selection}
              resolved={picked.resolved}
              onChange={picked.setSelection}
            />
          )}
        </fieldset>
        <label>
          Format
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormatId)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        {(format === 'native' || format === 'w3c') && (
          <label className="sets-check">
            <input
              type="checkbox"
              checked={includeTexts}
              onChange={(e) => setIncludeTexts(e.target.checked)}
            />
            Include the full texts (a colleague without the articles can still import)
          </label>
        )}
        {format === 'semeval' && (
          <label>
            Label scheme
            <select
              value={semevalScheme}
              onChange={(e) => setSemevalScheme(e.target.value as SemEvalScheme)}
            >
              {SEMEVAL_SCHEMES.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      <section className="sets-preview" aria-label="Export preview" aria-live="polite">
        {/* A failed status or saved query says why beside its picker. */}
        {preview.kind === 'choosing' && picked.resolved.kind !== 'failed' && (
          <p>Finding the chosen articles…</p>
        )}
        {preview.kind === 'counting' && <p>Counting the set…</p>}
        {preview.kind === 'failed' && (
          <p role="alert">The set could not be counted: {preview.reason}</p>
        )}
        {preview.kind === 'ready' && (
          <>
            <p>
              {preview.preview.selected.toLocaleString('en')} {noun(preview.preview.selected)} →{' '}
              <code>{exportFileName(format, authorName, today)}</code>
            </p>
            <ExportPreviewList preview={preview.preview} />
          </>
        )}
        <ExportProgressView state={exportRun.state} formatLabel={formatLabel} />
      </section>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        {isRunning ? (
          <button type="button" onClick={exportRun.cancel}>
            Cancel export
          </button>
        ) : (
          <button
            type="button"
            className="button-primary"
            disabled={articles === null || !isFormatKnown || preview.kind === 'counting'}
            onClick={save}
          >
            Export
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
