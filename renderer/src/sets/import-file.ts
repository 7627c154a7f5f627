/**
 * Importing a file the user picked, in two steps: read (refused by size before it is read,
 * then read by format, nothing written) so the dialog can say whose annotations it holds,
 * then stored in one transaction into the sets the analyst chose.
 */
import { LARGE_WRITE_ROWS } from '../backup/large-write';
import { readActiveCodebook } from '../store/codebook-repository';
import { readHeldAnnotationIdsAhead } from '../store/held-annotation-ids';
import {
  describeAuthorship,
  type FileAuthorship,
  type ImportDestination,
} from './import-destination';
import type { SetImportReport } from './import-report';
import { importIncomingSet } from './import-set';
import { fileText } from './file-text';
import { nestsTooDeep } from './nesting-check';
import { NATIVE_FORMAT_LABEL, readSetFile, readSetFolder, type ReadContext } from './read-set-file';
import type { IncomingSet, ReadOutcome } from './incoming-set';
import {
  applyLabelPlan,
  findUnknownLabels,
  planLabels,
  type LabelDecisions,
  type UnknownLabel,
} from './label-mapping';
import { newArticleKeys, withoutTexts } from './new-articles';
import { readOwnSets } from './own-sets';
import { describeFiles, EXPECTED_LAYOUTS } from './set-layout';
import { listLibraryArticlesWithText } from './set-repository';

/** Fewer bytes than any item of a set file takes (a span annotation in a brat file: ~20). */
const MIN_ITEM_BYTES = 16;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Files larger than this are refused without reading a byte. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export { labelMatcher } from './label-matcher';

export type FileImportOutcome =
  | {
      ok: true;
      report: SetImportReport;
      /** The snapshot taken before a large import (`store-with-snapshot.ts`): file and time. */
      snapshot?: { name: string; seconds: number };
    }
  | { ok: false; reason: string };

/** What the analyst picked: one file, or the files of a folder. */
export type SetSource = { kind: 'file'; file: File } | { kind: 'folder'; files: readonly File[] };

/** A file read, nothing written yet: what the dialog shows before the analyst imports it. */
export interface ReadSet {
  incoming: IncomingSet;
  /** When it was read: stamps what the import stores. */
  now: string;
  /** Whose annotations the file holds, for this profile (the analyst's? gold's?). */
  authorship: FileAuthorship;
  /** Labels no codebook item is named by and no decision covers: the mapping step's rows. */
  unknownLabels: UnknownLabel[];
  /** Articles whose text the file includes and the library lacks (added unless declined). */
  newArticles: number;
}

export type SetReadOutcome = { ok: true; read: ReadSet } | { ok: false; reason: string };

/**
 * Reads `source` with the active codebook, writing nothing. `colleagueName` names the author
 * of formats that carry none (brat, doccano, Label Studio, SemEval, W3C without creators).
 * `decisions` are the analyst's answers to the mapping step: labels mapped, added to the
 * codebook (the read then carries the new version to store) or kept raw and flagged.
 * Without `addNewArticles`, the texts of articles the library lacks are left out, so the
 * import adds no article (their annotations are then reported, unless found by quote).
 */
export async function readSetSource(
  source: SetSource,
  colleagueName: string,
  decisions: LabelDecisions = new Map(),
  addNewArticles = true,
): Promise<SetReadOutcome> {
  const bytes = source.kind === 'file' ? source.file.size : sum(source.files.map((f) => f.size));
  // A file that may write enough rows for a snapshot first: the ids the snapshot decision
  // needs are read while this page decodes and parses the file (`held-annotation-ids.ts`).
  if (bytes > LARGE_WRITE_ROWS * MIN_ITEM_BYTES) void readHeldAnnotationIdsAhead().catch(() => {});
  const outcome =
    source.kind === 'file'
      ? await readFile(source.file, colleagueName, decisions)
      : await readFolder(source.files, colleagueName, decisions);
  if (!outcome.ok) return outcome;
  const { now, unknownLabels } = outcome;
  const fresh = await newArticleKeys(outcome.incoming);
  const incoming = addNewArticles ? outcome.incoming : withoutTexts(outcome.incoming, fresh);
  const authorship = describeAuthorship(incoming, await readOwnSets());
  const newArticles = fresh.size;
  return { ok: true, read: { incoming, now, authorship, unknownLabels, newArticles } };
}

/**
 * Stores a read file in one transaction, into the sets `destination` names: colleagues'
 * sets only unless the analyst chose their own set or gold.
 */
