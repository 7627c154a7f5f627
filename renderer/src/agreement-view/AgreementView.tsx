/**
 * The agreement screen: chosen articles (all or picked) and two or more sets; per label and
 * overall, Krippendorff's alpha-U and span F1 (the shared `buildAgreementTable`), alpha
 * nominal and Cohen's kappa on the document profile, pairwise matrices for teams of more than
 * two, a bar chart of alpha per label, and the span table as CSV.
 */
import '../styles/review.css';
import { useMemo, useState } from 'react';
import { buildAgreementTable, type AgreementTable } from '../agreement/agreement-table';
import { agreementTableToCsv } from '../agreement/agreement-table-csv';
import { sortLabelRows } from '../agreement/label-row-order';
import { pathLabel } from '../codebook/codebook-lookup';
import { useEscapeToClose } from '../codebook-editor/useEscapeToClose';
import { describeSets, setName } from '../review/review-sets';
import { useWorkspace } from '../shell/workspace-context';
import { useActiveCodebook } from '../store/useActiveCodebook';
import { documentAgreement, pairwiseSpanFigures, spanSelectionOf } from './agreement-input';
import { AgreementResults } from './AgreementResults';
import { downloadFile } from '../shell/download-file';
import { useAgreementData } from './useAgreementData';
import { ArticleSelectionPicker } from '../selection/ArticleSelectionPicker';
import { inSelection } from '../selection/in-selection';
import { useArticleSelection } from '../selection/useArticleSelection';

/** The item whose attributes are the document-level labels. */
const PROFILE_ITEM_ID = 'document.profile';

/** The full-height agreement screen; rendered in place of the library or reader. */
export function AgreementView({ onClose }: { onClose: () => void }) {
  const { analyst } = useWorkspace();
  const codebook = useActiveCodebook();
  const data = useAgreementData();
  const [pickedArticles, setPickedArticles] = useState<ReadonlySet<string> | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  useEscapeToClose(onClose);

  // A status or saved query narrows the articles first; ticks pick among those.
  const picked = useArticleSelection({ analystId: analyst.id });
  const selectable = useMemo(
    () => inSelection(data?.articles ?? [], picked.resolved),
    [data, picked.resolved],
  );
  const articles = useMemo(
    () => selectable.filter((a) => pickedArticles === null || pickedArticles.has(a.id)),
    [selectable, pickedArticles],
  );
  const sets = useMemo(
    () =>
      describeSets(
        (data?.annotations ?? []).map((a) => a.author),
        data?.analysts ?? [],
        analyst,
      ),
    [data, analyst],
  );
  const authorsKey = sets
    .map((s) => s.author)
    .filter((a) => !excluded.has(a))
    .join('|');

  const result = useMemo(() => {
    const authors = authorsKey === '' ? [] : authorsKey.split('|');
    if (!data || authors.length < 2 || articles.length === 0) return null;
    try {
      const { selection, skippedSpans } = spanSelectionOf(articles, data.annotations, authors);
      const table = buildAgreementTable(selection);
      const profile = codebook?.byId.get(PROFILE_ITEM_ID);
      const keys = profile?.attributes.map((attribute) => attribute.key) ?? [];
      const ids = articles.map((a) => a.id);
      return {
        table,
        skippedSpans,
        pairwise: authors.length > 2 ? pairwiseSpanFigures(selection) : null,
        documents: documentAgreement(ids, data.annotations, authors, PROFILE_ITEM_ID, keys),
        error: null,
      };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [data, articles, authorsKey, codebook]);

  const labelOf = (id: string) => (codebook && pathLabel(codebook, id)) || id;
  const nameOf = (author: string) => setName(sets, author);
  const exportCsv = (table: AgreementTable) => {
    const named: AgreementTable = {
      ...table,
      annotators: table.annotators.map(nameOf),
      rows: table.rows.map((row) =>
        row.kind === 'label' ? { ...row, label: labelOf(row.label) } : row,
      ),
    };
    // A byte-order mark so Excel reads the UTF-8 labels and names correctly.
    const csv = `\uFEFF${agreementTableToCsv(named)}`;
    downloadFile(
      csv,
      `agreement-${new Date().toISOString().slice(0, 10)}.csv`,
      'text/csv;charset=utf-8',
    );
  };

  const toggle = (set: ReadonlySet<string>, id: string, isOn: boolean) => {
    const next = new Set(set);
    if (isOn) next.add(id);
    else next.delete(id);
    return next;
  };

  return (
    <section className="agreement-view" aria-label="Agreement">
      <header className="agreement-header">
        <button type="button" className="back-button" onClick={onClose} title="Back (Esc)">
          <span aria-hidden="true">←</span> Back
        </button>
        <h1>Agreement</h1>
        <div className="agreement-picker">
          <fieldset>
            <legend>Articles</legend>
            <ArticleSelectionPicker
              label="Articles to compare"
              selection={picked.selection}
              resolved={picked.resolved}
              onChange={(selection) => {
                picked.setSelection(selection);
                setPickedArticles(null);
              }}
            />
            <label>
              <input
                type="checkbox"
                checked={pickedArticles === null}
                onChange={(event) =>
                  setPickedArticles(
                    event.target.checked ? null : new Set(articles.map((a) => a.id)),
                  )
                }
              />
              {picked.resolved.kind === 'all' ? 'All articles' : 'All of these'}
            </label>
            {pickedArticles !== null &&
              selectable.map((article) => (
                <label key={article.id}>
                  <input
                    type="checkbox"
                    checked={pickedArticles.has(article.id)}
                    onChange={(event) =>
                      setPickedArticles(toggle(pickedArticles, article.id, event.target.checked))
                    }
                  />
                  {article.title}
                </label>
              ))}
          </fieldset>
          <fieldset>
            <legend>Sets</legend>
            {sets.map((set) => (
              <label key={set.author}>
                <input
                  type="checkbox"
                  checked={!excluded.has(set.author)}
                  onChange={(event) =>
                    setExcluded(toggle(excluded, set.author, !event.target.checked))
                  }
                />
                {set.name}
              </label>
            ))}
          </fieldset>
        </div>
        {result?.table && (
          <button type="button" onClick={() => exportCsv(result.table)}>
            Export CSV
          </button>
        )}
      </header>
      {/* Focusable, so the results scroll with the keyboard too (axe: scrollable-region-focusable). */}
      <div className="agreement-body" tabIndex={0} role="region" aria-label="Agreement results">
        {!data || !codebook ? (
          <p className="panel-empty">Loading…</p>
        ) : result === null ? (
          <p className="panel-empty">Choose at least one article and two sets to compare.</p>
        ) : result.error !== null ? (
          <p role="alert">The agreement could not be computed: {result.error}</p>
        ) : (
          <AgreementResults
            {...result}
            // Rows by label name, as the CSV has them: item ids sort by category prefix.
            table={{ ...result.table, rows: sortLabelRows(result.table.rows, labelOf) }}
            labelOf={labelOf}
            nameOf={nameOf}
            fieldLabel={(key) =>
              codebook.byId.get(PROFILE_ITEM_ID)?.attributes.find((a) => a.key === key)?.label ??
              key
            }
          />
        )}
      </div>
    </section>
  );
}
