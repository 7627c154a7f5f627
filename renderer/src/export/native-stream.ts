/**
 * The native set written as it is read, never held whole. The file sorts annotations and
 * articles by id across the whole set, so a first pass reads only the ids of the chosen
 * annotations (index keys, and the packs' id lists), and a second reads the annotations in
 * id order a step at a time, then the articles with their texts in id order. What follows
 * in the file (codebook, comments, entities) is tallied on the way. The bytes are those of
 * `serializeNativeSet` over the assembled set (`export-to-file.test.ts` compares them).
 */
import { cmp } from 'dexie';
import type {
  Annotation,
  AnnotationId,
  ArticleId,
  AuthorId,
  CodebookRef,
} from '../annotation/types';
import type { SourcemarkDatabase } from '../db/db';
import { canonicalize, sortById } from '../formats/native/canonical-json';
import { nativeEnvelope, strictComment } from '../formats/native/native-envelope';
import { compareThreadOrder } from '../formats/native/set-comments';
import { exportFileName } from '../sets/export-formats';
import {
  activeCodebook,
  chosenArticles,
  CHUNK,
  FALLBACK_CODEBOOK,
  readSetArticles,
  entitiesOf,
  usedEntityIds,
  withAuthorNames,
} from '../sets/set-repository';
import type { ChunkedOutput } from './chunked-output';
import type { ExportJob, ExportTally } from './export-job';
import { frameOf, hole, JsonArrayWriter, oneLineListAt, valueAt } from './json-frame';
import { packedAnnotations } from '../store/annotation-storage';

type PackKey = [ArticleId, AuthorId];

/** How much is read at once; tests make them small to see the reads stay bounded. */
export interface StreamSteps {
  /** Annotations read per step of the id-ordered pass. */
  annotations: number;
  /** Articles (with their texts) read per step. */
  articles: number;
}

export const STREAM_STEPS: StreamSteps = { annotations: 2_000, articles: CHUNK };

/** The ids of the chosen annotations in the set's order, and the pack of each packed one. */
interface ChosenIds {
  ids: AnnotationId[];
  packOf: Map<string, PackKey>;
}

/**
 * Pass one: the ids `assembleSet` would give, in its order (a step of articles at a time,
 * rows by key then packs), read from the indexes without the annotations themselves.
 */
async function chosenIds(
  articleIds: readonly ArticleId[],
  author: AuthorId,
  from: SourcemarkDatabase,
  onReading: (done: number, total: number) => void,
): Promise<ChosenIds> {
  const ids: AnnotationId[] = [];
  const packOf = new Map<string, PackKey>();
  for (let at = 0; at < articleIds.length; at += CHUNK) {
    const keys = articleIds.slice(at, at + CHUNK).map((id): PackKey => [id, author]);
    const sorted = [...new Map(keys.map((key) => [key.join('\u0000'), key])).values()].sort(cmp);
    const [lists, packs] = await from.transaction(
      'r',
      from.annotations,
      from.annotationPackIds,
      () =>
        Promise.all([
          Promise.all(
            sorted.map((key) =>
              from.annotations.where('[articleId+author]').equals(key).primaryKeys(),
            ),
          ),
          from.annotationPackIds.bulkGet(keys),
        ]),
    );
    for (const list of lists) ids.push(...(list as AnnotationId[]));
    packs.forEach((pack, n) => {
      if (!pack) return;
      ids.push(...pack.annotationIds);
      for (const id of pack.annotationIds) packOf.set(id, keys[n]!);
    });
    onReading(Math.min(at + CHUNK, articleIds.length), articleIds.length);
  }
  if (articleIds.length === 0) onReading(0, 0);
  return { ids, packOf };
}

/**
 * How many rows a step may read past its own ids: a step's ids span a range of the primary
 * key, read with one `getAll` when the set is most of that range (one analyst's whole set:
 * Chromium answers a range in one request, but each key of a `bulkGet` in one of its own,
 * ten times slower over 200,000 keys). A range holding far more rows than the step (a pick
 * of a few articles, many analysts) is read key by key instead, so a step stays bounded.
 */
const RANGE_SLACK = 4;

/** The rows of `ids` (sorted), `undefined` for an id not stored as a row. */
async function rowsOf(
  ids: readonly AnnotationId[],
  from: SourcemarkDatabase,
): Promise<(Annotation | undefined)[]> {
  const cap = ids.length * RANGE_SLACK;
  const range = await from.annotations
    .where(':id')
    .between(ids[0]!, ids.at(-1)!, true, true)
    .limit(cap)
    .toArray();
  if (range.length >= cap) return from.annotations.bulkGet([...ids]);
  const byId = new Map<string, Annotation>(range.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id));
}

