// @vitest-environment jsdom
import 'fake-indexeddb/auto';
/**
 * The Export dialog is ready when the set is counted: what it reads for that, at 10,000
 * articles, is its wait (the export bench's "dialog ready").
 */
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuthorId } from '../annotation/types';
import { db } from '../db/db';
import type { ExportFormatId } from '../sets/export-formats';
import { useExportPreview, type ExportPreviewState } from '../sets/useExportPreview';
import { buildExport } from './build-export';
import { ANALYST, COLLEAGUE, seedExportLibrary } from './export-testing';
import { countSet } from './set-counts';

type Read = { table: string; what: 'rows' | 'keys' | 'count'; index: string; at: 'ask' | 'answer' };
/** Every read the database answered since the test began, as Dexie's middleware sees it. */
let reads: Read[] = [];

db.use({
  stack: 'dbcore',
  name: 'recorded-reads',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      const note = (what: Read['what'], index: string, at: Read['at']) =>
        reads.push({ table: name, what, index, at });
      return {
        ...table,
        get: async (request) => {
          note('rows', '', 'ask');
          const row = await table.get(request);
          note('rows', '', 'answer');
          return row;
        },
        getMany: async (request) => {
          note('rows', '', 'ask');
          const rows = await table.getMany(request);
          note('rows', '', 'answer');
          return rows;
        },
        query: async (request) => {
          const what = request.values ? 'rows' : 'keys';
          note(what, request.query.index.name ?? '', 'ask');
          const answer = await table.query(request);
          note(what, request.query.index.name ?? '', 'answer');
          return answer;
        },
        openCursor: async (request) => {
          note(request.values ? 'rows' : 'keys', request.query.index.name ?? '', 'ask');
          return table.openCursor(request);
        },
        count: async (request) => {
          note('count', request.query.index.name ?? '', 'ask');
          return table.count(request);
        },
      };
    },
  }),
});

const job = (author: AuthorId) => ({
  database: db.name,
  author,
  articles: { kind: 'all' } as const,
  format: 'native' as const,
  includeTexts: false,
  appVersion: '0.1.0',
  semevalScheme: 'semeval2023' as const,
  exportedAt: '2026-03-11T10:00:00.000Z',
});

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

beforeEach(async () => {
  await db.delete({ disableAutoOpen: false });
  await seedExportLibrary(8);
  reads = [];
});

/** Leaves the analyst the library's only author: the colleague's pack goes. */
async function withoutColleague() {
  await db.annotationPacks.clear();
  await db.annotationPackIds.clear();
  reads = [];
}

describe("the set's count", () => {
  it("is one row, the analyst's stored total: no article's total is walked or read", async () => {
    await withoutColleague();
    const counts = await countSet(ANALYST, { kind: 'all' });
    expect(reads.filter((r) => r.table === 'articleTallies')).toEqual([]);
    expect(reads.filter((r) => r.table === 'authorTotals' && r.at === 'ask')).toEqual([
      { table: 'authorTotals', what: 'rows', index: '', at: 'ask' },
    ]);
    expect(counts.selected).toBe((await buildExport(job(ANALYST), db)).selectedCount);
  });

  it('counts a write made since: an annotation added, then its article deleted', async () => {
    const first = await countSet(ANALYST, { kind: 'all' });
    const row = (await db.annotations
      .where('[author+kind]')
      .equals([ANALYST, 'document'])
      .first())!;
    await db.annotations.add({ ...row, id: 'added-later' as typeof row.id });
    expect((await countSet(ANALYST, { kind: 'all' })).selected).toBe(first.selected + 1);
    await db.annotations.where('[articleId+author]').equals([row.articleId, ANALYST]).delete();
    expect((await countSet(ANALYST, { kind: 'all' })).selected).toBe(
      (await buildExport(job(ANALYST), db)).selectedCount,
    );
  });

  it("is the analyst's alone when a colleague's set is stored too", async () => {
    const analyst = await countSet(ANALYST, { kind: 'all' });
    const colleague = await countSet(COLLEAGUE, { kind: 'all' });
    expect(analyst.selected).toBe((await buildExport(job(ANALYST), db)).selectedCount);
    expect(colleague.selected).toBe(2);
  });
});

/** The dialog's preview of `format` over the analyst's whole set, once counted. */
async function previewIn(format: ExportFormatId): Promise<ExportPreviewState> {
  let state: ExportPreviewState = { kind: 'counting' };
  const articles = { kind: 'all' } as const;
  function Probe() {
    state = useExportPreview({ author: ANALYST, articles, format });
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(Probe)));
  for (let tries = 0; state.kind === 'counting' && tries < 200; tries++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  act(() => root.unmount());
  return state;
}

describe("the preview's document-level count", () => {
  const documentCounts = () =>
    reads.filter((r) => r.table === 'annotations' && r.what === 'count').length;

  it('is not read for a format that keeps document-level annotations', async () => {
    const state = await previewIn('native');
    expect(state.kind).toBe('ready');
    expect(documentCounts()).toBe(0);
  });

  it('is read for a format that drops them, and shown', async () => {
    const state = await previewIn('brat');
    expect(documentCounts()).toBe(1);
    expect(state).toMatchObject({
      kind: 'ready',
      preview: { counted: expect.arrayContaining([expect.objectContaining({ count: 12 })]) },
    });
  });
});
