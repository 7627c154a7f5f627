/**
 * Reading an imported file of any supported format into an `IncomingSet`: the format is
 * told by the file's name and first bytes. The whole file is refused, with one clear
 * reason, when it is not JSON, nests too deeply, is from a newer Sourcemark, or is no
 * known format; single bad items are reported and the rest still read.
 */
import type { AuthorId, CodebookRef } from '../annotation/types';
import type { CodebookItem } from '../codebook/codebook-types';
import { importBrat } from '../formats/brat/brat-import';
import { looksLikeConll } from '../formats/conll/conll-lines';
import { importDoccano, importDoccanoFiles } from '../formats/doccano/doccano-import';
import { importLabelStudio } from '../formats/label-studio/label-studio-import';
import type { SetArticle } from '../formats/native/annotation-set';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from '../formats/native/json-depth';
import { NATIVE_TYPE, readNativeEnvelope, sizeRefusal } from '../formats/native/native-envelope';
import { importSemEval } from '../formats/semeval/semeval-import';
import type { ExportFile } from '../formats/shared/export-input';
import type { ImportItemResult } from '../formats/shared/import-result';
import { isObject } from '../formats/shared/json-object';
import { withoutLeadingBom } from '../formats/shared/leading-bom';
import { fromW3c } from '../formats/w3c/from-w3c';
import { contentId, incomingFromDrafts, type DraftContext } from './draft-annotations';
import type { IncomingAnnotation, IncomingSet, ReadOutcome } from './incoming-set';
import { readConll } from './read-conll';
import { readRefiQda } from './read-refi-qda';
import { passedOverNote, recogniseLayout } from './set-layout';
import { embeddedArticles } from './w3c-embedded-articles';
import { unzipTextFiles } from './zip-files';

/** What reading needs beside the file. */
export interface ReadContext {
  /** The name of whoever made a file that names no author (brat, doccano, …). */
  colleagueName: string;
  codebook: CodebookRef;
  itemIdForLabel: (label: string) => string | undefined;
  now: string;
  /** The library's articles with their texts, for anchoring W3C targets and matching CoNLL. */
  libraryArticles: () => Promise<SetArticle[]>;
  /**
   * The codebook's items, for what a label alone cannot settle: a REFI-QDA code Sourcemark
   * exported (found by its GUID), whether an item labels documents, CoNLL types several
   * items share. Absent, those fall back to the labels.
   */
  codebookItems?: readonly CodebookItem[];
}

/**
 * The format label of a native set: read from the file alone (its authors, labels and
 * articles are its own), so it reads the same whatever the `ReadContext`.
 */
export const NATIVE_FORMAT_LABEL = 'Sourcemark set';

/**
 * Reads `content` (text, or bytes for a zip) named `fileName`. `nesting` is a JSON file's
 * depth judged elsewhere while it was decoded (`nesting-check.ts`): then the text is parsed
 * first and the answer awaited before anything reads what was parsed; when it is absent or
 * `undefined`, the text is scanned here.
 */
export async function readSetFile(
  fileName: string,
  content: string | Uint8Array,
  context: ReadContext,
  nesting?: Promise<boolean | undefined>,
): Promise<ReadOutcome> {
  const lower = fileName.toLowerCase();
  try {
    if (content instanceof Uint8Array) {
      if (!/\.(zip|qdpx)$/.test(lower)) {
        return refuse('Only .zip and .qdpx files are read as archives.');
      }
      const files = await unzipTextFiles(content);
      // A REFI-QDA project, whatever the archive is called: its project file is at the root.
      if (lower.endsWith('.qdpx') || files.some((f) => /^[^/]+\.qde$/i.test(f.path)))
        return await readRefiQda(files, context);
      return await readZip(files, context);
    }
    // A JSON file's byte order mark is no data (files are decoded keeping it, for article texts).
    const text = withoutLeadingBom(content);
    if (lower.endsWith('.jsonl'))
      return await drafts(importDoccano(text, fileName), 'doccano', context);
    if (/\.(json|jsonld)$/.test(lower)) return await readJson(fileName, text, context, nesting);
    // CoNLL comes as .conll (Sourcemark's export) or as plain .txt/.tsv (CoNLL-2003).
    if (
      /\.(conll|iob|iob2|bio)$/.test(lower) ||
      (/\.(txt|tsv)$/.test(lower) && looksLikeConll(text))
    )
      return await readConll(fileName, text, context);
    return refuse(
      `${fileName} is not a format Sourcemark imports (.sourcemark.json, .jsonld, .json, .jsonl, .conll, .qdpx, or a .zip of brat, PTC, SemEval or doccano files).`,
    );
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
}

function refuse(reason: string): ReadOutcome {
  return { ok: false, reason };
}

async function readJson(
  fileName: string,
  text: string,
  context: ReadContext,
  nesting?: Promise<boolean | undefined>,
): Promise<ReadOutcome> {
  const tooDeep = `The file nests deeper than ${MAX_JSON_DEPTH} levels.`;
  // Without an answer on its way, the text is scanned before it is parsed, as ever.
  if (!nesting && exceedsJsonDepth(text)) return refuse(tooDeep);
  let raw: unknown;
  let parseError: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    parseError = error;
  }
  // Nothing reads `raw` before its depth is known: the readers after the parse recurse.
  if (nesting && ((await nesting) ?? exceedsJsonDepth(text))) return refuse(tooDeep);
  if (parseError !== undefined)
    return refuse(`The file is not valid JSON (${(parseError as Error).message}).`);
  if (isObject(raw) && raw.type === NATIVE_TYPE) return readNative(text.length, raw);
  if (isObject(raw) && ('@context' in raw || raw.type === 'AnnotationCollection'))
    return readW3c(raw, context);
  if (Array.isArray(raw) && raw.some((item) => isObject(item) && '@context' in item))
    return readW3c(raw, context);
  const isLabelStudio = (item: unknown) => isObject(item) && isObject(item.data);
  if (Array.isArray(raw) ? raw.some(isLabelStudio) : isLabelStudio(raw))
    return drafts(importLabelStudio(text), 'Label Studio', context);
  if (isObject(raw) && typeof raw.text === 'string')
    return drafts(importDoccano(JSON.stringify(raw), fileName), 'doccano', context);
  return refuse(
    'The file is JSON but not a Sourcemark set, W3C annotations, Label Studio or doccano.',
  );
}

