/**
 * Storing a read file (`IncomingSet`) in the profile, in ONE read-write transaction: the
 * whole import, review comments included, is written or none of it. Articles are matched by
 * the SHA-256 of their normal text; a colleague's copy whose text differs is found by title
 * confirmed by its quotes (or by its quotes alone; `article-match.ts`) and every annotation
 * re-anchored onto the library's text. Orphans are kept, flagged, never dropped.
 * Annotations keep their author: a colleague's set never joins the analyst's own, and the
 * analyst's own set or the gold set is written only when the analyst chose it (see
 * `import-destination.ts`).
 */
import type { Annotation, RegistryEntity, SpanAnnotation } from '../annotation/types';
import { quoteOf } from '../anchoring/quote-of';
import { reanchorSpans, type ReanchorResult } from '../anchoring/reanchor';
import { db } from '../db/db';
import type {
  ArticleId,
  ArticleOriginalRecord,
  ArticleRecord,
  ArticleTextRecord,
} from '../db/records';
import { checkAgainstArticle } from '../formats/shared/span-check';
import { annotationTables, openPackWriter } from '../store/annotation-storage';
import { saveCodebookVersion } from '../store/codebook-repository';
import { confirmsTitleMatch, quotesByArticle, withNormalTexts } from './article-match';
import { reportChangedAnnotations, type HeldAgain } from './held-again';
import type { IncomingArticle, IncomingSet } from './incoming-set';
import { registerAuthors } from './import-authors';
import { storeIncomingComments } from './import-comments';
import { routeIncomingSet, type ImportDestination } from './import-destination';
import type { ImportReportItem, SetImportReport } from './import-report';
import { normalTextHashes } from './normal-texts';
import { readOwnSets } from './own-sets';

/** The attribute set on an annotation that could not be placed in the library's text. */
export const ORPHANED_ATTRIBUTE = 'sourcemark:orphaned';

/** Where an incoming article lands, and how its annotations are placed there. */
type Placement =
  | { kind: 'same'; id: ArticleId; text: string }
  | { kind: 'changed'; id: ArticleId; oldText: string | undefined; text: string; how: string }
  | { kind: 'created'; record: ArticleRecord; text: string }
  | { kind: 'missing' };

/**
 * Stores `file` and reports every item. Rejects, writing nothing, when storage fails.
 * `now` stamps the colleagues' `importedAt` and created articles. `destination` is the
 * analyst's choice: colleagues' sets only (the default), or all into their own set or gold.
 */
