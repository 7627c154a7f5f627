/**
 * The review screen: one article, a base set compared with one or more other sets (by
 * default the sets that hold annotations on it, `defaultComparison`). Spans, their
 * attributes and the document profile are compared; colleagues' tags are overlays on the
 * text, never written into the analyst's set until accepted; every accept is one undoable
 * change set, every comment (a rejection included) one transaction. Rejected items stay
 * listed, marked. Escape or "Back" returns through `onClose`.
 */
import '../styles/review.css';
import { useCallback, useMemo, useState } from 'react';
import type { ArticleId, SpanAnnotation } from '../annotation/types';
import { rootIdOf } from '../codebook/codebook-invariants';
import { useWorkspace } from '../shell/workspace-context';
import { useActiveCodebook } from '../store/useActiveCodebook';
import type { ComparisonItem } from './compare-sets';
import { DisagreementList } from './DisagreementList';
import { filterItems, NO_FILTER, stepItem, type ReviewFilter } from './review-list';
import { isItemRejected } from './review-decisions';
import { describeSets, setName } from './review-sets';
import { ReviewItemPanel } from './ReviewItemPanel';
import { ReviewLegend } from './ReviewLegend';
import { ReviewSetPicker } from './ReviewSetPicker';
import { ReviewText } from './ReviewText';
import { useReviewCommands } from './useReviewCommands';
import { useReviewComparison, type ComparisonPicks } from './useReviewComparison';
import { useReviewCatalogue, useReviewData } from './useReviewData';
import { useReviewKeys } from './useReviewKeys';
import { ArticleSelectionPicker } from '../selection/ArticleSelectionPicker';
import { inSelection } from '../selection/in-selection';
import { useArticleSelection } from '../selection/useArticleSelection';

interface ReviewViewProps {
  /** The article to start on (the library's selection), if any. */
  initialArticleId: ArticleId | null;
  onClose: () => void;
}

const NO_PICKS: ComparisonPicks = { base: null, compared: null };

