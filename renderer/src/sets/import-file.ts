/**
 * Importing a file the user picked, in two steps: read (refused by size before it is read,
 * then read by format, nothing written) so the dialog can say whose annotations it holds,
 * then stored in one transaction into the sets the analyst chose.
 */
import type { CodebookRef } from '../annotation/types';
import type { Codebook } from '../codebook/codebook-types';
import { readActiveCodebook } from '../store/codebook-repository';
import {
  describeAuthorship,
  type FileAuthorship,
  type ImportDestination,
} from './import-destination';
import type { SetImportReport } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile, readSetFolder, type ReadContext } from './read-set-file';
import type { IncomingSet, ReadOutcome } from './incoming-set';
import { readOwnSets } from './own-sets';
import { listLibraryArticlesWithText } from './set-repository';

/** Files larger than this are refused without reading a byte. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type FileImportOutcome =
  { ok: true; report: SetImportReport } | { ok: false; reason: string };

/** What the analyst picked: one file, or the files of a folder. */
export type SetSource = { kind: 'file'; file: File } | { kind: 'folder'; files: readonly File[] };

/** A file read, nothing written yet: what the dialog shows before the analyst imports it. */
export interface ReadSet {
  incoming: IncomingSet;
  /** When it was read: stamps what the import stores. */
  now: string;
  /** Whose annotations the file holds, for this profile (the analyst's? gold's?). */
  authorship: FileAuthorship;
}

export type SetReadOutcome = { ok: true; read: ReadSet } | { ok: false; reason: string };

/**
 * Reads `source` with the active codebook, writing nothing. `colleagueName` names the author
 * of formats that carry none (brat, doccano, Label Studio, SemEval, W3C without creators).
 */
export async function readSetSource(
  source: SetSource,
  colleagueName: string,
): Promise<SetReadOutcome> {
  const outcome =
    source.kind === 'file'
      ? await readFile(source.file, colleagueName)
      : await readFolder(source.files, colleagueName);
  if (!outcome.ok) return outcome;
  const { incoming, now } = outcome;
  return {
    ok: true,
    read: { incoming, now, authorship: describeAuthorship(incoming, await readOwnSets()) },
  };
}

/**
 * Stores a read file in one transaction, into the sets `destination` names: colleagues'
 * sets only unless the analyst chose their own set or gold.
 */
export async function storeReadSet(
  read: ReadSet,
  destination: ImportDestination,
): Promise<FileImportOutcome> {
  try {
    return { ok: true, report: await importIncomingSet(read.incoming, read.now, destination) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `Nothing was imported: storing the set failed (${message}).` };
  }
}

type Read = { ok: true; incoming: IncomingSet; now: string } | { ok: false; reason: string };

/** Reads one file, refused by size before a byte is read. */
async function readFile(file: File, colleagueName: string): Promise<Read> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = Math.round(file.size / 1024 / 1024);
    return {
      ok: false,
      reason: `${file.name} is ${mb} MB; the largest set Sourcemark imports is 200 MB.`,
    };
  }
  const content = file.name.toLowerCase().endsWith('.zip')
    ? new Uint8Array(await file.arrayBuffer())
    : await file.text();
  const name = colleagueName.trim() || file.name.replace(/\..*$/, '');
  return readWith((context) => readSetFile(file.name, content, context), name);
}

/** The files a folder import reads; anything else in the folder is passed over. */
const FOLDER_FILE = /\.(txt|ann|tsv)$/i;

/**
 * Reads a folder of brat (`.txt` + `.ann`) or SemEval (`article<ID>.txt` and a span TSV)
 * files, picked as a folder or as several files: the same reading as their zip.
 */
async function readFolder(files: readonly File[], colleagueName: string): Promise<Read> {
  const wanted = files.filter((file) => FOLDER_FILE.test(file.name));
  const total = wanted.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_IMPORT_BYTES) {
    const mb = Math.round(total / 1024 / 1024);
    return { ok: false, reason: `The files add up to ${mb} MB; the largest set is 200 MB.` };
  }
  if (wanted.length === 0) {
    return { ok: false, reason: 'The folder holds no .txt, .ann or .tsv files.' };
  }
  const read = await Promise.all(
    wanted.map(async (file) => ({
      // The path under the picked folder, so article<ID>.txt and X.txt/X.ann pair up.
      path: file.webkitRelativePath.split('/').slice(1).join('/') || file.name,
      content: await file.text(),
    })),
  );
  const folder = files[0]?.webkitRelativePath.split('/')[0];
  const name = colleagueName.trim() || folder || 'colleague';
  return readWith((context) => readSetFolder(read, context), name);
}

/** Reads with the active codebook. */
async function readWith(
  read: (context: ReadContext) => Promise<ReadOutcome>,
  colleagueName: string,
): Promise<Read> {
  const codebook = await readActiveCodebook();
  const now = new Date().toISOString();
  const outcome = await read({
    colleagueName,
    codebook: { codebookId: codebook.id, version: codebook.version } satisfies CodebookRef,
    itemIdForLabel: labelMatcher(codebook),
    now,
    libraryArticles: listLibraryArticlesWithText,
  });
  return outcome.ok ? { ok: true, incoming: outcome.incoming, now } : outcome;
}

/** The codebook item whose label, id or external label equals `label` (case-insensitive). */
export function labelMatcher(codebook: Codebook): (label: string) => string | undefined {
  const index = new Map<string, string>();
  for (const item of codebook.items) {
    for (const name of [item.id, item.label, ...Object.values(item.externalLabels)]) {
      if (name && !index.has(name.toLowerCase())) index.set(name.toLowerCase(), item.id);
    }
  }
  return (label) => index.get(label.toLowerCase());
}