/** The annotations of `ids` (sorted; rows, or from their packs), in the order of `ids`. */
async function annotationsOf(
  ids: readonly AnnotationId[],
  packOf: ReadonlyMap<string, PackKey>,
  from: SourcemarkDatabase,
): Promise<Annotation[]> {
  if (ids.length === 0) return [];
  const rows = await rowsOf(ids, from);
  const packKeys = new Map<string, PackKey>();
  ids.forEach((id, n) => {
    const key = rows[n] ? undefined : packOf.get(id);
    if (key) packKeys.set(key.join('\u0000'), key);
  });
  const packed = new Map<string, Annotation>();
  if (packKeys.size > 0) {
    const packs = await from.annotationPacks.bulkGet([...packKeys.values()]);
    for (const pack of packs)
      for (const a of pack ? packedAnnotations(pack) : []) packed.set(a.id, a);
  }
  return ids.flatMap((id, n) => {
    const annotation = rows[n] ?? packed.get(id);
    return annotation ? [annotation] : [];
  });
}

/** Writes the native file of `job` to `out`; answers what it holds. */
export async function streamNative(
  job: ExportJob,
  from: SourcemarkDatabase,
  out: ChunkedOutput,
  onReading: (done: number, total: number) => void,
  steps: StreamSteps = STREAM_STEPS,
): Promise<ExportTally> {
  const articleIds = (await chosenArticles(job.articles, from)).map((r) => r.id);
  const analyst = await from.analysts.get(job.author);
  const author = { id: job.author, name: analyst?.name ?? '' };
  const { ids, packOf } = await chosenIds(articleIds, job.author, from, onReading);
  // The set's order, for the codebook's tie-break ("the first met"); the file's, by id.
  const rank = new Map<string, number>(ids.map((id, n) => [id, n]));
  const byId = [...ids].sort();
  const articlesById = [...new Set(articleIds)].sort();

  const frame = frameOf(
    nativeEnvelope(
      author,
      { exportedAt: job.exportedAt, appVersion: job.appVersion },
      {
        author,
        annotations: hole(0),
        articles: hole(1),
        codebook: hole(2),
        comments: hole(3),
        entities: hole(4),
      },
    ),
    5,
  );
  const total = byId.length + articlesById.length;
  let done = 0;
  const codebooks = codebookTally();
  const entityIds = new Set<string>();
  // Comments are few: read at once and kept for the set's annotations. (`anyOf` over a
  // step's 2,000 ids steps a cursor key by key, seconds over a whole set in Chromium.)
  const comments = (await from.comments.toArray()).filter((c) => rank.has(c.annotationId));

  await out.text(frame.between[0]!);
  const annotations = new JsonArrayWriter(frame.indents[0]!, true);
  for (let at = 0; at < byId.length; at += steps.annotations) {
    const step = await annotationsOf(byId.slice(at, at + steps.annotations), packOf, from);
    for (const annotation of step) {
      codebooks.count(annotation.codebook, rank.get(annotation.id)!);
      usedEntityIds([annotation], entityIds);
      await out.text(annotations.item(canonicalize(annotation)));
    }
    done += step.length;
    out.setProgress(done, total);
  }
  await out.text(annotations.close());

  await out.text(frame.between[1]!);
  const articles = new JsonArrayWriter(frame.indents[1]!, true);
  for (let at = 0; at < articlesById.length; at += steps.articles) {
    const step = articlesById.slice(at, at + steps.articles);
    for (const { article } of await readSetArticles(step, job.includeTexts, from))
      await out.text(articles.item(canonicalize(article)));
    done += step.length;
    out.setProgress(done, total);
  }
  await out.text(articles.close());

  const codebook = codebooks.best() ?? (await activeCodebook(from)) ?? FALLBACK_CODEBOOK;
  await out.text(frame.between[2]!);
  await out.text(valueAt(canonicalize(codebook), frame.indents[2]!));
  const named = (await withAuthorNames(comments, from)).map(strictComment).sort(compareThreadOrder);
  await out.text(frame.between[3]!);
  await out.text(oneLineListAt(canonicalize(named) as unknown[], frame.indents[3]!));
  const entities = sortById(await entitiesOf(entityIds, from));
  await out.text(frame.between[4]!);
  await out.text(oneLineListAt(canonicalize(entities) as unknown[], frame.indents[4]!));
  await out.text(`${frame.between[5]!}\n`);
  return {
    fileName: exportFileName('native', author.name, job.exportedAt),
    mimeType: 'application/json',
    lossiness: { dropped: [] },
    notes: [],
    annotationCount: byId.length,
    selectedCount: byId.length,
  };
}

/**
 * The codebook version most annotations name, as `assembleSet` picks it: ties go to the one
 * met first in the set's order (`rank`), though the annotations come here in id order.
 */
function codebookTally() {
  const counts = new Map<string, { ref: CodebookRef; count: number; first: number }>();
  return {
    count(ref: CodebookRef, rank: number) {
      const key = `${ref.codebookId}@${ref.version}`;
      const entry = counts.get(key) ?? { ref, count: 0, first: rank };
      entry.count += 1;
      entry.first = Math.min(entry.first, rank);
      counts.set(key, entry);
    },
    best(): CodebookRef | undefined {
      let best: { ref: CodebookRef; count: number; first: number } | undefined;
      for (const entry of counts.values())
        if (
          !best ||
          entry.count > best.count ||
          (entry.count === best.count && entry.first < best.first)
        )
          best = entry;
      return best && { codebookId: best.ref.codebookId, version: best.ref.version };
    },
  };
}