export async function importIncomingSet(
  file: IncomingSet,
  now = new Date().toISOString(),
  destination: ImportDestination = 'colleague',
): Promise<SetImportReport> {
  const own = await readOwnSets();
  const routed = await routeIncomingSet(file, destination, own);
  const { kinds } = routed;
  const incoming = withNormalTexts(routed.incoming);
  // Hashing is async (Web Crypto) and may not run inside a Dexie transaction. The dialog's
  // preview hashed the same texts already (`normal-texts.ts`).
  const hashes = await normalTextHashes(incoming.articles);
  const tables = [
    db.articles,
    db.articleTexts,
    db.articleOriginals,
    ...annotationTables(),
    db.entities,
    db.analysts,
    db.comments,
    // The codebook version of labels the analyst chose to add is stored with the annotations.
    ...(incoming.codebookVersion ? [db.codebookVersions, db.settings] : []),
  ];
  return db.transaction('rw', tables, async () => {
    if (incoming.codebookVersion) await saveCodebookVersion(incoming.codebookVersion);
    const items: ImportReportItem[] = incoming.problems.map((p) => ({
      kind: 'error' as const,
      location: p.location,
      ...(p.id ? { id: p.id } : {}),
      detail: p.reason,
      ...(p.isComment ? { isComment: true as const } : {}),
    }));
    const placements = new Map<string, Placement>();
    const created: ArticleRecord[] = [];
    const createdTexts: ArticleTextRecord[] = [];
    const createdOriginals: ArticleOriginalRecord[] = [];

    // Read in the same breath as the library: the held ids (a read of every pack's id list)
    // no longer wait for the article reads to come back.
    const [library, packs] = await Promise.all([
      readLibrary(incoming.articles, hashes),
      openPackWriter(),
    ]);
    // Only an article its hash does not find needs its quotes: gathered at the first one.
    let quotes: Map<string, string[]> | undefined;
    const quotesOf = (key: string) => (quotes ??= quotesByArticle(incoming)).get(key);
    for (const article of incoming.articles) {
      const found = place(article, hashes.get(article.key), now, library, quotesOf);
      const placement = found === BY_QUOTES ? await placeByQuotes(incoming, article.key) : found;
      if (placement.kind !== 'created') {
        placements.set(article.key, placement);
        continue;
      }
      const { record, text } = placement;
      // Two articles of the file with one text are one article of the library.
      const twin = created.find((r) => r.textSha256 === record.textSha256);
      if (twin) {
        placements.set(article.key, { kind: 'same', id: twin.id, text });
        continue;
      }
      placements.set(article.key, placement);
      created.push(record);
      createdTexts.push({ articleId: record.id, text });
      createdOriginals.push({ articleId: record.id, original: article.original ?? text });
    }
    const remapEntity = await storeEntities(incoming.entities);
    const toStore: Annotation[] = [];
    // Packs, one row per article and author: Chromium writes 100,000 rows in 10 s, 1,000
    // packs in under 1 s, and each article's pack is written while the next is placed.
    // Ids held already, rows and packs: a set imported again reports duplicates.
    const existing = packs.heldIds;
    // Issued after the reads above (a read waits for every write queued before it) and not
    // awaited until the end: Chromium stores the new articles and their texts while the
    // annotations are placed.
    const articleWrites = Promise.all([
      db.articles.bulkAdd(created),
      db.articleTexts.bulkAdd(createdTexts),
      db.articleOriginals.bulkAdd(createdOriginals),
    ]);
    // Held before this import: compared with the file's version once the writes are done.
    const heldAgain: HeldAgain[] = [];
    const addedNow = new Set<string>();
    const byArticle = groupBy(incoming.annotations, (a) => a.annotation.articleId as string);
    for (const [key, group] of byArticle) {
      const placement = placements.get(key) ?? { kind: 'missing' as const };
      const placed = placeAnnotations(
        placement,
        group.map((g) => g.annotation),
      );
      const fresh: Annotation[] = [];
      const how = placement.kind === 'changed' ? placement.how : undefined;
      group.forEach(({ location, dropped, placedAs }, n) => {
        const outcome = placed[n]!;
        if (outcome.kind === 'error') {
          items.push({
            kind: 'error',
            location,
            id: outcome.annotation.id,
            detail: outcome.reason,
          });
        } else if (existing.has(outcome.annotation.id)) {
          if (!addedNow.has(outcome.annotation.id))
            heldAgain.push({ item: items.length, annotation: remapEntity(outcome.annotation) });
          items.push({ kind: 'duplicate', location, id: outcome.annotation.id });
        } else {
          existing.add(outcome.annotation.id);
          addedNow.add(outcome.annotation.id);
          fresh.push(remapEntity(outcome.annotation));
          // Reading placed it inexactly (`place-drafts.ts`): never reported as simply imported.
          const kind = outcome.kind === 'imported' && placedAs ? 'moved' : outcome.kind;
          const moved = kind === 'imported' ? undefined : placedAs?.detail;
          // Joined by hand, and set only when there: a list and two spreads per item were
          // garbage for 100,000 items.
          const detail = how && moved ? `${how}; ${moved}` : how || moved;
          const item: ImportReportItem = { kind, location, id: outcome.annotation.id };
          if (detail) item.detail = detail;
          if (dropped?.length) item.dropped = dropped;
          items.push(item);
        }
      });
      packs.add(fresh);
      toStore.push(...fresh);
    }
    await Promise.all([articleWrites, packs.done()]);
    await reportChangedAnnotations(items, heldAgain, packs.readHeld);
    const authors = await registerAuthors(incoming, toStore, kinds, now);
    // After the annotations, so a comment finds the one it is on whether new or held already.
    const names = new Map(incoming.authors.map((a) => [a.id as string, a.name]));
    items.push(...(await storeIncomingComments(incoming.comments ?? [], names)));
    return {
      formatLabel: incoming.formatLabel,
      authors,
      articlesMatched: [...placements.values()].filter(
        (p) => p.kind === 'same' || p.kind === 'changed',
      ).length,
      articlesCreated: created.length,
      items,
      ...(incoming.notes?.length ? { notes: incoming.notes } : {}),
    };
  });
}