/** A native set `readJson` has parsed (`raw`) and checked for depth, from `chars` characters. */
function readNative(chars: number, raw: unknown): ReadOutcome {
  const tooLarge = sizeRefusal(chars);
  if (tooLarge) return refuse(tooLarge);
  const parsed = readNativeEnvelope(raw);
  if (!parsed.ok) return parsed;
  const { set, results } = parsed;
  const annotationAt = fileIndexes(results, 'annotations');
  const commentAt = fileIndexes(results, 'comments');
  return {
    ok: true,
    incoming: {
      formatLabel: NATIVE_FORMAT_LABEL,
      authors: [set.author],
      articles: set.articles.map((a) => ({
        key: a.id,
        title: a.title,
        sourceName: a.sourceName,
        textSha256: a.textSha256,
        ...(a.text !== undefined ? { text: a.text } : {}),
        preferredId: a.id,
      })),
      annotations: set.annotations.map((annotation, n) => ({
        annotation,
        location: `annotations[${annotationAt[n]}]`,
      })),
      entities: set.entities,
      comments: (set.comments ?? []).map((comment, n) => ({
        comment,
        location: `comments[${commentAt[n]}]`,
      })),
      problems: itemProblems(results),
    },
  };
}

/**
 * Where in the file each imported item of `section` was, in the order the set lists them:
 * `parseItems` keeps an item exactly when it reports it imported, in file order, so the
 * set's n-th item is the section's n-th imported result (no index of ids to build: a
 * Map of 100,000 locations cost ~0.1 s of every native import).
 */
function fileIndexes(results: readonly ImportItemResult[], section: ImportItemResult['section']) {
  const indexes: number[] = [];
  for (const r of results)
    if (r.kind === 'imported' && r.section === section) indexes.push(r.index);
  return indexes;
}

async function readW3c(document: unknown, context: ReadContext): Promise<ReadOutcome> {
  const library = await context.libraryArticles();
  // The texts the file embeds and the library lacks: its annotations anchor there, and the
  // import creates them (unless the analyst chose not to add the file's articles).
  const embedded = await embeddedArticles(document, library);
  const articles = [...library, ...embedded.articles];
  const isEmbedded = new Set<SetArticle>(embedded.articles);
  const colleague = await contentId('colleague', context.colleagueName);
  const read = fromW3c(document, {
    articles,
    author: colleague as AuthorId,
    codebook: context.codebook,
    itemIdForLabel: context.itemIdForLabel,
  });
  const used = new Set(read.annotations.map((a) => a.articleId as string));
  const incoming: IncomingSet = {
    formatLabel: 'W3C Web Annotation',
    authors: [...creatorsOf(document), { id: colleague as AuthorId, name: context.colleagueName }],
    articles: articles
      .filter((a) => used.has(a.id))
      .map((a) => ({
        key: a.id,
        title: a.title,
        sourceName: a.sourceName,
        textSha256: a.textSha256,
        ...(isEmbedded.has(a) ? { text: a.text!, preferredId: a.id } : {}),
      })),
    annotations: read.annotations.map((annotation) => {
      const dropped = read.dropped.get(annotation.id);
      const byQuote = read.foundByQuote.get(annotation.id);
      return {
        annotation,
        location: locate(read.results, annotation.id),
        ...(dropped ? { dropped } : {}),
        ...(byQuote ? { placedAs: placedByQuote(byQuote) } : {}),
      };
    }),
    entities: read.entities,
    comments: read.comments.map((comment) => ({
      comment,
      location: locate(read.results, comment.id, 'comments'),
    })),
    problems: [...embedded.problems, ...itemProblems(read.results)],
  };
  return { ok: true, incoming };
}

