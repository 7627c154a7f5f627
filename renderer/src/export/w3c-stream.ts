/**
 * The W3C collection written as it is read, never held whole, in one pass over the
 * annotations: a step of articles at a time, each read with its texts, its items written,
 * the comments on them and the entities they name gathered; then the replies, the total
 * (which the collection states after its items) and, when the texts are embedded, a pass
 * over the texts. Items come in the set's order, as `toW3cCollection` over the assembled
 * set writes them, byte for byte (`export-to-file.test.ts` compares them), an annotation a
 * line (`formats/w3c/w3c-file.ts`). Each step's read is asked for while the one before is
 * written (`read-ahead.ts`). */
import type { Annotation, AuthorId, RegistryEntity } from '../annotation/types';
import type { SourcemarkDatabase } from '../db/db';
import type { ArticleId, ArticleRecord, CommentRecord } from '../db/records';
import type { SetArticle } from '../formats/native/annotation-set';
import { compareThreadOrder } from '../formats/native/set-comments';
import { createW3cWriter, w3cCollection } from '../formats/w3c/to-w3c';
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
import { isReadAsRows, withTexts } from './set-reads';

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
  onReading(records.length, records.length);

  // Comments are few: read at once, each then kept if its annotation is written. (`anyOf`
  // over every id steps a cursor key by key, seconds over a whole set in Chromium.)
  const commentsOn = new Map<string, CommentRecord[]>();
  for (const comment of await from.comments.toArray())
    commentsOn.set(comment.annotationId, [
      ...(commentsOn.get(comment.annotationId) ?? []),
      comment,
    ]);
  const comments: CommentRecord[] = [];
  // The registry entities the written annotations name, read as they are first met.
  const entities = new Map<string, RegistryEntity>();
  const asked = new Set<string>();
  const readEntities = async (annotations: readonly Annotation[]) => {
    const ids = [...usedEntityIds(annotations, new Set())].filter((id) => !asked.has(id));
    if (ids.length === 0) return;
    ids.forEach((id) => asked.add(id));
    for (const entity of await entitiesOf(new Set(ids), from)) entities.set(entity.id, entity);
  };
  const labels = exportLabels(await readActiveCodebook(from));

  // The texts of the step being written: what `textOf` answers, as the assembled set's map.
  let texts = new Map<ArticleId, string>();
  const writer = createW3cWriter(author, entities, {
    appVersion: job.appVersion,
    labelOf: (itemId) => labels(itemId as never).label,
    textOf: (article) => texts.get(article.id),
  });
  const embed = job.includeTexts && records.length > 0;
  // The total comes after the items (JSON members have no order), so they are counted as
  // they are written, in one pass: counting them in a pass of their own first read every
  // annotation twice, a fifth of the export (the export bench's worker profile).
  const frame = frameOf(
    w3cCollection(author.name, undefined, hole(1), hole(0), embed ? hole(2) : undefined),
    embed ? 3 : 2,
  );
  const steps = embed ? 2 * records.length : records.length;
  let done = 0;
  let selected = 0;
  let written = 0;
  // An author without packs (the analyst's own work) has none to look up.
  const lookUpPacks = !(await isReadAsRows(job.articles, job.author, from));

  // The items.
  await out.text(frame.between[0]!);
  const items = new JsonArrayWriter(frame.indents[0]!);
  for await (const [step, [articles, annotations]] of readAhead(stepsOf(records), (step) =>
    Promise.all([
      withTexts(step, job.includeTexts, from),
      getSetAnnotations(keysOf(step, job.author), from, lookUpPacks),
    ]),
  )) {
    texts = new Map(articles.map(({ article, text }) => [article.id, text]));
    const byId = new Map<string, SetArticle>(articles.map(({ article }) => [article.id, article]));
    const kept = annotations.filter((annotation) => !isOrphan(annotation));
    selected += annotations.length;
    written += kept.length;
    await readEntities(kept);
    const pieces: string[] = [];
    for (const annotation of kept) {
      for (const comment of commentsOn.get(annotation.id) ?? []) comments.push(comment);
      for (const item of writer.annotation(annotation, byId.get(annotation.articleId)))
        pieces.push(items.item(item));
    }
    await out.texts(pieces);
    writer.forgetTexts();
    done += step.length;
    out.setProgress(done, steps);
  }
  const replies = (await withAuthorNames(comments, from)).sort(compareThreadOrder);
  await out.texts(writer.replies(replies).map((reply) => items.item(reply)));
  await out.text(items.close());
  await out.text(frame.between[1]!);
  await out.text(String(items.written));

  // The embedded texts.
  if (embed) {
    await out.text(frame.between[2]!);
    const sources = new JsonArrayWriter(frame.indents[2]!);
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
    notes: writer.notes(replies, entities.size),
    annotationCount: written,
    selectedCount: selected,
  };
}
