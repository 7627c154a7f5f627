/**
 * "Annotate all occurrences": every other occurrence of an annotation's text (and of its
 * entity's aliases) in this article or across the library, whole words, ignoring case and
 * diacritics ("Bairamov" finds "Baïramov"); preview with context, accept all or some in
 * one undoable step.
 */
import { useMemo, useState } from 'react';
import type { ChromeSpan } from '../annotation/in-chrome';
import type { Annotation, ArticleId, SpanAnnotation } from '../annotation/types';
import { getItem, pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import type { ChangeSet } from '../store/change-set';
import { tagSpans, type AnnotationContext } from './annotation-actions';
import { useEntities } from './useEntities';
import { useOccurrences, type Occurrence, type OccurrenceScope } from './useOccurrences';
import { useModalDialog } from '../shell/useModalDialog';

interface OccurrencesDialogProps {
  source: SpanAnnotation;
  text: string;
  title: string;
  /** Page chrome in `text`: hits there are marked and unticked at first. */
  chromeRanges: readonly ChromeSpan[];
  /** This analyst's span annotations in this article. */
  annotations: SpanAnnotation[];
  codebook: CodebookIndex;
  context: AnnotationContext;
  onApply: (change: ChangeSet) => Promise<void>;
  onClose: () => void;
}

const CONTEXT = 40;
const NO_ALIASES: readonly string[] = [];

/** One change set tagging every chosen occurrence, whatever article it is in. */
function tagOccurrences(
  chosen: readonly Occurrence[],
  source: SpanAnnotation,
  context: AnnotationContext,
  codebook: CodebookIndex,
): ChangeSet | string {
  const item = getItem(codebook, source.itemId);
  if (!item) return 'This label is no longer in the codebook.';
  const byArticle = new Map<ArticleId, Occurrence[]>();
  for (const occurrence of chosen) {
    byArticle.set(occurrence.articleId, [
      ...(byArticle.get(occurrence.articleId) ?? []),
      occurrence,
    ]);
  }
  const created: Annotation[] = [];
  for (const [articleId, occurrences] of byArticle) {
    const result = tagSpans(
      { ...context, articleId, text: occurrences[0]!.text },
      item,
      occurrences.map((occurrence) => occurrence.span),
      source.entityId ? { entityId: source.entityId } : {},
    );
    if (!result.ok) return result.message;
    created.push(...result.change.annotations.flatMap((row) => (row.after ? [row.after] : [])));
  }
  const noun = created.length === 1 ? 'occurrence' : 'occurrences';
  return {
    label: `Tag ${created.length} ${noun} “${item.label}”`,
    annotations: created.map((after) => ({ before: null, after })),
    entities: [],
  };
}

/** A modal preview of the occurrences with a checkbox each. */
export function OccurrencesDialog({
  source,
  text,
  title,
  chromeRanges,
  annotations,
  codebook,
  context,
  onApply,
  onClose,
}: OccurrencesDialogProps) {
  const entities = useEntities();
  const entity = entities.find((candidate) => candidate.id === source.entityId);
  const aliases = useMemo(() => (entity ? [entity.name, ...entity.aliases] : NO_ALIASES), [entity]);
  const [scope, setScope] = useState<OccurrenceScope>('article');
  const found = useOccurrences({ source, text, title, chromeRanges, aliases, annotations }, scope);
  // The rows the analyst flipped from their default: ticked, or unticked for page chrome.
  const [flipped, setFlipped] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const dialogRef = useModalDialog();

  const keyOf = (occurrence: Occurrence) => `${occurrence.articleId}:${occurrence.span.start}`;
  const isTicked = (occurrence: Occurrence) =>
    occurrence.isChrome === flipped.has(keyOf(occurrence));
  const chosen = (found ?? []).filter(isTicked);
  const chromeCount = (found ?? []).filter((occurrence) => occurrence.isChrome).length;
  const articleCount = new Set(chosen.map((occurrence) => occurrence.articleId)).size;
  const accept = async () => {
    if (chosen.length === 0) return onClose();
    const change = tagOccurrences(chosen, source, context, codebook);
    if (typeof change === 'string') return setError(change);
    await onApply(change);
    onClose();
  };

  return (
    <dialog
      ref={dialogRef}
      className="occurrences"
      aria-labelledby="occurrences-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="occurrences-title">
        Other occurrences of “{source.quote.exact}”
        {entity && entity.aliases.length > 0 ? ` and its aliases` : ''}
      </h2>
      <p className="field-hint">
        Tag as {pathLabel(codebook, source.itemId)}. Whole words; case and accents ignored.
      </p>
      <div className="scope-switch" role="radiogroup" aria-label="Where to look">
        {(['article', 'library'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="occurrence-scope"
              checked={scope === value}
              onChange={() => setScope(value)}
            />
            {value === 'article' ? 'This article' : 'Whole library'}
          </label>
        ))}
      </div>
      {found === undefined ? (
        <p className="panel-empty" role="status">
          Searching the library…
        </p>
      ) : found.length === 0 ? (
        <p className="panel-empty">
          No other untagged occurrence {scope === 'article' ? 'in this article' : 'in the library'}.
        </p>
      ) : (
        <>
          {chromeCount > 0 && (
            <p className="field-hint">
              {chromeCount} {chromeCount === 1 ? 'is' : 'are'} in page chrome (menus, footers) and
              left unticked: tick {chromeCount === 1 ? 'it' : 'them'} to tag anyway.
            </p>
          )}
          <ul className="occurrence-list" aria-label="Occurrences">
            {found.map((occurrence) => {
              const key = keyOf(occurrence);
              const { span, text: body } = occurrence;
              return (
                <li key={key}>
                  <label>
                    <input
                      type="checkbox"
                      checked={isTicked(occurrence)}
                      onChange={() => {
                        const next = new Set(flipped);
                        if (next.has(key)) next.delete(key);
                        else next.add(key);
                        setFlipped(next);
                      }}
                    />
                    {occurrence.isChrome && <span className="occurrence-chrome">Page chrome</span>}
                    {scope === 'library' && (
                      <span className="occurrence-title">{occurrence.title}</span>
                    )}
                    <span className="quote-context">
                      …{body.slice(Math.max(0, span.start - CONTEXT), span.start)}
                    </span>
                    <mark>{body.slice(span.start, span.end)}</mark>
                    <span className="quote-context">
                      {body.slice(span.end, span.end + CONTEXT)}…
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button-primary"
          onClick={() => void accept()}
          disabled={chosen.length === 0}
        >
          Tag {chosen.length} {chosen.length === 1 ? 'occurrence' : 'occurrences'}
          {articleCount > 1 ? ` in ${articleCount} articles` : ''}
        </button>
      </div>
    </dialog>
  );
}
