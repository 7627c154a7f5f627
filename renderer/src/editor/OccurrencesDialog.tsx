/**
 * "Annotate all occurrences": every other occurrence of an annotation's text (and of its
 * entity's aliases) in this article or across the library, whole words, ignoring case and
 * diacritics ("Bairamov" finds "Baïramov"); preview with context, accept all or some in
 * one undoable step. The library's hits arrive a batch at a time and are shown a page at a
 * time (a list of 100,000 was 1.4 million DOM nodes); building and writing them shows
 * progress, and Cancel stops them before anything is written.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChromeSpan } from '../annotation/in-chrome';
import type { SpanAnnotation } from '../annotation/types';
import { pathLabel, type CodebookIndex } from '../codebook/codebook-lookup';
import type { ChangeSet } from '../store/change-set';
import type { AnnotationContext } from './annotation-actions';
import { OccurrencePager, PAGE_SIZE } from './OccurrencePager';
import { tagOccurrences } from './tag-occurrences';
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

const NO_ALIASES: readonly string[] = [];

/** An occurrence's key for the ticks: its article and where it starts. */
const keyOf = (occurrence: Occurrence) => `${occurrence.articleId}:${occurrence.span.start}`;
const count = (value: number) => value.toLocaleString('en');

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
  const { found, reading } = useOccurrences(
    { source, text, title, chromeRanges, aliases, annotations },
    scope,
  );
  // The rows the analyst flipped from their default: ticked, or unticked for page chrome.
  const [flipped, setFlipped] = useState<Set<string>>(new Set());
  const [page, setPage] = useState(0);
  const [error, setError] = useState<string | null>(null);
  // While the change is built and written: how far, and how to stop before the write.
  const [busy, setBusy] = useState<string | null>(null);
  const stop = useRef<AbortController | null>(null);
  useEffect(() => () => stop.current?.abort(), []);
  const dialogRef = useModalDialog();

  const isTicked = (occurrence: Occurrence) =>
    occurrence.isChrome === flipped.has(keyOf(occurrence));
  const { chosen, chromeCount, articleCount } = useMemo(() => {
    const chosen = found.filter(
      (occurrence) => occurrence.isChrome === flipped.has(keyOf(occurrence)),
    );
    return {
      chosen,
      chromeCount: found.reduce((sum, occurrence) => sum + (occurrence.isChrome ? 1 : 0), 0),
      articleCount: new Set(chosen.map((occurrence) => occurrence.articleId)).size,
    };
  }, [found, flipped]);
  const close = () => {
    stop.current?.abort();
    onClose();
  };
  const accept = async () => {
    if (chosen.length === 0) return close();
    const controller = new AbortController();
    stop.current = controller;
    setBusy(`Preparing ${count(0)} of ${count(chosen.length)}…`);
    const change = await tagOccurrences(chosen, source, context, codebook, {
      signal: controller.signal,
      onProgress: (built) => setBusy(`Preparing ${count(built)} of ${count(chosen.length)}…`),
    });
    if (change === null) return;
    if (typeof change === 'string') {
      setBusy(null);
      return setError(change);
    }
    // Past this point the write is one transaction: it lands whole or not at all.
    setBusy(`Writing ${count(change.annotations.length)} annotations…`);
    await onApply(change);
    onClose();
  };
  const isReading = reading !== null;

  return (
    <dialog
      ref={dialogRef}
      className="occurrences"
      aria-labelledby="occurrences-title"
      aria-busy={isReading || busy !== null}
      onCancel={(event) => {
        event.preventDefault();
        close();
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
              disabled={busy !== null}
              onChange={() => {
                setScope(value);
                setPage(0);
              }}
            />
            {value === 'article' ? 'This article' : 'Whole library'}
          </label>
        ))}
      </div>
      {reading && (
        <p className="panel-empty" role="status">
          Searching the library… {count(reading.done)} of {count(reading.total)} articles read,{' '}
          {count(found.length)} found
        </p>
      )}
      {found.length === 0 && !isReading ? (
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
          <OccurrencePager
            found={found}
            page={Math.min(page, Math.max(0, Math.ceil(found.length / PAGE_SIZE) - 1))}
            onPage={setPage}
            showTitles={scope === 'library'}
            isTicked={isTicked}
            onToggle={(key) => {
              const next = new Set(flipped);
              if (next.has(key)) next.delete(key);
              else next.add(key);
              setFlipped(next);
            }}
          />
        </>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {busy && (
        <p className="field-hint" role="status">
          {busy}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close} disabled={busy?.startsWith('Writing')}>
          Cancel
        </button>
        <button
          type="button"
          className="button-primary"
          onClick={() => void accept()}
          disabled={chosen.length === 0 || isReading || busy !== null}
        >
          Tag {count(chosen.length)} {chosen.length === 1 ? 'occurrence' : 'occurrences'}
          {articleCount > 1 ? ` in ${count(articleCount)} articles` : ''}
        </button>
      </div>
    </dialog>
  );
}
