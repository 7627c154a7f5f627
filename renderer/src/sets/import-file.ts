/**
 * Importing a file the user picked: refused by size before it is read, read by format,
 * then stored in one transaction. Nothing of the profile changes unless the file is read.
 */
import type { CodebookRef } from '../annotation/types';
import type { Codebook } from '../codebook/codebook-types';
import { readActiveCodebook } from '../store/codebook-repository';
import type { SetImportReport } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile, readSetFolder, type ReadContext } from './read-set-file';
import type { IncomingSet, ReadOutcome } from './incoming-set';
import { listLibraryArticlesWithText } from './set-repository';

/** Files larger than this are refused without reading a byte. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type FileImportOutcome =
  { ok: true; report: SetImportReport } | { ok: false; reason: string };

/**
 * Reads and stores `file`. `colleagueName` names the author of formats that carry none
 * (brat, doccano, Label Studio, SemEval, W3C without creators).
 */
export async function importSetFile(file: File, colleagueName: string): Promise<FileImportOutcome> {
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
  return readAndStore((context) => readSetFile(file.name, content, context), name);
}

/** The files a folder import reads; anything else in the folder is passed over. */
const FOLDER_FILE = /\.(txt|ann|tsv)$/i;

/**
 * Reads and stores a folder of brat (`.txt` + `.ann`) or SemEval (`article<ID>.txt` and a
 * span TSV) files, picked as a folder or as several files: the same reading as their zip.
 */
export async function importSetFolder(
  files: readonly File[],
  colleagueName: string,
): Promise<FileImportOutcome> {
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
  return readAndStore((context) => readSetFolder(read, context), name);
}

/** Reads with the active codebook, then stores the set in one transaction. */
async function readAndStore(
  read: (context: ReadContext) => Promise<ReadOutcome>,
  colleagueName: string,
): Promise<FileImportOutcome> {
  const codebook = await readActiveCodebook();
  const now = new Date().toISOString();
  const outcome = await read({
    colleagueName,
    codebook: { codebookId: codebook.id, version: codebook.version } satisfies CodebookRef,
    itemIdForLabel: labelMatcher(codebook),
    now,
    libraryArticles: listLibraryArticlesWithText,
  });
  if (!outcome.ok) return outcome;
  return store(outcome.incoming, now);
}

async function store(incoming: IncomingSet, now: string): Promise<FileImportOutcome> {
  try {
    return { ok: true, report: await importIncomingSet(incoming, now) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `Nothing was imported: storing the set failed (${message}).` };
  }
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
