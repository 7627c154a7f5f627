// @vitest-environment jsdom
/**
 * The view of writes under way: a tag is drawn in one render of the key press that made it,
 * once its write is issued and before it is answered, and taken away again if the write
 * fails, with nothing left to undo. The history is real; its writer is held open, then let through or refused.
 */
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, ArticleId } from '../annotation/types';
import { creation, type ChangeSet } from '../store/change-set';
import { EditHistory } from '../store/edit-history';
import { spanAnnotationOf } from '../testing/annotation-records';
import { useOptimisticAnnotations } from './useOptimisticAnnotations';

const article = 'article-1' as ArticleId;
const TEXT = 'Le ministre a dit que la coopération se renforce.';
const stored: readonly Annotation[] = [];

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

/**
 * A writer that answers only when told: `settle(null)` stores, `settle(error)` refuses.
 * (Its edits are the fixed change sets of these tests.)
 */
function heldWriter() {
  let answer: ((error: Error | null) => void) | null = null;
  let asked: Error | null | undefined;
  // Announces the change as `writeEdit` does, once its requests would be issued.
  const write = (edit: unknown, willWrite: (change: ChangeSet) => void) =>
    new Promise<ChangeSet>((resolve, reject) => {
      willWrite(edit as ChangeSet);
      answer = (error) => (error ? reject(error) : resolve(edit as ChangeSet));
      if (asked !== undefined) answer(asked);
    });
  // The history starts the write some microtasks after `apply`: told before, it answers then.
  const settle = (error: Error | null) => (answer ? answer(error) : (asked = error));
  return { write, settle };
}

/** Renders the view; answers what each render showed and a trigger run in one React batch. */
function renderView(history: EditHistory) {
  const renders: string[][] = [];
  let press: (change: ChangeSet) => Promise<ChangeSet> = async (change) => change;
  function View() {
    const shown = useOptimisticAnnotations(stored, history, article);
    const [presses, setPresses] = useState(0);
    press = (change) => {
      // As a key press does: its own state change drawn with the tag, in one render.
      return history.apply(change, () => setPresses(presses + 1));
    };
    renders.push(shown.map((row) => row.id));
    return null;
  }
  root = createRoot(document.createElement('div'));
  act(() => root!.render(<View />));
  return { renders, press: (change: ChangeSet) => press(change) };
}

describe('useOptimisticAnnotations', () => {
  it('draws a new tag in the key press’s own render, before its write is answered', async () => {
    const writer = heldWriter();
    const history = new EditHistory(writer.write);
    const view = renderView(history);
    const before = view.renders.length;
    let applied: Promise<ChangeSet> = Promise.resolve(creation('', []));
    // The key press's task: its microtasks run, no write is answered.
    await act(async () => {
      applied = view.press(creation('Tag', [spanAnnotationOf('a', article, TEXT, 3, 11)]));
    });
    // One render for the key press, and the tag is in it.
    expect(view.renders.slice(before)).toEqual([['a']]);
    await act(async () => writer.settle(null));
    await applied;
    expect(history.getState().undoLabel).toBe('Tag');
  });

  it('takes a tag away again when its write fails, and leaves nothing to undo', async () => {
    const writer = heldWriter();
    const history = new EditHistory(writer.write);
    const view = renderView(history);
    let applied: Promise<ChangeSet> = Promise.resolve(creation('', []));
    await act(async () => {
      applied = view.press(creation('Tag', [spanAnnotationOf('a', article, TEXT, 3, 11)]));
    });
    expect(view.renders.at(-1)).toEqual(['a']);
    const failed = expect(applied).rejects.toThrow('disk full');
    await act(async () => writer.settle(new Error('disk full')));
    await failed;
    expect(view.renders.at(-1)).toEqual([]);
    expect(history.getState().undoLabel).toBeNull();
    expect(await history.undo()).toBeNull();
  });
});