/** What the report says of an annotation whose source the library did not know. */
function placedByQuote(article: SetArticle): NonNullable<IncomingAnnotation['placedAs']> {
  return {
    kind: 'moved',
    detail: `its source is not in the library: found by its quote in “${article.title}”`,
  };
}

/** Names of `urn:uuid:` creators stated in a W3C document. */
function creatorsOf(document: unknown): IncomingSet['authors'] {
  const found = new Map<string, string>();
  const visit = (node: unknown, depth: number) => {
    if (depth > 6) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    if (!isObject(node)) return;
    const creator = node.creator;
    if (isObject(creator) && typeof creator.id === 'string' && typeof creator.name === 'string') {
      const id = /^urn:uuid:(.+)$/.exec(creator.id)?.[1];
      if (id) found.set(id, creator.name);
    }
    for (const key of ['items', 'first']) visit(node[key], depth + 1);
  };
  visit(document, 0);
  return [...found].map(([id, name]) => ({ id: id as AuthorId, name }));
}

/**
 * Reads a folder's files (paths relative to the folder) as a zip's would be read: brat
 * `.txt` + `.ann` pairs, PTC or SemEval `article<ID>.txt` files with their span files, or
 * doccano JSONL (`set-layout.ts`).
 */
export async function readSetFolder(
  files: ExportFile[],
  context: ReadContext,
): Promise<ReadOutcome> {
  try {
    return await readZip(files, context);
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
}

/** Reads a folder's or zip's files in the layout they are in (`set-layout.ts`). */
async function readZip(files: ExportFile[], context: ReadContext): Promise<ReadOutcome> {
  const layout = recogniseLayout(files);
  switch (layout.kind) {
    case 'brat':
      return drafts(importBrat(layout.files), 'brat', context);
    case 'semeval': {
      const read = importSemEval(layout.spanFiles, layout.articles);
      const notes = [...(read.notes ?? []), ...passedOverNote(layout.passedOver)];
      return drafts({ ...read, notes }, layout.formatLabel, context);
    }
    case 'doccano':
      return drafts(importDoccanoFiles(layout.files), 'doccano', context);
    case 'unknown':
      return refuse(layout.reason);
  }
}

async function drafts(
  result: Parameters<typeof incomingFromDrafts>[0],
  formatLabel: string,
  context: ReadContext,
): Promise<ReadOutcome> {
  const author: DraftContext['author'] = {
    id: (await contentId('colleague', context.colleagueName)) as AuthorId,
    name: context.colleagueName,
  };
  const incoming = await incomingFromDrafts(result, formatLabel, { ...context, author });
  if (
    incoming.articles.length === 0 &&
    incoming.problems.length > 0 &&
    incoming.annotations.length === 0
  )
    return refuse(`Nothing could be read: ${incoming.problems[0]!.reason}.`);
  return { ok: true, incoming };
}

/** Each file's imported items by section and id, indexed on first use (see `locate`). */
const locations = new WeakMap<readonly ImportItemResult[], Map<string, Map<string, string>>>();

function locate(
  results: readonly ImportItemResult[],
  id: string,
  section: ImportItemResult['section'] = 'annotations',
): string {
  // Indexed once per file rather than searched per item: a search per item was quadratic,
  // minutes for a set of 100,000 annotations. The first hit wins, as a search would find it.
  let bySection = locations.get(results);
  if (!bySection) {
    bySection = new Map();
    for (const r of results) {
      if (r.kind !== 'imported') continue;
      const ids = bySection.get(r.section) ?? new Map<string, string>();
      if (!ids.has(r.id)) ids.set(r.id, `${r.section}[${r.index}]`);
      bySection.set(r.section, ids);
    }
    locations.set(results, bySection);
  }
  // A comment and an annotation may share an id in a hostile file: look in one list only.
  return bySection.get(section)?.get(id) ?? id;
}

function itemProblems(results: readonly ImportItemResult[]): IncomingSet['problems'] {
  // Filtered first: a `flatMap` made an empty list for each of 100,000 imported items.
  return results
    .filter((r) => r.kind !== 'imported')
    .map((r) => ({
      location: `${r.section}[${r.index}]`,
      reason: r.kind === 'error' ? r.reason : 'appears twice in the file',
      ...(r.id ? { id: r.id } : {}),
      ...(r.section === 'comments' ? { isComment: true as const } : {}),
    }));
}
