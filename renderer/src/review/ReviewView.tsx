/**
 * The review screen: one article, a base set (usually the analyst's own) compared with one or
 * more other sets. Colleagues' tags are overlays on the text, never written into the
 * analyst's set until accepted; every accept is one undoable change set, every comment one
 * transaction. Escape or "Back" returns through `onClose`.
 */
import '../styles/review.css';
import { useCallback, useMemo, useState } from 'react';
import type { ArticleId, AuthorId, CodebookItemId, SpanAnnotation } from '../annotation/types';
import { pathLabel } from '../codebook/codebook-lookup';
import { rootIdOf } from '../codebook/codebook-invariants';
import { useWorkspace } from '../shell/workspace-context';
import { useActiveCodebook } from '../store/useActiveCodebook';
import { compareSets } from './compare-sets';
import { DisagreementList } from './DisagreementList';
import { acceptAnnotation } from './review-actions';
import { filterItems, NO_FILTER, stepItem, type ReviewFilter } from './review-list';
import { addComment, getOrCreateGoldAnalyst } from './review-repository';
import { describeSets, setName } from './review-sets';
import { ReviewItemPanel, type ReviewCommands } from './ReviewItemPanel';
import { ReviewSetPicker } from './ReviewSetPicker';
import { ReviewText } from './ReviewText';
import { useReviewCatalogue, useReviewData } from './useReviewData';
import { useReviewKeys } from './useReviewKeys';

interface ReviewViewProps {
  /** The article to start on (the library's selection), if any. */
  initialArticleId: ArticleId | null;
  onClose: () => void;
}

/** The full-height review screen; rendered in place of the library or reader. */
export function ReviewView({ initialArticleId, onClose }: ReviewViewProps) {
  const { analyst, history } = useWorkspace();
  const codebook = useActiveCodebook();
  const catalogue = useReviewCatalogue();
  const [pickedArticle, setPickedArticle] = useState<ArticleId | null>(initialArticleId);
  const articleId = pickedArticle ?? catalogue?.articles[0]?.id ?? null;
  const data = useReviewData(articleId);
  const [pickedBase, setPickedBase] = useState<string | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const spans = useMemo(
    () => (data?.annotations ?? []).filter((a): a is SpanAnnotation => a.kind === 'span'),
    [data],
  );
  const sets = useMemo(
    () =>
      describeSets(
        [analyst.id, ...(data?.annotations ?? []).map((a) => a.author)],
        catalogue?.analysts ?? [],
        analyst,
      ),
    [data, catalogue, analyst],
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
  const baseAuthor =
    pickedBase !== null && sets.some((s) => s.author === pickedBase) ? pickedBase : analyst.id;
  const compared = sets
    .map((s) => s.author)
    .filter((author) => author !== baseAuthor && !excluded.has(author));
  const comparedKey = compared.join('|');

  const items = useMemo(
    () =>
      compareSets(
        spans.filter((s) => s.author === baseAuthor),
        spans.filter((s) => s.author !== baseAuthor),
        comparedKey === '' ? [] : comparedKey.split('|'),
      ),
    [spans, baseAuthor, comparedKey],
  );
  const categoryOf = useCallback(
    (id: string) => (codebook ? rootIdOf(codebook.byId, id) : undefined),
    [codebook],
  );
  const listed = useMemo(() => filterItems(items, filter, categoryOf), [items, filter, categoryOf]);
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

  const commands: ReviewCommands = {
    accept: (source, target, itemId?: CodebookItemId) => {
      void (async () => {
        const author = target === 'self' ? analyst.id : (await getOrCreateGoldAnalyst()).id;
        const replaces =
          current?.other?.id === source.id &&
          current.base?.author === author &&
          (current.kind === 'label' || current.kind === 'boundary')
            ? current.base
            : null;
        const where = target === 'self' ? 'my set' : 'gold';
        const label = codebook ? pathLabel(codebook, itemId ?? source.itemId) : '';
        await history.apply(
          acceptAnnotation({ source, author, itemId, replaces, label: `Accept into ${where}` }),
        );
        setStatus(`Accepted “${label || source.itemId}” into ${where}.`);
      })().catch((error: unknown) =>
        setStatus(`Not accepted: ${error instanceof Error ? error.message : error}`),
      );
    },
    comment: async (annotation, body) => {
      await addComment({
        annotationId: annotation.id,
        articleId: annotation.articleId,
        author: analyst.id as AuthorId,
        body,
      });
    },
  };

  return (
    <section className="review-view" aria-label="Review">
      <header className="review-header">
        <button type="button" className="back-button" onClick={onClose} title="Back (Esc)">
          <span aria-hidden="true">←</span> Back
        </button>
        <h1>Review</h1>
        {catalogue && (
          <ReviewSetPicker
            articles={catalogue.articles}
            articleId={articleId}
            onArticleChange={(id) => {
              setPickedArticle(id);
              setCurrentKey(null);
            }}
            sets={sets}
            baseAuthor={baseAuthor}
            onBaseChange={(author) => {
              setPickedBase(author);
              setCurrentKey(null);
            }}
            compared={compared}
            onToggleCompared={(author, isOn) => {
              const next = new Set(excluded);
              if (isOn) next.delete(author);
              else next.add(author);
              setExcluded(next);
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
            items={items}
            currentKey={currentKey}
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
              currentKey={currentKey}
              onSelect={setCurrentKey}
            />
            {current && (
              <ReviewItemPanel
                item={current}
                sets={sets}
                selfId={analyst.id}
                codebook={codebook}
                comments={data.comments}
                commentAuthorName={(author) => setName(commenters, author)}
                commands={commands}
              />
            )}
          </aside>
        </div>
      ) : (
        <p className="panel-empty">{articleId === null ? 'The library is empty.' : 'Loading…'}</p>
      )}
    </section>
  );
}

function ReviewLegend() {
  return (
    <ul className="review-legend" aria-label="Legend">
      <li className="kind-agreement">Agreement</li>
      <li className="kind-label">Other label</li>
      <li className="kind-boundary">Other boundaries</li>
      <li className="kind-only-base">Only base</li>
      <li className="kind-only-other">Only compared</li>
    </ul>
  );
}

function isId(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}
