/**
 * Importing a file the user picked: refused by size before it is read, read by format,
 * then stored in one transaction. Nothing of the profile changes unless the file is read.
 */
import type { CodebookRef } from '../annotation/types';
import type { Codebook } from '../codebook/codebook-types';
import { readActiveCodebook } from '../store/codebook-repository';
import type { SetImportReport } from './import-report';
import { importIncomingSet } from './import-set';
import { readSetFile } from './read-set-file';
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
  const codebook = await readActiveCodebook();
  const content = file.name.toLowerCase().endsWith('.zip')
    ? new Uint8Array(await file.arrayBuffer())
    : await file.text();
  const now = new Date().toISOString();
  const read = await readSetFile(file.name, content, {
    colleagueName: colleagueName.trim() || file.name.replace(/\..*$/, ''),
    codebook: { codebookId: codebook.id, version: codebook.version } satisfies CodebookRef,
    itemIdForLabel: labelMatcher(codebook),
    now,
    libraryArticles: listLibraryArticlesWithText,
  });
  if (!read.ok) return read;
  try {
    return { ok: true, report: await importIncomingSet(read.incoming, now) };
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
