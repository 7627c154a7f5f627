/**
 * The statistics view's figures, read and counted without holding the page: the corpus is
 * read a page at a time (`readStatsSnapshot`: stored totals, not every annotation), kept for
 * the next opening with what is written since read again (`stats-snapshot-store.ts`), and
 * merged a slice at a time (`tallySteps`),
 * the event loop getting a turn after each, with how far it is for the view to say. A write
 * to what the figures count reads again; a change of selection counts again from what was
 * read. The figures shown stay until the new ones are ready.
 */
import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useMemo, useState } from 'react';
import type { CodebookIndex } from '../codebook/codebook-lookup';
import { primaryKeyPart, touchesAny } from '../db/mutated-keys';
import { tallySteps, type CorpusStats } from './corpus-stats';
import { currentStatsSnapshot, readCurrentStatsSnapshot } from './stats-snapshot-store';
import { statsArticleOf, statsInputOf, type StatsSnapshot } from './stats-source';

/** What is being done, and how much of it: rows and totals read, then articles counted. */
export interface StatsProgress {
  phase: 'reading' | 'counting';
  done: number;
  total: number;
}

/** The selection: one outlet and one language, `''` for all. */
export interface StatsSelection {
  outlet: string;
  language: string;
}

export interface CorpusStatsState {
  /** The latest figures; `undefined` until the first are counted. */
  stats: CorpusStats | undefined;
  /** While reading or counting; `null` when the figures are current. */
  progress: StatsProgress | null;
  /** The outlets and languages the selection can pick, sorted. */
  choices: { outlets: string[]; languages: string[] };
  /** Set when a read failed. */
  error: string | null;
}

// Every annotation write changes a tally in its transaction, every article write its row.
const COUNTED_TABLES = ['articleRows', 'articleTallies', 'articleStatuses', 'analysts'];

/** A turn of the event loop: paints and input run before the next step. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The snapshot, read again after each write to a counted table. `onProgress`: a state setter. */
function useStatsSnapshot(onProgress: (progress: StatsProgress) => void) {
  // An opening with nothing written since the last one counts at once, without a read.
  const [snapshot, setSnapshot] = useState<StatsSnapshot | undefined>(currentStatsSnapshot);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const parts = COUNTED_TABLES.map(primaryKeyPart);
    const onMutated = (changed: ObservabilitySet) => {
      if (touchesAny(changed, parts)) setGeneration((value) => value + 1);
    };
    Dexie.on.storagemutated.subscribe(onMutated);
    return () => Dexie.on.storagemutated.unsubscribe(onMutated);
  }, []);

  useEffect(() => {
    const stop = new AbortController();
    // Writes land in the same turn as others: a short pause reads once for a burst.
    const timer = setTimeout(
      () => {
        readCurrentStatsSnapshot(({ read, total }) => {
          if (!stop.signal.aborted) onProgress({ phase: 'reading', done: read, total });
        }).then(
          (read) => {
            if (stop.signal.aborted) return;
            setSnapshot(read);
            setError(null);
          },
          (failure: unknown) => {
            if (!stop.signal.aborted) setError(String(failure));
          },
        );
      },
      generation === 0 ? 0 : 100,
    );
    return () => {
      clearTimeout(timer);
      stop.abort();
    };
  }, [generation, onProgress]);

  return { snapshot, error };
}

/** The figures last counted, and from what: an opening that changes none of it shows them. */
interface Counted {
  snapshot: StatsSnapshot;
  /** The codebook's id and version: a version is never changed once stored. */
  codebook: string;
  self: string;
  outlet: string;
  language: string;
  stats: CorpusStats;
}

let lastCounted: Counted | null = null;

/**
 * The codebook counted with, by id and version: the view's codebook is read anew at each
 * opening (its feed stops with its last reader), the same version as a new object.
 */
function codebookKey({ codebook }: CodebookIndex): string {
  return `${codebook.id}\n${codebook.version}`;
}

/** The analyst as the figures name them (their own set's name). */
function selfKey(self: { id: string; name: string }): string {
  return `${self.id}\n${self.name}`;
}

function countedFor(
  snapshot: StatsSnapshot | undefined,
  codebook: CodebookIndex | undefined,
  self: { id: string; name: string },
  { outlet, language }: StatsSelection,
): CorpusStats | undefined {
  const last = lastCounted;
  if (!last || !codebook || last.snapshot !== snapshot) return undefined;
  if (last.codebook !== codebookKey(codebook)) return undefined;
  if (last.self !== selfKey(self)) return undefined;
  return last.outlet === outlet && last.language === language ? last.stats : undefined;
}

/** The statistics of `selection`, for the view (see the module comment). */
export function useCorpusStats(
  codebook: CodebookIndex | undefined,
  self: { id: string; name: string },
  selection: StatsSelection,
): CorpusStatsState {
  const [progress, setProgress] = useState<StatsProgress | null>(null);
  const { snapshot, error } = useStatsSnapshot(setProgress);
  const [stats, setStats] = useState<CorpusStats | undefined>(undefined);
  // Figures already counted from this very snapshot and selection show without a recount.
  const counted = countedFor(snapshot, codebook, self, selection);
  const { outlet, language } = selection;

  const choices = useMemo(() => {
    const articles = snapshot?.articles ?? [];
    const outlets = new Set(articles.map((a) => statsArticleOf(a).outlet).filter(Boolean));
    const languages = new Set(articles.map((a) => a.language));
    const sort = (values: Set<string>) => [...values].sort((a, b) => a.localeCompare(b));
    return { outlets: sort(outlets), languages: sort(languages) };
  }, [snapshot]);

  useEffect(() => {
    if (!snapshot || !codebook) return;
    if (countedFor(snapshot, codebook, self, { outlet, language })) return;
    let isCancelled = false;
    void (async () => {
      const all = outlet === '' && language === '';
      const selected = all
        ? null
        : new Set(
            snapshot.articles
              .filter((a) => outlet === '' || statsArticleOf(a).outlet === outlet)
              .filter((a) => language === '' || a.language === language)
              .map((a) => a.id as string),
          );
      const input = statsInputOf(snapshot, codebook, self, selected);
      const total = input.articles.length;
      const steps = tallySteps(input);
      for (;;) {
        const step = steps.next();
        if (step.done) {
          const figures = step.value;
          lastCounted = {
            snapshot,
            codebook: codebookKey(codebook),
            self: selfKey(self),
            outlet,
            language,
            stats: figures,
          };
          setStats(step.value);
          setProgress(null);
          return;
        }
        setProgress({ phase: 'counting', done: step.value, total });
        await nextTurn();
        if (isCancelled) return;
      }
    })();
    return () => {
      isCancelled = true;
    };
  }, [snapshot, codebook, self, outlet, language]);

  return { stats: counted ?? stats, progress, choices, error };
}
