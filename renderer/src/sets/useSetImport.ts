/**
 * The import dialog's state. A picked file or folder is read at once, writing nothing, so
 * the dialog can say whose annotations it holds, and which of its labels the codebook lacks,
 * before the analyst chooses where they go and what those labels become; Import then
 * stores what was read (read again with the label decisions, or if the colleague's name
 * changed since).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportDestination } from './import-destination';
import type { LabelDecision, UnknownLabel } from './label-mapping';
import { hostApiIfConnected } from '../host/host-api';
import { storeWithSnapshot, type ImportPhase } from './store-with-snapshot';
import {
  readSetSource,
  type FileImportOutcome,
  type SetReadOutcome,
  type SetSource,
} from './import-file';

const NONE: readonly UnknownLabel[] = [];

/** `held` with each undecided label that has a suggestion mapped to it (shown, changeable). */
function withSuggestions(
  held: ReadonlyMap<string, LabelDecision>,
  unknownLabels: readonly UnknownLabel[],
): ReadonlyMap<string, LabelDecision> {
  const next = new Map(held);
  for (const unknown of unknownLabels) {
    const suggested = unknown.suggestions[0];
    if (!next.has(unknown.label) && suggested)
      next.set(unknown.label, { kind: 'item', itemId: suggested });
  }
  return next;
}

interface Reading {
  source: SetSource;
  colleague: string;
  promise: Promise<SetReadOutcome>;
}

/** State and actions of the import dialog; `initialFile` is a file dropped on the window. */
export function useSetImport(initialFile?: File) {
  const [source, setSource] = useState<SetSource | null>(
    initialFile ? { kind: 'file', file: initialFile } : null,
  );
  const [colleague, setColleague] = useState('');
  const [destination, setDestination] = useState<ImportDestination>('colleague');
  const [preview, setPreview] = useState<SetReadOutcome | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [phase, setPhase] = useState<ImportPhase | null>(null);
  const [outcome, setOutcome] = useState<FileImportOutcome | null>(null);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, LabelDecision>>(new Map());
  const [addNewArticles, setAddNewArticles] = useState(true);
  const reading = useRef<Reading | null>(null);
  const unknownLabels = preview?.ok ? preview.read.unknownLabels : NONE;

  const read = useCallback((next: SetSource, name: string) => {
    const promise = readSetSource(next, name);
    reading.current = { source: next, colleague: name, promise };
    // Only the latest reading shows: a slow earlier one must not replace it.
    void promise.then((result) => {
      if (reading.current?.promise !== promise) return;
      setPreview(result);
      if (result.ok) setDecisions((held) => withSuggestions(held, result.read.unknownLabels));
    });
    return promise;
  }, []);

  useEffect(() => {
    if (initialFile) void read({ kind: 'file', file: initialFile }, '');
  }, [initialFile, read]);

  /** A new file or folder (or none): read it, and go back to the default destination. */
  const pick = (next: SetSource | null) => {
    setSource(next);
    setDestination('colleague');
    setOutcome(null);
    setPreview(null);
    setDecisions(new Map());
    setAddNewArticles(true);
    reading.current = null;
    if (next) void read(next, colleague);
  };

  /** Reads the file again once the colleague's name is settled, so the choices name them. */
  const refresh = () => {
    if (source && reading.current?.colleague !== colleague) void read(source, colleague);
  };

  /** Sets (or, with `undefined`, clears) what an unknown label becomes. */
  const decide = (label: string, decision: LabelDecision | undefined) => {
    setDecisions((held) => {
      const next = new Map(held);
      if (decision) next.set(label, decision);
      else next.delete(label);
      return next;
    });
  };

  const undecided = unknownLabels.filter((unknown) => !decisions.has(unknown.label)).length;

  const run = async () => {
    if (!source) return;
    setBusy(true);
    const current = reading.current;
    const isCurrent = current?.source === source && current.colleague === colleague;
    // Decisions apply while reading (a label's item is part of a text format's content id):
    // the file is read again with them, and the preview keeps the labels it asked about.
    const chosen = new Map(
      [...decisions].filter(([label]) => unknownLabels.some((u) => u.label === label)),
    );
    const result =
      chosen.size > 0 || !addNewArticles
        ? await readSetSource(source, colleague, chosen, addNewArticles)
        : isCurrent
          ? await current.promise
          : await read(source, colleague);
    setOutcome(
      result.ok
        ? await storeWithSnapshot(hostApiIfConnected(), result.read, destination, setPhase)
        : result,
    );
    setPhase(null);
    setBusy(false);
  };

  return {
    source,
    pick,
    colleague,
    setColleague,
    refresh,
    destination,
    setDestination,
    preview,
    unknownLabels,
    decisions,
    decide,
    undecided,
    addNewArticles,
    setAddNewArticles,
    isBusy,
    phase,
    outcome,
    run,
  };
}
