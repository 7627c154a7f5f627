/**
 * "Tag all results…": a dialog that tags every hit of the search with one chosen label, as
 * one undoable step (`tag-results.ts`), with progress and cancel while the hits are
 * prepared, and a count of what was tagged and what was left out, and why.
 */
import { useMemo, useRef, useState } from 'react';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { paletteItems } from '../codebook/palette-search';
import { shortcutLabel } from '../format/shortcut-label';
import { ModalDialog } from '../shell/ModalDialog';
import { useWorkspace } from '../shell/workspace-context';
import { readOnlyReasonNow } from '../storage/write-guard';
import type { TagHit } from './search-protocol';
import { describeTagPlan, planTagResults } from './tag-results';
import { tagResultsReads } from './tag-results-reads';
import '../styles/tag-all.css';

interface TagAllResultsProps {
  /** The search's hits and the articles they are in (its summary's counts). */
  hits: number;
  articles: number;
  /** Where each hit is: asked of the search worker, which keeps the rows, at the start. */
  loadHits(): Promise<TagHit[]>;
  codebook: CodebookIndex;
  onClose(): void;
}

type Run =
  | { kind: 'choosing' }
  | { kind: 'preparing'; done: number; total: number }
  | { kind: 'writing'; count: number }
  | { kind: 'done'; message: string; canUndo: boolean }
  | { kind: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function TagAllResults({ hits, articles, loadHits, codebook, onClose }: TagAllResultsProps) {
  const { analyst, history } = useWorkspace();
  const items = useMemo(() => paletteItems(codebook, '', { scope: 'span' }), [codebook]);
  const [itemId, setItemId] = useState(items[0]?.item.id ?? '');
  const [run, setRun] = useState<Run>({ kind: 'choosing' });
  const abort = useRef<AbortController | null>(null);
  const articleCount = articles;
  const isBusy = run.kind === 'preparing' || run.kind === 'writing';

  const start = async () => {
    const item = items.find((entry) => entry.item.id === itemId)?.item;
    if (!item) return;
    const readOnly = readOnlyReasonNow();
    if (readOnly !== null)
      return setRun({ kind: 'failed', message: `Nothing was tagged: ${readOnly}` });
    const controller = new AbortController();
    abort.current = controller;
    setRun({ kind: 'preparing', done: 0, total: articleCount });
    try {
      const rows = await loadHits();
      controller.signal.throwIfAborted();
      const plan = await planTagResults(
        rows,
        item,
        {
          author: analyst.id,
          codebook: { codebookId: codebook.codebook.id, version: codebook.codebook.version },
        },
        tagResultsReads(analyst.id, item.id),
        {
          signal: controller.signal,
          onProgress: (done, total) => setRun({ kind: 'preparing', done, total }),
        },
      );
      if (typeof plan === 'string') return setRun({ kind: 'failed', message: plan });
      setRun({ kind: 'writing', count: plan.tagged });
      // One step of the history: written in one transaction, undone as one.
      if (plan.tagged > 0) await history.apply(plan.change);
      setRun({
        kind: 'done',
        message: `${describeTagPlan(plan)}${plan.tagged > 0 ? ` ${shortcutLabel('Mod+Z')} in the library or reader undoes it.` : ''}`,
        canUndo: plan.tagged > 0,
      });
    } catch (error) {
      setRun(
        controller.signal.aborted
          ? { kind: 'failed', message: 'Cancelled: nothing was tagged.' }
          : { kind: 'failed', message: `Nothing was tagged: ${messageOf(error)}` },
      );
    } finally {
      abort.current = null;
    }
  };

  const undo = () =>
    history.undo().then(
      (label) =>
        setRun({
          kind: 'done',
          message: label ? `Undone: ${label}.` : 'Nothing to undo.',
          canUndo: false,
        }),
      (error: unknown) => setRun({ kind: 'failed', message: `Not undone: ${messageOf(error)}` }),
    );

  const close = () => {
    abort.current?.abort();
    onClose();
  };

  return (
    <ModalDialog className="tag-all-dialog" labelledBy="tag-all-title" onClose={close}>
      <h2 id="tag-all-title">Tag all results</h2>
      <p>
        {hits.toLocaleString('en')} {hits === 1 ? 'hit' : 'hits'} in{' '}
        {articleCount.toLocaleString('en')} {articleCount === 1 ? 'article' : 'articles'}, tagged as
        yours in one step.
      </p>
      <label className="tag-all-label">
        Label
        <select
          value={itemId}
          disabled={isBusy || run.kind === 'done'}
          onChange={(event) => setItemId(event.target.value)}
        >
          {items.map((entry) => (
            <option key={entry.item.id} value={entry.item.id}>
              {entry.path}
            </option>
          ))}
        </select>
      </label>
      <div className="tag-all-progress" aria-live="polite">
        {run.kind === 'preparing' && (
          <>
            <progress
              aria-label="Preparing the tags"
              max={Math.max(1, run.total)}
              value={run.done}
            />
            <span>
              Reading {run.done.toLocaleString('en')} of {run.total.toLocaleString('en')} articles…
            </span>
          </>
        )}
        {run.kind === 'writing' && (
          <span>Writing {run.count.toLocaleString('en')} annotations…</span>
        )}
        {run.kind === 'done' && <p role="status">{run.message}</p>}
        {run.kind === 'failed' && <p role="alert">{run.message}</p>}
      </div>
      <div className="dialog-actions">
        {run.kind === 'preparing' ? (
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel tagging
          </button>
        ) : (
          <button type="button" onClick={close} disabled={run.kind === 'writing'}>
            Close
          </button>
        )}
        {run.kind === 'done' && run.canUndo && (
          <button type="button" onClick={() => void undo()}>
            Undo
          </button>
        )}
        {(run.kind === 'choosing' || run.kind === 'failed') && (
          <button
            type="button"
            className="button-primary"
            disabled={itemId === '' || hits === 0}
            onClick={() => void start()}
          >
            Tag {hits.toLocaleString('en')} {hits === 1 ? 'result' : 'results'}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
