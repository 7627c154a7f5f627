/**
 * The W3C collection written as it is read, never held whole, in one pass over the texts
 * and one over the annotations. First the chosen articles' texts in article id order, a
 * step at a time: each is embedded (when the job includes texts) and kept only as its
 * code-point converter, a few bytes for a text without astral characters. Then the
 * annotations in id order (`id-ordered-annotations.ts`), each converted with its article's
 * converter, the comments on them and the entities they name gathered; then the replies
 * and the total (which the collection states after its items).
 *
 * Why this order: the items in the set's order needed each article's annotations and text
 * together, an index lookup and a text read per article (20,000 requests at 10,000
 * articles), and the texts read again for the embedded sources. In id order the analyst's
 * rows are read as pages of the table (about a hundred requests) and each text once. The
 * assembled builder writes the same order (`toW3cCollection`), byte for byte
 * (`export-to-file.test.ts`), an annotation a line (`formats/w3c/w3c-file.ts`). Each
 * step's read is asked for while the one before is written (`read-ahead.ts`).
 */
import type { Annotation, RegistryEntity } from '../annotation/types';
import type { SourcemarkDatabase } from '../db/db';
import type { CommentRecord } from '../db/records';
import type { SetArticle } from '../formats/native/annotation-set';
import { compareThreadOrder } from '../formats/native/set-comments';
import { codePointOffsets, type CodePointOffsets } from '../formats/shared/code-point-offsets';
import { createW3cWriter, w3cCollection } from '../formats/w3c/to-w3c';
import { embedSources } from '../formats/w3c/w3c-sources';
import { exportFileName, exportLabels, ORPHANS } from '../sets/export-formats';
import { chosenArticles, entitiesOf, usedEntityIds, withAuthorNames } from '../sets/set-repository';
import { readActiveCodebook } from '../store/codebook-repository';
import type { ChunkedOutput } from './chunked-output';
import type { ExportJob, ExportTally } from './export-job';
import { idOrderedAnnotations, STREAM_STEPS, type StreamSteps } from './id-ordered-annotations';
import { frameOf, hole, JsonArrayWriter } from './json-frame';
import { readAhead, stepRanges } from './read-ahead';
import { textsInKeyOrder } from './set-reads';

/** Orphans count into an earlier text: every format but the native one leaves them out. */
const isOrphan = (a: Annotation) => a.kind === 'span' && a.orphanedFrom !== undefined;

/** Writes the W3C collection of `job` to `out`; answers what it holds. */
export async function streamW3c(
  job: ExportJob,
  from: SourcemarkDatabase,
  out: ChunkedOutput,
  onReading: (done: number, total: number) => void,
  steps: StreamSteps = STREAM_STEPS,
): Promise<ExportTally> {
  const chosen = await chosenArticles(job.articles, from);
  // Each article once, in id order: the order its text is read and embedded in.
  const records = [...new Map(chosen.map((r) => [r.id, r])).values()].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const analyst = await from.analysts.get(job.author);
  const author = { id: job.author, name: analyst?.name ?? '' };
  const set = await idOrderedAnnotations(
    job,
    chosen.map((r) => r.id),
    from,
    onReading,
    steps,
  );

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

  // Every chosen article without its text, and its text's converter (the text is let go).
  const articles = new Map<string, { article: SetArticle; offsets: CodePointOffsets }>();
  const writer = createW3cWriter(author, entities, {
    appVersion: job.appVersion,
    labelOf: (itemId) => labels(itemId as never).label,
    offsetsOf: (article) => articles.get(article.id)?.offsets,
  });
  const embed = job.includeTexts && records.length > 0;
  // The total comes after the items (JSON members have no order), so they are counted as
  // they are written, in one pass: counting them in a pass of their own first read every
  // annotation twice, a fifth of the export (the export bench's worker profile).
  // Holes in document order: the sources (when embedded), the items, the total.
  const itemsHole = embed ? 1 : 0;
  const frame = frameOf(
    w3cCollection(
      author.name,
      undefined,
      hole(itemsHole + 1),
      hole(itemsHole),
      embed ? hole(0) : undefined,
    ),
    itemsHole + 2,
  );
  // Progress: the texts, then the annotations (counted as read when the dialog's count is short).
  let textsDone = 0;
  let read = 0;
  const progress = () =>
    out.setProgress(textsDone + read, records.length + Math.max(read, set.expected));

  // The texts, embedded or not.
  const sources = new JsonArrayWriter(frame.indents[0]!);
  if (embed) await out.text(frame.between[0]!);
  for await (const [[at, end], step] of readAhead(
    stepRanges(records.length, steps.articles),
    ([at, end]) => textsInKeyOrder(records.slice(at, end), from),
  )) {
    for (const { article, text } of step)
      articles.set(article.id, { article, offsets: codePointOffsets(text) });
    if (embed) {
      const textOf = new Map(step.map(({ article, text }) => [article.id, text]));
      const embedded = embedSources(
        step.map(({ article }) => article),
        (article) => textOf.get(article.id),
      );
      await out.texts(embedded.map((source) => sources.item(source)));
    }
    textsDone += end - at;
    progress();
  }
  if (embed) await out.text(sources.close());

  // The items.
  await out.text(frame.between[itemsHole]!);
  const items = new JsonArrayWriter(frame.indents[itemsHole]!);
  let selected = 0;
  let written = 0;
  for await (const page of set.pages) {
    const kept = page.filter((annotation) => !isOrphan(annotation));
    selected += page.length;
    written += kept.length;
    await readEntities(kept);
    const pieces: string[] = [];
    for (const annotation of kept) {
      for (const comment of commentsOn.get(annotation.id) ?? []) comments.push(comment);
      for (const item of writer.annotation(annotation, articles.get(annotation.articleId)?.article))
        pieces.push(items.item(item));
    }
    await out.texts(pieces);
    read += page.length;
    progress();
  }
  const replies = (await withAuthorNames(comments, from)).sort(compareThreadOrder);
  await out.texts(writer.replies(replies).map((reply) => items.item(reply)));
  await out.text(items.close());
  await out.text(frame.between[itemsHole + 1]!);
  await out.text(String(items.written));
  await out.text(`${frame.between[itemsHole + 2]!}\n`);

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
