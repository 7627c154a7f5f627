/**
 * Assembling an annotation set from the database: one analyst's annotations over a choice
 * of articles, with the registry entities they use, the codebook they were made with, the
 * review comments on them and, optionally, the full texts. Exports of every format start
 * from this set; reading happens in chunks so a large library reports progress.
 */
import type { Annotation, AuthorId, CodebookRef, RegistryEntity } from '../annotation/types';
import { db, type SourcemarkDatabase } from '../db/db';
import type { ArticleId, ArticleRecord, CommentRecord } from '../db/records';
import type { AnnotationSet, SetArticle } from '../formats/native/annotation-set';
import { isNormalisedFrom } from '../formats/shared/given-text';
import { compareThreadOrder, type SetComment } from '../formats/native/set-comments';
import { REJECTED_COMMENT } from '../review/review-actions';
import { getSetAnnotations } from '../store/annotation-storage';

/** Which articles to export: every article, or the given ids (a filter, a pick, one). */
export type ArticleChoice = { kind: 'all' } | { kind: 'ids'; ids: readonly ArticleId[] };

export interface AssembleOptions {
  author: AuthorId;
  articles: ArticleChoice;
  /** Write each article's full text into the set (the native format's option). */
  includeTexts: boolean;
  /** Called after each chunk of articles with how many are read so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The database to read: the page's own by default. The export's worker passes the one the
   * page names, since a worker has no `localStorage` to find a restored workspace by.
   */
  from?: SourcemarkDatabase;
}

/** A set with what other formats need beside it: texts by article, and comments. */
export interface AssembledSet {
  set: AnnotationSet;
  /** Every chosen article's text, whether or not the set includes it. */
  texts: Map<ArticleId, string>;
  /**
   * The file's text as given, for the articles whose stored text is its normal form and
   * differs from it (a BOM, CRLF, decomposed accents): formats that give a corpus back
   * byte for byte (SemEval/PTC) write it. Absent in sets built elsewhere (benchmarks).
   */
  originals?: Map<ArticleId, string>;
  /** Review comments on the set's annotations as stored (the set holds them with names). */
  comments: CommentRecord[];
}

/**
 * Articles read per step: a progress callback between steps keeps the UI alive. The
 * streamed exports read in the same steps, since a step's annotations come in key order.
 */
export const CHUNK = 50;

/** The codebook when the annotations do not name one. */
export const FALLBACK_CODEBOOK: CodebookRef = { codebookId: 'sourcemark-news-default', version: 1 };

/**
 * Reads the set of `author` over the chosen articles (unknown ids are skipped). Articles
 * come in library order; the native serialiser sorts everything anyway. Read-only.
 */
export async function assembleSet(options: AssembleOptions): Promise<AssembledSet> {
  const from = options.from ?? db;
  const records = await chosenArticles(options.articles, from);
  const analyst = await from.analysts.get(options.author);
  const texts = new Map<ArticleId, string>();
  const originals = new Map<ArticleId, string>();
  const articles: SetArticle[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    // An HTML page's original is its markup, never a normalisation of the text: left
    // unread rather than normalised to find out.
    const plain = chunk.filter((r) => r.format !== 'html').map((r) => r.id);
    const [rows, sources] = await Promise.all([
      from.articleTexts.bulkGet(chunk.map((r) => r.id)),
      from.articleOriginals.bulkGet(plain),
    ]);
    const originalOf = new Map(plain.map((id, n) => [id, sources[n]?.original]));
    chunk.forEach((record, n) => {
      const text = rows[n]?.text ?? '';
      texts.set(record.id, text);
      const original = originalOf.get(record.id);
      if (original !== undefined && isNormalisedFrom(text, original))
        originals.set(record.id, original);
      articles.push(setArticleOf(record, text, options.includeTexts));
    });
    const keys = chunk.map((r) => [r.id, options.author] as [ArticleId, AuthorId]);
    annotations.push(...(await getSetAnnotations(keys, from)));
    options.onProgress?.(Math.min(i + CHUNK, records.length), records.length);
  }
  if (records.length === 0) options.onProgress?.(0, 0);
  const entities = await usedEntities(annotations, from);
  // Comments are few: read at once and kept for the set's annotations. (`anyOf` over every
  // id of a large set steps a cursor key by key: tens of seconds in Chromium.)
  const ids = new Set<string>(annotations.map((a) => a.id));
  const comments = (await from.comments.toArray()).filter((c) => ids.has(c.annotationId));
  return {
    set: {
      author: { id: options.author, name: analyst?.name ?? '' },
      codebook: mostUsedCodebook(annotations) ?? (await activeCodebook(from)) ?? FALLBACK_CODEBOOK,
      articles,
      annotations,
      entities,
      comments: await withAuthorNames(comments, from),
    },
    texts,
    originals,
    comments,
  };
}

