/**
 * The W3C collection written as it is read, never held whole. The collection states its
 * `total` before its items, so a first pass reads the annotations to count them (with their
 * linking annotations and the replies to them) and to gather the comments and entities: the
 * analyst's own rows walked in key order (`set-reads.ts`), else a step of articles at a
 * time; a second reads them again with their articles' texts and
 * writes each item; a third, when the texts are embedded, writes the texts. Items come in
 * the set's order, as `toW3cCollection` over the assembled set writes them, byte for byte
 * (`export-to-file.test.ts` compares them). Each step's read is asked for while the one
 * before is written (`read-ahead.ts`).
 */
import type { Annotation, AuthorId } from '../annotation/types';
import type { SourcemarkDatabase } from '../db/db';
import type { ArticleId, ArticleRecord, CommentRecord } from '../db/records';
import type { SetArticle } from '../formats/native/annotation-set';
import { compareThreadOrder } from '../formats/native/set-comments';
import { createW3cWriter, w3cCollection } from '../formats/w3c/to-w3c';
import { linkRoles } from '../formats/w3c/w3c-links';
import { embedSources } from '../formats/w3c/w3c-sources';
import { exportFileName, exportLabels, ORPHANS } from '../sets/export-formats';
import {
  chosenArticles,
  CHUNK,
  entitiesOf,
  usedEntityIds,
  withAuthorNames,
} from '../sets/set-repository';
import { readActiveCodebook } from '../store/codebook-repository';
import { getSetAnnotations } from '../store/annotation-storage';
import type { ChunkedOutput } from './chunked-output';
import type { ExportJob, ExportTally } from './export-job';
import { frameOf, hole, JsonArrayWriter } from './json-frame';
import { readAhead } from './read-ahead';
import { authorRowPages, isReadAsRows, withTexts } from './set-reads';

/** Rows a request when the set is walked in key order (`authorRowPages`). */
const ROWS_PAGE = 2_000;

/** Orphans count into an earlier text: every format but the native one leaves them out. */
const isOrphan = (a: Annotation) => a.kind === 'span' && a.orphanedFrom !== undefined;

/** The chosen articles a step at a time, in the set's order (as `assembleSet` reads them). */
function* stepsOf(records: readonly ArticleRecord[]): Generator<ArticleRecord[]> {
  for (let at = 0; at < records.length; at += CHUNK) yield records.slice(at, at + CHUNK);
}

const keysOf = (step: readonly ArticleRecord[], author: AuthorId) =>
  step.map((r) => [r.id, author] as [ArticleId, AuthorId]);

