/**
 * The Export dialog: whose set, which articles, which format; the format's lossiness shown
 * before saving (from a dry run), a progress bar while a large set is read, and a summary
 * after the file is saved.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { AuthorId } from '../annotation/types';
import type { ArticleId } from '../db/records';
import { listArticleSummaries } from '../library/article-repository';
import { filterRows } from '../library/library-rows';
import { ModalDialog } from '../shell/ModalDialog';
import '../styles/sets.css';
import { downloadFile } from '../shell/download-file';
import type { SemEvalScheme } from '../formats/semeval/semeval-export';
import { EXPORT_FORMATS, SEMEVAL_SCHEMES, type ExportFormatId } from './export-formats';
import { annotationCountText, exportSummary, nothingWrittenText } from './export-summary';
import { LossinessList } from './LossinessList';
import { listAnalysts, type ArticleChoice } from './set-repository';
import { useExportPreview } from './useExportPreview';

interface ExportDialogProps {
  selfId: AuthorId;
  appVersion: string;
  /** The article open in the reader, offered as "this article". */
  currentArticleId: ArticleId | null;
  onClose: () => void;
}

type Scope = 'all' | 'current' | 'filter';

/** A modal dialog that exports one analyst's set. */
export function ExportDialog({ selfId, appVersion, currentArticleId, onClose }: ExportDialogProps) {
  const analysts = useLiveQuery(listAnalysts, []) ?? [];
  const summaries = useLiveQuery(listArticleSummaries, []);
  const [author, setAuthor] = useState<AuthorId>(selfId);
  const [scope, setScope] = useState<Scope>(currentArticleId ? 'current' : 'all');
  const [query, setQuery] = useState('');
  const [format, setFormat] = useState<ExportFormatId>('native');
  const [includeTexts, setIncludeTexts] = useState(true);
  const [semevalScheme, setSemevalScheme] = useState<SemEvalScheme>('semeval2023');
  const [summary, setSummary] = useState<string | null>(null);

  const filtered = useMemo(
    () =>
      filterRows(
        (summaries ?? []).map((s) => ({ ...s, annotationCount: 0 })),
        query,
      ),
    [summaries, query],
  );
  const filteredKey = filtered.map((row) => row.id).join(',');
  const articles = useMemo((): ArticleChoice => {
    if (scope === 'current' && currentArticleId) return { kind: 'ids', ids: [currentArticleId] };
    if (scope === 'filter')
      return { kind: 'ids', ids: filteredKey ? (filteredKey.split(',') as ArticleId[]) : [] };
    return { kind: 'all' };
  }, [scope, currentArticleId, filteredKey]);
  const preview = useExportPreview({
    author,
    articles,
    format,
    includeTexts,
    appVersion,
    semevalScheme,
  });
  const formatLabel = EXPORT_FORMATS.find((f) => f.id === format)!.label;
  const nothingWritten = preview.kind === 'ready' ? nothingWrittenText(preview.output) : undefined;

  const save = () => {
    if (preview.kind !== 'ready') return;
    const { output } = preview;
    downloadFile(output.content, output.fileName, output.mimeType);
    setSummary(exportSummary(output, formatLabel));
  };

  return (
    <ModalDialog className="sets-dialog" labelledBy="export-title" onClose={onClose}>
      <h2 id="export-title">Export annotations</h2>
      <div className="sets-fields">
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
            All articles ({summaries?.length ?? 0})
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
            ({filtered.length})
          </label>
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
      </div>
      <section className="sets-preview" aria-label="Export preview" aria-live="polite">
        {preview.kind === 'reading' && (
          <progress
            aria-label="Reading annotations"
            max={Math.max(preview.total, 1)}
            value={preview.done}
          />
        )}
        {preview.kind === 'failed' && <p role="alert">The export failed: {preview.reason}</p>}
        {preview.kind === 'ready' && (
          <>
            <p>
              {annotationCountText(preview.output)}
              {preview.output.annotationCount < preview.output.selectedCount && ' written'} →{' '}
              <code>{preview.output.fileName}</code>
            </p>
            {nothingWritten && <p className="sets-lossiness">{nothingWritten}</p>}
            <LossinessList lossiness={preview.output.lossiness} notes={preview.output.notes} />
          </>
        )}
        {summary && (
          <p role="status" className="sets-summary">
            {summary}
          </p>
        )}
      </section>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={preview.kind !== 'ready'}
          onClick={save}
        >
          Export
        </button>
      </div>
    </ModalDialog>
  );
}
