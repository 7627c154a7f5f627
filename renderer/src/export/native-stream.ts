/**
 * The native set written as it is read, never held whole. The file sorts annotations and
 * articles by id across the whole set: the annotations are read in id order a step at a
 * time (`id-ordered-annotations.ts`), then the articles with their texts in id order. Each
 * step's read is asked for while the one before is written (`read-ahead.ts`). What follows in the file (codebook, comments,
 * entities) is tallied on the way. The bytes are those of `serializeNativeSet` over the
 * assembled set (`export-to-file.test.ts` compares them).
 */
import type { CodebookRef } from '../annotation/types';
import type { SourcemarkDatabase } from '../db/db';
import type { CommentRecord } from '../db/records';
import { canonicalize, sortById } from '../formats/native/canonical-json';
import { nativeEnvelope, strictComment } from '../formats/native/native-envelope';
import { compareThreadOrder } from '../formats/native/set-comments';
import { exportFileName } from '../sets/export-formats';
import {
  activeCodebook,
  chosenArticles,
  FALLBACK_CODEBOOK,
  entitiesOf,
  usedEntityIds,
  withAuthorNames,
} from '../sets/set-repository';
import type { ChunkedOutput } from './chunked-output';
import type { ExportJob, ExportTally } from './export-job';
import { oneItemALine } from '../formats/shared/one-item-a-line';
import { frameOf, hole, JsonArrayWriter, valueAt } from './json-frame';
import {
  idOrderedAnnotations,
  STREAM_STEPS,
  type SetPlace,
  type StreamSteps,
} from './id-ordered-annotations';
import { readAhead, stepRanges } from './read-ahead';
import { articlesInKeyOrder } from './set-reads';

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
  const set = await idOrderedAnnotations(job, articleIds, from, onReading, steps);
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
  let done = 0;
  const codebooks = codebookTally();
  const entityIds = new Set<string>();
  // Comments are few: read at once, each kept when its annotation is written. (`anyOf` over
  // a step's 2,000 ids steps a cursor key by key, seconds over a whole set in Chromium.)
  const commentsOn = new Map<string, CommentRecord[]>();
  for (const comment of await from.comments.toArray())
    commentsOn.set(comment.annotationId, [
      ...(commentsOn.get(comment.annotationId) ?? []),
      comment,
    ]);
  const comments: CommentRecord[] = [];

  await out.text(frame.between[0]!);
  const annotations = new JsonArrayWriter(frame.indents[0]!);
  for await (const step of set.pages) {
    const pieces: string[] = [];
    for (const annotation of step) {
      codebooks.count(annotation.codebook, set.placeOf(annotation));
      comments.push(...(commentsOn.get(annotation.id) ?? []));
      pieces.push(annotations.item(canonicalize(annotation)));
    }
    usedEntityIds(step, entityIds);
    await out.texts(pieces);
    done += step.length;
    out.setProgress(done, Math.max(done, set.expected) + articlesById.length);
  }
  const written = done;
  const total = written + articlesById.length;
  await out.text(annotations.close());

  await out.text(frame.between[1]!);
  const articles = new JsonArrayWriter(frame.indents[1]!);
  for await (const [[at, end], step] of readAhead(
    stepRanges(articlesById.length, steps.articles),
    ([at, end]) => articlesInKeyOrder(articlesById.slice(at, end), job.includeTexts, from),
  )) {
    await out.texts(step.map(({ article }) => articles.item(canonicalize(article))));
    done += end - at;
    out.setProgress(done, total);
  }
  await out.text(articles.close());

  const codebook = codebooks.best() ?? (await activeCodebook(from)) ?? FALLBACK_CODEBOOK;
  await out.text(frame.between[2]!);
  await out.text(valueAt(canonicalize(codebook), frame.indents[2]!));
  const named = (await withAuthorNames(comments, from)).map(strictComment).sort(compareThreadOrder);
  await out.text(frame.between[3]!);
  await out.text(oneItemALine(canonicalize(named) as unknown[], frame.indents[3]!));
  const entities = sortById(await entitiesOf(entityIds, from));
  await out.text(frame.between[4]!);
  await out.text(oneItemALine(canonicalize(entities) as unknown[], frame.indents[4]!));
  await out.text(`${frame.between[5]!}\n`);
  return {
    fileName: exportFileName('native', author.name, job.exportedAt),
    mimeType: 'application/json',
    lossiness: { dropped: [] },
    notes: [],
    annotationCount: written,
    selectedCount: written,
  };
}

/**
 * The codebook version most annotations name, as `assembleSet` picks it: ties go to the one
 * met first in the set's order (`rank`), though the annotations come here in id order.
 */
function codebookTally() {
  type Entry = { ref: CodebookRef; count: number; first: SetPlace };
  const counts = new Map<string, Entry>();
  return {
    count(ref: CodebookRef, place: SetPlace) {
      const key = `${ref.codebookId}@${ref.version}`;
      const entry = counts.get(key) ?? { ref, count: 0, first: place };
      entry.count += 1;
      if (isBefore(place, entry.first)) entry.first = place;
      counts.set(key, entry);
    },
    best(): CodebookRef | undefined {
      let best: Entry | undefined;
      for (const entry of counts.values())
        if (
          !best ||
          entry.count > best.count ||
          (entry.count === best.count && isBefore(entry.first, best.first))
        )
          best = entry;
      return best && { codebookId: best.ref.codebookId, version: best.ref.version };
    },
  };
}

const isBefore = (a: SetPlace, b: SetPlace) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