/** The full-height review screen; rendered in place of the library or reader. */
export function ReviewView({ initialArticleId, onClose }: ReviewViewProps) {
  const { analyst, history } = useWorkspace();
  const codebook = useActiveCodebook();
  const catalogue = useReviewCatalogue();
  const [pickedArticle, setPickedArticle] = useState<ArticleId | null>(initialArticleId);
  // A status or saved query narrows the articles offered (`selection/`).
  const picked = useArticleSelection({ analystId: analyst.id });
  const selectable = useMemo(
    () => inSelection(catalogue?.articles ?? NO_ARTICLES, picked.resolved),
    [catalogue, picked.resolved],
  );
  const articleId =
    (selectable.find((article) => article.id === pickedArticle) ?? selectable[0])?.id ?? null;
  const data = useReviewData(articleId);
  const [picks, setPicks] = useState<ComparisonPicks>(NO_PICKS);
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const { sets, counts, baseAuthor, compared, items } = useReviewComparison(
    data?.annotations,
    catalogue?.analysts ?? NO_ANALYSTS,
    analyst,
    codebook,
    picks,
  );
  // Comment authors may own no annotation here (a reviewer of an imported set): name them too.
  const commenters = useMemo(
    () =>
      describeSets(
        (data?.comments ?? []).map((c) => c.author),
        catalogue?.analysts ?? [],
        analyst,
      ),
    [data, catalogue, analyst],
  );
  const comments = data?.comments ?? NO_COMMENTS;
  const rejectedKeys = useMemo(
    () => new Set(items.filter((item) => isItemRejected(item, comments)).map((i) => i.key)),
    [items, comments],
  );
  const isRejected = useCallback(
    (item: { key: string }) => rejectedKeys.has(item.key),
    [rejectedKeys],
  );
  const categoryOf = useCallback(
    (id: string) => (codebook ? rootIdOf(codebook.byId, id) : undefined),
    [codebook],
  );
  const listed = useMemo(
    () => filterItems(items, filter, categoryOf, isRejected),
    [items, filter, categoryOf, isRejected],
  );
  const spanItems = useMemo(
    () => items.filter((item): item is ComparisonItem<SpanAnnotation> => item.kind !== 'document'),
    [items],
  );
  const labels = useMemo(
    () => [
      ...new Set(items.flatMap((i) => [i.base, i.other].flatMap((s) => (s ? [s.itemId] : [])))),
    ],
    [items],
  );
  const categories = useMemo(
    () => [...new Set(labels.map(categoryOf))].filter(isId),
    [labels, categoryOf],
  );
  const current = items.find((item) => item.key === currentKey) ?? null;

  const step = useCallback(
    (direction: 1 | -1) => setCurrentKey((key) => stepItem(listed, key, direction)),
    [listed],
  );
  const undo = useCallback(() => {
    history.undo().then(
      (label) => setStatus(label ? `Undone: ${label}.` : 'Nothing to undo.'),
      (error: unknown) =>
        setStatus(`Not undone: ${error instanceof Error ? error.message : error}`),
    );
  }, [history]);
  useReviewKeys(step, onClose, undo);
  const commands = useReviewCommands(codebook, setStatus);

  return (
    <section className="review-view" aria-label="Review">
      <header className="review-header">
        <button type="button" className="back-button" onClick={onClose} title="Back (Esc)">
          <span aria-hidden="true">←</span> Back
        </button>
        <h1>Review</h1>
        <ArticleSelectionPicker
          label="Articles to review"
          selection={picked.selection}
          resolved={picked.resolved}
          onChange={(selection) => {
            picked.setSelection(selection);
            setPicks(NO_PICKS);
            setCurrentKey(null);
          }}
        />
        {catalogue && (
          <ReviewSetPicker
            articles={selectable}
            articleId={articleId}
            onArticleChange={(id) => {
              setPickedArticle(id);
              // Another article holds other sets: choose afresh for it.
              setPicks(NO_PICKS);
              setCurrentKey(null);
            }}
            sets={sets}
            counts={counts}
            baseAuthor={baseAuthor}
            onBaseChange={(author) => {
              setPicks({ base: author, compared: null });
              setCurrentKey(null);
            }}
            compared={compared}
            onToggleCompared={(author, isOn) => {
              const next = compared.filter((a) => a !== author);
              setPicks({ base: baseAuthor, compared: isOn ? [...next, author] : next });
            }}
          />
        )}
        <ReviewLegend />
      </header>
      <p className="review-status" role="status">
        {status}
      </p>
      {data && codebook ? (
        <div className="review-body">
          <ReviewText
            chromeRanges={data.chromeRanges}
            text={data.text}
            items={spanItems}
            currentKey={currentKey}
            rejectedKeys={rejectedKeys}
            onSelect={setCurrentKey}
          />
          <aside className="review-side">
            <DisagreementList
              items={listed}
              filter={filter}
              onFilterChange={setFilter}
              codebook={codebook}
              labels={labels}
              categories={categories}
              sets={sets}
              comparedAuthors={compared}
              isRejected={isRejected}
              currentKey={currentKey}
              onSelect={setCurrentKey}
            />
            {current && (
              <ReviewItemPanel
                item={current}
                sets={sets}
                selfId={analyst.id}
                codebook={codebook}
                comments={comments}
                commentAuthorName={(author) => setName(commenters, author)}
                commands={commands}
              />
            )}
          </aside>
        </div>
      ) : (
        <p className="panel-empty">
          {articleId !== null
            ? 'Loading…'
            : picked.resolved.kind === 'all'
              ? 'The library is empty.'
              : 'No article in this selection.'}
        </p>
      )}
    </section>
  );
}

const NO_ANALYSTS: never[] = [];
const NO_ARTICLES: never[] = [];
const NO_COMMENTS: never[] = [];

function isId(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}