/** The library's articles by text hash and by title, and the texts an import may match. */
interface LibraryLookup {
  ids: Set<string>;
  byHash: Map<string, ArticleRecord>;
  byTitle: Map<string, ArticleRecord>;
  texts: Map<ArticleId, string>;
}

/**
 * Reads at once what placing `articles` needs: one read of the article table and one of
 * the texts that match, rather than two queries per article (1,000 articles: 3 s of round
 * trips in Chromium).
 */
async function readLibrary(
  articles: readonly IncomingArticle[],
  hashes: ReadonlyMap<string, string>,
): Promise<LibraryLookup> {
  const records = await db.articles.toArray();
  const byHash = new Map(records.map((r) => [r.textSha256, r]));
  const byTitle = new Map<string, ArticleRecord>();
  for (const r of records) if (!byTitle.has(r.title)) byTitle.set(r.title, r);
  const wanted = new Set<ArticleId>();
  for (const article of articles) {
    const hash = hashes.get(article.key) ?? article.textSha256;
    const match = (hash && byHash.get(hash)) || (article.title && byTitle.get(article.title));
    if (match) wanted.add(match.id);
  }
  const ids = [...wanted];
  // No texts to read when nothing matched (an import into a library without its articles).
  const rows = ids.length > 0 ? await db.articleTexts.bulkGet(ids) : [];
  const known = new Set<string>(records.map((r) => r.id));
  return {
    ids: known,
    byHash,
    byTitle,
    texts: new Map(ids.map((id, i) => [id, rows[i]?.text ?? ''])),
  };
}

/** What `place` answers for an article it can only find by the quotes of its annotations. */
const BY_QUOTES = 'by-quotes';

/**
 * Finds or creates the library article of `article`. Synchronous on purpose: inside a
 * Dexie transaction, awaiting an async function that awaits no Dexie promise loses the
 * transaction, and the writes after it would run (and commit) on their own.
 */
function place(
  article: IncomingArticle,
  textHash: string | undefined,
  now: string,
  library: LibraryLookup,
  quotesOf: (key: string) => readonly string[] | undefined,
): Placement | typeof BY_QUOTES {
  const hash = textHash ?? article.textSha256;
  const same = hash ? library.byHash.get(hash) : undefined;
  if (same) return { kind: 'same', id: same.id, text: library.texts.get(same.id) ?? '' };
  const byTitle = article.title ? library.byTitle.get(article.title) : undefined;
  const titleText = byTitle ? (library.texts.get(byTitle.id) ?? '') : '';
  if (byTitle && confirmsTitleMatch(titleText, quotesOf(article.key) ?? [], article.text)) {
    const text = titleText;
    return {
      kind: 'changed',
      id: byTitle.id,
      oldText: article.text,
      text,
      how: `text differs; matched by title “${byTitle.title}”`,
    };
  }
  if (article.text === undefined || textHash === undefined) return BY_QUOTES;
  const free = article.preferredId && !library.ids.has(article.preferredId);
  const record: ArticleRecord = {
    id: free ? article.preferredId! : (crypto.randomUUID() as ArticleId),
    title: article.title,
    sourcePath: `imported:${article.key}`,
    sourceName: article.sourceName,
    format: 'txt',
    sizeBytes: new TextEncoder().encode(article.text).length,
    modifiedAtMs: Date.parse(now),
    encoding: 'UTF-8',
    language: 'und',
    textSha256: textHash,
    textLength: article.text.length,
    addedAt: now,
  };
  return { kind: 'created', record, text: article.text };
}

/** Finds the article of `key` by its annotations' quotes, or reports it missing. */
async function placeByQuotes(incoming: IncomingSet, key: string): Promise<Placement> {
  const found = await findByQuotes(incoming, key);
  if (!found) return { kind: 'missing' };
  return {
    kind: 'changed',
    id: found.id,
    oldText: undefined,
    text: found.text,
    how: `matched by quotes to “${found.title}”`,
  };
}

