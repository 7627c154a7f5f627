/**
 * The search worker's state and work: the index (loaded from the store or built), the
 * articles' facts, every annotation, statuses and names; kept current from the keys each
 * write touched; and queries run against them, answered in batches of concordance rows.
 * Plain TypeScript over a `SearchSource`, so it runs in the worker and in unit tests alike.
 */
import type { Annotation } from '../annotation/types';
import type { TouchedKeys } from '../db/mutated-keys';
import { profileMatches, type NameLookup } from './annotation-match';
import { AnnotationStore } from './annotation-store';
import { matchArticle } from './find-hits';
import { foldText } from './fold-text';
import { annotationMatcher, type AnnotationMatcher } from './matching-annotations';
import { parseQuery } from './parse-query';
import { inResultOrder } from './result-order';
import { canHaveHits, hasAnnotationConditions, type ArticleFilters } from './query-types';
import { articleFacts, searchDocument, type ArticleFacts } from './search-document';
import { createSearchIndex, isCandidate, type SearchIndex } from './search-index';
import type {
  EngineMessage,
  ResultRow,
  SearchOptions,
  SearchSummary,
  TouchedTables,
} from './search-protocol';
import type { SearchSource } from './search-source';

/** Texts read at once while indexing or checking candidates. */
const TEXT_BATCH = 100;
/** Characters of context on each side of a hit. */
const CONTEXT = 60;
/**
 * Texts read first, fewer than later: the first rows wait for this read alone. Ten articles
 * hold a screenful of rows for most words of the benchmark's corpus (a common word is in a
 * third to two thirds of the articles, a few times each).
 */
const FIRST_READ = 10;
/** Later batches of rows go out once this many are confirmed. */
const LATER_BATCH = 500;
/** Saving the index waits this long after the last change, so an import saves once. */
const SAVE_DELAY_MS = 3_000;
/**
 * An open that indexed this many articles saves at once, as does one that built the index
 * from nothing: waiting lost a 50 s build of 10,000 articles to a reload or a close within
 * the delay, and the first queries then waited on the save (13 MB serialised) as well.
 */
const SAVE_AT_ONCE_AFTER = 500;
/**
 * A due save waits while queries come: serialising the index (13 MB at 10,000 articles) holds
 * the worker, and a query typed meanwhile waited for it. It saves once no query has run for
 * `SAVE_DELAY_MS`, or at the latest this long after it was due, so a session of searching
 * never leaves the index unsaved for long.
 */
const SAVE_POSTPONED_AT_MOST_MS = 60_000;

type Emit = (message: EngineMessage) => void;

export interface SearchEngineOptions {
  /**
   * How long a search waits after its first rows for `drawn(id)` (the page painted them)
   * before it reads on; 0, it never waits. See `untilFirstRowsDrawn`.
   */
  firstRowsDrawnWaitMs?: number;
}