export async function storeReadSet(
  read: ReadSet,
  destination: ImportDestination,
): Promise<FileImportOutcome> {
  const undecided = read.unknownLabels.length;
  if (undecided > 0) {
    const labels = undecided === 1 ? '1 label' : `${undecided} labels`;
    return { ok: false, reason: `Choose what ${labels} not in your codebook should become.` };
  }
  try {
    return { ok: true, report: await importIncomingSet(read.incoming, read.now, destination) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `Storing the set failed (${message}).` };
  }
}

type Read =
  | { ok: true; incoming: IncomingSet; now: string; unknownLabels: UnknownLabel[] }
  | { ok: false; reason: string };

/** Reads one file, refused by size before a byte is read. */
async function readFile(
  file: File,
  colleagueName: string,
  decisions: LabelDecisions,
): Promise<Read> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = Math.round(file.size / 1024 / 1024);
    return {
      ok: false,
      reason: `${file.name} is ${mb} MB; the largest set Sourcemark imports is 200 MB.`,
    };
  }
  const name = colleagueName.trim() || file.name.replace(/\..*$/, '');
  const known = nativeReads.get(file);
  if (known) return readWith(() => known, name, decisions);
  // A JSON file's depth is judged in a worker while this page decodes and parses it.
  const nesting = /\.(json|jsonld)$/i.test(file.name) ? nestsTooDeep(file) : undefined;
  const content = /\.(zip|qdpx)$/i.test(file.name)
    ? new Uint8Array(await file.arrayBuffer())
    : await fileText(file);
  return readWith(
    async (context) => {
      const outcome = await readSetFile(file.name, content, context, nesting);
      if (outcome.ok && outcome.incoming.formatLabel === NATIVE_FORMAT_LABEL)
        nativeReads.set(file, Promise.resolve(outcome));
      return outcome;
    },
    name,
    decisions,
  );
}

/**
 * Native sets read from each picked file, kept while the file is: the dialog reads a file
 * when it is picked, and reads it again with the analyst's label decisions or without the
 * articles they declined; a native set reads the same whatever the context, so it is
 * decoded and parsed once (100,000 annotations: seconds) and the decisions applied to it.
 * Other formats place their spans with the decisions, so they are read again.
 */
const nativeReads = new WeakMap<File, Promise<ReadOutcome>>();

/** The files a folder import reads (`set-layout.ts`); anything else is passed over. */
const FOLDER_FILE = /\.(txt|ann|conf|tsv|labels|jsonl)$/i;

/**
 * Reads a folder of brat (`.txt` + `.ann`), PTC or SemEval (`article<ID>.txt` and span
 * files, in subfolders as distributed) or doccano files, picked as a folder or as several
 * files: the same reading as their zip.
 */
async function readFolder(
  files: readonly File[],
  colleagueName: string,
  decisions: LabelDecisions,
): Promise<Read> {
  const wanted = files.filter((file) => FOLDER_FILE.test(file.name));
  const total = wanted.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_IMPORT_BYTES) {
    const mb = Math.round(total / 1024 / 1024);
    return { ok: false, reason: `The files add up to ${mb} MB; the largest set is 200 MB.` };
  }
  if (wanted.length === 0) {
    const found = describeFiles(files.map((file) => file.name));
    return { ok: false, reason: `Sourcemark reads ${EXPECTED_LAYOUTS}. This holds ${found}.` };
  }
  const read = await Promise.all(
    wanted.map(async (file) => ({
      // The path under the picked folder, so article<ID>.txt and X.txt/X.ann pair up.
      path: file.webkitRelativePath.split('/').slice(1).join('/') || file.name,
      content: await fileText(file),
    })),
  );
  const folder = files[0]?.webkitRelativePath.split('/')[0];
  const name = colleagueName.trim() || folder || 'colleague';
  return readWith((context) => readSetFolder(read, context), name, decisions);
}

/** Reads with the active codebook and the analyst's label decisions. */
async function readWith(
  read: (context: ReadContext) => Promise<ReadOutcome>,
  colleagueName: string,
  decisions: LabelDecisions,
): Promise<Read> {
  const plan = planLabels(await readActiveCodebook(), decisions);
  if (!plan.ok) return { ok: false, reason: plan.error };
  const now = new Date().toISOString();
  const outcome = await read({
    colleagueName,
    codebook: plan.value.ref,
    itemIdForLabel: plan.value.itemIdForLabel,
    now,
    libraryArticles: listLibraryArticlesWithText,
    codebookItems: plan.value.codebook.items,
  });
  if (!outcome.ok) return outcome;
  const incoming = applyLabelPlan(outcome.incoming, plan.value);
  return {
    ok: true,
    incoming,
    now,
    unknownLabels: findUnknownLabels(incoming, plan.value.codebook),
  };
}
