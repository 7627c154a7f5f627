/**
 * The import dialog's state. A picked file or folder is read at once, writing nothing, so
 * the dialog can say whose annotations it holds before the analyst chooses where they go;
 * Import then stores what was read (read again if the colleague's name changed since).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportDestination } from './import-destination';
import {
  readSetSource,
  storeReadSet,
  type FileImportOutcome,
  type SetReadOutcome,
  type SetSource,
} from './import-file';

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
  const [outcome, setOutcome] = useState<FileImportOutcome | null>(null);
  const reading = useRef<Reading | null>(null);

  const read = useCallback((next: SetSource, name: string) => {
    const promise = readSetSource(next, name);
    reading.current = { source: next, colleague: name, promise };
    // Only the latest reading shows: a slow earlier one must not replace it.
    void promise.then((result) => {
      if (reading.current?.promise === promise) setPreview(result);
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
    reading.current = null;
    if (next) void read(next, colleague);
  };

  /** Reads the file again once the colleague's name is settled, so the choices name them. */
  const refresh = () => {
    if (source && reading.current?.colleague !== colleague) void read(source, colleague);
  };

  const run = async () => {
    if (!source) return;
    setBusy(true);
    const current = reading.current;
    const isCurrent = current?.source === source && current.colleague === colleague;
    const result = isCurrent ? await current.promise : await read(source, colleague);
    setOutcome(result.ok ? await storeReadSet(result.read, destination) : result);
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
    isBusy,
    outcome,
    run,
  };
}