/** The library article holding the longest quotes of the article's annotations, if any. */
async function findByQuotes(incoming: IncomingSet, key: string) {
  const quotes = incoming.annotations
    .map((a) => a.annotation)
    .filter((a): a is SpanAnnotation => a.kind === 'span' && a.articleId === key)
    .map((a) => a.quote.exact)
    .filter((q) => q.length >= 12)
    .sort((a, b) => b.length - a.length)
    .slice(0, 3);
  if (quotes.length === 0) return undefined;
  let found: { id: ArticleId; text: string; title: string } | undefined;
  await db.articleTexts.each((row) => {
    if (!found && quotes.every((q) => row.text.includes(q)))
      found = { id: row.articleId, text: row.text, title: '' };
  });
  if (found) found.title = (await db.articles.get(found.id))?.title ?? '';
  return found;
}

type Placed =
  | { kind: 'imported' | 'moved' | 'reanchored' | 'orphaned'; annotation: Annotation }
  | { kind: 'error'; annotation: Annotation; reason: string };

/** Each annotation on its placement's article: checked, or re-anchored when the text changed. */
function placeAnnotations(placement: Placement, annotations: Annotation[]): Placed[] {
  if (placement.kind === 'missing') {
    return annotations.map((annotation) => ({
      kind: 'error',
      annotation,
      reason: 'its article is not in your library and the file does not include its text',
    }));
  }
  const id = placement.kind === 'created' ? placement.record.id : placement.id;
  const text = placement.text;
  const oldText = placement.kind === 'changed' ? (placement.oldText ?? text) : text;
  const spans = annotations.filter((a): a is SpanAnnotation => a.kind === 'span');
  const results = new Map<string, ReanchorResult<string>>();
  const needed = spans.filter(
    (a) => placement.kind === 'changed' || checkAgainstArticle(a, { text }) !== undefined,
  );
  for (const r of reanchorSpans(
    oldText,
    text,
    needed.map((a) => ({ id: a.id as string, span: a.span, quote: a.quote })),
  )) {
    results.set(r.anchor.id, r);
  }
  return annotations.map((a): Placed => {
    // A copy only when the article's id changes: 100,000 copies were garbage to collect.
    const moved = a.articleId === id ? a : ({ ...a, articleId: id } as Annotation);
    if (moved.kind !== 'span') return { kind: 'imported', annotation: moved };
    const r = results.get(a.id);
    if (!r || r.kind === 'exact') return { kind: 'imported', annotation: moved };
    if (r.kind === 'orphaned') return { kind: 'orphaned', annotation: orphan(moved, text) };
    return {
      kind: r.kind === 'moved' ? 'moved' : 'reanchored',
      annotation: { ...moved, span: r.span, quote: quoteOf(text, r.span) },
    };
  });
}

/** Flags an annotation that could not be placed; its quote keeps what it meant. */
function orphan(annotation: SpanAnnotation, text: string): SpanAnnotation {
  // The span must still lie inside the text so the editor can draw it; the flag says it is stale.
  const start = Math.max(0, Math.min(annotation.span.start, text.length - 1));
  const end = Math.max(start + 1, Math.min(annotation.span.end, text.length));
  return {
    ...annotation,
    span: { start, end },
    attributes: { ...annotation.attributes, [ORPHANED_ATTRIBUTE]: true },
  };
}

/** Adds the file's entities not yet in the registry; one with a known QID maps onto the registry's. */
async function storeEntities(entities: RegistryEntity[]): Promise<(a: Annotation) => Annotation> {
  const remap = new Map<string, RegistryEntity['id']>();
  const fresh: RegistryEntity[] = [];
  // The registry is read once: one query per entity is a round trip each in Chromium.
  const registry = entities.length > 0 ? await db.entities.toArray() : [];
  const held = new Set<string>(registry.map((e) => e.id));
  for (const entity of entities) {
    if (held.has(entity.id)) continue;
    const same = entity.wikidataQid
      ? registry.find((e) => e.wikidataQid === entity.wikidataQid)
      : undefined;
    if (same) remap.set(entity.id, same.id);
    else fresh.push(entity);
  }
  await db.entities.bulkAdd(fresh);
  return (a) => {
    if (a.kind !== 'span' || remap.size === 0) return a;
    const entityId = a.entityId && (remap.get(a.entityId) ?? a.entityId);
    const sourceEntityId =
      a.links?.sourceEntityId && (remap.get(a.links.sourceEntityId) ?? a.links.sourceEntityId);
    return {
      ...a,
      ...(entityId ? { entityId } : {}),
      ...(a.links ? { links: { ...a.links, ...(sourceEntityId ? { sourceEntityId } : {}) } } : {}),
    };
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const group = map.get(key(item));
    if (group) group.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}