/** Yields to the worker's event loop, so a newer query or a cancel is seen. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function dateMatches(date: string, filters: ArticleFilters): boolean {
  return filters.dates.some(
    (range) =>
      date.slice(0, range.from.length) >= range.from && date.slice(0, range.to.length) <= range.to,
  );
}

export class SearchEngine {
  private index: SearchIndex = createSearchIndex();
  private stamps = new Map<string, string>();
  private facts = new Map<string, ArticleFacts>();
  /** `facts` in result order (`result-order.ts`); dropped whenever `facts` changes. */
  private ordered: ArticleFacts[] | null = null;
  private readonly annotations = new AnnotationStore();
  private statuses = new Map<string, Set<string>>();
  private names: NameLookup = { analysts: new Map(), entities: new Map() };
  private ready: Promise<void> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending save first fell due (`undefined`: none is pending). */
  private saveDueAt: number | undefined;
  /** When a query last ran (started, read a batch, or ended). */
  private queriedAt = -Infinity;
  private currentQuery = 0;
  /** Updates run one after another, never beside a build. */
  private updates: Promise<void> = Promise.resolve();
  /** The search waiting for its first rows to be drawn, and how to wake it. */
  private waitingForDrawn: { id: number; wake(): void } | null = null;

  constructor(
    private readonly source: SearchSource,
    private readonly emit: Emit,
    private readonly options: SearchEngineOptions = {},
  ) {}

  /** Loads the stored index (or builds one), then the annotations; once. */
  open(): Promise<void> {
    this.ready ??= this.load();
    return this.ready;
  }

  private async load(): Promise<void> {
    const started = performance.now();
    const [articles, stored] = await Promise.all([
      this.source.listArticles(),
      this.source.loadIndex(),
    ]);
    if (stored) {
      try {
        this.index = createSearchIndex(stored.json, stored.inexact);
        this.stamps = new Map(Object.entries(stored.stamps));
      } catch {
        // An index from another version of the app, or damaged: built again from the texts.
        this.index = createSearchIndex();
        this.stamps = new Map();
      }
    }
    // No index stored, or one this version cannot read: every article is indexed anew.
    const isBuiltAnew = this.stamps.size === 0;
    this.setFacts(new Map(articles.map((article) => [article.id, articleFacts(article)])));
    const [indexed, annotations] = await Promise.all([
      this.reconcile(),
      this.source.listAnnotations(),
    ]);
    if (indexed > 0 && (isBuiltAnew || indexed >= SAVE_AT_ONCE_AFTER)) await this.save();
    this.annotations.reset(annotations);
    await Promise.all([this.loadStatuses(), this.loadNames()]);
    // Sorted now, while no query waits (tens of milliseconds at 10,000 articles).
    this.orderedFacts();
    this.emit({
      kind: 'ready',
      articles: this.index.size,
      annotations: this.annotations.size,
      loadedMs: Math.round(performance.now() - started),
      fromStore: stored !== undefined,
    });
  }

  private setFacts(facts: Map<string, ArticleFacts>): void {
    this.facts = facts;
    this.ordered = null;
  }

  /**
   * Every article's facts in result order: sorted after loading, then again by the first
   * query after a change (not by the update, which stays a few milliseconds an article).
   */
  private orderedFacts(): ArticleFacts[] {
    this.ordered ??= inResultOrder(this.facts.values());
    return this.ordered;
  }

  /**
   * Indexes every article whose stamp changed, drops the index's articles that are gone;
   * answers how many it indexed.
   */
  private async reconcile(): Promise<number> {
    let isChanged = false;
    for (const id of [...this.stamps.keys()]) {
      if (this.facts.has(id)) continue;
      this.index.remove(id);
      this.stamps.delete(id);
      isChanged = true;
    }
    const stale = [...this.facts.values()].filter(
      (facts) => this.stamps.get(facts.id) !== facts.stamp,
    );
    if (stale.length > 0) {
      await this.indexArticles(
        stale.map((facts) => facts.id),
        true,
      );
      isChanged = true;
    }
    if (isChanged) this.scheduleSave();
    return stale.length;
  }

  private async indexArticles(ids: readonly string[], reportProgress: boolean): Promise<void> {
    for (let at = 0; at < ids.length; at += TEXT_BATCH) {
      const batch = ids.slice(at, at + TEXT_BATCH);
      const texts = await this.source.getTexts(batch);
      batch.forEach((id, i) => {
        const facts = this.facts.get(id);
        const text = texts[i];
        if (!facts || !text) {
          this.index.remove(id);
          this.stamps.delete(id);
          return;
        }
        this.index.put(searchDocument(facts, text));
        this.stamps.set(id, facts.stamp);
      });
      if (reportProgress) {
        this.emit({
          kind: 'indexing',
          done: Math.min(at + TEXT_BATCH, ids.length),
          total: ids.length,
        });
      }
    }
  }

  private async loadStatuses(): Promise<void> {
    const statuses = new Map<string, Set<string>>();
    for (const record of await this.source.listStatuses()) {
      let set = statuses.get(record.articleId);
      if (!set) statuses.set(record.articleId, (set = new Set()));
      set.add(record.status);
    }
    this.statuses = statuses;
  }

  private async loadNames(): Promise<void> {
    const [analysts, entities] = await Promise.all([
      this.source.listAnalysts(),
      this.source.listEntities(),
    ]);
    this.names = {
      analysts: new Map(analysts.map((analyst) => [analyst.id, foldText(analyst.name)])),
      entities: new Map(
        entities.map((entity) => [entity.id, [entity.name, ...entity.aliases].map(foldText)]),
      ),
    };
  }

  private scheduleSave(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveWhenQuiet(), SAVE_DELAY_MS);
  }

  /** Saves now, unless a query ran lately and the save is not overdue: then waits again. */
  private saveWhenQuiet(): void {
    const now = performance.now();
    this.saveDueAt ??= now;
    const isQuerying = now - this.queriedAt < SAVE_DELAY_MS;
    if (isQuerying && now - this.saveDueAt < SAVE_POSTPONED_AT_MOST_MS) {
      this.saveTimer = setTimeout(() => this.saveWhenQuiet(), SAVE_DELAY_MS);
      return;
    }
    void this.save();
  }

  /** Writes the index now (tests and the benchmark; otherwise it saves itself when idle). */
  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveDueAt = undefined;
    await this.source.saveIndex({
      json: this.index.serialise(),
      stamps: Object.fromEntries(this.stamps),
      inexact: this.index.inexactIds(),
    });
  }

  /** Follows a write: re-reads only what it touched. Resolves once applied. */
  update(tables: TouchedTables): Promise<void> {
    this.updates = this.updates
      .then(() => this.apply(tables))
      .catch((error: unknown) => {
        this.emit({
          kind: 'failed',
          id: null,
          error: `The search index could not follow a change: ${String(error)}`,
        });
      });
    return this.updates;
  }

  private async apply(tables: TouchedTables): Promise<void> {
    await this.open();
    await this.applyArticles(tables.articles, tables.texts);
    await this.applyAnnotations(tables.annotations, tables.packs);
    if (tables.statuses) await this.loadStatuses();
    if (tables.names) await this.loadNames();
  }

  private async applyArticles(articles: TouchedKeys, texts: TouchedKeys): Promise<void> {
    if (articles === 'all' || texts === 'all') {
      const all = await this.source.listArticles();
      this.setFacts(new Map(all.map((article) => [article.id, articleFacts(article)])));
      // Texts touched by key are indexed again even when their stamp did not change (a chrome
      // correction changes the text's ranges, not the article).
      if (texts !== 'all') for (const id of texts) this.stamps.delete(id);
      await this.reconcile();
      return;
    }
    const ids = [...new Set([...articles, ...texts])];
    if (ids.length === 0) return;
    const records = await this.source.getArticles(ids);
    const reindex: string[] = [];
    this.ordered = null;
    ids.forEach((id, i) => {
      const record = records[i];
      if (!record) {
        this.facts.delete(id);
        this.index.remove(id);
        this.stamps.delete(id);
        return;
      }
      const facts = articleFacts(record);
      this.facts.set(id, facts);
      if (texts.has(id) || this.stamps.get(id) !== facts.stamp) reindex.push(id);
    });
    await this.indexArticles(reindex, false);
    this.scheduleSave();
  }

  private async applyAnnotations(touched: TouchedKeys, packs: boolean): Promise<void> {
    if (touched === 'all' || packs) {
      this.annotations.reset(await this.source.listAnnotations());
      return;
    }
    if (touched.size === 0) return;
    const ids = [...touched];
    const rows = await this.source.getAnnotationRows(ids);
    ids.forEach((id, i) => {
      const row = rows[i];
      if (row) this.annotations.put(row);
      else this.annotations.remove(id);
    });
  }

  /** Stops the running query, if `id` is it. */
  cancel(id: number): void {
    if (this.currentQuery === id) this.currentQuery = -1;
    this.drawn(id);
  }

  /** The page drew search `id`'s first rows: the search reads on (`untilFirstRowsDrawn`). */
  drawn(id: number): void {
    if (this.waitingForDrawn?.id === id) this.waitingForDrawn.wake();
  }

  /**
   * Resolves when the page says search `id`'s first rows are drawn, or after
   * `firstRowsDrawnWaitMs` (a hidden page draws nothing). On a machine of two cores, the
   * next batch's reads and text checks took a core from the page while it laid out and
   * painted those rows (traced: its frames waited for the CPU far longer than they used it),
   * so the rows the user waits for are drawn first, and the rest found after.
   */
  private untilFirstRowsDrawn(id: number): Promise<void> {
    const waitMs = this.options.firstRowsDrawnWaitMs ?? 0;
    if (waitMs <= 0) return Promise.resolve();
    this.waitingForDrawn?.wake();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        if (this.waitingForDrawn === waiting) this.waitingForDrawn = null;
        resolve();
      };
      const timer = setTimeout(wake, waitMs);
      const waiting = { id, wake };
      this.waitingForDrawn = waiting;
    });
  }

  /** Runs `query`, emitting rows in batches and a summary; a newer query stops this one. */
  async search(id: number, query: string, options: SearchOptions): Promise<void> {
    // A search still waiting for its rows to be drawn ends now: it is no longer current.
    this.waitingForDrawn?.wake();
    this.currentQuery = id;
    const started = performance.now();
    this.queriedAt = started;
    const parsed = parseQuery(query);
    if (!parsed.ok) {
      this.emit({ kind: 'invalid', id, error: parsed.error });
      return;
    }
    await this.open();
    await this.updates;
    if (this.currentQuery !== id) return;
    const { text, filters, annotation } = parsed;
    const isCurrent = () => this.currentQuery === id;
    const summary: SearchSummary = {
      rows: 0,
      articles: 0,
      rejected: 0,
      undated: 0,
      missingTexts: 0,
      elapsedMs: 0,
    };

    // Articles the filters allow.
    // In result order already: what the index proposes is kept in it, never sorted again.
    const allowed = this.orderedFacts().filter((facts) =>
      this.passesFilters(facts, filters, options, summary),
    );
    // Matching annotations, asked article by article as the batches are made, when the query
    // names any: an article without one is left out unread.
    const matcher: AnnotationMatcher | undefined = hasAnnotationConditions(annotation)
      ? annotationMatcher(
          this.annotations,
          allowed.map((facts) => facts.id),
          annotation,
          options.vocabulary,
          this.names,
        )
      : undefined;
    const candidates = text ? this.index.candidates(text, options.includeChrome) : null;
    // A query of NOTs alone gives no row in any article (`rowsOf`): no text need be read.
    // With annotation conditions the rows are the annotations, in the articles the NOT allows.
    const proposed =
      text && !canHaveHits(text) && !matcher
        ? []
        : candidates
          ? allowed.filter((facts) => isCandidate(candidates, facts.id))
          : allowed;

    let pending: ResultRow[] = [];
    let isFirstSent = false;
    const flush = () => {
      if (pending.length === 0) return;
      this.emit({ kind: 'rows', id, rows: pending });
      pending = [];
      isFirstSent = true;
    };
    for (let at = 0; at < proposed.length;) {
      // The first read small, so the first screen comes quickly.
      const size = at === 0 ? FIRST_READ : TEXT_BATCH;
      const batch: ArticleFacts[] = [];
      const matches: (Annotation[] | undefined)[] = [];
      for (; at < proposed.length && batch.length < size; at++) {
        const facts = proposed[at]!;
        const found = matcher?.of(facts.id);
        if (matcher && !found) continue;
        batch.push(facts);
        matches.push(found);
      }
      if (batch.length === 0) break;
      const texts = await this.source.getTexts(batch.map((facts) => facts.id));
      if (!isCurrent()) return;
      batch.forEach((facts, i) => {
        const stored = texts[i];
        if (!stored) {
          summary.missingTexts++;
          return;
        }
        const rows = this.rowsOf(
          facts,
          stored.text,
          stored.chromeRanges ?? [],
          text,
          matches[i],
          options,
        );
        if (rows === null) {
          summary.rejected++;
          return;
        }
        if (rows.length === 0) return;
        summary.articles++;
        summary.rows += rows.length;
        pending.push(...rows);
      });
      // The first rows go out after the read that found them, however few: waiting for a
      // screenful (60 rows) read and checked another 100 texts first wherever the first
      // read held fewer, and the page showed nothing meanwhile.
      const isFirstBatch = !isFirstSent && pending.length > 0;
      if (!isFirstSent || pending.length >= LATER_BATCH) flush();
      this.queriedAt = performance.now();
      await (isFirstBatch && at < proposed.length ? this.untilFirstRowsDrawn(id) : breathe());
      if (!isCurrent()) return;
    }
    flush();
    this.queriedAt = performance.now();
    summary.elapsedMs = Math.round(this.queriedAt - started);
    this.emit({ kind: 'done', id, summary });
  }

  private passesFilters(
    facts: ArticleFacts,
    filters: ArticleFilters,
    options: SearchOptions,
    summary: SearchSummary,
  ): boolean {
    if (filters.languages.length > 0 && !filters.languages.includes(facts.foldedLanguage))
      return false;
    if (
      filters.outlets.length > 0 &&
      !filters.outlets.some((outlet) => facts.foldedOutlet.includes(outlet))
    ) {
      return false;
    }
    if (filters.dates.length > 0) {
      if (facts.publishedDate === '') {
        summary.undated++;
        return false;
      }
      if (!dateMatches(facts.publishedDate, filters)) return false;
    }
    if (filters.statuses.length > 0) {
      const statuses = this.statuses.get(facts.id) ?? new Set(['new']);
      if (!filters.statuses.some((status) => statuses.has(status))) return false;
    }
    if (Object.keys(filters.profile).length > 0) {
      const documents = [...this.annotations.ofArticle(facts.id)].filter(
        (a) => a.kind === 'document',
      );
      if (!profileMatches(documents, filters.profile, options.vocabulary)) return false;
    }
    return true;
  }

  /** The rows of one article; `null` when the text check refused what the index proposed. */
  private rowsOf(
    facts: ArticleFacts,
    text: string,
    chromeRanges: readonly { start: number; end: number }[],
    query: Parameters<typeof matchArticle>[0] | null,
    matchedAnnotations: Annotation[] | undefined,
    options: SearchOptions,
  ): ResultRow[] | null {
    const row = (start: number, end: number, itemIds: string[]): ResultRow => ({
      articleId: facts.id,
      start,
      end,
      left: start < 0 ? '' : oneLine(text.slice(Math.max(0, start - CONTEXT), start)),
      match: start < 0 ? facts.title : oneLine(text.slice(start, end)),
      right: start < 0 ? '' : oneLine(text.slice(end, end + CONTEXT)),
      itemIds,
      title: facts.title,
      publishedDate: facts.publishedDate,
      outlet: facts.outlet,
      language: facts.language,
    });
    const spans = matchedAnnotations?.flatMap((a) => (a.kind === 'span' ? [a] : [])) ?? [];
    // Each matching annotation is a row.
    const annotationRows = () =>
      spans
        .sort((a, b) => a.span.start - b.span.start)
        .map((a) => row(a.span.start, a.span.end, [a.itemId]));
    if (!query) return annotationRows();
    const found = matchArticle(
      query,
      { text, chromeRanges, title: facts.title, byline: facts.byline },
      options.includeChrome,
    );
    if (!found.isMatch) return null;
    const labelsOver = (start: number, end: number, among: Iterable<Annotation>) => {
      const ids = new Set<string>();
      for (const a of among) {
        if (a.kind === 'span' && a.span.start < end && start < a.span.end) ids.add(a.itemId);
      }
      return [...ids].slice(0, 4);
    };
    if (matchedAnnotations && found.hits.length === 0) {
      // Text that marks no place in the body (a NOT, a title or byline word) only chooses
      // the articles: the rows are their matching annotations, as with no text at all.
      return annotationRows();
    }
    if (matchedAnnotations) {
      // Text and annotations: the hits inside a matching annotation.
      const hits = found.hits.filter((hit) =>
        spans.some((a) => a.span.start < hit.end && hit.start < a.span.end),
      );
      return hits.map((hit) => row(hit.start, hit.end, labelsOver(hit.start, hit.end, spans)));
    }
    if (found.hits.length === 0) return found.isFieldMatch ? [row(-1, -1, [])] : [];
    const all = this.annotations.ofArticle(facts.id);
    const list = [...all];
    return found.hits.map((hit) => row(hit.start, hit.end, labelsOver(hit.start, hit.end, list)));
  }
}