/** Writes the W3C collection of `job` to `out`; answers what it holds. */
export async function streamW3c(
  job: ExportJob,
  from: SourcemarkDatabase,
  out: ChunkedOutput,
  onReading: (done: number, total: number) => void,
): Promise<ExportTally> {
  const records = await chosenArticles(job.articles, from);
  const analyst = await from.analysts.get(job.author);
  const author = { id: job.author, name: analyst?.name ?? '' };

  // Pass one: counts, comments and entities; no annotation is kept.
  let selected = 0;
  let written = 0;
  let linking = 0;
  const entityIds = new Set<string>();
  const comments: CommentRecord[] = [];
  // Comments are few: read at once, each then kept if its annotation is written. (`anyOf`
  // over every id steps a cursor key by key, seconds over a whole set in Chromium.)
  const commentsOn = new Map<string, CommentRecord[]>();
  for (const comment of await from.comments.toArray())
    commentsOn.set(comment.annotationId, [
      ...(commentsOn.get(comment.annotationId) ?? []),
      comment,
    ]);
  const count = (annotations: readonly Annotation[]) => {
    selected += annotations.length;
    usedEntityIds(annotations, entityIds);
    const kept = annotations.filter((a) => !isOrphan(a));
    written += kept.length;
    for (const a of kept) if (a.kind === 'span') linking += linkRoles(a).length;
    for (const a of kept) comments.push(...(commentsOn.get(a.id) ?? []));
  };
  // The author has no packs: read as rows in pass one, and pass two looks none up.
  const asRows = await isReadAsRows(job.articles, job.author, from);
  if (asRows) {
    // The analyst's own rows, walked in key order: no article's index looked up twice.
    const chosen = new Set<string>(records.map((r) => r.id));
    // Articles read, as far as the dialog's count tells: the rows come in id order, not by article.
    const expected = Math.max(job.expectedAnnotations ?? 0, 1);
    for await (const page of authorRowPages(job.author, chosen, from, ROWS_PAGE)) {
      count(page);
      onReading(Math.floor(records.length * Math.min(1, selected / expected)), records.length);
    }
    onReading(records.length, records.length);
  } else {
    let read = 0;
    for await (const [step, annotations] of readAhead(stepsOf(records), (step) =>
      getSetAnnotations(keysOf(step, job.author), from),
    )) {
      count(annotations);
      read += step.length;
      onReading(read, records.length);
    }
  }
  if (records.length === 0) onReading(0, 0);
  const entities = await entitiesOf(entityIds, from);
  const replies = (await withAuthorNames(comments, from)).sort(compareThreadOrder);
  const labels = exportLabels(await readActiveCodebook(from));

  // The texts of the step being written: what `textOf` answers, as the assembled set's map.
  let texts = new Map<ArticleId, string>();
  const writer = createW3cWriter(author, new Map(entities.map((e) => [e.id as string, e])), {
    appVersion: job.appVersion,
    labelOf: (itemId) => labels(itemId as never).label,
    textOf: (article) => texts.get(article.id),
  });
  const embed = job.includeTexts && records.length > 0;
  const total = written + linking + replies.length;
  const frame = frameOf(
    w3cCollection(author.name, undefined, total, hole(0), embed ? hole(1) : undefined),
    embed ? 2 : 1,
  );
  const steps = embed ? 2 * records.length : records.length;
  let done = 0;

  // Pass two: the items.
  await out.text(frame.between[0]!);
  const items = new JsonArrayWriter(frame.indents[0]!);
  for await (const [step, [articles, annotations]] of readAhead(stepsOf(records), (step) =>
    Promise.all([
      withTexts(step, job.includeTexts, from),
      getSetAnnotations(keysOf(step, job.author), from, !asRows),
    ]),
  )) {
    texts = new Map(articles.map(({ article, text }) => [article.id, text]));
    const byId = new Map<string, SetArticle>(articles.map(({ article }) => [article.id, article]));
    const pieces: string[] = [];
    for (const annotation of annotations) {
      if (isOrphan(annotation)) continue;
      for (const item of writer.annotation(annotation, byId.get(annotation.articleId)))
        pieces.push(items.item(item));
    }
    await out.texts(pieces);
    writer.forgetTexts();
    done += step.length;
    out.setProgress(done, steps);
  }
  await out.texts(writer.replies(replies).map((reply) => items.item(reply)));
  await out.text(items.close());

  // Pass three: the embedded texts.
  if (embed) {
    await out.text(frame.between[1]!);
    const sources = new JsonArrayWriter(frame.indents[1]!);
    for await (const [step, articles] of readAhead(stepsOf(records), (step) =>
      withTexts(step, true, from),
    )) {
      const embedded = embedSources(
        articles.map(({ article }) => article),
        () => undefined,
      );
      await out.texts(embedded.map((source) => sources.item(source)));
      done += step.length;
      out.setProgress(done, steps);
    }
    await out.text(sources.close());
  }
  await out.text(`${frame.between.at(-1)!}\n`);

  const orphans = selected - written;
  return {
    fileName: exportFileName('w3c', author.name, job.exportedAt),
    mimeType: 'application/ld+json',
    lossiness: { dropped: orphans > 0 ? [{ what: ORPHANS, count: orphans }] : [] },
    notes: writer.notes(replies, entities.length),
    annotationCount: written,
    selectedCount: selected,
  };
}
