// @vitest-environment jsdom
import 'fake-indexeddb/auto';
/**
 * The Export dialog as the app opens it: usable before the workspace is set up (the first
 * seconds after start-up), and never showing a number it has not counted, nor exporting
 * from articles it has not finished finding.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { db } from '../db/db';
import type * as SetCounts from '../export/set-counts';
import type * as ArticleRepository from '../library/article-repository';
import type * as SettingsRepository from '../settings/settings-repository';
import { ANALYST, seedExportLibrary } from '../export/export-testing';
import { WorkspaceContext, type Workspace } from '../shell/workspace-context';
import type { EditHistory } from '../store/edit-history';
import { SetDialogs } from './SetDialogs';

/** Reads the test holds back: answered when the test says (the library read slowly). */
const held = vi.hoisted(() => ({
  setCount: null as null | Promise<void>,
  setCountAsked: 0,
  articleCountAsked: 0,
  articleCount: null as null | Promise<number>,
  summaries: null as null | Promise<never[]>,
  settings: null as null | Promise<void>,
}));

vi.mock('../export/set-counts', async (original) => {
  const actual = await original<typeof SetCounts>();
  return {
    ...actual,
    countSet: async (...args: Parameters<typeof actual.countSet>) => {
      held.setCountAsked += 1;
      await held.setCount;
      return actual.countSet(...args);
    },
    countArticles: () => {
      held.articleCountAsked += 1;
      return held.articleCount ?? actual.countArticles();
    },
  };
});
vi.mock('../settings/settings-repository', async (original) => {
  const actual = await original<typeof SettingsRepository>();
  return {
    ...actual,
    loadAppSettings: async () => {
      await held.settings;
      return actual.loadAppSettings();
    },
  };
});
vi.mock('../library/article-repository', async (original) => {
  const actual = await original<typeof ArticleRepository>();
  return {
    ...actual,
    listArticleSummaries: () => held.summaries ?? actual.listArticleSummaries(),
  };
});

/**
 * Waits for `assertion`, letting the reads answer in `act` (React renders an act's updates
 * when it ends, so each wait is an act of its own).
 */
async function until(assertion: () => void) {
  for (let tries = 0; ; tries++) {
    try {
      return assertion();
    } catch (error) {
      if (tries === 200) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }
}

/** A promise and its resolve, for a read answered later. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom has `<dialog>` without its modal behaviour.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
});

let root: Root | null = null;
let container: HTMLElement;

beforeEach(async () => {
  held.setCount = null;
  held.setCountAsked = 0;
  held.articleCountAsked = 0;
  held.articleCount = null;
  held.summaries = null;
  held.settings = null;
  await db.delete({ disableAutoOpen: false });
  await seedExportLibrary(8);
  // The profile's analyst as `getOrCreateAnalyst` stores it.
  await db.settings.put({ key: 'analyst', value: { id: ANALYST, name: 'Leyla Məmmədova' } });
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  container.remove();
});

/**
 * Opens Export as the top bar does: with no workspace yet (`WorkspaceContext` unset, the
 * first seconds after start-up), or with it set up.
 */
async function openExport(when: 'early' | 'set-up') {
  const workspace: Workspace | null =
    when === 'early'
      ? null
      : { analyst: { id: ANALYST, name: 'Leyla Məmmədova' }, history: {} as EditHistory };
  root = createRoot(container);
  await act(async () =>
    root!.render(
      <WorkspaceContext value={workspace}>
        <SetDialogs
          dialog={{ kind: 'export' }}
          appVersion="0.1.0"
          currentArticleId={null}
          onClose={() => {}}
        />
      </WorkspaceContext>,
    ),
  );
}

const exportButton = () =>
  [...container.querySelectorAll('button')].find((b) => b.textContent === 'Export');
const preview = () => container.querySelector('[aria-label="Export preview"]')?.textContent ?? '';
const analystTotal = async () =>
  (await db.annotations.toArray()).filter((a) => a.author === ANALYST).length;

it('opens and counts the set before the workspace is set up, Export enabled', async () => {
  const total = await analystTotal();
  await openExport('early');
  await until(() => expect(preview()).toContain(`${total} annotations →`));
  expect(exportButton()?.disabled).toBe(false);
});

it('says the library is being counted rather than showing 0 articles', async () => {
  const count = deferred<number>();
  held.articleCount = count.promise;
  await openExport('set-up');
  await until(() => expect(container.textContent).toContain('All articles (counting…)'));
  expect(container.textContent).not.toContain('All articles (0)');
  await act(async () => count.resolve(8));
  await until(() => expect(container.textContent).toContain('All articles (8)'));
});

it("asks the library's size after the set's count, which the dialog waits for", async () => {
  const setCount = deferred<void>();
  held.setCount = setCount.promise;
  await openExport('set-up');
  await until(() => expect(preview()).toContain('Counting the set…'));
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  expect(held.articleCountAsked).toBe(0);
  expect(container.textContent).toContain('All articles (counting…)');
  await act(async () => setCount.resolve());
  await until(() => expect(container.textContent).toContain('All articles (8)'));
  expect(preview()).toMatch(/\d+ annotations →/);
});

it('counts and exports nothing for a filter until the library is read', async () => {
  const summaries = deferred<never[]>();
  held.summaries = summaries.promise;
  await openExport('set-up');
  await until(() => expect(preview()).toMatch(/\d+ annotations →/));
  const filter = container.querySelector<HTMLInputElement>(
    'input[aria-label="Articles matching"]',
  )!;
  await act(async () => filter.focus());
  // The library not read yet: not "0 annotations", and Export cannot start.
  expect(preview()).toContain('Finding the chosen articles…');
  expect(preview()).not.toMatch(/\d+ annotations? →/);
  expect(container.textContent).toContain('(reading the library…)');
  expect(exportButton()?.disabled).toBe(true);
  // Read: an empty library matches nothing, counted as such.
  await act(async () => summaries.resolve([]));
  await until(() => expect(preview()).toContain('0 annotations →'));
  expect(exportButton()?.disabled).toBe(false);
});

it("exports in the analyst's default format, never the built-in one before the settings are read", async () => {
  await db.settings.put({ key: 'defaultExportFormat', value: 'w3c' });
  const settings = deferred<void>();
  held.settings = settings.promise;
  await openExport('set-up');
  // The set is counted meanwhile (at start-up each read waits its turn behind the
  // library's); the format is not known yet, so nothing is offered.
  await until(() => expect(held.setCountAsked).toBe(1));
  await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(exportButton()?.disabled).toBe(true);
  expect(preview()).not.toMatch(/\d+ annotations? →/);
  await act(async () => settings.resolve());
  await until(() => expect(exportButton()?.disabled).toBe(false));
  const formatSelect = [...container.querySelectorAll('select')].find((select) =>
    [...select.options].some((option) => option.value === 'w3c'),
  )!;
  expect(formatSelect.value).toBe('w3c');
});