/** An article as a set holds it, with its stored `text` or only the text's length. */
export function setArticleOf(
  record: ArticleRecord,
  text: string,
  includeTexts: boolean,
): SetArticle {
  return {
    id: record.id,
    title: record.title,
    textSha256: record.textSha256,
    textLength: text.length,
    sourceName: record.sourceName,
    ...(includeTexts ? { text } : {}),
  };
}

/**
 * The set's articles of `ids` with their texts, a step's worth, for the streamed exports;
 * unknown ids are skipped. Each comes with its text, included in the article or not.
 */
export async function readSetArticles(
  ids: readonly ArticleId[],
  includeTexts: boolean,
  from: SourcemarkDatabase,
): Promise<{ article: SetArticle; text: string }[]> {
  const [records, texts] = await Promise.all([
    from.articles.bulkGet([...ids]),
    from.articleTexts.bulkGet([...ids]),
  ]);
  return records.flatMap((record, n) => {
    if (!record) return [];
    const text = texts[n]?.text ?? '';
    return [{ article: setArticleOf(record, text, includeTexts), text }];
  });
}

/** The chosen articles that exist, in the set's order: library order, or the order given. */
export async function chosenArticles(choice: ArticleChoice, from: SourcemarkDatabase = db) {
  return choice.kind === 'all'
    ? from.articles.orderBy('addedAt').toArray()
    : (await from.articles.bulkGet([...choice.ids])).filter((r) => r !== undefined);
}

/**
 * The comments as a set carries them: in thread order, each with its author's name (a
 * reviewer may own no annotation in the set) and rejections flagged.
 */
export async function withAuthorNames(
  comments: readonly CommentRecord[],
  from: SourcemarkDatabase,
): Promise<SetComment[]> {
  const ids = [...new Set(comments.map((c) => c.author))];
  const rows = await from.analysts.bulkGet(ids);
  const names = new Map(ids.map((id, i) => [id as string, rows[i]?.name ?? '']));
  return comments
    .map((c) => ({
      id: c.id,
      annotationId: c.annotationId,
      author: c.author,
      authorName: names.get(c.author) ?? '',
      body: c.body,
      createdAt: c.createdAt,
      ...(c.body === REJECTED_COMMENT ? { isRejection: true as const } : {}),
    }))
    .sort(compareThreadOrder);
}

/** The registry entities the annotations link to, as mentions or as claim sources. */
export async function usedEntities(
  annotations: readonly Annotation[],
  from: SourcemarkDatabase,
): Promise<RegistryEntity[]> {
  return entitiesOf(usedEntityIds(annotations, new Set()), from);
}

/** Adds to `ids` the entities `annotations` link to; answers `ids`. */
export function usedEntityIds(annotations: readonly Annotation[], ids: Set<string>): Set<string> {
  for (const a of annotations) {
    if (a.kind !== 'span') continue;
    if (a.entityId) ids.add(a.entityId);
    if (a.links?.sourceEntityId) ids.add(a.links.sourceEntityId);
  }
  return ids;
}

/** The registry entities of `ids` that exist. */
export async function entitiesOf(
  ids: ReadonlySet<string>,
  from: SourcemarkDatabase,
): Promise<RegistryEntity[]> {
  const rows = await from.entities.bulkGet([...ids] as RegistryEntity['id'][]);
  return rows.filter((row) => row !== undefined);
}

/** The codebook version most annotations name (ties: the first met), or `undefined`. */
function mostUsedCodebook(annotations: readonly Annotation[]): CodebookRef | undefined {
  const counts = new Map<string, { ref: CodebookRef; count: number }>();
  for (const { codebook } of annotations) {
    const key = `${codebook.codebookId}@${codebook.version}`;
    const entry = counts.get(key) ?? { ref: codebook, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  let best: { ref: CodebookRef; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best && { codebookId: best.ref.codebookId, version: best.ref.version };
}

export async function activeCodebook(from: SourcemarkDatabase): Promise<CodebookRef | undefined> {
  const value = (await from.settings.get('activeCodebook'))?.value as Partial<CodebookRef> | null;
  return typeof value?.codebookId === 'string' && typeof value.version === 'number'
    ? { codebookId: value.codebookId, version: value.version }
    : undefined;
}

/** The analysts of the profile with their roles, for choosing whose set to export. */
export function listAnalysts() {
  return db.analysts.toArray();
}

/** Every library article with its text, as a set's articles (for anchoring W3C targets). */
export async function listLibraryArticlesWithText(): Promise<SetArticle[]> {
  const [records, texts] = await Promise.all([db.articles.toArray(), db.articleTexts.toArray()]);
  const byId = new Map(texts.map((t) => [t.articleId, t.text]));
  return records.map((r) => ({
    id: r.id,
    title: r.title,
    textSha256: r.textSha256,
    text: byId.get(r.id) ?? '',
    sourceName: r.sourceName,
  }));
}
