// @vitest-environment jsdom
/**
 * What one addition costs must not grow with the article's annotations (issue 16: an
 * addition on a 50,000-annotation article took 1.5× what it took on a 1,000-annotation
 * one). Counted, not timed: the rows read back from IndexedDB after the write, the
 * paragraphs of the reader whose DOM changed, and the rows the focus lookup looks at when
 * the focus moves to the new annotation, as the workspace does after a tag. The same
 * additions on an article with few annotations and on one with forty times as many must
 * do the same work. Real parts: Dexie over fake-indexeddb, the article feed, the
 * derivation of the analyst's marks, and the Lexical reader in jsdom.
 */
import 'fake-indexeddb/auto';
import { act, useEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation, ArticleId, AuthorId } from '../annotation/types';
import { indexCodebook } from '../codebook/codebook-lookup';
import { testCodebook } from '../codebook/test-codebook';
import { db } from '../db/db';
import { writeChangeSet } from '../store/annotation-repository';
import { creation } from '../store/change-set';
import { spanAnnotationOf } from '../testing/annotation-records';
import { AnnotationEditor } from './AnnotationEditor';
import { createRowLookup } from './row-lookup';
import { createSpanOf } from './span-layers';
import { useArticleAnnotations } from './useArticleAnnotations';
import { useMyAnnotations } from './useMyAnnotations';

const LINE_COUNT = 200;
const LINES = Array.from(
  { length: LINE_COUNT },
  (_, i) => `Line ${String(i).padStart(3, '0')}: ${'lorem ipsum dolor sit amet '.repeat(8)}`,
);
const TEXT = LINES.join('\n');
const lineStart = (line: number) => TEXT.indexOf(LINES[line]!);
const author = 'analyst-1' as AuthorId;
const codebook = indexCodebook(testCodebook());

/** Rows the annotation table hands out, counted by a Dexie middleware. */
const reads = { rows: 0 };

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  globalThis.requestAnimationFrame ??= (callback) =>
    setTimeout(() => callback(performance.now()), 0);
  globalThis.cancelAnimationFrame ??= (handle) => clearTimeout(handle);
  globalThis.requestIdleCallback ??= (callback) =>
    setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 0) as never;
  globalThis.cancelIdleCallback ??= (handle) => clearTimeout(handle);
  db.use({
    stack: 'dbcore',
    name: 'count-annotation-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'annotations') return table;
        return {
          ...table,
          get: async (request) => {
            const row = await table.get(request);
            if (row !== undefined) reads.rows++;
            return row;
          },
          getMany: async (request) => {
            const rows = await table.getMany(request);
            reads.rows += rows.filter((row) => row !== undefined).length;
            return rows;
          },
          query: async (request) => {
            const answer = await table.query(request);
            reads.rows += answer.result.length;
            return answer;
          },
        };
      },
    }),
  });
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

let unmount: (() => void) | null = null;
afterEach(() => {
  unmount?.();
  unmount = null;
  document.body.innerHTML = '';
});

/** The analyst's list as the workspace's focus lookup sees it, published for the test. */
const probe: { mine: readonly Annotation[] } = { mine: [] };

/** The reader as the workspace feeds it: the article's rows, this analyst's marks. */
function Reader({ articleId }: { articleId: ArticleId }) {
  const loaded = useArticleAnnotations(articleId);
  const rows = useMemo(() => loaded?.rows ?? [], [loaded]);
  const { mine, placed } = useMyAnnotations(rows, author);
  const spanOf = useMemo(() => createSpanOf(codebook), []);
  const layers = useMemo(() => [{ key: 'mine', rows: placed, spanOf }], [placed, spanOf]);
  useEffect(() => {
    probe.mine = mine;
  }, [mine]);
  if (!loaded) return null;
  return (
    <AnnotationEditor
      text={TEXT}
      layers={layers}
      spansBefore={loaded.spansBefore}
      focusedId={null}
      onSelectionChange={() => {}}
      onMarkClick={() => {}}
      onHover={() => {}}
    />
  );
}

async function waitFor(isDone: () => boolean) {
  for (let tries = 0; tries < 400 && !isDone(); tries++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  expect(isDone()).toBe(true);
}

/** `count` annotations spread over every line, a few per line, some overlapping. */
function seedAnnotations(articleId: ArticleId, count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => {
    const line = i % LINE_COUNT;
    const at = lineStart(line) + 10 + ((Math.floor(i / LINE_COUNT) * 7) % 150);
    return spanAnnotationOf(`${articleId}-seed-${i}`, articleId, TEXT, at, at + 5 + (i % 4));
  });
}

interface Work {
  rowsRead: number[];
  paragraphsChanged: number[];
  idsLookedAt: number[];
  /** Arrays as long as the article's annotations copied (`slice`, `toSpliced`, `concat`). */
  longCopies: number[];
}

/** Counts copies of `atLeast` items or more made while `copies.on`. */
const copies = { on: false, atLeast: Infinity, count: 0 };
for (const method of ['slice', 'toSpliced', 'concat'] as const) {
  const original = Array.prototype[method] as (...args: unknown[]) => unknown;
  Object.defineProperty(Array.prototype, method, {
    value: function (this: unknown[], ...args: unknown[]) {
      const copy = original.apply(this, args);
      if (copies.on && (copy as unknown[]).length >= copies.atLeast) copies.count++;
      return copy;
    },
    writable: true,
    configurable: true,
  });
}

/** Opens an article with `count` annotations and makes five additions, counting each one's work. */
async function additionsOn(count: number): Promise<Work> {
  const articleId = `article-${count}` as ArticleId;
  const seeded = seedAnnotations(articleId, count);
  await writeChangeSet(creation('seed', seeded));
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  unmount = () => act(() => root.unmount());
  act(() => root.render(<Reader articleId={articleId} />));
  const marks = () => container.querySelectorAll('.sm-mark').length;
  const paragraphs = () => container.querySelectorAll('.article-text p').length;
  await waitFor(() => paragraphs() === LINE_COUNT && marks() > 0 && probe.mine.length === count);
  // Idle work after the open (Lexical upkeep) is done before counting.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

  const changed = new Set<Element>();
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      const paragraph = target?.closest('p');
      if (paragraph) changed.add(paragraph);
    }
  });
  observer.observe(container.querySelector('.article-text')!, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });

  // The workspace's focus lookup, counting the rows whose id it reads.
  const findRow = createRowLookup<Annotation>();
  const idsRead = { count: 0 };
  // Counted through the rows' id: a proxy over the list would hide the list's notes.
  for (const row of probe.mine) countIdReads(row, idsRead);
  findRow(probe.mine, seeded[0]!.id);

  const work: Work = { rowsRead: [], paragraphsChanged: [], idsLookedAt: [], longCopies: [] };
  copies.atLeast = count;
  for (let addition = 0; addition < 5; addition++) {
    const line = 20 + addition * 30;
    const at = lineStart(line) + 1;
    const added = spanAnnotationOf(`${articleId}-added-${addition}`, articleId, TEXT, at, at + 3);
    const before = probe.mine;
    reads.rows = 0;
    changed.clear();
    copies.count = 0;
    copies.on = true;
    await act(() => writeChangeSet(creation('tag', [added])));
    await waitFor(
      () =>
        probe.mine !== before &&
        container.querySelector(`[data-ids~="${articleId}-added-${addition}"]`) !== null,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    copies.on = false;
    work.longCopies.push(copies.count);
    work.rowsRead.push(reads.rows);
    work.paragraphsChanged.push(changed.size);
    // After a tag the focus moves to the new annotation.
    for (const row of probe.mine) countIdReads(row, idsRead);
    idsRead.count = 0;
    expect(findRow(probe.mine, added.id)?.id).toBe(added.id);
    work.idsLookedAt.push(idsRead.count);
  }
  observer.disconnect();
  return work;
}

/** Counts reads of `row.id` in `reads.count` (once per row: later calls do nothing). */
function countIdReads(row: Annotation, reads: { count: number }) {
  if (Object.getOwnPropertyDescriptor(row, 'id')?.get) return;
  const id = row.id;
  Object.defineProperty(row, 'id', {
    get: () => {
      reads.count++;
      return id;
    },
    enumerable: true,
    configurable: true,
  });
}

describe('one addition', () => {
  it('reads, redraws and searches as much on an article of 2,000 annotations as on one of 50', async () => {
    const few = await additionsOn(50);
    unmount?.();
    unmount = null;
    const many = await additionsOn(2_000);
    // Each addition reads back its own row, redraws its own line, and finds its row by id.
    expect(few.rowsRead).toEqual([1, 1, 1, 1, 1]);
    expect(many.rowsRead).toEqual(few.rowsRead);
    expect(few.paragraphsChanged).toEqual([1, 1, 1, 1, 1]);
    expect(many.paragraphsChanged).toEqual(few.paragraphsChanged);
    expect(many.idsLookedAt).toEqual(few.idsLookedAt);
    expect(Math.max(...many.idsLookedAt)).toBeLessThanOrEqual(2);
    // The feed's patched list is the one copy of the article's list; the analyst's lists
    // and the reader's marks follow it without copies of their own.
    expect(many.longCopies).toEqual([1, 1, 1, 1, 1]);
  }, 60_000);
});
